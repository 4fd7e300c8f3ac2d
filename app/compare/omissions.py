"""Omissions: something material was said and the minutes leave it out.

Most of what is said is rightly never minuted. What matters is a dissent or objection, a parent's
correction, complaint or denial of harm, a request to have something minuted, and anything the
friend flagged in a note (a parent's plain account alone is what minutes rightly condense). Each
turn gets a materiality score from those signals; a material turn whose content the minutes do not
carry (checked against every statement, so a paraphrase anywhere counts) is an omission.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.compare import outcomes, polarity
from app.compare.align import Aligner, key_hit, text_words
from app.compare.attribution import family_side, is_chair, is_the_child, names_in, role_of, same_person
from app.compare.cue_patterns import (
    ACTION,
    ASSURANCE,
    LATE,
    NOT_INFORMED,
    NOT_RECEIVED,
    OFFER,
    PROCESS_COMPLAINT,
    REPORT,
    TO_MINUTE,
    Gated,
)
from app.compare.polarity import dissents
from app.compare.text import SENTENCE_END, details
from app.compare.text import words as plain_words
from app.compare.turns import Turn, runs_on

CORRECTION = re.compile(
    r"\b(not true|that's not|that is not|wasn't|weren't|didn't|never|nobody|no one|not right|wrong|mistake|"
    r"error|my fault|not my fault|lost|asked for|asked them|still waiting|haven't heard|not followed|"
    rf"came back to|{TO_MINUTE}|actually|correct(?:ed)?|"
    r"not in (?:the|her|his|my|your|their) (?:report|assessment|notes)|i told (?:her|him|them|you|the))\b", re.I)
# (read only where one of these is: each wording holds one, and most turns hold none)
CORRECTION = Gated(CORRECTION, ("not true", "that's not", "that is not", "wasn't", "weren't", "didn't", "never",
                                "nobody", "no one", "not right", "wrong", "mistake", "error", "my fault", "lost",
                                "asked for", "asked them", "still waiting", "haven't heard", "not followed",
                                "came back to", "for the record", "minuted", "recorded", "put that in",
                                "in the minutes", "down", "actually", "correct", "not in ", "i told "))
# ... of which a plain negation, "actually" or "lost" is everyday speech, not a correction by itself:
# it adds to another sign ("that wasn't my fault, they lost my paperwork"), never stands alone.
# ("Nobody rang me", "nobody came back to us" are complaints of being left out: they stand.)
PLAIN_SPEECH = {"never", "didn't", "wasn't", "weren't", "actually", "lost"}
# ... of which the chair's own is a direction to put the record right
_DIRECTS_A_CORRECTION = {"correct", "corrected"}
# A request put to the meeting ("Can she have a interpreter next time?", "I'd like him to see
# someone"): the plan, or the minutes, should say what became of it.
REQUEST = re.compile(r"(?:^|[.!?,]\s+)(?:can|could) (?:he|she|they|we|i|[a-z]+) (?:please )?(?:not )?(?:just |at least |maybe )?"
                     r"(?:have|get|see|go|be|talk|speak|start|join|come|visit|change|move|stay|let|book|arrange|"
                     r"hold|send|give)\b[^.?!]{0,80}\?|\b(?:i'd|i would|we'd|we would) (?:like|want) "
                     r"(?:him|her|them|us|my \w+|our \w+) to\b|\bis there any (?:chance|way)\b|"
                     # ("Is there, um, anything for us, though?": help asked for, whatever it is)
                     r"\bis there\W+(?:(?:um|er|like)\W+)?(?:anything|something|any (?:help|support))\b[^.?!]{0,60}\?",
                     re.I)
# The next speaker taking it up ("That's a kind offer", "Fair question, we'll pick that up"): the
# meeting itself treated the turn as something to act on.
TAKEN_UP = Gated(re.compile(r"\b(?:good|kind|generous|helpful|lovely) offer|thank you for offering|"
                            r"(?:fair|reasonable) (?:question|point|request|ask)|"
                            r"(?:we'll|we will|i'll|i will|let's) (?:pick (?:that|this|it) up|look into|follow (?:that|it|this) up|"
                            r"make a note|note that|take that (?:away|forward))\b|"
                            # ... or asks someone to, or says it goes in the record
                            r"\b(?:to|and) look into\b|\blook at (?:whether|that|this)\b|\b(?:will|'ll) be (?:noted|recorded|minuted)\b", re.I),
                 ("offer", "fair ", "reasonable ", "pick ", "look into", "follow ", "note", "take that", "look at ",
                  "recorded", "minuted"))
# A parent denying harm ("I never pushed her", "he didn't hit him, not once"): the family's answer to
# what is alleged, which minutes must carry however plainly it is put.
DENIES_HARM = re.compile(r"\b(?:never|not|didn't|did not|haven't|have not|hasn't|has not|wouldn't|would not)\s+"
                         r"(?:ever\s+|once\s+|even\s+)?(?:laid a finger on|touch(?:ed)?|hit|hurt|push(?:ed)?|shov(?:e|ed)|"
                         r"smack(?:ed)?|slap(?:ped)?|punch(?:ed)?|kick(?:ed)?|grab(?:bed)?|shak(?:e|en)|shook|harm(?:ed)?|"
                         r"bit|bite|burn(?:t|ed)?|throw|threw)\b", re.I)
NOTE_TAGS = {"inaccurate", "not_heard", "important", "decision"}
RUNNING_THE_MEETING = Gated(re.compile(r"\b(?:your|a) (?:turn|chance(?: to (?:speak|talk|say))?)\b|"
                                       r"\bcome (?:straight |right )?(?:back )?to you\b|"
                                       r"\bask (?:each|every|all|everyone|everybody)\b", re.I),
                            ("turn", "chance", "to you", "ask "))


# The minutes saying a report reached the family late, as minutes put it ("received the report only
# the previous evening", "only that morning", "had not had time to read it")
# (not a report of something else late: "the school report says he is often late", "late immunisations")
_WRITTEN_LATE = re.compile(r"\b(?:(?:received|sent|shared|circulated|given|arrived|came|reached)\b[^.;]{0,40}\blate|"
                           r"too late|late (?:arrival|circulation|sharing)|"
                           r"(?:it|they|reports?|paperwork) (?:was|were|came|arrived) (?:very |so |really )?late|"
                           r"previous (?:evening|night|day)|(?:evening|night|day|morning|afternoon) before|"
                           r"shortly before (?:the )?(?:meeting|conference|start)|"
                           r"(?:no|insufficient|not enough|little|not had(?: the)?|not have(?: the)?) time to read|"
                           r"(?:unable|not (?:been )?able) to read|only (?:that|the same) (?:morning|day)|"
                           r"not (?:seen|received|had) (?:the|a|his|her|their|any) reports? (?:until|till)|"
                           r"(?:given|handed|received|got)\b[^.;]{0,40}\bat the (?:start|beginning) of the "
                           r"(?:meeting|conference))\b", re.I)


def report_came_late(statement: str) -> bool:
    """Do the minutes say, in their own words, that a report reached someone late?"""
    return bool(REPORT.search(statement) and (_WRITTEN_LATE.search(statement) or LATE.search(statement)))


def complained_of_a_late_report(text: str) -> bool:
    """Does a turn complain that a report came late or not at all ("I only got it last night")?"""
    return bool(LATE.search(text) or NOT_RECEIVED.search(text))


@dataclass
class Omission:
    turns: list[Turn]
    coverage: float  # how much of it the minutes carry (0..1)
    materiality: float
    reasons: list[str]


# Reasons materiality gives that find() reads back
REQUESTED, TAKEN_UP_WHY = "a request the family made", "the meeting took it up"
OBJECTED, CORRECTED = "an objection or disagreement", "a correction or a request to have it minuted"


def materiality(turn: Turn, noted: bool, speakers_known: bool, reply: str = "",
                decision: str | None = None) -> tuple[float, list[str]]:
    """How much a turn matters to the record, and why; `reply` is what the next speaker said to it,
    `decision` the outcome the chair decided (decided())."""
    score, why = 0.0, []
    text = turn.text.replace("’", "'")
    family = speakers_known and family_side(turn.speaker)
    # The chair answers what others raise ("your disagreement will be recorded", "I'm sorry, that's
    # not good enough", "did you get the report in time?"): the objection, the correction and the
    # complaint are theirs who raised them, weighed in their own turns. What the chair promises,
    # directs or sets in train is the chair's own (an assurance, an action, "can you make sure
    # those are corrected?").
    chairing = speakers_known and is_chair(turn.speaker)
    # (the child's request too: "Can she not just come to the house, or after school?")
    if (family or (speakers_known and is_the_child(turn.speaker))) and REQUEST.search(text):
        score += 0.3
        why.append(REQUESTED)
    if reply and TAKEN_UP.search(reply.replace("’", "'")):
        score += 0.3
        why.append(TAKEN_UP_WHY)
    # (asking whether anyone disagrees, "Does anyone disagree with that?", objects to nothing)
    if not chairing and dissents(" ".join(x for x in SENTENCE_END.split(text) if not x.rstrip().endswith("?"))):
        score += 0.6
        why.append(OBJECTED)
    if against_decision(turn, decision):
        score += 0.6
        why.append("a recommendation against the decision")
    cues = {m.group(0).lower() for m in CORRECTION.finditer(text)}
    if chairing:
        cues &= _DIRECTS_A_CORRECTION
    if cues - PLAIN_SPEECH:  # ("I've never hurt him", "he's sleeping better, actually": how people talk)
        # Several signs ("nobody ever came back to us", "we asked for") say more than one word.
        score += 0.3 if len(cues) == 1 else 0.45
        why.append(CORRECTED)
    if not chairing and any(p.search(text) for p in (LATE, NOT_RECEIVED, NOT_INFORMED, PROCESS_COMPLAINT)):
        score += 0.3  # "I only found out on Monday", "nobody's rung me": the family left out beforehand
        why.append("a complaint about how the conference was prepared")
    # (the chair running the meeting, "you'll get your turn, I promise", "I'm going to ask each of
    # you for your recommendation", agrees and promises nothing the record needs)
    running = bool(RUNNING_THE_MEETING.search(text))
    if ACTION.search(text) and not running:
        score += 0.6
        why.append("an action agreed in the meeting")
    if OFFER.search(text):
        score += 0.3
        why.append("an offer of help from the family")
    if ASSURANCE.search(text) and not text.rstrip().endswith("?") and not running:
        score += 0.6
        why.append("an assurance given in the meeting")
    if speakers_known and family_side(turn.speaker):
        score += 0.35
        why.append("the family's own account")
        if DENIES_HARM.search(text):
            score += 0.1
            why.append("a denial of harm")
    if noted:
        score += 0.4
        why.append("the friend flagged it in a note")
    return score, why


_BARE_DISSENT = 3  # content words, at most, of a turn that says nothing but that they disagree
_DISAGREEMENT_TO_MINUTE = {OBJECTED, CORRECTED}
_ASKED_AND_TAKEN_UP = {REQUESTED, TAKEN_UP_WHY}
# The kinds of detail that say when something asked for should happen ("on a Friday", "at 10am",
# "every week"): a request for them is carried only by a statement that gives them.
_WHEN = frozenset({"habit_day", "clock", "per_week", "per_month", "per_day"})


def decided(turns: list[Turn]) -> str | None:
    """The outcome the chair decided: the one a sentence of theirs says is the decision ("my decision
    is that Riley will remain subject to a child protection plan", not the step-down hoped for after
    it), else the last the chair named; None where the chair named none."""
    chairs = [t for t in reversed(turns) if is_chair(t.speaker)]
    deciding = (outcomes.named(x) for t in chairs for x in SENTENCE_END.split(t.text)
                if outcomes.DECISION_GIVEN.search(x))
    return next((o for o in deciding if o), None) or next((o for t in chairs if (o := outcomes.named(t.text))), None)


def against_decision(turn: Turn, decision: str | None) -> bool:
    """Did a professional recommend another outcome than the one decided ("I'd actually say child
    in need" where the chair decides on a plan)? A dissent on the threshold, which minutes must
    record whoever else agreed. (The family's disagreement is read in their own words: dissents.)"""
    if not (decision and turn.speaker and not is_chair(turn.speaker) and not family_side(turn.speaker)):
        return False
    own = turn.text if _VIEW_SHARED.search(turn.text) else _VIEW_PASSED_ON.sub(" ", turn.text)
    return outcomes.named(own) not in (None, decision)


# Another's view passed on, to the end of its clause, is not the speaker's recommendation: "Mum's view
# is that child in need would be enough", "Dad has said he'd prefer child in need" (minutes, which
# report everyone so, are read whole); up to "... and I'd say", the speaker's own; unless the speaker
# shares it ("and so do I")
_VIEW_SHARED = re.compile(r"\b(?:so do I|as do I|me too|and I agree|I agree with (?:them|her|him))\b", re.I)
_VIEW_PASSED_ON = re.compile(
    r"\b(?!(?:Everyone|Everybody|All|We|Professionals|My|Our|It|That|This|There|Your|His|Her|Their)\b)"
    r"(?:[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[A-Z][a-z]+|[Tt]he \w+)(?:'s| has| had| have)? "
    r"(?:views?|said|says|feels?|felt|thinks?|thought|wants?|wanted|(?:would|'d) prefer|prefers?)"
    r"\b(?:(?!\b(?:and|but|so) (?:I|we|We|for me|for us)\b)[^.;!?])*")


def _units(turns: list[Turn], speakers_known: bool) -> list[tuple[Turn, ...]]:
    """What is weighed as one point: a turn, when the transcript says who spoke. Without speaker
    names the recogniser's segments cut sentences in two ("and nobody ever" / "came back to us"),
    so each segment is also weighed together with the one that follows it closely."""
    units = [(t,) for t in turns]
    if not speakers_known:
        units += [(a, b) for a, b in zip(turns, turns[1:], strict=False) if runs_on(a, b)]
        # With voice groups ("Voice 3"), one voice's run of segments is one turn: a point made over
        # four short segments is weighed whole.
        run: list[Turn] = []
        for t in turns + [Turn(-1, 0, 0, None, "")]:
            if run and t.speaker and t.speaker == run[-1].speaker and len(run) < MAX_RUN:
                run.append(t)
                continue
            if len(run) > 2:
                units.append(tuple(run))
            run = [t] if t.speaker else []
    return units


MAX_RUN = 6  # segments of one voice weighed together, at most
RAREST = 4  # a point's fingerprint: the speaker's rarest words in it
CARRIED_FROM = 2  # ... this many of which in a statement credited to them carry the point


def _theirs_in_minutes(speaker: str | None, said: str, words: list[str], minutes: Aligner,
                       credits: list[list[str]], weight: Callable[[str], float], theirs: dict | None = None) -> bool:
    """Do the minutes credit this speaker with a statement holding the rarest words of what they
    said ("denied grabbing Freddie" for "I didn't grab him ... it's from getting his arm out")? Then
    they carry the point in their own words, however few of the rest they kept. `speaker` None (a
    transcript without names): whoever the statement credits. (`minutes`: the statements as find()
    aligns them, each with its keys; `theirs`: _credited_to's answers kept for the next turn.)"""
    ranked = sorted(set(words), key=lambda w: (-weight(w), w))
    if not ranked:
        return False
    # (words as rare as the last of them count too: the order among equals says nothing)
    cut = weight(ranked[:RAREST][-1])
    rarest = [w for w in ranked if weight(w) >= cut]
    for statement, keys in _credited_to(speaker, minutes, credits, {} if theirs is None else theirs):
        # (not a statement of the claim they denied: "threw a mug" carries no "I never threw a mug")
        if sum(1 for w in rarest if key_hit(w, keys)) >= CARRIED_FROM and not polarity.clash(statement.text, said):
            return True
    return False


def _credited_to(speaker: str | None, minutes: Aligner, credits: list[list[str]],
                 theirs: dict) -> list[tuple[Turn, set]]:
    """The statements (with their keys) that carry what this speaker says (_family_credit; all of them
    for no speaker), in order; kept in `theirs` by speaker: a speaker's turns are read one by one."""
    got = theirs.get(speaker)
    if got is None:
        got = theirs[speaker] = [(statement, keys) for statement, keys, who in
                                 zip(minutes.turns, minutes.keys, credits, strict=False)
                                 if speaker is None or any(_family_credit(w, speaker) for w in who)]
    return got


def _their_dissent_recorded(speaker: str, said: str, said_words: list[str], statements: list[str],
                            credits: list[list[str]], dissenting: set[int]) -> bool:
    """Do the minutes record this person's disagreement in their own words? A statement crediting
    them that names the same outcome they argued for ("Mr Lowe recommended child in need" for "I'd
    go child in need, I don't think the plan adds anything"), or that records them disagreeing and
    shares something of what they said ("Ms Ray did not accept the decision, saying she had done all
    that was asked" for "I don't agree. I've done everything you asked": a word of it is enough, as
    the statement records them disagreeing). A dissent is said in many words; whether it was minuted
    is what matters here. `said_words`: the content words of what they said; `dissenting`: the
    statements that record a disagreement (both worked out by the caller already)."""
    # (the outcome their objecting sentences name, else the turn's: "I'm not sure Logan meets the
    # threshold ... But I'd support a plan for Mia" objects to Logan's plan, not Mia's)
    view = outcomes.named(" ".join(x for x in SENTENCE_END.split(said) if dissents(x))) or outcomes.named(said)
    said_set = set(said_words)
    names, role = {w.lower() for w in names_in(speaker)}, role_of(speaker)
    whole_role = re.compile(rf"\b{re.escape(role)}\b", re.I) if role else None

    def names_them(text: str) -> bool:  # by a name of theirs, or their whole role ("the father")
        return bool(names & set(plain_words(text))) or bool(whole_role and whole_role.search(text))

    for i, (statement, who) in enumerate(zip(statements, credits, strict=False)):
        credited = any(same_person(w, speaker) for w in who)
        # (a sentence that names them gives their view too: "JP recommended a plan. RH recommended
        # child in need, as ...")
        if view is not None and any(outcomes.named(x) == view and (credited or names_them(x))
                                    for x in _sentences_of(statement)):
            return True
        if credited and i in dissenting and said_set & set(text_words(statement).content):
            return True
    # a bare "I don't agree. I want it written down." is carried by a record of their disagreement
    # with the decision that names them, whoever it credits ("The Father's disagreement with the
    # decision is recorded"); not by one about something else ("Father disputed this, stating that
    # Riley does get breakfast at home")
    return len(said_set) <= _BARE_DISSENT and any(
        names_them(statements[i]) and _OF_THE_DECISION.search(statements[i]) for i in dissenting)


@lru_cache(maxsize=20000)  # (each statement is read so for every dissenting turn)
def _sentences_of(statement: str) -> tuple[str, ...]:
    return tuple(SENTENCE_END.split(statement))


_OF_THE_DECISION = re.compile(r"\b(?:decision|plan|plans|outcome|recommendation|category|threshold)\b", re.I)


def _family_credit(credited: str, speaker: str) -> bool:
    """Does a statement credited to `credited` carry what `speaker` said? Their own, or, for one of the
    family, another of the family's: the minutes giving the mother's point to the father carry it
    (whose it was is a misattribution, reported as one), they do not leave it out."""
    return same_person(credited, speaker) or (family_side(credited) and family_side(speaker))


def find(turns: list[Turn], statements: list[str], speakers_known: bool,
         note_times: list[float] | None = None, already: set[int] | None = None,
         flagged: set[int] | None = None, credits: list[list[str]] | None = None,
         weight: Callable[[str], float] | None = None, reported: set[int] | None = None) -> list[Omission]:
    """Material turns the minutes do not carry. `already`: turns that are the evidence of another
    finding (a contradiction already reports that objection; it is not also an omission) or the
    close match of a statement (the minutes carry them, in their own words). `flagged`: statements
    with a finding; a turn about the same matter ("don't put the mice in as if it's still going
    on") is already answered by that finding. `credits`: who each statement credits, and `weight`
    how rare a word is in the meeting (both to know a point the minutes carry in other words).
    `reported`: those of `already` that are another finding's evidence (the rest a statement renders)."""
    if not turns or not statements:
        return []
    minutes = Aligner([Turn(i, 0, 0, None, s) for i, s in enumerate(statements)])
    # who the minutes say had a report late ("Mrs Mercer said she received the report only the
    # evening before"): their own complaint of it is carried
    late_for = [who for s, who in zip(statements, credits or [], strict=False) if report_came_late(s)]
    note_times = note_times or []
    found: list[Omission] = []
    already = already or set()
    reported = already if reported is None else reported
    theirs: dict = {}  # (_credited_to, by speaker)
    decision = decided(turns) if speakers_known else None
    recording: set[int] | None = None  # the statements that record a disagreement
    for group in _units(turns, speakers_known):
        if any(t.index in reported for t in group):
            continue  # (another finding's evidence)
        first, last = group[0], group[-1]
        text = " ".join(t.text for t in group)
        words = text_words(text).content
        if speakers_known and LATE.search(text) and \
                any(_family_credit(w, first.speaker) for who in late_for for w in who):
            continue  # the report that came late: the minutes record that it did, in their own words
        noted = any(first.start - 10 <= t <= last.end + 5 for t in note_times)
        after = turns[last.index + 1] if last.index + 1 < len(turns) else None
        reply = after.text if after is not None and (not speakers_known or after.speaker != last.speaker) else ""
        unit = Turn(first.index, first.start, last.end, first.speaker, text)
        score, why = materiality(unit, noted, speakers_known, reply, decision)
        if any(t.index in already for t in group) and not _ASKED_AND_TAKEN_UP <= set(why):
            continue  # a statement renders it closely; but a request the meeting took up is weighed
            # by what it asks, below: "we're rowing all the time" is minuted, "is there any
            # mediation for us?" not
        # A plain account from the family, and nothing more ("She's sleeping through now, and my
        # mum helps"), is what minutes rightly condense: it is not left out for lacking its words.
        if why == ["the family's own account"]:
            continue
        # A friend's flagged point needs to be clearly absent; an objection, a correction or an
        # action needs only to be mostly absent.
        if score >= 0.6 and why != ["an action agreed in the meeting"]:
            limit, min_words = 0.42, 3
        elif score >= 0.6:
            limit, min_words = 0.25, 5  # an action alone: the plan in the minutes must clearly lack it
        elif score >= 0.45:
            limit, min_words = 0.3, 5
        elif score >= 0.35:
            limit, min_words = 0.2, 8
        else:
            continue
        if len(set(words)) < min_words and not _DISAGREEMENT_TO_MINUTE <= set(why):
            continue  # "Yes.", "Thank you", introductions: nothing to minute (but "I don't agree, I want
            # it written down" is a whole point in two words)
        # A disagreement is carried only by a statement that records one: "The Chair decided that Tia
        # will remain on a plan" shares the words of "I don't agree, it should come off", and carries
        # the decision, not the objection to it. Its own sentences are what is looked for: the rest
        # of the turn may be minuted apart.
        within, wanted, when = None, words, set()
        if speakers_known and (dissents(text) or against_decision(unit, decision)) and first.speaker:
            if recording is None:  # (the same for every objection: worked out once)
                recording = {i for i, st in enumerate(statements) if polarity.records_dissent(st)}
            within = set(recording)
            objecting = text_words(" ".join(x for x in SENTENCE_END.split(text) if dissents(x))).content
            wanted = objecting if len(set(objecting)) >= 2 else words
        elif REQUESTED in why and REQUEST.search(text.replace("’", "'")):
            # ... and a request by what it asks for: "Can someone get Mia some proper counselling?" is
            # not carried by "Mum said Mia loves the nurture group", which shares its names
            questions = " ".join(x for x in SENTENCE_END.split(text) if REQUEST.search(x) or x.rstrip().endswith("?"))
            asking = text_words(questions).content
            wanted = asking if len(set(asking)) >= 3 else words
            when = {(d.unit, d.value) for d in details(questions) if d.unit in _WHEN}
        match = minutes.best(wanted, spread=1, within=within) if within != set() else None
        cov = match.coverage if match else 0.0
        if match is not None and when and not when & {(d.unit, d.value) for i in range(match.first, match.last + 1)
                                                      for d in details(statements[i])}:
            cov = 0.0  # the minutes carry what it was about, not the day or time asked for ("on a Friday")
        if match is not None and cov >= 0.3 and flagged and any(
                i in flagged for i in range(match.first, match.last + 1)):
            continue
        if match is not None and any(polarity.clash(statements[i], text)
                                     for i in range(match.first, match.last + 1)):
            cov = 0.0  # the minutes carry the claim, not this denial of it ("I never threw a mug")
        # (without names, any statement holding the rarest words of it carries it: whose it is is unknown)
        if cov <= limit and not (credits and weight and _theirs_in_minutes(
                first.speaker if speakers_known else None, text, wanted, minutes, credits, weight, theirs)) \
                and not (within is not None and credits
                         and _their_dissent_recorded(first.speaker, text, words, statements, credits, within)):
            found.append(Omission(list(group), cov, score, why))
    # A run of neighbouring turns is one omission (one point made over several turns).
    merged: list[Omission] = []
    for om in sorted(found, key=lambda o: (o.turns[0].index, o.turns[-1].index)):
        # (Neighbours by different people are different points: a father's account and a
        # grandmother's offer.)
        if (merged and om.turns[0].index - merged[-1].turns[-1].index <= 1
                and om.turns[0].speaker == merged[-1].turns[-1].speaker):
            last = merged[-1]
            last.turns += [t for t in om.turns if t.index > last.turns[-1].index]
            last.coverage = min(last.coverage, om.coverage)
            last.materiality = max(last.materiality, om.materiality)
            last.reasons = list(dict.fromkeys(last.reasons + om.reasons))
        else:
            merged.append(om)
    return merged
