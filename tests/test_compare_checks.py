"""The comparer's checks, each from a sentence that is in no conference."""

from __future__ import annotations


def test_a_statement_that_points_back_claims_too_little_to_call_not_said():
    from app.compare.checks import checkable

    assert not checkable(["agree", "case"])
    assert checkable(["caution", "assault", "march"])
    # a two-letter word is a word ("the GP started her on antidepressants"); one letter is not
    assert checkable(["gp", "start", "antidepressant"]) and not checkable(["x", "start", "antidepressant"])


def _compare(meeting: str, *lines: str) -> dict:
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    people = ["Rosa Lindqvist\tIndependent Chair", "Omar Haddad\tSocial Worker", "Jade Moss\tMother"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", *lines]), "test")
    return {f.minutes_text: f for f in compare(m, from_text(meeting)).findings if f.minutes_text}


def _case(meeting: str, line: str):
    """The Case the checks are given for one minutes line against the meeting (same roster as _compare)."""
    from app.compare import checks
    from app.compare.align import Aligner, statement_words
    from app.compare.comparer import context_for
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    people = ["Rosa Lindqvist\tIndependent Chair", "Omar Haddad\tSocial Worker", "Jade Moss\tMother"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", line]), "test")
    turns = from_text(meeting)
    aligner, ctx = Aligner(turns), context_for(m, turns)
    st = m.statements[-1]
    words = statement_words(st.text, st.speakers, ctx.names)
    return checks.Case(st, words, aligner.best(words), aligner, ctx)


def test_a_correction_answers_the_last_thing_said_not_a_whole_long_turn():
    meeting = """\
Chair (Rosa Lindqvist): Omar, your update please.
Social Worker (Omar Haddad): Jade moved into the flat on Carver Street in the spring. The boiler there has been broken since October, and the landlord says he has ordered a part.
Mother (Jade Moss): No, that's not right, he hasn't ordered anything, he just keeps saying it.
"""
    moved = "Ms Moss moved into the flat on Carver Street in the spring."
    part = "The landlord has ordered a part for the broken boiler."
    found = _compare(meeting, moved, part)
    assert moved not in found  # the correction was about the landlord, not the move
    assert found[part].kind == "contradicted"


def test_a_denial_or_an_accepted_decision_is_no_admission():
    from app.compare.checks import admits

    assert admits("Mr Lee admitted that he had hit the boy with a slipper.")
    assert not admits("Mr Lee does not accept that he hit the boy.")
    assert not admits("Ms Moss accepted the decision, though she had hoped for less.")



def test_a_yes_to_the_proposal_put_to_them_makes_it_theirs():
    meeting = """\
Chair (Rosa Lindqvist): And the safety goal?
Social Worker (Omar Haddad): That Ruby is collected from nursery on time by a sober adult every day, with a backup person for pickups.
Chair (Rosa Lindqvist): Thanks, Omar.
Chair (Rosa Lindqvist): Everyone happy with that? Jade?
Mother (Jade Moss): Yeah, that's fair, yeah.
"""
    agreed = "Ms Moss said Ruby should be collected from nursery on time by a sober adult every day."
    assert agreed not in _compare(meeting, agreed)


def test_a_score_is_checked_against_the_scorer_not_the_one_before():
    meeting = """\
Chair (Rosa Lindqvist): Scaling, please. Omar?
Social Worker (Omar Haddad): I'd say five. Ruby's nursery is going well but the nights worry me.
Mother (Jade Moss): Eight for me. Ruby's nursery is going brilliantly.
"""
    minuted = "Jade Moss (mother) scored 5, as Ruby's nursery is going well."
    found = _compare(meeting, minuted)
    assert found[minuted].kind == "changed_detail"


def test_another_persons_figure_about_something_else_is_no_changed_detail():
    meeting = """\
Chair (Rosa Lindqvist): Jade, how are things with the tablets?
Mother (Jade Moss): Good. My sister reminds me, but I take the tablets myself.
Social Worker (Omar Haddad): And I see Jade weekly, Tuesdays usually.
"""
    minuted = "Ms Moss said she takes her tablets daily, with reminders from her sister."
    found = _compare(meeting, minuted).get(minuted)
    assert found is None or found.kind != "changed_detail"


def test_all_of_those_listed_agreed_is_not_contradicted_by_someone_not_listed():
    from app.compare.checks import _listed
    from app.minutes.people import Attendee, Cast

    cast = Cast([Attendee("Omar Haddad", "Social Worker"), Attendee("Ana Paz", "College Tutor"),
                 Attendee("Grace Ade", "CAMHS Practitioner")])
    assert _listed("The social worker and CAMHS both supported the plan.", cast) == [
        "Social Worker (Omar Haddad)", "CAMHS Practitioner (Grace Ade)"]
    assert _listed("All professionals supported the plan.", cast) is None
    assert _listed("The social worker and the neighbours all supported it.", cast) is None


def test_a_sentence_about_her_does_not_contradict_one_about_him():
    from app.compare.checks import _other_gender
    from app.minutes.people import Attendee, Cast

    cast = Cast([Attendee("Lee Carr", "Father"), Attendee("Amy Locke", "Mother"), Attendee("Sam Ode", "Social Worker")])
    assert _other_gender("LC has not missed any appointments.", "She's missed two of her last four.", cast)
    assert not _other_gender("LC has not missed any appointments.", "He's missed two of his last four.", cast)
    assert not _other_gender("Ms Locke has kept every appointment.", "She's missed two of her last four.", cast)
    assert not _other_gender("Sam Ode said the visits went well.", "She said they had not gone well.", cast)


def test_initials_are_read_as_names_for_meaning():
    from app.compare.checks import initials_named
    from app.minutes.people import Attendee, Cast

    cast = Cast([Attendee("Tariq Mahmood", "Social Worker"), Attendee("Maxine Dunmore", "Aunt")])
    assert initials_named("TM to arrange an assessment of MD.", cast) == \
        "Tariq Mahmood to arrange an assessment of Maxine Dunmore."
    assert initials_named("A CAMHS referral by the GP.", cast) == "A CAMHS referral by the GP."


def test_the_person_told_is_not_the_source():
    from app.compare.checks import _as_source

    assert not _as_source({"gemma"}, "One of our staff saw it. We passed that to Hannah and to Gemma the same day.")
    assert _as_source({"gemma"}, "Gemma said the car was seen twice.")
    assert _as_source({"ewan"}, "I agree with Ewan. Child protection plan.")
    # strictly (a sentence that says none of the statement): only as one who speaks or is agreed with
    assert _as_source({"ewan"}, "I agree with Ewan.", strict=True)
    assert not _as_source({"ewan"}, "Ewan has never missed a Saturday.", strict=True)


def test_someone_spoken_of_in_another_sentence_does_not_relay_the_words():
    # The aunt says the boys love the park; the social worker is only spoken of, a sentence before
    meeting = """\
Chair (Rosa Lindqvist): Anything from family before we move on?
Aunt (Tess Moss): Can I just say, the Sundays at mine have been lovely. Omar has never once been late for a visit. The boys adore going to the park with their dad.
Social Worker (Omar Haddad): Thank you. I'd still want the contact written into the plan.
Mother (Jade Moss): I'm happy with Sundays.
"""
    line = "Mr Haddad said the boys adore going to the park with their dad."
    found = _compare(meeting, line)
    assert found[line].kind == "misattributed"


def test_a_short_answer_gives_its_figure_for_what_was_asked():
    # "About twelve weeks" says nothing of what it counts; the question before it says it is the wait
    meeting = """\
Social Worker (Omar Haddad): Jade has been put on the list for the family therapy service in town.
Chair (Rosa Lindqvist): And how long's the wait for that?
Social Worker (Omar Haddad): Hmm. About twelve weeks.
"""
    wrong = "Ms Moss is on the list for family therapy, and the wait is about twelve months."
    right = "Ms Moss is on the list for family therapy, and the wait is about three months."
    found = _compare(meeting, wrong, right)
    assert found[wrong].kind == "changed_detail" and "12 weeks" in found[wrong].explanation
    assert right not in found


def test_an_interpreter_speaks_the_parents_words():
    # the minutes credit the mother with what she said through her interpreter
    meeting = """\
Chair (Rosa Lindqvist): Jade, is there anything you want to say about the report?
Interpreter (Lena Varga): She says the social worker read the whole report to her on Tuesday, with a phone interpreter, so she understands it.
Social Worker (Omar Haddad): That's right, we went through it together on Tuesday afternoon.
"""
    line = "Ms Moss said the social worker read the whole report to her on Tuesday with a phone interpreter."
    assert line not in _compare(meeting, line)
    from app.compare import attribution
    assert attribution.speaks_for_family("Interpreter (Lena Varga)")


def test_an_action_is_set_for_what_has_not_been_done():
    # "Nobody has asked me" is the reason for "Ms Moss to be asked", not its opposite
    meeting = """\
Mother (Jade Moss): I'd like to come to the core group meetings too. Nobody has invited me to one.
Chair (Rosa Lindqvist): Omar, can you make sure Jade is invited to the next core group?
Social Worker (Omar Haddad): Yes, I'll send her the dates.
"""
    action = "Ms Moss to be invited to core group meetings."
    assert action not in _compare(meeting, "Plan", action)
    from app.compare.checks import _SO_FAR, _TO_COME
    assert _SO_FAR.search("Nobody has invited me") and not _TO_COME.search("Nobody has invited me")


def test_an_opposite_elsewhere_is_read_only_for_a_statement_found_where_it_fits():
    # a statement the meeting hardly touched is about something else than an opposite word found
    # far away ("kept every appointment with the nurse" / the midwife's "missed two")
    from dataclasses import replace

    from app.compare import checks

    meeting = """\
Chair (Rosa Lindqvist): Omar, the health side?
Social Worker (Omar Haddad): Jade has missed two of her last four antenatal appointments at the hospital.
Chair (Rosa Lindqvist): Thank you. Jade, anything to add about the flat?
Mother (Jade Moss): The flat is fine now, the landlord sorted the boiler and the damp in the bathroom.
"""
    case = _case(meeting, "Ms Moss has kept every one of her antenatal appointments at the hospital.")
    assert checks.opposite_said_elsewhere(case) is not None
    weak = replace(case.match, coverage=checks.TUNING.opposite_elsewhere_from - 0.05)
    assert checks.opposite_said_elsewhere(replace(case, match=weak)) is None


def test_a_statement_hardly_said_needs_a_closer_paraphrase():
    # A diagnosis nobody gave, on a subject the meeting did discuss: a sentence on the same subject
    # (about 0.55 in meaning) excuses a statement whose words were partly said, not one hardly said.
    from dataclasses import replace

    from app.compare import checks

    meeting = """\
Chair (Rosa Lindqvist): Omar, health first?
Social Worker (Omar Haddad): Ella was weighed in clinic last week and she has dropped from the twenty-fifth centile to the ninth.
Chair (Rosa Lindqvist): Thank you. And school?
Social Worker (Omar Haddad): School say she is settled and her reading is coming on.
"""
    case = _case(meeting, "The GP has diagnosed Ella with faltering growth and prescribed high-calorie milk.")
    assert checks.not_said(case) is not None
    tuning = replace(case.ctx.tuning, same_meaning_hardly_said=case.ctx.tuning.same_meaning_from)
    assert checks.not_said(replace(case, ctx=replace(case.ctx, tuning=tuning))) is None


def test_the_credited_persons_own_sentence_is_read_even_where_their_passage_is_weak():
    # few of the minutes' words are theirs (their best passage covers under a third), but one
    # sentence of theirs says the opposite
    from app.compare import checks

    meeting = """\
Chair (Rosa Lindqvist): Omar, what happens with the family support now?
Social Worker (Omar Haddad): Jade's doing really well, and the children are settled. I want to keep the home visits going, honestly, they help her.
Chair (Rosa Lindqvist): Thank you.
Mother (Jade Moss): They do help, yes.
"""
    case = _case(meeting, "Mr Haddad said he would like to stop the weekly home visits from the family support service.")
    own = case.aligner.best(case.words, within=case.aligner.turns_of(case.st.speakers[0]))
    assert own.coverage < checks.TUNING.own_words_from
    found = checks.credited_person_said_opposite(case)
    assert found is not None and "keep the home visits going" in found.explanation


def test_a_statement_hardly_said_because_the_opposite_was_said_is_contradicted_not_unsaid():
    # The minute-taker's own words ("since the referral", "physiotherapy") were never spoken; what
    # was spoken in their place is the opposite: that is the finding to report.
    meeting = """\
Chair (Rosa Lindqvist): Omar, how has Jade been getting on with the appointments for her knee?
Social Worker (Omar Haddad): Not great, honestly. She's missed three of the last five sessions, two of them in March.
Mother (Jade Moss): The bus times changed, I did ring them each time.
"""
    line = "Ms Moss has attended all of her physiotherapy sessions since the referral."
    found = _compare(meeting, line)
    assert found[line].kind == "contradicted"
    # ... and where nothing opposite was said, it stays not said
    other = "Ms Moss has been given a walking stick by the physiotherapy service since the referral."
    assert _compare(meeting, other)[other].kind == "not_said"


def test_splitting_up_is_separating():
    # "split up" is how people say "separate" of a couple: the minutes' word must find the passage
    from app.compare.align import same

    assert same("split", "separate") and not same("split", "share")
    meeting = """\
Chair (Rosa Lindqvist): Jade, where are things with Dean now?
Mother (Jade Moss): We've split up. He's gone to his brother's in Leeds, last Sunday.
Social Worker (Omar Haddad): I'd still want to see the work on the arguments finished first.
"""
    line = "Ms Moss said that she and Dean had separated and he had moved to Leeds."
    assert line not in _compare(meeting, line)


def test_asking_for_what_has_not_happened_is_not_its_opposite():
    # "Nobody has sent me them" is why she asked to be sent them, not a contradiction of the asking
    meeting = """\
Chair (Rosa Lindqvist): Jade, is there anything you want to ask for?
Mother (Jade Moss): I'd like a copy of the core group notes. Nobody has sent me the core group notes, I only hear from Omar after.
Social Worker (Omar Haddad): I can sort that.
"""
    line = "Ms Moss asked to be sent the core group notes, which she had only heard about from Mr Haddad."
    assert line not in _compare(meeting, line)


def test_a_surname_in_the_minutes_is_found_where_the_first_name_was_said():
    # "Ms Moss had missed ..." and "Jade's been at every single one" speak of the same woman
    meeting = """\
Chair (Rosa Lindqvist): Omar, how have the core groups gone?
Social Worker (Omar Haddad): We've had five core groups since March, and Jade's been at every single one. The house is a lot calmer as well.
Mother (Jade Moss): I have.
"""
    line = "Five core groups have been held since March, and Ms Moss has missed several core groups."
    assert _compare(meeting, line)[line].kind == "contradicted"


def test_a_date_said_another_way_is_checked_though_the_words_differ():
    # "a week ago yesterday", said on Thursday 12 November, was Wednesday 4 November; the minutes'
    # "6 November" is missing from the passage, as it would be: the rest of the sentence fits it
    from dataclasses import replace
    from datetime import date

    from app.compare import checks

    meeting = """\
Chair (Rosa Lindqvist): Omar, anything from the home visits?
Social Worker (Omar Haddad): The boiler was still leaking when I went, that was a week ago yesterday. Jade had towels down.
Mother (Jade Moss): The landlord keeps saying next week.
"""
    case = _case(meeting, "Mr Haddad last visited on 6 November, when the boiler was still leaking.")
    case.ctx.conference_date = date(2026, 11, 12)
    # (matched as weakly as a long sentence whose date words the passage cannot have)
    case.match = replace(case.match, coverage=0.2)
    found = checks.detail_changed(case)
    assert found is not None and "4 november" in found.explanation.lower()
    case = _case(meeting, "Mr Haddad last visited on 4 November, when the boiler was still leaking.")
    case.ctx.conference_date = date(2026, 11, 12)
    assert checks.detail_changed(case) is None


def test_acceptance_of_the_decision_is_what_was_said_after_it():
    before = """\
Chair (Rosa Lindqvist): Jade, is there anything you want to say before I decide?
Mother (Jade Moss): Only that I'm trying.
Chair (Rosa Lindqvist): Thank you. My decision is that Ava will remain subject to a child protection plan under neglect.
"""
    line = "Ms Moss accepted the decision."
    assert _compare(before, line)[line].kind == "not_said"  # she said nothing after it
    assert line not in _compare(before + "Mother (Jade Moss): Okay. I get it.\n", line)
    objected = _compare(before + "Mother (Jade Moss): I don't agree with it. None of it.\n", line)
    assert objected[line].kind == "contradicted"


def test_an_ing_form_covers_its_verb_where_words_are_counted():
    # same() already reads "closing" and "close" as one word; the keys a sentence is searched by
    # must too, or "not closing" covers nothing of "to close"
    from app.compare import polarity
    from app.compare.align import key_hit, keys_of

    assert key_hit("close", keys_of({"closing"})) and key_hit("closing", keys_of({"close"}))
    assert key_hit("end", keys_of({"ending"}))
    assert polarity.covered(polarity.cover_keys("close"), polarity.sentence_keys({"closing"}))
    assert not key_hit("close", keys_of({"clothing"}))


def test_before_and_after_the_same_event_speak_of_one_time():
    from app.compare import polarity

    # both of Easter: the one finishes before it, the other carries on after it
    assert not polarity.other_time("The school expects to finish the reading support before Easter.",
                                   "We'll carry on after Easter, we're not finishing it yet.")
    # "before" with nothing of its anchor said is still another time
    assert polarity.other_time("Before the move she missed school.", "She is missing school.")

    meeting = """\
Chair (Rosa Lindqvist): Omar, what about the family support worker?
Social Worker (Omar Haddad): I want to carry on after Easter, we're definitely not ending the sessions, Jade is getting so much from them.
Chair (Rosa Lindqvist): Thank you.
"""
    found = _compare(meeting, "Mr Haddad expects to end the family support sessions before Easter.")
    assert [f.kind for f in found.values()] == ["contradicted"]


def test_a_statement_matched_in_the_wrong_place_is_contradicted_where_its_opposite_was_said(monkeypatch):
    # its words fit the chair's opening best, weakly; the opposite ("always rings in") was said
    # later by someone else: that is what to report, not "nobody said it" (the meaning model, which
    # may excuse it as the same subject, is left out: this is the words' own route)
    from app.compare import checks, embedding

    monkeypatch.setattr(embedding, "USE_EMBEDDING", False)
    meeting = """\
Chair (Rosa Lindqvist): Thanks all. This review is about the twins, and the nursery manager has sent a report.
Chair (Rosa Lindqvist): Before that, has the housing letter come through, Omar?
Social Worker (Omar Haddad): It has, the council has offered a two bedroom flat on Elm Road from March.
Chair (Rosa Lindqvist): Good. And attendance?
Social Worker (Omar Haddad): Ninety per cent at nursery, up from eighty. On the twins' days off, Jade always rings the nursery first thing.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Ms Moss rarely tells the nursery when the twins are unwell."
    case = _case(meeting, line)
    assert case.match.first == 0 and case.match.coverage < checks.TUNING.opposite_elsewhere_from
    found = _compare(meeting, line)[line]
    assert found.kind == "contradicted" and "always rings the nursery" in found.explanation

def test_a_pronoun_for_the_child_does_not_hide_the_mother_named_by_her_role():
    # "he" is Leo; "mum" is Ms Moss, whom the minutes speak of
    from app.compare import checks
    from app.minutes.people import Attendee, Cast

    cast = Cast([Attendee("Jade Moss", "Mother"), Attendee("Omar Haddad", "Social Worker")])
    clause = "Ms Moss rarely tells the nursery when Leo is unwell."
    assert not checks._other_gender(clause, "When he's poorly mum always rings in to tell them.", cast)
    # a sentence about a man, naming no one, is still about someone else
    assert checks._other_gender(clause, "He always rings in to tell them.", cast)


def test_a_reason_nobody_gave_is_not_said():
    meeting = """\
Chair (Rosa Lindqvist): Jade, how are things at home since the last review?
Mother (Jade Moss): Not great. I lost my cleaning job at the leisure centre last month, so money's tight.
Social Worker (Omar Haddad): I can do a referral to the food bank and a benefits check.
Mother (Jade Moss): That would help, thank you. I'm just tired all the time.
"""
    blamed = "Ms Moss had lost her job at the leisure centre last month because of her drinking."
    faithful = "Ms Moss said money was tight because she had lost her job."
    found = _compare(meeting, blamed, faithful)
    assert found[blamed].kind == "not_said" and "because of her drinking" in found[blamed].explanation
    assert faithful not in found
    # a reason said in a shorter form of its word was given: "tired" speaks of tiredness
    from app.compare import checks
    from app.compare.align import Aligner
    from app.compare.turns import from_text

    aligner = Aligner(from_text(meeting))
    assert checks._said_in_some_form("tiredness", aligner) and not checks._said_in_some_form("drinking", aligner)



def test_a_judgement_in_the_minute_takers_word_of_what_was_there_is_not_called_unsaid():
    meeting = """\
Chair (Rosa Lindqvist): Omar, the bedtime routine work?
Social Worker (Omar Haddad): Twice a week. The main thing is bedtime, the boys are in bed by seven now. Jade's got a reward chart on the kitchen wall.
Mother (Jade Moss): The chart's been a lifesaver, honestly.
Chair (Rosa Lindqvist): Good to hear.
"""
    judged = "Ms Moss found the chart very helpful."
    # a judgement of what the passage never spoke of is checked as any other statement
    unheard = "Ms Moss found the parenting group and the nursery keyworker very helpful."
    found = _compare(meeting, judged, unheard)
    assert judged not in found
    assert found[unheard].kind == "not_said"
    # blame is a judgement too: "it's the bus, the bus is rubbish" is "blamed the unreliable bus"
    meeting = """\
Chair (Rosa Lindqvist): Omar, school mornings?
Social Worker (Omar Haddad): The boys have been getting in about half nine, so they're missing registration.
Mother (Jade Moss): It's the bus, the bus is rubbish.
Chair (Rosa Lindqvist): Okay.
"""
    blamed = "Ms Moss blamed the unreliable bus timetable."
    assert blamed not in _compare(meeting, blamed)


def test_needed_is_necessary_and_a_reflexive_pronoun_is_no_claim():
    from app.compare.align import same
    from app.compare.text import content

    assert same("need", "necessary")
    assert content(["we", "fix", "it", "ourselves"]) == ["fix"]
    meeting = """\
Chair (Rosa Lindqvist): Jade, what do you think about a plan?
Mother (Jade Moss): I don't think it's needed. We'll sort it out ourselves.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Ms Moss did not think a plan was necessary and said the family would resolve things themselves."
    assert line not in _compare(meeting, line)


def test_a_statement_whose_only_said_words_are_the_people_it_names_is_read_where_they_speak():
    # nobody said "Mum", "relieved" or "decision", but Mum spoke: her feeling is read at her turn,
    # as any other statement's would be, and not called "not said" unread
    meeting = """\
Chair (Rosa Lindqvist): Omar, where are we with the nursery place?
Social Worker (Omar Haddad): Confirmed. Three mornings, starting Monday.
Mother (Jade Moss): Oh, thank God for that.
Chair (Rosa Lindqvist): Good.
"""
    relieved = "Mum was relieved about the decision."
    claimed = "Mum was furious about the decision."
    found = _compare(meeting, relieved, claimed)
    assert relieved not in found
    assert found[claimed].kind == "not_said" and "Mother (Jade Moss)" in found[claimed].explanation


def test_able_says_no_more_than_can():
    # "had not been able to" is "couldn't": "able" is no word the parent must have said
    from app.compare.text import content, lemmas

    assert content(lemmas("she had not been able to cope")) == content(lemmas("she couldn't cope"))
    meeting = """\
Chair (Rosa Lindqvist): Jade, the state of the house when Omar visited?
Mother (Jade Moss): I know it got bad. I'm not saying it didn't. After the twins came I couldn't keep up with the washing, and the boiler went, so— anyway. We've sorted the bedroom now.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Ms Moss accepted that the house had got bad and said she had not been able to keep up with the washing after the twins were born."
    assert line not in _compare(meeting, line)


def test_the_little_one_is_the_child():
    from app.compare.text import lemmas

    assert "child" in lemmas("She takes the little one to nursery.")
    assert "child" in lemmas("The little ones love it there.")
    meeting = """\
Chair (Rosa Lindqvist): Jade, how is your back?
Mother (Jade Moss): I still can't carry the little one up the stairs.
Chair (Rosa Lindqvist): Okay.
"""
    line = "Ms Moss said she was still unable to carry the youngest child up the stairs."
    assert line not in _compare(meeting, line)


def test_a_refusal_is_the_answer_no_or_not_yet_in_the_minute_takers_word():
    meeting = """\
Social Worker (Omar Haddad): Would you want the debt advice people, Jade?
Mother (Jade Moss): Not yet. Let me sort the rent out first.
Chair (Rosa Lindqvist): Okay, that's a start.
"""
    declined = "Ms Moss declined a referral to the debt advice service for now."
    assert declined not in _compare(meeting, declined)
    # she said yes: her refusal is not what she answered
    agreed = meeting.replace("Not yet. Let me sort the rent out first.", "Yes please. The letters keep coming.")
    assert declined in _compare(agreed, declined)


def test_an_account_broken_by_a_prompt_is_read_whole_for_its_figures():
    # the time is said before the chair's "Go on."; the rest of the account after it
    meeting = """\
Chair (Rosa Lindqvist): Omar, anything from the weekend?
Social Worker (Omar Haddad): Contact's going well. The worry is Sunday, about half ten at night, the police were called.
Chair (Rosa Lindqvist): Go on.
Social Worker (Omar Haddad): So Carl turned up at the flat after drinking, and Jade wouldn't let him in, so she rang the police.
Mother (Jade Moss): He was shouting through the letterbox.
"""
    line = "Mr Haddad said that Carl turned up at the flat at around 8.30pm on Sunday after drinking and Ms Moss rang the police."
    found = _compare(meeting, line)
    assert found[line].kind == "changed_detail" and "10.30" in found[line].explanation


def test_a_promise_of_the_plans_end_nobody_made_is_not_said():
    meeting = """\
Chair (Rosa Lindqvist): My decision is that the twins stay on child protection plans under neglect, and we review in three months.
Social Worker (Omar Haddad): I'll visit weekly and see the twins on their own.
Mother (Jade Moss): I'll keep going to the course.
"""
    promised = "The chair said the plans would be ended at the next review if Ms Moss finished the course."
    found = _compare(meeting, promised)
    assert found[promised].kind == "not_said" and "later review" in found[promised].explanation
    # said, in the meeting's own words, it holds
    said = meeting.replace("and we review in three months.",
                           "and we review in three months. If the course is done, I'd hope we can look at "
                           "child in need at the next review.")
    assert promised not in _compare(said, promised)


def test_a_no_to_another_question_is_no_refusal_and_a_timetable_is_no_reason():
    meeting = """\
Chair (Rosa Lindqvist): Jade, have you used any drugs since the last conference?
Mother (Jade Moss): No. Nothing at all.
Chair (Rosa Lindqvist): Thank you. The review will be on the third of March.
"""
    refused = "Ms Moss refused to take a hair strand drug test."
    found = _compare(meeting, refused)
    assert refused in found
    # "due to be held" is when, not why
    from app.compare import checks

    assert not checks._REASON.search("The review conference was due to be held on 3 March.")
    assert checks._REASON.search("The review was moved due to staff sickness.")


def test_a_reply_is_read_with_the_question_it_answers_not_its_last_sentence():
    # "Jade, how has the week been? And take your time.": the reply is about the week, and the name
    # the chair calls her by says whom the question is put to, not whom the reply speaks of; a first
    # sentence that says next to nothing ("It's hard, honestly.") leaves the answer to the next
    meeting = """\
Chair (Rosa Lindqvist): Thank you, Omar. Jade, how has the week at the flat been for the boys? And take your time, there's no rush.
Mother (Jade Moss): It's hard, honestly. They've never been violent with each other, not once. They squabble over the telly.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Ms Moss described the boys becoming violent with each other at the flat."
    found = _compare(meeting, line)
    assert found[line].kind == "contradicted"


def test_when_is_not_what():
    # sharing only "next" or "last week" does not put two sentences on the same subject
    from app.compare import polarity

    claim = "He accepted the offer of evening sessions from next week."
    assert polarity.clash(claim, "I don't agree.", "I hope we can step down next time.") is None
    assert polarity.clash(claim, "I don't accept the sessions.", "") is not None


def test_a_figure_the_credited_person_gave_later_on_the_same_matter_is_not_changed():
    meeting = """\
Chair (Rosa Lindqvist): Omar, your update.
Social Worker (Omar Haddad): The main worry is still the evenings when Jade is at the bakery and the boys are left with her brother. I've been visiting every two weeks and the flat is fine.
Chair (Rosa Lindqvist): Thank you. Jade?
Mother (Jade Moss): It's only till Christmas.
Chair (Rosa Lindqvist): Omar, how often is she working now?
Social Worker (Omar Haddad): Jade works three evenings a week at the bakery at the moment.
"""
    line = "Mr Haddad said the main worry is the three evenings a week when Ms Moss works at the bakery and the boys are left with her brother."
    assert line not in _compare(meeting, line)
    # a figure nobody gave is still changed
    assert _compare(meeting.replace("three evenings a week", "some evenings"), line)[line].kind == "changed_detail"


def test_a_professional_relaying_her_by_pronoun_gives_her_words():
    meeting = """\
Chair (Rosa Lindqvist): Omar?
Social Worker (Omar Haddad): So Jade came to the office on Monday for the assessment. She told me she walks the boys to school every morning and collects them at three, and her sister has them on Fridays.
Chair (Rosa Lindqvist): Thank you. Jade, anything to add?
Mother (Jade Moss): Not really.
"""
    line = "Ms Moss said she walks the boys to school every morning and collects them at three."
    assert line not in _compare(meeting, line)
    # "he told me" relays some man, not her: the words stay the social worker's
    found = _compare(meeting.replace("She told me she walks the boys", "He told me he walks the boys"), line)
    assert found[line].kind == "misattributed"


def test_a_parents_mum_is_the_grandmother_the_minutes_name():
    meeting = """\
Chair (Rosa Lindqvist): Omar, if things go wrong at the weekend?
Social Worker (Omar Haddad): Then the boys go to Jade's brother on the Friday night.
Mother (Jade Moss): Or my mum, she's said she'll have the boys on a Friday night too.
"""
    line = "If things go wrong, the boys will stay with the maternal grandmother on Friday nights."
    assert line not in _compare(meeting, line)
    # a parent's brother is no grandmother: said only as "Jade's brother", the change stands
    found = _compare(meeting.replace("Or my mum, she's said she'll have the boys on a Friday night too.", "Yes."), line)
    assert found[line].kind == "changed_detail"


def test_only_a_parents_mum_or_dad_is_a_grandparent():
    from app.compare.named_for_another import parents_kin

    assert parents_kin([("My mum has them on Fridays.", "maternal")], {"jade": "maternal"}) == {
        ("relative", 0), ("family side", 0)}
    assert parents_kin([("Lee's dad picks them up.", None)], {"lee": "paternal"}) == {("relative", 1), ("family side", 1)}
    # the social worker's own mum, and the child's mum, are nobody's grandmother
    assert parents_kin([("My mum was a nurse.", None), ("Tyler's mum works nights.", None)], {"jade": "maternal"}) == set()


def test_an_outcome_someone_credits_to_another_is_not_their_own():
    meeting = """\
Social Worker (Omar Haddad): I'd say child in need. The boys are doing well.
Chair (Rosa Lindqvist): Thank you. My decision is that the boys will be subject to a child protection plan. I want it recorded that Omar's view was child in need.
Mother (Jade Moss): I don't agree with it.
"""
    line = "The Chair decided that the boys would be subject to a child protection plan."
    assert line not in _compare(meeting, line)
    # her own last word for another outcome still counts against the minutes
    changed = meeting.replace("I want it recorded that Omar's view was child in need.",
                              "On reflection I'd say child in need.")
    assert _compare(changed, line)[line].kind == "contradicted"


def test_a_parent_objecting_to_the_decision_does_not_correct_it():
    meeting = """\
Social Worker (Omar Haddad): I'd say a plan, under neglect.
Chair (Rosa Lindqvist): Thank you. My decision is that the boys will be subject to a child protection plan.
Mother (Jade Moss): No. That's not fair, I'm not happy with that at all.
"""
    line = "The Chair decided that the boys would be subject to a child protection plan."
    assert line not in _compare(meeting, line)


def test_a_parents_late_report_complaint_in_the_minute_takers_words_is_said():
    meeting = """\
Chair (Rosa Lindqvist): Jade, have you had a chance to see Omar's report?
Mother (Jade Moss): I only got it last night, gone nine. I've not had a chance to take any of it in, honestly.
Social Worker (Omar Haddad): I'm sorry, that's on me.
"""
    line = "Ms Moss said she had received the report at 9pm the previous evening and had not had time to digest it."
    found = _compare(meeting, line)
    assert line not in found or found[line].kind != "not_said"
    # ... but not where she made no such complaint
    other = meeting.replace("I only got it last night, gone nine. I've not had a chance to take any of it in, honestly.",
                            "Yes, thanks, I read it at the weekend.")
    assert _compare(other, line)[line].kind in ("not_said", "contradicted")


def test_a_figure_said_just_before_anothers_words_on_the_matter_does_not_excuse_a_change():
    # the mother's "every Friday" is hers; the social worker's next turn does not make it his visits'
    meeting = """\
Chair (Rosa Lindqvist): Omar, how often are you seeing Jade?
Social Worker (Omar Haddad): I started off visiting weekly, and now things are calmer I've moved that to every other week.
Chair (Rosa Lindqvist): Thanks. Jade, over to you.
Mother (Jade Moss): I go to the food bank every Friday.
Social Worker (Omar Haddad): And I'll carry on with the fortnightly visits.
"""
    line = "Mr Haddad continues to visit Ms Moss weekly."
    assert _compare(meeting, line)[line].kind == "changed_detail"


def test_disagreeing_with_a_decision_does_not_correct_its_record():
    meeting = """\
Chair (Rosa Lindqvist): I've heard everyone. So Kai will remain subject to a child protection plan under the category of neglect.
Mother (Jade Moss): No. No, I don't agree with it. I've done everything you asked.
Chair (Rosa Lindqvist): I hear you, Jade, and that will be minuted.
"""
    line = "The Chair confirmed that Kai will remain subject to a child protection plan under the category of neglect."
    assert line not in _compare(meeting, line)
    # a reply that puts a fact right still corrects it
    wrong = meeting.replace("No. No, I don't agree with it. I've done everything you asked.",
                            "No, that's wrong, it's emotional harm, not neglect.")
    assert _compare(wrong, line)


def test_an_action_in_the_row_of_someone_who_never_offered_it_is_misattributed():
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    meeting = """\
Chair (Rosa Lindqvist): Let's agree the plan. Omar?
Social Worker (Omar Haddad): I'll keep visiting every two weeks and I'll see Kai on his own each time.
Health Visitor (Lena Park): And Jade asked about other mums, so I'll refer her to the toddler music group at Oak Lane library this week.
Social Worker (Omar Haddad): What still worries me is the missing episodes. Kai goes out after a row, and the youth worker only hears about it days later.
Police Constable (Gemma Walsh): Police would support the plan.
Chair (Rosa Lindqvist): Thank you. Gemma to make sure the youth worker knows by the next morning after any missing episode.
"""
    people = ["Rosa Lindqvist\tIndependent Chair", "Omar Haddad\tSocial Worker", "Lena Park\tHealth Visitor",
              "Jade Moss\tMother", "Gemma Walsh\tPolice Constable"]
    rows = ["Action\tLead\tBy when",
            "Make a referral to the toddler music group at Oak Lane library.\tOmar Haddad\tThis week",
            "Tell the youth worker by the following morning after any missing episode.\tGemma Walsh\tEach time"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Plan", *rows]), "test")
    found = {f.minutes_text: f for f in compare(m, from_text(meeting)).findings if f.minutes_text}
    assert found[rows[1].split("\t")[0]].kind == "misattributed"
    # the chair giving the action to its owner by name makes it theirs
    assert rows[2].split("\t")[0] not in found


def test_an_action_given_by_name_is_its_owners_where_another_said_more_of_its_words():
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    meeting = """\
Class Teacher (Wren Tallis): We referred Ollie to the speech and language therapy service back in the spring, and we've heard nothing about the therapy appointment since.
Chair (Rosa Lindqvist): Thank you. Mum, how are the mornings?
Mother (Tamsin Vale): Better. He's up and dressed most days before I have to shout.
Chair (Rosa Lindqvist): And the housing move?
Mother (Tamsin Vale): We're still waiting on the council for a date.
Chair (Rosa Lindqvist): Right, the plan. Priya, could you keep an eye on Ollie's asthma and chase up speech and language?
School Nurse (Priya Fenn): Yes, I'll chase it.
"""
    people = ["Rosa Lindqvist\tIndependent Chair", "Wren Tallis\tClass Teacher", "Priya Fenn\tSchool Nurse",
              "Tamsin Vale\tMother"]
    rows = ["Action\tLead\tBy when",
            "Monitor Ollie's asthma and follow up the speech and language therapy appointment.\tPriya Fenn\tOngoing"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Plan", *rows]), "test")
    found = {f.minutes_text: f for f in compare(m, from_text(meeting)).findings if f.minutes_text}
    assert rows[1].split("\t")[0] not in found


def test_an_answer_to_a_question_holding_the_words_is_the_answerers():
    # The chair asks, the social worker answers (not yet: he is on a waiting list); the minutes give
    # the answer as the social worker's, in the words of the question
    meeting = """\
Chair (Rosa Lindqvist): Thank you. Omar, can you tell us where things are with Jade's partner?
Social Worker (Omar Haddad): Yes. He moved back to his own flat in Dalby in January and sees the baby at his mother's on Saturdays, supervised by her. He says he wants to move back in by the summer. I've told him that can't be looked at until the assessment is finished.
Chair (Rosa Lindqvist): Has he done any of the anger management course?
Social Worker (Omar Haddad): He's on the waiting list at Hartwell, realistically the spring. And the housing officer has been out to the flat, it's fine.
Chair (Rosa Lindqvist): Jade, is that right?
Mother (Jade Moss): Yeah. He's trying.
"""
    line = "Mr Haddad: Jade's partner has not yet done any of the anger management course."
    found = _compare(meeting, line)
    assert line not in found or found[line].kind != "misattributed"


def test_what_someone_told_an_agency_in_lower_case_is_the_agencys_report():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    people = ["Rosa Lindqvist\tIndependent Chair", "Omar Haddad\tSocial Worker", "Jade Moss\tMother"]
    line = "Ms Moss told the social worker that she had moved the cot into her own room."
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", line]), "test")
    assert m.statements[-1].speakers[0] == "Social Worker (Omar Haddad)"
    other = "Ms Moss told her neighbour that she had moved the cot into her own room."
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", other]), "test")
    assert m.statements[-1].speakers == ["Mother (Jade Moss)"]  # (no one at the meeting was told)
    other = "Ms Moss told her mother about the cot."
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes", other]), "test")
    assert m.statements[-1].speakers == ["Mother (Jade Moss)"]  # (her mother is not the Mother who attended)


def test_no_to_an_open_call_for_more_denies_nothing_said_before_it():
    # "Anything else?" / "No": the chair's plan just before it is not denied
    meeting = """\
Social Worker (Omar Haddad): I'll visit every fortnight and see the twins on their own each time.
Chair (Rosa Lindqvist): Thank you. So the first core group will meet within ten working days. Does anyone have anything else?
Mother (Jade Moss): No, that's everything.
"""
    line = "The first core group will meet within ten working days."
    assert line not in _compare(meeting, line)
    from app.compare.checks import _INVITES
    assert not _INVITES.search("Did anyone else see the bruise?") and not _INVITES.search("Has he taken anything else?")
    # a plain yes-or-no question about it, answered no, still denies it
    asked = meeting.replace("So the first core group will meet within ten working days. Does anyone have anything else?",
                            "Omar, will the first core group meet within ten working days?").replace(
        "Mother (Jade Moss): No, that's everything.", "Social Worker (Omar Haddad): No, it'll be later than that.")
    assert _compare(asked, line)[line].kind == "contradicted"


def test_a_visit_the_speaker_will_make_is_not_the_childs_visit_denied():
    # "I'll visit every week" (the social worker) against "Mia is not to visit her father's flat":
    # two people's visits, no contradiction
    meeting = """\
Chair (Rosa Lindqvist): Omar, what will the plan look like?
Social Worker (Omar Haddad): So Mia's dad has agreed to stay away from the house for now. And I'll visit every week for the first month, and I'll see Mia on her own each time. Jade knows that.
Mother (Jade Moss): Yeah, that's fine.
"""
    line = "Mr Haddad said that Mia is not to visit her father's flat until the assessment is finished."
    assert line not in _compare(meeting, line)
    from app.compare import polarity
    from app.compare.align import who_words
    omar = who_words(("Social Worker (Omar Haddad)",))
    assert polarity.other_subject("Mia is not to visit her father's flat.", "I'll visit every week.", "visit",
                                  "visit", omar)
    # ... but the speaker's own doing against the minutes' claim about them is one person's
    assert not polarity.other_subject("Omar is not to visit the flat.", "I'll visit every week.", "visit", "visit", omar)
    # ... nor a parent called what the family calls them ("Dad has not attended" / the father's "I attended")
    assert not polarity.other_subject("Dad has not attended the course.", "I attended the course.", "attend", "attend",
                                      who_words(("Father (Lee Moss)",)))
    # ... nor "Everyone", who is no one person
    assert not polarity.other_subject("Everyone agreed with the plan.", "I don't agree with the plan.", "agree", "agree",
                                      omar)
    # ... and "Jade and I" speaks for the one the minutes name too
    assert not polarity.other_subject("Ms Moss accepted the decision.", "Jade and I disagree with the decision.",
                                      "accept", "disagree", who_words(("Advocate (Ann Ode)",)))


def test_face_to_face_is_in_person():
    from app.compare.text import lemmas

    assert lemmas("I'll see her face to face.")[-2:] == ["in", "person"]
    meeting = """\
Chair (Rosa Lindqvist): Omar, what will you be doing with Jade?
Social Worker (Omar Haddad): I'll see Jade every week, face to face, at the family centre.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Mr Haddad will meet Ms Moss in person fortnightly at the family centre."
    assert line in _compare(meeting, line) and _compare(meeting, line)[line].kind in ("changed_detail", "contradicted")


def test_an_admission_whose_nearest_passage_is_their_own_words_is_theirs():
    # the nearest the whole meeting came to it is what she said herself: the minutes' words for hers
    meeting = """\
Chair (Rosa Lindqvist): Jade, is there anything you want to say about the house?
Mother (Jade Moss): I'm not pretending it was fine, 'cause it wasn't. After the twins I let the washing pile up for weeks.
Social Worker (Omar Haddad): It's much better now, to be fair.
Chair (Rosa Lindqvist): Thank you both.
"""
    line = "Ms Moss acknowledged that home conditions had not been good and that laundry had built up after the twins were born."
    assert line not in _compare(meeting, line)



def test_a_misattribution_needs_a_quote_that_says_the_words():
    # the other speaker's quoted sentence must itself say enough of the statement: "healthy
    # relationships ... with Leo" shows a subject, not who said it (the mother did, in her words).
    # Two such words pass the table's default; a table asking for three finds no misattribution.
    from dataclasses import replace

    from app.compare import checks

    meeting = """\
Chair (Rosa Lindqvist): Jade, how are Leo and his stepdad getting on?
Mother (Jade Moss): Not great. They clash, it's tense most evenings.
Social Worker (Omar Haddad): We've done some work at the centre around healthy relationships and feelings with Leo.
Chair (Rosa Lindqvist): Thank you.
"""
    line = "Ms Moss described the relationship between Leo and his stepfather as strained."
    case = _case(meeting, line)
    case.ctx.tuning = replace(case.ctx.tuning, misattributed_quote_words=3)
    assert checks.misattributed(case) is None


def test_an_agreement_to_a_thing_nobody_spoke_of_is_not_said():
    meeting = """\
Chair (Rosa Lindqvist): Omar, the landing. Where are we with that?
Social Worker (Omar Haddad): The landing's still the worry. Ruby was found at the top of the stairs on her own at night.
Mother (Jade Moss): She climbs out of the cot now, that's the trouble. The landing door doesn't shut properly at night.
Chair (Rosa Lindqvist): Thank you, Jade.
"""
    from app.compare.checks import agreed_thing_not_said

    invented = "Ms Moss agreed to fit a stair gate at the top of the stairs so that Ruby is safe at night."
    found = agreed_thing_not_said(_case(meeting, invented))
    assert found.kind == "not_said" and "fit a stair gate at the top of the stairs" in found.explanation
    # a second thing agreed in the same breath is read too
    both = "Ms Moss agreed to get the landing door shut properly at night and to fit a stair gate by Friday."
    assert "fit a stair gate by Friday" in agreed_thing_not_said(_case(meeting, both)).explanation
    # where she said yes to something there, the minutes may put her commitment in their own words
    committed = meeting.replace("properly at night.\n", "properly at night. I'll sort something for the stairs, I promise.\n", 1)
    assert agreed_thing_not_said(_case(committed, invented)) is None


_HEALTH_AND_PLAN = """\
Chair (Rosa Lindqvist): Omar, where are we with Milo's health?
Social Worker (Omar Haddad): I saw Milo at home in March, and he was a bit behind with his hearing checks, so I referred him to audiology, and he's on their list.
Mother (Jade Moss): He is, yeah.
Chair (Rosa Lindqvist): Thanks. So the plan: Milo stays at home with Jade, and Gran's visits carry on every Sunday, supervised by Jade.
Social Worker (Omar Haddad): Omar, can you chase audiology and do his hearing review?
Chair (Rosa Lindqvist): Fine.
"""


def test_an_action_to_finish_something_is_not_contradicted_by_its_being_behind():
    # the action is set because the review is not done: "behind with" is why, not its opposite
    action = "Mr Haddad will complete Milo's hearing review and chase the audiology referral."
    assert action not in _compare(_HEALTH_AND_PLAN, action)
    # (a claim that it is done is still contradicted by its being behind)
    done = "Mr Haddad said Milo's hearing checks are complete."
    assert _compare(_HEALTH_AND_PLAN, done)[done].kind == "contradicted"


def test_someone_elses_visits_do_not_answer_a_ban_on_anothers():
    # "no visits between Mr Okoro and Milo" / "Gran's visits carry on": another's visits
    ban = "No visits between Mr Okoro and Milo."
    assert ban not in _compare(_HEALTH_AND_PLAN, ban)
    # (the same visits denied are contradicted)
    gran = "There will be no visits from Gran to Milo."
    assert _compare(_HEALTH_AND_PLAN, gran)[gran].kind == "contradicted"


def test_a_short_denial_speaks_of_what_its_turn_spoke_of():
    # "No worries there at all." names nothing of its own: it denies worries about the flat the turn
    # began with, so "he had some worries about the flat" is contradicted; what it said of the flat
    # stands
    meeting = """\
Chair (Rosa Lindqvist): Omar, you went to the flat?
Social Worker (Omar Haddad): I did, I went round to the flat on Monday afternoon. It was warm, the fridge was full, the boys were playing in their room. No worries there at all.
Chair (Rosa Lindqvist): And school?
Social Worker (Omar Haddad): School say his reading has come on. They're pleased with him.
"""
    worries, fridge = "Mr Haddad said he had some worries about the flat.", "Mr Haddad said the fridge was full when he visited."
    found = _compare(meeting, worries, fridge)
    assert found[worries].kind == "contradicted" and "No worries there at all." in found[worries].explanation
    assert fridge not in found
    # (a short denial that names whom it is about speaks of them, not of the turn before it)
    school = """Chair (Rosa Lindqvist): And school?
Social Worker (Omar Haddad): Getting in on time is still a worry for Milo. He's been late six times this half term. Ada hasn't been late at all.
"""
    late = "Milo has been late six times this half term; Ada has not been late."
    assert late not in _compare(school, late)
    # (a run-in time before it, "Before this, nothing logged, no worries", is no subject of its own)
    club = """\
Chair (Rosa Lindqvist): And the allotment club?
Social Worker (Omar Haddad): His attendance at the allotment club is ninety percent this year. The leader's really pleased with him. Before this, nothing logged, no worries at all.
"""
    worried = "Mr Haddad said that attendance at the allotment club had been a worry this year."
    assert _compare(club, worried)[worried].kind == "contradicted"


def test_a_wish_to_stop_and_a_named_persons_deed_are_still_read_for_opposites():
    # (the two readings above are narrow: a wish to do is a claim, and "Jade's missed two" is
    # "Jade has missed", a deed of hers, not a thing of hers)
    meeting = """\
Chair (Rosa Lindqvist): Jade, how's the allotment group going?
Mother (Jade Moss): I want to keep going to the allotment group, honestly, it's the best bit of my week.
Social Worker (Omar Haddad): Jade's missed two of the cookery sessions since March, though.
"""
    wish, kept = "Ms Moss said she would prefer to stop going to the allotment group.", "Ms Moss has attended every cookery session since March."
    found = _compare(meeting, wish, kept)
    assert found[wish].kind == "contradicted" and found[kept].kind == "contradicted"


# The chair gives the decision; the mother, who spoke well of the father before it, does not agree
_HER_DECISION = """\
Mother (Jade Moss): They're both daddy's boys, they adore him. He would never hurt them, never.
Chair (Rosa Lindqvist): Thank you. So my decision is a plan under neglect. I want to be clear, Jade, that's not a finding that anybody hurt the boys. They're very close to their dad, we can all see that.
Mother (Jade Moss): Well, I don't agree with it. I want that written down.
"""


def test_what_she_said_he_would_do_is_no_agreement_of_hers():
    # "said he would never hurt them", of a mother, is what she says of their father, not an
    # undertaking she gave; "said she would accept the plan" is one, and she did not give it
    his = "Ms Moss described the boys as very close to their father and said he would never hurt them."
    hers = "Ms Moss said she would accept the plan for the boys."
    found = _compare(_HER_DECISION, his, hers)
    assert his not in found
    assert found[hers].kind == "not_said" and "answered without agreeing" in found[hers].explanation


def test_a_passage_that_shares_only_a_name_and_a_word_is_no_proof_of_who_said_it():
    # Omar's "Milo was playing ... No worries there at all." shares "worries" and the child's name
    # with the minutes' line credited to Jade: no proof that the words were his
    meeting = """\
Chair (Rosa Lindqvist): Omar, you saw Milo at home?
Social Worker (Omar Haddad): I went round on Monday. Milo was playing, he was chatty with me. No worries there at all.
Chair (Rosa Lindqvist): Jade, what about your lodger?
Mother (Jade Moss): I'm not sure about him, honestly. I've only met him twice.
"""
    line = "Ms Moss said she had got to know the lodger well and had no worries about him being around Milo."
    assert _compare(meeting, line).get(line) is None or _compare(meeting, line)[line].kind != "misattributed"


def test_a_short_denial_after_a_clause_with_its_own_subject_speaks_of_that_subject():
    # "Mum was great, no worries at all": of Mum, not of the flat
    flat = """\
Chair (Rosa Lindqvist): Omar, the flat?
Social Worker (Omar Haddad): The flat was cold and damp. The boiler's still broken and there was mould in the bedroom. Mum was great, no worries at all.
"""
    worries = "Mr Haddad said he had worries about the flat, which was cold and damp."
    assert worries not in _compare(flat, worries)


def test_someones_thing_with_a_word_before_it_is_still_theirs():
    # "Gran's weekly visits" are Gran's, as "Gran's visits" are
    weekly = _HEALTH_AND_PLAN.replace("Gran's visits carry on", "Gran's weekly visits carry on")
    ban = "No visits between Mr Okoro and Milo."
    assert ban not in _compare(weekly, ban)


def test_what_a_parent_said_she_will_do_is_a_claim_not_an_action_set():
    clinic = """\
Chair (Rosa Lindqvist): Jade, the clinic?
Mother (Jade Moss): I'll have to miss the Tuesday appointments at the clinic, I'm working Tuesdays now.
"""
    attend = "Ms Moss said she will attend the Tuesday appointments at the clinic."
    assert _compare(clinic, attend)[attend].kind == "contradicted"


def test_his_would_before_her_own_agreement_does_not_hide_it():
    agreed = "Ms Moss said he would never hurt the boys and agreed to the plan under neglect."
    assert _compare(_HER_DECISION, agreed)[agreed].kind == "not_said"
