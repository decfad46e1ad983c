"""Where ``seokit batch`` writes results as they arrive, chosen by the output's extension.

- ``.jsonl`` / ``.ndjson`` (or ``-`` for stdout): one JSON object per line, the document's object
  of the schema-version-1 report plus ``input``, or ``{"input": …, "error": …}`` for a failed
  input. Flushed after each task, so a long batch can be watched and its head read early.
- ``.parquet``: one flat row per input with the fixed schema below, written a row group at a
  time with pyarrow's ParquetWriter, so memory stays flat however long the batch is.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

from seokit.errors import SeokitError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
ROW_GROUP = 1000

# (name, arrow type): the Parquet columns, in order; a new column is added at the end
PARQUET_COLUMNS = (
    ("input", "string"),
    ("source", "string"),
    ("url", "string"),
    ("format", "string"),
    ("language", "string"),
    ("score", "int32"),
    ("word_count", "int64"),
    ("findings_count", "int32"),
    ("error_findings", "int32"),
    ("warning_findings", "int32"),
    ("info_findings", "int32"),
    ("scores", "string"),  # the category scores, a JSON object
    ("findings", "string"),  # the findings, a JSON array of the report's finding objects
    ("error", "string"),  # why the input could not be audited; null for a document
)


class Sink(Protocol):
    def write(self, results: Sequence[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def output_kind(output: str) -> str:
    """``jsonl`` or ``parquet`` for an output name; ValueError for any other extension."""
    lower = output.lower()
    if output == "-" or lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    raise ValueError(f"{output}: the output must end in .jsonl, .ndjson or .parquet (or be - "
                     "for JSON lines on stdout)")


def open_sink(output: str, *, row_group: int = ROW_GROUP) -> Sink:
    if output_kind(output) == "parquet":
        return ParquetSink(Path(output), row_group=row_group)
    return JsonLinesSink(None if output == "-" else Path(output))


class JsonLinesSink:
    def __init__(self, path: Path | None) -> None:
        self._stream: TextIO = sys.stdout if path is None else _open_text(path)
        self._owned = path is not None

    def write(self, results: Sequence[dict[str, Any]]) -> None:
        for result in results:
            self._stream.write(json.dumps(result, ensure_ascii=False, allow_nan=False,
                                          separators=(",", ":")) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._owned:
            self._stream.close()


class ParquetSink:
    def __init__(self, path: Path, *, row_group: int = ROW_GROUP) -> None:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        self._pa = pa
        self.schema = parquet_schema()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        except OSError as exc:
            raise SeokitError(str(path), f"cannot write the results ({exc.strerror or exc})") from None
        self._rows: list[dict[str, Any]] = []
        self._row_group = row_group

    def write(self, results: Sequence[dict[str, Any]]) -> None:
        self._rows.extend(flat_row(r) for r in results)
        if len(self._rows) >= self._row_group:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []


def parquet_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, getattr(pa, kind)(), nullable=name != "input")
                      for name, kind in PARQUET_COLUMNS])


def flat_row(result: dict[str, Any]) -> dict[str, Any]:
    """One result as a Parquet row: the numbers people filter and sort on as columns, the
    findings as JSON to keep every detail without a nested schema."""
    if "error" in result:
        return {"input": result["input"], "error": result["error"]}
    findings = result.get("findings", [])
    severities = Counter(f["severity"] for f in findings)
    return {
        "input": result["input"],
        "source": result.get("source"),
        "url": result.get("url"),
        "format": result.get("format"),
        "language": (result.get("language") or {}).get("language"),
        "score": (result.get("scores") or {}).get("overall"),
        "word_count": (result.get("readability") or {}).get("words"),
        "findings_count": len(findings),
        "error_findings": severities["error"],
        "warning_findings": severities["warning"],
        "info_findings": severities["info"],
        "scores": _json(result.get("scores") or {}),
        "findings": _json(findings),
        "error": None,
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _open_text(path: Path) -> TextIO:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise SeokitError(str(path), f"cannot write the results ({exc.strerror or exc})") from None
