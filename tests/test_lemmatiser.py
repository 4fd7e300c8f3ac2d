"""The lemmatiser's dictionary is decoded once per machine and kept; the lemmas do not change."""

from __future__ import annotations

import pytest
import simplemma

from app.compare import lemmatiser
from app.compare.text import lemma


def test_the_same_lemmas_as_simplemma_itself():
    words = ["visited", "visiting", "children", "mice", "worse", "closing", "attended", "happily", "went", "remains"]
    assert [lemmatiser.lemmatize(w) for w in words] == [simplemma.lemmatize(w, lang="en") for w in words]


def test_the_decoded_table_is_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("FAIRMINUTES_CACHE", str(tmp_path / "cache"))
    calls = []

    def decode(lang):
        calls.append(lang)
        return {b"visited": b"visit"}

    assert lemmatiser._decoded("en", decode) == {b"visited": b"visit"}
    assert lemmatiser._decoded("en", decode) == {b"visited": b"visit"}
    assert calls == ["en"]  # the second time from the kept file
    kept = list((tmp_path / "cache").glob("lemmas-en-*.marshal"))
    assert len(kept) == 1 and oct(kept[0].parent.stat().st_mode & 0o777) == "0o700"


def test_a_damaged_or_unwritable_cache_decodes_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FAIRMINUTES_CACHE", str(tmp_path / "cache"))
    lemmatiser._decoded("en", lambda lang: {b"a": b"b"})
    for kept in (tmp_path / "cache").glob("lemmas-en-*.marshal"):
        kept.write_bytes(b"\x00not marshal")
    assert lemmatiser._decoded("en", lambda lang: {b"c": b"d"}) == {b"c": b"d"}
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FAIRMINUTES_CACHE", str(blocker / "cache"))  # a folder that cannot be made
    assert lemmatiser._decoded("en", lambda lang: {b"e": b"f"}) == {b"e": b"f"}


@pytest.mark.parametrize("word,base", [("coping", "cope"), ("feeding", "feed"), ("living", "live"), ("rung", "ring"),
                                       ("won", "win"), ("freezing", "freeze"), ("swearing", "swear")])
def test_common_words_the_lemmatiser_leaves_or_slips_on(word, base):
    assert lemma(word) == base
