"""Where a same-page link (``#id``) can land: element ids in HTML, heading ids in Markdown.

Markdown has no single rule for heading ids, so every id a common renderer would give a heading
counts (GitHub and Hugo, markdown-it-anchor, Pandoc and kramdown, Python-Markdown), as do
explicit ``{#id}`` attributes and ids written in inline HTML. A link is only called broken when
no common renderer would make it work.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from seokit.document import BlockKind, Document, Format

# id="x", id='x', id=x and the legacy <a name="x">, anywhere an attribute can start
_ID_ATTRIBUTE = re.compile(
    r"""(?<=[\s"'/])(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
    re.IGNORECASE,
)
_EXPLICIT_ID = re.compile(r"\s*\{#([^\s}]+)[^}]*\}\s*$")
_SPACES = re.compile(r"\s+")


def fragment_targets(doc: Document) -> frozenset[str]:
    """Every fragment id a link on this document may point at."""
    if doc.format is Format.TEXT:
        return frozenset()
    ids = {html.unescape(next(g for g in m.groups() if g is not None))
           for m in _ID_ATTRIBUTE.finditer(doc.source)}
    if doc.format is Format.MARKDOWN:
        ids |= heading_ids(b.text for b in doc.blocks if b.kind is BlockKind.HEADING)
    return frozenset(ids)


def heading_ids(texts: Iterable[str]) -> set[str]:
    """The ids Markdown renderers give headings with these texts, in document order
    (repeated headings get numbered ids such as ``intro-1`` or ``intro_1``)."""
    seen: dict[str, int] = {}
    ids: set[str] = set()
    for text in texts:
        explicit = _EXPLICIT_ID.search(text)
        if explicit:
            ids.add(explicit.group(1))
            text = text[:explicit.start()]
        for slug in _slugs(text):
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            ids.add(slug)
            if count:
                ids.update((f"{slug}-{count}", f"{slug}_{count}"))
    return ids


def _slugs(text: str) -> set[str]:
    lower = text.strip().lower()
    # GitHub, Hugo: drop punctuation and symbols, each space becomes a hyphen
    github = "".join(ch for ch in lower if ch in " -_" or unicodedata.category(ch)[0] in "LNM")
    github = github.replace(" ", "-")
    # markdown-it-anchor: runs of white space become one hyphen, nothing else changes
    anchor = _SPACES.sub("-", lower)
    # Pandoc, kramdown: like GitHub (Pandoc keeps periods), then nothing before the first letter
    pandoc = "".join(ch for ch in lower if ch in " -_." or ch.isalnum()).replace(" ", "-")
    first_letter = next((i for i, ch in enumerate(pandoc) if ch.isalpha()), len(pandoc))
    pandoc = pandoc[first_letter:]
    # Python-Markdown toc: ASCII only, punctuation dropped, runs of hyphens and spaces collapse
    ascii_text = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode("ascii")
    python_markdown = re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", ascii_text).strip())
    return {slug for slug in (github, anchor, pandoc, python_markdown) if slug}
