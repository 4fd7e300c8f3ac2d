"""Events of consequence the minutes report that nobody spoke of (sentences in no conference)."""

from __future__ import annotations

from app.compare import serious_events


def test_an_event_is_found_by_its_usual_wording_and_not_by_a_look_alike():
    names = lambda text: [name for name, _ in serious_events.reported(text)]  # noqa: E731
    assert names("He had since been charged with criminal damage.") == ["a charge"]
    assert names("The school gave Liam a two-day fixed-term exclusion.") == ["an exclusion from school"]
    assert names("The GP diagnosed asthma in the spring.") == ["a diagnosis"]
    assert names("A formal warning was issued by the housing officer.") == ["a formal warning"]
    assert names("The chair asked for an FGC to be arranged before the review.") == [
        "an FGC (a family meeting to plan for the children)"]
    assert names("The local authority will consider pre-proceedings.") == ["court proceedings or pre-proceedings"]
    assert names("A referral was made to MARAC.") == ["a MARAC referral"]
    # a section 47 enquiry is how every initial conference began: minutes record it as background
    assert names("A section 47 enquiry was undertaken jointly with the police.") == []
    # the same words in other senses report no such event
    assert names("Gran is in charge of the school run.") == []
    assert names("Blood tests were sent to exclude a thyroid problem.") == []
    assert names("The warning signs were discussed.") == []
    assert names("The Chair cautioned against closing the case too early.") == []
    assert names("Ms Moss spoke with conviction about staying sober.") == []
    assert names("The breakfast club place was at no charge.") == []
    assert names("Dad bailed on the last contact session.") == []
    assert names("He was released on bail with conditions.") == ["bail"]


def test_an_event_counts_as_spoken_of_in_any_form_of_its_word():
    said = ["He was arrested on the Friday and he's been released, no charges yet."]
    assert serious_events.unmentioned("Mr Pike was arrested and later charged with theft.", said) == []
    assert serious_events.unmentioned("Mr Pike was arrested and cautioned.", said) == ["a caution"]
    # a recogniser's near miss ("arested") is taken as the word itself; a short everyday word is not
    assert serious_events.unmentioned("Mr Pike was arrested.", ["he was arested on friday"], misheard=True) == []
    assert serious_events.unmentioned("Mr Pike was arrested.", ["you need to rest"], misheard=True) == ["an arrest"]
    assert serious_events.unmentioned("A formal warning was given.", ["I want to say"], misheard=True) == [
        "a formal warning"]
    assert serious_events.unmentioned("Mr Pike was arrested.", ["he was arested on friday"]) == ["an arrest"]



def test_convictions_are_spoken_of_as_previous_or_a_record():
    line = "Mr Pike has three previous convictions for burglary."
    assert serious_events.unmentioned(line, ["He's got three previous for burglary, the last in 2021."]) == []
    assert serious_events.unmentioned(line, ["He has a criminal record, mostly burglary."]) == []
    assert serious_events.unmentioned(line, ["He's known to us, form for burglary."]) == []
    # "previous" in its everyday sense speaks of no conviction
    assert serious_events.unmentioned(line, ["At the previous conference he was burgled."]) == ["a conviction"]

def _compare(meeting: str, *lines: str) -> dict:
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    people = ["Rosa Lindqvist\tIndependent Chair", "Tom Pike\tPolice", "Jade Moss\tMother"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", *lines]), "test")
    return {f.minutes_text: f for f in compare(m, from_text(meeting)).findings if f.minutes_text}


def test_a_charge_added_to_an_arrest_that_was_said_is_not_said():
    meeting = """\
Independent Chair (Rosa Lindqvist): Tom, the police update please.
Police (Tom Pike): So Jade's ex-partner, Carl Vickers, was arrested on the fourteenth after Jade rang us. He's been released under investigation while we look at the phone evidence.
Mother (Jade Moss): He's still messaging my sister.
Police (Tom Pike): Send me screenshots of those, please.
"""
    added = "PC Pike reported that Carl Vickers had been arrested on the 14th after Jade rang the police and had since been charged with harassment."
    faithful = "PC Pike reported that Carl Vickers had been arrested on the 14th and released under investigation."
    found = _compare(meeting, added, faithful)
    assert found[added].kind == "not_said" and "a charge" in found[added].explanation
    assert faithful not in found


def test_admissions_to_the_police_that_nobody_spoke_of_are_not_said():
    from app.compare import serious_events
    assert serious_events.reported("Mr Vickers made full admissions when interviewed.")
    assert serious_events.reported("He admitted the assault in interview.")
    # a hospital admission is none, nor is admitting a mistake
    assert not serious_events.reported("There have been no hospital admissions since May.")
    assert not serious_events.reported("Ms Moss admitted she had found the last month hard.")
    meeting = """\
Independent Chair (Rosa Lindqvist): Tom, the police update please.
Police (Tom Pike): Carl Vickers was arrested on the fourteenth and interviewed the same day. He's on bail while we look at his phone.
Mother (Jade Moss): He's still messaging my sister.
"""
    added = "PC Pike said Mr Vickers had been arrested on the 14th, interviewed the same day, and had made admissions."
    found = _compare(meeting, added)
    assert found[added].kind == "not_said" and "admissions to the police" in found[added].explanation
    said = meeting.replace("He's on bail", "He admitted pushing her, he's on bail")
    assert added not in _compare(said, added)


def test_an_admission_to_hospital_that_nobody_spoke_of_is_not_said():
    from app.compare import serious_events
    assert serious_events.reported("She was admitted to a psychiatric unit last winter.")
    assert serious_events.reported("He was sectioned after the second overdose.")
    assert not serious_events.reported("There have been no hospital admissions since May.")
    # a police unit or a maternity ward speaks of no stay in hospital; being kept in does
    meeting = """\
Independent Chair (Rosa Lindqvist): Tom, from the public protection unit?
Police (Tom Pike): Yes. Jade took an overdose in March, the ambulance came out, and she's been well since.
Mother (Jade Moss): I was home from the ward the next day.
"""
    added = "PC Pike said Ms Moss had been admitted to a mental health unit after taking an overdose in March."
    found = _compare(meeting, added)
    assert found[added].kind == "not_said" and "an admission to hospital" in found[added].explanation
    kept = meeting.replace("I was home from the ward the next day.", "They kept me in, on the mental health unit, for a week.")
    assert added not in _compare(kept, added)


def test_the_admin_team_speaks_of_no_admission():
    assert serious_events.unmentioned("Ravi was admitted to hospital with pneumonia.",
                                      ["The admin office will send the letters out."]) == ["an admission to hospital"]
    assert not serious_events.unmentioned("Ravi was admitted to hospital with pneumonia.", ["He was admitted on Tuesday."])


def test_excluded_for_a_time_is_an_exclusion():
    assert [name for name, _ in serious_events.reported("Ravi was excluded for three days after the fight.")] == [
        "an exclusion from school"]


def test_a_suspension_speaks_of_an_exclusion():
    assert not serious_events.unmentioned("Ravi was excluded for three days.", ["He got suspended for three days."])


def test_a_roots_near_miss_is_read_from_its_word_not_its_pattern():
    assert serious_events._ROOTS[r"\badmi(?!n)"] == "admi"  # (not "admi(?!n)", the pattern's text)



def test_harm_in_other_words_is_no_event_of_its_own():
    # a graver word for a harm is not read as an event: its plain words are too many to list
    for line in ("Mr Cole assaulted his brother.", "The dog attacked Jess.", "Jess had a burn on her arm.",
                 "Jess has been self-harming.", "The baby is malnourished.", "He made threats to his neighbour."):
        assert serious_events.reported(line) == [], line


def test_a_doctors_verdict_told_speaks_of_a_diagnosis():
    line = "Ms Price said the GP had diagnosed eczema."
    assert serious_events.unmentioned(line, ["I took him to the GP and she said it's eczema, we've got a cream."]) == []
    assert serious_events.unmentioned(line, ["I took him to the GP about his rash, we've got a cream."]) == [
        "a diagnosis"]
