"""Audit the sample site in examples/site/ as a folder and write its reports: HTML with the
site section (pages table, click depth, orphans, broken links), Markdown, JSON, SARIF and the
three CSV tables (findings, pages, links).

Run it from anywhere:  python examples/report_site.py
The files land in examples/output/site/ (git-ignored). The site has seven pages, one broken
link (services.html links to a missing pricing.html), one orphan (old-offer.html, which no
page links to) and one page with an injected Korean keyword (massage-for-back-pain.html).
"""

from __future__ import annotations

from pathlib import Path

from sample_site import audit_site

from seokit.report import FILE_NAMES, render

OUTPUT = Path(__file__).resolve().parent / "output" / "site"
FORMATS = ("html", "markdown", "json", "sarif", "csv", "csv-pages", "csv-links")


def main() -> None:
    report = audit_site()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name in FORMATS:
        (OUTPUT / FILE_NAMES[name]).write_text(render(report, name), encoding="utf-8")
    site = report.site or {}
    print(f"{len(report.documents)} pages audited; orphans: {', '.join(site.get('orphans') or [])}")
    for link in site.get("broken_links") or []:
        print(f"broken link: {link['target']} ({link['status']}) on {link['source']}")
    print(f"Reports written to {OUTPUT}/: " + ", ".join(FILE_NAMES[n] for n in FORMATS))


if __name__ == "__main__":
    main()
