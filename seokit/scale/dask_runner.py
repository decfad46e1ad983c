"""Run a batch on a Dask cluster: the scheduler given, or an embedded LocalCluster.

Tasks are submitted a window at a time and their results come back as they complete; they are
handed on in input order, holding early finishers in a buffer. The window bounds both the
tasks in flight and that buffer, so a batch of millions of WARC records needs neither a
million futures nor a million buffered results, and a slow task only holds up the writing,
never the workers, until the window is full.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from seokit._version import __version__
from seokit.errors import SeokitError
from seokit.scale import require
from seokit.scale.inputs import Task
from seokit.scale.work import Job, Result, failure, run_task, seokit_version

WINDOW_PER_THREAD = 4  # tasks in flight (or buffered) per worker thread
CONNECT_TIMEOUT = "10s"
WORKER_WAIT = 30.0  # seconds to wait for a remote scheduler's first worker


@dataclass(slots=True)
class Summary:
    """What the batch produced, for the exit code and the closing line."""

    documents: int = 0
    failures: int = 0
    severities: Counter[str] = field(default_factory=Counter)

    def add(self, results: Iterable[Result]) -> None:
        for result in results:
            if "error" in result:
                self.failures += 1
            else:
                self.documents += 1
                self.severities.update(f["severity"] for f in result.get("findings", ()))


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: to ``scheduler`` (``tcp://host:port``), else to a LocalCluster of
    ``workers`` single-threaded processes (the audit holds the GIL, so threads would not help)."""
    require("dask", "distributed")
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address
            raise SeokitError(scheduler, f"cannot connect to the Dask scheduler ({exc})") from None
        with client:
            _check_workers(client, scheduler)
            yield client
        return
    count = workers or os.cpu_count() or 1
    # loopback only: a scheduler runs whatever code it is sent; the dashboard on any free port
    with LocalCluster(n_workers=count, threads_per_worker=1,  # type: ignore[no-untyped-call]
                      processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def _check_workers(client: Any, scheduler: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise SeokitError(scheduler, f"the Dask scheduler has no workers (waited {WORKER_WAIT:.0f} s)"
                          ) from None
    try:
        versions = client.run(seokit_version)
    except Exception as exc:  # the function is sent by reference: a worker without seokit fails
        raise SeokitError(scheduler, f"the workers cannot run seokit ({type(exc).__name__}: {exc}); "
                                     "install the same seokit on every worker") from None
    for worker, version in sorted(versions.items()):
        if version != __version__:
            raise SeokitError(scheduler, f"worker {worker} runs seokit {version}, this is {__version__}; "
                                         "install the same seokit on every worker")


def threads(client: Any) -> int:
    return max(1, int(sum(client.nthreads().values())))


def stream_results(client: Any, tasks: Iterable[Task], job: Job,
                   window: int | None = None) -> Iterator[list[Result]]:
    """Each task's results, in task order, as soon as it and every task before it are done."""
    from distributed import as_completed

    limit = window or max(8, WINDOW_PER_THREAD * threads(client))
    batch = uuid.uuid4().hex[:8]
    queue = iter(tasks)
    pending: dict[Any, tuple[int, Task]] = {}
    finished: dict[int, list[Result]] = {}
    completed = as_completed()  # type: ignore[no-untyped-call]
    submitted = written = 0
    try:
        while True:
            # the window counts buffered results too: that is what bounds the buffer
            while submitted - written < limit and (task := next(queue, None)) is not None:
                future = client.submit(run_task, task, job, pure=False,
                                       key=f"seokit-batch-{batch}-{submitted}")
                pending[future] = (submitted, task)
                completed.add(future)  # type: ignore[no-untyped-call]
                submitted += 1
            if not pending:
                return
            future = next(completed)
            index, task = pending.pop(future)
            finished[index] = _outcome(future, task)
            future.release()
            while written in finished:
                yield finished.pop(written)
                written += 1
    finally:
        if pending:
            client.cancel(list(pending))


def _outcome(future: Any, task: Task) -> list[Result]:
    try:
        results: list[Result] = future.result()
    except Exception as exc:  # a worker that died or ran out of memory: say so for each entry
        problem = f"the Dask task failed ({type(exc).__name__}: {exc})"
        return [failure(entry, problem) for entry in task.entries]
    return results
