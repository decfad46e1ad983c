"""The language analysis: what language a document says it is in, what it is in, and which
parts of it are in another language (see ``language_spans``)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

from seokit.analysis.language_code import without_code
from seokit.analysis.language_detect import detect_document_language
from seokit.analysis.language_elements import ElementLanguage, element_languages, language_shares
from seokit.analysis.language_head import Alternate, Declaration, alternates, declarations, head_tags
from seokit.analysis.language_pieces import dominant_script
from seokit.analysis.language_spans import ForeignSpan, find_foreign_spans, native_scripts
from seokit.analysis.language_terms import without_page_terms
from seokit.context import Context
from seokit.document import Document
from seokit.text.langid import count_prose_words, primary_language
from seokit.text.lingua_backend import identifier
from seokit.text.scripts import KANA, UNSPACED_SCRIPTS, Script, count_words, letter_counts, script_runs

DEFAULT_LANGUAGE = "en"
_ORDER = {script: i for i, script in enumerate(Script)}


@dataclass(frozen=True, slots=True)
class LanguageStats:
    """``declared``: the page's own tag (``<html lang>``, front matter), as written.
    ``detected``: ISO 639-1 code measured from the main text, or None when there is too little.
    ``confidence``: how sure ``detected`` is, 0..1 (statistical probability times the share of
    words written in the detected language's script). ``language``: the language the document is
    judged in (override, else detected, else declared, else English). ``scripts``: letters per
    script in the main text, most first. ``words``: how many words the detection rests on."""

    declared: str | None
    detected: str | None
    confidence: float
    language: str
    scripts: tuple[tuple[str, int], ...]
    spans: tuple[ForeignSpan, ...]
    words: int
    # every language declaration of the page (html lang, og:locale, Content-Language...)
    declarations: tuple[Declaration, ...] = ()
    # <link rel="alternate" hreflang> as written
    alternates: tuple[Alternate, ...] = ()
    # elements with a lang of their own, and what their text is
    elements: tuple[ElementLanguage, ...] = ()
    # share of the main text's letters per language, most first
    shares: tuple[tuple[str, float], ...] = ()

    def to_json(self, document: Document) -> dict[str, Any]:
        return {
            "declared": self.declared,
            "detected": self.detected,
            "confidence": self.confidence,
            "language": self.language,
            "words": self.words,
            "scripts": dict(self.scripts),
            "shares": dict(self.shares),
            "declarations": [{"source": d.source, "value": d.value, "language": d.language}
                             for d in self.declarations],
            "elements": [{"declared": e.declared, "detected": e.detected,
                          "confidence": e.confidence, "words": e.words,
                          "line": document.locate(e.span).line,
                          "column": document.locate(e.span).column} for e in self.elements],
            "hreflang": [{"hreflang": a.hreflang, "href": a.href, "url": a.url, "valid": a.valid,
                          "relative": a.relative} for a in self.alternates],
            "spans": [_span_json(s, document) for s in self.spans],
        }


def _span_json(span: ForeignSpan, document: Document) -> dict[str, Any]:
    where = document.locate(span.span)
    return {
        "start": span.span.start,
        "end": span.span.end,
        "line": where.line,
        "column": where.column,
        "end_line": where.end_line,
        "end_column": where.end_column,
        "text": span.text,
        "language": span.language,
        "script": str(span.script),
        "kind": str(span.kind),
        "tagged": span.tagged,
        "confidence": span.confidence,
        "words": span.words,
    }


def analyze_language(ctx: Context) -> LanguageStats:
    doc = ctx.document
    # inline code is no language: the analysis reads the text with it blanked out
    written = doc.text_blocks(main_only=False)
    prose = [dataclasses.replace(b, text=b.prose_text()) if b.code_spans else b for b in written]
    blocks = [(b, script_runs(b.text)) for b in prose]
    main = [(b, runs) for b, runs in blocks if b.main] or blocks
    letters: Counter[Script] = Counter()
    words: Counter[Script] = Counter()
    for block, runs in main:
        letters.update(letter_counts(runs))
        for run in runs:
            # code, options and paths are no language: a Chinese man page quoting many
            # commands is still Chinese
            piece = block.text[run.start:run.end]
            words[run.script] += (count_words(piece) if run.script in UNSPACED_SCRIPTS
                                  else count_prose_words(piece))
    declared = doc.meta.lang or None
    detection = detect_document_language(main, letters, words, primary_language(declared))
    detected = detection.language
    override = primary_language(ctx.settings.language)
    language = override or detected or primary_language(declared) or DEFAULT_LANGUAGE
    native = native_scripts(language, dominant_script(words))
    has_kana = any(r.script in KANA for _, runs in blocks for r in runs)
    options = ctx.settings.rule_options.get("language", {})
    identify = identifier(str(options.get("identifier", "langdetect")))
    spans = find_foreign_spans(blocks, language, native, has_kana, identify)
    # a span's text as written, code included ("masaje `spa` relajante")
    coded = {b.index: b.text for b in written if b.code_spans}
    spans = [dataclasses.replace(s, text=coded[s.block][s.start:s.end]) if s.block in coded else s
             for s in spans]
    if spans:  # a parameter named in prose (opname) is the page's code, whatever it reads as
        spans = without_code(spans, doc.blocks)
        # ... and a word it keeps using is its term ("undici", a package), whatever it reads as
        spans = without_page_terms(spans, prose, native)
    ordered = sorted(letters.items(), key=lambda pair: (-pair[1], _ORDER[pair[0]]))
    tags = head_tags(doc)
    return LanguageStats(
        declared=declared,
        detected=detected,
        confidence=round(detection.confidence, 4),
        language=language,
        scripts=tuple((str(script), n) for script, n in ordered),
        spans=tuple(spans),
        words=detection.words,
        declarations=declarations(doc, tags),
        alternates=alternates(doc, tags),
        elements=element_languages(doc.text_blocks(main_only=False), declared),
        shares=language_shares(blocks, spans, language),
    )
