"""The page's own terms: a single word that the page uses again and again is a word it is about
(a package, a product, a command: "undici" in Node.js's changelog, Italian for "eleven"), not a
keyword slipped into it. Only words in the document's own script, or Latin, are such terms: a
word in a script the page's language does not use is foreign however often it comes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from seokit.analysis.language_data import TOLERATED_SCRIPTS
from seokit.analysis.language_spans import ForeignSpan
from seokit.document import Block
from seokit.text.scripts import UNSPACED_SCRIPTS, Script
from seokit.text.tokens import whole_words

# a one-word span whose word the page's prose has at least this many times (the span's own
# place included) is the page's term; an injected word comes once or twice in a paragraph
MIN_TERM_USES = 3


def without_page_terms(spans: Sequence[ForeignSpan], blocks: Iterable[Block],
                       native: frozenset[Script]) -> list[ForeignSpan]:
    """The spans that are not one word the page keeps using."""
    candidates = {span.text.lower() for span in spans if _single_word(span, native)}
    if not candidates:
        return list(spans)
    counts = dict.fromkeys(candidates, 0)
    pattern = whole_words(*candidates)
    for block in blocks:
        for match in pattern.finditer(block.text.lower()):
            counts[match.group(1)] += 1
    return [span for span in spans
            if not (_single_word(span, native) and counts[span.text.lower()] >= MIN_TERM_USES)]


def _single_word(span: ForeignSpan, native: frozenset[Script]) -> bool:
    return span.words == 1 and span.script not in UNSPACED_SCRIPTS \
        and (span.script in native or span.script in TOLERATED_SCRIPTS) \
        and span.text.replace("-", "").replace("'", "").isalpha()
