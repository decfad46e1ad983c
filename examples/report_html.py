"""Write the HTML report of the example article: one self-contained file to open or forward.

Run it from anywhere:  python examples/report_html.py
The report lands in examples/output/massage-therapy.html (git-ignored). It has no scripts and
loads nothing from the network, so it opens the same way offline, attached to an e-mail or
served from anywhere.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import seokit
from seokit.report import render

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "articles" / "massage-therapy.txt"
# reports name the article relative to the repository, wherever the script runs from
NAME = ARTICLE.relative_to(HERE.parent).as_posix()
OUTPUT = HERE / "output"


def main() -> None:
    document = dataclasses.replace(seokit.parse(ARTICLE), path=NAME)
    report = seokit.audit(document, keyphrase="massage therapy")
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / "massage-therapy.html"
    target.write_text(render(report, "html"), encoding="utf-8")
    print(f"HTML report written to {target}")


if __name__ == "__main__":
    main()
