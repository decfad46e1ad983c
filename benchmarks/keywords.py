"""Keyword analysis throughput: words per second, and how time grows with document size.

    .venv/bin/python benchmarks/keywords.py [--repeat N] [--output benchmarks/keywords-results.md]

Inputs, all built from files in the repository, nothing downloaded:

* ``article``: the bundled example article (examples/articles/massage-therapy.txt), keyphrase
  "massage therapy";
* ``article x16`` and ``x64``: its paragraphs repeated to 16 and 64 times the length, to show the
  cost grows linearly (words per second stays flat) even though repeated paragraphs are exactly
  what the repetition check looks for;
* ``html``: the article as an HTML page with navigation, a tag cloud, a cookie banner and a
  footer around it (the boilerplate split happens while parsing, measured separately);
* ``zh``: a Chinese text, counted in character bigrams.

What is timed is the keywords analyzer alone (``analyze_keywords`` on a fresh context, the
language given so language detection is not part of it), best of ``--repeat`` runs, on one core;
parsing is timed apart. Results depend on the machine; the table says which Python ran it.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable
from pathlib import Path

from seokit.analysis.keywords import analyze_keywords
from seokit.context import Context, Settings
from seokit.document import Document
from seokit.parse import parse_document

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "articles" / "massage-therapy.txt").read_text(encoding="utf-8")


def html_page(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs[1:])
    cloud = " ".join(f'<a href="/tag/{n}">massage therapy {n}</a>' for n in range(60))
    return (f"<html><head><title>{paragraphs[0]}</title></head><body>"
            '<nav class="main-navigation"><ul><li><a href="/">Home</a></li>'
            '<li><a href="/spa">Spa</a></li></ul></nav>'
            f"<main><article><h1>{paragraphs[0]}</h1>{body}</article></main>"
            f'<aside class="widget tag-cloud">{cloud}</aside>'
            '<div id="cookie-consent"><p>We use cookies for massage therapy bookings.</p></div>'
            "<footer><p>Massage therapy, massage therapy, massage therapy.</p></footer>"
            "</body></html>")


ZH = ("按摩治疗是一种古老的疗法，可以缓解慢性疼痛。专业的按摩师通过不同的手法放松肌肉，"
      "改善血液循环，减轻压力。许多人在按摩治疗后睡眠质量明显提高。") * 40


def best_of(repeat: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure(name: str, source: str, fmt: str, language: str, keyphrase: str,
            repeat: int) -> tuple[str, int, float, float, float]:
    parse_time = best_of(repeat, lambda: parse_document(source, fmt))
    doc: Document = parse_document(source, fmt)

    def run() -> object:
        return analyze_keywords(Context(doc, Settings(keyphrase=keyphrase, language=language)))

    run()  # stop words, stemmer and regexes load once per process
    seconds = best_of(repeat, run)
    stats = analyze_keywords(Context(doc, Settings(keyphrase=keyphrase, language=language)))
    return name, stats.total_words, parse_time, seconds, stats.total_words / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    cases = [
        ("article", ARTICLE, "text", "en", "massage therapy"),
        ("article x16", "\n\n".join([ARTICLE] * 16), "text", "en", "massage therapy"),
        ("article x64", "\n\n".join([ARTICLE] * 64), "text", "en", "massage therapy"),
        ("html with boilerplate", html_page(ARTICLE), "html", "en", "massage therapy"),
        ("zh", ZH, "text", "zh", "按摩治疗"),
    ]
    rows = [measure(*case, repeat=args.repeat) for case in cases]
    lines = [
        "# Keyword analysis throughput",
        "",
        f"`benchmarks/keywords.py --repeat {args.repeat}`, Python "
        f"{platform.python_version()} on {platform.machine()}, one core, best of "
        f"{args.repeat} runs.",
        "",
        "| input | words | parse (ms) | keywords (ms) | words/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, words, parse_time, seconds, rate in rows:
        lines.append(f"| {name} | {words:,} | {parse_time * 1000:.1f} | {seconds * 1000:.1f} | "
                     f"{rate:,.0f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
