"""Checks of who agreed to what: the minutes say everyone agreed where a professional disagreed
(all_agreed_but_dissent), record someone's recommendation as the other outcome
(recommended_other_outcome), have a parent accept the decision or agree to something where nobody
heard them do so, or where they said no (acceptance_not_heard, agreement_not_heard), or refuse
something they said yes to (refusal_they_agreed_to).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from app.clock import clock
from app.compare import attribution, outcomes, polarity
from app.compare import evidence as quoting
from app.compare.align import Aligner, keys_of, text_words, who_words
from app.compare.checks.case import Case, Context
from app.compare.checks.shared import (
    _DATE_WORDS,
    ANSWER_NO,
    CREDITED_BY,
    _around,
    _sentences,
    _word_set,
    _words_said,
    by_subject,
    capital,
    checkable,
    short_quote,
    who_said,
)
from app.compare.checks.tuning import Tuning
from app.compare.cue_patterns import Folded, Gated
from app.compare.findings import Finding
from app.compare.turns import Turn
from app.minutes.people import Cast


def all_agreed_but_dissent(case: Case) -> Finding | None:
    """The minutes say everyone agreed, but a professional said they disagreed on the same subject.
    ("All agreed" is the commonest way a dissent disappears from a record.) A parent's
    disagreement is left to the omissions: parents are not counted in "all professionals agreed",
    nor is the child speaking for themselves."""
    st, turns, ctx = case.st, case.turns, case.ctx
    if not polarity.claims_all_agreed(st.text) or _FAMILY_ALL.match(st.text):
        return None  # ("Both parents agreed to ...": a parent's dissent is the omissions' to find)
    if ctx.dissenting is None:  # found once, asked of every "all agreed"
        # (nor the chair's: the chair decides, and reports the others' views, "Dad doesn't accept it")
        ctx.dissenting = [t for t in turns if polarity.dissents(t.text)
                          and (not ctx.speakers_known or _a_professional(t.speaker))]
    topic = set(case.words)
    dissent = [t for t in ctx.dissenting if topic & text_words(t.text).bag]
    if not ctx.speakers_known and (_PROFESSIONALS_ONLY.search(st.text) or _ALL_OF.match(st.text)):
        # "all professionals agreed": an unnamed voice's bare "I don't agree" may be a parent's; a
        # professional's dissent gives a view of the outcome or the threshold
        dissent = [t for t in dissent if outcomes.named(t.text) is not None or "threshold" in t.text.lower()]
    # One who names the very outcome all are said to have agreed ("I think plan, neglect, for now.
    # But I'd want it recorded that she's made real progress") voted with the rest: their "but" is a
    # reservation about something else
    agreed_on = outcomes.named(st.text)
    if agreed_on is not None:
        dissent = [t for t in dissent if outcomes.named(t.text) != agreed_on]
        if ctx.speakers_known:
            # ... and one who recommended another outcome differed, however mildly they put it ("I'd
            # support a child in need plan"): the outcome is the very thing all are said to have agreed
            # (whose turn it is asked first: cheaper than the outcome a turn names, and the family's,
            # the child's and the chair's turns need not be read for one)
            voted = [t for t in turns if _a_professional(t.speaker) and outcomes.named(t.text) not in (None, agreed_on)]
            dissent = sorted({t.index: t for t in dissent + voted}.values(), key=lambda t: t.index)
    listed = _listed(st.text, ctx.cast) if ctx.speakers_known else None
    if listed:  # "CAMHS, health and school all supported ...": all of those, not anyone else
        dissent = [t for t in dissent if any(attribution.same_person(who, t.speaker) for who in listed)]
    if not dissent:
        return None
    t = dissent[0]
    proof = [e for x in dissent[:3] for e in quoting.dissent(turns, x.index, polarity.dissents)]
    return Finding("", "contradicted", st.text, proof, 0.8,
                   f"The minutes say everyone agreed, but {who_said(t)} disagreed at {clock(proof[0].start)}: "
                   f"“{short_quote(proof[0].text)}”", section=st.section, speaker=st.speaker)


def _a_professional(label: str | None) -> bool:
    """One of those counted in "all professionals agreed": not the family, the child, nor the chair
    (who decides, and reports others' views)."""
    return not (attribution.family_side(label) or attribution.is_the_child(label) or attribution.is_chair(label))


_FAMILY_ALL = re.compile(r"^(?:both|the) (?:parents|family|carers)\b", re.I)
_ALL_OF = re.compile(r"^(?P<list>[A-Z][^.;:]{2,150}?)\s+(?:all|both|each)\b")
_PROFESSIONALS_ONLY = re.compile(r"\b(?:professionals?|agencies|practitioners)\b", re.I)


def _listed(text: str, cast: Cast) -> list[str] | None:
    """The attendees a statement lists before its "all" ("Health, CAMHS and school all ..."), when
    every one of them is an attendee; else None (the "all" is everyone's)."""
    m = _ALL_OF.match(text)
    if not m:
        return None
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if p.strip()]
    labels = {a.label for a in cast.attendees}
    found = [cast.resolve(p, people_only=True) for p in parts]
    return found if len(parts) >= 2 and all(f in labels for f in found) else None


def recommended_other_outcome(case: Case) -> Finding | None:
    """The minutes give someone's recommendation as one outcome ("GP: Child Protection Plan") while
    the last outcome that person named in the meeting was the other ("I'd say child in need"). A
    professional's vote recorded the wrong way round changes how the decision reads. Needs the
    transcript to say who spoke."""
    st, ctx = case.st, case.ctx
    if not (ctx.speakers_known and st.speakers and st.credited_by in CREDITED_BY):
        return None
    said = outcomes.named(st.text)
    if said is None:  # (most statements name no outcome: the person's turns are not read)
        return None
    theirs = _last_outcome(case.aligner, st.speakers[0], _others_named(st.text, ctx), ctx)
    if theirs is None or theirs[1] == said:
        return None
    turn, outcome = theirs
    proof = quoting.holding(case.turns, [turn.index], lambda x: outcomes.named(x) == outcome) or \
        quoting.stating(case.turns, turn.index, turn.text)
    return Finding("", "contradicted", st.text, proof, 0.75,
                   f"The minutes record {st.speakers[0]} as recommending {said}, but at {clock(proof[0].start)} "
                   f"{who_said(turn)} recommended {outcome}: “{short_quote(proof[0].text)}”",
                   section=st.section, speaker=st.speaker)


def _others_named(text: str, ctx: Context) -> frozenset[str]:
    """The people (or places) a text names who are not at the meeting: in a conference about two
    children, which child a sentence is about. Attendees' names and dates are left out."""
    return frozenset(w for w in _word_set(text)
                     if w in ctx.proper_names and w not in ctx.name_words and w not in _DATE_WORDS)


def _last_outcome(aligner: Aligner, person: str, about: frozenset[str] = frozenset(),
                  ctx: Context | None = None) -> tuple[Turn, str] | None:
    """The last turn in which this person named an outcome, and that outcome: theirs, not one they
    say was someone else's ("I also want it recorded that Dean's view was child in need"); and,
    where the minutes name the child it is for, not one given for another child ("For Callum, child
    in need" is no answer to what the minutes say of his sister)."""
    def of_another(x: str) -> bool:
        return bool(about and ctx and (named := _others_named(x, ctx)) and not named & about)

    for i in sorted(aligner.turns_of(person), reverse=True):
        outcome = outcomes.named(" ".join(x for x in _sentences(aligner.turns[i].text)
                                          if not _ANOTHERS_VIEW.search(x) and not of_another(x)
                                          and not (_HISTORY.search(x) and not _OPINION.search(x))))
        if outcome is not None:
            return aligner.turns[i], outcome
    return None


# What was tried before is no view now: "She was on child in need last year and it didn't hold"
_AN_OUTCOME = "|".join(("plans?", "cin", "cp", "child in need"))  # (the words of an outcome, as written above)
_HISTORY = re.compile(r"\b(?:was|were|had been) (?:on|under|subject to|open to|made subject to) (?:a |the )?"
                      rf"(?:child protection |cp |cin )?(?:{_AN_OUTCOME})\b|"
                      r"\b(?:last year|last time|previously|in the past|back in|was tried|were tried)\b", re.I)
_HISTORY = Folded(_HISTORY)  # (asked first in lower case: cue_patterns.Folded)
_OPINION = re.compile(r"\b(?:i think|i['’]d|i would|we['’]d|we would|i feel|i believe|my view|our view|recommend\w*|"
                      r"i['’]m|i am|we need|should)\b", re.I)
_ANOTHERS_VIEW = re.compile(r"\b(?:[A-Z][a-z]+['’]s|his|her|their) (?:view|recommendation|vote)\b|"
                            r"\b[A-Z][a-z]+ (?:said|recommended|voted|thought|thinks|wants|wanted)\b")


def acceptance_not_heard(case: Case) -> Finding | None:
    """"Mr Brandt accepted the decision": a parent's acceptance of the outcome is what they said once
    it was given. When they said nothing after the chair gave it, nobody heard them accept it; when
    they objected, the minutes put the opposite in their mouth. (Their view before the decision,
    "accepts a plan if it keeps him safe", is another matter: only the decision is read here.)"""
    st, turns, ctx = case.st, case.turns, case.ctx
    if not (ctx.speakers_known and st.credited_by == "text" and st.speakers
            and attribution.family_side(st.speakers[0]) and _ACCEPTED_DECISION.search(st.text)):
        return None
    given = [t.index for t in turns if attribution.is_chair(t.speaker)
             and outcomes.DECISION_GIVEN.search(t.text) and outcomes.named(t.text) is not None]
    if not given:
        return None
    voices = [st.speakers[0], *ctx.family_voices]
    after = [t for t in turns[given[-1] + 1:] if any(attribution.same_person(v, t.speaker) for v in voices)]
    decision = turns[given[-1]]
    proof = quoting.stating(turns, decision.index, decision.text)
    if not after:
        return Finding("", "not_said", st.text, proof, 0.6,
                       f"{capital(who_said(decision))} gave the decision at {clock(proof[0].start)}; "
                       f"{st.speakers[0]} said nothing after it, so nobody heard them accept it.",
                       section=st.section, speaker=st.speaker)
    objecting = [t for t in after if polarity.dissents(t.text) and not polarity.assents(t.text)]
    if objecting and len(objecting) == len(after):
        said = quoting.stating(turns, objecting[0].index, objecting[0].text)
        return Finding("", "contradicted", st.text, said, 0.7,
                       f"After the decision, {who_said(objecting[0])} said at {clock(said[0].start)}: "
                       f"“{short_quote(objecting[0].text)}”: no acceptance.", section=st.section, speaker=st.speaker)
    return None


def _agreed_by_them(clause: str, named: str, ctx: Context) -> bool:
    """Does the clause give the credited person's agreement? "said he would never hurt her", of a
    mother, says what her partner would do: no undertaking of hers (the pronoun is another's sex)."""
    m = _AGREED_TO.search(clause)
    if m is None:
        return False
    who = ctx.cast.by_label(named)
    pronoun = re.search(r"\b(she|he) would$", m.group(0), re.I)  # (the "said she would" way, at its end)
    return not (pronoun and who is not None and who.gender in ("f", "m")
                and pronoun.group(1).lower() != ("she" if who.gender == "f" else "he"))


def agreement_not_heard(case: Case) -> Finding | None:
    """"Mr Tate agreed to a parenting course": an agreement the minutes put in a parent's (or the
    young person's) mouth is heard from them where it was put to them. When, near that passage, they
    said nothing that agrees (no "yes", "fine", "I'll ...") nobody heard them agree: the plan read out
    and the family's assent assumed is a common way minutes go wrong; where they said no to it ("I'm
    not doing it at the contact centre"), the minutes say the opposite. (An admission, "accepted that
    ...", is admission_not_own's.)"""
    st, turns, ctx, match = case.st, case.turns, case.ctx, case.match
    # (the family's, whose assent minutes assume; and only where the passage it was put in is found
    # surely: the words of the minutes cover it as well as someone else's words must to be theirs)
    if not (ctx.speakers_known and st.credited_by == "text" and st.speakers and match is not None
            and (attribution.family_side(st.speakers[0]) or attribution.is_the_child(st.speakers[0]))
            and match.coverage >= ctx.tuning.misattributed_from
            and _agreed_by_them(by_subject(st.text)[0], st.speakers[0], ctx) and checkable(case.words, ctx.tuning)):
        return None
    one_of_them = _one_of(st.speakers, ctx)
    theirs = _theirs_around(case, one_of_them)
    keys = keys_of(set(case.words))
    if any(_agrees(t.text) and _to_it(turns, t, match.main_turn, keys, ctx.tuning) for t in theirs):
        return None
    # ... or agreed to it later, in a turn of theirs that says two or more of its words ("She says she
    # agrees he needs a doctor", through the interpreter, a while after the nurse raised it)
    if any(one_of_them(t) and _agrees(t.text) and _words_said(t.text, keys) >= 2 for t in turns):
        return None
    put = turns[match.main_turn]
    proof = quoting.stating(turns, put.index, put.text)
    if one_of_them(put):
        # The passage is their own: they offered it, unless all they said of it was what they once did
        # ("I did a test last year and it was clear" is no offer of doing it from now on; "I could do
        # one before each visit", "I've booked it", "I go every week" are)
        if not _only_what_was_done(put.text):
            return None
        return Finding("", "not_said", st.text, proof, 0.55,
                       f"The minutes say {st.speakers[0]} agreed. {capital(who_said(put))} spoke of it at "
                       f"{clock(proof[0].start)} (“{short_quote(put.text)}”) but offered or agreed to nothing.",
                       section=st.section, speaker=st.speaker)
    # (a no to it: right after it was put, saying its words, or after it with no other question
    # between; "I can't do Thursdays" to "And contact stays on Thursdays?" is no refusal of this)
    refused = [t for t in theirs if t.index > put.index and _refuses(t.text) and not _agrees(t.text)
               and (t.index == put.index + 1 or _words_said(t.text, keys)
                    or (_to_it(turns, t, match.main_turn, keys, ctx.tuning)
                        and not turns[t.index - 1].text.rstrip().endswith("?")))]
    if refused:  # not only unheard: they said no to it
        said = quoting.stating(turns, refused[0].index, refused[0].text)
        return Finding("", "contradicted", st.text, said, 0.6,
                       f"The minutes say {st.speakers[0]} agreed. {capital(who_said(put))} put it at "
                       f"{clock(proof[0].start)}; {st.speakers[0]} said no at {clock(said[0].start)}: "
                       f"“{short_quote(refused[0].text)}”.", section=st.section, speaker=st.speaker)
    answer = (f"{st.speakers[0]} answered without agreeing: “{short_quote(theirs[0].text)}”" if theirs
              else f"{st.speakers[0]} said nothing to it")
    return Finding("", "not_said", st.text, proof, 0.6,
                   f"The minutes say {st.speakers[0]} agreed. {capital(who_said(put))} put it at "
                   f"{clock(proof[0].start)}; {answer}.", section=st.section, speaker=st.speaker)


def refusal_they_agreed_to(case: Case) -> Finding | None:
    """"Ms Lee declined the referral", "Dad was reluctant to accept the plan": a refusal the minutes
    give someone of the family (or the young person) is heard from them, where it was put to them.
    When, there, they answered it with a yes ("Go on then, book them in", "I'll go to that"), or
    whoever spoke of it told of their yes ("Mum agreed to that straight off"), the minutes give the
    opposite of their answer. (Not where the minutes give a yes too: "declined at first, but agreed".)"""
    st, turns, ctx, match = case.st, case.turns, case.ctx, case.match
    m = _DECLINED.search(st.text)
    if not (m and ctx.speakers_known and match is not None
            and not _THEN_YES.search(st.text[m.end():]) and checkable(case.words, ctx.tuning)):
        return None
    who = ctx.cast.resolve(m.group("who"), people_only=True)
    if who is None or not (attribution.family_side(who) or attribution.is_the_child(who)):
        return None
    one_of_them = _one_of([who], ctx)
    # (what was offered: the statement's words but the refusal's own and the names)
    keys = keys_of(ctx.without_names(case.words) - _REFUSAL_WORDS)

    def words_of_it(t: Turn) -> int:  # what a turn, with the last sentence of the one it answers, says of it
        put_last = _sentences(turns[t.index - 1].text)[-1:] if t.index else []
        return _words_said(t.text, keys) + sum(_words_said(x, keys) for x in put_last)

    # their yes: where it was put (answering it, of it) or anywhere that says more of it; none where
    # they also said no there
    theirs = _theirs_around(case, one_of_them)
    if any(_refuses(t.text) or ((ANSWER_NO.match(t.text) or _PUTS_OFF.search(t.text)) and not _agrees(t.text))
           for t in theirs):
        return None  # ("Not yet. Let me try the balcony first.": a no to it, or a put-off, is there too)
    around = {t.index for t in theirs if _to_it(turns, t, match.main_turn, keys, ctx.tuning)}
    yes = sorted((t for t in turns if one_of_them(t) and _agrees(t.text) and not _refuses(t.text)
                  and not polarity.dissents(t.text)
                  and (words_of_it(t) >= 2 or t.index in around)), key=lambda t: -words_of_it(t))
    # (another's telling of their yes names them: "Mum agreed to that straight off")
    called = {w for w in attribution.names_in(who) | who_words((attribution.role_of(who),)) if len(w) > 1}
    told = [t for t in turns if not one_of_them(t) and _TOLD_YES.search(t.text) and _words_said(t.text, keys) >= 2
            and called & _word_set(t.text)]
    said = (yes or told)[:1]
    if not said:
        return None
    proof = quoting.stating(turns, said[0].index, said[0].text)
    return Finding("", "contradicted", st.text, proof, 0.6,
                   f"The minutes say {who} refused. {capital(who_said(said[0]))} said at {clock(proof[0].start)}: "
                   f"“{short_quote(said[0].text)}”: a yes.", section=st.section, speaker=st.speaker)


# A refusal as minutes give it, of the one whose it is: "Ms Lee declined ...", "Mother was reluctant to
# accept ...", "Dad would not accept ...", after any "noted that" ("Mr Ode noted that Mum had been
# reluctant to ...")
_DECLINED = re.compile(r"(?:^|\bthat\s+)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*)\s+"
                       r"(?:(?:had|has)\s+)?(?:declined|refused|rejected|turned down|"
                       r"(?:was|were|is|are|been)\s+(?:not willing|unwilling|reluctant)\s+(?:to|for)|"
                       r"(?:would|did|does)\s+not\s+(?:accept|agree\s+to))\b"
                       # (not a view: "does not accept that ...", "did not accept the decision")
                       r"(?!\s+(?:that|the\s+(?:decision|outcome|threshold|concerns?|findings?|category))\b)")
# The refusal's own words, which say nothing of what was offered
_REFUSAL_WORDS = frozenset({"decline", "refuse", "reject", "turn", "willing", "unwilling", "reluctant", "accept", "agree"})
# ... unless the minutes give the yes as well ("declined at first, but later agreed")
_THEN_YES = re.compile(r"\b(?:but|although|though|however|then|later)\b.{0,60}?\b(?:agreed|accepted|consented|happy to)\b",
                       re.I)
# Another telling of their yes: "Mum agreed to that straight off", "she said she'd be happy to"
_TOLD_YES = re.compile(r"\b(?:she|he|they|mum|dad|mother|father)(?: said| told me)?(?: (?:she|he|they))?"
                       r"(?:'d| would)? (?:agreed|be happy to|was happy to|were happy to|is happy to|said yes)\b", re.I)


def _one_of(speakers: list[str], ctx: Context) -> Callable[[Turn], bool]:
    """Is a turn spoken by one of these people (or, where the first is of the family, by whoever
    speaks for the family)?"""
    voices = [*speakers, *(ctx.family_voices if attribution.family_side(speakers[0]) else [])]
    return lambda t: any(attribution.same_person(v, t.speaker) for v in voices)


def _theirs_around(case: Case, one_of_them: Callable[[Turn], bool]) -> list[Turn]:
    """Their turns in the passage and the few either side, where an assent to it would be."""
    return [t for t in _around(case.turns, case.match, case.ctx.tuning.assent_within) if one_of_them(t)]


def _to_it(turns: list[Turn], t: Turn, put: int, keys, tuning: Tuning) -> bool:
    """Is a yes in turn t a yes to what was put in turn `put`? Where it, or the turn it answers,
    speaks of it; or it comes after it and does not answer a question put to them of something else
    ("Lionel, did the dentist write to you?" / "Yeah, it came Friday" agrees to nothing of the
    screening put before; "Would that be okay?" points back at it; "Does anyone know if there's a
    creche?" is not put to them). A yes before it was put is to something else."""
    before = turns[t.index - 1] if t.index else None
    if _words_said(t.text, keys) or (before is not None and _words_said(before.text, keys)):
        return True
    asked_them = before is not None and before.speaker != t.speaker and before.text.rstrip().endswith("?") \
        and _YOU.search(before.text) and not (len(before.text.split()) <= tuning.pointing_question_words
                                              and _POINTS_BACK.search(before.text))
    return t.index > put and not asked_them


_YOU = re.compile(r"\byou\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:that|this|it)\b", re.I)


@lru_cache(maxsize=20000)  # (a turn is asked again for statement after statement)
def _agrees(text: str) -> bool:
    return bool(_AGREES.search(text.replace("’", "'")))


# How minutes record someone's assent, at the head of the sentence that credits them: "agreed to a
# referral", "agreed that ...", "consented to", "said he would" (_ASSENTED_TO adds "accepted that",
# "committed to" and a disagreement; _AGREED_TO leaves out what is an admission, or only a promise
# to think about it)
# (after the speaker's label the minutes may open with: "Mother (Kayleigh Dunmore): consented to ...")
_CLAUSE_HEAD = r"^(?:[^:]{0,80}?\)\s*:\s*)?[^.;:]{0,80}?\b"
_WOULD = _CLAUSE_HEAD + r"(?:said|confirmed) (?:she|he|they) would\b"
# The verbs of consent minutes use (read here, by misattributed's assent and by unsaid's thing agreed)
CONSENTED = r"agreed|agrees|consented|consents|undertook"
_AGREED_TO = re.compile(rf"{_CLAUSE_HEAD}(?:{CONSENTED})\s+(?:not\s+)?(?:to|that)\b|"
                        rf"{_WOULD}(?! (?:consider|think|see|look))", re.I)
# What agrees, in a reply: "yes", "fine", "sure", "go on then" (opening it or a sentence of it), "I
# suppose so", "I'll ...", "happy to", "if it helps", "I'd really like that", "that'd be great" (not
# "would consider")
_AGREES = re.compile(r"(?:^|[.!?]\s+)\W*(?:yes|yeah|yep|yup|ok(?:ay)?|fine|sure|alright|all right|of course|definitely|"
                     r"absolutely|go on,? then)\b(?!\W*not\b)|\bi (?:suppose|guess) so\b|\b(?:i'll|i will|i can|we'll|we will|we can)\b(?!'t|n't|\s+not\b)(?!\s+(?:"
                     # (not putting it off: "I'll think about it", "I'll have to think", "I'll talk to my
                     # solicitor", "I'll let you know", "we'll see")
                     r"(?:(?:have to|probably|just|need to) )?(?:have a think|think|consider|sleep on)\b|"
                     r"(?:talk|speak|check|ask)(?: to| with)? (?:my|a|our) (?:solicitor|lawyer|legal|partner)|"
                     r"let you know|get back|see\b(?!\s+(?:the|him|her|them|you|a|an|my|his|their|our|your|to)\b)))|"
                     r"\b(?:but|so|and),? (?:yes|yeah|ok|okay|fine)\b|"
                     r"\b(?:happy to|i don't mind|"
                     r"that's fine|fine by me|no problem|i agree|if it helps|i'm up for|"
                     r"i'd (?:really )?(?:like|love) that|that(?:'d| would) be (?:great|lovely|good|helpful|brilliant)|"
                     r"(?:says|said) (?:yes|yeah|ok|okay|that's fine)|(?:she|he|they) (?:agrees|agree|agreed))\b",
                     re.I)  # ("She says yes", "she agrees": through an interpreter)
# (read only where one of these is: each wording holds one, and most replies hold none)
_AGREES = Gated(_AGREES, ("yes", "yeah", "yep", "yup", "ok", "fine", "sure", "alright", "all right", "of course",
                          "definitely", "absolutely", "go on", "suppose so", "guess so", "'ll", "i will", "i can",
                          "we will", "we can", "happy to", "mind", "no problem", "agree", "if it helps", "up for",
                          "like that", "love that", "be great", "be lovely", "be good", "be helpful", "be brilliant"))


def _refuses(text: str) -> bool:
    """Does a reply say no (and not only "not yet": "I'm not signing anything today, I'll let you know"
    puts it off)?"""
    text = text.replace("’", "'")
    return bool(_REFUSES.search(text)) and not _PUTS_OFF.search(text)


# What puts it off rather than saying no: "I'll let you know", "let me think about it", "not today"
_PUTS_OFF = re.compile(r"\b(?:let you know|get back to you|think about it|have a think|sleep on it|take it home|"
                       r"not today|not yet|for now)\b", re.I)


# What says no to what was put: "No.", "No, I won't", "Nah, not there", "Absolutely not", "I can't",
# "I won't do that", "I refuse", "I'm not willing", "I'd rather not", "I'm not doing it", "it's not
# happening", "no way" (not "No, that's fine", "No, not at all", "No, I don't mind", "no way am I
# missing it", "absolutely not a problem", "I won't have a problem", "I'd rather not wait", "I can't
# remember", "I won't be late", "I'm not saying no")
_REFUSES = re.compile("|".join((
    r"^\W*(?:no|nope|nah)\W*$",
    r"^\W*(?:no|nope|nah)\W+(?:i(?:'m| am)?|we(?:'re| are)?) (?:can't|cannot|won't|will not|don't|not)\b"
    r"(?!\s+(?:mind|have a problem|see a problem)\b)",
    r"^\W*(?:no|nope|nah)\W+not\b(?!\s+(?:at all|a problem|an issue|a bother)\b)",
    r"^\W*(?:absolutely|definitely|certainly) not\b(?!\W*(?:a |an )?(?:problem|issue|worries)\b)",
    r"\bi (?:can't|cannot|couldn't|won't|will not)\b(?=\s*(?:[,.!;]|$|(?:do|make|manage|take|have|commit|go|come|"
    r"attend|agree|accept|sign|stop|give)\b))(?!\s+have (?:a|any) (?:problem|issue)\b)",
    r"\b(?:i'm|i am) not (?:doing|having|agreeing|signing|giving|going to (?:do|agree|sign|have|go|stop|accept))\b",
    r"\b(?:i'm|i am) not (?:willing|prepared)\b",
    r"\bnot (?:happening|a chance)\b",
    r"\bno way\b(?!\s+(?:am|is|are|was|were)\b)",
    r"\bi refuse\b",
    r"\bi'd rather not\b(?!\s+wait\b)",
    r"\bi don't want (?:to|that|it)(?=\s*(?:[,.!;]|$))",
)), re.I)


def _only_what_was_done(text: str) -> bool:
    """Does a turn speak of the past only: something done ("I did", "last year", "ago") and nothing
    to come ("I'll", "I could", "I'd do", "going to", "from now on", "I've booked", "put me down")?"""
    text = text.replace("’", "'")
    return bool(_DONE_THEN.search(text)) and not _TO_COME.search(text)


_DONE_THEN = re.compile(r"\b(?:did|had|was|were|went|used to|ago|back in|last (?:year|week|month|time|summer|winter|"
                        r"spring|autumn))\b", re.I)
# (not "I'd used", "I would have": what was done)
_TO_COME = re.compile(r"\b(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+could|\s+can)\s+(?!not\b|have\b|had\b|been\b|used\b|"
                      r"\w+ed\b)\w+|\b(?:going to|gonna|from now on|booked|arranged|signed up|put me down|happy to|"
                      r"willing to|want to|plan to|intend to|i'm doing|we're doing)\b", re.I)


_ACCEPTED_DECISION = re.compile(r"^(?:(?!\b(?:not|n't|never)\b).)*\baccept(?:s|ed)? (?:the |this |that )?(?:chair's )?"
                                r"decision\b", re.I)
