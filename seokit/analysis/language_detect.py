"""The language of a document's main text.

Scripts are weighed by words, Han and kana together (Japanese is written in three scripts).
Where the script says it all (Hangul → Korean, Thai, Greek, Hebrew...) the script decides;
between Japanese and Chinese, clauses with kana vote for Japanese and clauses of Han only with
simplified characters for Chinese. For scripts many languages share (Latin, Cyrillic, Arabic,
Devanagari) the text is cut into units of eight to twelve words, each identified by its
function words, else by its words' frequencies, else by langdetect, and the units vote with
their word counts. One call over a whole mixed text is swayed by the most distinctive n-grams
(a German quotation outweighs longer English prose); a vote by words is not. Foreign-script
words never reach the vote: only the dominant script's runs are read.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from seokit.analysis.language_data import (
    LANGUAGE_SCRIPTS,
    SCRIPT_LANGUAGE,
    SINGLE_LANGUAGE_SCRIPTS,
    TOLERATED_SCRIPTS,
    UNLISTED_RELATIVES,
    script_languages,
)
from seokit.analysis.language_pieces import dominant_script
from seokit.document import Block
from seokit.text.langid import (
    count_prose_words,
    detector_languages,
    function_word_index,
    identify,
    primary_language,
    prose_words,
)
from seokit.text.lexicon import han_evidence, lexicon_leader, lexicon_shortlist
from seokit.text.scripts import KANA, UNSPACED_SCRIPTS, Script, ScriptRun, script_of
from seokit.text.sentences import sentences

# fewer words than this and langdetect's answer is a guess: report "not detected" instead
MIN_DOCUMENT_WORDS = 5
# the winning language needs at least this share of the weighted vote
MIN_DOCUMENT_SHARE = 0.5
# sentences are grouped into units of at least this many words (langdetect misreads short
# headings), and units shorter than MIN_UNIT_WORDS at the end of a block are dropped
UNIT_WORDS = 8
MIN_UNIT_WORDS = 3
# ... and at most this many: langdetect calls a German clause run on into an English one German
MAX_UNIT_WORDS = 12
# at most this many units are identified, spread over the document
MAX_UNITS = 60
# the vote stops after MIN_UNITS_READ units when one language has CLEAR_SHARE of it
MIN_UNITS_READ = 4
# a unit shorter than this that neither function words nor word lists decide (a heading, an
# argument list) is sent to langdetect only when no longer unit votes: a guess at 5 ms each
MIN_IDENTIFIED_WORDS = 6
CLEAR_SHARE = 0.95
_STRIDE = 5
# function words only one candidate language has that decide a unit without langdetect
MIN_OWN_FUNCTION_WORDS = 3
# a unit's language from word frequencies: the likeliest language must lead the next by this
# much (Zipf units, in total and per word) and know this share of the words
MIN_WORD_LIST_LEAD = 4.0
MIN_WORD_LIST_LEAD_PER_WORD = 0.4
MIN_WORD_LIST_COVERAGE = 0.6
# ... compared between the languages whose common words fit the unit best: the others
# practically never lead or come close (a unit of 3-4 rare words may be judged otherwise),
# and reading every Latin language's whole list would cost a fresh process 0.25 s
WORD_LIST_SHORTLIST = 4
# text that frames the document's main script (opens and closes it) is the document's language
# when it has at least this share of the main script's words: then the main script is a
# passage quoted inside it, not the other way round
FRAME_SHARE = 0.5
# Japanese prose is 35-60% kana, even dense technical text over a quarter; Chinese only borrows
# the odd kana brand name or quotes a Japanese phrase
KANA_SHARE_FOR_JAPANESE = 0.2


@dataclass(frozen=True, slots=True)
class Detection:
    """``language`` (None: too little text), ``confidence`` 0..1, and the ``words`` it rests on."""

    language: str | None
    confidence: float
    words: int


def detect_document_language(
    blocks: Sequence[tuple[Block, list[ScriptRun]]],
    letters: Counter[Script],
    words: Counter[Script],
    prior: str | None,
) -> Detection:
    """The language of ``blocks`` (with their script runs). Scripts are weighed by words, not
    letters: a Hangul syllable or a Han character carries as much as two or three Latin
    letters. ``prior`` (the declared language) is favoured when the evidence is even."""
    # Japanese is written in three scripts and Korean may use Han: they vote together, or a
    # few Latin or Thai words would outvote a Japanese text split three ways
    grouped: Counter[Script] = Counter()
    for script, count in words.items():
        grouped[_group(script)] += count
    dominant = _framing_script(blocks, grouped) or dominant_script(grouped)
    total = sum(words.values())
    if dominant is None or total == 0:  # letters but no words (e.g. "aA"): nothing to weigh
        return Detection(None, 0.0, 0)
    if dominant is Script.HAN:
        language = _cjk_language(blocks, letters)
        used = sum(words[s] for s in LANGUAGE_SCRIPTS[language])
        return Detection(language, used / total, used)
    share = words[dominant] / total
    candidates = script_languages(dominant) & detector_languages()
    if dominant in SINGLE_LANGUAGE_SCRIPTS or len(candidates) <= 1:
        # one language writes this script (Hebrew, Bengali...), or none langdetect knows
        only: str | None = sorted(candidates)[0] if len(candidates) == 1 else None
        if dominant in SINGLE_LANGUAGE_SCRIPTS or only is None:
            only = SCRIPT_LANGUAGE.get(dominant)
        return Detection(only, share if only else 0.0, words[dominant])
    if words[dominant] < MIN_DOCUMENT_WORDS:
        return Detection(None, 0.0, words[dominant])
    winner, support = _vote(_units(blocks, dominant, prior), candidates, prior)
    if winner is None or support < MIN_DOCUMENT_SHARE:
        return Detection(None, 0.0, words[dominant])
    return Detection(winner, support * share, words[dominant])


def _framing_script(blocks: Sequence[tuple[Block, list[ScriptRun]]],
                    grouped: Counter[Script]) -> Script | None:
    """The script (Han for Chinese, Japanese and Korean) of text that opens and closes the
    document with text of the script most words are in between, when it has nearly as many
    words: a passage quoted inside a text is in the text's language, not the reverse ("コマンドで
    使われるファイル。Wyświetla listę zasobów … オプションを表示したり設定したりできます。"). Counting words
    alone, a quotation as long as the text around it would displace the language it is quoted
    in. Not Latin: names and commands open and close text in every language."""
    # only the first and the last run with words matter: read inwards from both ends (a whole
    # document's runs would cost a 1 MB text a tenth of a second)
    pairs = [(block, run) for block, runs in blocks for run in runs]
    ends = [next((_group(run.script) for block, run in side
                  if _has_words(block.text[run.start:run.end], run.script)), None)
            for side in (pairs, reversed(pairs))]
    frame = ends[0]
    if frame is None or frame != ends[1]:
        return None
    most = max(grouped.values())
    if frame in TOLERATED_SCRIPTS or frame is Script.OTHER or grouped[frame] >= most \
            or grouped[frame] < FRAME_SHARE * most:
        # Latin opens and closes text in any language (commands, names: "rvim rview Как и
        # предыдущие команды … работу Vim"); or it is already the dominant script, or too
        # little of the text to frame it
        return None
    return frame


def _group(script: Script) -> Script:
    """Han, kana and Hangul vote together (see ``detect_document_language``)."""
    return Script.HAN if script in _CJK else script


def _has_words(piece: str, script: Script) -> bool:
    """Whether a run holds a word of prose: a path or an option before a Japanese sentence
    ("/usr/share/vim/optwin.vim" コマンドで…) does not open the text."""
    return script in UNSPACED_SCRIPTS or count_prose_words(piece) > 0


def _cjk_language(blocks: Sequence[tuple[Block, list[ScriptRun]]], letters: Counter[Script]) -> str:
    """Korean, Japanese or Chinese, from the mix of Hangul, kana and Han letters; between
    Japanese and Chinese, clause by clause (see ``_clause_votes``)."""
    han, kana, hangul = letters[Script.HAN], sum(letters[s] for s in KANA), letters[Script.HANGUL]
    if hangul >= han + kana:
        return "ko"
    if kana < KANA_SHARE_FOR_JAPANESE * (han + kana):
        return "zh"
    japanese, chinese = _clause_votes(blocks)
    return "ja" if japanese >= chinese else "zh"


def _clause_votes(blocks: Sequence[tuple[Block, list[ScriptRun]]]) -> tuple[int, int]:
    """Letters of Japanese and of Chinese clauses. A clause with kana is Japanese, except for a
    run of Han in it with more forms only Chinese writes than forms only Japanese writes: a
    Chinese clause run on from a Japanese one without punctuation ("…を示す論理値每个路径元素将
    转换为它的相对"). One of Han only is Chinese when it uses more of those forms (编, 们) than of
    the Japanese ones (駅, 東), and counts for neither when it uses none. A share of kana over
    the whole text would call a Chinese paragraph with one Japanese sentence Japanese."""
    japanese = chinese = 0
    for block, runs in blocks:
        if not any(r.script in _CJK for r in runs):
            continue
        for clause in _CJK_CLAUSE.split(block.text):
            if any(script_of(char) in KANA for char in clause):
                for is_han, chars in itertools.groupby(clause, lambda c: script_of(c) is Script.HAN):
                    if not is_han:
                        continue
                    run = "".join(chars)
                    simplified, own = han_evidence(run)
                    if simplified > own:
                        chinese += len(run)
                    else:
                        japanese += len(run)
                japanese += sum(1 for char in clause if script_of(char) in KANA)
                continue
            han = sum(1 for char in clause if script_of(char) is Script.HAN)
            if han:
                simplified, own = han_evidence(clause)
                if simplified > own:
                    chinese += han
                elif own > simplified:
                    japanese += han
    return japanese, chinese


_CJK = frozenset({Script.HAN, *KANA, Script.HANGUL})
# clauses end at punctuation, not at spaces: Chinese and Japanese put none between words, only
# around Latin ones ("这种形式的行将设置 $PATH 到 $MANPATH 的映射" is one clause)
_CJK_CLAUSE = re.compile(r"[。！？、，；：]+|[.!?;:,](?:\s|$)")


def _units(blocks: Sequence[tuple[Block, list[ScriptRun]]], script: Script,
           page: str | None) -> Iterator[list[str]]:
    """The prose words of one script, in units of whole clauses of at least UNIT_WORDS, from
    the blocks in an interleaved order (0, 5, 10, ..., 1, 6, ...), so that the first units
    already spread over the whole document and the vote can stop once it is clear; lazily,
    since it nearly always does after a few. At most MAX_UNITS."""
    order = [i for offset in range(_STRIDE) for i in range(offset, len(blocks), _STRIDE)]
    units = (unit for i in order for unit in _block_units(*blocks[i], script, page))
    return itertools.islice(units, MAX_UNITS)


def _block_units(block: Block, runs: list[ScriptRun], script: Script,
                 page: str | None) -> list[list[str]]:
    """One block's units. Clauses, not sentences: "Marie summed it up: Le traitement m'a
    beaucoup aidé..." is one sentence, and langdetect would call all of it French. Text marked
    with another ``lang`` than the page's is left out: it says what it is, and it is not the
    page's language."""
    if not any(r.script is script for r in runs):
        return []
    if page and block.lang and primary_language(block.lang) != page:
        return []
    text = _masked(block, page)
    units: list[list[str]] = []
    unit: list[str] = []
    for sentence in sentences(text):
        for clause in _CLAUSE.split(text[sentence.start:sentence.end]):
            words = [w for w in prose_words(clause) if script_of(w[0]) is script]
            if len(unit) + len(words) > MAX_UNIT_WORDS:
                # a long clause is cut in even parts, and not run on from a short one: a
                # quoted sentence may start or end inside it
                if len(unit) >= MIN_UNIT_WORDS:
                    units.append(unit)
                    unit = []
                parts = -(-(len(unit) + len(words)) // MAX_UNIT_WORDS)
                size = -(-(len(unit) + len(words)) // parts)
                words = unit + words
                units.extend(words[i:i + size] for i in range(0, len(words) - size, size))
                unit = words[len(words) - (len(words) - 1) % size - 1:]
            else:
                unit += words
            if len(unit) >= UNIT_WORDS:
                units.append(unit)
                unit = []
    if len(unit) >= MIN_UNIT_WORDS:
        units.append(unit)
    return units


_CLAUSE = re.compile(r"[:;]\s|[“”«»„\"]|\s[—–]\s")


def _masked(block: Block, page: str | None) -> str:
    """The block's text with inline elements in another language blanked out."""
    text = block.text
    for start, end, lang in block.lang_spans:
        if primary_language(lang) != (page or primary_language(block.lang)):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _vote(
    units: Iterable[list[str]], candidates: frozenset[str], prior: str | None
) -> tuple[str | None, float]:
    """The language with most word-weighted probability over the units, and its share of the
    vote."""
    votes: dict[str, float] = {}
    cast = 0.0
    short: list[list[str]] = []

    def count(unit: list[str], ranked: Iterable[tuple[str, float]]) -> None:
        nonlocal cast
        ranked = tuple(ranked)
        for code, probability in ranked:
            votes[code] = votes.get(code, 0.0) + len(unit) * probability
        cast += len(unit) if ranked else 0

    for read, unit in enumerate(units, 1):
        decided = _by_function_words(unit, candidates) or _by_word_list(unit, candidates)
        if not decided and len(unit) < MIN_IDENTIFIED_WORDS:
            short.append(unit)  # "self host port", a heading: langdetect is a guess there
            continue
        count(unit, ((decided, 1.0),) if decided else identify(
            " ".join(unit), candidates, prior=prior if prior in candidates else None))
        if read >= MIN_UNITS_READ and cast and max(votes.values()) >= CLEAR_SHARE * cast:
            break  # one language has nearly every vote: more units would not change it
    if not votes:  # nothing but short units: they are all there is to go by
        for unit in short:
            count(unit, identify(" ".join(unit), candidates,
                                 prior=prior if prior in candidates else None))
    if not votes:
        return None, 0.0
    winner = min(votes, key=lambda code: (-votes[code], code))
    return winner, votes[winner] / cast


def _by_word_list(unit: list[str], candidates: frozenset[str]) -> str | None:
    """The candidate under whose word frequencies the unit is clearly likeliest (a unigram
    model: right on 221 of 222 units of the benchmark's clean paragraphs, where langdetect
    costs ~5 ms a unit), when its list has most of the words. Not when a language without a
    list writes much the same words (Afrikaans next to Dutch): langdetect decides those."""
    words = [w.lower() for w in unit]
    leader = lexicon_leader(words, lexicon_shortlist(words, candidates, WORD_LIST_SHORTLIST),
                            max(MIN_WORD_LIST_LEAD, MIN_WORD_LIST_LEAD_PER_WORD * len(unit)))
    if leader is None or leader[1] < MIN_WORD_LIST_COVERAGE:
        return None
    return None if UNLISTED_RELATIVES.get(leader[0], frozenset()) & candidates else leader[0]


def _by_function_words(unit: list[str], candidates: frozenset[str]) -> str | None:
    """The language whose own function words ("the", "und", "что": in no other candidate's
    list) the unit has at least MIN_OWN_FUNCTION_WORDS of, when no other candidate has any.
    Many units of ordinary prose are decided here, without langdetect (~5 ms a unit)."""
    index = function_word_index()
    own: dict[str, int] = {}
    for word in unit:
        codes = index.get(word.lower(), frozenset()) & candidates
        if len(codes) == 1:
            code = next(iter(codes))
            own[code] = own.get(code, 0) + 1
    if len(own) != 1:
        return None
    code, count = next(iter(own.items()))
    return code if count >= MIN_OWN_FUNCTION_WORDS else None
