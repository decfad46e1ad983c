"""Builds the labelled mixed-language corpus for ``language_spans.py``, reproducibly.

Real text only, from what a Debian machine ships:

* **host paragraphs** (the clean text spans are inserted into) come from translated manual pages
  (``/usr/share/man/<lang>/``, shipped by apt, dpkg, man-db, shadow...) and the English ones
  (``/usr/share/man/man1`` ...). Manual pages are full of option names, commands, paths and
  product names: real hard negatives.
* **foreign spans** come from the translated message catalogues in ``/usr/share/locale/<lang>/
  LC_MESSAGES/*.mo`` (coreutils, glib, gtk, apt, PostgreSQL...): sentences for passages, and
  windows of 1-4 words (2-8 letters in Chinese, Japanese and Thai) for injected keywords.
* **hard negatives** (loanwords, names, places, brands, identifiers) are written here, per host
  language, and inserted like the spans but labelled clean.

A paragraph is used as a host only when every sentence of it is, for lingua (not seokit), in the
host language: that keeps untranslated English sentences in a German man page out of the "clean"
side. Everything is seeded; the same machine image gives the same corpus. ``--split`` picks
disjoint halves of the sources, so a held-out set can be built the same way from other files.
"""

from __future__ import annotations

import gettext
import glob
import gzip
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass

MAN = "/usr/share/man"
LOCALE = "/usr/share/locale"
HOSTS = {"en": "", "de": "de", "fr": "fr", "es": "es", "ru": "ru", "ja": "ja", "zh": "zh_CN"}
FOREIGN = {"ko": "ko", "ja": "ja", "zh": "zh_CN", "ru": "ru", "ar": "ar", "el": "el", "th": "th",
           "de": "de", "es": "es", "fr": "fr", "it": "it", "pt": "pt", "uk": "uk", "he": "he",
           "hi": "hi", "pl": "pl", "nl": "nl", "en": "en"}
UNSPACED = {"ja", "zh", "th"}
MAX_HOSTS = 200
# the language's letters that the text must be written in (a check that the catalogue entry is
# translated at all: untranslated entries are English)
_SCRIPT_RE = {
    "ko": r"[\uac00-\ud7af]", "ja": r"[\u3040-\u30ff]", "zh": r"[\u4e00-\u9fff]",
    "ru": r"[\u0400-\u04ff]", "uk": r"[\u0400-\u04ff]", "ar": r"[\u0600-\u06ff]",
    "el": r"[\u0370-\u03ff]", "th": r"[\u0e00-\u0e7f]", "he": r"[\u0590-\u05ff]",
    "hi": r"[\u0900-\u097f]",
}

HARD_NEGATIVES = {
    "en": ["déjà vu", "café", "naïve", "résumé", "Zeitgeist", "kindergarten", "à la carte",
           "Dr. Jürgen Müller", "São Paulo", "Kraków", "Siobhán O'Connor", "Nguyễn Văn An",
           "getUserId()", "node_modules/", "hello@example.com", "https://example.org/über-uns",
           "iPhone 15 Pro", "PostgreSQL 15", "fiancée", "the Bundesliga", "a piñata",
           "tapas and paella", "Los Angeles", "Champs-Élysées", "Volkswagen Golf", "sushi",
           "crème brûlée", "bon appétit", "Gesundheit", "El Niño", "pro bono", "ad hoc"],
    "de": ["Software-Update", "Download", "Meeting", "Know-how", "E-Mail", "Smartphone",
           "New York", "Los Angeles", "getUserId()", "node_modules/", "info@beispiel.de",
           "iPhone 15 Pro", "Café", "Team", "Homeoffice", "Jean-Pierre Dupont", "São Paulo",
           "Feedback", "Workflow", "https://example.org/path?id=3", "Open Source"],
    "fr": ["week-end", "parking", "e-mail", "smartphone", "Wall Street", "getUserId()",
           "iPhone 15 Pro", "Hans Müller", "New York", "football", "start-up", "marketing",
           "contact@exemple.fr", "node_modules/", "Los Angeles", "best-seller", "software"],
    "es": ["software", "marketing", "e-mail", "New York", "iPhone 15 Pro", "getUserId()",
           "fútbol", "Hans Müller", "Wall Street", "hola@ejemplo.es", "node_modules/", "online",
           "best seller", "Jean-Pierre Dupont", "hardware", "startup"],
    "ru": ["iPhone 15 Pro", "Windows 11", "GitHub", "getUserId()", "node_modules/",
           "info@example.ru", "Google Chrome", "Microsoft Office", "Linux", "PostgreSQL",
           "https://example.org/docs", "USB-C", "Wi-Fi"],
    "ja": ["iPhone 15 Pro", "Google Pixel", "MacBook Air", "Windows 11", "GitHub", "USB-C",
           "getUserId()", "node_modules/", "info@example.jp", "PlayStation 5", "Wi-Fi",
           "Amazon", "YouTube"],
    "zh": ["iPhone 15 Pro", "Windows 11", "GitHub", "MacBook Air", "USB-C", "getUserId()",
           "node_modules/", "info@example.cn", "Wi-Fi", "Google", "Python 3", "Linux"],
}


@dataclass(frozen=True, slots=True)
class Sample:
    id: str
    host: str
    kind: str  # clean | hard-negative | injected
    text: str
    spans: list[dict[str, object]]  # {"start", "end", "language", "words", "kind"}


# ---- sources ---------------------------------------------------------------------------------

_ESCAPES = [(r"\\f(\[[^\]]*\]|\(..|.)", ""), (r"\\\(em|\\\[em\]", "—"), (r"\\\(en", "–"),
            (r"\\\((lq|rq|dq)", '"'), (r"\\\*\((lq|rq)", '"'), (r"\\\(aq|\\\(cq", "'"),
            (r"\\\(oq", "'"), (r"\\-", "-"), (r"\\e", "\\\\"), (r"\\&|\\:|\\%|\\/|\\,", ""),
            (r"\\ ", " "), (r"\\\*\[[^\]]*\]", ""), (r"\\\[[^\]]*\]", ""), (r"\\\(..", ""),
            (r"\\[a-zA-Z*]", "")]


_MARKS = {":": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ",": "\u0327"}
_SPECIAL = re.compile(r"\\(?:\[([:'`^~,])([a-zA-Z])\]|\(([:'`^~,])([a-zA-Z]))")


def _special(match: re.Match[str]) -> str:
    mark, letter = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    return unicodedata.normalize("NFC", letter + _MARKS[mark])


def _roff_text(line: str) -> str:
    line = _SPECIAL.sub(_special, line).replace("\\[ss]", "ß").replace("\\(ss", "ß")
    for pattern, repl in _ESCAPES:
        line = re.sub(pattern, repl, line)
    return line


def man_paragraphs(lang_dir: str) -> Iterator[tuple[str, str]]:
    """(file, paragraph) of running text from the man pages under ``lang_dir``."""
    root = os.path.join(MAN, lang_dir) if lang_dir else MAN
    files = sorted(glob.glob(os.path.join(root, "man[1-8]", "*.gz")))
    for path in files:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                lines = handle.read().splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        para: list[str] = []
        verbatim = False
        for line in lines:
            if line.startswith((".nf", ".EX")):
                verbatim = True
            elif line.startswith((".fi", ".EE")):
                verbatim = False
                continue
            if verbatim:
                continue
            if line.startswith((".", "'")):
                macro = line[1:].split(" ", 1)
                if macro[0] in ("B", "I", "BR", "IR", "RB", "BI", "IB", "RI") and len(macro) > 1:
                    para.append(_roff_text(macro[1].replace('"', "")))
                    continue
                if para:
                    yield path, " ".join(para)
                para = []
                continue
            para.append(_roff_text(line))
        if para:
            yield path, " ".join(para)


def catalogue_messages(lang_dir: str, originals: bool = False) -> Iterator[str]:
    """Translated messages (no format placeholders, one line) from the .mo files."""
    for path in sorted(glob.glob(os.path.join(LOCALE, lang_dir, "LC_MESSAGES", "*.mo"))):
        if os.path.basename(path).startswith("iso_"):
            continue  # lists of country and language names, not prose
        try:
            with open(path, "rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        for key in sorted(catalog, key=str):
            value = key if originals else catalog[key]
            if not isinstance(value, str) or not isinstance(key, str) or (
                    catalog[key] == key):
                continue
            value = " ".join(value.split())
            if re.search(r"[%$&_<>{}\\\[\]=|@/]|\.\.\.|`|--|\d", value) or not value:
                continue
            yield value


# ---- selection -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _prose(paragraph: str) -> bool:
    tokens = _words(paragraph)
    plain = sum(1 for t in tokens if re.fullmatch(r"[^\W\d_]+[.,;:!?)]?", t.strip("(\"'")))
    return bool(tokens) and plain / len(tokens) >= 0.75


def _length_ok(text: str, lang: str, low: int, high: int) -> bool:
    size = len(re.sub(r"\s", "", text)) // 2 if lang in UNSPACED else len(_words(text))
    return low <= size <= high


class _Lingua:
    def __init__(self) -> None:
        from lingua import LanguageDetectorBuilder

        self.detector = LanguageDetectorBuilder.from_all_languages().build()

    def code(self, text: str) -> str | None:
        found = self.detector.detect_language_of(text)
        return None if found is None else found.iso_code_639_1.name.lower()


_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def hosts(lang: str, lingua: _Lingua, split: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    candidates = [(path, para) for path, para in man_paragraphs(HOSTS[lang]) if _half(path) == split]
    # a spread over many pages, in an order that does not depend on file names' alphabet
    candidates.sort(key=lambda pair: hashlib.sha256(pair[1].encode()).digest())
    for _path, para in candidates:
        if len(out) >= MAX_HOSTS:
            break
        para = " ".join(para.split())
        if para in seen or not _length_ok(para, lang, 25, 120):
            continue
        if lang not in UNSPACED and not _prose(para):
            continue
        sentences = [s for s in _SENTENCE.split(para) if s.strip()]
        if len(sentences) < 2 or not all(lingua.code(s) == lang for s in sentences
                                         if _length_ok(s, lang, 4, 10_000)):
            continue
        seen.add(para)
        out.append(para)
    return out


def foreign_texts(lang: str, split: int) -> list[str]:
    pattern = _SCRIPT_RE.get(lang)
    out = []
    seen: set[str] = set()
    # English: the original messages (msgid) of the German catalogues, far more than en's own
    messages = catalogue_messages("de", originals=True) if lang == "en" else catalogue_messages(
        FOREIGN[lang])
    for message in messages:
        if _half(message) != split or message in seen:
            continue
        if pattern and (re.search(r"[A-Za-z]", message)
                        or len(re.findall(pattern, message)) < 0.6 * len(re.sub(r"\W", "", message))):
            continue  # untranslated, or with Latin names inside: the label would be wrong
        if not _length_ok(message, lang, 3, 40):
            continue
        if lang not in UNSPACED and not _prose(message):
            continue
        seen.add(message)
        out.append(message)
    return out


def _half(key: str) -> int:
    return hashlib.sha256(key.encode()).digest()[0] % 2


def short_window(message: str, lang: str, rng: random.Random) -> str:
    """A run of 1-4 words (2-8 letters in unspaced scripts) from a message."""
    if lang in UNSPACED and lang != "th":
        clauses = [c for c in re.split(r"[，。、！？：；（）「」\s]", message) if len(c) >= 2]
        clause = rng.choice(clauses) if clauses else message
        size = rng.randint(2, min(8, len(clause)))
        start = rng.randint(0, len(clause) - size)
        return clause[start:start + size]
    words = [w.strip(".,;:!?()\"'«»„“”") for w in _words(message)]
    words = [w for w in words if w]
    for _ in range(20):  # a keyword has a content word in it, not just "en" or "si"
        count = rng.randint(1, min(4, len(words)))
        start = rng.randint(0, len(words) - count)
        window = words[start:start + count]
        if any(len(w) >= 4 and not w.isupper() for w in window):
            break
    return " ".join(window)


def _spaced_letter(char: str) -> bool:
    """A letter or digit of a script written with spaces between words (Latin, Cyrillic...)."""
    return char.isalnum() and not re.match(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]",
                                           char)


def _insert(paragraph: str, piece: str, rng: random.Random, lang: str) -> tuple[str, int]:
    """Insert ``piece`` at a sentence boundary or between two words; its start offset."""
    if lang in UNSPACED:
        cuts = [m.end() for m in re.finditer(r"[。！？、，]", paragraph)] or [len(paragraph)]
        at = rng.choice(cuts)
        # unspaced text still separates two words of a spaced script ("label yes", not
        # "labelyes"): without the space the gold span would end inside a word
        gap = " " if at < len(paragraph) and _spaced_letter(piece[-1]) \
            and _spaced_letter(paragraph[at]) else ""
        return paragraph[:at] + piece + gap + paragraph[at:], at
    cuts = [m.start() + 1 for m in re.finditer(r" ", paragraph)] + [len(paragraph) + 1]
    sentence_ends = [m.end() for m in re.finditer(r"[.!?] ", paragraph)] + [len(paragraph) + 1]
    at = rng.choice(sentence_ends if rng.random() < 0.5 else cuts)
    if at > len(paragraph):
        return paragraph + " " + piece, len(paragraph) + 1
    return paragraph[:at] + piece + " " + paragraph[at:], at


def build(split: int, seed: int, per_pair: int) -> list[Sample]:
    rng = random.Random(seed)
    lingua = _Lingua()
    host_texts = {lang: hosts(lang, lingua, split) for lang in HOSTS}
    pools = {lang: foreign_texts(lang, split) for lang in FOREIGN}
    samples: list[Sample] = []
    for host, paragraphs in host_texts.items():
        if not paragraphs:
            raise SystemExit(f"no host paragraphs for {host}: are the man pages installed?")
        rng.shuffle(paragraphs)
        cursor = 0

        def take(pool: list[str] = paragraphs) -> str:
            nonlocal cursor
            cursor += 1
            return pool[cursor % len(pool)]

        for i in range(per_pair * 2):
            samples.append(Sample(f"{host}-clean-{i}", host, "clean", take(), []))
        for i, negative in enumerate(HARD_NEGATIVES[host]):
            text, _ = _insert(take(), negative, rng, host)
            samples.append(Sample(f"{host}-hard-{i}", host, "hard-negative", text, []))
        for lang, pool in pools.items():
            if lang == host or not pool:
                continue
            for i in range(per_pair):
                message = rng.choice(pool)
                passage = i % 3 == 2
                piece = message if passage else short_window(message, lang, rng)
                if not piece:
                    continue
                text, at = _insert(take(), piece, rng, host)
                words = len(piece) // 2 if lang in UNSPACED else len(piece.split())
                span = {"start": at, "end": at + len(piece), "language": lang, "words": words,
                        "kind": "passage" if passage else "short"}
                samples.append(Sample(f"{host}-{lang}-{i}", host, "injected", text, [span]))
    return samples


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", type=int, default=0, choices=(0, 1))
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--per-pair", type=int, default=6)
    parser.add_argument("--output", default="-")
    args = parser.parse_args(argv)
    samples = build(args.split, args.seed, args.per_pair)
    lines = "".join(json.dumps(asdict(s), ensure_ascii=False) + "\n" for s in samples)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(lines)


if __name__ == "__main__":
    main(sys.argv[1:])
