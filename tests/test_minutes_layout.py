"""How minutes lay out who said what: initials, numbered paragraphs, plan tables, sign-off lines.

Every document here is invented for the test; none of its sentences is from a conference.
"""

from __future__ import annotations

from app.compare.attribution import names_in, same_person
from app.minutes.importer import read_minutes
from app.minutes.people import Attendee, Cast

HEAD = ("Anytown Council\nReview Child Protection Conference: Minutes\nDate: 2 March 2027\n"
        "Attendance\nName\tInitials\tRole\nRuth Ogunleye\tRO\tIndependent Chair\n"
        "Peter Vance\tPV\tSocial Worker, Children's Services\nAmy Locke\tAL\tMother\n"
        "Josh Locke\tJL\tYoung person\nHanna Berg\tHB\tSchool Nurse\n")


def minutes_of(tmp_path, body: str):
    f = tmp_path / "minutes.txt"
    f.write_text(HEAD + body, encoding="utf-8")
    return read_minutes(f)


def statements_of(tmp_path, body: str) -> dict:
    """The statements of minutes with this body, by their text."""
    return {s.text: s for s in minutes_of(tmp_path, body).statements}


def test_initials_name_attendees_and_are_not_their_role(tmp_path):
    m = minutes_of(tmp_path, "Views of the family\nAL said that the flat is now warm and dry.\n")
    assert [a.role for a in m.attendees][:3] == ["Independent Chair", "Social Worker, Children's Services", "Mother"]
    (s,) = m.statements
    assert s.speaker == "Mother (Amy Locke)" and s.credited_by == "text"


def test_initials_need_one_attendee():
    cast = Cast([Attendee("Sam Lee", "Father"), Attendee("Sara Lund", "Aunt")])
    assert cast.by_initials("SL") is None  # two people share them: nobody is named
    assert Cast([Attendee("Sam Lee", "Father")]).by_initials("SL").name == "Sam Lee"


def test_numbered_paragraphs_lose_their_numbers_not_their_figures(tmp_path):
    m = minutes_of(tmp_path, "Agency reports\n4.2 The School Nurse said that Josh has grown well.\n"
                             "7 of 10 sessions were attended.\n")
    assert [s.text for s in m.statements] == ["The School Nurse said that Josh has grown well.",
                                             "7 of 10 sessions were attended."]


def test_a_plan_table_gives_actions_credited_to_their_owner(tmp_path):
    m = minutes_of(tmp_path, "Plan\nAction\tLead\tBy when\n"
                             "Arrange a hearing test for Josh\tSchool Nurse\tWithin 6 weeks\n"
                             "Find a tutor for the summer\t\tOngoing\n")
    assert [(s.text, s.speaker, s.credited_by) for s in m.statements] == [
        ("Arrange a hearing test for Josh", "School Nurse (Hanna Berg)", "action"),
        ("Find a tutor for the summer", None, None)]


def test_sign_off_lines_are_not_claims(tmp_path):
    m = minutes_of(tmp_path, "Decision\nJosh will remain on a plan.\nChair: Ruth Ogunleye, Independent Chair\n"
                             "Minutes recorded by HB.\n")
    assert [s.text for s in m.statements] == ["Josh will remain on a plan."]


def test_a_role_with_its_own_brackets_is_still_the_same_person():
    a, b = "Class Teacher (Year 6) (Tom Reyes)", "Class Teacher (Tom Reyes)"
    assert names_in(a) == {"tom", "reyes"}
    assert same_person(a, b)
    assert not same_person(a, "Class Teacher (Lily Hart)")


def test_a_first_name_alone_is_the_attendee_not_a_role_that_holds_it():
    cast = Cast([Attendee("Noor Haddad", "Young person"), Attendee("Ruth Kemp", "Advocate for Noor"),
                 Attendee("Noor Ellis", "Aunt"), Attendee("Ivan Petrov", "Father")])
    assert cast.resolve("Ivan") == "Father (Ivan Petrov)"
    one = Cast([Attendee("Noor Haddad", "Young person"), Attendee("Ruth Kemp", "Advocate for Noor")])
    assert one.resolve("Noor") == "Young person (Noor Haddad)"
    # two attendees called Noor: the name alone says nobody for sure, and no role is guessed from it
    assert cast.by_name("Noor") is None


def test_a_school_nursing_row_is_the_school_nurse_not_the_school():
    cast = Cast([Attendee("Tom Ruddock", "Designated Safeguarding Lead, Hill Primary"),
                 Attendee("Kemi Ade", "School Nurse")])
    assert cast.by_agency("School Nursing").name == "Kemi Ade"
    assert cast.by_agency("Hill Primary School").name == "Tom Ruddock"


def test_a_health_profession_that_did_not_attend_is_not_the_health_visitor():
    cast = Cast([Attendee("Rachel Ode", "Health Visitor"), Attendee("Sam Reid", "Police Constable")])
    assert cast.resolve("The GP") == "GP"
    assert cast.resolve("the paediatrician") == "Paediatrician"
    assert cast.resolve("Health Visiting") == "Health Visitor (Rachel Ode)"
    assert cast.resolve("the police officer") == "Police Constable (Sam Reid)"


def test_initials_after_a_name_in_the_attendee_table_are_not_part_of_it(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Minutes\nAttendees\nName\tRole\nPriya Nandy (PN)\tSocial Worker\nLee Carr (LC)\tFather\n"
                 "Information shared\nPN said that LC has kept every contact session.\n", encoding="utf-8")
    m = read_minutes(f)
    assert [a.name for a in m.attendees] == ["Priya Nandy", "Lee Carr"]
    assert m.statements[-1].speakers == ["Social Worker (Priya Nandy)"]


def test_an_attendee_table_may_give_the_initials_first(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Minutes\nAttendees\nInitials\tName\tRole\nPN\tPriya Nandy\tSocial Worker (SW)\n"
                 "F\tLee Carr\tFather\nDiscussion\n- SW (PN) said that the garden is now fenced.\n", encoding="utf-8")
    m = read_minutes(f)
    assert [(a.name, a.role) for a in m.attendees] == [("Priya Nandy", "Social Worker (SW)"), ("Lee Carr", "Father")]
    assert m.statements[-1].speakers == ["Social Worker (Priya Nandy)"]


def test_attendees_listed_one_a_line_under_their_heading_are_read(tmp_path):
    # a list of who was there, one a line, with or without the initials the minutes use after it
    f = tmp_path / "minutes.txt"
    f.write_text("Minutes\nAttendees\nRO – Ruth Ogunleye, Independent Chair\nPV – Peter Vance, Social Worker\n"
                 "DC Omar Shaw – Police (CAIT)\nAmy Locke (Mother), Josh Locke (Young person)\n"
                 "Apologies\nHanna Berg, School Nurse\n"
                 "Information shared\nPV said that the flat is now warm and dry.\n"
                 "AL added that she had fixed the boiler herself.\n", encoding="utf-8")
    m = read_minutes(f)
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Ruth Ogunleye", "Independent Chair"), ("Peter Vance", "Social Worker"), ("DC Omar Shaw", "Police (CAIT)"),
        ("Amy Locke", "Mother"), ("Josh Locke", "Young person")]  # not the apologies
    said = [s for s in m.statements if s.header is None]
    assert [s.speaker for s in said] == ["Social Worker (Peter Vance)", "Mother (Amy Locke)"]


def test_a_long_line_ending_in_a_source_tag_is_not_joined_to_the_next(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text(HEAD + "Health and school\nJosh has had all his vaccinations and his hearing test came back clear in "
                 "the spring (HB)\nHis attendance this term is ninety-one per cent, down from ninety-six (PV)\n",
                 encoding="utf-8")
    said = [s for s in read_minutes(f).statements if s.header is None]
    assert [s.speaker for s in said] == ["School Nurse (Hanna Berg)", "Social Worker (Peter Vance)"]


def test_who_said_before_a_colon_credits_the_quotation(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Minutes\nPresent: Priya Nandy (Social Worker), Lee Carr (Father), Ann Carr (Mother)\n"
                 "Family's views\nF said: 'I have fixed the gate myself.'\n"
                 "Mum added: 'He did, last weekend.'\nPurpose: to review the plan.\n", encoding="utf-8")
    got = {s.text: s.speaker for s in read_minutes(f).statements}
    assert got["F said: 'I have fixed the gate myself.'"] == "Father (Lee Carr)"
    assert got["Mum added: 'He did, last weekend.'"] == "Mother (Ann Carr)"
    assert got["Purpose: to review the plan."] is None


def test_a_header_line_after_a_long_unfinished_one_is_its_own(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Borough Council Children's Services\n"
                 "Child: Unborn baby of Amy Locke and Dan Reed (expected date of delivery 2 March 2027, second baby)\n"
                 "Date of conference: Monday 11 January 2027\nVenue: Room 4\nMinutes\n"
                 "The Chair welcomed everyone.\n", encoding="utf-8")
    m = read_minutes(f)
    assert m.info.get("date of conference") == "Monday 11 January 2027"


def test_a_present_line_ending_in_a_bracket_is_not_joined_to_the_next(tmp_path):
    # a long line ending "(Mother, by telephone)" is finished: the next line is no attendee
    f = tmp_path / "minutes.txt"
    f.write_text("Borough Council Children's Services\nReview conference\nDate: Monday 11 January 2027\n"
                 "Present: Ann Cole (Independent Chair); Raj Mistry (Social Worker, Family Support Team); "
                 "Tia Rowe (Mother, by telephone)\n"
                 "These notes record only decisions, actions and points of note.\n"
                 "Discussion\nThe Chair welcomed everyone.\n", encoding="utf-8")
    m = read_minutes(f)
    assert [a.name for a in m.attendees] == ["Ann Cole", "Raj Mistry", "Tia Rowe"]
    # and the note on the record itself claims nothing about the meeting
    assert [s.text for s in m.statements] == ["The Chair welcomed everyone."]


def test_a_college_row_is_the_college_tutor_not_the_school():
    cast = Cast([Attendee("Tom Ruddock", "Designated Safeguarding Lead, Hill Academy"),
                 Attendee("Ana Paz", "College Tutor")])
    assert cast.by_agency("Riverside College").name == "Ana Paz"
    assert cast.by_agency("Hill Academy").name == "Tom Ruddock"
    assert Cast([Attendee("Tom Ruddock", "Head of Year")]).by_agency("Riverside College").name == "Tom Ruddock"


def test_camhs_is_the_childrens_service_not_adult_mental_health():
    cast = Cast([Attendee("Mo Ali", "Care Coordinator, Adult Mental Health Team"),
                 Attendee("Grace Ade", "CAMHS Practitioner"), Attendee("Rachel Ode", "Health Visitor")])
    assert cast.resolve("CAMHS") == "CAMHS Practitioner (Grace Ade)"
    assert cast.resolve("Adult mental health services") == "Care Coordinator (Mo Ali)"
    assert cast.resolve("The GP") == "GP"


def test_an_area_and_its_service_on_a_line_of_its_own_heads_that_workers_part(tmp_path):
    m = minutes_of(tmp_path, "Social care\nPeter Vance said the flat is warm now.\n"
                             "Health: School Nursing\nJosh's hearing test is booked for May.\n"
                             "Outcome: Plan Continues\nSchool Nurse: Child Protection Plan\n")
    said = {s.text: s for s in m.statements}
    assert "Health: School Nursing" not in said
    assert said["Josh's hearing test is booked for May."].speaker == "School Nurse (Hanna Berg)"
    # a key and a value that name nobody is a claim, not a heading
    assert "Outcome: Plan Continues" in said
    assert said["School Nurse: Child Protection Plan"].speaker == "School Nurse (Hanna Berg)"  # her vote


def test_a_timed_logs_clock_is_layout_not_a_time_said(tmp_path):
    m = minutes_of(tmp_path, "Discussion\n10:12 Peter Vance said the flat is warm now.\n"
                             "10:40 The hearing test is at 9:30 on Friday.\n")
    assert [s.text for s in m.statements] == ["Peter Vance said the flat is warm now.",
                                             "The hearing test is at 9:30 on Friday."]
    # ... and with a dash after it, before the speaker's label, which credits the sentence
    m = minutes_of(tmp_path, "Discussion\n10:12 – School Nurse (Hanna Berg): said the test is booked for May.\n")
    assert [(s.text, s.speaker) for s in m.statements] == [
        ("School Nurse (Hanna Berg): said the test is booked for May.", "School Nurse (Hanna Berg)")]


def test_what_someone_had_asked_or_explained_is_credited_to_them(tmp_path):
    m = minutes_of(tmp_path, "Health and home\nHanna had asked Josh about his ears at the clinic in May.\n"
                             "Peter had explained the plan to both parents on the phone.\n")
    assert [s.speaker for s in m.statements] == ["School Nurse (Hanna Berg)", "Social Worker (Peter Vance)"]


def test_the_date_and_venue_above_the_attendees_are_the_heading_after_a_long_title(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Anytown Council\nReview Child Protection Conference (Pre-Birth): the unborn baby of Amy Locke "
                 "and her partner, Flat 2\nDate of conference: Tuesday 2 March 2027\nVenue: Room 4, Civic Centre\n"
                 + HEAD.split("Attendance\n", 1)[1].join(["Attendance\n", ""])
                 + "Discussion\nPeter Vance said the flat is warm now.\n", encoding="utf-8")
    m = read_minutes(f)
    assert [s.text for s in m.statements if not s.header][-1:] == ["Peter Vance said the flat is warm now."]
    assert not any(s.text.startswith(("Date of conference", "Venue")) for s in m.statements)
    assert m.info.get("venue") == "Room 4, Civic Centre"


def test_a_heading_of_topics_joined_by_and_names_nobody(tmp_path):
    m = minutes_of(tmp_path, "Hearing and health\nJosh's hearing test is booked for May.\n"
                             "School Nurse and Social Worker\nThe flat is warm now.\n")
    said = {s.text: s for s in m.statements}
    assert said["Josh's hearing test is booked for May."].speaker is None  # a topic, not the nurse's part
    assert said["The flat is warm now."].speaker is not None  # both there: a part of theirs


def test_a_table_of_each_persons_view_is_no_list_of_attendees(tmp_path):
    # "Name | Agency | View | Reason": who voted how, and why; claims, each credited to its row
    m = minutes_of(tmp_path, "Recommendations\nName\tAgency\tView\tReason\n"
                             "Hanna Berg\tMeadow Primary\tChild in need\tJosh's weight is back on track.\n"
                             "Peter Vance\tChildren's Services\tChild protection plan\tThe flat is still cold.\n")
    assert len(m.attendees) == 5  # nobody listed twice
    said = {s.text: s.speaker for s in m.statements}
    assert said["Josh's weight is back on track."] == "School Nurse (Hanna Berg)"
    assert said["The flat is still cold."] == "Social Worker (Peter Vance)"
    assert "Meadow Primary" not in said  # the agency column says who, not what


def test_a_note_on_the_record_is_dropped_but_not_the_claims_after_it(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Borough Council Children's Services\nReview conference\nDate: Monday 11 January 2027\n"
                 "Present: Ann Cole (Independent Chair); Raj Mistry (Social Worker)\nDiscussion\n"
                 "These minutes record the main points only. Mr Mistry said the flat was warm.\n", encoding="utf-8")
    assert [s.text for s in read_minutes(f).statements] == ["Mr Mistry said the flat was warm."]


def test_one_rule_for_the_short_forms_of_a_role():
    # the reader's tags and the comparer's words to leave out use the same short forms
    from app.compare.align import who_words
    from app.minutes.people import role_short_forms
    assert role_short_forms("Community Learning Disability Nurse") == {"cldn", "ldn"}
    assert role_short_forms("Class Teacher (Year 3)") == {"ct"}
    assert role_short_forms("Designated Safeguarding Lead, Hill Academy") == {"dsl", "ha"}
    assert role_short_forms("Midwife") == set()
    assert {"cldn", "ldn"} <= who_words(("Community Learning Disability Nurse (Gwen Ray)",))
    assert Cast([Attendee("Gwen Ray", "Community Learning Disability Nurse")]).by_initials("LDN").name == "Gwen Ray"


def test_a_parents_relative_is_that_relative_not_the_parent():
    cast = Cast([Attendee("Ann Lee", "Mother"), Attendee("Jo Lee", "Maternal aunt, supporter"),
                 Attendee("Ray Po", "Paternal uncle")])
    assert cast.resolve("Mother's Sister") == "Maternal aunt (Jo Lee)"
    assert cast.resolve("Dad's brother") == "Paternal uncle (Ray Po)"
    # a relative who is not on the list is someone else, never the parent
    assert cast.resolve("Mum's brother") == "Mum's brother"
    assert cast.resolve("Mother's partner") == "Mother's partner"
    assert cast.resolve("Mother") == "Mother (Ann Lee)"
    # "Mum's" is "Mother's", as the roster writes it
    cast = Cast([Attendee("Ann Lee", "Mother"), Attendee("Lee Po", "Mother's partner")])
    assert cast.resolve("Mum's partner") == "Mother's partner (Lee Po)"



def test_who_took_the_minutes_is_no_claim(tmp_path):
    f = tmp_path / "minutes.txt"
    f.write_text("Review Conference\nPresent: Priya Nandy (Social Worker), Lee Carr (Father)\n"
                 "Minutes: Dawn Ashby (Business Support)\nDiscussion\nPN said that the gate is now fixed.\n",
                 encoding="utf-8")
    assert [s.text for s in read_minutes(f).statements] == ["PN said that the gate is now fixed."]


def test_a_parents_partner_is_not_taken_for_the_parent_by_sex():
    cast = Cast([Attendee("Dean Fowler", "Mother's partner"), Attendee("Jo Barrow", "Mother")])
    assert cast.attendees[0].gender is None  # (not "f" from the word "Mother's")
    assert cast.resolve("Mr Fowler", people_only=True) == "Mother's partner (Dean Fowler)"


def test_a_full_name_with_another_first_name_is_someone_else_of_that_family():
    cast = Cast([Attendee("Jordan Walsh", "Father"), Attendee("Ann Cole", "Social Worker")])
    assert cast.resolve("Mrs Denise Walsh", people_only=True) is None
    assert cast.resolve("Mrs Walsh", people_only=True) is None  # not the father
    assert cast.resolve("Mr Walsh", people_only=True) == "Father (Jordan Walsh)"
    assert cast.resolve("Jordan Walsh", people_only=True) == "Father (Jordan Walsh)"
    # an initial or a shortened first name may be his
    assert cast.resolve("Mr J. Walsh", people_only=True) == "Father (Jordan Walsh)"
    assert cast.resolve("Mr Jord Walsh", people_only=True) == "Father (Jordan Walsh)"


def test_not_opposing_is_a_view_of_the_one_named():
    from app.minutes.statements import credited
    cast = Cast([Attendee("Ann Lee", "Mother"), Attendee("Ray Po", "Social Worker")])
    assert credited("Ms Lee did not oppose the decision.", cast) == ["Mother (Ann Lee)"]
    assert credited("Ms Lee did not object to the referral.", cast) == ["Mother (Ann Lee)"]


def test_a_bracket_that_only_says_how_long_someone_stayed_is_no_role():
    from app.minutes.people import parse_present_line

    got = [(a.name, a.role) for a in parse_present_line(
        "Kai Moss (first part only); Jo Rae (Part-time Family Support Worker); Sam Ode (On behalf of Education)")]
    assert got == [("Kai Moss", ""), ("Jo Rae", "Part-time Family Support Worker"),
                   ("Sam Ode", "On behalf of Education")]


def test_a_heading_of_someones_views_gives_them_its_sentences(tmp_path):
    # "Mother's views", "Josh's wishes and feelings", "Views of Mrs Locke": the part of the one whose
    # views they are, where they were there; the parents together, or someone not there, nobody
    m = minutes_of(tmp_path, "Mother's views\nThe flat is warm now and the damp has gone.\n"
                             "Josh's wishes and feelings\nHe would like to go back to football on Saturdays.\n"
                             "Views of Mrs Locke\nThe bus to school takes an hour.\n"
                             "Parents' views\nThe new bedroom is ready.\n"
                             "Grandmother's views\nShe can collect Josh on Fridays.\n")
    said = {s.text: s for s in m.statements}
    assert said["The flat is warm now and the damp has gone."].speaker == "Mother (Amy Locke)"
    assert said["The flat is warm now and the damp has gone."].credited_by == "heading"
    assert said["He would like to go back to football on Saturdays."].speaker == "Young person (Josh Locke)"
    assert said["The bus to school takes an hour."].speaker == "Mother (Amy Locke)"
    assert said["The new bedroom is ready."].speaker is None
    # (nobody of that name was there: the sentence is no attendee's)
    assert said["She can collect Josh on Fridays."].speaker not in {a.label for a in m.attendees}


def test_a_judgement_given_by_its_maker_is_credited_to_them(tmp_path):
    # "assessed", "concluded", "recognised", "was clear that": a view in the words of the one who gave it
    m = minutes_of(tmp_path, "Discussion\nPeter Vance still assessed the risk to Josh as low.\n"
                             "Hanna Berg was clear that Josh's weight is no longer a worry.\n"
                             "Amy Locke recognised that the flat had been too cold in the winter.\n"
                             "Ruth Ogunleye concluded that the plan should continue.\n"
                             "Josh was clear of any infection by March.\n")
    said = {s.text: s.speaker for s in m.statements}
    assert said["Peter Vance still assessed the risk to Josh as low."] == "Social Worker (Peter Vance)"
    assert said["Hanna Berg was clear that Josh's weight is no longer a worry."] == "School Nurse (Hanna Berg)"
    assert said["Amy Locke recognised that the flat had been too cold in the winter."] == "Mother (Amy Locke)"
    assert said["Ruth Ogunleye concluded that the plan should continue."] == "Independent Chair (Ruth Ogunleye)"
    assert said["Josh was clear of any infection by March."] is None  # of him, not his words


def test_a_pronoun_opening_a_paragraph_is_whom_the_last_one_credited(tmp_path):
    # numbered paragraphs and bullets: "She" goes on with the one the paragraph before credited
    said = statements_of(tmp_path, "Discussion\n4. Ms Locke said the flat is warm now.\n"
                                   "5. She added that the damp in the bathroom has gone.\n"
                                   "- Peter Vance said the rent is paid up.\n- He agreed to chase the repairs.\n"
                                   "- The flat has a new boiler.\n- She said the bus to school takes an hour.\n")
    assert said["She added that the damp in the bathroom has gone."].speaker == "Mother (Amy Locke)"
    assert said["She added that the damp in the bathroom has gone."].credited_by == "text"
    # (the roster does not say Peter Vance is a man: "He" is not surely him across paragraphs)
    assert said["He agreed to chase the repairs."].speaker is None
    # (after a paragraph that credits nobody, nobody the sentence can be sure of)
    assert said["She said the bus to school takes an hour."].speaker is None


def test_the_title_the_paragraph_before_used_says_whom_a_pronoun_can_be(tmp_path):
    # the roster gives no sex, but "Mr Vance" does: "He" opening the next paragraph is surely him
    said = statements_of(tmp_path, "Discussion\n6. Mr Vance said the rent is paid up.\n7. He added that the "
                                   "repairs are booked.\n8. Mr Vance said the boiler is new.\n9. She said the "
                                   "bus takes an hour.\n")
    assert said["He added that the repairs are booked."].speaker == "Social Worker (Peter Vance)"
    assert said["She said the bus takes an hour."].speaker is None
    # (the title must be the credited one's, opening the paragraph: not another Locke it names)
    said = statements_of(tmp_path, "Discussion\nJosh said Ms Locke had been shouting at him a lot.\n"
                                   "She said the flat is now warm and dry.\n")
    assert said["She said the flat is now warm and dry."].speaker != "Young person (Josh Locke)"


def test_consent_credits_who_gave_it(tmp_path):
    said = statements_of(tmp_path, "Discussion\nMs Locke consented to a referral to the young carers group.\n"
                                   "Josh undertook to go to school every day next week.\n")
    assert said["Ms Locke consented to a referral to the young carers group."].speaker == "Mother (Amy Locke)"
    assert said["Josh undertook to go to school every day next week."].speaker == "Young person (Josh Locke)"
    # (but "undertook a home visit" is a thing done, not words given)
    said = statements_of(tmp_path, "Discussion\nMr Vance undertook a home visit on 3 February.\n")
    assert said["Mr Vance undertook a home visit on 3 February."].credited_by != "text"


def test_a_pronoun_carried_is_neither_the_heading_nor_a_reporter(tmp_path):
    # under a heading that gives the part, the heading's; a carried name is no one "told her"
    said = statements_of(tmp_path, "School Nurse\nMs Locke said Josh is eating well.\n"
                                   "She weighed Josh on 3 February.\n"
                                   "Discussion\nMs Locke said the flat is warm now.\n"
                                   "Peter Vance told her that the rent arrears are cleared.\n")
    assert said["She weighed Josh on 3 February."].speaker == "School Nurse (Hanna Berg)"
    assert said["Peter Vance told her that the rent arrears are cleared."].speakers == ["Social Worker (Peter Vance)"]


def test_she_after_two_people_is_the_one_she_can_be(tmp_path):
    # "she" is not both of them: the mother where the other is surely a man, else nobody sure
    said = statements_of(tmp_path, "Discussion\nMs Locke and Mr Vance said the flat is warm now. She said the damp has gone.\n")
    assert len(said["She said the damp has gone."].speakers) <= 1
    assert "Social Worker (Peter Vance)" not in said["She said the damp has gone."].speakers


def test_views_of_two_people_or_gathered_by_another_are_not_one_persons(tmp_path):
    said = statements_of(tmp_path, "Mother's and Josh's views\nThe flat is warm now.\n"
                                   "Josh's views (gathered by Peter Vance)\nHe wants more time with his dad.\n"
                                   "Mother's views on the plan\nThe plan is too long.\n")
    assert said["The flat is warm now."].speaker not in ("Mother (Amy Locke)", "Young person (Josh Locke)")
    assert said["He wants more time with his dad."].speaker != "Young person (Josh Locke)"
    assert said["The plan is too long."].speaker == "Mother (Amy Locke)"


def test_acts_are_not_judgements_credited(tmp_path):
    said = statements_of(tmp_path, "Discussion\nAmy Locke made clear progress with the morning routine.\n"
                                   "Ruth Ogunleye concluded the meeting at 11.30.\n"
                                   "Peter Vance assessed the home on 3 February.\n"
                                   "Hanna Berg recognised Josh from the clinic.\n"
                                   "Amy Locke still to complete the parenting course.\n")
    for text in ("Amy Locke made clear progress with the morning routine.", "Ruth Ogunleye concluded the meeting at 11.30.",
                 "Peter Vance assessed the home on 3 February.", "Hanna Berg recognised Josh from the clinic."):
        assert said[text].credited_by != "text", text
    assert said["Amy Locke still to complete the parenting course."].credited_by != "action"
