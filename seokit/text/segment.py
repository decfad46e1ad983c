"""Word pieces for keyword counting, including scripts written without spaces between words.

Chinese, Japanese, Thai, Lao, Khmer, Myanmar and Tibetan put no spaces between words, so a
"word" from ``seokit.text.tokens.words`` there is a whole clause. Without a dictionary-based
segmenter (none is a dependency), such runs are cut into overlapping character *bigrams*, the
approach of Lucene's CJK analyzer and Elasticsearch's ``cjk_bigram`` filter: "按摩治疗" becomes
"按摩", "摩治", "治疗". A keyphrase is cut the same way, so finding it is finding its character
sequence, which is exact; what is approximate is everything that counts *words*:

- totals and densities count bigrams, about one per character, while a Chinese word averages
  about 1.5 characters, so densities in those scripts come out roughly a third lower than a
  word count would give;
- top "words" are two-character sequences, which are often real words in Chinese and in kanji
  compounds, less often in kana and Thai (where a bigram may cut a syllable).

Korean is written with spaces and is left as words (particles stay attached: "마사지를" is not
"마사지"). A "letter" here is a grapheme cluster: a base character with its combining marks, so a
Thai vowel sign never starts a piece.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import NamedTuple

from seokit.text.scripts import UNSPACED_SCRIPTS, script_of
from seokit.text.tokens import Token

# Every code point of the unspaced scripts lies in these ranges: a quick test that lets
# tokens of spaced scripts (nearly all of them) through without a per-character lookup.
_MAYBE_UNSPACED = re.compile(
    "[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029"
    "\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00016fe0-\U00016fff\U0001b000-\U0001b16f\U00020000-\U000323af]"
)
_EDGE_JOINERS = "'’-"


class Piece(NamedTuple):
    """A countable piece of a token. ``joined`` when it continues the previous piece of the
    same token (no gap between them, possibly overlapping it); ``unspaced`` when it is a
    bigram (or lone letter) of an unspaced script."""

    text: str
    start: int
    end: int
    unspaced: bool = False
    joined: bool = False


def pieces(token: Token) -> list[Piece]:
    """The token itself, or, when it holds letters of an unspaced script, its pieces."""
    text = token.text
    if _MAYBE_UNSPACED.search(text) is None:
        return [Piece(text, token.start, token.end)]
    out: list[Piece] = []
    for start, end, unspaced_clusters in _runs(text):
        if unspaced_clusters is None:
            stripped = text[start:end].strip(_EDGE_JOINERS)
            if not stripped:
                continue
            lead = len(text[start:end]) - len(text[start:end].lstrip(_EDGE_JOINERS))
            begin = token.start + start + lead
            out.append(Piece(stripped, begin, begin + len(stripped), False, bool(out)))
            continue
        clusters = unspaced_clusters
        if len(clusters) == 1:
            a, b = clusters[0]
            out.append(Piece(text[a:b], token.start + a, token.start + b, True, bool(out)))
            continue
        for (a, _), (_, b) in itertools.pairwise(clusters):
            out.append(Piece(text[a:b], token.start + a, token.start + b, True, bool(out)))
    return out


def _runs(text: str) -> list[tuple[int, int, list[tuple[int, int]] | None]]:
    """Runs of the token: (start, end, clusters) for an unspaced-script run, (start, end, None)
    for anything else."""
    runs: list[tuple[int, int, list[tuple[int, int]] | None]] = []
    clusters: list[tuple[int, int]] = []
    other_start = -1
    for i, char in enumerate(text):
        if unicodedata.category(char)[0] == "M":
            if clusters and clusters[-1][1] == i:  # a mark extends the cluster before it
                clusters[-1] = (clusters[-1][0], i + 1)
            continue
        if script_of(char) in UNSPACED_SCRIPTS:
            if other_start >= 0:
                runs.append((other_start, i, None))
                other_start = -1
            clusters.append((i, i + 1))
            continue
        if clusters:
            runs.append((clusters[0][0], clusters[-1][1], clusters))
            clusters = []
        if other_start < 0:
            other_start = i
    if clusters:
        runs.append((clusters[0][0], clusters[-1][1], clusters))
    elif other_start >= 0:
        runs.append((other_start, len(text), None))
    return runs


def is_function_piece(word: str, stop_words: frozenset[str]) -> bool:
    """Whether an unspaced piece is glue rather than a keyword: a stop word itself, one that
    holds a one-character stop word ("的", "了", "の"), or all hiragana (Japanese particles and
    inflections are written in hiragana, content words mostly in kanji and katakana)."""
    if word in stop_words or any(char in stop_words for char in word):
        return True
    return all("\u3040" <= char <= "\u309f" for char in word)
