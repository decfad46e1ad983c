"""Statistical language identification (langdetect), made deterministic, plus language codes.

langdetect samples n-grams at random. Each call here gets its own detector seeded with a fixed
value, so a result depends only on the text and the candidates, never on earlier calls. Profiles
are taken in sorted order, so the internal language order (and with it every floating-point sum)
is the same on every machine, and only the candidates' profiles are scored (``_factory``): the
answer is the same, and a fresh process does not pay 0.4 s for all 55.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import Any

from seokit.text.ngram_profiles import profile, profile_names

SEED = 0
_EDGE_PUNCTUATION = "\"'“”‘’«»‹›()[]{}<>,.;:!?¡¿…*_`~|—–-/\\"
_JOINERS = "'’-"
# a token starting with one of these is code, not prose: "-o" and "--verbose" (options),
# "$HOME", ":set", "/etc", "=value", "@user", "#tag", "~/.bashrc", "%d", "+x"; the edge
# stripping below would otherwise leave a plain word ("o", "verbose", "etc")
_CODE_PREFIXES = frozenset(":-$/\\=@#~%+")
_OPENING_QUOTES = "\"'“‘«‹„([{"
# langdetect splits Chinese into two profiles; seokit reports ISO 639-1 codes
_DETECTOR_CODES = {"zh-cn": "zh", "zh-tw": "zh"}
# deprecated or macro-language tags that name the same language as the code seokit reports
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "nb": "no", "nn": "no",
            "fil": "tl", "cmn": "zh", "yue": "zh", "sh": "hr"}


@functools.lru_cache(maxsize=8)  # one set of languages per script, in practice
def _factory(languages: tuple[str, ...]) -> Any:
    """A langdetect factory that scores ``languages`` (profile names, sorted) and reads every
    profile's n-grams as features. It answers exactly what the factory of all 55 profiles
    answers when the others' prior probability is 0: the same n-grams are sampled, and a
    language at 0 stays there and adds 0 to every sum. Its probabilities are worked out for
    the n-grams a text has, when it has them: the full factory takes 0.4 s to build."""
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.langlist = list(languages)
    factory.word_lang_prob_map = _Probabilities(languages)
    return factory


class _Probabilities(dict[str, Any]):
    """n-gram → its probability in each language, as ``DetectorFactory.add_profile`` computes
    it, worked out on first use. Every profile's n-grams are keys: langdetect samples only the
    text's n-grams some profile has."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        super().__init__(dict.fromkeys(
            itertools.chain.from_iterable(profile(name)[0] for name in profile_names())))
        self._profiles = [profile(name) for name in languages]

    def __getitem__(self, gram: str) -> list[float]:
        found: list[float] | None = super().__getitem__(gram)
        if found is None:
            found = [1.0 * freq[gram] / totals[len(gram) - 1]
                     if gram in freq and 1 <= len(gram) <= 3 else 0.0
                     for freq, totals in self._profiles]
            self[gram] = found
        return found


@functools.cache
def detector_languages() -> frozenset[str]:
    """The languages langdetect can recognise, as seokit codes."""
    return frozenset(_DETECTOR_CODES.get(code, code) for code in profile_names())


def primary_language(tag: str | None) -> str | None:
    """The primary language of a BCP 47 tag, normalised: 'en-US' → 'en', 'zh-Hant' → 'zh',
    'iw' → 'he'. None for an empty or malformed tag."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    if not primary.isascii() or not primary.isalpha() or not 2 <= len(primary) <= 3:
        return None
    return _ALIASES.get(primary, primary)


def identify(
    text: str,
    candidates: Collection[str] | None = None,
    *,
    prior: str | None = None,
    prior_weight: float = 0.5,
) -> tuple[tuple[str, float], ...]:
    """Languages of ``text`` with their probabilities, most probable first.

    ``candidates`` limits the answer to those languages (e.g. the languages written in the
    text's script); ``prior`` gives one of them ``prior_weight`` of the starting belief, so a
    text needs real evidence to be called anything else. Empty when the text has no usable
    features (too short, digits only).
    """
    from langdetect.lang_detect_exception import LangDetectException

    known = tuple(code for code in profile_names()
                  if candidates is None or _DETECTOR_CODES.get(code, code) in candidates)
    if not known:
        return ()
    # without a prior every language competes; with one, those outside it start (and stay) at 0
    factory = _factory(known if candidates is not None or prior is not None else profile_names())
    detector = factory.create()
    detector.seed = SEED  # per-call seed: the result does not depend on call order
    if candidates is not None or prior is not None:
        detector.set_prior_map(_prior_map(list(known), prior, prior_weight))
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return ()
    merged: dict[str, float] = {}
    for item in ranked:
        code = _DETECTOR_CODES.get(item.lang, item.lang)
        merged[code] = merged.get(code, 0.0) + float(item.prob)
    return tuple(sorted(merged.items(), key=lambda pair: (-pair[1], pair[0])))


def _prior_map(known: list[str], prior: str | None, weight: float) -> dict[str, float]:
    favoured = [c for c in known if _DETECTOR_CODES.get(c, c) == prior]
    others = [c for c in known if c not in favoured]
    if not favoured or not others:
        return {code: 1.0 for code in known}
    prior_map = {code: weight / len(favoured) for code in favoured}
    prior_map.update({code: (1.0 - weight) / len(others) for code in others})
    return prior_map


# langcodes' English names of the languages seokit detects, for the one-line messages of
# rules: looking them up loads the names of every language in every language (0.1 s, a sixth
# of a one-file audit). A test checks each against langcodes; other codes still ask it.
_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "as": "Assamese", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bangla", "bo": "Tibetan", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician",
    "gu": "Gujarati", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "ht": "Haitian Creole", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "jv": "Javanese", "ka": "Georgian",
    "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish",
    "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lo": "Lao", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi",
    "ms": "Malay", "mt": "Maltese", "my": "Burmese", "ne": "Nepali", "nl": "Dutch",
    "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit", "sd": "Sindhi", "si": "Sinhala",
    "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik",
    "th": "Thai", "ti": "Tigrinya", "tl": "Filipino", "tr": "Turkish", "ug": "Uyghur",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "xh": "Xhosa",
    "yi": "Yiddish", "yo": "Yoruba", "zh": "Chinese", "zu": "Zulu",
}


@functools.cache
def language_name(code: str) -> str:
    """The English name of a language ('ko' → 'Korean'), or the code when it has none."""
    if code in _NAMES:
        return _NAMES[code]
    try:
        import langcodes

        name = str(langcodes.Language.get(code).display_name())
    except (ImportError, LookupError, ValueError):
        return code
    # langcodes answers "Unknown language [xx]" for codes it does not know
    return code if name.lower().startswith("unknown language") else name


# stop-words names Norwegian Bokmål "nb"; seokit reports Norwegian as langdetect does, "no"
_FUNCTION_WORD_CODES = {"no": "nb"}


@functools.cache
def function_words(code: str) -> frozenset[str]:
    """The language's most common words (articles, pronouns, prepositions...) from the
    stop-words package, lower-cased; empty when it has no list for the language."""
    from stop_words import StopWordError, get_stop_words

    try:
        return frozenset(w.lower() for w in get_stop_words(_FUNCTION_WORD_CODES.get(code, code)))
    except StopWordError:
        return frozenset()


@functools.cache
def function_word_index() -> Mapping[str, frozenset[str]]:
    """Every function word of every language stop-words has a list for, with the languages
    that use it ('die' → de, af, nl...)."""
    from stop_words import LANGUAGE_MAPPING

    from_package = {v: k for k, v in _FUNCTION_WORD_CODES.items()}
    lists = {code: function_words(code) for code in
             (from_package.get(package_code, package_code) for package_code in sorted(LANGUAGE_MAPPING))}
    # most words are one language's: they share that language's set (10,000 sets built one
    # word at a time take a fresh process 25 ms)
    uses = Counter(itertools.chain.from_iterable(lists.values()))
    index: dict[str, frozenset[str]] = {}
    shared: dict[str, list[str]] = {}
    for code, words in lists.items():
        index.update(dict.fromkeys((w for w in words if uses[w] == 1), frozenset({code})))
        for word in words:
            if uses[word] > 1:
                shared.setdefault(word, []).append(code)
    index.update((word, frozenset(codes)) for word, codes in shared.items())
    return MappingProxyType(index)


def is_valid_tag(tag: str) -> bool:
    """Whether ``tag`` is a well-formed BCP 47 language tag ('en-US' yes, 'english' and
    'en_US' no)."""
    import langcodes

    tag = tag.strip()
    # langcodes reads "en_US" leniently; BCP 47 (and hreflang) separate subtags with hyphens
    return "_" not in tag and bool(langcodes.tag_is_valid(tag))


def prose_words(text: str) -> list[str]:
    """The words of ``text`` that are prose: identifiers, paths, numbers and URLs dropped, so
    statistical identification sees language, not code."""
    tokens = (token.strip(_EDGE_PUNCTUATION) for token in text.split() if not _coded(token))
    return [token for token in tokens if _plain(token)]


def count_prose_words(text: str) -> int:
    """``len(prose_words(text))``, without building the list."""
    return sum(1 for token in text.split()
               if not _coded(token) and _plain(token.strip(_EDGE_PUNCTUATION)))


def _coded(token: str) -> bool:
    """Whether ``token`` starts (inside any opening quote) with a prefix of code: an option,
    a variable, a path (see ``_CODE_PREFIXES``)."""
    return token.lstrip(_OPENING_QUOTES)[:1] in _CODE_PREFIXES


def _plain(token: str) -> bool:
    # most words are letters only, in lower, upper or title case: plain without a closer look
    if token.isalpha() and (token.islower() or token.isupper() or token.istitle()):
        return True
    return is_plain_word(token)


@functools.lru_cache(maxsize=262_144)
def is_plain_word(token: str) -> bool:
    """Letters (with marks) and inner apostrophes or hyphens, not camelCase: a word of prose,
    not an identifier, path, number or URL."""
    if not token or token[0] in _JOINERS or token[-1] in _JOINERS:
        return False
    previous_lower = False
    for char in token:
        if char in _JOINERS:
            previous_lower = False
            continue
        category = unicodedata.category(char)
        if category[0] not in "LM":
            return False
        if category == "Lu" and previous_lower:
            return False  # getUserId, iPhone: code or a brand, not prose
        previous_lower = category == "Ll"
    return True
