"""Progress on stderr while many inputs are audited, so stdout stays the report alone.

Shown only when stderr is a terminal and there is more than one input; in CI logs, pipes and
tests nothing is printed. The bar is transient: it disappears when the work is done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, TypeVar

T = TypeVar("T")


@contextmanager
def progress(total: int, description: str, stream: TextIO | None = None) -> Iterator[Callable[[str], None]]:
    """Yields ``advance(name)``, to call once per finished item."""
    stream = stream or sys.stderr
    if total < 2 or not stream.isatty():
        yield lambda name: None
        return
    # rich costs 30 ms to import: only when a bar is drawn
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from seokit.report.common import printable

    console = Console(file=stream)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[item]}", markup=False))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(description, total=total, item="")
        yield lambda name: bar.update(task, advance=1, item=printable(name))


def tracked(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """The items, with a progress bar on stderr that advances as each one is finished (when
    the loop asks for the next). ``total`` is needed when ``items`` has no length."""
    count = total if total is not None else len(items)  # type: ignore[arg-type]
    with progress(count, description) as advance:
        for item in items:
            yield item
            advance(str(getattr(item, "source", item)))
