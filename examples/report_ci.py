"""Write the example article's reports for CI: SARIF (code scanning), JUnit XML (test result
views), GitHub Actions annotations and a Markdown summary (pull-request comments, job summaries).

Run it from anywhere:  python examples/report_ci.py
The reports name the article by its path in the repository, as CI tools expect.
The files land in examples/output/ (git-ignored): massage-therapy.sarif, .junit.xml,
.github.txt and .md. In a GitHub workflow, printing the .github.txt file annotates the
article's lines, and appending the .md file to $GITHUB_STEP_SUMMARY shows the summary.
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
FILES = {"sarif": "sarif", "junit": "junit.xml", "github": "github.txt", "markdown": "md"}


def main() -> None:
    document = dataclasses.replace(seokit.parse(ARTICLE), path=NAME)
    report = seokit.audit(document, keyphrase="massage therapy")
    OUTPUT.mkdir(exist_ok=True)
    for name, suffix in FILES.items():
        target = OUTPUT / f"massage-therapy.{suffix}"
        target.write_text(render(report, name), encoding="utf-8")
        print(f"{name:>8}: {target}")
    print()
    print(render(report, "github"), end="")


if __name__ == "__main__":
    main()
