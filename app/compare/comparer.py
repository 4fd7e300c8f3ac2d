"""Compare the minutes with the meeting and explain every difference (the findings JSON contract).

For each statement of the minutes, in order: find its best support in the meeting (align.py); then
ask, most specific first, whether the minutes claim everyone agreed while someone dissented, give
a detail differently (details.py), say the opposite of what was said (polarity.py), credit the
words to the wrong person (attribution.py), or claim something nobody said. Then look for
material things said that the minutes leave out (omissions.py). Every finding carries the
recording's words with times and speaker, a confidence, and one plain sentence of why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from app.clock import clock
from app.compare import attribution, details, header_claims, omissions, polarity
from app.compare import evidence as quoting
from app.compare.align import Aligner, Match, key_hit, keys_of, statement_words, text_words
from app.compare.findings import Finding
from app.compare.text import MINUTES_REGISTER
from app.compare.turns import Turn, runs_on, unsure_share
from app.minutes.people import Cast
from app.minutes.statements import Minutes, Statement, credited

NOT_SAID_BELOW = 0.30  # coverage under which a statement is too weakly matched to check its details
MISATTRIBUTED_FROM = 0.45  # someone else said it: their words must match this well
CARRIED_FROM = 0.6  # a statement this well supported carries its main turn into the minutes
UNSURE_WEIGHT = 0.5  # how much the recogniser's doubt near the closest passage lowers that score
NOT_SAID_FROM = 0.6  # score from which a statement is reported as not said (see not_said_score)


CHECKABLE_FROM = 3  # content words a statement needs before "nobody said it" can be claimed


def checkable(words: list[str]) -> bool:
    """Does the statement say enough, beyond who spoke and the minute-taker's own register, to be
    called not said? "Mr Ellis agreed that this was the case" points back to something else and
    claims nothing by itself that the recording could lack; a false accusation hurts more than a
    missed one."""
    return len({w for w in words if w not in MINUTES_REGISTER and len(w) > 2}) >= CHECKABLE_FROM


def not_said_score(coverage: float, novelty: float, unheard_pairs: float) -> float:
    """How sure we are that nobody said it: little of it found where it best fits, words nobody
    used anywhere in the meeting, and word pairs never heard together."""
    return 0.5 * (1 - coverage) + 0.35 * novelty + 0.15 * unheard_pairs


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


@dataclass
class _Context:
    cast: Cast
    names: list[str]  # attendees' names: words that say who, not what
    speakers_known: bool
    family_voices: list[str] = field(default_factory=list)
    dissenting: list[Turn] | None = None  # professionals' turns that disagree
    people: dict[str, set[str]] = field(default_factory=dict)  # name word -> attendees; role word -> none


def stable_id(f: Finding) -> str:
    """The same finding keeps its id when the comparison is run again, so the reviewer's decisions
    (review.jsonl) stay attached to it."""
    import hashlib

    anchor = f.minutes_text or (f"{f.evidence[0]['start']:.1f}" if f.evidence else "")
    return "f" + hashlib.sha1(f"{f.kind}|{anchor}".encode()).hexdigest()[:8]


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _who(turn: Turn) -> str:
    return turn.speaker or "a speaker"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def compare(minutes: Minutes, turns: list[Turn], note_times: list[float] | None = None,
            progress: Callable[[float], None] | None = None) -> Result:
    aligner = Aligner(turns)
    speakers_known = attribution.has_speakers(turns)
    names = ([a.name for a in minutes.attendees] + [a.main_role for a in minutes.attendees if len(a.main_role) > 3]
             + [a.initials for a in minutes.attendees if a.initials])
    voices = sorted({t.speaker for t in turns if attribution.speaks_for_family(t.speaker)})
    cast = Cast(minutes.attendees)
    ctx = _Context(cast, names, speakers_known, voices, people=cast.name_words())
    findings: list[Finding] = []
    statements_out: list[dict] = []
    carried: set[int] = set()  # turns a supported statement closely renders: not omitted
    n = len(minutes.statements)

    for i, st in enumerate(minutes.statements):
        words = statement_words(st.text, st.speakers, names)
        match = None if st.header else aligner.best(words)
        if st.header:  # "Child: Leo (4)", "Apologies: ...": only a conflict is a finding, never "not said"
            finding = header_claims.check(st.text, st.header, turns, speakers_known)
        elif match:
            finding = _judge(st, words, match, aligner, ctx)
        else:  # none of its words was said anywhere: "not said", if it says enough to be sure of that
            finding = _not_said(st, None, aligner) if checkable(words) else None
        evidence = _evidence(aligner, match) if match else []
        status = "supported"
        if finding is not None:
            finding.statement = i
            findings.append(finding)
            status = "finding"
        if finding is None and match is not None and match.coverage >= CARRIED_FROM:
            carried.add(match.main_turn)
        statements_out.append({"text": st.text, "section": st.section, "speaker": st.speaker, "where": st.where,
                               "status": status, "support": round(match.coverage, 2) if match else 0.0,
                               "evidence": evidence})
        if progress is not None and n:
            progress(0.8 * (i + 1) / n)

    used = {aligner_index for f in findings for aligner_index in _turns_of(f, turns)}
    if not speakers_known:  # a finding's segment runs on into its neighbours: the same utterance
        used |= {j for i in used for j in (i - 1, i + 1) if 0 <= j < len(turns) and runs_on(turns[i], turns[j])}
    used |= carried
    flagged = {f.statement for f in findings}
    for om in omissions.find(turns, [s.text for s in minutes.statements], speakers_known, note_times, used, flagged):
        findings.append(_omitted(om, turns))
    if progress is not None:
        progress(1.0)
    for f in findings:
        f.id = stable_id(f)
    from app.fairness import judge_minutes  # issue #17: quality findings, a materiality weight on each

    quality = judge_minutes(minutes, turns, findings, speakers_known)
    notes = []
    if not speakers_known:
        notes.append("The transcript does not say who spoke, so no statement was checked for being credited to "
                     "the wrong person. Name the speakers in the review to check that too.")
    return Result(findings, statements_out, speakers_known, notes, quality)


def _turns_of(f: Finding, turns: list[Turn]) -> set[int]:
    spans = [(e["start"], e["end"]) for e in f.evidence]
    return {t.index for t in turns for a, b in spans if t.start < b and t.end > a}


def _evidence(aligner: Aligner, match: Match) -> list[dict]:
    return [aligner.turns[j].evidence() for j in range(match.first, match.last + 1)]


@lru_cache(maxsize=20000)
def _pieces(text: str) -> tuple:
    """A turn's sentences and pairs of neighbouring sentences, each with what it can be recognised
    by (cached: a turn is read for many statements)."""
    sents = _sentences(text)
    texts = sents + [f"{a} {b}" for a, b in zip(sents, sents[1:], strict=False)]
    return tuple((x, _keys(x)) for x in texts)


@lru_cache(maxsize=50000)
def _keys(sentence: str):
    return polarity.sentence_keys(text_words(sentence).bag)


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return parts or [text]


def _contradiction(st: Statement, aligner: Aligner, region: list[Turn], ctx: _Context, min_cover: float = 0.3):
    """Each clause of the statement against the sentence (or two) of the meeting that best matches
    it. A clause that credits someone ("Mr Walsh reported that ...") is only checked against that
    person's own words, when the transcript says who spoke."""
    if ctx.speakers_known:
        pieces = [(turn, text, keys) for turn in region for text, keys in _pieces(turn.text)]
    else:  # the recogniser's segments cut sentences anywhere: pairs run across them too
        sents = [(turn, x) for turn in region for x in _sentences(turn.text)]
        pieces = sents + [(ta, f"{a} {b}") for (ta, a), (_, b) in zip(sents, sents[1:], strict=False)]
        pieces = [(turn, text, _keys(text)) for turn, text in pieces]
    for clause in polarity.clauses(st.text):
        wanted = set(statement_words(clause, st.speakers, ctx.names))
        if len(wanted) < 2:
            continue
        who = credited(clause, ctx.cast) if ctx.speakers_known else []
        if who and any(attribution.family_side(w) for w in who):
            who = who + ctx.family_voices  # a parent's advocate or supporter speaks for them
        total = sum(aligner.weight(w) for w in wanted)
        scored = []
        for turn, text, bag in pieces:
            if who and not any(attribution.same_person(w, turn.speaker) for w in who):
                continue
            got = sum(aligner.weight(w) for w in wanted if polarity.covers(w, bag))
            scored.append((got / total, turn, text))
        for cov, turn, text in sorted(scored, key=lambda x: -x[0])[:2]:
            if cov < min_cover:
                break
            hit = polarity.clash(clause, text)
            if hit and not polarity.other_time(clause, text) and not polarity.other_person(clause, text, ctx.people):
                return turn, text, hit[0], hit[1], hit[2]
    return None


def _judge(st: Statement, words: list[str], match: Match, aligner: Aligner, ctx: _Context) -> Finding | None:
    speakers_known = ctx.speakers_known
    cov = match.coverage
    turns = aligner.turns
    region = turns[max(0, match.first - 1): match.last + 2]

    if polarity.claims_all_agreed(st.text):
        topic = set(words)
        if ctx.dissenting is None:  # found once, asked of every "all agreed"
            ctx.dissenting = [t for t in turns if polarity.dissents(t.text)
                              and not (speakers_known and attribution.family_side(t.speaker))]
        dissent = [t for t in ctx.dissenting if topic & text_words(t.text).bag]
        if dissent:
            t = dissent[0]
            proof = [e for x in dissent[:3] for e in quoting.dissent(turns, x.index, polarity.dissents)]
            return Finding("", "contradicted", st.text, proof, 0.8,
                           f"The minutes say everyone agreed, but {_who(t)} disagreed at {clock(proof[0].start)}: "
                           f"“{_quote(proof[0].text)}”", section=st.section, speaker=st.speaker)

    if cov >= NOT_SAID_BELOW:
        wider = turns[max(0, match.first - 3): match.last + 4]
        # Whole sentences, not segments: a recogniser's segment can cut "every | week" in two.
        said_here = quoting.sentence_texts(turns, [t.index for t in region])
        said_around = quoting.sentence_texts(turns, [t.index for t in wider])
        conflicts = [c for c in details.conflicts(st.text, said_here, said_around)
                     if not _said_elsewhere(c[0], words, cov, aligner, region)]
        if conflicts:
            said, heard = conflicts[0]
            proof = (quoting.holding(turns, [t.index for t in region], lambda x: heard in details.details(x))
                     or quoting.stating(turns, match.main_turn, heard.text))
            conf = min(0.95, 0.55 + 0.4 * cov)
            at = proof[0]
            return Finding("", "changed_detail", st.text, proof, conf,
                           f"The minutes say “{said.text}”, but {at.speaker or 'a speaker'} said “{heard.text}” at "
                           f"{clock(at.start)}.", section=st.section, speaker=st.speaker)

    # Where did the meeting say the opposite? Look there first: "missed several appointments" is
    # best found where someone said "kept every appointment".
    if polarity.has_opposable(words):
        for c in aligner.candidates(polarity.opposite_words(words), limit=6):
            around = [turns[c]] if speakers_known else turns[max(0, c - 1): c + 2]
            clash = _contradiction(st, aligner, around, ctx, min_cover=0.45)
            if clash is not None:
                return _contradicted(st, clash, cov, turns)
    if speakers_known and st.credited_by == "text" and st.speakers:
        own_turns = aligner.turns_of(st.speakers[0])
        own = aligner.best(words, within=own_turns) if own_turns else None
        if own is not None and own.coverage >= 0.4:
            clash = _contradiction(st, aligner, turns[own.first: own.last + 1], ctx)
            if clash is not None:
                return _contradicted(st, clash, own.coverage, turns)

    if cov >= 0.5:
        corrected = _corrected(st, words, match, aligner)
        if corrected is not None:
            return corrected

    if not checkable(words):
        return None
    ns = not_said_score(cov, aligner.novelty(words), aligner.unheard_pairs(words))
    # Where the recogniser was unsure, a word of the statement may be hiding behind a wrong one
    # ("the attrition" for "the paediatrician"): that much less sure nobody said it.
    ns -= UNSURE_WEIGHT * unsure_share(turns[max(0, match.first - 1): match.last + 2])
    if ns >= NOT_SAID_FROM:
        return _not_said(st, match, aligner, ns)
    admission = _admission_not_own(st, words, match, aligner, ctx)
    if admission is not None:
        return admission

    if cov >= 0.4:
        clash = _contradiction(st, aligner, region, ctx)
        if clash is not None:
            return _contradicted(st, clash, cov, turns)

    substantial = sum(1 for w in set(words) if w not in MINUTES_REGISTER) >= 3
    if speakers_known and st.credited_by == "text" and st.speakers and cov >= MISATTRIBUTED_FROM and substantial:
        credited = st.speakers[0]
        # The credited person spoke in the window, or just around it to assent ("Yes, that's
        # right"): crediting them is fair.
        near = turns[match.first: match.last + 1] + [
            t for t in (turns[match.first - 1] if match.first else None,
                        turns[match.last + 1] if match.last + 1 < len(turns) else None)
            if t is not None and len(t.text.split()) <= 8]
        main = turns[match.main_turn]
        relayed = attribution.names_in(credited) & set(re.findall(r"[a-z]+", main.text.lower()))
        family = attribution.family_side(credited)
        if main.speaker and not relayed and not any(
                attribution.same_person(credited, t.speaker) or (family and attribution.speaks_for_family(t.speaker))
                for t in near):
            own_turns = aligner.turns_of(credited)
            if family:  # a parent's advocate or friend speaks for them ("Kelly asked for ...")
                for voice in ctx.family_voices:
                    own_turns = own_turns | aligner.turns_of(voice)
            own = aligner.best(words, within=own_turns) if own_turns else None
            own_cov = own.coverage if own else 0.0
            # Only when the credited person (or their supporter) said nothing like it themselves:
            # minutes often put a parent's view in the words the chair used to sum it up.
            if own_cov < cov - 0.25 and own_cov < 0.35:
                conf = min(0.9, 0.4 + 0.6 * (cov - own_cov))
                proof = quoting.real_speaker(turns, main.index, words,
                                             lambda who: attribution.same_person(credited, who), aligner.weight)
                real = proof[0] if proof else main.evidence()
                return Finding("", "misattributed", st.text, proof, conf,
                               f"The minutes credit this to {credited}, but it was {real['speaker']} who said it at "
                               f"{clock(real['start'])}: “{_quote(real['text'])}”", section=st.section,
                               speaker=st.speaker)

    return None


def _corrected(st: Statement, words: list[str], match: Match, aligner: Aligner) -> Finding | None:
    """The minutes record what someone said and the meeting at once corrected ("Jordan has a
    caution for assault" / "No. That's not right. It was criminal damage."). The words of the
    statement that only the corrected part has are what was put right."""
    turns = aligner.turns
    main = turns[match.main_turn]
    nxt = turns[main.index + 1] if main.index + 1 < len(turns) else None
    claim, reply, by = main.text, None, nxt
    if nxt is not None and not (main.speaker and nxt.speaker == main.speaker) and polarity.corrects(nxt.text):
        reply = nxt.text
    elif not main.speaker:  # no speaker names: the reply may share the claim's segment
        cut = polarity.correction_within(main.text)
        if cut is not None:
            claim, reply, by = main.text[:cut], main.text[cut:] + " " + (nxt.text if nxt else ""), None
    if reply is None or claim.rstrip().endswith("?"):
        return None  # no correction; or a question, which is not a claim to correct
    # A reply corrects what was said last, or what it names: a long turn's earlier sentences
    # are not what "No, that's not right" answers.
    sentences = _sentences(claim)
    if len(sentences) > 1:
        last = text_words(sentences[-1]).bag
        said_last = keys_of(last)
        answer_keys = keys_of(text_words(reply).bag)
        if (not any(w in match.matched and key_hit(w, said_last) for w in words if w not in MINUTES_REGISTER)
                and not any(key_hit(w, answer_keys) for w in words if w not in MINUTES_REGISTER)):
            return None
    said, answer = text_words(claim).bag, text_words(reply).bag
    said_keys, answer_keys = keys_of(said), keys_of(answer)
    if any(key_hit(w, answer_keys) and not key_hit(w, said_keys) for w in words):
        return None  # the minutes carry the correction ("a caution for criminal damage")
    if not any(w in match.matched and w not in MINUTES_REGISTER and key_hit(w, said_keys) for w in words):
        return None
    conf = min(0.8, 0.4 + 0.4 * match.coverage)
    who = f"{_who(by)} corrected it" if by is not None else "it was corrected"
    proof = quoting.corrected(turns, main.index, words, by.index if by is not None else None, aligner.weight)
    # The correction as quoted: the corrector's whole sentences (a shared segment: what follows the cut).
    correction = proof[-1].text if by is not None and len(proof) > 1 else reply
    return Finding("", "contradicted", st.text, proof, conf,
                   f"The minutes record what {_who(main)} said at {clock(proof[0].start)}, but {who} straight away: "
                   f"“{_quote(correction)}”", section=st.section, speaker=st.speaker)


ADMISSION_OWN = 0.6  # an admission is a strong claim: most of it must be in the person's own words
ADMITS = {"accept", "acknowledge", "admit", "concede", "recognise", "recognize"}


def _admission_not_own(st: Statement, words: list[str], match: Match, aligner: Aligner,
                       ctx: _Context) -> Finding | None:
    """'Ms Doyle acknowledged that she had not always prioritised school': an admission put in a
    parent's mouth must be in their own words, or be their plain assent to what was just put to
    them. When it is neither, they did not say it, whoever else spoke of the subject."""
    if not (ctx.speakers_known and st.credited_by == "text" and st.speakers
            and attribution.family_side(st.speakers[0])):
        return None
    head = text_words(st.text).lemmas[:8]
    if not ADMITS & set(head):
        return None
    person = st.speakers[0]
    own_turns = aligner.turns_of(person)
    claim = [w for w in words if w not in ADMITS]
    own = aligner.best(claim, within=own_turns) if own_turns else None
    if own is not None and own.coverage >= ADMISSION_OWN:
        return None
    turns = aligner.turns
    for j in range(match.first, match.last + 1):  # "Yes, I know" right after it was put to them
        nxt = turns[j + 1] if j + 1 < len(turns) else None
        if nxt is not None and attribution.same_person(person, nxt.speaker) and polarity.assents(nxt.text):
            return None
    main = turns[match.main_turn]
    conf = min(0.85, 0.45 + 0.5 * (ADMISSION_OWN - (own.coverage if own else 0.0)) + 0.2 * (1 - match.coverage))
    proof = quoting.closest_passage(turns, main.index, words, aligner.weight)
    return Finding("", "not_said", st.text, proof, conf,
                   f"The minutes say {person} accepted this, but nothing {person} said comes close; the nearest "
                   f"passage is {_who(main)} at {clock(proof[0].start)}: “{_quote(proof[0].text)}”",
                   section=st.section, speaker=st.speaker)


def _said_elsewhere(detail, words: list[str], cov: float, aligner: Aligner, region: list[Turn]) -> bool:
    """Was the minutes' own figure said somewhere else that fits the statement nearly as well?
    Then the minutes took it from there, and the rival figure near the best match is another matter."""
    if aligner.details_index is None:
        aligner.details_index = {}
        for t in aligner.turns:
            for d in details.details(t.text):
                aligner.details_index.setdefault((d.value, d.unit), []).append(t.index)
    here = {t.index for t in region}  # (what was said here, conflicts() has weighed clause by clause)
    for i in aligner.details_index.get((detail.value, detail.unit), []):
        if i in here:
            continue
        m = aligner.coverage(words, max(0, i - 1), min(len(aligner.turns) - 1, i + 1))
        if m[0] >= 0.7 * cov:
            return True
    return False


def _contradicted(st: Statement, clash, cov: float, turns: list[Turn]) -> Finding:
    turn, sentence, said, heard, via_negation = clash
    conf = min(0.85, (0.35 if via_negation else 0.45) + 0.4 * cov)
    what = (f"the minutes say “{said}” where the meeting said “{heard}”" if not via_negation
            else f"one side says “{said}” is not so, the other says it is")
    proof = quoting.stating(turns, turn.index, sentence)
    return Finding("", "contradicted", st.text, proof, conf,
                   f"{_cap(_who(turn))} said the opposite at {clock(proof[0].start)}: “{_quote(proof[0].text)}” "
                   f"({what}).", section=st.section, speaker=st.speaker)


def _not_said(st: Statement, match: Match | None, aligner: Aligner, score: float = 1.0) -> Finding:
    conf = max(0.3, min(0.9, 0.3 + (score - NOT_SAID_FROM) * 1.5 + 0.2))
    if match is None:
        return Finding("", "not_said", st.text, [], conf, "Nothing in the recording matches this statement.",
                       section=st.section, speaker=st.speaker)
    turn = aligner.turns[match.main_turn]
    missing = sorted(match.missing, key=lambda w: (-aligner.weight(w), w))[:4]
    proof = quoting.closest_passage(aligner.turns, turn.index, sorted(match.matched | match.missing), aligner.weight)
    return Finding("", "not_said", st.text, proof, conf,
                   f"Nobody in the recording says this. The closest passage, {_who(turn)} at {clock(turn.start)}, "
                   f"does not mention {', '.join(missing) or 'it'}.", section=st.section, speaker=st.speaker)


def _omitted(om: omissions.Omission, turns: list[Turn]) -> Finding:
    first = om.turns[0]
    conf = min(0.9, 0.3 + 0.35 * om.materiality + 0.3 * (1 - om.coverage))
    why = " and ".join(om.reasons[:2]) or "a material point"
    return Finding("", "omitted", None, quoting.utterance(turns, [t.index for t in om.turns]), conf,
                   f"{_cap(_who(first))} said this at {clock(first.start)} ({why}), and the minutes do not record it.")


def compare_session(session, progress: Callable[[float], None] | None = None) -> Result:
    """Compare a session's imported minutes with its transcript (speaker names and corrections
    from the review applied) and the friend's notes; write findings.json."""
    from app.errors import FairMinutesError
    from app.minutes.importer import session_minutes
    from app.safefile import write_json_atomic
    from app.transcription.transcriber import keep_previous

    found = session_minutes(session)
    if found is None:
        raise FairMinutesError("Import the council's minutes first.")
    minutes, original = found
    if not session.transcript_path.exists():
        raise FairMinutesError("This conference has no transcript yet: transcribe the recording first.")
    transcript = session.transcript()
    from app.compare.turns import from_transcript

    turns = from_transcript(transcript.to_json())
    note_times = [n.t for n in session.notes.current() if n.tag in omissions.NOTE_TAGS or n.text]
    result = compare(minutes, turns, note_times, progress)
    keep_previous(session.findings_path)
    data = result.to_json(f"minutes/{original.name}", "transcript.json")
    write_json_atomic(session.findings_path, data)
    session.log_event("compared", findings=len(result.findings), statements=len(result.statements))
    return result
