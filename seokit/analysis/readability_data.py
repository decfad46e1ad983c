"""Per-language data for the readability analysis, keyed by ISO 639-1 code."""

from __future__ import annotations

# Which formula applies to which language is in ``readability_registry``.

# Written without spaces between words: a "word" count of such text measures nothing, so
# lengths are measured in characters instead.
UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "lo", "km", "my", "bo"})

# Silent reading of English non-fiction by adults: 238 words per minute, the mean of 190 studies
# in Brysbaert (2019), "How many words do we read per minute? A review and meta-analysis of
# reading rate", Journal of Memory and Language 109, doi:10.1016/j.jml.2019.104047. The same
# paper notes rates in other languages differ with how many words they need for a message; no
# comparable silent-reading figures are tabled here yet, so other languages use the same rate.
READING_WORDS_PER_MINUTE: dict[str, float] = {"en": 238.0}
DEFAULT_READING_WORDS_PER_MINUTE = 238.0
READING_RATE_SOURCE = "Brysbaert (2019): 238 words per minute, silent reading of non-fiction"
# Reading aloud: 183 words per minute for English (Brysbaert 2019, 77 studies); for other
# languages the mean over the 17 languages of the International Reading Speed Texts, 184 words
# per minute read aloud (Trauzettel-Klosinski & Dietz 2012, IOVS 53:5452).
SPEAKING_WORDS_PER_MINUTE: dict[str, float] = {"en": 183.0}
DEFAULT_SPEAKING_WORDS_PER_MINUTE = 184.0
SPEAKING_RATE_SOURCE = ("Brysbaert (2019): 183 words per minute read aloud (English); IReST "
                        "(2012): 184, the mean of 17 languages (others)")

# When a sentence starts with one of these (articles, numerals, demonstratives), its beginning
# is its first two words, so "The cat ... The dog ..." are different beginnings (as Yoast's
# sentence-beginnings research does for these languages).
FIRST_WORD_EXCEPTIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an one two three four five six seven eight nine ten this that these those".split()
    ),
    "de": frozenset(
        "der die das dem den des ein eine einem einen einer eines eins zwei drei vier fünf sechs "
        "sieben acht neun zehn dieser diese dieses diesem diesen jener jene jenes".split()
    ),
    "fr": frozenset(
        "le la les l un une des du deux trois quatre cinq six sept huit neuf dix ce cet cette "
        "ces celui celle ceux celles".split()
    ),
    "es": frozenset(
        "el la los las lo un una unos unas dos tres cuatro cinco seis siete ocho nueve diez "
        "este esta estos estas ese esa esos esas aquel aquella".split()
    ),
    "it": frozenset(
        "il lo la i gli le l un uno una due tre quattro cinque sei sette otto nove dieci "
        "questo questa questi queste quello quella".split()
    ),
    "nl": frozenset(
        "de het een twee drie vier vijf zes zeven acht negen tien deze dit die dat".split()
    ),
}

# Sentences, paragraphs and words above these lengths are listed in the report; the rules have
# their own thresholds as options (whose defaults repeat these tables).
LONG_SENTENCE_WORDS = 20
# Yoast SEO's per-language sentence length limits (config/content/<lang>.js): Spanish, Italian,
# Portuguese and Catalan sentences run longer, Russian and Hebrew shorter, Turkish words carry
# suffixes so its sentences have fewer words.
LONG_SENTENCE_WORDS_BY_LANGUAGE: dict[str, int] = {
    "es": 25, "it": 25, "pt": 25, "ca": 25, "ru": 15, "he": 15, "tr": 11,
}
# Languages written without spaces: Yoast SEO measures Japanese sentences in characters, 40 at
# most (languages/ja/config/sentenceLength.js); the same limit is used for Chinese and Thai.
LONG_SENTENCE_CHARACTERS = 40


def long_sentence_limit(language: str) -> int:
    """The length above which a sentence of ``language`` counts as long (words, or characters
    for languages written without spaces)."""
    if language in UNSPACED_LANGUAGES:
        return LONG_SENTENCE_CHARACTERS
    return LONG_SENTENCE_WORDS_BY_LANGUAGE.get(language, LONG_SENTENCE_WORDS)
LONG_WORD_LETTERS = 6  # "long words" have more than six letters (Björnsson's LIX)
