"""Passive voice in a sentence, for English, German, French, Spanish, Portuguese, Dutch and
Italian, from word lists and participle endings (no part-of-speech tagger is available
offline).

- English, French, Spanish, Portuguese, Italian: a form of the passive auxiliary (be/get,
  être, ser, essere/venire), at most two listed adverbs or auxiliaries later, a past
  participle: "was built", "est construite", "fue construido", "è stato costruito".
- German and Dutch put the participle at the end of the clause: a form of werden/worden and a
  participle anywhere in the same clause ("wird ... gebaut", "wordt ... gebouwd").

A clause ends at a comma, semicolon, colon or dash. Like Yoast SEO's check, this is a
heuristic: it finds the passive forms writers are advised to reduce, and misses some rarer
constructions (the Spanish "se" passive, German "sein" passive).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from seokit.data import readability_passive as data

PASSIVE_LANGUAGES = frozenset({"en", "de", "fr", "es", "pt", "nl", "it"})

_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]| - ")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class _Adjacent:
    """A language whose participle follows its auxiliary."""

    auxiliaries: frozenset[str]
    between: frozenset[str]
    irregular: frozenset[str]
    not_participles: frozenset[str]
    endings: tuple[str, ...]
    min_length: int = 4

    def participle(self, word: str) -> bool:
        if word in self.not_participles:
            return False
        if word in self.irregular:
            return True
        return len(word) >= self.min_length and word.endswith(self.endings)

    def passive(self, words: list[str]) -> bool:
        for i, word in enumerate(words):
            if not self._auxiliary(word):
                continue
            for following in words[i + 1:i + 4]:
                if self.participle(following):
                    return True
                if following not in self.between and not self._auxiliary(following):
                    break
        return False

    def _auxiliary(self, word: str) -> bool:
        return word in self.auxiliaries


class _English(_Adjacent):
    def _auxiliary(self, word: str) -> bool:
        # "it's been", "they're built": a contracted "is"/"are" inside the token
        return word in self.auxiliaries or (word.endswith(("'s", "'re")) and len(word) > 3)


_ENGLISH = _English(data.EN_AUXILIARIES, data.EN_BETWEEN, data.EN_IRREGULAR,
                    data.EN_NOT_PARTICIPLES, ("ed",))
_FRENCH = _Adjacent(
    data.FR_AUXILIARIES, data.FR_BETWEEN, data.FR_IRREGULAR,
    data.FR_NOT_PARTICIPLES | data.FR_ETRE_VERBS,
    ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"),
)
# -ado, -ido and their feminine and plural forms; "leído", "construída" carry an accent
_IBERIAN_ENDINGS = tuple(f"{v}d{e}" for v in ("a", "i", "í") for e in ("o", "a", "os", "as"))
_SPANISH = _Adjacent(data.ES_AUXILIARIES, data.ES_BETWEEN, data.ES_IRREGULAR,
                     data.ES_NOT_PARTICIPLES, _IBERIAN_ENDINGS, 5)
_PORTUGUESE = _Adjacent(data.PT_AUXILIARIES, data.PT_BETWEEN, data.PT_IRREGULAR,
                        data.PT_NOT_PARTICIPLES, _IBERIAN_ENDINGS, 5)
_ITALIAN = _Adjacent(
    data.IT_AUXILIARIES, data.IT_BETWEEN, data.IT_IRREGULAR,
    data.IT_NOT_PARTICIPLES | data.IT_ESSERE_VERBS,
    ("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"), 5,
)
_FRENCH_NOT_U = ("eu", "au", "ou")  # "bleu", "peu", "beau", "fou" end in u but are not participles


def _french_participle(word: str) -> bool:
    if word.rstrip("es").endswith(_FRENCH_NOT_U) or word.endswith(("ai", "oi", "ui", "ais")):
        return word in data.FR_IRREGULAR
    return _FRENCH.participle(word)


def _german_participle(word: str, *, past: bool = False) -> bool:
    """A Partizip II; with a past form of werden (which takes no infinitive) an inseparable
    verb's -en form is one too ("wurde beraten"), otherwise it may be an infinitive."""
    if word in data.DE_NOT_PARTICIPLES or len(word) < 5:
        return False
    if word in data.DE_IRREGULAR or word.endswith(("iert", "ierte")):
        return True
    stem = word
    for prefix in data.DE_SEPARABLE:  # "angeboten", "durchgeführt"
        if word.startswith(prefix + "ge") and len(word) > len(prefix) + 5:
            stem = word[len(prefix):]
            break
    if stem.startswith("ge") and stem.endswith(("t", "en")):
        return True
    # inseparable prefixes take no ge-: "verbessert", "behandelt", "erklärt", "vergessen"
    if not stem.startswith(data.DE_INSEPARABLE):
        return False
    return (stem.endswith("t") and not stem.endswith("st")) or (past and stem.endswith("en"))


_GERMAN_PAST = frozenset({"wurde", "wurdest", "wurden", "wurdet", "worden"})


def _dutch_participle(word: str) -> bool:
    if word in data.NL_NOT_PARTICIPLES or len(word) < 5:
        return False
    stem = word
    for prefix in data.NL_SEPARABLE:  # "aangeboden", "uitgevoerd"
        if word.startswith(prefix + "ge") and len(word) > len(prefix) + 5:
            stem = word[len(prefix):]
            break
    if stem.startswith("ge") and stem.endswith(("d", "t", "en")):
        return True
    return stem.startswith(data.NL_INSEPARABLE) and stem.endswith(("d", "t"))


def _clause_final(words: list[str], auxiliaries: frozenset[str],
                  participle: Callable[[str], bool]) -> bool:
    return any(w in auxiliaries for w in words) and any(
        participle(w) for w in words if w not in auxiliaries)


def is_passive(sentence: str, language: str) -> bool | None:
    """Whether ``sentence`` contains a passive clause; None when the language is not covered."""
    if language not in PASSIVE_LANGUAGES:
        return None
    for clause in _CLAUSE_BREAK.split(sentence.lower().replace("’", "'")):
        words = _WORD.findall(clause)
        if not words:
            continue
        if language == "de":
            past = any(w in _GERMAN_PAST for w in words)
            found = _clause_final(words, data.DE_AUXILIARIES,
                                  functools.partial(_german_participle, past=past))
        elif language == "nl":
            found = _clause_final(words, data.NL_AUXILIARIES, _dutch_participle)
        elif language == "fr":
            found = _french_passive(words)
        else:
            found = {"en": _ENGLISH, "es": _SPANISH, "pt": _PORTUGUESE,
                     "it": _ITALIAN}[language].passive(words)
        if found:
            return True
    return False


def _french_passive(words: list[str]) -> bool:
    words = [w[2:] if w.startswith("n'") else w for w in words]  # "n'est pas fait"
    for i, word in enumerate(words):
        if word not in data.FR_AUXILIARIES:
            continue
        for following in words[i + 1:i + 4]:
            if _french_participle(following):
                return True
            if following not in data.FR_BETWEEN:
                break
    return False
