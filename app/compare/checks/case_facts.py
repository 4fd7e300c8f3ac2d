"""Facts a child protection case turns on, which the minutes give the other way: whether the family
had the reports in time (received_the_other_way), whether the children witnessed an incident
(witnessed_the_other_way). Each reads the whole meeting for what the people
concerned said of that fact, in plain words, and finds a contradiction where the minutes' claim is
answered by its opposite there.
"""

from __future__ import annotations

import re

from app.compare.attribution import family_side
from app.compare.checks.case import Case, Context
from app.compare.checks.shared import _sentences, admits
from app.compare.checks.the_other_way import _said_the_opposite
from app.compare.cue_patterns import LATE_WHEN, REPORT
from app.compare.findings import Finding
from app.compare.omissions import report_came_late
from app.minutes.statements import reported


def received_the_other_way(case: Case) -> Finding | None:
    """The minutes say someone had the report ("Ms Webb confirmed she had received the social work
    report in advance of the conference") where they said in the meeting that it came late or never
    ("I only got it last night", "I've never seen any report"). Whether the family had the reports in
    time is a thing minutes are often wrong about, and a complaint turns on it. Read in the turns of
    those the minutes say had it (credited, or named as the clause's subject; "both parents": each),
    and of a parent's supporter or interpreter. Only a sentence that says of the report itself (or
    of "it", after a question about the report) that it came late or never counts, and not one
    about another agency's report than the minutes name, another time ("last time"), another
    person's copy, or a supposing ("if I'd only got it ..."). Only a report "in advance" (before the
    meeting, in good time) is answered by one that came late; any receipt by one never had."""
    st, aligner, ctx, turns = case.st, case.aligner, case.ctx, case.turns
    claim = reported(st.text)
    clause = next((c for c in _CLAUSES.split(claim) if REPORT.search(c) and _HAD_IT.search(c)), None)
    if not ctx.speakers_known or clause is None or _NOT.search(clause) or report_came_late(claim):
        return None
    people = list(st.speakers) or _subject_people(clause, ctx)
    if not people:
        return None
    in_time = bool(_IN_TIME.search(clause)) and not _DATED.search(clause)
    named = {w.lower() for w in _AGENCY.findall(clause)}
    voices = people + (ctx.family_voices if any(family_side(p) for p in people) else [])
    for i in sorted(set().union(*(aligner.turns_of(p) for p in voices))):
        asked = turns[i - 1].text if i and turns[i - 1].text.rstrip().endswith("?") else ""
        for sentence in _sentences(turns[i].text):
            if _came_late_or_never(sentence.replace("’", "'"), bool(REPORT.search(asked)), named, in_time):
                return _said_the_opposite(case, turns[i], sentence, 0.7,
                                          "the minutes say the report reached them in time; what was said is "
                                          "that it came late or not at all")
    return None


def _came_late_or_never(sentence: str, asked_of_it: bool, named: set[str], in_time: bool) -> bool:
    """Does the sentence say that the report (named, or "it" after a question about it) came late
    or never, of the speaker's own copy, this time, as a fact?"""
    if sentence.rstrip().endswith("?") or _ELSEWHEN.search(sentence) or _OWN_COPY.search(sentence):
        return False
    others = {w.lower() for w in _AGENCY.findall(sentence)}
    if others and named and others.isdisjoint(named) or others and not named and REPORT.search(sentence) is None:
        return False  # (the school's report, where the minutes name the social worker's)
    for m in (m for p in _NEVER_HAD + (_CAME_LATE if in_time else ()) for m in p.finditer(sentence)):
        what = m.group("what").lower()
        if what == "it" and _UNDERSTANDING.search(sentence):
            continue  # ("I read it twice and I still didn't get it": understanding, not receiving)
        if REPORT.search(what) or (asked_of_it and (what in _POINTING_TO_IT or what.endswith("'s")
                                                    and what.split()[-1] not in _NOT_WHOSE)):
            return True
    return False


# A clause of the minutes, as far as a claim of having the report goes
_CLAUSES = re.compile(r"[;]|,\s+(?:but|although|though|while|whereas)\b|\s+(?:and|but|although|though|whereas)\s+")
# Having a report: "received", "had", "seen", "been sent"; in time: "in advance", "beforehand",
# "before the conference", "in good time", "ahead of", "prior to"
_HAD_IT = re.compile(r"\b(?:received|receive|receipt|had|seen|read|got|been (?:sent|given|shared)|"
                     r"(?:was|were) (?:sent|given))\b", re.I)
_IN_TIME = re.compile(r"\b(?:in advance|beforehand|in good time|ahead of|prior to|before the (?:conference|meeting|review))\b",
                      re.I)
_DATED = re.compile(r"\b(?:days?|hours?|morning|afternoon|evening|night|week)\s+(?:before|prior to|ahead of)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|no|nor)\b|n't\b", re.I)
# The agencies whose reports a conference has: one named in a sentence and not in the minutes' clause
# is another report
_AGENCY = re.compile(r"\b(social|school|health|police|medical|nursery|gp|hospital|midwife|midwife's|probation|"
                     r"paediatric|paediatrician's|camhs|college)\b", re.I)
# What the report or "it" is said of: never had ("I've never seen the report", "it never came", "nobody
# sent me it"), or had late ("the report only came this morning", "I got it last night", "I was
# handed it at the door")
_WHAT = (r"(?P<what>(?:the |your |his |her |a |any |my |our )?(?:\w+'s |social work |school |health )?(?:reports?|paperwork)|"
         r"it|them|a copy|copy|one|anything|nothing|(?:the )?(?:\w+ )?\w+'s)")
_NEVER_HAD = tuple(re.compile(p, re.I) for p in (
    rf"\b(?:i|we)(?:'ve| have)?(?: still)? (?:not|never|haven't|didn't|did not|have not|still haven't) "
    rf"(?:\w+ )?(?:seen|had|got|get|received|receive|been (?:sent|given))(?: \w+)?? {_WHAT}\b",
    rf"\bnobody (?:has )?(?:sent|gave|given|showed) (?:me |us )?{_WHAT}\b",
    rf"\b{_WHAT} (?:has |have )?(?:never|not|still hasn't|still haven't|hasn't|haven't|didn't) "
    rf"(?:\w+ )?(?:arrived|came|come|turned up|been sent)\b",
    r"\b(?P<what>nothing) (?:has )?(?:came|come|arrived|was sent)\b"))
_CAME_LATE = tuple(re.compile(p, re.I) for p in (
    rf"\b(?:i|we) (?:only |just )?(?:got|had|received|saw|got given|was given|were given|was handed|were handed|"
    rf"was sent) {_WHAT}[^.?!,]{{0,40}}\b{LATE_WHEN}\b",
    rf"\b{_WHAT} (?:only |just )?(?:came|arrived|was (?:sent|emailed|posted|handed|given)(?: to (?:me|us))?)"
    rf"[^.?!,]{{0,40}}\b{LATE_WHEN}\b",
    rf"\b(?:didn't|did not|never) (?:get|have|receive) {_WHAT} (?:in time|early enough|soon enough)\b",
    rf"\b(?:i|we) (?:was|were) (?:only )?(?:handed|given) {_WHAT} (?:at the door|as i (?:came|walked) in|"
    rf"when i (?:got|arrived) here)"))
_POINTING_TO_IT = frozenset({"it", "them", "a copy", "copy", "one", "anything", "nothing"})
# ... and whose ("Idris's came last night"), but not "it's", "that's"
_NOT_WHOSE = frozenset({"it's", "that's", "he's", "she's", "there's", "what's", "who's", "one's", "let's"})
_UNDERSTANDING = re.compile(r"\b(?:read|reading|understand|jargon|make sense|makes sense|mean|means)\b", re.I)
# Another's copy: a supporter's own ("I only got it last night myself")
_OWN_COPY = re.compile(r"\b(?:myself|ourselves)\b", re.I)
# Another time or a supposing: "last time", "at the last conference", "if I'd only got it ..."
_ELSEWHEN = re.compile(r"\b(?:last time|last conference|last review|(?:the|that) (?:first|last|previous) (?:one|conference|review)|"
                       r"if (?:i|we)|would have|i'd have)\b", re.I)


def _subject_people(clause: str, ctx: Context) -> list[str]:
    """Whom a clause names as having had something, where the minutes credit no one: "Ms Webb had
    received ...", "Both parents had ..." (each parent)."""
    if _PARENTS.match(clause):
        return ctx.cast.parents()
    m = _SUBJECT.match(clause)
    who = ctx.cast.resolve(m.group(1), people_only=True) if m else None
    return [who] if who else []


_PARENTS = re.compile(r"\s*(?:both |the )?parents\b", re.I)
_SUBJECT = re.compile(r"\s*((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+|[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]+)?|"
                      r"(?:the\s+)?(?:mother|father|mum|dad)\b)")


def witnessed_the_other_way(case: Case) -> Finding | None:
    """The minutes say the children saw or heard an incident ("Ellis and Poppy were present and
    witnessed the argument", "Mia was woken and came downstairs") where the meeting said they did
    not ("the children were inside with my colleague, they didn't see or hear any of it", "she was
    asleep upstairs, she never woke"). Whether children witnessed violence is often what a plan's
    category turns on. Read in the whole meeting: a sentence that names the same children (by
    name; "the children" too where the minutes name two or more) and says they did not see, hear
    or wake, or were asleep; and no sentence of the meeting that names them may say they saw,
    heard or were there (they may have witnessed another incident). Not an admission ("he accepted
    that the children had seen it"): whether it was made is the question there (admission_not_own)."""
    st, ctx, turns = case.st, case.ctx, case.turns
    ordinary = case.aligner.lower_case_words
    claim = reported(st.text)
    clause = next((c for c in _CLAIMS.split(claim) if _EXPOSED.search(c)), None)
    if clause is None or _NOT.search(clause) or admits(st.text):
        return None  # (an admission, "he accepted that the children had seen it", is checked as one)
    children = _children(clause[: _EXPOSED.search(clause).start()], ctx, ordinary)
    if not children:
        return None
    spared = None
    for turn in turns:
        for sentence in _sentences(turn.text):
            said = sentence.replace("’", "'")
            if sentence.rstrip().endswith("?") or not _names_them(said, children, ctx, ordinary):
                continue
            if _SPARED.search(said):
                spared = spared or (turn, sentence)
            elif _they_saw(said, children):
                return None  # said to have seen or heard it, there or of another time
    if spared is None:
        return None
    return _said_the_opposite(case, spared[0], spared[1], 0.65,
                              "the minutes say the children saw or heard it; what was said is that they did not")


def _children(subject: str, ctx: Context, ordinary: frozenset[str]) -> frozenset[str]:
    """The children a clause's subject names: names (words the meeting never wrote in lower case) of
    no one at the meeting ("Ellis and Poppy"), or "children" for "the children" or two or more names
    ("the children" is how the meeting will speak of them)."""
    if _THE_CHILDREN.search(subject):
        return frozenset({"children"})
    names = [w for w in _NAME.findall(subject) if w.lower() not in _NOT_NAMES and w.lower() not in ordinary
             and ctx.cast.resolve(w, people_only=True) is None]
    if not names:
        return frozenset()
    return frozenset(w.lower() for w in names) | ({"children"} if len(names) >= 2 else set())


def _they_saw(sentence: str, children: frozenset[str]) -> bool:
    """Does the sentence say the children saw, heard or were there: the verb of it a few words after
    their names ("the kids saw the whole thing", "Mia heard them shouting"; not "Owen's seen them")?"""
    for m in _WORD.finditer(sentence):
        w = m.group(0).lower()
        if w in children or w in ("they", "kids", "boys", "girls") and "children" in children:
            if _EXPOSED_SAID.match(sentence, m.end()):
                return True
    return False


def _names_them(sentence: str, children: frozenset[str], ctx: Context, ordinary: frozenset[str]) -> bool:
    """Does the sentence speak of these children: by a name of theirs, or, for "the children", as
    "the children" or by two names of no one at the meeting ("Milo and Ruby were at their nan's")?"""
    words = {w.lower() for w in _WORD.findall(sentence)}
    return bool(words & children) or ("children" in children and (
        bool(_THE_CHILDREN.search(sentence)) or "children" in _children(sentence, ctx, ordinary)))


# A clause, as far as who saw what goes ("Ellis and Poppy were present and witnessed it" is one)
_CLAIMS = re.compile(r"[;]|,\s+(?:but|although|though|while|whereas)\b|\s+(?:but|although|though|whereas)\s+")
# Saw or heard it: "witnessed", "were present", "saw", "heard", "was woken", "came downstairs"
_EXPOSED = re.compile(r"\b(?:witness(?:ed|es)?|(?:was|were) present|saw|heard|(?:was|were|had been|been) woken|"
                      r"woke(?: up)?|came (?:down(?:stairs)?|into the room)|(?:was|were) in the room)\b", re.I)
# ... as the meeting says it, and its opposite: "didn't see or hear any of it", "was asleep", "never woke"
_EXPOSED_SAID = re.compile(r"(?:\s+\w+){0,2}?\s+(?:saw|heard|witnessed|(?:was|were) (?:there|present|in the room)|"
                           r"woke up|came down(?:stairs)?)\b", re.I)
_SPARED = re.compile(r"\b(?:didn't|did not|never|not|wasn't|weren't|hasn't|haven't)\s+(?:\w+\s+){0,2}?"
                     r"(?:see|seen|hear|heard|witness|witnessed|wake|woke|come down|came down|there|present|"
                     r"in the room|aware)\b|\b(?:was|were)\s+(?:fast\s+|sound\s+|still\s+)?asleep\b|\bslept through\b",
                     re.I)
_THE_CHILDREN = re.compile(r"\b(?:the|both|all the|her|his|their|our|my) (?:children|kids|boys|girls)\b|\bboth of them\b",
                           re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_NOT_NAMES = frozenset({"the", "both", "and", "he", "she", "they", "it", "his", "her", "their", "mr", "mrs", "ms",
                        "miss", "dr", "mum", "dad", "mother", "father", "police", "officers", "neither", "during"})
