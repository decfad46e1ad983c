"""The crawl's progress bar: rich, on stderr, so stdout keeps only the report."""

from __future__ import annotations

import time
from typing import Any


class RichProgress:
    """``update(done, total, url)`` from the crawler's main thread; a context manager."""

    def __init__(self, description: str) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            TextColumn("[dim]{task.fields[url]}"), console=Console(stderr=True), transient=False)
        self._task = self._progress.add_task(description, total=None, rate="", url="")
        self._started = time.monotonic()

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._progress.stop()

    def update(self, done: int, total: int, url: str) -> None:
        elapsed = time.monotonic() - self._started
        rate = f"{done / elapsed:.1f} pages/s" if elapsed > 0 and done else ""
        shown = url if len(url) <= 60 else "…" + url[-59:]
        if total:
            self._progress.update(self._task, completed=done, total=total, rate=rate, url=shown)
        else:
            self._progress.update(self._task, url=shown)
