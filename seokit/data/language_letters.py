"""The letters of some languages' alphabets, lower case: for Latin-script languages the
letters beyond the basic a-z, for Cyrillic ones the whole alphabet. Languages close enough to
share most words are told apart by the letters only one of them writes: Ukrainian і ї є ґ,
Russian ы э ъ ё, Portuguese ã õ ç, Spanish ñ. Tables keyed by language code, no logic."""

from __future__ import annotations

from types import MappingProxyType

_BASIC_LATIN = "abcdefghijklmnopqrstuvwxyz"

ALPHABETS: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    code: frozenset(letters) for code, letters in {
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "es": _BASIC_LATIN + "áéíóúüñ",
        # ü: Brazilian spelling before the 2009 reform (lingüiça)
        "pt": _BASIC_LATIN + "áàâãçéêíóôõúü",
        "fr": _BASIC_LATIN + "àâæçéèêëîïôœùûüÿ",
        "it": _BASIC_LATIN + "àèéìíîòóùú",
        "ca": _BASIC_LATIN + "àçèéíïòóúüŀ",
        "de": _BASIC_LATIN + "äöüß",
    }.items()
})

# Languages whose own words keep to their alphabet: a borrowed word is respelt in it (Russian
# writes the Ukrainian "Київ" as "Киев", Spanish "fútbol", Portuguese "futebol"), so a word with
# a letter outside it is not theirs. Not German or English, which keep the letters of loanwords
# (Café, naïve).
KEEP_TO_ALPHABET = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "es", "pt"})

# ... and of those, the ones that also respell foreign names: a capitalised word with a letter
# outside the alphabet is no name there (Russian text writes "Зеленский", not "Зеленський").
# Latin-script languages keep names as their owners write them (São Paulo in Spanish text).
RESPELL_NAMES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
