"""Function words beyond a language's commonest sixty (``seokit.text.lexicon.grammar_words``),
for the foreign-span analysis (``seokit.analysis.language_evidence``).

An English span inside another language counts as English text only with English grammar in
it: English content words (default, remote, network) are quoted as terms in every language.
The sixty commonest English words hold most of its grammar, but not the rarer closed-class
words that only ever occur inside English sentences: prepositions (between, during), modal
verbs (must, should), conjunctions (whether, although) and pronouns (these, them). Words that
double as terms, names or words of other languages (via, over, may, am, us, will) are left out.
Compiled for seokit from standard English grammars.
"""

from __future__ import annotations

from types import MappingProxyType

MORE_FUNCTION_WORDS: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    "en": frozenset("""
        above across after against along among around before behind below beneath beside
        besides between beyond during except inside into onto outside since than through
        throughout toward towards under underneath until upon within without
        although because though unless whereas whether while nor
        must should would could shall might cannot does did been being
        these those its them themselves itself himself herself each every any some such
        both either neither other another whose whom our him she
    """.split()),
})

# The particles of family names (Martin von Löwis, Eric van der Vlist, Antoine du Hamel):
# between a given name and a capitalised word that is no common noun they make a name, not a
# phrase in the particle's language. Names cross borders: two particles in a row, one no word
# of the language a span leans to, make a name whatever that language is ("van der" in text
# read as German). A lone one counts only in a language that capitalises its nouns (von in
# German); elsewhere a capitalised word is taken for a name anyway. Lower case, as written
# inside a name.
NAME_PARTICLES: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    "de": frozenset("von vom zu zum zur".split()),
    "lb": frozenset("von vum zu".split()),
    "nl": frozenset("van der den de ter ten".split()),
    "fr": frozenset("de du des la le".split()),
    "es": frozenset("de del la las los y".split()),
    "pt": frozenset("da das de do dos e".split()),
    "it": frozenset("di da del della de".split()),
})
ANY_NAME_PARTICLE = frozenset().union(*NAME_PARTICLES.values())

# Endings of East Slavic patronymics (Андреевич, Ивановна, Петрович; Ukrainian Іванівна,
# Belarusian Андрэевіч): two or three capitalised Cyrillic words with one of them are a
# person's full name (Сковорода Никита Андреевич), not a foreign phrase.
PATRONYMIC_ENDINGS = ("ович", "евич", "ич", "овна", "евна", "ична", "івна", "ївна", "овіч",
                      "евіч", "авіч", "аўна", "еўна")
