"""The check that a figure, date, time, frequency or span in the minutes is the one the meeting gave,
and a place or person the one it named (detail_changed); with what the minutes' figure is read
against: the passage, the words of the person it is credited to, the answer to a question that
asked for it, and the same figure said elsewhere, which excuses the minutes. The figures
themselves are read by details.py and dates.py.
"""

from __future__ import annotations

import re
from datetime import date

from app.clock import clock
from app.compare import attribution, dates, details, named_for_another, polarity
from app.compare import evidence as quoting
from app.compare.align import Aligner, key_hit, keys_of, text_words
from app.compare.checks.case import Case, Context
from app.compare.checks.shared import _DATE_WORDS, _answers, _keys, recognised
from app.compare.findings import Finding
from app.compare.text import details as details_of
from app.compare.turns import Turn, heard_unsure
from app.minutes.statements import Statement


def detail_changed(case: Case) -> Finding | None:
    """A figure, date, time, frequency or span in the minutes that the same passage of the meeting
    gave differently ("every week" minuted as "monthly"). Only when the minutes' own figure was not
    said elsewhere of the same thing (then the minutes took it from there)."""
    st, words, match, aligner, turns = case.st, case.words, case.match, case.aligner, case.turns
    cov = match.coverage
    if cov < case.ctx.tuning.detail_from:
        # A passage that gives the figure or date another way lacks the minutes' own ("9 October" /
        # "a week ago yesterday"): how well it fits is judged on the statement's other words.
        rest = _figure_free(words)
        if len(rest) == len(words) or len(set(rest)) < 2 or \
                aligner.coverage(rest, match.first, match.last)[0] < case.ctx.tuning.detail_from:
            return None
    region = case.region
    if region[-1].text.rstrip().endswith("?") and region[-1].index + 1 < len(turns):
        region = region + [turns[region[-1].index + 1]]  # "When does it start?": its answer gives the detail
    # An account broken by a prompt ("... what happened a week ago yesterday." / "Go on." / "So Marcus
    # came to the house ...") is one account: its start, before the prompt, is read with it
    main, before = turns[match.main_turn], region[0].index - 1
    if before >= 0 and region[0].speaker != main.speaker and len(region[0].text.split()) <= 6 \
            and turns[before].speaker == main.speaker:
        region = [turns[before]] + region
    wider = turns[max(0, match.first - 3): match.last + 4]
    # Whole sentences, not segments: a recogniser's segment can cut "every | week" in two.
    said_here = quoting.sentence_texts(turns, [t.index for t in region]) + _answers_with_questions(turns, region)
    said_around = quoting.sentence_texts(turns, [t.index for t in wider])
    on = case.ctx.conference_date
    # What the minutes give as someone's figure ("Rachel Lowe scored 5") is checked first against
    # that person's own words in the passage, where they are there: the others' figures are theirs.
    who = _figure_of(st, case.ctx)
    own = [t.index for t in region if who and attribution.same_person(who, t.speaker)]
    own_said = quoting.sentence_texts(turns, own) if own else []
    only_theirs = bool(own_said and _gives_figure(st.text, own_said, on))
    if only_theirs:
        conflicts = details.conflicts(st.text, own_said, own_said, on=on)  # their figure, whatever others said
    else:
        conflicts = details.conflicts(st.text, said_here, said_around, on=on)
        if who and own:  # another's figure is theirs only when said of what the statement is about
            others = [x for t in region if t.index not in own for x in quoting.sentence_texts(turns, [t.index])]
            conflicts = [(d, e) for d, e in conflicts if not _only_of_other_things(e, others, st.text)]
    conflicts = [c for c in conflicts
                 if not _said_elsewhere(c[0], words, cov, aligner, region, case.ctx, who, only_theirs)]
    # a month named alone ("since March") is checked only where nobody named it: months recur, for
    # one event and another, in a question and in a correction ("March, no, sorry, April")
    conflicts = [c for c in conflicts if c[0].unit != "month_alone" or not aligner.said_anywhere(c[0].text.lower())]
    # A figure the recogniser was unsure of ("a month" for a mumbled "seven month") may be misheard:
    # a parent's complaint is not built on the machine's guess
    conflicts = [c for c in conflicts if not _misheard(c[1], region)]
    if not conflicts:
        conflicts, answered = _asked_for(case, region)
        region = answered or region  # (the answer is the proof)
    if not conflicts and who and not only_theirs and (st.credited_by != "action" or _how_often_only(st.text)):
        # (not a deadline an action gives its owner: the chair sets it; but how often they will do
        # it is theirs to say: "Women's Aid to ring her fortnightly" / "I'll ring her every week")
        conflicts, theirs = _their_own_figure(case, who, said_around)
        region = theirs or region
    if not conflicts:
        return _place_changed(case, region, said_here) or _setting_changed(case, region, said_here) \
            or _person_changed(case, region, said_here)
    # where the passage gives several rivals, the one the best-fitting turn gives ("the core group, a
    # week on Friday, at the school") over the nearest in value of the passage's ("by the end of the
    # month")
    indices = [t.index for t in region]
    best_turn = [match.main_turn] if match.main_turn in indices else []
    if best_turn and not only_theirs:  # (the nearest value among the passage's is no better a guess)
        in_best = dict(details.conflicts(st.text, quoting.sentence_texts(turns, best_turn), said_around, on=on))
        conflicts = [(d, in_best.get(d, e)) for d, e in conflicts]
    said, heard = conflicts[0]
    # (the sentence giving it in so many words first; else one counting it from the day, "last
    # Friday", in the best-fitting turn and then around it)
    proof = quoting.holding(turns, indices, lambda x: heard in details.details(x)) \
        or quoting.holding(turns, best_turn, lambda x: heard in dates.relative_dates(x, on)) \
        or quoting.holding(turns, indices, lambda x: heard in dates.relative_dates(x, on)) \
        or quoting.stating(turns, match.main_turn, heard.text)
    conf = min(0.95, 0.55 + 0.4 * cov)
    at = proof[0]
    return Finding("", "changed_detail", st.text, proof, conf,
                   f"The minutes say “{said.text}”, but {at.speaker or 'a speaker'} said “{heard.text}” at "
                   f"{clock(at.start)}.", section=st.section, speaker=st.speaker)


def _misheard(heard, region: list[Turn]) -> bool:
    """Was every place the passage gives this figure one the recogniser was unsure of?"""
    def has(text: str) -> bool:
        return heard in details_of(text)
    known = [u for t in region if t.words and has(t.text) and (u := heard_unsure(t, has)) is not None]
    return bool(known) and all(known)


def _answers_with_questions(turns: list[Turn], region: list[Turn]) -> list[str]:
    """A short answer read with the question it answers ("How long's the wait?" / "About eighteen
    weeks."): the answer alone does not say what its figure is of. Only a question giving no figure
    of its own, so that the answer's figure is the only one."""
    out = []
    for t in region:
        if not _answers(turns, t.index):
            continue
        question = quoting.sentence_texts(turns, [t.index - 1])[-1:]
        answer = [x for x in quoting.sentence_texts(turns, [t.index]) if details_of(x)][:1]  # (after any "Hmm.")
        if question and answer and not details_of(question[0]):
            out.append(f"{question[0]} {answer[0]}")
    return out


# A question that asks for a figure: a time, a date, a count, a length, how often
_ASKS_FIGURE = re.compile(r"\b(?:when|what (?:time|day|date|age)|which (?:day|date|week|month)|"
                          r"how (?:many|much|long|often|old|far|late|early|soon|frequently))\b", re.I)


def _asked_for(case: Case, region: list[Turn]) -> tuple[list, list[Turn]]:
    """(the conflicts, the question and its answer) where someone asked for the figure ("So what
    time did you get him to the hospital?") and the answer gave another ("About half eleven."), away
    from the passage that best fits the rest. The question read with its answer must fit the
    statement's other words as a passage must (detail_from); the minutes' own figure said anywhere
    near as well still excuses them."""
    st, words, aligner, turns, tuning = case.st, case.words, case.aligner, case.turns, case.ctx.tuning
    figures = details_of(st.text)
    units = {d.unit for d in figures}
    if not units - {"n"}:
        return [], []
    figure_words = {w for d in figures for w in d.text.lower().split()}  # ("9.30 pm": the "pm" too)
    rest = [w for w in dict.fromkeys(words) if not (w[:1].isdigit() or w in _DATE_WORDS or w in figure_words)]
    total = sum(aligner.weight(w) for w in rest)
    if len(rest) < 2 or not total:
        return [], []
    if case.ctx.figures_asked is None:  # (once per meeting: the answers that give a figure, with their question)
        on = case.ctx.conference_date
        # (only to a question that asks for one: "How have things been at home since?" asks none)
        case.ctx.figures_asked = [(t, pair[0], {d.unit for d in details_of(pair[0]) | dates.relative_dates(pair[0], on)})
                                  for t in turns[1:] if (pair := _answers_with_questions(turns, [t]))
                                  and _ASKS_FIGURE.search(quoting.sentence_texts(turns, [t.index - 1])[-1])]
    here = {t.index for t in region}
    for t, pair, given in case.ctx.figures_asked:
        if t.index in here or given.isdisjoint(units):
            continue
        keys = _keys(pair)
        if sum(aligner.weight(w) for w in rest if polarity.covered(polarity.cover_keys(w), keys)) / total \
                < tuning.detail_from:
            continue
        found = [c for c in details.conflicts(st.text, [pair], [pair], on=case.ctx.conference_date)
                 if not _said_elsewhere(c[0], words, case.match.coverage, aligner, [t], case.ctx)
                 and not _misheard(c[1], [t])]
        if found:
            return found, [turns[t.index - 1], t]
    return [], []


def _place_changed(case: Case, region: list[Turn], said_here: list[str]) -> Finding | None:
    """One place or service named for another: the minutes' name was said nowhere in the meeting,
    and the passage named another after the same words ("at Millbrook Family Hub" / "at Ashdown
    Children's Centre"). Typed transcripts only: a recogniser mishears the names it does not know."""
    if recognised(case.aligner):
        return None
    hit = details.other_place(case.st.text, said_here, case.aligner.said_anywhere, case.ctx.name_words)
    if hit is None:
        return None
    said, heard = hit
    proof = _heard_in(case, region, heard)
    at = proof[0]
    return Finding("", "changed_detail", case.st.text, proof, min(0.8, 0.4 + 0.4 * case.match.coverage),
                   f"The minutes name “{said}”, which nobody in the meeting named, where {at.speaker or 'a speaker'} "
                   f"said “{heard}” at {clock(at.start)}.", section=case.st.section, speaker=case.st.speaker)


def _setting_changed(case: Case, region: list[Turn], said_here: list[str]) -> Finding | None:
    """One room or setting for another of its kind ("sleeps in the children's bedroom" / "he sleeps
    in the kitchen"; "shouted at her at home" / "at the park"): where a thing happened is often
    what it turns on. Common words, which a recogniser hears as well as any: in either transcript."""
    hit = details.other_setting(case.st.text, said_here)
    if hit is None:
        return None
    said, heard = hit
    proof = _heard_in(case, region, heard)
    at = proof[0]
    return Finding("", "changed_detail", case.st.text, proof, min(0.75, 0.35 + 0.4 * case.match.coverage),
                   f"The minutes say “{said}”, where {at.speaker or 'a speaker'} said “{heard}” at {clock(at.start)}.",
                   section=case.st.section, speaker=case.st.speaker)


def _heard_in(case: Case, region: list[Turn], heard: str) -> list:
    """The evidence of what was said instead: the passage's sentence that holds it, else the best
    turn's."""
    return quoting.holding(case.turns, [t.index for t in region], lambda x: heard in x) or \
        quoting.stating(case.turns, case.match.main_turn, heard)


def _person_changed(case: Case, region: list[Turn], said_here: list[str]) -> Finding | None:
    """One relative, member of school staff or health service named for another ("the maternal
    grandmother had him" / "his auntie had him"): the minutes' one was named by nobody in the
    passage, and a sentence of it about the same thing names another. Typed transcripts only, as
    for places."""
    if recognised(case.aligner):
        return None
    hit = named_for_another.other_named(case.st.text, said_here, case.ctx.roles_named)
    if hit is None:
        return None
    said, heard, sentence = hit
    nobody = "whom nobody in the meeting named" if named_for_another.named(said).isdisjoint(case.ctx.named_in_meeting) \
        else "whom nobody named in this part of the meeting"
    turns = case.turns
    proof = quoting.holding(turns, [t.index for t in region], lambda x: sentence in x or x in sentence) or \
        quoting.stating(turns, case.match.main_turn, sentence)
    at = proof[0]
    return Finding("", "changed_detail", case.st.text, proof, min(0.8, 0.4 + 0.4 * case.match.coverage),
                   f"The minutes name “{said}”, {nobody}, where {at.speaker or 'a speaker'} "
                   f"said “{heard}” at {clock(at.start)}.", section=case.st.section, speaker=case.st.speaker)


def _gives_figure(statement: str, texts: list[str], on: date | None) -> bool:
    """Do these sentences give a figure of the kind the statement gives (the same unit)?"""
    units = {d.unit for d in details_of(statement)} - {"n"}
    # (none where the statement gives no kind: the sentences not read to find that)
    return bool(units) and any(d.unit in units for t in texts for d in details_of(t) | dates.relative_dates(t, on))


def _only_of_other_things(figure, sentences: list[str], statement: str) -> bool:
    """Is the figure given only in sentences that share no word with the statement ("I see her
    weekly" against "takes her medication daily")?"""
    giving = [x for x in sentences if figure in details_of(x)]
    keys = keys_of(set(text_words(statement).content))
    return bool(giving) and not any(key_hit(w, keys) for x in giving for w in text_words(x).content
                                    if not w.isdigit())


def _their_own_figure(case: Case, who: str, said_around: list[str]) -> tuple[list, list[Turn] | None]:
    """A figure the minutes give as someone's, read against their own account where the words fit
    another's passage better ("the midwife said she was 32 weeks pregnant": the foster carer spoke
    of the pregnancy too; the midwife said "thirty weeks today"). Their passage must fit the
    statement's other words as well as a passage must (detail_from), and only their own words
    there, and nowhere else, may give the minutes' figure; nor may the passage the words fit best
    (`said_around`: its sentences)."""
    aligner, words, tuning = case.aligner, case.words, case.ctx.tuning
    rest = _figure_free(words)
    mine = aligner.turns_of(who)
    if not mine or len(set(rest)) < 2:
        return [], None
    # (their passage that fits best among those giving a figure of the statement's kind: "I've known
    # her since college" fits "weekly visits from the nurse, who has known her since college" best,
    # but says nothing of how often)
    on = case.ctx.conference_date
    units = {d.unit for d in details_of(case.st.text)} - {"n"}
    if not units:
        return [], None  # (no turn gives a figure of no kind: not every turn of theirs read to find that)
    giving = _Giving(case, mine, units)
    # (fitted by the clause that gives the figure, where the statement says more: "who has known
    # her since college" is another matter)
    clause = next((bag for ds, bag in details._clauses(case.st.text) if ds), frozenset())
    fit = [w for w in rest if w in clause]
    theirs = None
    for wanted in ([rest, fit] if len(set(fit)) >= 2 else [rest]) if giving else []:
        m = aligner.best(wanted, within=giving)
        if m is not None and aligner.coverage(wanted, m.first, m.last)[0] >= tuning.detail_from:
            theirs = m
            break
    if theirs is None:
        return [], None
    region = [t for t in case.turns[theirs.first: theirs.last + 1] if attribution.same_person(who, t.speaker)]
    said = quoting.sentence_texts(case.turns, [t.index for t in region])
    found = details.conflicts(case.st.text, said, said, on=on)
    near = {(d.value, d.unit) for x in said_around for d in details_of(x) | dates.relative_dates(x, on)}
    found = [c for c in found if c[0].unit not in ("n", "month_alone") and (c[0].value, c[0].unit) not in near
             and not _said_elsewhere(c[0], words, theirs.coverage, aligner, region, case.ctx, who, True)]
    return found, (region if found else None)


class _Giving:
    """Their turns that give a figure of these units (_figure_units), as a set best() asks of: each
    turn read when first asked (best() asks of its candidates and their neighbours only, not of
    every turn of theirs); true where there is one at all."""

    def __init__(self, case: Case, mine: set[int], units: set[str]):
        self.case, self.mine, self.units = case, mine, units
        self._known: dict[int, bool] = {}

    def __contains__(self, i: int) -> bool:
        got = self._known.get(i)
        if got is None:
            got = self._known[i] = i in self.mine and bool(self.units & _figure_units(self.case, i))
        return got

    def __bool__(self) -> bool:
        return any(i in self for i in sorted(self.mine))


def _details_said(aligner: Aligner, i: int, ctx: Context) -> set[tuple[float, str]]:
    """(value, unit) of each detail turn i gives, with the dates said relative to the day
    ("discharged tomorrow"); kept on the aligner, read once a turn."""
    got = aligner.details_said.get(i)
    if got is None:
        text = aligner.turns[i].text
        got = aligner.details_said[i] = {(d.value, d.unit) for d in details.details(text)
                                         | dates.relative_dates(text, ctx.conference_date)}
    return got


def _only_wanted(detail, sentences: list[str]) -> bool:
    """Is the figure said here only as one asked for, wished for or waited for ("she asked if he
    could go every week", "we'd love weekly", "she's on the waiting list for weekly")? What someone
    wants is not what happens: the minutes cannot have taken the fact from there."""
    giving = [x for x in sentences if any((d.value, d.unit) == (detail.value, detail.unit) for d in details_of(x))]
    return bool(giving) and all(_WANTED.search(x) for x in giving)


# Asking for, wishing for, waiting for: the figure after it is wanted, not given as what happens
_WANTED = re.compile(r"\b(?:ask(?:s|ed|ing)? (?:[a-z'’]+ ){0,2}?(?:about|for|if|whether)|(?:would|'d|’d) (?:like|love|prefer)|"
                     r"wants?|wanted|wish(?:es|ed)?|hop(?:e|es|ed|ing)|waiting list)\b", re.I)


def _figure_units(case: Case, i: int) -> frozenset[str]:
    """The units of the figures turn i gives, sentence by sentence, as _gives_figure reads them
    (worked out once a comparison: a person's turns are asked of statement after statement)."""
    got = case.ctx.figure_units.get(i)
    if got is None:
        on = case.ctx.conference_date
        got = case.ctx.figure_units[i] = frozenset(
            d.unit for t in quoting.sentence_texts(case.turns, [i]) for d in details_of(t) | dates.relative_dates(t, on))
    return got


def _how_often_only(text: str) -> bool:
    """Are all the statement's figures frequencies ("fortnightly", "twice a week")?"""
    figures = details_of(text)
    return bool(figures) and all(d.unit == "per_week" for d in figures)


def _figure_free(words: list[str]) -> list[str]:
    """The statement's words but its figures and dates: what a passage giving the figure another way
    ("a week ago yesterday" for "9 October") must still fit."""
    return [w for w in words if not (w[:1].isdigit() or w in _DATE_WORDS)]


def _figure_of(st: Statement, ctx: Context) -> str | None:
    """Whose figure a statement gives: the person it credits, else the attendee it names first."""
    if not ctx.speakers_known:
        return None
    if st.speakers:
        return st.speakers[0]
    named = [(st.text.find(a.name), a) for a in ctx.cast.attendees if a.name and a.name in st.text]
    if named:
        return min(named, key=lambda x: x[0])[1].label
    # ... else the attendee its subject names by role ("Father worked nights on Thursdays")
    subject = _ROLE_SUBJECT.match(st.text)
    by_role = ctx.cast.by_role(subject.group(1), exact=True) if subject else None
    return by_role.label if by_role is not None else None


_ROLE_SUBJECT = re.compile(r"^\W*(?:the )?" + attribution.FAMILY_SIDE.pattern, re.I)  # (the family's roles)


def _said_elsewhere(detail, words: list[str], cov: float, aligner: Aligner, region: list[Turn], ctx: Context,
                    who: str | None = None, only_theirs: bool = False) -> bool:
    """Was the minutes' own figure said somewhere else that fits the statement nearly as well (or,
    by the person the minutes give it to, half as well: "Kerry works three evenings a week", said
    by the social worker later than her account of the worry)? Then the minutes took it from there,
    and the rival figure near the best match is another matter. `only_theirs`: the figure is the
    credited person's, who gave another here; only their own words elsewhere can excuse it (the
    nurse seeing her "every other week" is not the social worker's "every two weeks")."""
    tuning = ctx.tuning
    here = {t.index for t in region}  # (what was said here, conflicts() has weighed clause by clause)
    # (a date is said by its day of the month alone too: "my first appointment's on the nineteenth")
    said = {(detail.value, detail.unit)} | ({(detail.value, "day_of_month")} if detail.unit in details.MONTH_UNITS else set())
    # Only the turns whose window may fit well enough are read for the figure (a bound on the
    # coverage asked below, at the lower of its two shares): not every turn of the meeting, most of
    # which share little with the statement. (The answer is whether any turn passes: the same.)
    for i in aligner.may_cover(words, min(tuning.detail_elsewhere_theirs, tuning.detail_elsewhere) * cov):
        if i in here or said.isdisjoint(_details_said(aligner, i, ctx)) \
                or _only_wanted(detail, quoting.sentence_texts(aligner.turns, [i])):
            continue
        theirs = who is not None and attribution.same_person(who, aligner.turns[i].speaker)
        if only_theirs and not theirs:
            continue
        # (with the turn before: a figure given in answer, "How often?" / "Weekly.", is read with its
        # question; the turn after is another's, whatever it says)
        m = aligner.coverage(words, max(0, i - 1), i)
        if m[0] >= (tuning.detail_elsewhere_theirs if theirs else tuning.detail_elsewhere) * cov:
            return True
    return False
