"""Link texts that say nothing about where a link goes, by language (ISO 639-1 code).

Lighthouse's ``link-text`` audit keeps the same kind of table
(GoogleChrome/lighthouse core/audits/seo/link-text.js); these lists are seokit's own, written
for English, German, French, Spanish, Italian, Dutch, Portuguese and Swedish. Entries are
compared after ``normalize_anchor`` (case, accents, apostrophes and surrounding punctuation do
not matter), so each phrase is listed once, in its plain spelling.
"""

from __future__ import annotations

import functools
import unicodedata

GENERIC_ANCHORS: dict[str, tuple[str, ...]] = {
    "en": (
        "click", "click here", "click this", "click this link", "tap here", "here", "right here",
        "go", "go here", "link", "this link", "this", "this page", "page", "website", "article",
        "more", "read more", "learn more", "see more", "view more", "find out more", "more info",
        "more information", "more details", "details", "info", "information", "continue",
        "continue reading", "keep reading", "start", "view", "see here", "check it out",
        "check this out",
    ),
    "de": (
        "hier", "hier klicken", "klicke hier", "klicken sie hier", "hier lesen", "hier entlang",
        "mehr", "mehr lesen", "weiterlesen", "weiter", "mehr erfahren", "mehr infos",
        "mehr informationen", "mehr dazu", "details", "link", "dieser link", "diesen link",
        "siehe", "dies", "das", "zum artikel", "jetzt lesen",
    ),
    "fr": (
        "cliquez ici", "cliquer ici", "clique ici", "ici", "ce lien", "lien", "en savoir plus",
        "en savoir +", "plus", "lire la suite", "lire plus", "la suite", "suite", "voir plus",
        "plus d'infos", "plus d'informations", "details", "voir", "continuer", "cette page",
    ),
    "es": (
        "haz clic aqui", "haga clic aqui", "click aqui", "clic aqui", "clica aqui",
        "clicka aqui", "pincha aqui", "aqui", "mas", "leer mas", "ver mas", "mas informacion",
        "saber mas", "este enlace", "enlace", "este", "empezar", "continuar",
        "continuar leyendo", "detalles",
    ),
    "it": (
        "clicca qui", "clicca", "qui", "di piu", "leggi di piu", "leggi tutto", "scopri di piu",
        "altro", "continua", "continua a leggere", "questo link", "link", "dettagli",
    ),
    "nl": (
        "klik hier", "hier", "meer", "lees meer", "lees verder", "meer info",
        "meer informatie", "deze link", "link", "verder lezen",
    ),
    "pt": (
        "clique aqui", "aqui", "ir", "mais", "leia mais", "saiba mais", "veja mais",
        "mais informacoes", "mais informacao", "este link", "link",
    ),
    "sv": (
        "klicka har", "har", "las mer", "mer", "mer info", "mer information", "denna lank",
    ),
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def normalize_anchor(text: str) -> str:
    """Lower case, no accents, straight apostrophes, no punctuation or symbols around it
    ("Read more »", "Click here!" and "click here" are the same), single spaces."""
    folded = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    start, end = 0, len(plain)
    while start < end and _is_trim(plain[start]):
        start += 1
    while end > start and _is_trim(plain[end - 1]) and plain[end - 1] != "+":
        end -= 1
    return " ".join(plain[start:end].split())


def _is_trim(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PS"


@functools.lru_cache(maxsize=64)
def generic_anchors(language: str | None) -> frozenset[str]:
    """The generic link texts of a language (a BCP 47 tag or ISO code; only its primary
    subtag counts). Unknown or missing language: every table, as Lighthouse does."""
    primary = (language or "").strip().lower().replace("_", "-").split("-")[0]
    tables = [GENERIC_ANCHORS[primary]] if primary in GENERIC_ANCHORS else GENERIC_ANCHORS.values()
    return frozenset(normalize_anchor(phrase) for table in tables for phrase in table)
