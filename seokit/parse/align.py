"""Find where visible text came from in the source, so findings point at the right column.

Parsers decode entities, drop markup and collapse whitespace; the aligner walks the decoded
text and the raw source side by side and records the runs copied verbatim.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from seokit.document import Segment

_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_SPACE = re.compile(r"\s+")
_SPECIAL = re.compile("&")
_SPECIAL_ESCAPES = re.compile(r"[&\\]")


def collapse(text: str) -> str:
    """Whitespace runs become one space, as a browser renders them."""
    return _SPACE.sub(" ", text)


@dataclass
class TextBuilder:
    """Builds one block's visible text piece by piece and its segments into the source.

    ``backslash_escapes`` is for Markdown, where ``\\*`` in the source is ``*`` in the text.
    """

    source: str
    backslash_escapes: bool = False
    outside_tags: bool = False
    parts: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    length: int = 0
    first_source: int | None = None
    last_source: int | None = None

    def add(self, piece: str, cursor: int, limit: int | None = None) -> int:
        """Append ``piece`` (already decoded), aligned to the source at or after ``cursor``.

        Returns the source offset after the aligned text (the new cursor), or ``cursor`` when
        the piece could not be found.
        """
        piece = collapse(piece)
        if self.length == 0 or self.parts[-1].endswith(" "):
            piece = piece.lstrip(" ")
        if not piece:
            return cursor
        limit = len(self.source) if limit is None else min(limit, len(self.source))
        start = self._find(piece, cursor, limit)
        text_offset = self.length
        self.parts.append(piece)
        self.length += len(piece)
        if start is None:
            return cursor
        return self._align(piece, text_offset, start, limit)

    def add_space(self) -> None:
        if self.length and not self.parts[-1].endswith(" "):
            self.parts.append(" ")
            self.length += 1

    def text(self) -> str:
        return "".join(self.parts).rstrip(" ")

    def content_start(self, offset: int) -> int:
        """Where the text added since length ``offset`` begins: past the one space that
        collapsed whitespace before it may have left ("We say <code>x</code>")."""
        return offset + (1 if "".join(self.parts)[offset:offset + 1] == " " else 0)

    def _find(self, piece: str, cursor: int, limit: int) -> int | None:
        probe = piece.strip()
        if not probe:
            return None
        head = probe[0]
        # the first character is plain in the source unless it came from an entity or escape
        for candidate in (head, "&", "\\"):
            positions = self._head_positions(probe, cursor, limit) if candidate == head \
                else self._positions(candidate, cursor, limit)
            for pos in positions:
                if self._matches_at(probe, pos, limit) and self._is_text_position(cursor, pos):
                    return pos
        return None

    def _positions(self, needle: str, cursor: int, limit: int) -> Iterator[int]:
        pos = self.source.find(needle, cursor, limit)
        while pos != -1:
            yield pos
            pos = self.source.find(needle, pos + 1, limit)

    def _head_positions(self, probe: str, cursor: int, limit: int) -> Iterator[int]:
        """Where the probe's first character stands with a second that can match its second:
        the same character, or an entity or escape that may stand for it. Every other place
        of the first character fails ``_matches_at`` at its second step, and on a real page
        there are a dozen of those per piece; string search skips them at C speed."""
        head = probe[0]
        second = probe[1] if len(probe) > 1 else ""
        if not second or second.isspace() or head in "&\\":
            yield from self._positions(head, cursor, limit)
            return
        first = head + second
        others = [head + "&"] + ([head + "\\"] if self.backslash_escapes else [])
        start = cursor
        while True:
            pos = self.source.find(first, start, limit)
            # an entity or escape pair only matters before that (and is rare): search no further
            end = limit if pos == -1 else pos + 1
            for pair in others:
                at = self.source.find(pair, start, end)
                if at != -1 and (pos == -1 or at < pos):
                    pos, end = at, at + 1
            if pos == -1:
                return
            yield pos
            start = pos + 1

    def _is_text_position(self, cursor: int, pos: int) -> bool:
        """In HTML, visible text never sits inside a tag (an attribute value, say)."""
        if not self.outside_tags:
            return True
        return self.source.rfind("<", cursor, pos) <= self.source.rfind(">", cursor, pos)

    def _matches_at(self, probe: str, pos: int, limit: int) -> bool:
        sample = probe[:12]
        i, p = 0, pos
        while i < len(sample) and p < limit:
            step = self._step(sample, i, p, limit)
            if step is None:
                return False
            i, p = step
        return i >= len(sample)

    def _step(self, text: str, i: int, p: int, limit: int) -> tuple[int, int] | None:
        """Advance one unit through text and source together, or None on a mismatch."""
        src = self.source
        if p >= limit:
            return None
        ch = text[i]
        if ch == " ":
            if not src[p].isspace():
                return None
            while p < limit and src[p].isspace():
                p += 1
            return i + 1, p
        if src[p] == "&":
            m = _ENTITY.match(src, p, limit)
            if m:
                decoded = html.unescape(m.group(0))
                if decoded != m.group(0) and text.startswith(decoded, i):
                    return i + len(decoded), m.end()
        if src[p] == ch:
            return i + 1, p + 1
        if self.backslash_escapes and src[p] == "\\" and p + 1 < limit and src[p + 1] == ch:
            return i + 1, p + 2
        return None

    def _align(self, piece: str, text_offset: int, start: int, limit: int) -> int:
        i, p = 0, start
        # leading spaces of the piece have no source of their own
        while i < len(piece) and piece[i] == " ":
            i += 1
        run_text, run_src = text_offset + i, p
        while i < len(piece) and p < limit:
            same = self._verbatim_length(piece, i, p, limit)
            if same:
                i, p = i + same, p + same
                continue
            step = self._step(piece, i, p, limit)
            if step is None:
                break
            ni, np_ = step
            verbatim = (np_ - p) == (ni - i) and self.source[p:np_] == piece[i:ni]
            if not verbatim:
                self._close_run(run_text, run_src, text_offset + i)
                run_text, run_src = text_offset + ni, np_
            i, p = ni, np_
        self._close_run(run_text, run_src, text_offset + i)
        if self.first_source is None:
            self.first_source = start
        self.last_source = p
        return p

    def _verbatim_length(self, piece: str, i: int, p: int, limit: int) -> int:
        """How many characters from ``piece[i]`` on are copied verbatim at ``source[p]``, where
        stepping one by one would say the same; 0 to let ``_step`` decide.

        Most text is copied verbatim, and comparing whole stretches with ``startswith`` is much
        cheaper than stepping through them character by character. What ``_step`` treats
        specially stays out: "&" (an entity?), "\\" (an escape?) and a space the source follows
        with more whitespace (one collapsed run).
        """
        special = self._special.search(piece, i)
        end = min(special.start() if special else len(piece), i + limit - p)
        if end <= i:
            return 0
        if not self.source.startswith(piece[i:end], p):
            low, high = 0, end - i  # the longest common prefix, by bisection
            while low < high:
                middle = (low + high + 1) // 2
                if self.source.startswith(piece[i:i + middle], p):
                    low = middle
                else:
                    high = middle - 1
            end = i + low
        while end > i and piece[end - 1] == " " and p + end - i < limit \
                and self.source[p + end - i].isspace():
            end -= 1
        return end - i

    @property
    def _special(self) -> re.Pattern[str]:
        return _SPECIAL_ESCAPES if self.backslash_escapes else _SPECIAL

    def _close_run(self, text_start: int, source_start: int, text_end: int) -> None:
        if text_end > text_start:
            self.segments.append(Segment(text_start, source_start, text_end - text_start))
