"""Word-level language evidence: word lists, how much a language's list merely quotes another,
its grammar words, the character models, and the quick count of prose words."""

from __future__ import annotations

import os
import random
import subprocess
import sys

from seokit.text.langid import count_prose_words, prose_words
from seokit.text.lexicon import contamination, grammar_words, lexicon_ranking, zipf
from seokit.text.ngram_profiles import word_log_likelihood


def test_a_list_quotes_another_language_at_a_rate_of_its_own() -> None:
    # German web text quotes English far more than English text quotes German
    assert -3.0 < contamination("de", "en") < -1.5
    assert contamination("en", "de") < -3.5
    # "the" is in the German list only as a quotation; "Team" is a German word
    the = zipf("the", "de", large=True) - zipf("the", "en")
    team = zipf("team", "de", large=True) - zipf("team", "en")
    assert the < contamination("de", "en") + 0.5 < team


def test_grammar_words_are_the_commonest_words() -> None:
    assert {"the", "of", "and"} <= grammar_words("en")
    assert {"und", "der", "nicht"} <= grammar_words("de")
    assert not {"make", "help", "computer"} & grammar_words("en")  # stop-word lists have them
    assert grammar_words("xx") == frozenset()


def test_lexicon_ranking_is_a_unigram_model_with_coverage() -> None:
    ranked = lexicon_ranking("die katze sitzt auf der warmen matte".split(),
                             frozenset({"de", "en", "nl", "xx"}))
    assert [code for code, _, _ in ranked] == ["de", "nl", "en"]
    assert ranked[0][2] == 1.0 > ranked[2][2]


def test_character_models_tell_words_no_list_has() -> None:
    def favours(word: str, code: str, other: str) -> bool:
        mine, theirs = word_log_likelihood(word, code), word_log_likelihood(word, other)
        assert mine is not None and theirs is not None
        return mine > theirs

    assert favours("authentifizierungstoken", "de", "en")
    assert favours("невірний", "uk", "ru")  # і is Ukrainian
    assert favours("graváveis", "pt", "fr")
    assert favours("readonly", "en", "it")
    assert word_log_likelihood("word", "xx") is None


def test_options_variables_and_paths_are_no_prose() -> None:
    text = 'Run gpg --clearsign -o out.txt with $HOME set, see /etc and ":options" or e-mail.'
    # "-o", "--clearsign", "$HOME", "/etc" and ":options" would be plain words once their
    # prefix is stripped as punctuation; "out.txt" was never one; a hyphen inside a word stays
    assert prose_words(text) == ["Run", "gpg", "with", "set", "see", "and", "or", "e-mail"]
    assert count_prose_words(text) == 8


def test_count_prose_words_is_the_length_of_prose_words() -> None:
    rng = random.Random(3)
    alphabet = "aBcZé\u0301 -'’.,()1_東“”—\n/$:"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert count_prose_words(text) == len(prose_words(text)), repr(text)


# ---- the word lists, read lazily: the same answers as wordfreq's own reading -----------------


def _buckets(path: str) -> list[list[str]]:
    import gzip

    import msgpack  # type: ignore[import-untyped]

    with gzip.open(path, "rb") as handle:
        return list(msgpack.unpack(handle, raw=False)[1:])


def test_word_lists_answer_as_wordfreq_however_far_they_are_read() -> None:
    import wordfreq

    from seokit.text import lexicon

    assert lexicon.lexicon_languages() == {
        {"nb": "no", "fil": "tl", "sh": "hr"}.get(code, code)
        for code in wordfreq.available_languages("small")} - {"zh", "ja"}
    rng = random.Random(5)
    # Afrikaans reads Dutch lists, as in wordfreq; Danish its own small list as its large one,
    # where wordfreq would fall back to Norwegian's large list
    for code, large, name, kind in (("en", True, "en", "large"), ("de", False, "de", "small"),
                                    ("tl", False, "fil", "small"), ("af", True, "nl", "large"),
                                    ("da", True, "da", "small")):
        buckets = wordfreq.get_frequency_list(name, kind)
        values = {w: round(9 - i / 100, 2) for i, bucket in enumerate(buckets) for w in bucket}
        words = rng.sample(sorted(values), 400)
        probes = words + [w[1:] for w in words[:100]] + [w + "q" for w in words[:100]] + ["", "zzqx"]
        for _ in range(4000):  # in a random order: reading deeper must not change an answer
            word, floor = rng.choice(probes), rng.choice([0.0, 1.0, 2.5, 3.0, 3.01, 4.0, 4.5, 6.0])
            expected = values.get(word, 0.0)
            assert lexicon.zipf(word, code, large=large, floor=floor) == (
                expected if expected >= floor else 0.0), (code, word, floor)
        assert lexicon.top_words(code, 500) == wordfreq.top_n_list(code, 500)


def test_a_word_list_read_by_several_threads_answers_each_the_same() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from seokit.text import lexicon

    path = lexicon._files("small")["nl"]
    values = {w: round(9 - i / 100, 2) for i, b in enumerate(_buckets(path)) for w in b}
    words = [*sorted(values)[::7], "xqzw", "nietbestaand"]
    fresh = lexicon._WordList(path)

    def look(seed: int) -> bool:
        rng = random.Random(seed)
        return all(fresh.zipf(w, f) == (values.get(w, 0.0) if values.get(w, 0.0) >= f else 0.0)
                   for w, f in ((rng.choice(words), rng.choice([0.0, 3.0, 4.5])) for _ in range(3000)))

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(look, range(8)))


def test_the_facts_the_lazy_reading_rests_on_hold_for_every_list() -> None:
    # a small list is its large list's top; no list has a word with an inner hyphen or a curly
    # apostrophe (wordfreq splits and straightens them); buckets are sorted
    from seokit.text import lexicon

    small, large = lexicon._files("small"), lexicon._files("large")
    assert small and set(large) <= set(small)
    for code, path in sorted(small.items()):
        buckets = _buckets(path)
        assert all(bucket == sorted(bucket) for bucket in buckets), code
        assert not any(lexicon._unlisted(w) for bucket in buckets for w in bucket), code
        if code in large:  # Zipf 3.01 and up: the first 600 buckets
            def positions(lists: list[list[str]]) -> dict[str, int]:
                return {w: i for i, bucket in enumerate(lists[:600]) for w in bucket}
            assert positions(buckets) == positions(_buckets(large[code])), code
            assert not any(buckets[600:]), code


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def test_identify_with_candidates_answers_as_langdetects_full_factory() -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from seokit.text import langid

    full = DetectorFactory()  # all 55 profiles, in sorted order as seokit always loaded them
    names = sorted(os.listdir(PROFILES_DIRECTORY))
    full.load_json_profile([_read(os.path.join(PROFILES_DIRECTORY, name)) for name in names])
    assert tuple(full.get_lang_list()) == tuple(names) == langid.profile_names()
    assert langid.detector_languages() == {{"zh-cn": "zh", "zh-tw": "zh"}.get(c, c)
                                           for c in full.get_lang_list()}

    def reference(text: str, candidates: frozenset[str], prior: str | None) -> list[str]:
        detector = full.create()
        detector.seed = langid.SEED
        known = [c for c in full.get_lang_list() if c in candidates]
        detector.set_prior_map(langid._prior_map(known, prior, 0.5))
        detector.append(text)
        return [f"{p.lang}:{p.prob!r}" for p in detector.get_probabilities()]

    texts = ["Der Vertrag wurde gestern von beiden Seiten unterschrieben",
             "Le contrat a été signé hier par les deux parties",
             "the contract was signed yesterday", "Договор был подписан вчера обеими сторонами",
             "Cette option est ignorée si le fichier n'existe pas"]
    for candidates in (frozenset({"de", "en", "fr", "nl"}), frozenset({"ru", "uk", "bg"})):
        for text in texts:
            for prior in (None, "en", "fr"):
                ranked = langid.identify(text, candidates, prior=prior)
                assert [f"{c}:{p!r}" for c, p in ranked] == [
                    item for item in reference(text, candidates, prior)], (text, prior)


def test_function_word_index_lists_every_language_of_a_word() -> None:
    from stop_words import LANGUAGE_MAPPING

    from seokit.text.langid import function_word_index, function_words

    codes = [{"nb": "no"}.get(code, code) for code in LANGUAGE_MAPPING]
    index = function_word_index()
    assert set(index) == {w for code in codes for w in function_words(code)}
    for word in ("die", "the", "und", "что", "de"):
        assert index[word] == {code for code in codes if word in function_words(code)}
    assert {"de", "nl"} <= index["die"] and index["und"] == {"de"}


def test_lexicon_leader_is_the_ranking_leader_when_it_leads_by_the_margin() -> None:
    from seokit.text.lexicon import lexicon_leader

    rng = random.Random(8)
    vocabulary = ("the cat sat on warm mat die katze sitzt auf der matte le chat est sur "
                  "tapis el gato está en la alfombra kot siedzi na macie zzqx").split()
    candidates = frozenset({"en", "de", "fr", "es", "pl", "nl", "it"})
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(2, 9))]
        margin = rng.choice([0.5, 2.0, 4.0, 8.0])
        ranked = lexicon_ranking(words, candidates)
        (best, score, coverage), runner_up = ranked[0], ranked[1][1]
        expected = (best, coverage) if score - runner_up >= margin else None
        assert lexicon_leader(words, candidates, margin) == expected, (words, margin)


def test_analysing_the_example_reads_only_the_top_of_the_word_lists() -> None:
    # a fresh process (a worker's first document): no wordfreq or langdetect import, and no
    # list decoded below its commonest words
    code = ("import sys; from seokit.analysis.language import analyze_language;"
            "from seokit.context import Context; from seokit.parse import parse_document;"
            "from seokit.text import lexicon as L;"
            "text = open('examples/articles/massage-therapy.txt', encoding='utf-8').read();"
            "analyze_language(Context(parse_document(text, 'text')));"
            "lists = [L._list_at(p) for kind in ('small', 'large') for p in L._files(kind).values()];"
            "print(max(x._decoded for x in lists) <= L._HEAD_BUCKETS, sum(x._tail.words for x in lists),"
            " sorted(m for m in ('wordfreq', 'langdetect', 'langcodes') if m in sys.modules))")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=root, check=True, timeout=120)
    assert done.stdout.strip() == "True 0 []"


def test_a_host_without_a_large_list_of_its_own_reads_its_own_small_list() -> None:
    # wordfreq would give Danish Norwegian's large list and Icelandic English's: then every
    # English word would count as Icelandic, and no English span in Icelandic text as foreign
    from seokit.text import lexicon

    for code, own in (("da", "small_da"), ("is", "small_is"), ("sk", "small_sk"), ("de", "large_de")):
        found, _floor = lexicon._host(code)
        assert found._path is not None and found._path.endswith(own + lexicon._SUFFIX), code
    assert lexicon.host_zipf("the", "is") < lexicon.zipf("the", "en") - 2


def test_language_names_from_the_table_are_langcodes_names() -> None:
    import langcodes

    from seokit.analysis.language_data import LANGUAGE_SCRIPTS
    from seokit.text import langid
    from seokit.text.lexicon import lexicon_languages

    covered = set(langid.detector_languages()) | set(lexicon_languages()) | set(LANGUAGE_SCRIPTS)
    assert covered <= set(langid._NAMES)  # every language seokit can name in a message
    for code, name in langid._NAMES.items():
        assert name == langcodes.Language.get(code).display_name(), code
    assert langid.language_name("gsw") == langcodes.Language.get("gsw").display_name()  # asks
    assert langid.language_name("qqx") == "qqx"  # no name: the code
