"""One function over many inputs, in worker processes with ``--jobs N``.

Audits are CPU-bound Python, so threads would share one core (the GIL); processes scale with
the cores. Results come back in input order, whatever order the workers finish in, so the
report is the same for any number of jobs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Inputs handed to a worker at a time: fewer round trips, yet small enough that the last
# chunks do not leave one worker busy while the others idle.
_MAX_CHUNK = 8


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="audit N inputs at a time in worker processes "
                             "(0: one per CPU core; default: 1)")


def job_count(requested: int) -> int:
    """``--jobs 0`` means one per core; anything below 1 means 1."""
    return (os.cpu_count() or 1) if requested == 0 else max(1, requested)


def run_all(work: Callable[[T], R], items: Sequence[T], description: str, jobs: int) -> list[R]:
    """``work(item)`` for every item, in order, with a progress bar; in ``jobs`` worker
    processes when there is more than one job and more than one item. ``work`` must be
    picklable (a module-level function or a ``functools.partial`` of one)."""
    from seokit.report.progress import tracked  # rich: loaded only when there is work

    workers = min(job_count(jobs), len(items))
    if workers <= 1:
        return [work(item) for item in tracked(items, description)]
    from concurrent.futures import ProcessPoolExecutor  # 20 ms: not for one job

    chunk = max(1, min(_MAX_CHUNK, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(tracked(pool.map(work, items, chunksize=chunk), description, total=len(items)))
