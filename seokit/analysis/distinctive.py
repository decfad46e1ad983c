"""Distinctive terms across several documents: TF-IDF over their keyword counts.

For documents ``d`` in a collection of ``N``, with ``count(t, d)`` uses of term ``t`` and
``df(t)`` documents that use it at all:

    tf(t, d)    = count(t, d) / (all counted terms of d)
    idf(t)      = ln(N / df(t))
    tfidf(t, d) = tf(t, d) * idf(t)

The plain (unsmoothed) idf gives a term every document uses a score of 0: it distinguishes
none of them, which is the question asked ("what is this page about that the others are
not?"), so such terms are left out. With a single document nothing is distinctive.

``distinctive_terms`` is the pure function over counts; ``distinctive_for_documents`` counts
the terms of parsed documents (main-content 1- and 2-word keywords, stop words and word forms
handled as the keywords analysis does) and calls it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from seokit.context import Context, Settings
from seokit.document import Document

DEFAULT_SIZES = (1, 2)


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    term: str
    count: int  # uses in this document
    documents: int  # documents that use it
    score: float  # tf-idf

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term, "count": self.count, "documents": self.documents,
                "score": round(self.score, 6)}


def distinctive_terms(counts: Sequence[Mapping[str, int]], *, top: int = 10,
                      min_count: int = 2) -> list[list[DistinctiveTerm]]:
    """For each document's term counts, its ``top`` terms by TF-IDF, best first (ties by
    term). Terms used fewer than ``min_count`` times in a document are not listed for it (a
    word used once distinguishes nothing), but still count towards document frequency."""
    n = len(counts)
    df: Counter[str] = Counter()
    for document in counts:
        df.update(term for term, c in document.items() if c > 0)
    out: list[list[DistinctiveTerm]] = []
    for document in counts:
        total = sum(c for c in document.values() if c > 0)
        scored = []
        for term, count in document.items():
            if count < max(1, min_count) or not total:
                continue
            idf = math.log(n / df[term])
            if idf <= 0:
                continue
            scored.append(DistinctiveTerm(term, count, df[term], count / total * idf))
        scored.sort(key=lambda d: (-d.score, d.term))
        out.append(scored[:top])
    return out


def term_counts(ctx: Context, sizes: Sequence[int] = DEFAULT_SIZES,
                ) -> tuple[Counter[str], dict[str, str]]:
    """Every keyword (1- and 2-word by default) of one document's main text, counted over its
    word forms: counts keyed by the stems ("massag therapi"), and each key's most used
    written form in this document ("massage therapy")."""
    from seokit.analysis.keywords import document_language, keyword_terms
    from seokit.text.stopwords import stop_words
    from seokit.text.terms import count_ngrams

    ranked = count_ngrams(keyword_terms(ctx), sizes, stop_words(document_language(ctx)),
                          min_count=1)
    counts: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for n in sizes:
        for term in ranked[n]:
            key = " ".join(term.key)
            counts[key] += term.count
            forms[key] = term.term
    return counts, forms


def distinctive_for_documents(documents: Sequence[Document | Context], *, top: int = 10,
                              language: str | None = None) -> list[list[DistinctiveTerm]]:
    """The distinctive terms of each document, in the order given; word forms count together,
    within a document and across documents ("massage therapies" is "massage therapy")."""
    contexts = [d if isinstance(d, Context) else Context(d, Settings(language=language))
                for d in documents]
    return distinctive_from_counts([term_counts(ctx) for ctx in contexts], top=top)


TermCounts = tuple[Mapping[str, int], Mapping[str, str]]  # as term_counts gives them


def distinctive_from_counts(counted: Sequence[TermCounts], *, top: int = 10,
                            ) -> list[list[DistinctiveTerm]]:
    """``distinctive_for_documents`` from each document's ``term_counts``, counted where the
    document was audited (a batch worker), so the process that compares them does no text
    work of its own."""
    scored = distinctive_terms([counts for counts, _ in counted], top=top)
    return [[DistinctiveTerm(forms[t.term], t.count, t.documents, t.score) for t in terms]
            for terms, (_, forms) in zip(scored, counted, strict=True)]
