"""Checks that the minutes put words in the wrong mouth: credit them to someone who did not say them
(misattributed), to the family or the professionals where the other side said them
(misattributed_to_a_group), or have a parent admit what they did not say, denied, or another of
the family admitted (admission_not_own). With what makes another's words the credited person's:
their assent near the passage, a speaker relaying them by name or by pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from app.clock import clock
from app.compare import attribution, outcomes, polarity
from app.compare import evidence as quoting
from app.compare.align import HOMELY, key_hit, keys_of, text_words, who_words
from app.compare.checks.agreement import _CLAUSE_HEAD, _WOULD, CONSENTED, _last_outcome
from app.compare.checks.case import Case
from app.compare.checks.shared import (
    ADMITS,
    CREDITED_BY,
    NEGATED,
    _around,
    _sentences,
    _word_set,
    _words_said,
    admits,
    by_subject,
    checkable,
    short_quote,
    who_said,
)
from app.compare.checks.tuning import Tuning
from app.compare.cue_patterns import MINUTE_REQUEST
from app.compare.findings import Finding
from app.compare.text import MINUTES_REGISTER
from app.compare.text import details as details_of
from app.compare.text import words as plain_words
from app.minutes.people import Cast
from app.minutes.statements import credited, frame


def misattributed(case: Case) -> Finding | None:
    """The minutes credit the words to someone who did not say them: another person said them, and
    the credited person (or, for a parent, their supporter) said nothing like it themselves."""
    st, words, match, aligner, ctx = case.st, case.words, case.match, case.aligner, case.ctx
    tuning, turns, cov = ctx.tuning, case.turns, case.match.coverage
    # (an action row's owner too: "Refer Mother to the group" in the row of someone who never offered it)
    if not (ctx.speakers_known and st.credited_by in (*CREDITED_BY, "action", "paragraph") and st.speakers
            and cov >= tuning.misattributed_from):
        return None
    # Words the minutes quote as theirs ("F said: 'I'm not going to pretend it hasn't.'") are a
    # claim however few their content words: said word for word by another, they are misattributed.
    quoted = _quoted_from(st.text, turns[match.main_turn].text, tuning)
    if not quoted and not (checkable(words, tuning) and sum(1 for w in set(words) if w not in MINUTES_REGISTER) >= 3):
        return None
    named = st.speakers[0]
    if st.credited_by == "text" and _ASSENTED_TO.search(st.text) and any(
            attribution.same_person(named, t.speaker) for t in _around(turns, match, tuning.assent_within)):
        return None  # "Ms Lee agreed to ...": her answer, near it, to what another put to her (or said back)
    if not aligner.turns_of(named) and not _absent_credited_with_anothers_words(case, named):
        return None  # they never spoke: their written report, read or summed up by someone who was there
    if _ASKED_TO_RECORD.search(st.text) and any(
            MINUTE_REQUEST.search(turns[i].text.replace("’", "'"))
            and (set(words) - ctx.name_words - ctx.proper_names) & text_words(turns[i].text).bag
            for i in aligner.turns_of(named)):
        # "asked for it to be recorded that ...": the request is the claim, and they made it, of
        # the same thing (a word of it beyond the names: "Milo" is in every request about him)
        return None
    # The credited person spoke in the window, or just around it to assent ("Yes, that's
    # right"): crediting them is fair. (A short turn that does not assent, "I've nothing to add",
    # does not make the words theirs.)
    # (a turn of theirs in the window counts where it says some of it, beyond the names: "Milo's
    # referral has been accepted" does not make "Milo had a bruise" theirs)
    keys = keys_of(ctx.without_names(words))
    near = [t for t in turns[match.first: match.last + 1] if _words_said(t.text, keys) or polarity.assents(t.text)] + [
        t for t in (turns[match.first - 1] if match.first else None,
                    turns[match.last + 1] if match.last + 1 < len(turns) else None)
        if t is not None and polarity.assents(t.text)]
    # ... or echoed it straight after, in a few words ("She doesn't, I can vouch for that.", "Exactly.",
    # "He did, both knees."): they said it too
    echo = turns[match.last + 1] if match.last + 1 < len(turns) else None
    if echo is not None and len(echo.text.split()) <= tuning.echo_words_at_most and _ECHO.match(echo.text):
        near.append(echo)
    # ... or, a few turns on, answered "Yes" when it was put to them ("Does everyone agree with that?
    # Shannon?" / "Yeah, I get it"): the minutes record their assent.
    after = turns[match.last + 1: match.last + 1 + tuning.asked_within]
    near += [t for prev, t in zip(turns[match.last: match.last + tuning.asked_within], after, strict=False)
             if prev.text.rstrip().endswith("?") and polarity.assents(t.text)]
    # ... or answered, yes or no, a question that holds the words ("Has he done any work on his
    # offending?" / "Not yet, he's on the waiting list"): the minutes give the answer as theirs
    main = turns[match.main_turn]
    if main.text.rstrip().endswith("?") and match.main_turn + 1 < len(turns) \
            and turns[match.main_turn + 1].speaker != main.speaker:
        near.append(turns[match.main_turn + 1])
    if st.credited_by != "text" and attribution.is_chair(main.speaker):
        return None  # a row or heading credited to an agency, read out or summed up by the chair
    if st.credited_by in ("heading", "table", "paragraph") and attribution.same_organisation(named, main.speaker):
        return None  # a heading or row gives the agency; a colleague spoke for it ("Education": the class teacher)
    if any(attribution.same_person(who, main.speaker) for clause in _later_clauses(st.text)
           for who in credited(clause, ctx.cast)):
        return None  # the statement credits them too ("Mum asked ..., and the Chair explained that ...")
    if _AND_WAS_TOLD.search(st.text):
        return None  # "Mum asked whether ... and was told that ...": the answer is someone else's, unnamed
    if any(attribution.same_person(who, main.speaker) for who in st.speakers[1:]):
        return None  # ... or lists them with others ("Ms Ray, Ms Lowe and Mr Ode each supported ...")
    # Named in a sentence that says some of it, they may be its source or its subject ("Natalie's
    # done five"); named elsewhere in the turn, only as its source ("I agree with Ewan. Child
    # protection plan."), not as someone spoken of ("Marcus has never turned up drunk. The kids
    # love seeing him." relays nothing of his for "Dad said the children love seeing him").
    names = attribution.names_in(named)
    saying, rest = _saying(main.text, words)
    relayed = _as_source(names, saying) or _as_source(names, rest, strict=True) \
        or _as_source(_kin_words(named) | _credited_as(st.text), main.text, strict=True) \
        or _relayed_by_pronoun(named, names, main.text, words, ctx.cast, tuning)
    family = attribution.family_side(named)
    if not attribution.is_named(main.speaker) or relayed or any(  # "Voice 2" may be the credited person
            attribution.same_person(named, t.speaker) or (family and attribution.speaks_for_family(t.speaker))
            for t in near):
        return None
    said, theirs = outcomes.named(st.text), _last_outcome(aligner, named)
    if said is not None and theirs is not None and theirs[1] == said and not _REASONED.search(st.text):
        # they gave that recommendation in their own words ("threshold's met": a plan); a reason the
        # minutes give with it is read as any words are ("a plan, because nobody knows who was there")
        return None
    if st.credited_by == "action" and _given_by_name(case, names):
        return None  # the chair gave them the action by name ("Gemma, could you chase up the SALT?")
    own_turns = aligner.turns_of(named)
    if family:  # a parent's advocate or friend speaks for them ("Kelly asked for ...")
        for voice in ctx.family_voices:
            own_turns = own_turns | aligner.turns_of(voice)
    own = aligner.best(words, within=own_turns) if own_turns else None
    own_cov = own.coverage if own else 0.0
    # The figures are the fingerprint of a report ("twice", "twenty minutes"): when the other speaker
    # gave them all and the credited person none, sharing the subject's everyday words is no claim
    # to have said it.
    figures = _figures(st.text)
    fingerprint = bool(figures) and figures <= _figures(main.text) and not (
        own is not None and figures & _figures(" ".join(t.text for t in turns[own.first: own.last + 1])))
    if not (own_cov < cov - tuning.misattributed_margin
            and (own_cov < tuning.misattributed_own_below or fingerprint)):
        return None
    # (nor, for a heading's, a row's or a paragraph's credit, the chair: summing an agency's part up,
    # or opening the meeting with its words, "an initial child protection conference", is no claim)
    summing = st.credited_by != "text"
    found = _said_by_another(case, named, lambda who: attribution.same_person(named, who) or (
        summing and attribution.is_chair(who)), min(0.9, 0.4 + 0.6 * (cov - own_cov)))
    # (beyond the names: "Riley" is in half the meeting's sentences, and says nothing of who said it)
    if found is not None and not quoted and _words_said(" ".join(e.text for e in found.evidence),
                                                        keys) < tuning.misattributed_quote_words:
        return None
    if found is not None and st.credited_by == "action" and any(
            names & _word_set(e.text) for e in found.evidence):
        return None  # an action given to its owner by name ("Gemma to make sure Dylan knows ..."): theirs
    return found


# A request to have something recorded, as minutes give it ("Father asks for it to be recorded that ...")
_ASKED_TO_RECORD = re.compile(r"\b(?:asks?|asked|requests?|requested|wants?|wanted|would like)\b"
                              r"(?:(?!\b(?:whether|if)\b)[^.;]){0,30}?"
                              r"\b(?:recorded|minuted|noted|written down|put down|on record)\b", re.I)
# A quotation the minutes give: after a colon or comma, in quotes, to the closing quote that ends it
_QUOTATION = re.compile(r"[:,]\s*['‘“\"](.+?)(?:['’\"]\s*(?:[.,;]|$)|”)")


# A short reply that says the same again: "She doesn't", "He did", "Exactly", "True", "I can vouch for that"
_ECHO = re.compile(r"^\W*(?:(?:yes|yeah|true|exactly|definitely|absolutely|honestly),?\s*)?(?:(?:she|he|they|it|that)\s+"
                   r"(?:does|doesn't|did|didn't|is|isn't|was|wasn't|has|hasn't|had|hadn't|will|won't|can|can't|"
                   r"would|wouldn't)\b(?![\w ]{0,12}\b(?:not|no|never)\b)|exactly\b|true\b|"
                   r"i can vouch for (?:that|it|her|him|them)\b)", re.I)


def _quoted_from(statement: str, turn_text: str, tuning: Tuning) -> bool:
    """Does the statement quote, in tuning.quotation_words or more, what this turn says word for
    word (give or take a word: tuning.quotation_match)?"""
    m = _QUOTATION.search(statement)
    if not m or len(plain_words(m.group(1))) < tuning.quotation_words:
        return False
    return fuzz.partial_ratio(" ".join(plain_words(m.group(1))), " ".join(plain_words(turn_text))) \
        >= tuning.quotation_match


def misattributed_by_layout(case: Case) -> Finding | None:
    """A sentence that names nobody, in a paragraph that an earlier sentence gives as someone's
    account ("Ms Lee (HV) saw him at home. He now brushes his teeth at nursery."), is read as theirs;
    when another said it and they said nothing like it, the layout put it in the wrong mouth. Read
    as a heading is: a colleague of theirs, or the chair summing up, may have said it for them."""
    st = case.st
    # (a parent's paragraph is left alone: minutes set the professionals' replies in it unnamed)
    if st.speakers or not st.paragraph_of or attribution.family_side(st.paragraph_of):
        return None
    theirs = replace(st, speaker=st.paragraph_of, speakers=[st.paragraph_of], credited_by="paragraph")
    found = misattributed(replace(case, st=theirs))
    if found is not None:
        found.speaker = st.speaker
        found.confidence *= case.ctx.tuning.layout_credit_sureness
    return found


def _given_by_name(case: Case, names: set[str]) -> bool:
    """Is the action given its owner by name in one sentence of the meeting that says two or more of
    its words ("Gemma, could you keep an eye on the eczema and chase up speech and language?"),
    wherever another said more of them?"""
    keys = keys_of(set(case.words))
    return any(names & _word_set(x) and _words_said(x, keys) >= 2
               for t in case.turns if any(n in t.text.lower() for n in names) for x in _sentences(t.text))


# A statement that records someone's assent ("agreed to let Lisa check her phone", "consented to the
# referral", "said he would take the time off"), or their dissent ("disagreed with the
# recommendation"): what they agreed or disagreed with was put to them by another
_ASSENTED_TO = re.compile(rf"{_CLAUSE_HEAD}(?:{CONSENTED}|accepted|accepts|committed)"
                          rf"\s+(?:not\s+)?(?:to|that)\b|{_WOULD}|{_CLAUSE_HEAD}(?:disagreed|disagrees|objected|objects)\s+(?:with|to)\b|"
                          # ("did not object to the health visitor visiting": the plan is another's)
                          rf"{_CLAUSE_HEAD}(?:{polarity.NOT_OBJECTING})", re.I)
_AND_WAS_TOLD = re.compile(r"\band (?:she |he |they )?(?:was|were) (?:\w+ly )?(?:told|reassured|advised|informed|assured)\b",
                           re.I)


def _later_clauses(text: str) -> list[str]:
    """The statement's clauses after its first, each also cut where "and" brings in a new subject
    ("I apologised for this and Tom explained that ..."): each may credit someone of its own."""
    return [p for clause in polarity.clauses(text) for p in by_subject(clause)][1:]


def _kin_words(label: str) -> frozenset[str]:
    """What a professional calls a parent or grandparent when relaying them: "the parents say ...",
    "mum said ...", "according to dad" (the words of their role, as who_words gives them, and
    "parents"); nothing for anyone else."""
    kin = who_words((attribution.role_of(label),))
    if kin.isdisjoint(HOMELY):
        return frozenset()
    return kin | {"parents"} if kin & {"mother", "father"} else kin


def _credited_as(text: str) -> frozenset[str]:
    """The words a statement names its speaker by, where they are no person's name: "School raised
    concerns ..." -> {"school"}. A speaker who gives "school" as the source ("the concerns were
    raised by school") relays the school."""
    _, m = frame(text)
    if m is None:
        return frozenset()
    # (not its titles, "her" of "her advocate", nor the children of "Children's Services")
    return frozenset(w for w in re.findall(r"[a-z]{3,}", m.group("who").lower())
                     if w not in attribution.LABEL_NOISE and w not in _NOT_SOURCES)


_REASONED = re.compile(r",\s*as\b|\b(?:because|since|given that|due to)\b", re.I)
_NOT_SOURCES = frozenset({"she", "her", "his", "their", "they", "you", "children", "child", "all", "both"})


def _absent_credited_with_anothers_words(case: Case, named: str) -> bool:
    """An agency that was not there ("The police said ...") credited with what someone there said as
    their own view, in a passage that never speaks of that agency or of anything written: no report
    of theirs was being read or summed up ("Shannon rang me straight away, which was exactly the
    right thing to do", from the social worker)."""
    st, turns, match = case.st, case.turns, case.match
    main = turns[match.main_turn]
    if st.credited_by != "text" or attribution.names_in(named) or not attribution.is_named(main.speaker) \
            or attribution.is_chair(main.speaker):
        return False
    agency = set(text_words(attribution.role_of(named)).bag)
    if not agency or not agency <= set(text_words(st.text).bag):
        return False  # (credited by initials, "TM has visited": whose they are is not certain enough)
    passage = " ".join(t.text for t in case.region)
    return agency.isdisjoint(text_words(passage).bag) and not _WRITTEN.search(passage)


_WRITTEN = re.compile(r"\b(?:report|reports|letter|letters|email|emailed|wrote|written|writes|sent|says|statement)\b",
                      re.I)


_TOLD = re.compile(r"\b(?:to|told|tell|telling|informed|inform|let|cc|copied)\s+$")


def _saying(text: str, words: list[str]) -> tuple[str, str]:
    """A turn's sentences that say some of the statement's words, and the rest (each joined)."""
    parts = _sentences(text)
    says = [not text_words(x).bag.isdisjoint(words) for x in parts]
    return (" ".join(x for x, y in zip(parts, says, strict=True) if y),
            " ".join(x for x, y in zip(parts, says, strict=True) if not y))


def _as_source(names: set[str], text: str, strict: bool = False) -> bool:
    """Does the text name the person as where it came from ("Gemma told me ..."), not only as whom
    it was passed to ("we passed that to Hannah and to Gemma")? Then the speaker relays them."""
    low = text.lower()
    for n in names:
        if n not in low:
            continue  # (the pattern, made for the name, finds only the name: not read, nor made, where it is not)
        for m in re.finditer(rf"\b{re.escape(n)}\b", low):
            if _TOLD.search(low[max(0, m.start() - 12): m.start()]):
                continue
            if _ADDRESSED_BEFORE.search(low[max(0, m.start() - 16): m.start()]) and _ADDRESSED_AFTER.match(low, m.end()) \
                    and not _SPOKEN_TO_AS_SOURCE.match(low, m.end()):
                continue  # spoken to, not of: "And Kayleigh, I'll send you the report" (not "Kayleigh, you said ...")
            # strict: only as one who speaks or is agreed with ("Gemma said", "I agree with Ewan")
            if not strict or _SOURCE_BEFORE.search(low[max(0, m.start() - 16): m.start()]) \
                    or _SOURCE_AFTER.match(low, m.end()):
                return True
    return False


def _relayed_by_pronoun(named: str, names: set[str], turn_text: str, words: list[str], cast: Cast,
                        tuning: Tuning) -> bool:
    """"So Jade came in for her assessment. She told me she smokes two or three a night": the speaker
    names the credited person, then gives the words as what "she" told them. Only where the
    pronoun fits the credited person's sex (role or title), the turn names them, and the sentence
    that relays says nearly all the statement says (a relay of something else, "he's told me he
    smokes most evenings" for "he only smokes occasionally", leaves the words someone else's)."""
    who = cast.by_label(named)
    if who is None or who.gender is None:
        return False
    relaying = _RELAYING["she" if who.gender == "f" else "he"]
    wanted = set(words)
    low = turn_text.lower()
    if not wanted or not any(n in low and re.search(rf"\b{re.escape(n)}\b", low) for n in names):
        return False
    return any(relaying.search(x) and len(wanted & text_words(x).bag) >= tuning.relayed_cover * len(wanted)
               for x in _sentences(turn_text))


_RELAYING = {p: re.compile(rf"\b{p}(?:['’]s| has| had| was)?\s+(?:also\s+|then\s+|already\s+)?(?:told|tells|said|says|"
                           rf"described|mentioned|explained|disclosed|admitted|reported)\b", re.I)
             for p in ("she", "he")}


# A name spoken to: set off by commas at a clause's start or end ("Kayleigh, I'll text you", "I'll
# text you, Ryan.", "Thanks, Ryan, that's helpful")
_ADDRESSED_BEFORE = re.compile(r"(?:^|[.?!,;:])\s*(?:(?:and|so|now|right|okay|ok|thanks|thank you|well)\s+)?$")
_ADDRESSED_AFTER = re.compile(r"\s*(?:[,?!]|\.(?:\s|$)|$)")
# ... but given as the source all the same: "Carys, you said ...", "Carys, from what you've told
# me", "Carys, she told me ..."
_SPOKEN_TO_AS_SOURCE = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,5}?(?:you|she|he)(?:['’]ve|['’]d)?\s+(?:\w+\s+)?"
                                  r"(?:said|says|told|tells|mentioned|were saying|was saying|say|tell)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:with|from|according to|as|like|by)\s+(?:the\s+)?$")
_SOURCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:said|says|say|saying|told|tells|tell|mentioned|mentions|"
                           r"reckons|thinks|thought|feels|felt|wants|wanted|asked|raised|explained|reported|"
                           r"believes|was saying|put it)\b")


def _said_by_another(case: Case, credited_to: str, credited: Callable[[str | None], bool],
                     conf: float) -> Finding:
    """The misattribution finding: the real speaker's sentence that says most of the statement
    (by anyone `credited` does not name) as the proof, and who the minutes credit instead."""
    st, turns, main = case.st, case.turns, case.turns[case.match.main_turn]
    proof = quoting.real_speaker(turns, main.index, case.words, credited, case.aligner.weight)
    real = proof[0] if proof else main.evidence()
    credit = (f"The minutes give this in {credited_to}'s paragraph, as their account" if st.credited_by == "paragraph"
              else f"The minutes credit this to {credited_to}")
    return Finding("", "misattributed", st.text, proof, conf,
                   f"{credit}, but it was {real['speaker']} who said it at "
                   f"{clock(real['start'])}: “{short_quote(real['text'])}”", section=st.section, speaker=st.speaker)


def _figures(text: str) -> frozenset:
    """The figures a text gives, as (value, unit): '20 minutes', 'twice' (not the day a thing is
    done: everyone speaks of the Sunday handover)."""
    return frozenset((d.value, d.unit) for d in details_of(text) if d.unit != "habit_day")


def misattributed_to_a_group(case: Case) -> Finding | None:
    """Condensed minutes credit a side, not a person: "The family said ...", "Professionals
    reported ...". When the words were said by someone of the other side, and nobody of the side
    credited said anything like them, the minutes put them in the wrong mouths."""
    st, words, match, aligner, ctx = case.st, case.words, case.match, case.aligner, case.ctx
    tuning, turns, cov = ctx.tuning, case.turns, case.match.coverage
    side = _group_credit(st.text)
    if side is None or st.speakers or not ctx.speakers_known or not checkable(words, tuning):
        return None
    if cov < tuning.misattributed_from or sum(1 for w in set(words) if w not in MINUTES_REGISTER) < 3:
        return None
    def of_side(label: str | None) -> bool:
        return _of_side(label, side)

    main = turns[match.main_turn]
    near = turns[match.first: match.last + 1]
    if not attribution.is_named(main.speaker) or of_side(main.speaker) or any(of_side(t.speaker) for t in near):
        return None
    if attribution.is_chair(main.speaker):
        return None  # the chair summing up speaks for the meeting
    own_turns = {t.index for t in turns if of_side(t.speaker)}
    # ... and one who tells the side's own views by name tells them for it ("they both accept
    # there's a lot of arguing. Craig feels ...": the parents' views, as the social worker heard them)
    names = {n for i in own_turns for n in attribution.names_in(turns[i].speaker)}
    if _as_source(names, _saying(main.text, words)[0]):
        return None
    own = aligner.best(words, within=own_turns) if own_turns else None
    own_cov = own.coverage if own else 0.0
    if not (own_cov < cov - tuning.misattributed_margin and own_cov < tuning.misattributed_own_below):
        return None
    who = "the family" if side == "family" else "the professionals"
    return _said_by_another(case, who, of_side, min(0.85, 0.35 + 0.6 * (cov - own_cov)))


# (as the subject, not a possessive: "The family's support comes to £150 a week" credits no one)
_FAMILY_CREDIT = re.compile(r"^(?:the )?(?:family|parents|both parents)\b(?!['’])", re.I)
_PROFESSIONALS_CREDIT = re.compile(r"^(?:the )?(?:professionals|agencies)\b(?!['’])", re.I)


def _of_side(label: str | None, side: str) -> bool:
    """Is this a named speaker of that side (the family and those speaking for it, or not)?"""
    family = attribution.family_side(label) or attribution.speaks_for_family(label)
    return attribution.is_named(label) and family == (side == "family")


def _group_credit(text: str) -> str | None:
    """Which side a statement credits by opening with it, if any."""
    if _FAMILY_CREDIT.match(text):
        return "family"
    if _PROFESSIONALS_CREDIT.match(text):
        return "professionals"
    return None


def admission_not_own(case: Case) -> Finding | None:
    """'Ms Doyle acknowledged that she had not always put school first': an admission put in a
    parent's mouth must be in their own words (or their answer to the question put), or be their
    plain assent to what was just put to them. When it is neither, they did not say it, whoever
    else spoke of the subject; where they denied the act itself, the minutes contradict them; and
    where another of the family made the admission, the minutes credit it to the wrong person."""
    st, words, match, aligner, ctx = case.st, case.words, case.match, case.aligner, case.ctx
    if not checkable([w for w in words if w not in ADMITS], ctx.tuning, ctx.tuning.admission_checkable_from):
        return None
    if not (ctx.speakers_known and st.credited_by == "text" and st.speakers
            and attribution.family_side(st.speakers[0])):
        return None
    if not admits(st.text):
        return None
    person = st.speakers[0]
    own_turns = aligner.turns_of(person)
    claim = [w for w in words if w not in ADMITS]
    own = aligner.best(claim, within=own_turns) if own_turns else None
    if own is not None and own.coverage >= ctx.tuning.admission_own:
        return None
    turns = aligner.turns
    for i in sorted(own_turns):
        asked = turns[i - 1] if i else None
        if asked is None or asked.speaker == turns[i].speaker or not asked.text.rstrip().endswith("?"):
            continue
        if aligner.coverage(claim, i, i)[0] >= ctx.tuning.admission_answer_own and \
                aligner.coverage(claim, i - 1, i)[0] >= ctx.tuning.admission_own:
            return None
    for j in range(match.first, match.last + 1):  # "Yes, I know" right after it was put to them
        nxt = turns[j + 1] if j + 1 < len(turns) else None
        if nxt is not None and attribution.same_person(person, nxt.speaker) and polarity.assents(nxt.text):
            return None
    main = turns[match.main_turn]
    own_cov = own.coverage if own else 0.0
    # They denied the very act in their own words ("I never grabbed her"): the minutes have it the
    # wrong way round, which is more than not said
    denial = _own_denial(case, person, claim)
    if denial is not None:
        return Finding("", "contradicted", st.text, quoting.as_evidence([denial], turns),
                       min(0.85, 0.5 + 0.3 * match.coverage),
                       f"The minutes say {person} accepted this, but {person} denied it at {clock(denial.start)}: "
                       f"“{short_quote(denial.text)}”", section=st.section, speaker=st.speaker)
    # Another of the family made that admission, in words close to the minutes' (the other parent:
    # "it's me who oversleeps"): the minutes put it in the wrong mouth. (A professional speaking of
    # it is no admission by anyone: that stays not said.)
    if match.coverage >= ctx.tuning.misattributed_from and attribution.family_side(main.speaker) \
            and not attribution.same_person(person, main.speaker):
        return _said_by_another(case, person, lambda who: attribution.same_person(person, who),
                                min(0.85, 0.4 + 0.6 * (match.coverage - own_cov)))
    # The nearest the whole meeting came to it is their own words: the minutes put those in their own
    # words, which share less of the wording than a minute-taker's summary of another would. (Read as
    # "says less", five of six such findings on developed material were their words paraphrased.)
    if attribution.same_person(person, main.speaker):
        return None
    conf = min(0.85, 0.45 + 0.5 * (ctx.tuning.admission_own - own_cov) + 0.2 * (1 - match.coverage))
    proof = quoting.closest_passage(turns, main.index, words, aligner.weight)
    why = (f"The minutes say {person} accepted this, but nothing {person} said comes close; the nearest "
           f"passage is {who_said(main)} at {clock(proof[0].start)}: “{short_quote(proof[0].text)}”")
    return Finding("", "not_said", st.text, proof, conf, why, section=st.section, speaker=st.speaker)


_NOW = re.compile(r"\b(?:now|any ?more|these days|no longer|since)\b", re.I)
# Where what was admitted ends: a semicolon or colon, or "but" bringing in something else
_ADMITTED_ENDS = re.compile(r"[;:]|,?\s+but\s+", re.I)


def _own_denial(case: Case, person: str, claim: list[str]):
    """The person's own sentence, near the passage, that denies the act the minutes have them admit
    (the first word of what was admitted, negated: "I never grabbed her" for "had grabbed Ellie")."""
    if not claim or NEGATED.search(_ADMITTED_ENDS.split(case.st.text)[0]):
        return None  # (an admission of not doing something is read no further; a "no" after it,
        # "; no further action was taken", is of something else)
    act = keys_of(frozenset(claim[:1]))
    turns = case.turns
    for i in range(max(0, case.match.first - 3), min(len(turns), case.match.last + 4)):
        if not attribution.same_person(person, turns[i].speaker):
            continue
        for sentence in quoting.of_turn(turns, i):
            if _NOW.search(sentence.text):
                continue  # (a denial of now, "I don't text her now at all", is none of what was done)
            if any(negated and key_hit(t, act) for t, negated in polarity.polar_terms(sentence.text)):
                return sentence
    return None
