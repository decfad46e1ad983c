"""Scale-out throughput: the same 200-document batch audited in-process, one document after
another, and by ``seokit batch``'s Dask runner on a LocalCluster of 1 and of 2 workers.

    .venv/bin/pip install -e '.[dask]'
    nice .venv/bin/python benchmarks/scale_batch.py [--documents 200] [--source examples|debian]

``examples`` (the default, the same on every machine) writes variants of the example article
and of the sample site's pages (``example_corpus``); ``debian`` takes the HTML files under
/usr/share/doc (2-200 kB), which differ from machine to machine. Prints JSON: documents per
second after warm-up (each worker process loads the word lists and dictionaries once, which is
timed apart), best of ``--repeat`` runs and their median, cluster start-up, the ratios of the
best rates to the serial run, and each worker's memory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from seokit.scale.inputs import DEFAULT_CHUNK

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "massage-therapy.txt"
PAGES = sorted((ROOT / "examples" / "site").glob("*.html"))


def example_corpus(folder: Path, count: int) -> list[Path]:
    """Half variants of the 800-word example article, half of the sample site's short pages;
    each gets a numbered title and the article's paragraphs are rotated, so no two are equal."""
    article = ARTICLE.read_text(encoding="utf-8").split("\n\n")
    paths = []
    for index in range(count):
        if index % 2 == 0:
            turn = 1 + index // 2 % (len(article) - 1)
            body = article[1:][turn:] + article[1:][:turn]
            text = "\n\n".join([f"{article[0]} ({index})", *body])
            path = folder / f"doc-{index:03d}.txt"
        else:
            page = PAGES[index // 2 % len(PAGES)].read_text(encoding="utf-8")
            text = page.replace("</title>", f" ({index})</title>", 1)
            path = folder / f"doc-{index:03d}.html"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def debian_corpus(count: int) -> list[Path]:
    found = sorted(p for p in Path("/usr/share/doc").rglob("*.html")
                   if p.is_file() and 2_000 <= p.stat().st_size <= 200_000)
    if len(found) < count:
        raise SystemExit(f"only {len(found)} HTML files under /usr/share/doc; use --source examples")
    return found[:count]


def serial(paths: list[Path], repeat: int) -> dict[str, Any]:
    from seokit.scale.inputs import Entry, Kind, Task
    from seokit.scale.work import Job, run_task

    job = Job()
    started = time.perf_counter()
    run_task(Task((Entry(Kind.FILE, str(paths[0])),)), job)  # loads every table once
    warmup = time.perf_counter() - started

    def once() -> None:
        for path in paths:
            run_task(Task((Entry(Kind.FILE, str(path)),)), job)

    return {"warmup_s": round(warmup, 2)} | _rates(once, len(paths), repeat)


def on_cluster(paths: list[Path], workers: int, output: Path, chunk: int,
               repeat: int) -> dict[str, Any]:
    from seokit.scale.dask_runner import connect, stream_results
    from seokit.scale.inputs import Entry, Kind, Task, tasks
    from seokit.scale.sinks import open_sink
    from seokit.scale.work import Job, run_task

    job = Job()
    started = time.perf_counter()
    with connect(workers=workers) as client:
        startup = time.perf_counter() - started
        started = time.perf_counter()
        # one document on every worker, so the timed runs measure auditing, not loading
        client.run(run_task, Task((Entry(Kind.FILE, str(paths[0])),)), job)
        warmup = time.perf_counter() - started

        def once() -> None:
            sink = open_sink(str(output))
            entries = (Entry(Kind.FILE, str(p)) for p in paths)
            count = 0
            for results in stream_results(client, tasks(entries, chunk), job):
                sink.write(results)
                count += len(results)
            sink.close()
            assert count == len(paths)

        rates = _rates(once, len(paths), repeat)
        memory = client.run(_rss_mb)
    return {"workers": workers, "startup_s": round(startup, 2), "warmup_s": round(warmup, 2)} \
        | rates | {"worker_rss_mb": sorted(round(v) for v in memory.values())}


def _rates(run: Callable[[], None], documents: int, repeat: int) -> dict[str, Any]:
    """Best and median documents per second over ``repeat`` runs: on a shared machine the best
    run is the one least disturbed by other work."""
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - started)
    return {"seconds": [round(s, 2) for s in seconds],
            "docs_per_s": round(documents / min(seconds), 2),
            "median_docs_per_s": round(documents / statistics.median(seconds), 2)}


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--source", choices=["examples", "debian"], default="examples")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK, help="inputs per task")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (best is kept)")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        paths = (example_corpus(Path(folder), args.documents) if args.source == "examples"
                 else debian_corpus(args.documents))
        size = sum(p.stat().st_size for p in paths)
        base = serial(paths, args.repeat)
        runs = [on_cluster(paths, n, Path(folder) / f"out-{n}.jsonl", args.chunk_size, args.repeat)
                for n in (1, 2)]
    for run in runs:
        run["ratio_to_serial"] = round(run["docs_per_s"] / base["docs_per_s"], 2)
    print(json.dumps({
        "documents": len(paths), "source": args.source, "bytes": size, "chunk_size": args.chunk_size,
        "repeat": args.repeat,
        "cpus": os.cpu_count(), "python": platform.python_version(),
        "load_average_at_start": [round(v, 2) for v in load_at_start],
        "load_average_at_end": [round(v, 2) for v in os.getloadavg()],
        "serial": base, "dask": runs,
        "two_vs_one_worker": round(runs[1]["docs_per_s"] / runs[0]["docs_per_s"], 2),
    }, indent=2))


if __name__ == "__main__":  # worker processes are spawned and re-import this module
    main()
