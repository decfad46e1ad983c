"""Quick pickling for the frozen dataclasses that batches send between processes.

With ``--jobs N`` every report crosses from a worker to the parent as a pickle: a real page's
report holds a few hundred blocks, spans, links and sentence figures. A frozen dataclass with
slots pickles its state as a list and unpickles it with a Python loop over ``fields()`` per
object; rebuilding it from its constructor's arguments costs about half that (both ways), and
the parent, which unpickles every report while the workers audit, is the batch's bottleneck.
"""

from __future__ import annotations

import dataclasses
import operator
from typing import Any, TypeVar

T = TypeVar("T")


def quick_pickle(cls: type[T]) -> type[T]:
    """Pickle instances of the dataclass ``cls`` as a call of ``cls`` with its fields' values.
    Fields outside ``__init__`` must be ones ``__post_init__`` computes again. Apply it over
    ``@dataclass`` (slots=True makes a new class)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: keyword-only fields cannot be passed positionally")
    names = [f.name for f in fields if f.init]
    values = operator.attrgetter(*names)  # a tuple, in C, for more than one name
    if len(names) == 1:
        def reduce(self: Any) -> tuple[Any, ...]:
            return (cls, (values(self),))
    else:
        def reduce(self: Any) -> tuple[Any, ...]:
            return (cls, values(self))
    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls
