"""Checks that nobody said what the minutes say: the statement as a whole (not_said), or a part of it
that the rest does not carry: a serious event, a promised end to the plan, a service, a reason, a
thing agreed to. With what excuses a statement weakly found in the meeting's words (a feeling or a
judgement read from someone there, an assent, a refusal given as an answer, a late report
complained of, the same said in other words) and the "nobody said it" finding itself.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from app.clock import clock
from app.compare import attribution, embedding, omissions, outcomes, polarity, serious_events, services, views
from app.compare import evidence as quoting
from app.compare.align import Aligner, Match, key_hit, same, text_words, who_words
from app.compare.checks.agreement import CONSENTED, _agrees, _one_of, _theirs_around
from app.compare.checks.case import Case
from app.compare.checks.opposites import _contradicted, _contradiction, _opposite_elsewhere
from app.compare.checks.replies import _answered
from app.compare.checks.shared import (
    ANSWER_NO,
    REFUSING,
    _proper_nouns,
    _sentences,
    admits,
    checkable,
    not_said_score,
    own_sentences,
    procedural,
    recognised,
    unnamed,
    who_said,
)
from app.compare.checks.tuning import TUNING, Tuning
from app.compare.cue_patterns import Gated
from app.compare.findings import Finding
from app.compare.text import MINUTES_REGISTER, details, lemmas
from app.compare.turns import unsure_share
from app.minutes.people import Cast
from app.minutes.statements import Statement, reported


def not_said(case: Case) -> Finding | None:
    """Nobody said it: little of the statement is found where it best fits, its words were not used
    anywhere in the meeting, and its word pairs were never heard together. Less sure where the
    recogniser was unsure of the words around the closest passage. Only for a statement that says
    something happened or was done: a view alone, in the minute-taker's words, is no sign of
    anything (views.py)."""
    st, words, match, aligner = case.st, case.words, case.match, case.aligner
    tuning = case.ctx.tuning
    if not checkable(words, tuning):
        return None
    # A recogniser mishears names it does not know ("Fernlea" as "firmly"): a place or a name the
    # transcript never has is no sign that it was never said.
    heard_as = _proper_nouns(st.text) if recognised(aligner) else frozenset()
    # Someone spoken to or of who speaks in or beside the passage is there, named or not: "Mr
    # Fenwick disagreed with Ms Akhtar's view" is said as "I'd disagree" just after Ms Akhtar spoke.
    # Not the statement's subject: "Ms Doyle has not started the course" is a claim about her,
    # which her speaking nearby does not support.
    present = who_words(tuple(dict.fromkeys(t.speaker for t in case.region if t.speaker))) & match.missing \
        - subject_words(st.text)
    coverage = match.coverage
    if present and len(present) < len(set(words)):
        coverage += math.fsum(aligner.weight(w) for w in present) / math.fsum(aligner.weight(w) for w in set(words))
    score = not_said_score(min(1.0, coverage), aligner.novelty(words, heard_as | present),
                           aligner.unheard_pairs([w for w in words if w not in present]))
    score -= tuning.unsure_weight * unsure_share(case.region)
    needed = tuning.not_said_from + (tuning.procedural_margin if procedural(st.text) else 0.0)
    # The fewer of its words were said anywhere, the closer a sentence must come in meaning to excuse it
    close = tuning.same_meaning_from if score < tuning.hardly_said_from else tuning.same_meaning_hardly_said
    if score < needed or any(said_in_other_words(t, aligner, tuning, words, close)
                             for t in dict.fromkeys([st.text, initials_named(st.text, case.ctx.cast)])) \
            or _assented(case) or _felt_there(case) or _judged_there(case) or _dissented_there(case) \
            or _refused_when_asked(case) \
            or _late_report_theirs(case) or said_by_them_in_other_words(case):
        return None
    # Few of its words were said because the meeting said the opposite in their place ("has
    # attended all her sessions since the referral" / "she's missed three of the last five"): that
    # is what to report. The minute-taker's own words, said nowhere, do not count against the
    # passage.
    clash = _contradiction(st, aligner, case.region, case.ctx, said_only=True) or _opposite_elsewhere(case)
    if clash is not None:
        return _contradicted(st, clash, match.coverage, case.turns)
    return not_said_finding(st, match, aligner, score, tuning)


def said_by_them_in_other_words(case: Case) -> bool:
    """A statement credited to someone ("(HV) His jabs are all done and he is doing what he should
    for his age") is said in other words if one of that person's own sentences is close to it in
    meaning. Their sentences are read whatever words they share: a paraphrase of a person's account
    may keep none of its rarer words, and so be missed among the turns said_in_other_words reads.
    Not an admission put in their mouth: what they said of the same thing, admitted or denied, lies
    as close in meaning."""
    st, aligner, tuning = case.st, case.aligner, case.ctx.tuning
    if not (embedding.USE_EMBEDDING and case.ctx.speakers_known and st.speakers) or admits(st.text):
        return False
    own = [masked for _, _, masked in own_sentences(case)]
    if not own:
        return False
    return max(embedding.closest(unnamed(t, aligner), own)[1] for t in dict.fromkeys([st.text, reported(st.text)])) \
        >= tuning.own_same_meaning_from


def _late_report_theirs(case: Case) -> bool:
    """'Ms Brennan said she had received the report at 9pm the previous evening and had not had time
    to digest it' for her "I only got the report last night ... not had time to take it in": a
    parent's complaint of a late report, which the minutes record in their own words. (Its time,
    if changed, is the detail check's.)"""
    st, aligner = case.st, case.aligner
    if not (st.speakers and attribution.family_side(st.speakers[0]) and omissions.report_came_late(st.text)):
        return False
    return any(omissions.complained_of_a_late_report(aligner.turns[i].text) for i in aligner.turns_of(st.speakers[0]))


def serious_event_not_said(case: Case) -> Finding | None:
    """The statement reports an arrest, a charge, a diagnosis, an exclusion (serious_events.py)
    that nobody in the meeting spoke of, however well the rest of it was said: "arrested on the
    20th and had since been charged with assault" where the officer said only the arrest."""
    st, aligner = case.st, case.aligner
    if not serious_events.reported(st.text):
        return None
    added = serious_events.unmentioned(st.text, [t.text for t in aligner.turns], misheard=recognised(aligner))
    if not added:
        return None
    # (a word the recogniser was unsure of near the passage may have been the event's name)
    return _unsaid(case, 0.75, f"Nobody in the recording mentions {' or '.join(added)}, which the minutes report.",
                   "says nothing of it")


def promised_end_not_said(case: Case) -> Finding | None:
    """The minutes promise the plan's end later or on a condition ("it was agreed that the plans
    would end at the next review if progress is maintained") where nobody in the meeting spoke of
    ending it at a later review or on a condition: a promise the family will hold the conference to."""
    st, turns = case.st, case.turns
    if not outcomes.promises_end(st.text) or any(outcomes.looks_forward_to_less(t.text) for t in turns):
        return None
    return _unsaid(case, 0.6, "Nobody in the recording spoke of ending the plan at a later review or on a condition.",
                   "sets no such promise", sure_whatever_heard=True)


def service_not_said(case: Case) -> Finding | None:
    """The minutes name a service, team or course by what it does ("a referral to the tissue
    viability nurse", "agreed to attend a money skills course") that nobody in the meeting spoke of:
    none of the words that say which one it is was said, in any form, nor its initials, nor is it
    an attendee's role. A step added that the family will be held to (services.py). Only against a
    typed transcript: a recogniser mishears the names of services it does not know ("enuresis")."""
    aligner = case.aligner
    if not services.named(case.st.text) or recognised(aligner):
        return None
    roles = aligner.speaker_words

    def said(w: str) -> bool:
        return w in roles or any(_said_in_some_form(x, aligner) for x in text_words(w).bag or {w})

    added = services.unmentioned(case.st.text, said, lambda initials: initials in aligner.vocabulary)
    if not added:
        return None
    return _unsaid(case, 0.7, f"Nobody in the recording mentions the {' or the '.join(added)}, which the minutes name.",
                   "says nothing of it")


def referral_not_said(case: Case) -> Finding | None:
    """The minutes say someone was referred to a service or a professional ("had been referred to a
    dietitian", "a referral to the school counsellor") where nobody in the meeting spoke of a
    referral, a waiting list or an appointment in the same sentence as that one: the dietitian may
    have come up, but not as somewhere anyone was sent. A referral the family will be asked about
    at the next review, added. Only against a typed transcript (a recogniser's text drops words)."""
    st, aligner = case.st, case.aligner
    if recognised(aligner) or not _REFERRAL.search(st.text):
        return None
    for m in _REFERRED_TO.finditer(st.text):
        before = st.text[:m.start()]
        if _INTO_CARE.search(m.group(1)) or re.search(r"[A-Z]", m.group(1)) or _TO_COME.search(before[-30:]) \
                or (m.group(0).lower().startswith("referred to") and not _BEEN.search(before[-20:])):
            # (the referral that brought the family to conference, told in its own words; a service
            # by its name or initials, "Compass", "SALT", which the meeting may give in full; one
            # still to be made, or offered, or declined; "the house referred to the hotel", which means it)
            continue
        thing = _WHEN.split(m.group(1))[0]  # ("Children's Social Care the same afternoon")
        named = [w for w in text_words(thing).content if len(w) > 2 and w not in _NOT_WHICH_ONE]
        if not named:
            continue
        if not _referral_spoken_of(named[-1], case.turns):
            return _unsaid(case, 0.65, f"The minutes record someone sent on to the {thing.strip()}, but nobody in "
                                       f"the recording speaks of referring anyone there.", "says nothing of it")
    return None


def _referral_spoken_of(head: str, turns) -> bool:
    """Did a sentence of the meeting speak of a referral (a waiting list, an appointment) and name
    the one referred to by `head`, the last word of its name or another form of it (align.same: "the
    community mental health team": its health; a "dietician" is a "dietitian"); or did that one,
    speaking, say it was to them ("she was referred to me in March")?"""
    for t in turns:
        said = _referral_sentences(t.text)
        if not said:
            continue
        theirs = head in who_words((attribution.role_of(t.speaker),))
        for x in said:
            if (theirs and _TO_ME.search(x)) or any(same(w, head) for w in text_words(x).content):
                return True
    return False


@lru_cache(maxsize=20000)  # (the whole meeting is read for each statement that names a referral)
def _referral_sentences(text: str) -> tuple[str, ...]:
    """A turn's sentences that speak of a referral."""
    return tuple(x for x in _sentences(text) if _REFERRAL.search(x))


# "referred (him) to a dietitian", "a referral to the school counsellor", "referred M for a course of
# talking therapy": to whom or for what, up to where that ends
_REFERRED_TO = re.compile(r"\breferr(?:ed|al|als)\b(?:\s+[\w'’-]+){0,3}?\s+(?:to|for)\s+(?:(?:an?|the|her|his|their)\s+)?"
                          r"([^.;:,()]+?)(?=[.;:,()]|\s(?:and|but|so|for|because|as|after|since|in|at|from|by|who|which|"
                          r"when|where|until|following|with|had|has|have|was|were|is|are|will|would)\s|$)", re.I)
# What speaks of a referral, or of what follows one, in the meeting
_REFERRAL = re.compile(r"\b(?:refer|refers|referred|referring|referral|referrals|waiting list|waiting-list|on the list|"
                       r"appointments?|booked|signposted|put (?:him|her|them|me|us) (?:forward|down for|in for)|"
                       r"signed (?:him|her|them|me|us) up)\b", re.I)
# (read only where one of these is: each wording holds one, and most sentences hold none)
_REFERRAL = Gated(_REFERRAL, ("refer", "waiting", "on the list", "appointment", "booked", "signposted", "put ",
                              "signed "))
_TO_ME = re.compile(r"\b(?:me|us|our|we)\b", re.I)
_INTO_CARE = re.compile(r"children'?s (?:social )?(?:services|social care)|social (?:services|care)|\bmash\b|front door|"
                        r"local authority|\bpolice\b", re.I)
# (a referral still to come, or put to the family: "will make", "declined a referral", "was offered")
_TO_COME = re.compile(r"\b(?:will|would|to make|going to|plans? to|intends? to|agreed to|declin\w*|refus\w*|offer\w*|"
                      r"consider\w*|discuss\w*|accept\w*)\b[^.;]*$", re.I)
_BEEN = re.compile(r"\b(?:been|was|were|is|are|be|had|has|have|also|already|since|recently|then|now)\s*$", re.I)
_WHEN = re.compile(r"\s(?:the same|that|this|last|next|on|yesterday|today)\b", re.I)
# Words of a service's name that say what it is no more than "the" does
_NOT_WHICH_ONE = frozenset({"service", "services", "team", "teams", "support", "worker", "workers", "course", "programme",
                            "group", "clinic", "unit", "local", "specialist", "further", "new", "assessment"})


# A reason the minutes give: "because of his drinking", "due to her health"
# (not the "due to" of a timetable: "the review is due to be held on 3 March")
_REASON = re.compile(r"\b(?:because of|because|due to(?! (?:be|start|begin|end|finish|take|happen|close|arrive|"
                     r"return|meet|visit|attend)\b)|as a result of|owing to|caused by)\s+([^.;,]+)", re.I)


def reason_not_said(case: Case) -> Finding | None:
    """The minutes give a reason nobody gave: "Dad had lost his job because of his drinking" where
    he said only that he had lost it, and nobody spoke of drinking. Blame added to a true fact; the
    reason's words must be said nowhere in the meeting, in any form ("tired" speaks of tiredness)."""
    st, aligner = case.st, case.aligner
    for m in _REASON.finditer(st.text):
        words = [w for w in text_words(m.group(1)).content if len(w) > 2 and not w.isdigit()]
        if words and not any(_said_in_some_form(w, aligner) for w in words):
            return _unsaid(case, 0.65, f"Nobody in the recording gives the reason the minutes give "
                                       f"(“{m.group(0).strip()}”).", "gives none of it")
    return None


def frequency_not_said(case: Case) -> Finding | None:
    """The minutes say how often ("she wakes screaming every night", "he drinks daily") where the
    passage that speaks of it, and its speaker's turns around it, give no how-often at all ("she
    wakes up screaming and I sit with her"). A frequency added makes a sometimes an always: it
    must be found with the rest. Not where anyone in the meeting gave the same frequency, nor where
    the passage gives another (detail_changed's to judge), nor where the passage hardly speaks of
    the statement's subject (not_said's). Only against a typed transcript: a recogniser mishears a
    word like "fortnightly". Last of the checks: a statement put in another's mouth is that first."""
    st, match, aligner = case.st, case.match, case.aligner
    if recognised(aligner) or match.coverage < case.ctx.tuning.frequency_topic_from:
        return None
    often = [d for d in details(st.text) if d.unit == "per_week"]
    if not often:
        return None
    given = {d.value for d in often}
    if any(d.unit == "per_week" and d.value in given for t in aligner.turns for d in details(t.text)):
        return None  # (given by someone, somewhere)
    nearby = list(case.region)
    if st.speakers:
        nearby += _theirs_around(case, _one_of(st.speakers, case.ctx))
    # (days named are a how-often too: "Monday, Wednesday and Friday" for "three days a week")
    if any(_HOW_OFTEN.search(t.text) or any(d.unit in ("per_week", "time", "weekdays", "habit_day") for d in details(t.text))
           for t in nearby):
        return None
    return _unsaid(case, 0.6, f"Nobody in the recording says how often, as the minutes do "
                              f"(“{often[0].text}”).", "says nothing of how often")


# Words that say how often, or that it is a habit, without a figure
_HOW_OFTEN = re.compile(r"\b(?:always|usually|often|never|sometimes|occasionally|regularly|rarely|seldom|most|every|"
                        r"each|daily|weekly|nightly|monthly|fortnightly|once|twice|times|constantly|all the time|a lot|"
                        r"loads|hardly|ever|again|now and then|on and off|some days|couple of|mornings|nights|evenings|"
                        r"weekends|tuesdays|mondays|wednesdays|thursdays|fridays|saturdays|sundays)\b", re.I)


# What someone is said to have agreed to, up to where the clause ends ("agreed to fit a stair gate
# so that ...": "fit a stair gate")
_THING_ENDS = (r"(?=[,;:.()]|\s(?:and|but|so|once|until|when|while|if|because|as|after|before|following|"
               r"with the support|being|who|which|in order|in line)\s|$)")
_AGREED_THING = re.compile(rf"\b(?:{CONSENTED}|undertakes)\s+to\s+(.+?)" + _THING_ENDS,
                           re.I)
# ... and a second thing agreed in the same breath: "agreed to ring the school and to fit a gate"
_AND_TO = re.compile(r",?\s+and\s+to\s+(.+?)" + _THING_ENDS, re.I)


def _things_agreed(text: str) -> list[str]:
    """What a statement says was agreed to, each thing as written."""
    out = []
    for m in _AGREED_THING.finditer(text):
        out.append(m.group(1))
        more = _AND_TO.match(text, m.end())
        while more:
            out.append(more.group(1))
            more = _AND_TO.match(text, more.end())
    return out


def agreed_thing_not_said(case: Case) -> Finding | None:
    """The minutes record an agreement to something the meeting never spoke of: "Mr Tate agreed to
    fit a stair gate" where nobody said "stair" or "gate" in any form. An agreement is to a thing;
    where two or more of the words that say what it is were said nowhere, it was not agreed there,
    whoever spoke of the rest. Names are left out (a surname the meeting never used says nothing of
    what was agreed). Only against a typed transcript: a recogniser mishears uncommon words. Not
    where the person credited said yes or "I'll ..." in the passage: the minutes then put the
    commitment they made in the minute-taker's words ("agreed to keep a diary of her night waking" /
    "I'll write it down every time"), which is agreement_not_heard's to judge."""
    st, aligner, ctx = case.st, case.aligner, case.ctx
    if recognised(aligner) or not ctx.speakers_known:
        return None
    if st.speakers and any(_agrees(t.text) for t in _theirs_around(case, _one_of(st.speakers, ctx))):
        return None
    for agreed in _things_agreed(st.text):
        thing = " ".join(w for w in agreed.split() if not re.match(r"[A-Z][a-z]", w))
        words = [w for w in text_words(thing).content if w not in MINUTES_REGISTER and len(w) > 2 and not w.isdigit()]
        unsaid = [w for w in dict.fromkeys(words) if not _said_in_some_form(w, aligner)]
        if len(unsaid) >= 2:
            return _unsaid(case, 0.65, f"Nobody in the recording spoke of what the minutes say was agreed "
                                       f"(“{agreed.strip()}”).", "says nothing of it")
    return None


def _unsaid(case: Case, sure: float, why: str, passage: str, sure_whatever_heard: bool = False) -> Finding:
    """A 'not said' finding of one missing part of a statement, with the closest passage as its
    evidence; less sure where the recogniser doubted words near it (unless nothing it could have
    misheard decides it)."""
    turns, match = case.turns, case.match
    turn = turns[match.main_turn]
    proof = quoting.closest_passage(turns, turn.index, sorted(match.matched | match.missing), case.aligner.weight)
    conf = sure if sure_whatever_heard else max(0.3, sure - case.ctx.tuning.unsure_weight * unsure_share(case.region))
    return Finding("", "not_said", case.st.text, proof, conf,
                   f"{why} The closest passage, {who_said(turn)} at {clock(turn.start)}, {passage}.",
                   section=case.st.section, speaker=case.st.speaker)


def _said_in_some_form(w: str, aligner: Aligner) -> bool:
    # ("tiredness" is spoken of by "tired", too short for the aligner's shared five-letter stems;
    # not "workload" by "work", nor "fireguard" by "fire": a word of its own after a short one is a
    # compound, where a longer one is as often a clipped word ("intel" for "intelligence");
    # in a recogniser's transcript a near miss of the word counts, as the aligner counts it)
    return aligner.said_anywhere(w) or any(w.startswith(v) and (len(v) >= 5 or _an_ending(w[len(v):]))
                                           for v in aligner.vocabulary if len(v) >= 4) \
        or (recognised(aligner) and aligner.coverage([w], 0, len(aligner.turns) - 1)[0] > 0)


def _an_ending(rest: str) -> bool:
    """Is what follows a root an ending ("tire" + "dness": the vocabulary holds lemmas), not a word?"""
    return rest in _SUFFIXES or (rest[:1] in ("d", "e", "r", "s") and rest[1:] in _SUFFIXES)


# The endings that make a word of another of the same root ("tired" -> "tiredness", "help" -> "helpful")
_SUFFIXES = frozenset({"", "s", "es", "ed", "d", "er", "ers", "ing", "ly", "y", "ness", "ment", "ments", "ful", "less",
                       "ity", "ion", "ions", "ation", "ations", "ish", "able", "ive", "al", "ally", "ies", "ied", "e"})


# How someone took what was said, in the minute-taker's word for it ("Mum was relieved")
FEELINGS = {"relieve", "relieved", "grateful", "thankful", "upset", "pleased", "glad", "happy", "unhappy", "frustrate",
            "frustrated", "frustration", "angry", "annoyed", "distressed", "tearful", "emotional", "anxious",
            "worried", "disappointed", "shocked", "surprised", "confused", "reassured", "delighted"}


def _felt_there(case: Case) -> bool:
    """'Mum was relieved', 'Dad was grateful for the change': a feeling the minute-taker read from
    someone who speaks right there, with little else claimed. Words cannot show it was not so, and
    calling it not said would accuse on tone; a statement that claims more is checked as any other."""
    st = case.st
    if FEELINGS.isdisjoint(text_words(st.text).lemmas):
        return False
    subject, present = subject_words(st.text), _speaking_there(case)
    if not (subject & present or st.speakers):
        return False
    rest = [w for w in case.words if w not in subject and w not in FEELINGS and w not in MINUTES_REGISTER]
    return len(rest) <= 2


def _speaking_there(case: Case) -> frozenset[str]:
    """The words that name those who speak in the passage or the few turns after it (a reaction comes
    after what it reacts to)."""
    near = case.turns[max(0, case.match.first - 1): case.match.last + 5]
    return who_words(tuple(dict.fromkeys(t.speaker for t in near if t.speaker)))


# How someone judged a person or a thing, in the minute-taker's word for it ("spoke positively about")
JUDGEMENTS = {"praise", "credit", "positively", "negatively", "highly", "helpful", "unhelpful", "useful", "supportive",
              "reliable", "value", "valuable", "welcome", "appreciate", "commend", "positive", "negative", "critical",
              "criticise", "complimentary", "blame", "unreliable"}


def _judged_there(case: Case) -> bool:
    """'Mum found the planner very helpful' for her "the planner's been a game changer": a judgement
    the minute-taker put in their own word, by someone who speaks right there, of something the
    passage speaks of. As with a feeling, words cannot show it was not so; only where all but one of
    the statement's other words are in the passage, so that what was judged was there."""
    st, match = case.st, case.match
    if JUDGEMENTS.isdisjoint(text_words(st.text).lemmas):
        return False
    subject, present = subject_words(st.text), _speaking_there(case)
    if not (subject & present or st.speakers):
        return False
    rest = [w for w in case.words if w not in subject and w not in JUDGEMENTS and w not in MINUTES_REGISTER
            and w not in present]
    return len(rest) <= 2 and sum(w in match.missing for w in rest) <= 1


# The minute-taker's words for a disagreement, and what it is with ("disagreed with the decision")
DISSENTING = {"disagree", "agree", "dispute", "object", "oppose", "objection", "disagreement", "decision", "record",
              "minute", "note"}


def _dissented_there(case: Case) -> bool:
    """'Ms Webb disagrees with the decision and this is recorded' where she said "I don't agree, but
    okay" just after the chair gave it: her dissent in the minute-taker's words. Only where the person
    credited disagrees in their own turn in or just after the passage, and the statement claims little
    else (its other words all in those turns, bar one)."""
    st, match = case.st, case.match
    if not (case.ctx.speakers_known and st.speakers and polarity.records_dissent(st.text)):
        return False
    near = case.turns[max(0, match.first - 1): match.last + 5]
    if not any(attribution.same_person(st.speakers[0], t.speaker) and polarity.dissents(t.text) for t in near):
        return False
    said = frozenset(w for t in near for w in text_words(t.text).lemmas)
    rest = [w for w in case.words if w not in subject_words(st.text) and w not in DISSENTING
            and w not in MINUTES_REGISTER and w not in said]
    return len(rest) <= 1


def subject_words(text: str) -> frozenset[str]:
    """The lemmas of a statement's first three words, where its subject is named."""
    return frozenset(lemmas(" ".join(text.split()[:3])))


# Agreeing in one word, and agreeing in a short reply ("Yeah, that's fine.", "Sure, no problem.")
AGREEING = {"agree", "accept", "consent", "happy", "content"}
_YES_REPLY = re.compile(r"^\W*(?:(?:um|er|erm|oh|well)\W+)*(?:yes|yeah|yep|ok(?:ay)?|sure|fine|that's (?:fine|ok|okay|"
                        r"right|grand|no problem)|no problem|of course|go on|definitely|absolutely|i agree|i accept)\b",
                        re.I)


def _assented(case: Case) -> bool:
    """'Mum agreed to the visits' where the credited person said 'Yeah, that's fine' straight after
    someone else set them out: the words of what was agreed are the other speaker's, the agreement
    theirs. Only a short reply, and only where it and the turn before it carry the rest of the
    statement ("noting they already knew most of it" may be the reply's own)."""
    st, aligner = case.st, case.aligner
    if not (case.ctx.speakers_known and st.credited_by == "text" and st.speakers):
        return False
    if AGREEING.isdisjoint(text_words(st.text).lemmas[:10]):
        return False
    # (the words that name the person themselves, "Mum agreed", are said by their speaking)
    rest = [w for w in case.words if w not in AGREEING and case.ctx.cast.by_role(w, exact=True) is None]
    for i in sorted(aligner.turns_of(st.speakers[0])):
        turn, before = aligner.turns[i], aligner.turns[i - 1] if i else None
        if before is None or before.speaker == turn.speaker or len(turn.text.split()) > 25:
            continue
        if _YES_REPLY.match(turn.text.replace("’", "'")) and rest and \
                aligner.coverage(rest, before.index, turn.index)[0] >= case.ctx.tuning.assented_from:
            return True
    return False


# A no to what was offered, for now ("Would you want the stop-smoking service?" / "Not yet.")
_NO_FOR_NOW = re.compile(r"^\W*(?:(?:um|er|erm|well|oh)\W+)*not (?:yet|for now|right now|at the moment|just now)\b", re.I)


def _refused_when_asked(case: Case) -> bool:
    """'Mum declined a referral to the stop-smoking service' where she answered "Not yet" (or "No")
    when asked whether she wanted it: the refusal is her answer, in the minute-taker's word."""
    st = case.st
    lemmas_ = set(text_words(st.text).lemmas)
    if REFUSING.isdisjoint(lemmas_) or {t for t, negated in polarity.polar_terms(st.text) if negated} & REFUSING:
        return False
    who = set(st.speakers) if st.speakers else set()
    subject = subject_words(st.text)
    # what was refused must be what was asked: two of its words in the question ("Would you want the
    # stop-smoking service?"), not one shared in passing ("Have you used any drugs?" is no offer of a test)
    # (nor a name: "Jade, have you used any drugs?" puts the question to her, it is not about her)
    refused = {w for w in case.words if w not in REFUSING and w not in MINUTES_REGISTER and w not in subject
               and not case.ctx.people.get(w)}
    for pattern in (ANSWER_NO, _NO_FOR_NOW):
        for _asked, answer, brought, _put in _answered(case, pattern):
            if sum(1 for w in refused if key_hit(w, brought)) < 2:
                continue
            if (who and any(attribution.same_person(w, answer.speaker) for w in who)) \
                    or (answer.speaker and subject & who_words((answer.speaker,))):
                return True
    return False


INITIALS = re.compile(r"\b[A-Z]{2,3}\b")  # ("TR", "DW": how some minutes name people)


def initials_named(text: str, cast: Cast) -> str:
    """'TM to arrange an assessment of MD' -> 'Tariq Mahmood to arrange an assessment of Maxine
    Dunmore' (initials one attendee has): read for meaning, and for what the minutes carry,
    initials are letters the room never said."""
    def name(m: re.Match) -> str:
        who = cast.by_initials(m.group(0))
        return who.name if who is not None else m.group(0)
    return INITIALS.sub(name, text)


def said_in_other_words(text: str, aligner: Aligner, tuning: Tuning = TUNING,
                        words: list[str] | None = None, close: float | None = None) -> bool:
    """Does some sentence of the meeting say the same in other words, by meaning rather than by
    shared words? (Only when the sentence-embedding model is switched on: see embedding.py.)
    Sentence by sentence, not turn by turn: a long turn's other subjects blur its meaning. Only
    around the turns sharing the statement's rarer words, when given (a paraphrase keeps some):
    a long meeting is not embedded whole for every statement."""
    if not embedding.USE_EMBEDDING or not aligner.turns:
        return False
    near = range(len(aligner.turns)) if words is None else sorted(
        {j for c in aligner.candidates(words, tuning.same_meaning_turns) for j in (c - 1, c, c + 1)
         if 0 <= j < len(aligner.turns)})
    sentences = [x for i in near for x in _sentences(aligner.turns[i].text)]
    # The statement as written and what it reports: "Mr X observed that ..." is not what anyone said,
    # and the frame's names and verb pull its meaning away from the words that were.
    return max(embedding.closest(t, sentences)[1] for t in dict.fromkeys([text, reported(text)])) \
        >= (tuning.same_meaning_from if close is None else close)


def not_said_finding(st: Statement, match: Match | None, aligner: Aligner, score: float = 1.0,
                     tuning: Tuning = TUNING) -> Finding | None:
    """The "nobody said it" finding, with the closest passage (`match`; None: nothing matched); None
    for a statement that gives only a view: in the minute-taker's words, words cannot show it was
    not said (views.py)."""
    if views.only_a_view(st.text):
        return None
    conf = max(0.3, min(0.9, 0.3 + (score - tuning.not_said_from) * 1.5 + 0.2))
    if match is None:
        return Finding("", "not_said", st.text, [], conf, "Nothing in the recording matches this statement.",
                       section=st.section, speaker=st.speaker)
    turn = aligner.turns[match.main_turn]
    missing = sorted(match.missing, key=lambda w: (-aligner.weight(w), w))[:4]
    proof = quoting.closest_passage(aligner.turns, turn.index, sorted(match.matched | match.missing), aligner.weight)
    return Finding("", "not_said", st.text, proof, conf,
                   f"Nobody in the recording says this. The closest passage, {who_said(turn)} at {clock(turn.start)}, "
                   f"does not mention {', '.join(missing) or 'it'}.", section=st.section, speaker=st.speaker)
