"""WordNet's opposites and synonyms (app/compare/lexicon.py), and how polarity uses them when on.

Sentences are invented for these tests and appear in no conference."""

from app.compare import lexicon, polarity


def test_the_extract_ships_with_the_app_and_its_licence():
    from resources import path as resource

    assert resource("lexicon", "wordnet.tsv").stat().st_size < 1_000_000
    assert "Princeton University" in resource("lexicon", "LICENSE-WordNet").read_text()


def test_antonyms_read_both_ways_in_common_senses():
    ant = lexicon.antonyms()
    assert "disagree" in ant["agree"] and "agree" in ant["disagree"]
    assert "deny" in ant["admit"]
    assert "reject" in ant["accept"] or "refuse" in ant["accept"]
    assert "agree" not in ant.get("agree", ())


def test_synonym_groups_leave_out_what_the_hand_list_holds():
    groups = lexicon.synonym_groups()
    assert any({"begin", "start"} <= g for g in groups)
    assert not any("start" in g for g in lexicon.synonym_groups({"start", "begin"}))
    assert all(len(g) > 1 for g in groups)


def test_a_wordnet_opposite_is_a_contradiction_when_switched_on(monkeypatch):
    claim = "The landlord accepted the repair plan for the flat."
    said = "The landlord rejected the repair plan for the flat outright."
    monkeypatch.setattr(polarity, "_ANT", {})
    # the hand list has accept/reject on opposite sides already; an adjective pair it lacks:
    assert polarity.clash("The stairs to the flat are narrow.", "The stairs to the flat are wide.") is None
    monkeypatch.setattr(polarity, "_ANT", lexicon.antonyms())
    assert polarity.clash(claim, said) is not None
    assert polarity.clash("The stairs to the flat are narrow.", "The stairs to the flat are wide.") is not None
    # the same words on both sides are no contradiction
    assert polarity.clash("The stairs to the flat are narrow.", "The stairs to the flat are narrow and wide.") is None


def test_switched_off_by_default_as_measured():
    """bench/ablation.py found no recall gained and findings lost to wrong senses: off."""
    assert lexicon.USE_ANTONYMS is False
