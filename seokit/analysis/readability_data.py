"""Per-language data for the readability analysis, keyed by ISO 639-1 code."""

from __future__ import annotations

# The languages whose formulas (Flesch, Flesch-Kincaid, Fog, SMOG, Coleman-Liau, ARI,
# Dale-Chall, Linsear Write) were fitted: their constants mean nothing for other languages.
FORMULA_LANGUAGES = frozenset({"en"})

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
# their own thresholds as options.
LONG_SENTENCE_WORDS = 20
LONG_WORD_LETTERS = 6  # "long words" have more than six letters (Björnsson's LIX)
