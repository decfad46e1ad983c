"""Word-level evidence of a language: how common a word is in it (wordfreq), and which letters
only some languages of a script use.

wordfreq ships frequency lists for about forty languages inside its package, so lookups are
offline and deterministic. A short span in another language is recognised by its words: common
in one language, rare or unknown in the document's (``günstig`` is a frequent German word and no
English one; ``déjà`` and ``café`` are frequent enough in English to be loanwords there).

A list is read lazily, and only as deep as lookups ask (``_WordList``): most ask whether a word
is among a language's commonest, and a fresh process (a worker's first document) should not
read 28 lists of 30,000-700,000 words to answer that. wordfreq itself is never imported (0.2 s,
and its frequency dictionaries take seconds to build): its files are read directly.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import io
import itertools
import operator
import os
import re
import threading
import zlib
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, cast

# seokit's codes (ISO 639-1, as langdetect reports them) → wordfreq's
_WORDFREQ_CODES = {"no": "nb", "tl": "fil", "hr": "sh", "sr": "sh", "bs": "sh"}
_SUFFIX = ".msgpack.gz"


@functools.cache
def _files(wordlist: str) -> Mapping[str, str]:
    """wordfreq's list files of one kind ("small", "large", or "best": large where there is
    one) by its language code, from the file names, as ``wordfreq.available_languages``."""
    if wordlist == "best":
        return MappingProxyType({**_files("small"), **_files("large")})
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return MappingProxyType({})
    directory = os.path.join(next(iter(spec.submodule_search_locations)), "data")
    found = {}
    for name in sorted(os.listdir(directory)):
        kind, _, code = name.removesuffix(_SUFFIX).partition("_")
        if name.endswith(_SUFFIX) and not name.startswith("_") and kind == wordlist:
            found[code] = os.path.join(directory, name)
    return MappingProxyType(found)


@functools.cache
def _path(code: str, wordlist: str) -> str | None:
    """The file wordfreq reads for the seokit ``code``: its own list, else, as wordfreq does,
    the closest language's within langcodes' distance 60 (Afrikaans reads Dutch, Danish's large
    list is Norwegian's); None when there is none."""
    name = _WORDFREQ_CODES.get(code, code)
    files = _files(wordlist)
    if name in files:
        return files[name]
    import langcodes  # only for a language without a list of its own

    best, _distance = langcodes.closest_match(name, sorted(files), max_distance=60)
    return files.get(best)


@functools.cache
def lexicon_languages() -> frozenset[str]:
    """The languages with a word list, as seokit codes."""
    back = {v: k for k, v in _WORDFREQ_CODES.items() if k not in ("sr", "bs")}
    return frozenset(back.get(code, code) for code in _files("small") if code not in ("zh", "ja"))


# Buckets down to this Zipf value (about 7,000 words a list) go into a dict as they are read.
# A rarer word is searched for in the list's msgpack bytes (a fresh process looks up a few dozen,
# and decoding a list's 30,000-700,000 words for them would cost 5-400 ms); once that has cost
# about what decoding costs, the buckets are decoded and searched by bisection; once that has
# cost about what a dict costs, they go into the dict. Searching a byte costs about 1/25 of
# decoding it, bisecting a bucket about twice what adding a word to the dict does.
DICT_ZIPF = 4.0
_BYTES_SEARCHED_PER_DECODED = 25
_BUCKETS_BISECTED_PER_WORD = 0.5
_WALK_STEP = 50  # buckets
_MULTI_DIGIT = re.compile(r"\d[\d.,]+")  # wordfreq.numbers.MULTI_DIGIT_RE


class _WordList:
    """One wordfreq list: a gzipped msgpack array of a header and then, for each centibel of
    frequency from Zipf 9 down, the words of that frequency in code-point order, read only as
    deep and as fully as lookups need. Every answer is the same however much has been read."""

    def __init__(self, path: str | None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._count = -1  # buckets in the list; -1: not opened
        self._step = 4_096  # compressed bytes to read next: the top of a list is a small part
        self._inflate: Any = None
        self._source: io.BufferedReader | None = None
        self._raw = bytearray()  # the decompressed msgpack bytes read so far
        self._walker: Any = None
        self._out_of_data: type[Exception] = EOFError
        self._offsets: list[int] = []  # where each bucket walked starts, then where the last ends
        self._table: dict[str, float] = {}  # the words of buckets [0, _decoded)
        self._decoded = 0
        self._tail = _Tail(0)  # buckets [_decoded, _tail.end), decoded, searched by bisection
        self._searched = 0  # bytes searched beyond the tail since it last grew
        self._checked: dict[int, frozenset[str]] = {}  # buckets a byte search hit, decoded

    def zipf(self, word: str, floor: float) -> float:
        """The word's Zipf value if it is at least ``floor``, else 0."""
        decoded = self._decoded  # before the dict: buckets go into it, then the count goes up
        value = self._table.get(word)  # the common words, without a lock
        if value is None:
            last = _last_bucket(floor)
            if decoded > last or 0 <= self._count <= decoded:
                return 0.0  # the dict has every word that common
            with self._lock:
                value = self._table.get(word) or self._find(word, last)
        return value if value >= floor else 0.0

    def top(self, count: int) -> list[str]:
        """The first ``count`` words without multi-digit numbers (``wordfreq.top_n_list``)."""
        found: list[str] = []
        with self._lock:
            if self._all_decoded():  # the dict has every word, in the list's order
                return list(itertools.islice(
                    (w for w in self._table if not _MULTI_DIGIT.match(w)), count))
            start = 0
            while len(found) < count and self._walk(start):
                for bucket in self._buckets(start, start + 100):
                    found += (w for w in bucket if not _MULTI_DIGIT.match(w))
                start += 100
        return found[:count]

    def common(self, floor: float) -> list[tuple[str, float]]:
        """The words at Zipf ``floor`` and up, commonest first."""
        with self._lock:
            if self._all_decoded():
                return [(w, value) for w, value in self._table.items() if value >= floor]
            return [(w, value) for index, bucket in
                    enumerate(self._buckets(0, _last_bucket(floor) + 1))
                    for value in (_zipf_of(index),) for w in bucket]

    def _all_decoded(self) -> bool:
        return 0 <= self._count <= self._decoded

    def expect(self, lookups: int) -> None:
        """Get ready for ``lookups`` lookups of words of any frequency: when searching the
        bytes for that many would cost more than decoding them, decode them now."""
        if lookups > _BYTES_SEARCHED_PER_DECODED:
            with self._lock:
                self._decode(_HEAD_BUCKETS)
                if self._walk(self._count):
                    self._read_tail(self._count)

    def _find(self, word: str, last: int) -> float:
        """The word's value in buckets [_decoded, last], 0 if none has it."""
        head = min(last, _HEAD_BUCKETS - 1) + 1
        if self._decoded < head:  # the common words: into the dict
            self._decode(head)
            if (value := self._table.get(word)) is not None:
                return value
        if self._decoded > last or not self._walk(self._decoded):
            return 0.0
        if value := self._tail.find(word, last):
            return value
        if self._tail.bisected > _BUCKETS_BISECTED_PER_WORD * self._tail.words:
            self._merge([])  # bisecting has cost what the dict costs
        searched = self._tail.end  # the buckets before it are decoded
        while searched <= last:
            # walk on a little at a time: most words are found long before the floor
            self._walk(min(last, searched + _WALK_STEP))
            end = min(last + 1, len(self._offsets) - 1)
            if end <= searched:
                return 0.0  # the end of the list
            start = self._offsets[self._tail.end]
            if self._searched > _BYTES_SEARCHED_PER_DECODED * (self._offsets[-1] - start):
                # searching has cost what decoding the buckets walked costs
                self._read_tail(len(self._offsets) - 1)
                if value := self._table.get(word, 0.0) or self._tail.find(word, last):
                    return value
                searched = self._tail.end
                continue
            if value := self._search(word, searched, end):
                return value
            searched = end
        return 0.0

    def _read_tail(self, stop: int) -> None:
        """Decode buckets [_tail.end, stop) to be bisected."""
        buckets = self._buckets(self._tail.end, stop)
        self._searched = 0
        if all(bucket == sorted(bucket) for bucket in buckets):
            self._tail.extend(buckets)
        else:  # wordfreq sorts its buckets; these could not be bisected
            self._merge(buckets)

    def _merge(self, buckets: list[list[str]]) -> None:
        """Put the tail, and the ``buckets`` after it, into the dict."""
        for index, bucket in itertools.chain(self._tail.items(), enumerate(buckets, self._tail.end)):
            self._table.update(zip(bucket, itertools.repeat(_zipf_of(index))))
        self._decoded = self._tail.end + len(buckets)
        self._tail = _Tail(self._decoded)
        self._release()

    def _search(self, word: str, start: int, end: int) -> float:
        """The word's value by its msgpack bytes in buckets [start, end): each match is checked
        against the bucket it falls in (the bytes may be the end of a longer word)."""
        encoded = word.encode()
        # a string under 32 bytes has one msgpack form, its length in the first byte
        needle = encoded if len(encoded) > 31 else bytes((0xA0 | len(encoded),)) + encoded
        first, stop = self._offsets[start], self._offsets[end]
        position = self._raw.find(needle, first, stop)
        while position >= 0:
            index = bisect.bisect_right(self._offsets, position) - 1
            if index not in self._checked:
                self._checked[index] = frozenset(self._buckets(index, index + 1)[0])
            if word in self._checked[index]:
                self._searched += position - first
                return _zipf_of(index)
            position = self._raw.find(needle, position + 1, stop)
        self._searched += stop - first
        return 0.0

    def _decode(self, stop: int) -> None:
        """Put buckets [_decoded, stop) into the dict."""
        for index, bucket in enumerate(self._buckets(self._decoded, stop), self._decoded):
            if bucket:
                self._table.update(zip(bucket, itertools.repeat(_zipf_of(index))))
            self._decoded = index + 1
        if self._tail.end < self._decoded:  # the tail starts where the dict ends
            self._tail = _Tail(self._decoded)
        self._release()

    def _release(self) -> None:
        """Let the bytes go once every word is in the dict."""
        if self._all_decoded():
            self._raw, self._walker, self._source, self._inflate = bytearray(), None, None, None
            self._checked = {}

    def _buckets(self, start: int, stop: int) -> list[list[str]]:
        """Buckets [start, stop) (fewer at the end of the list), decoded in one go."""
        import msgpack  # type: ignore[import-untyped]  # wordfreq's own dependency

        self._walk(stop - 1)
        stop = min(stop, len(self._offsets) - 1)
        if stop <= start:
            return []
        # the buckets are consecutive msgpack values: an array header makes them one
        data = self._raw[self._offsets[start]:self._offsets[stop]]
        return cast("list[list[str]]", msgpack.unpackb(
            b"\xdd" + (stop - start).to_bytes(4, "big") + data, raw=False))

    def _walk(self, index: int) -> bool:
        """Find where bucket ``index`` starts and ends, decompressing as far as needed; False
        if the list has no such bucket."""
        if self._count < 0:
            self._open()
        offsets, target = self._offsets, min(index + 1, self._count)
        while len(offsets) <= target:
            skip, tell = self._walker.skip, self._walker.tell
            try:
                while len(offsets) <= target:  # a tight loop: a list has up to 900 buckets
                    skip()
                    offsets.append(tell() + offsets[0])
            except self._out_of_data:
                self._step = min(2 * self._step, 262_144)
                chunk = self._inflate.decompress(self._source.read(self._step)) \
                    if self._source is not None else b""
                if not chunk:
                    raise ValueError(f"truncated word list {self._path}") from None
                self._raw += chunk
                self._walker.feed(chunk)
        return index + 1 < len(self._offsets)

    def _open(self) -> None:
        import msgpack

        if self._path is None:
            self._offsets, self._count = [0], 0
            return
        self._source = io.BufferedReader(_Chunks(self._path), buffer_size=8_192)
        self._inflate = zlib.decompressobj(wbits=31)  # gzip
        while len(self._raw) < 64:
            self._raw += self._inflate.decompress(self._source.read(self._step))
        walker = msgpack.Unpacker(raw=False)
        walker.feed(bytes(self._raw))
        count = walker.read_array_header()
        header = walker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" \
                or header.get("version") != 1:
            raise ValueError(f"unexpected word list header in {self._path}: {header!r}")
        # a walker of the buckets alone: its positions count from the first bucket
        self._walker, self._out_of_data = msgpack.Unpacker(raw=False), msgpack.OutOfData
        self._walker.feed(bytes(self._raw[walker.tell():]))
        # the count last: a reader without the lock takes a count of 0 or more as "opened"
        self._offsets, self._count = [walker.tell()], count - 1


class _Tail:
    """Consecutive buckets from ``start``, decoded, each searched by bisection (in C: a Python
    loop over hundreds of buckets would cost more than the searches)."""

    def __init__(self, start: int) -> None:
        self.end = start
        self._indices: list[int] = []  # of the buckets with words
        self._buckets: list[list[str]] = []
        self._last: list[int] = []  # each bucket's last position
        self.words = 0
        self.bisected = 0

    def extend(self, buckets: list[list[str]]) -> None:
        """Add the (sorted) buckets that follow."""
        for index, bucket in enumerate(buckets, self.end):
            if bucket:
                self._indices.append(index)
                self._buckets.append(bucket)
                self._last.append(len(bucket) - 1)
                self.words += len(bucket)
        self.end += len(buckets)

    def items(self) -> Iterator[tuple[int, list[str]]]:
        return zip(self._indices, self._buckets, strict=True)

    def find(self, word: str, last: int) -> float:
        """The value of the bucket, up to bucket ``last``, that has ``word``; 0 if none."""
        stop = bisect.bisect_right(self._indices, last)
        if not stop:
            return 0.0
        buckets = self._buckets[:stop]
        self.bisected += stop
        # below each bucket's last position, bisect_left always points at a word to compare
        places = map(bisect.bisect_left, buckets, itertools.repeat(word), itertools.repeat(0),
                     self._last[:stop])
        found = map(operator.eq, map(operator.getitem, buckets, places), itertools.repeat(word))
        hit = next(itertools.compress(self._indices, found), None)
        return 0.0 if hit is None else _zipf_of(hit)


def _zipf_of(index: int) -> float:
    # the Zipf value of bucket ``index``, as wordfreq's cB_to_zipf, rounded as zipf_frequency
    return round(9 - index / 100, 2)


@functools.lru_cache(maxsize=4096)
def _last_bucket(floor: float) -> int:
    """The last bucket whose Zipf value is at least ``floor``."""
    index = max(-1, int((9 - floor) * 100) + 1)
    while index >= 0 and _zipf_of(index) < floor:
        index -= 1
    return index


_HEAD_BUCKETS = _last_bucket(DICT_ZIPF) + 1  # the buckets at DICT_ZIPF and up


class _Chunks(io.RawIOBase):
    """A file read a chunk at a time, as the decompressor asks for it: the top of a list is a
    small part of the file. It is opened for each chunk, so that a process forked from this
    one never shares a file position with it."""

    def __init__(self, path: str) -> None:
        self._path, self._offset = path, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        with open(self._path, "rb") as handle:
            handle.seek(self._offset)
            count = handle.readinto(buffer)
        self._offset += count
        return count


@functools.cache
def _list_at(path: str | None) -> _WordList:
    return _WordList(path)


# wordfreq's small list of a language with a large one is the large list's words above Zipf 3
# (a test checks): one list read, not two
SMALL_FLOOR = 3.01


@functools.cache
def _small(code: str) -> tuple[_WordList, float]:
    """The language's small list, as a list and the Zipf floor to read it with."""
    path = _path(code, "small")
    large = path and _files("large").get(os.path.basename(path).removesuffix(_SUFFIX).partition("_")[2])
    return (_list_at(large), SMALL_FLOOR) if large else (_list_at(path), 0.0)


@functools.cache
def _host(code: str) -> tuple[_WordList, float]:
    """The language's own large list, else its own small one; a language with no list reads
    the closest one's, as wordfreq does (Afrikaans reads Dutch). Not another language's large
    list when it has a small list of its own, as wordfreq falls back to (Danish would read
    Norwegian's, Slovak Czech's, Icelandic English's): the host's own words are what make a
    span foreign or not."""
    name = _WORDFREQ_CODES.get(code, code)
    path = _files("large").get(name) if name in _files("small") else _path(code, "large")
    return (_list_at(path), 0.0) if path else _small(code)


def zipf(word: str, code: str, *, large: bool = False, floor: float = 0.0) -> float:
    """How common ``word`` (lower case) is in the language, on the Zipf scale; 0 if unknown, or
    below ``floor`` (a lookup with a high floor reads only the top of the list)."""
    if _unlisted(word):
        return 0.0
    found, minimum = _host(code) if large else _small(code)
    return found.zipf(word, max(floor, minimum))


def _unlisted(word: str) -> bool:
    """Whether no list can have the word: wordfreq cuts words at hyphens and writes apostrophes
    straight (a test checks every list), so "non-invasive" is looked up in none of them, where
    a word unknown to the document's language would be looked up in every rival's whole list."""
    if "’" in word:
        return True
    return "-" in word and word.replace("-", "").isalpha()


def common_words(code: str, floor: float) -> list[tuple[str, float]]:
    """The words of the language's (small) list at Zipf ``floor`` and up, with their values,
    commonest first."""
    found, minimum = _small(code)
    return found.common(max(floor, minimum))


@functools.lru_cache(maxsize=262_144)
def host_zipf(word: str, code: str) -> float:
    """``zipf`` in the document's own language, from its large list where wordfreq has one.
    Cached: most of its words are rare ones, looked up again and again."""
    return zipf(word, code, large=True)


@functools.cache
def _han_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Han characters of Chinese words that Japanese words never use (simplified forms: 们,
    个, 删) and the reverse (Japanese forms: 駅, 項, 東)."""
    def han(code: str) -> frozenset[str]:
        return frozenset(ch for word, _ in common_words(code, 0.0) for ch in word
                         if "\u3400" <= ch <= "\u9fff")

    chinese, japanese = han("zh"), han("ja")
    return chinese - japanese, japanese - chinese


def han_evidence(text: str) -> tuple[int, int]:
    """(characters only Chinese uses, characters only Japanese uses) in ``text``."""
    chinese, japanese = _han_sets()
    return sum(ch in chinese for ch in text), sum(ch in japanese for ch in text)


def lexicon_scores(words: list[str], candidates: frozenset[str]) -> dict[str, float]:
    """Summed Zipf frequency of the (lower-case) words in each candidate language with a
    list: a word unknown in a language adds nothing."""
    return {code: sum(zipf(w, code) for w in words) for code in sorted(candidates)
            if code in lexicon_languages()}


UNLISTED_ZIPF = 1.0  # a word missing from a language's small list: rare there, not impossible


def lexicon_ranking(words: list[str], candidates: frozenset[str]) -> list[tuple[str, float, float]]:
    """(language, log-likelihood, coverage) of the (lower-case) words under each candidate
    with a word list, likeliest first: a unigram model on Zipf values, a word missing from a
    list counting as ``UNLISTED_ZIPF``; coverage is the share of the words the list has."""
    listed = candidates & lexicon_languages()
    scores = dict.fromkeys(listed, UNLISTED_ZIPF * len(words))
    known = dict.fromkeys(listed, 0)
    for word in words:
        for code, value in common_in(word, listed, UNLISTED_ZIPF):  # cached: words repeat
            scores[code] += value - UNLISTED_ZIPF
            known[code] += 1
    ranked = [(code, scores[code], known[code] / len(words) if words else 0.0) for code in listed]
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked


SHORTLIST_ZIPF = 4.0


def lexicon_shortlist(words: list[str], candidates: frozenset[str], count: int) -> frozenset[str]:
    """The ``count`` candidates with a list whose common words (Zipf ``SHORTLIST_ZIPF`` and
    up: the top few thousand, read in a fraction of the time of a whole list) the (lower-case)
    words are likeliest in: the ones worth a ``lexicon_ranking``."""
    listed = candidates & lexicon_languages()
    if len(listed) <= count:
        return listed
    scores = dict.fromkeys(listed, 0.0)
    for word in words:
        for code, value in common_in(word, listed, SHORTLIST_ZIPF):
            scores[code] += value
    return frozenset(sorted(listed, key=lambda code: (-scores[code], code))[:count])


def lexicon_leader(words: list[str], candidates: frozenset[str],
                   margin: float) -> tuple[str, float] | None:
    """``lexicon_ranking``'s first language and its coverage when its score leads the next
    one's by at least ``margin``; None when it does not, or fewer than two candidates have a
    list. A list is read whole only for a language that could lead or come within ``margin``:
    its common words (Zipf ``SHORTLIST_ZIPF`` and up) bound the score of the others."""
    listed = sorted(candidates & lexicon_languages())
    if len(listed) < 2:
        return None
    # a word below the common words adds at most SHORTLIST_ZIPF - UNLISTED_ZIPF to a score
    ceiling = {code: UNLISTED_ZIPF * len(words) + sum(
        (value - UNLISTED_ZIPF) if (value := zipf(w, code, floor=SHORTLIST_ZIPF))
        else SHORTLIST_ZIPF - UNLISTED_ZIPF for w in words) + 1e-6 for code in listed}
    exact: dict[str, tuple[float, float]] = {}
    for code in sorted(listed, key=lambda c: (-ceiling[c], c)):
        best = min(exact, key=lambda c: (-exact[c][0], c)) if exact else None
        if best is not None and ceiling[code] < exact[best][0] - margin:
            break  # neither this language nor any after it can come within the margin
        exact[code] = _score(words, code)
    best = min(exact, key=lambda c: (-exact[c][0], c))
    runner_up = max((score for c, (score, _) in exact.items() if c != best), default=None)
    if runner_up is not None and exact[best][0] - runner_up < margin:
        return None
    return best, exact[best][1]


def _score(words: list[str], code: str) -> tuple[float, float]:
    """The words' score and coverage under one language's list, as ``lexicon_ranking``."""
    score, known = UNLISTED_ZIPF * len(words), 0
    for word in words:
        if (value := zipf(word, code, floor=UNLISTED_ZIPF)) >= UNLISTED_ZIPF:
            score += value - UNLISTED_ZIPF
            known += 1
    return score, known / len(words) if words else 0.0


def chinese_only(char: str) -> bool:
    """Whether the Han character appears in Chinese words and never in Japanese ones."""
    return char in _han_sets()[0]


def japanese_only(char: str) -> bool:
    """Whether the Han character appears in Japanese words and never in Chinese ones."""
    return char in _han_sets()[1]


@functools.lru_cache(maxsize=262_144)
def common_in(word: str, codes: frozenset[str], floor: float = 3.0) -> tuple[tuple[str, float], ...]:
    """The languages of ``codes`` where ``word`` has a Zipf frequency of at least ``floor``,
    with it. Cached: running text repeats its words, so most lookups are one dict hit."""
    return tuple((code, value) for code in sorted(codes)
                 if (value := zipf(word, code, floor=floor)) >= floor)


CONTAMINATION_SAMPLE = 300
GRAMMAR_WORDS = 60


def top_words(code: str, count: int) -> list[str]:
    """The language's ``count`` commonest words, commonest first (empty without a list)."""
    path = _path(code, "best")
    return _list_at(path).top(count) if path else []


@functools.cache
def grammar_words(code: str) -> frozenset[str]:
    """The language's commonest words: nearly all function words (the, of, und, que). Other
    lists of "stop words" run to a thousand words and include make, help, computer."""
    return frozenset(top_words(code, GRAMMAR_WORDS))


@functools.cache
def contamination(host: str, rival: str) -> float:
    """How often the ``host`` language's word list has the ``rival`` language's words merely
    because its sources quote that language: log10 of host over rival frequency, the lower
    quartile over the rival's commonest words. German web text quotes English, so "the" and
    "of" have Zipf 5.5 in German, about 0.5 % of their English rate (-2.3); English quotes
    little German (-4). A word well above that rate (Team, Download) is in real use in the
    host; one at it (the, questo in English) is only ever quoted."""
    top = top_words(rival, CONTAMINATION_SAMPLE)
    if not top:
        return -9.0
    _host(host)[0].expect(len(top))  # most are rare in the host: read its whole list at once
    ratios = sorted(host_zipf(w, host) - zipf(w, rival) if host_zipf(w, host) else -9.0
                    for w in top)
    return ratios[len(ratios) // 4]
