"""The HTML report: one self-contained file a marketer can open, forward or attach.

Safe by construction, because the audited pages may be hostile:

- every value from a page goes through Jinja2 with autoescape on, so markup in a title, heading,
  anchor or URL is shown as text, never parsed;
- the only clickable links are absolute http(s) URLs (``javascript:`` and ``data:`` stay text);
- a Content-Security-Policy allows no scripts at all, no network fetches, and only the report's
  own stylesheet (by its SHA-256 hash, so an injected ``<style>`` would not apply either).
  The report needs no JavaScript: the site table sorts and filters with radio buttons and CSS.

Charts are inline SVG drawn from numbers computed in ``charts``; nothing is fetched.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from seokit._version import __version__
from seokit.report import charts
from seokit.report.common import all_counts
from seokit.report.html_site import site_view
from seokit.report.html_view import document_view
from seokit.report.model import SCHEMA_VERSION, Report


def stylesheet() -> str:
    return resources.files("seokit.report").joinpath("templates/report.css").read_text("utf-8")


def content_security_policy(css: str) -> str:
    """No scripts, no fetches, no forms, no base URL: only the stylesheet whose hash this is."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            f"form-action 'none'; style-src 'sha256-{digest}'")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("seokit.report", "templates"),
        autoescape=True,
        # a field missing from a newer or older report renders empty instead of failing
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = format_number
    env.filters["plural"] = plural
    env.filters["score_class"] = charts.score_class
    return env


def format_number(value: Any) -> str:
    """Up to two decimals, without trailing zeros: 15.67, 4.5, 12."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def plural(count: int, word: str) -> str:
    """``1 warning``, ``2 warnings``, ``3 info``."""
    return f"{count} {word if count == 1 or word == 'info' else word + 's'}"


def render_html(report: Report) -> str:
    css = stylesheet()
    if "</" in css:  # the stylesheet is inlined verbatim: it must not be able to close <style>
        raise ValueError("report.css must not contain '</'")
    broken = {(str(b.get("source")), str(b.get("target"))): b
              for b in (report.site or {}).get("broken_links") or []}
    documents = [document_view(i, d, broken) for i, d in enumerate(report.documents)]
    site = None
    if report.site:
        known: dict[str, tuple[str, int | None]] = {}
        for view, d in zip(documents, report.documents, strict=True):
            for key in (d.document.url, d.document.name):
                if key:
                    known.setdefault(key, (view.id, view.overall.value))
        site = site_view(report.site, known)
    if len(documents) == 1:
        title = f"seokit report: {documents[0].title or documents[0].name}"
    else:
        title = f"seokit report: {len(documents)} documents"
    return environment().get_template("report.html.j2").render(
        title=title,
        css=Markup(css),
        csp=content_security_policy(css),
        version=__version__,
        schema=SCHEMA_VERSION,
        documents=documents,
        site=site,
        errors=report.errors,
        counts=all_counts(report),
    )
