"""Print the example article's report in the terminal: in colour on a terminal, plain text
when piped or when NO_COLOR is set.

Run it:  python examples/report_terminal.py          (colour)
         python examples/report_terminal.py | cat    (plain)
"""

from __future__ import annotations

import sys
from pathlib import Path

import seokit
from seokit.report import render_for

ARTICLE = Path(__file__).resolve().parent / "articles" / "massage-therapy.txt"


def main() -> None:
    report = seokit.audit(ARTICLE, keyphrase="massage therapy")
    sys.stdout.write(render_for(report, "text", sys.stdout))


if __name__ == "__main__":
    main()
