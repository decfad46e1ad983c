"""Audit the bundled example article and write a JSON and a text report.

Run it from anywhere:  python examples/audit_article.py
The reports land in examples/output/ (git-ignored).
"""

from __future__ import annotations

from pathlib import Path

import seokit
from seokit.report.text import render_text

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "articles" / "massage-therapy.txt"
OUTPUT = HERE / "output"


def main() -> None:
    report = seokit.audit(ARTICLE, keyphrase="massage therapy")
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "massage-therapy.json").write_text(report.to_json(), encoding="utf-8")
    text = render_text(report)
    (OUTPUT / "massage-therapy.txt").write_text(text, encoding="utf-8")
    print(text)
    print(f"Reports written to {OUTPUT}/massage-therapy.json and .txt")


if __name__ == "__main__":
    main()
