"""Words of one script with offsets: cut at spaces and at script changes, names and code marked."""

from __future__ import annotations

from seokit.text.script_words import script_words
from seokit.text.scripts import Script


def test_words_are_cut_where_the_script_changes() -> None:
    text = "ファイルのsegmento。automaticamente il fuso、東京 getUserId() test"
    found = [(text[w.start:w.end], w.plain) for w in script_words(text, Script.LATIN)]
    assert found == [("ファイルの", False), ("segmento", True), ("。", False),
                     ("automaticamente", True), ("il", True), ("fuso", True), ("、東京", False),
                     ("getUserId", False), ("test", True)]


def test_names_are_capitalised_words_inside_a_sentence() -> None:
    text = 'Yesterday Dr. Jürgen Müller said: "Das ist gut." Then Anna left.'
    names = {text[w.start:w.end]: w.name for w in script_words(text, Script.LATIN)}
    assert names["Yesterday"] is False  # starts the text
    assert names["Jürgen"] is True and names["Müller"] is True  # "Dr." ends no sentence
    assert names["Das"] is False  # opens a quotation
    assert names["Then"] is False and names["Anna"] is True


def test_words_glued_to_a_command_prefix_or_call_are_code() -> None:
    text = 'Run ":set noro", -R or stat() then read the file'
    plain = {text[w.start:w.end]: w.plain for w in script_words(text, Script.LATIN)}
    assert plain["set"] is False and plain["-R"] is False and plain["stat"] is False
    assert plain["noro"] is True and plain["read"] is True


def test_words_of_one_sentence_keep_their_offsets_in_the_text() -> None:
    text = "Erste Zeile. Zweite Zeile hier."
    start = text.index("Zweite")
    found = script_words(text, Script.LATIN, start, len(text))
    assert [(text[w.start:w.end], w.name) for w in found] == [
        ("Zweite", False), ("Zeile", True), ("hier", False)]

