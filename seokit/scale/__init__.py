"""Scale-out: audit many files, URLs or WARC records on a Dask cluster (``seokit batch``).

``inputs`` expands what the user named into entries and groups them into tasks, ``work`` is
what a worker runs on one task, ``sinks`` streams the results to JSON lines or Parquet and
``dask_runner`` connects the three on a cluster. Dask, warcio and pyarrow come with the
``seokit[dask]`` extra and are imported only here, on first use, so ``import seokit`` stays
light and works without them.
"""

from __future__ import annotations

import importlib

from seokit.errors import SeokitError

EXTRA_HINT = "pip install 'seokit[dask]'"


class MissingExtraError(SeokitError):
    """An optional dependency of ``seokit batch`` is not installed."""


def require(*modules: str) -> None:
    """Import ``modules`` or raise one error that names the extra to install."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise MissingExtraError(
                "seokit batch", f"needs the optional dependency {module!r} ({exc}): {EXTRA_HINT}"
            ) from None
