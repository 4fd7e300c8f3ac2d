"""The conference's vocabulary for the recogniser: names and terms, never the minutes' sentences."""

from __future__ import annotations

import re

from app.minutes.people import Attendee as MinutesAttendee
from app.minutes.statements import Minutes, Statement
from app.transcription import models, vocabulary

ROSTER = [("Ms Orla Quennell", "Independent Chair"), ("Tobias Wrenfield", "Social Worker"),
          ("DC Imani Castellow", "Police"), ("Petra Aldous", "Mother")]


def invented_minutes() -> Minutes:
    statements = [
        "Ms Aldous said that Juniper attends Hazelcombe Nursery three mornings a week.",
        "The Social Worker visited the flat on Pellingham Road twice and found it cold.",
        "Juniper was seen at Marrowby General Hospital after the fall.",
        "Mr Fennick admitted shouting at the neighbour and accepted a caution.",
        "Nursery staff said Juniper is settled and the nursery has no concerns.",
        "Juniper\tHazelcombe Nursery\tattendance good",
    ]
    return Minutes("minutes.docx", [MinutesAttendee("Petra Aldous", "Mother"),
                                    MinutesAttendee("Gareth Fennick", "Mother's partner")], ["Views"],
                   [Statement(t, "Views", None, f"paragraph {i}") for i, t in enumerate(statements)],
                   {"venue": "Stallbridge House, Room 4"})


def entries(line: str) -> list[str]:
    return line.split(", ")


def test_roster_names_come_first_and_honorifics_go_but_ranks_stay():
    line = vocabulary.build(ROSTER)
    got = entries(line)
    assert got[:4] == ["Orla Quennell", "Tobias Wrenfield", "DC Imani Castellow", "Petra Aldous"]
    assert "Independent Chair" in got and "Social Worker" in got
    assert "core group" in got and "section 47" in got  # general terms fill what is left


def test_names_places_and_services_of_the_minutes_are_added():
    got = entries(vocabulary.build(ROSTER, invented_minutes()))
    for name in ("Gareth Fennick", "Juniper", "Hazelcombe Nursery", "Pellingham Road", "Marrowby General Hospital",
                 "Stallbridge House"):
        assert name in got, name
    # 'Nursery' is also written small ('the nursery has'), 'Social Worker' is a role, 'Mr' a title
    assert "Nursery" not in got and "Mr Fennick" not in got and "Social" not in got


def test_no_words_of_the_minutes_claims_get_in():
    line = vocabulary.build(ROSTER, invented_minutes())
    words = set(re.findall(r"[a-z]+", line.lower()))
    for claim_word in ("admitted", "shouting", "neighbour", "accepted", "caution", "fall", "cold", "twice",
                       "settled", "attendance", "good", "mornings", "week", "three"):
        assert claim_word not in words, claim_word


def test_a_run_of_names_ends_at_a_table_cell_or_comma():
    nouns = vocabulary.proper_nouns(["We met Ada Pemberly, Corwin Ashby and Lidia Morrow\tOakhurst Academy here."])
    assert set(nouns) == {"Ada Pemberly", "Corwin Ashby", "Lidia Morrow", "Oakhurst Academy"}


def test_first_word_of_a_sentence_is_no_name_unless_met_elsewhere():
    nouns = vocabulary.proper_nouns(["Yesterday the family moved. Bramwell School has a place for Kit."])
    assert "Yesterday" not in nouns and "Bramwell School" not in nouns and "Kit" in nouns


def test_initials_of_attendees_are_not_names():
    nouns = vocabulary.proper_nouns(["The plan was agreed with PA and with Colm."], initials={"PA"})
    assert "PA" not in nouns and "Colm" in nouns


def test_a_long_roster_stays_well_under_whispers_prompt_limit():
    roster = [(f"Name{chr(65 + i)}ovic Surname{chr(65 + i)}worth-Tallis", "Designated Safeguarding Lead, School")
              for i in range(40)]
    line = vocabulary.build(roster, invented_minutes())
    assert len(line) <= vocabulary.MAX_CHARS
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(models.resolve(None).path / "tokenizer.json"))
    n = len(tok.encode(" " + line, add_special_tokens=False).ids)
    assert n < 180, n  # faster-whisper cuts hotwords at 223 tokens
    assert line.startswith("NameAovic SurnameAworth-Tallis")


def test_the_model_already_knows_ordinary_words_but_not_invented_places():
    assert vocabulary.model_knows("House") and vocabulary.model_knows("Road")
    assert not vocabulary.model_knows("Quillbrook")


def test_a_rarely_named_ordinary_word_is_left_out():
    # 'Harbour' is a word the recogniser knows; named once it is not worth the room, 'Tessaly' is
    minutes = Minutes("m.docx", [], [], [Statement("They met at Harbour and later at Tessaly.", "", None, "p1")])
    got = entries(vocabulary.build([], minutes))
    assert "Tessaly" in got and "Harbour" not in got


def test_for_session_uses_the_roster_then_the_imported_minutes(tmp_path):
    from app.minutes.importer import import_into_session
    from app.session import Attendee, create_session

    session = create_session("Review for J", attendees=[Attendee(n, r) for n, r in ROSTER])
    before = vocabulary.for_session(session)
    assert "Tobias Wrenfield" in before and "Hazelcombe Nursery" not in before
    doc = tmp_path / "minutes.txt"
    doc.write_text("Review Child Protection Conference\n\nViews\n\n"
                   "Ms Aldous said that Juniper attends Hazelcombe Nursery every morning.\n", encoding="utf-8")
    import_into_session(session, doc)
    after = vocabulary.for_session(session)
    assert after.startswith("Orla Quennell, Tobias Wrenfield") and "Hazelcombe Nursery" in after
