"""Foreign-span detection benchmark: seokit against off-the-shelf language identifiers.

    .venv/bin/python benchmarks/language_spans.py [--corpus FILE] [--systems seokit,...]

The corpus (``benchmarks/data/language_spans.jsonl``, built by ``language_corpus.py`` from the
Debian man pages and message catalogues of this machine) holds clean host paragraphs in seven
languages, the same with hard negatives (loanwords, names, places, brands, identifiers), and the
same with one foreign span inserted (1-4 words or a sentence, 17 languages) at a known offset.

Scores: a predicted span matches a gold span when they overlap by at least half of their union
(intersection over union >= 0.5), one to one. "any" counts a match whatever language was named,
"same" only when the language is right too. "flagged" is the share of clean paragraphs (and of
paragraphs with hard negatives) where the system reported anything. Throughput is paragraphs per
second on one core, models loaded beforehand.

Systems: ``seokit`` (the language analysis, document language detected), ``langdetect-sentence``
(langdetect, seeded, on every sentence; a sentence in another language than the whole text's is
a span), ``langdetect-window`` (the same on windows of five words, ten letters in unspaced
scripts, adjacent windows of one language joined) and ``lingua`` (lingua's
``detect_multiple_languages_of``, all languages). ``seokit-lingua`` is seokit with the optional
lingua identifier (``seokit[lingua]``) for same-script passages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "data", "language_spans.jsonl")
Pred = tuple[int, int, str]
System = Callable[[str], list[Pred]]
_LANGDETECT = {"zh-cn": "zh", "zh-tw": "zh", "iw": "he"}
_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]")


# ---- systems ---------------------------------------------------------------------------------


def seokit_system(identifier: str = "langdetect") -> System:
    from seokit.analysis.language import analyze_language
    from seokit.context import Context, Settings
    from seokit.parse import parse_document

    def run(text: str) -> list[Pred]:
        doc = parse_document(text, "text")
        settings = Settings(rule_options={"language": {"identifier": identifier}})
        stats = analyze_language(Context(doc, settings))
        return [(s.span.start, s.span.end, s.language) for s in stats.spans]

    run("Warm-up text, so that profiles are loaded before timing starts.")
    return run


def _langdetect() -> Callable[[str], str | None]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def one(text: str) -> str | None:
        try:
            code = detect(text)
        except LangDetectException:
            return None
        return _LANGDETECT.get(code, code)

    one("warm up")
    return one


def _merge(pieces: Iterable[Pred], text: str) -> list[Pred]:
    out: list[Pred] = []
    for start, end, lang in pieces:
        if out and out[-1][2] == lang and not text[out[-1][1]:start].strip(" ,;:"):
            out[-1] = (out[-1][0], end, lang)
        else:
            out.append((start, end, lang))
    return out


_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")


def langdetect_sentences() -> System:
    detect = _langdetect()

    def run(text: str) -> list[Pred]:
        whole = detect(text)
        found = []
        for m in _SENTENCE.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            lang = detect(text[start:end]) if end > start else None
            if lang and lang != whole:
                found.append((start, end, lang))
        return _merge(found, text)

    return run


def langdetect_windows(words: int = 5) -> System:
    detect = _langdetect()

    def run(text: str) -> list[Pred]:
        whole = detect(text)
        if len(_UNSPACED.findall(text)) > len(text) / 3:
            windows = [(i, min(i + 2 * words, len(text))) for i in range(0, len(text), 2 * words)]
        else:
            tokens = [m.span() for m in re.finditer(r"\S+", text)]
            windows = [(tokens[i][0], tokens[min(i + words, len(tokens)) - 1][1])
                       for i in range(0, len(tokens), words)]
        found = []
        for start, end in windows:
            lang = detect(text[start:end])
            if lang and lang != whole:
                found.append((start, end, lang))
        return _merge(found, text)

    return run


def lingua_system() -> System:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def code(language: Any) -> str:
        return str(language.iso_code_639_1.name.lower())

    def run(text: str) -> list[Pred]:
        whole = detector.detect_language_of(text)
        if whole is None:
            return []
        found = []
        for result in detector.detect_multiple_languages_of(text):
            if result.language != whole:
                start, end = result.start_index, result.end_index
                piece = text[start:end]
                start += len(piece) - len(piece.lstrip())
                end -= len(piece) - len(piece.rstrip())
                found.append((start, end, code(result.language)))
        return _merge(found, text)

    run("Warm-up text, so that the models are loaded before timing starts.")
    return run


SYSTEMS: dict[str, Callable[[], System]] = {
    "seokit": seokit_system,
    "seokit-lingua": lambda: seokit_system("lingua"),
    "langdetect-sentence": langdetect_sentences,
    "langdetect-window": langdetect_windows,
    "lingua": lingua_system,
}


# ---- scoring ---------------------------------------------------------------------------------


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _matches(gold: list[Pred], pred: list[Pred], same: bool) -> int:
    pairs = sorted(((_iou(g[:2], p[:2]), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if not same or g[2] == p[2]), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for iou, i, j in pairs:
        if iou >= 0.5 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _script_relation(host: str, lang: str) -> str:
    latin = {"en", "de", "fr", "es", "it", "pt", "pl", "nl"}
    cyrillic = {"ru", "uk"}
    han = {"zh", "ja"}
    for group in (latin, cyrillic, han):
        if host in group and lang in group:
            return "same-script"
    return "other-script"


def evaluate(samples: list[dict[str, Any]], system: System) -> dict[str, Any]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_any, tp_same, pred, gold
    flagged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    outputs = []
    started = time.perf_counter()
    predictions = [system(s["text"]) for s in samples]
    elapsed = time.perf_counter() - started
    for sample, pred in zip(samples, predictions, strict=True):
        outputs.append(pred)
        gold = [(g["start"], g["end"], g["language"]) for g in sample["spans"]]
        if sample["kind"] != "injected":
            flagged[sample["kind"]][0] += bool(pred)
            flagged[sample["kind"]][1] += 1
        keys = ["all"]
        for g in sample["spans"]:
            keys += [f"kind:{g['kind']}", f"script:{_script_relation(sample['host'], g['language'])}",
                     f"host:{sample['host']}", f"lang:{g['language']}"]
        for key in keys:
            row = totals[key]
            row[0] += _matches(gold, pred, same=False)
            row[1] += _matches(gold, pred, same=True)
            row[2] += len(pred) if key == "all" else 0
            row[3] += len(gold)
    row = totals["all"]
    result: dict[str, Any] = {
        "any": _prf(row[0], row[2], row[3]),
        "same": _prf(row[1], row[2], row[3]),
        "flagged": {k: round(v[0] / v[1], 4) for k, v in sorted(flagged.items())},
        "paragraphs_per_second": round(len(samples) / elapsed, 1),
        "recall_by": {key: {"any": round(r[0] / r[3], 4), "same": round(r[1] / r[3], 4), "n": r[3]}
                      for key, r in sorted(totals.items()) if key != "all" and r[3]},
        "digest": hashlib.sha256(json.dumps(outputs).encode()).hexdigest()[:16],
    }
    return result


def speed(runs: int = 20) -> dict[str, float]:
    """CPU seconds (median) of the language analysis and of the whole audit of the example
    article, and of the language analysis of a 1 MB document made of copies of it."""
    import statistics

    from seokit.analysis.language import analyze_language
    from seokit.audit import audit_document
    from seokit.context import Context
    from seokit.parse import parse_document

    with open(os.path.join(HERE, "..", "examples", "articles", "massage-therapy.txt"),
              encoding="utf-8") as handle:
        article = handle.read()
    audit_document(parse_document(article, "text"))  # loads every model and list once
    language, audit = [], []
    for _ in range(runs):
        doc = parse_document(article, "text")
        started = time.process_time()
        analyze_language(Context(doc))
        language.append(time.process_time() - started)
        doc = parse_document(article, "text")
        started = time.process_time()
        audit_document(doc)
        audit.append(time.process_time() - started)
    big = parse_document("\n\n".join([article] * (1_000_000 // len(article) + 1)), "text")
    started = time.process_time()
    analyze_language(Context(big))
    megabyte = time.process_time() - started
    return {"article_language_s": round(statistics.median(language), 4),
            "article_audit_s": round(statistics.median(audit), 4),
            "language_share_of_audit": round(statistics.median(language)
                                             / statistics.median(audit), 3),
            "megabyte_language_s": round(megabyte, 2)}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--systems", default="seokit,langdetect-sentence,langdetect-window,lingua")
    parser.add_argument("--output", help="write the results as JSON here")
    parser.add_argument("--speed", action="store_true", help="also time the example article")
    args = parser.parse_args(argv)
    with open(args.corpus, encoding="utf-8") as handle:
        samples = [json.loads(line) for line in handle]
    results = {}
    for name in args.systems.split(","):
        results[name] = evaluate(samples, SYSTEMS[name]())
        r = results[name]
        print(f"{name:20} any F1 {r['any']['f1']:.3f} (P {r['any']['precision']:.3f} "
              f"R {r['any']['recall']:.3f})  same F1 {r['same']['f1']:.3f} "
              f"(P {r['same']['precision']:.3f} R {r['same']['recall']:.3f})  "
              f"flagged {r['flagged']}  {r['paragraphs_per_second']}/s", flush=True)
    timing = speed() if args.speed else None
    if timing:
        print("speed (CPU seconds):", timing)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            json.dump({"corpus": os.path.relpath(args.corpus, HERE), "samples": len(samples),
                       "results": results, "speed": timing}, handle, indent=1, sort_keys=True)
            handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
