"""Parsers: HTML, Markdown and plain text each produce the same immutable ``Document``."""

from __future__ import annotations

import re

from seokit.document import Document, Format

__all__ = ["parse_document", "sniff_format"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_HINT = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section)\b",
    re.IGNORECASE | re.DOTALL,
)
_MARKDOWN_HINT = re.compile(
    r"^(?:---\r?\n|#{1,6} \S|\s*[-*+] \S|\s*\d+\. \S|```|> )"  # front matter, headings, lists
    r"|\[[^\]\n]+\]\([^)\s]+\)"  # [links](url)
    r"|^\s*\S.*\r?\n[=-]{3,}\s*$",  # setext headings
    re.MULTILINE,
)


def sniff_format(text: str, *, name: str | None = None, media_type: str | None = None) -> Format:
    """Decide how to parse: the media type, then the file extension, then the content."""
    if media_type:
        media_type = media_type.split(";")[0].strip().lower()
        if media_type in ("text/html", "application/xhtml+xml"):
            return Format.HTML
        if media_type in ("text/markdown", "text/x-markdown"):
            return Format.MARKDOWN
    if name:
        lower = name.lower().split("?")[0]
        if lower.endswith((".html", ".htm", ".xhtml")):
            return Format.HTML
        if lower.endswith((".md", ".markdown", ".mdown", ".mkd")):
            return Format.MARKDOWN
        if lower.endswith(".txt"):
            return Format.TEXT
    if _HTML_HINT.match(text[:4096]):
        return Format.HTML
    if media_type and media_type.startswith("text/html"):
        return Format.HTML
    if _MARKDOWN_HINT.search(text[:20000]):
        return Format.MARKDOWN
    return Format.TEXT


def parse_document(
    text: str,
    format: Format | str | None = None,
    *,
    path: str | None = None,
    url: str | None = None,
    media_type: str | None = None,
) -> Document:
    """Parse decoded source text into a Document."""
    # Lone surrogates cannot be encoded (parsers and reports would fail); each becomes U+FFFD,
    # one character for one, so offsets are unchanged.
    text = _SURROGATE.sub("\ufffd", text)
    fmt = Format(format) if format else sniff_format(text, name=path or url, media_type=media_type)
    # each parser is imported when first needed: bs4 and markdown-it take 0.1 s to import,
    # which ``import seokit`` and a plain-text audit should not pay
    if fmt is Format.HTML:
        from seokit.parse.html import parse_html

        return parse_html(text, path=path, url=url)
    if fmt is Format.MARKDOWN:
        from seokit.parse.markdown import parse_markdown

        return parse_markdown(text, path=path, url=url)
    from seokit.parse.text import parse_text

    return parse_text(text, path=path, url=url)
