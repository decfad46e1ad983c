"""``seokit audit --jobs N`` on a batch of real pages: wall time of the whole command for
1 and 2 jobs (and more with --jobs-list), side by side in one run.

    .venv/bin/python benchmarks/jobs_scaling.py [--pages 500] [--jobs-list 1,2] [--repeat 3]

The batch is the real-page corpus (``benchmarks/corpus.py``); the report is the JSON one,
written to a file, as CI would. The median of ``--repeat`` runs counts; the result is the
speed-up over one job.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus_files  # noqa: E402
from installed import byte_compile  # noqa: E402


def wall(files: list[Path], jobs: int, out: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "seokit", "audit", *map(str, files), "--jobs",
                             str(jobs), "-f", "json", "-o", str(out)], capture_output=True)
    seconds = time.perf_counter() - start
    if result.returncode == 2:
        raise SystemExit(result.stderr.decode())
    return seconds


def main() -> None:
    byte_compile()  # as pip installs it (benchmarks/installed.py)
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--jobs-list", default="1,2")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = corpus_files(args.pages)
    jobs_list = [int(j) for j in args.jobs_list.split(",")]
    times: dict[int, list[float]] = {j: [] for j in jobs_list}
    with tempfile.TemporaryDirectory() as tmp:
        reports = {}
        for _ in range(args.repeat):  # interleaved, so a busy spell hits every setting
            for jobs in jobs_list:
                out = Path(tmp) / f"jobs{jobs}.json"
                times[jobs].append(wall(files, jobs, out))
                reports[jobs] = out.read_bytes()
        identical = len(set(reports.values())) == 1
    medians = {j: statistics.median(t) for j, t in times.items()}
    base = medians[jobs_list[0]]
    print(json.dumps({
        "cpus": os.cpu_count(),
        "pages": len(files),
        "seconds_median": {str(j): round(s, 2) for j, s in medians.items()},
        "seconds_all": {str(j): [round(s, 2) for s in t] for j, t in times.items()},
        "pages_per_second": {str(j): round(len(files) / s, 1) for j, s in medians.items()},
        "speedup_vs_first": {str(j): round(base / s, 2) for j, s in medians.items()},
        "reports_identical": identical,
    }, indent=2))


if __name__ == "__main__":
    main()
