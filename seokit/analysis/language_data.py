"""Per-language data for the language analysis: which scripts a language is written in, and
which language a script most likely means. Tables keyed by language code or script, no logic."""

from __future__ import annotations

from types import MappingProxyType

from seokit.text.scripts import Script

S = Script

_LATIN_LANGUAGES = (
    "af az ca cs cy da de en eo es et eu fi fr ga gl hr ht hu id is it jv la lb lt lv ms mt nl "
    "no pl pt ro sk sl so sq sv sw tl tr uz vi xh yo zu ha ku"
).split()
_CYRILLIC_LANGUAGES = "be bg kk ky mk mn ru sr tg uk".split()
_ARABIC_LANGUAGES = "ar fa ps sd ug ur".split()
_DEVANAGARI_LANGUAGES = "hi mr ne sa".split()

# The scripts a language's own text is written in. Letters of any other script in a document of
# that language are foreign, except Latin (see TOLERATED_SCRIPTS).
LANGUAGE_SCRIPTS: MappingProxyType[str, frozenset[Script]] = MappingProxyType({
    **{code: frozenset({S.LATIN}) for code in _LATIN_LANGUAGES},
    **{code: frozenset({S.CYRILLIC}) for code in _CYRILLIC_LANGUAGES},
    **{code: frozenset({S.ARABIC}) for code in _ARABIC_LANGUAGES},
    **{code: frozenset({S.DEVANAGARI}) for code in _DEVANAGARI_LANGUAGES},
    "sr": frozenset({S.CYRILLIC, S.LATIN}),  # Serbian is written in both
    "el": frozenset({S.GREEK}),
    "hy": frozenset({S.ARMENIAN}),
    "he": frozenset({S.HEBREW}),
    "yi": frozenset({S.HEBREW}),
    "bn": frozenset({S.BENGALI}),
    "as": frozenset({S.BENGALI}),
    "pa": frozenset({S.GURMUKHI}),
    "gu": frozenset({S.GUJARATI}),
    "ta": frozenset({S.TAMIL}),
    "te": frozenset({S.TELUGU}),
    "kn": frozenset({S.KANNADA}),
    "ml": frozenset({S.MALAYALAM}),
    "si": frozenset({S.SINHALA}),
    "th": frozenset({S.THAI}),
    "lo": frozenset({S.LAO}),
    "bo": frozenset({S.TIBETAN}),
    "my": frozenset({S.MYANMAR}),
    "ka": frozenset({S.GEORGIAN}),
    "am": frozenset({S.ETHIOPIC}),
    "ti": frozenset({S.ETHIOPIC}),
    "km": frozenset({S.KHMER}),
    # Korean may still use Hanja; Japanese mixes kanji and kana; Chinese may annotate with Bopomofo
    "ko": frozenset({S.HANGUL, S.HAN}),
    "ja": frozenset({S.HAN, S.HIRAGANA, S.KATAKANA}),
    "zh": frozenset({S.HAN, S.BOPOMOFO}),
})

# Brand names, product names, code and URLs are written in Latin letters in every language, so
# Latin text inside a non-Latin document is foreign only as a whole passage that statistical
# identification confirms, never as a single word.
TOLERATED_SCRIPTS = frozenset({S.LATIN})

# The language a script most likely means when the text is too short to identify statistically.
# Scripts used by one language only map to it with certainty (see SINGLE_LANGUAGE_SCRIPTS).
SCRIPT_LANGUAGE: MappingProxyType[Script, str] = MappingProxyType({
    S.LATIN: "en", S.GREEK: "el", S.CYRILLIC: "ru", S.ARMENIAN: "hy", S.HEBREW: "he",
    S.ARABIC: "ar", S.DEVANAGARI: "hi", S.BENGALI: "bn", S.GURMUKHI: "pa", S.GUJARATI: "gu",
    S.TAMIL: "ta", S.TELUGU: "te", S.KANNADA: "kn", S.MALAYALAM: "ml", S.SINHALA: "si",
    S.THAI: "th", S.LAO: "lo", S.TIBETAN: "bo", S.MYANMAR: "my", S.GEORGIAN: "ka",
    S.HANGUL: "ko", S.ETHIOPIC: "am", S.KHMER: "km", S.HIRAGANA: "ja", S.KATAKANA: "ja",
    S.BOPOMOFO: "zh", S.HAN: "zh",
})
SINGLE_LANGUAGE_SCRIPTS = frozenset({
    S.GREEK, S.ARMENIAN, S.GUJARATI, S.GURMUKHI, S.TAMIL, S.TELUGU, S.KANNADA, S.MALAYALAM,
    S.SINHALA, S.THAI, S.LAO, S.MYANMAR, S.GEORGIAN, S.HANGUL, S.KHMER, S.HIRAGANA, S.KATAKANA,
    S.BOPOMOFO,
})

# Alphabets whose single letters, alone, are symbols in every language (π, τ, Ω, μ in a
# formula or a unit), not words of the alphabet's language
SYMBOL_ALPHABETS = frozenset({S.GREEK})

# Han alone (no kana, no Hangul) is Chinese running text; Japanese and Korean are never written
# in Han only for a whole sentence, so statistical identification of Han text chooses from these.
HAN_ONLY_LANGUAGES = frozenset({"zh"})


def script_languages(script: Script) -> frozenset[str]:
    """The languages whose own text is written in ``script``."""
    if script is S.HAN:
        return HAN_ONLY_LANGUAGES
    return frozenset(code for code, scripts in LANGUAGE_SCRIPTS.items() if script in scripts)


# Languages so close that statistical identification cannot tell them apart reliably; a page
# declared as one and detected as the other is not a mismatch.
INDISTINGUISHABLE = frozenset({
    frozenset({"sr", "hr"}), frozenset({"bs", "hr"}), frozenset({"bs", "sr"}),
    frozenset({"ms", "id"}), frozenset({"no", "da"}),
})


# Languages langdetect knows and wordfreq has no list for, by the listed language whose words
# they largely share: a text that reads as Dutch by its words may be Afrikaans.
UNLISTED_RELATIVES: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    "nl": frozenset({"af"}), "fi": frozenset({"et"}), "hi": frozenset({"mr", "ne"}),
})


def same_language(declared: str, detected: str, identifiable: frozenset[str]) -> bool | None:
    """Whether a declared and a detected language agree: True, False, or None when seokit
    cannot tell (the declared language is one it cannot identify, in the same script)."""
    if declared == detected or frozenset({declared, detected}) in INDISTINGUISHABLE:
        return True
    if declared in identifiable:
        return False
    declared_scripts = LANGUAGE_SCRIPTS.get(declared)
    detected_scripts = LANGUAGE_SCRIPTS.get(detected)
    if declared_scripts is None or detected_scripts is None or declared_scripts & detected_scripts:
        return None
    return False


# Languages that capitalise every noun: there a capitalised word inside a sentence is a word
# of the language, not necessarily a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})

# Letters that only some languages of a script use: one of them in a short run rules out the
# languages that lack it (ї is Ukrainian, not Russian; ñ Spanish, not Portuguese; ã and õ the
# reverse). Languages seokit has word lists for; a letter maps to every such language using it,
# so a language must list every letter of the table that it writes (Portuguese ç, Spanish ó),
# or its own words are penalised as foreign to it. Whole alphabets: seokit.data.language_letters.
_DISTINCTIVE = {
    "uk": "іїєґ", "ru": "ыэъё", "be": "ўыэіё", "bg": "ъ", "sr": "ђћџљњј", "mk": "ѓќѕљњјџ",
    "es": "ñ¿¡éíóúü", "pt": "ãõçàâêôéíóúü", "de": "ßäöü", "pl": "łąęśźżćńó",
    "cs": "řůěčšžéíóú", "sk": "ľĺŕôäčšžéíóú", "hu": "őűéíóúöü", "tr": "ğışçöü",
    "ro": "ășțâî", "is": "þðæéíóúö", "da": "æøå", "no": "æøå", "sv": "åäö",
    "fi": "äö", "fr": "çœàèùâêîôûëïÿéæü", "ca": "çŀàèòéíóúïü", "it": "àèìòùéóíîú", "nl": "ĳ",
    "vi": "ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž", "et": "õäöüšž", "hr": "čćđšž", "sl": "čšž",
    "fa": "پچژگکی", "ur": "ٹڈڑںےھپچژگکی", "ar": "ةىي",
}
DISTINCTIVE_LETTERS: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    letter: frozenset(code for code, letters in _DISTINCTIVE.items() if letter in letters)
    for letter in sorted({ch for letters in _DISTINCTIVE.values() for ch in letters})
})


def foreign_letters(text: str, code: str) -> int:
    """How many letters of ``text`` the language ``code`` does not use (of those listed)."""
    return sum(1 for ch in text.lower()
               if ch in DISTINCTIVE_LETTERS and code not in DISTINCTIVE_LETTERS[ch])
