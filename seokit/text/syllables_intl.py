"""Syllables in languages other than English, by each language's spelling rules.

There is no pronunciation dictionary for these languages in an installed package, and
hyphenation dictionaries are the wrong tool: they refuse breaks near the ends of words
("amo-re" for the three syllables of "a-mo-re") and between some vowels. Most of these
languages spell their syllable nuclei regularly, so a vowel-nucleus rule per language gets
nearly every word right (``benchmarks/syllables.py`` measures them side by side with pyphen):

- Spanish, Catalan, Galician, Italian, Portuguese: a run of vowels is one syllable per strong
  vowel (a, e, o and accented i, u), or one when it has none ("ciu-dad", "pa-ís", "po-e-ta");
  a silent u (qu, gu + e/i) and Italian's spelling i (ci, gi, sci, gli + vowel) are not vowels.
- French: spoken syllables, so a final mute e (and -es) is not counted; vowel digraphs (ai, au,
  eau, ei, eu, ou, oi, ui) are one; an accent or a diaeresis starts a new vowel ("cré-é", "na-ïf").
- German and Dutch: diphthongs and long-vowel spellings (ei, ie, au, eu, äu, aa; Dutch ij, oe,
  ui, eeuw, ooi, ...) are one nucleus, other vowel pairs two; a diaeresis starts a new vowel.
- Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian (Cyrillic), Hungarian,
  Turkish: every vowel letter is a syllable.
- Polish: every vowel letter, except an i that only softens the consonant before a vowel.
- Czech and Slovak: vowel letters, the diphthongs (Czech ou; Slovak ia, ie, iu, ô, ou), and a
  syllabic r or l between consonants ("krk", "vlk").
- Anything else: runs of vowel letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_LATIN_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūăąęěėįųůőűıą")

# --- Romance: strong and weak vowels -------------------------------------------------------------
_ROMANCE_VOWELS = frozenset("aeiouáéíóúàèìòùâêôãõüïy")
_ROMANCE_WEAK = frozenset("iuüïy")


def _romance_nuclei(run: str) -> int:
    """A vowel run has one nucleus per strong vowel, or one when all its vowels are weak."""
    strong = sum(ch not in _ROMANCE_WEAK for ch in run)
    return max(1, strong)


def _vowel_runs(word: str, vowels: frozenset[str]) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    for ch in word:
        if ch in vowels:
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def _y_as_consonant(word: str) -> str:
    """A y before a vowel is a consonant ("yo", "mayo"); elsewhere it is the vowel i ("hoy")."""
    return re.sub(r"y(?=[aeiouáéíóú])", "j", word)


def spanish_syllables(word: str) -> int:
    w = _y_as_consonant(word.lower())
    w = re.sub(r"(?<=[qg])u(?=[eiéí])", "", w)  # "que", "guitarra": the u is silent
    return max(1, sum(_romance_nuclei(run) for run in _vowel_runs(w, _ROMANCE_VOWELS)))


_PT_ACCENTS = frozenset("áéíóúâêôãõà")


def portuguese_syllables(word: str) -> int:
    w = _y_as_consonant(word.lower())
    w = re.sub(r"(?<=[qg])u(?=[eiéí])", "", w)
    w = re.sub(r"([ãõ])[eo]", r"\1", w)  # nasal diphthongs: "mão", "mãe", "põe"
    count = sum(_romance_nuclei(run) for run in _vowel_runs(w, _ROMANCE_VOWELS))
    # Without a written accent the stress falls on the last syllable but one, so a final
    # -ia, -io, -ua, -uo after a consonant is two vowels: "di-a", "te-ra-pi-a", "ru-a";
    # with an accent elsewhere it is one ("his-tó-ria", "á-gua").
    if re.search(r"[^aeiouáéíóúâêôãõ][iu][aeo]s?$", w) and not _PT_ACCENTS.intersection(w):
        count += 1
    return max(1, count)


def italian_syllables(word: str) -> int:
    w = word.lower()
    w = re.sub(r"(?<=[qg])u(?=[eiéí])", "u", w)  # "que", "guerra": u is a glide, kept weak
    # the i of ci, gi, sci, gli before a vowel only marks the consonant ("ciao", "figlio")
    w = re.sub(r"(?:(?<=[cg])|(?<=gl))i(?=[aeouàèéòóù])", "", w)
    return max(1, sum(_romance_nuclei(run) for run in _vowel_runs(w, _ROMANCE_VOWELS)))


# --- French ---------------------------------------------------------------------------------------
_FRENCH_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
# an accented e, or a vowel with a diaeresis, is a vowel of its own ("cré-é", "na-ïf", "No-ël")
_FRENCH_NEW_NUCLEUS = frozenset("éëïüÿ")
_FRENCH_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'")


def french_syllables(word: str) -> int:
    w = word.lower().replace("’", "'")
    w = _FRENCH_ELISION.sub("", w)  # "l'école", "qu'il": the elided word adds nothing
    w = re.sub(r"(?<=[qg])u(?=[eiéèêy])", "", w)  # "que", "guerre"
    letters = re.sub(r"[^a-zàâäéèêëîïôöùûüÿœæç]", "", w)  # "aujourd'hui" is one word
    if not letters:
        return 1
    stripped = re.sub(r"(?<=[^aeiouyàâäéèêëîïôöùûüÿœæ])es?$", "", letters)  # mute final e
    stripped = re.sub(r"(?<=[aiouéy])es?$", "", stripped)  # "vie", "joues", "journées"
    if not any(ch in _FRENCH_VOWELS for ch in stripped):
        stripped = letters  # "le", "de", "que": the e is the only vowel, so it is spoken
    count = 0
    for run in _vowel_runs(stripped, _FRENCH_VOWELS):
        count += 1
        for i in range(1, len(run)):
            # é starts a new syllable after another vowel, and any vowel after é does too
            if run[i] in _FRENCH_NEW_NUCLEUS or run[i - 1] == "é":
                count += 1
    return max(1, count)


# --- German and Dutch ----------------------------------------------------------------------------
_GERMAN_VOWELS = frozenset("aeiouyäöü")
_GERMAN_NUCLEI = ("äu", "ei", "ie", "ai", "au", "eu", "aa", "ee", "oo", "ay", "ey", "oi", "ui")
_DUTCH_VOWELS = frozenset("aeiouyëïéèöüáó")
_DUTCH_NUCLEI = (
    "eeu", "ieu", "oei", "ooi", "aai", "uai",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ou", "au", "ai", "oi",
)


def _greedy_nuclei(run: str, nuclei: tuple[str, ...]) -> int:
    """Count nuclei in a vowel run, taking the longest listed digraph at each position."""
    count, i = 0, 0
    longest = max(len(n) for n in nuclei)
    while i < len(run):
        for size in range(min(longest, len(run) - i), 1, -1):
            if run[i:i + size] in nuclei:
                i += size
                break
        else:
            i += 1
        count += 1
    return count


def german_syllables(word: str) -> int:
    w = word.lower().replace("ß", "ss")
    w = re.sub(r"(?<=q)u", "", w)  # "Quelle": qu is a consonant cluster
    w = re.sub(r"y(?=[aeiouäöü])", "j", w)
    w = re.sub(r"^([bg]e)(?=ei)", r"\1-", w)  # "beeindruckt", "geeignet": be-ei, ge-ei
    return max(1, sum(_greedy_nuclei(run, _GERMAN_NUCLEI) for run in _vowel_runs(w, _GERMAN_VOWELS)))


def dutch_syllables(word: str) -> int:
    w = word.lower().replace("ij", "\u0133")  # ij is one letter: a diphthong
    w = re.sub(r"(?<=q)u", "", w)
    vowels = _DUTCH_VOWELS | {"\u0133"}
    count = 0
    for run in _vowel_runs(w, vowels):
        # a diaeresis marks a new syllable ("ideeën", "België"): split the run before it
        for part in re.split(r"(?=[ëï])", run):
            if part:
                count += _greedy_nuclei(part, _DUTCH_NUCLEI)
    return max(1, count)


# --- Slavic, Hungarian, Turkish ------------------------------------------------------------------
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєѣ")
_HUNGARIAN_VOWELS = frozenset("aáeéiíoóöőuúüű")
_TURKISH_VOWELS = frozenset("aeıioöuüâîû")
_POLISH_VOWELS = frozenset("aąeęioóuy")
_CZECH_VOWELS = frozenset("aáeéěiíoóuúůyýäô")


def _letter_counter(vowels: frozenset[str]) -> Callable[[str], int]:
    def count(word: str) -> int:
        found = sum(ch in vowels for ch in word.lower())
        # a word in another script (a Latin name in Russian text) falls back to vowel runs
        return found or vowel_group_syllables(word)

    return count


def polish_syllables(word: str) -> int:
    w = re.sub(r"i(?=[aąeęoóu])", "", word.lower())  # "nie", "pianino": i only softens
    return max(1, sum(ch in _POLISH_VOWELS for ch in w))


def czech_syllables(word: str) -> int:
    return _west_slavic(word.lower().replace("ou", "o"))  # the diphthong ou


def slovak_syllables(word: str) -> int:
    return _west_slavic(re.sub(r"ou|i[aeu]|ô", "o", word.lower()))  # ia, ie, iu, ô, ou


def _west_slavic(w: str) -> int:
    count = sum(ch in _CZECH_VOWELS for ch in w)
    # syllabic r and l between consonants, or after a consonant at the end ("krk", "vlk", "Petr")
    count += len(re.findall(r"(?<=[^aáeéěiíoóuúůyýäô\W\d_])[rlŕĺ](?=[^aáeéěiíoóuúůyýäô]|$)", w))
    return max(1, count)


def vowel_group_syllables(word: str) -> int:
    """Runs of vowel letters (Latin, Greek, Cyrillic), at least 1: the fallback estimate."""
    groups, previous = 0, False
    for ch in unicodedata.normalize("NFC", word.lower()):
        vowel = ch in _LATIN_VOWELS or ch in _CYRILLIC_VOWELS or ch in "αεηιουωάέήίόύώϊϋ"
        groups += vowel and not previous
        previous = vowel
    return max(1, groups)


# language -> (counter, how it counts, as stated in the readability output)
METHODS: dict[str, tuple[Callable[[str], int], str]] = {
    "es": (spanish_syllables, "Spanish vowel nuclei (diphthongs and hiatus)"),
    "ca": (spanish_syllables, "Romance vowel nuclei (diphthongs and hiatus)"),
    "gl": (spanish_syllables, "Romance vowel nuclei (diphthongs and hiatus)"),
    "pt": (portuguese_syllables, "Portuguese vowel nuclei (diphthongs, nasal vowels, hiatus)"),
    "it": (italian_syllables, "Italian vowel nuclei (diphthongs, hiatus, spelling i)"),
    "fr": (french_syllables, "French spoken syllables (mute e, vowel digraphs)"),
    "de": (german_syllables, "German vowel nuclei (diphthongs and long vowels)"),
    "nl": (dutch_syllables, "Dutch vowel nuclei (digraphs, trigraphs, diaeresis)"),
    "af": (dutch_syllables, "Dutch vowel nuclei (digraphs, trigraphs, diaeresis)"),
    "pl": (polish_syllables, "Polish vowel letters (softening i excluded)"),
    "cs": (czech_syllables, "Czech vowels, the diphthong ou and syllabic r/l"),
    "sk": (slovak_syllables, "Slovak vowels, diphthongs and syllabic r/l"),
    "hu": (_letter_counter(_HUNGARIAN_VOWELS), "Hungarian vowel letters"),
    "tr": (_letter_counter(_TURKISH_VOWELS), "Turkish vowel letters"),
    **{lang: (_letter_counter(_CYRILLIC_VOWELS), "Cyrillic vowel letters")
       for lang in ("ru", "uk", "be", "bg", "sr", "mk")},
}
FALLBACK_METHOD = "runs of vowel letters (no rules for this language)"


def language_syllables(word: str, language: str) -> int:
    counter = METHODS.get(language)
    return counter[0](word) if counter else vowel_group_syllables(word)


def method_for(language: str) -> str:
    found = METHODS.get(language)
    return found[1] if found else FALLBACK_METHOD
