"""The sentence-embedding model (app/compare/embedding.py) and its veto on "not said".

Real model, loaded from the installed package; sentences invented for these tests."""

from app.compare import checks, embedding
from app.compare.align import Aligner
from app.compare.turns import Turn


def test_a_paraphrase_is_closer_than_another_subject():
    said = "I've got to head off at half ten, I'm on call after that."
    assert embedding.similarity("Dr Price said he would need to leave the meeting at 10.30am.", said) > \
        embedding.similarity("Dr Price said the boiler in the flat had been repaired.", said)


def test_closest_finds_the_turn_that_says_it_in_other_words():
    turns = ["The boiler's been fixed, the engineer came Tuesday.",
             "I've got to head off at half ten, I'm on call after that.",
             "Her reading has come on a lot this term."]
    i, sim = embedding.closest("The doctor would have to leave the meeting early.", turns)
    assert i == 1 and sim > 0.1
    assert embedding.closest("anything", []) == (-1, -1.0)


def test_vectors_are_unit_length_and_cached():
    v = embedding.vectors(["The garden gate was left open.", "The garden gate was left open."])
    assert abs(float(v[0] @ v[0]) - 1.0) < 1e-4
    assert "The garden gate was left open." in embedding._cache


def test_a_warm_comparison_needs_no_model(tmp_path, monkeypatch):
    """The vectors a comparison used are kept in the session folder; the next one reads them and
    never loads the model when nothing changed."""
    texts = ["The bus to school was late twice.", "Nobody has been round to look at the damp."]
    cold = embedding.vectors(texts)
    path = tmp_path / embedding.CACHE_NAME
    embedding.load_cache(tmp_path / "none-yet.npz")  # a new comparison: nothing kept yet
    embedding.vectors(texts)
    assert embedding.save_cache(path) == 2
    monkeypatch.setattr(embedding, "_cache", {})
    monkeypatch.setattr(embedding, "embedder", lambda: (_ for _ in ()).throw(AssertionError("model loaded")))
    assert embedding.load_cache(path) == 2
    assert (embedding.vectors(texts) == cold).all()
    path.write_bytes(b"not a cache")  # unreadable: ignored, computed again
    assert embedding.load_cache(path) == 0


def test_the_veto_needs_the_switch_and_a_close_turn(monkeypatch):
    aligner = Aligner([Turn(0, 0.0, 4.0, "GP", "I've got to head off at half ten, I'm on call after that."),
                       Turn(1, 4.0, 8.0, "Chair", "Thank you. Shall we hear from school next?")])
    text = "The GP said he would have to go at 10.30 because he was on call."
    monkeypatch.setattr(embedding, "USE_EMBEDDING", False)
    assert not checks.said_in_other_words(text, aligner)
    monkeypatch.setattr(embedding, "USE_EMBEDDING", True)
    close = embedding.closest(text, [t.text for t in aligner.turns])[1]
    assert checks.said_in_other_words(text, aligner, checks.Tuning(same_meaning_from=close - 0.01))
    assert not checks.said_in_other_words(text, aligner, checks.Tuning(same_meaning_from=close + 0.01))
    assert not checks.said_in_other_words("The family's cat was taken to the vet for its injections.", aligner)


def test_the_veto_looks_only_near_turns_sharing_words_when_given_them(monkeypatch):
    monkeypatch.setattr(embedding, "USE_EMBEDDING", True)
    turns = [Turn(i, i * 4.0, i * 4.0 + 3.0, "Chair", f"Item {i}: the minutes of the last review were agreed.")
             for i in range(30)]
    turns[25] = Turn(25, 100.0, 103.0, "GP", "I've got to head off at half ten, I'm on call after that.")
    aligner = Aligner(turns)
    text = "The GP said he would have to go at 10.30 because he was on call."
    tuning = checks.Tuning(same_meaning_from=0.3, same_meaning_turns=3)
    assert checks.said_in_other_words(text, aligner, tuning, words=["call"])
    assert not checks.said_in_other_words(text, aligner, tuning, words=["minutes", "review"])


def test_switched_on_as_measured():
    """Left one conference out of the twelve developed on (checks.Tuning.same_meaning_from)."""
    assert embedding.USE_EMBEDDING is True
    assert checks.TUNING.same_meaning_from == 0.50


def test_a_paraphrase_passes_unflagged_and_a_new_claim_stays_not_said(monkeypatch):
    """End to end through the comparer, from an invented meeting."""
    from tests.test_compare_checks import _compare

    meeting = """\
Chair (Rosa Lindqvist): Thank you all for coming. Omar, could you start us off?
Social Worker (Omar Haddad): The flat's freezing, the heating's packed in again.
Chair (Rosa Lindqvist): Thank you. Jade, anything to add?
Mother (Jade Moss): Not really, no.
"""
    paraphrase = "The heating in the flat has broken down again and the home is very cold."
    new = "Ms Moss told the conference that she had been diagnosed with diabetes in January."
    monkeypatch.setattr(embedding, "USE_EMBEDDING", False)
    assert _compare(meeting, paraphrase)[paraphrase].kind == "not_said"  # too few shared words
    monkeypatch.setattr(embedding, "USE_EMBEDDING", True)
    found = _compare(meeting, paraphrase, new)
    assert paraphrase not in found
    assert found[new].kind == "not_said"
