"""python-seo-analyzer (pyseoanalyzer) over a list of HTML files: its per-page analysis
(``Page.analyze`` with headings and extra tags, as its crawler runs it), given the HTML so
nothing is fetched. Prints one JSON line with documents per second.

    benchmarks/peers/venv/bin/python benchmarks/peers/pyseo_batch.py LIST_FILE [ROUNDS]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pyseoanalyzer.page import Page


def analyze(html: str, name: str) -> None:
    page = Page(url=f"http://localhost/{name}", base_domain="http://localhost/",
                analyze_headings=True, analyze_extra_tags=True)
    page.analyze(raw_html=html)


def main() -> None:
    files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines() if line.strip()]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    pages = [(f.read_text(encoding="utf-8", errors="replace"), f.name) for f in files]
    failures = 0
    analyze(*pages[0])  # warm-up: imports, trafilatura's first run
    start = time.perf_counter()
    for _ in range(rounds):
        for html, name in pages:
            try:
                analyze(html, name)
            except Exception:  # pyseoanalyzer fails on pages trafilatura extracts nothing from
                failures += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"documents": len(pages) * rounds, "seconds": seconds,
                      "per_second": len(pages) * rounds / seconds, "failures": failures}))


if __name__ == "__main__":
    main()
