"""Compare the minutes with the meeting and explain every difference (the findings JSON contract).

For each statement of the minutes, in order: find its best support in the meeting (align.py); then
ask, most specific first, whether the minutes claim everyone agreed while someone dissented, give
a detail differently (details.py), say the opposite of what was said (polarity.py), credit the
words to the wrong person (attribution.py), or claim something nobody said. Then look for
material things said that the minutes leave out (omissions.py). Every finding carries the
recording's words with times and speaker, a confidence, and one plain sentence of why.
"""

from __future__ import annotations

import gc
import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from app.clock import clock
from app.compare import attribution, dates, embedding, header_claims, named_for_another, omissions
from app.compare import evidence as quoting
from app.compare.align import Aligner, Match, statement_words, who_words
from app.compare.checks import (
    INITIALS,
    OPPOSITES,
    Case,
    Context,
    capital,
    checkable,
    initials_named,
    judge,
    not_said_finding,
    recognised,
    subject_words,
    who_said,
)
from app.compare.checks.shared import OWN_ACCOUNT
from app.compare.findings import Finding
from app.compare.text import capitalised_only, proper_names
from app.compare.turns import Turn, from_transcript, runs_on
from app.errors import FairMinutesError
from app.fairness import judge_minutes
from app.minutes.importer import session_minutes
from app.minutes.people import TITLE_PATTERN, TITLES, Cast
from app.minutes.statements import Minutes
from app.safefile import write_json_atomic
from app.transcription.transcriber import keep_previous


@dataclass
class Result:
    findings: list[Finding]
    statements: list[dict]
    speakers_known: bool
    notes: list[str] = field(default_factory=list)
    quality: list[Finding] = field(default_factory=list)  # the minutes judged alone (app/fairness/quality.py)

    def to_json(self, minutes_name: str, transcript_name: str) -> dict:
        return {"minutes": minutes_name, "transcript": transcript_name,
                "findings": [f.to_json() for f in self.findings + self.quality], "statements": self.statements,
                "speakers_known": self.speakers_known, "notes": self.notes}


def stable_id(f: Finding) -> str:
    """The same finding keeps its id when the comparison is run again, so the reviewer's decisions
    (review.jsonl) stay attached to it."""
    anchor = f.minutes_text or (f"{f.evidence[0]['start']:.1f}" if f.evidence else "")
    return "f" + hashlib.sha1(f"{f.kind}|{anchor}".encode()).hexdigest()[:8]


def context_for(minutes: Minutes, turns: list[Turn]) -> Context:
    """What the checks need to know about this conference: who was there, which words are names,
    whether the transcript says who spoke, and which voices speak for the family."""
    names = ([a.name for a in minutes.attendees] + [a.main_role for a in minutes.attendees if len(a.main_role) > 3]
             + [a.initials for a in minutes.attendees if a.initials] + _role_heads(minutes)
             + [a.short_form for a in minutes.attendees if a.short_form])
    voices = sorted({t.speaker for t in turns if attribution.speaks_for_family(t.speaker)})
    cast = Cast(minutes.attendees)
    labels = " ; ".join([a.role for a in minutes.attendees] + sorted({t.speaker for t in turns if t.speaker}))
    said = [t.text for t in turns]
    known = attribution.has_speakers(turns)
    return Context(cast, names, known, voices, people=cast.name_words(),
                   conference_date=dates.conference_date(minutes.info),
                   named_in_meeting=named_for_another.named_in(said) | _parents_kin(cast, turns),
                   roles_named=named_for_another.named(labels),
                   # (read only where the transcript says who spoke: whose vote was for which child)
                   proper_names=proper_names(said) if known else frozenset(),
                   capitalised_only=capitalised_only(said + [s.text for s in minutes.statements]))


def _parents_kin(cast: Cast, turns: list[Turn]) -> frozenset:
    """The grandparents the meeting named as a parent's mum or dad ("my mum's said she'll have her")."""
    parents = set(cast.parents())
    sides = {a.label: "maternal" if a.gender == "f" else "paternal" for a in cast.attendees
             if a.label in parents and a.gender}
    firsts = {a.first_name.lower(): sides[a.label] for a in cast.attendees if a.label in sides and a.first_name}
    said = [(t.text, next((side for label, side in sides.items() if attribution.same_person(label, t.speaker)), None))
            for t in turns]
    return named_for_another.parents_kin(said, firsts)


# The word that names a job ("the Chair" for the Independent Chair, "the Headteacher" for a Deputy
# Headteacher): minutes use it alone for the person, and it says who, not what.
JOB_WORDS = {"chair", "headteacher", "teacher", "worker", "visitor", "nurse", "officer", "manager", "practitioner",
             "adviser", "advisor", "midwife", "supervisor", "paediatrician", "supporter", "advocate"}


def _role_heads(minutes: Minutes) -> list[str]:
    heads = set()
    for a in minutes.attendees:
        for part in re.split(r"\band\b|[,(]", a.role):
            words = part.split()
            if words and words[-1].lower() in JOB_WORDS:
                heads.add(words[-1])
    return sorted(heads)


def compare(minutes: Minutes, turns: list[Turn], note_times: list[float] | None = None,
            progress: Callable[[float], None] | None = None) -> Result:
    # The comparison fills caches with hundreds of thousands of small objects that live to its end;
    # the cycle collector walking them again and again cost a fifth of a three-hour comparison
    # (0.4 s of 2.4 s). It makes no reference cycles worth collecting midway: the collector is
    # paused while it runs, and left as it was.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _compare(minutes, turns, note_times, progress)
    finally:
        if paused:
            gc.enable()


def _compare(minutes: Minutes, turns: list[Turn], note_times: list[float] | None,
             progress: Callable[[float], None] | None) -> Result:
    aligner = Aligner(turns)
    ctx = context_for(minutes, turns)
    speakers_known = ctx.speakers_known
    findings: list[Finding] = []
    statements_out: list[dict] = []
    carried: set[int] = set()  # turns a supported statement closely renders: not omitted
    n = len(minutes.statements)

    used = names_used(turns, ctx.cast)
    called = used[1]
    for i, st in enumerate(minutes.statements):
        words, match = read_statement(st, aligner, ctx, used)
        if st.header:  # "Child: Leo (4)", "Apologies: ...": only a conflict is a finding, never "not said"
            finding = header_claims.check(st.text, st.header, turns, speakers_known)
            if finding is not None:
                finding.check = "header_claim"
        elif match:
            finding = judge(Case(st, words, match, aligner, ctx))
        else:  # none of its words was said anywhere: "not said", if it says enough to be sure of that;
            # unless the person it credits said the opposite in other words ("attendance was
            # patchy" / "she's been to every appointment, bar none")
            theirs = _their_words(st, words, aligner, ctx)
            finding = judge(Case(st, words, theirs, aligner, ctx), OPPOSITES) if theirs else None
            if finding is None and checkable(words):
                finding = not_said_finding(st, None, aligner)
                if finding is not None:
                    finding.check = "not_said"
        evidence = _evidence(aligner, match) if match else []
        status = "supported"
        if finding is not None:
            finding.statement = i
            findings.append(finding)
            status = "finding"
        if finding is None and match is not None and match.coverage >= ctx.tuning.carried_from:
            carried.add(match.main_turn)
        statements_out.append({"text": st.text, "section": st.section, "speaker": st.speaker, "where": st.where,
                               "status": status, "support": round(match.coverage, 2) if match else 0.0,
                               "evidence": evidence})
        if progress is not None and n:
            progress(0.8 * (i + 1) / n)

    slips: list[str] = []
    is_recognised = recognised(aligner)  # a recogniser's transcript, not typed
    if speakers_known and is_recognised:
        findings, slips = _voices_named_for_another(findings)
    # Turns another finding already reports are not omissions too; a not-said finding's evidence is
    # only the closest passage, which it says does not carry the statement, so it reports nothing.
    spans = _TurnSpans(turns)
    used = {i for f in findings if f.kind != "not_said" for i in spans.of(f)}
    if not speakers_known or is_recognised:
        # a recogniser's segment runs on into its neighbours: the same utterance (of the same
        # voice, where the voices are named)
        used |= {j for i in used for j in (i - 1, i + 1) if 0 <= j < len(turns) and runs_on(turns[i], turns[j])
                 and (not speakers_known or turns[j].speaker == turns[i].speaker)}
    reported = set(used)
    used |= carried
    flagged = {f.statement for f in findings}
    # Minutes that name people by initials ("TB will send DW the report") or by a surname the meeting
    # never said ("Ms Webb") are read with the names the meeting used ("Dean, Tom will send you the
    # report"; "Carys").
    texts = [initials_named(_as_called(s.text, called), ctx.cast) for s in minutes.statements]
    for om in omissions.find(turns, texts, speakers_known, note_times, used, flagged,
                             [s.speakers for s in minutes.statements], aligner.weight, reported):
        findings.append(_omitted(om, turns))
    if progress is not None:
        progress(1.0)
    for f in findings:
        f.id = stable_id(f)

    quality = judge_minutes(minutes, turns, findings, speakers_known)
    notes = slips
    if not speakers_known:
        notes.append("The transcript does not say who spoke, so no statement was checked for being credited to "
                     "the wrong person. Name the speakers in the review to check that too.")
    return Result(findings, statements_out, speakers_known, notes, quality)


def names_used(turns: list[Turn], cast: Cast) -> tuple[dict[str, str], tuple[re.Pattern, dict[str, str]] | None]:
    """The names the meeting used for people the minutes name otherwise: by initials ("RC" ->
    "Ryan Cole", _names_by_initials) and by a surname the meeting never said ("Mr Whitcombe" ->
    "Dale", _called_by_first_name). Worked out once a comparison, for read_statement."""
    return _names_by_initials(turns, cast), _called_by_first_name(turns, cast)


def read_statement(st, aligner: Aligner, ctx: Context, used) -> tuple[list[str], Match | None]:
    """A statement's words as the comparer reads them, and the passage of the meeting they best fit
    (None for a header line, or where none of its words was said and it names nobody who spoke).
    Someone the minutes name by initials who was not there ("RC") is found by the name the meeting
    used ("Ryan Cole"); attendees' initials say who, and are left out as names are. `used`:
    names_used()."""
    spoken, called = used
    words = statement_words(_with_names(_as_called(st.text, called), spoken), st.speakers, ctx.names)
    return words, None if st.header else aligner.best(words) or _where_they_speak(st.text, words, aligner)


def _voices_named_for_another(findings: list[Finding]) -> tuple[list[Finding], list[str]]:
    """Names a recording's voices got from the friend's marks and voice prints can be swapped for a
    stretch: then several statements credited to one person are all "said" by the same other one
    (a social worker's whole report named as the mother's). Minutes credit one point wrongly, not a
    run of them: such a pair is taken as a naming slip, and left to the parent to name the voices."""
    def pair(f: Finding) -> tuple:
        return f.speaker, f.evidence[0].speaker if f.evidence else None
    # (only statements credited to one named person: "professionals" or an unnamed source say no one voice)
    counts = Counter(pair(f) for f in findings if f.kind == "misattributed" and f.speaker)
    notes = [f"{n} statements the minutes credit to {credited} were heard in the voice named "
             f"{heard}: the voices may be named the wrong way round there, so none of them is reported as "
             "misattributed. Listen to that part, and correct the voice's name in the transcript where needed."
             for (credited, heard), n in counts.items() if n >= 2]
    return [f for f in findings if f.kind != "misattributed" or not f.speaker or counts[pair(f)] < 2], notes


def _where_they_speak(text: str, words: list[str], aligner: Aligner) -> Match | None:
    """For a statement none of whose words was said, but which names people who speak ("Dad was
    relieved that Mum had been told": the meeting said neither "Dad" nor "Mum", but Dad spoke): the
    turn of the person it is about, among those it names, where most of them speak, so that the
    checks read it there as any other statement (a feeling, a judgement, an assent shown there)."""
    named = [(t.index, who_words((t.speaker,)) & set(words)) for t in aligner.turns if t.speaker]
    named = [(i, w) for i, w in named if w]
    if not named:
        return None
    subject = subject_words(text)
    turns = aligner.turns

    def around(i: int) -> set[str]:
        return {w for j in (i - 1, i, i + 1) if 0 <= j < len(turns) and turns[j].speaker
                for w in who_words((turns[j].speaker,)) & set(words)}

    i = max(named, key=lambda x: (len(around(x[0])), bool(x[1] & subject), -x[0]))[0]
    found = around(i)
    # (fsum: a sum over a set, the same to the last bit whatever order the set is read in)
    total = math.fsum(aligner.weight(w) for w in set(words)) or 1.0
    return Match(i, i, math.fsum(aligner.weight(w) for w in found) / total, found, set(words) - found, i)


def _their_words(st, words: list[str], aligner: Aligner, ctx: Context) -> Match | None:
    """Where to read a statement none of whose words was said, which credits one person's own
    account ("Mr Kaur said ...", their row of the table): that person's turn nearest in meaning (else
    their first), found for nothing (coverage 0), so that only the checks that read their words for
    the opposite in other words are asked."""
    if not (ctx.speakers_known and st.speakers and st.credited_by in OWN_ACCOUNT):
        return None
    theirs = sorted(aligner.turns_of(st.speakers[0]))
    if not theirs:
        return None
    i = theirs[embedding.closest(st.text, [aligner.turns[j].text for j in theirs])[0]] \
        if embedding.USE_EMBEDDING else theirs[0]
    return Match(i, i, 0.0, set(), set(words), i)


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def _names_by_initials(turns: list[Turn], cast: Cast) -> dict[str, str]:
    """Initials -> the one full name the meeting said with them ("RC" -> "Ryan Cole"), for people who
    were not there (attendees are the cast's). Initials two names share mean nobody."""
    found: dict[str, set[str]] = {}
    for t in turns:
        for m in _FULL_NAME.finditer(t.text):
            found.setdefault(m.group(1)[0] + m.group(2)[0], set()).add(m.group(0))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and cast.by_initials(k) is None}


def _called_by_first_name(turns: list[Turn], cast: Cast) -> tuple[re.Pattern, dict[str, str]] | None:
    """"Mr Whitcombe" -> "Dale", for each attendee the meeting called by first name and never by
    surname: minutes write "Mr Whitcombe has been courteous" of "Dale's, he's polite", and the
    surname is no word the meeting must say. (A surname two attendees share is read so only where
    the title's sex leaves one of them, "Mr Webb" of a father and grandmother Webb; else it is left
    out, as a word nobody said and a name that says neither.)"""
    spoken = " ".join(t.text for t in turns).lower().replace("’", "'")
    heard = set(_SPOKEN_WORD.findall(spoken))  # (once, not a search of the whole meeting per name)

    def said(word: str) -> bool:
        w = word.lower()
        if _SPOKEN_WORD.fullmatch(w):  # a word alone is said where it is one of the words, or with its 's
            return w in heard or f"{w}'s" in heard
        return re.search(rf"(?<![\w'-]){re.escape(w)}(?:'s)?(?![\w'-])", spoken) is not None

    firsts: dict[str, str] = {}
    for a in cast.attendees:
        if not (a.first_name and a.surname) or said(a.surname) or not said(a.first_name):
            continue
        namesakes = [x for x in cast.attendees if x.surname == a.surname]
        for title in TITLES:
            sex = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}.get(title)
            fits = [x for x in namesakes if sex is None or x.gender != {"m": "f", "f": "m"}[sex]]
            if fits == [a]:
                firsts[f"{title} {a.surname}"] = a.first_name
            elif a in fits:  # ("Ms Pryce" of two sisters: which one is not said; nor is the surname)
                firsts.setdefault(f"{title} {a.surname}", "")
    if not firsts:
        return None
    surnames = sorted({k.split(" ", 1)[1] for k in firsts})
    return re.compile(rf"\b{TITLE_PATTERN}(?:{'|'.join(map(re.escape, surnames))})\b"), firsts


_SPOKEN_WORD = re.compile(r"[\w'-]+")  # (what said() above takes for one word: none of these on either side)


def _as_called(text: str, called: tuple[re.Pattern, dict[str, str]] | None) -> str:
    if called is None:
        return text
    pattern, firsts = called
    return pattern.sub(lambda m: firsts.get(re.sub(r"\.?\s+", " ", m.group(0), count=1), m.group(0)), text)


def _with_names(text: str, names: dict[str, str]) -> str:
    """'TB will send DW ...' -> 'Tom Brierley will send Dean Whitlock ...', for the initials `names` knows."""
    return INITIALS.sub(lambda m: names.get(m.group(0), m.group(0)), text) if names else text


class _TurnSpans:
    """The turns a finding's evidence overlaps. (The turns in order of their start, with the latest
    end so far: a span's turns are found by bisection, not by reading all of a long meeting's turns
    for each finding, which took 0.15 s of a 3 h meeting's comparison.)"""

    def __init__(self, turns: list[Turn]):
        self.order = sorted(turns, key=lambda t: t.start)
        self.starts = [t.start for t in self.order]
        self.ended_by = list(accumulate((t.end for t in self.order), max))

    def of(self, f: Finding) -> set[int]:
        return {i for e in f.evidence for i in self._overlapping(e["start"], e["end"])}

    def _overlapping(self, a: float, b: float) -> list[int]:
        first = bisect_right(self.ended_by, a)  # (every turn before it ended by a)
        last = bisect_left(self.starts, b)  # (every turn from it on starts at b or later)
        return [t.index for t in self.order[first:last] if t.end > a]


def _evidence(aligner: Aligner, match: Match) -> list[dict]:
    return [aligner.turns[j].evidence() for j in range(match.first, match.last + 1)]


def _omitted(om: omissions.Omission, turns: list[Turn]) -> Finding:
    first = om.turns[0]
    conf = min(0.9, 0.3 + 0.35 * om.materiality + 0.3 * (1 - om.coverage))
    why = " and ".join(om.reasons[:2]) or "a material point"
    return Finding("", "omitted", None, quoting.utterance(turns, [t.index for t in om.turns]), conf,
                   f"{capital(who_said(first))} said this at {clock(first.start)} ({why}), and the minutes do not record it.",
                   check="omission")


def compare_session(session, progress: Callable[[float], None] | None = None) -> Result:
    """Compare a session's imported minutes with its transcript (speaker names and corrections
    from the review applied) and the friend's notes; write findings.json."""
    found = session_minutes(session)
    if found is None:
        raise FairMinutesError("Import the council's minutes first.")
    minutes, original = found
    if not session.transcript_path.exists():
        raise FairMinutesError("This conference has no transcript yet: transcribe the recording first.")
    transcript = session.transcript()

    turns = from_transcript(transcript.to_json())
    note_times = [n.t for n in session.notes.current() if n.tag in omissions.NOTE_TAGS or n.text]
    meaning = session.folder / embedding.CACHE_NAME  # sentence vectors kept: a warm comparison needs no model
    if embedding.USE_EMBEDDING:
        embedding.load_cache(meaning)
    result = compare(minutes, turns, note_times, progress)
    if embedding.USE_EMBEDDING:
        embedding.save_cache(meaning)
    keep_previous(session.findings_path)
    data = result.to_json(f"minutes/{original.name}", "transcript.json")
    write_json_atomic(session.findings_path, data)
    session.log_event("compared", findings=len(result.findings), statements=len(result.statements))
    return result
