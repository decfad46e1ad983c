"""Which HTML elements are boilerplate (navigation, footers, sidebars, cookie banners) rather
than the page's main content. Keyword counts and readability measure main content only."""

from __future__ import annotations

import re

from bs4.element import Tag

_BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside"})
_BOILERPLATE_ROLES = frozenset({"navigation", "contentinfo", "banner", "complementary", "search"})
_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[-_ ])(nav|navbar|navigation|menu|footer|sidebar|cookies?|cookie-banner|breadcrumbs?|"
    r"tag-?cloud|share|social|related-posts|site-header|masthead)(?:$|[-_ ])",
    re.IGNORECASE,
)


def attr(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def is_boilerplate(tag: Tag, name: str) -> bool:
    if name in _BOILERPLATE_TAGS:
        return True
    if name == "header" and tag.find_parent(["article", "main"]) is None:
        return True
    role = (attr(tag, "role") or "").lower()
    if role in _BOILERPLATE_ROLES:
        return True
    names = " ".join(filter(None, (attr(tag, "id"), attr(tag, "class"))))
    return bool(names) and _BOILERPLATE_NAMES.search(names) is not None
