"""Texts told apart without being opened (expand, words): a clause that gives no detail
(text._counts_nothing), a word that gives no figure (details._figure), a text with nothing pending
(polarity._pending). Each answer must be the one the full reading gives."""

from __future__ import annotations

import pytest

from app.compare import details, polarity, text
from app.compare.text import _DETAIL_PIECES, _NUMBER_OR_MONTH, _REWRITES, Detail

CLAUSES = [
    "She has been doing really well,", "He was late,", "it was all fine", "Mum agreed to the plan.",
    "a couple of times a week", "a couple of hundred", "a couple of thousand", "twenty-six sessions", "the twenty-first", "the second one",
    "first of all,", "one of them", "someone said so", "often late", "he'll attend", "Ms Day came,", "Miss Day came",
    "on the re-vening", "co-morning", "today", "at teatime", "at bedtime, he", "first thing", "in May", "you may go",
    "March on", "nine nine nine", "999", "a 3/10", "half ten", "per cent", "per week", "twice", "a kilo", "a year",
    "every weekday", "fortnightly", "nightly", "tonight", "he's forthcoming", "I can't", "wasn't", "Zoë said no,",
    "Róisín came", "straight away", "no further action", "a lot", "hundreds", "dozen", "a few", "once",
    "not yet decided", "yet to start", "YET", "it is not set", "eleventh hour", "TWENTY", "Twelve", "thirteen",
]


def _long_way(clause: str, carried):
    text._details.cache_clear()
    try:
        pre, text._counts_nothing = text._counts_nothing, lambda _: False
        return text._details(clause, carried)
    finally:
        text._counts_nothing = pre
        text._details.cache_clear()


@pytest.mark.parametrize("clause", CLAUSES)
def test_a_clause_told_to_count_nothing_reads_as_it_does_opened(clause):
    for carried in (None, Detail(3.0, "session", "3 sessions")):
        text._details.cache_clear()
        assert text._details(clause, carried) == _long_way(clause, carried)


def test_the_plain_clauses_are_told_without_opening_them():
    assert text._counts_nothing("She has been doing really well,")
    assert text._counts_nothing("Mum agreed to the plan.")
    for clause in ("a couple of times", "twenty-six", "the second one", "in May", "today", "on the re-vening", "Zoë"):
        assert not text._counts_nothing(clause)


def _written(rep) -> list[str]:
    """What a rewrite writes of its own: the template, or the strings of its function."""
    if isinstance(rep, str):
        return [rep]
    return [c for c in rep.__code__.co_consts if isinstance(c, str)]


def test_expand_writes_no_word_or_piece_the_reading_unopened_looks_for():
    # (a "couple" becomes "two": counted among the words looked for)
    for _, rep, needs in _REWRITES:
        for written in _written(rep):
            words = set(text._LETTERS.findall(written.lower()))
            assert not (words & _NUMBER_OR_MONTH) or (needs == "couple" and words & _NUMBER_OR_MONTH == {"two"}), written
            assert not any(piece in written for piece in (*_DETAIL_PIECES, "yet")), written


@pytest.mark.parametrize("word", ["one", "One", "TWO", "first", "Second", "hundred", "twenty", "a", "an", "couple",
                                  "nfa", "cant", "till", "left", "nine", "999", "3rd", "one's", "twenty-six", "Zoë",
                                  "school", "sessions", "o'clock", "half"])
def test_a_word_gives_a_figure_as_its_words_do(word):
    assert details._figure(word) == any(x.isdigit() for x in text.words(word))


@pytest.mark.parametrize("said", ["It has not yet been decided.", "She is yet to start.", "It's not been decided.",
                                  "YET TO START", "Nothing is pending.", "Not yet, no."])
def test_pending_reads_as_it_does_opened(said):
    opened = frozenset(polarity.lemma(w) for m in polarity._PENDING.finditer(polarity.expand(said))
                       for w in m.groups() if w)
    assert polarity._pending.__wrapped__(said) == opened
