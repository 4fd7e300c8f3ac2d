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
from app.compare.checks.shared import NEGATED, _sentences, admits
from app.compare.checks.the_other_way import _said_the_opposite
from app.compare.cue_patterns import LATE_WHEN, REPORT, Gated
from app.compare.findings import Finding
from app.compare.omissions import report_came_late
from app.compare.text import MONTHS, WEEKDAYS
from app.minutes.statements import reported


def received_the_other_way(case: Case) -> Finding | None:
    """The minutes say someone had the report ("Mr Tate said he had been sent all the reports in good
    time") where they said in the meeting that it came late or never ("it only came through my door
    yesterday", "nobody has sent me any report"). Whether the family had the reports in
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


# Having a report: "received", "had", "seen", "been sent"; in time: "in advance", "beforehand",
# "before the conference", "in good time", "ahead of", "prior to"
_HAD_IT = re.compile(r"\b(?:received|receive|receipt|seen|read|got|been (?:sent|given|shared)|(?:was|were) (?:sent|given)|"
                     r"had (?:the|a|an|his|her|their|all|both|copies|sight|it|them))\b", re.I)  # (not "had reached")
_IN_TIME = re.compile(r"\b(?:in advance|beforehand|in good time|ahead of|prior to|before the (?:conference|meeting|review))\b",
                      re.I)
_DATED = re.compile(r"\b(?:days?|hours?|morning|afternoon|evening|night|week)\s+(?:before|prior to|ahead of)\b", re.I)
# A clause that denies (shared.NEGATED, and "nor"): "hadn’t received", "none of the reports had been sent"
_NOT = re.compile(rf"{NEGATED.pattern}|\bnor\b", re.I)
# The agencies whose reports a conference has: one named in a sentence and not in the minutes' clause
# is another report
_AGENCY = re.compile(r"\b(social|school|health|police|medical|nursery|gp|hospital|midwife|midwife's|probation|"
                     r"paediatric|paediatrician's|camhs|college)\b", re.I)
# What the report or "it" is said of: never had ("I've never seen the report", "it never came", "nobody
# sent me it"), or had late ("the report only came this morning", "we got it yesterday teatime", "I was
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
    """The minutes say the children saw or heard an incident ("Jacob and Isla were in the room and saw
    the fight", "Isla was woken by the shouting") where the meeting said they did not ("the twins
    were round at their aunt's, neither of them saw anything", "Isla slept right through it").
    Whether children witnessed violence is often what a plan's
    category turns on. Read in the whole meeting, clause by clause: one that names the same
    children (by name; for "the children", as the children, the kids, both or neither of them) and
    says they did not see or hear it (not "didn't see their dad"), did not wake, or were asleep at
    the time (not "when I visited"); and no clause naming them may say they saw, heard, watched or
    were there (they may have witnessed another incident). Only where the minutes say they
    witnessed it, were present, or saw or heard the incident itself (not "heard about it", "saw the
    bruise"), of no one incident named by its time ("the April incident": a meeting may speak of
    several). Not an admission ("he accepted that the children had seen it"): whether it was made is
    the question there (admission_not_own)."""
    st, ctx, turns = case.st, case.ctx, case.turns
    ordinary = case.aligner.lower_case_words
    claim = reported(st.text)
    clause, seen = next(((c, m) for c in _CLAIMS.split(claim) if (m := _EXPOSED.search(c))), (None, None))
    if clause is None or _NOT.search(clause) or admits(st.text) or _WHEN_NAMED.search(clause):
        return None  # (an admission, "he accepted that the children had seen it", is checked as one)
    children = _children(clause[: seen.start()], ctx, ordinary)
    if not children:
        return None
    spared = None
    # (the words a sentence about them must hold, looked for before it is read clause by clause)
    keys = (children - {"children"}) | (_GROUP_WORDS if "children" in children else frozenset())
    for turn in turns:
        for sentence in _sentences(turn.text):
            low = sentence.lower()
            if not any(k in low for k in keys) or sentence.rstrip().endswith("?"):
                continue
            for part in _PARTS.split(sentence.replace("’", "'")):
                if not _names_them(part, children):
                    continue
                if _SPARED.search(part):  # ("Milo saw nothing", "neither Milo nor Ruby saw it")
                    if not _ANOTHER_TIME.search(part):
                        spared = spared or (turn, sentence)
                elif _they_saw(part, children):
                    return None  # said to have seen or heard it, there or of another time
    if spared is None:
        return None
    return _said_the_opposite(case, spared[0], spared[1], 0.65,
                              "the minutes say the children saw or heard it; what was said is that they did not")


def _children(subject: str, ctx: Context, ordinary: frozenset[str]) -> frozenset[str]:
    """The children a clause's subject names: names (words the meeting never wrote in lower case) of
    no one at the meeting ("Jacob and Isla"), and "children" for "the children" or two or more
    names ("the children" is how the meeting will speak of them)."""
    if _THE_CHILDREN.search(subject):
        return frozenset({"children"})
    names = [w for w in _NAME.findall(subject) if w.lower() not in _NOT_NAMES and w.lower() not in ordinary
             and ctx.cast.resolve(w, people_only=True) is None]
    if not names:
        return frozenset()
    return frozenset(w.lower() for w in names) | ({"children"} if len(names) >= 2 else set())


def _they_saw(part: str, children: frozenset[str]) -> bool:
    """Does the clause say the children saw, heard, watched or were there: the verb a few words after
    their names ("the kids saw the whole thing", "Mia heard them shouting"; not "Owen's seen them")?"""
    for m in _WORD.finditer(part):
        w = m.group(0).lower()
        if (w in children or w in ("they", "kids", "he", "she") and "children" in children) \
                and _EXPOSED_SAID.match(part, m.end()):
            return True
    return False


def _names_them(part: str, children: frozenset[str]) -> bool:
    """Does the clause speak of these children: by a name of theirs, or, for "the children", as the
    children, the kids, both or neither of them?"""
    words = {m.group(0).lower() for m in _WORD.finditer(part) if part[m.end(): m.end() + 1] not in ("'", "’")}
    return bool(words & children) or ("children" in children and bool(_THE_CHILDREN.search(part)))


# A clause of the minutes, as far as who saw what goes ("Jacob and Isla were in the room and saw it"
# is one); and as far as a claim of having the report goes, "and" ends one too ("raised no objection
# and confirmed she had received the report")
_CLAIMS = re.compile(r"[;]|,\s+(?:but|although|though|while|whereas)\b|\s+(?:but|although|though|whereas)\s+")
_CLAUSES = re.compile(_CLAIMS.pattern + r"|\s+and\s+")
# ... and of the meeting's sentences: "Milo watched it, but Ruby was asleep" says two things
_PARTS = re.compile(r"[;:]|,?\s+(?:but|although|though|whereas|while)\s+|,\s+and\s+")
# Saw or heard the incident itself: "witnessed", "were present", "saw the argument", "heard it",
# "was woken", "came downstairs" (not "heard about it", "saw the bruise")
_INCIDENT = (r"(?:it|this|that|everything|all of it|what happened|the whole thing|"
             r"(?:the|this|that|an?) (?:\w+ )?(?:argument|row|incident|fight|assault|shouting|exchange|violence|"
             r"attack|altercation|disturbance|arguing|rows|arguments|incidents))")
_EXPOSED = re.compile(rf"\b(?:witness(?:ed|es)?|(?:was|were) present|(?:saw|heard) {_INCIDENT}|"
                      rf"(?:was|were|had been|been) woken|woke(?: up)?|came (?:down(?:stairs)?|into the room)|"
                      rf"(?:was|were) in the room)\b", re.I)
# (read only where one of these is: each wording holds one, and most clauses hold none)
_EXPOSED = Gated(_EXPOSED, ("witness", "present", "saw ", "heard ", "woke", "came ", "in the room"))
_MONTH, _DAY = "|".join(MONTHS), "|".join(WEEKDAYS)
_WHEN_NAMED = re.compile(rf"\b(?:on|in|during) (?:the )?(?:\d|{_MONTH}|{_DAY})|\b(?:{_MONTH}) (?:incident|argument|assault)\b",
                         re.I)
# ... as the meeting says it: "saw the whole thing", "watched it all", "were there", "was in her arms"
_EXPOSED_SAID = re.compile(r"(?:\s+\w+){0,5}?\s+(?:saw|heard|witnessed|watched|watching|woke up|came down(?:stairs)?|"
                           r"(?:was|were) (?:there|present|in (?:her|his|my|\w+'s) arms|stood|standing|"
                           r"(?:in|at) the (?:\w+ )?(?:room|lounge|kitchen|house|flat|landing|hall|stairs)))\b", re.I)
# ... and its opposite: "didn't see a thing", "neither of them saw anything", "never woke",
# "was asleep upstairs", "slept through it", "weren't there"
_SEEN = rf"(?:anything|a thing|any (?:of )?(?:that|this|it)|{_INCIDENT})"  # (what is not seen: the incident)
_SPARED = re.compile(rf"\b(?:didn't|did not|never|not|couldn't|could not)\s+(?:\w+\s+)?(?:see|hear|witness|notice)"
                     rf"(?:\s+or\s+(?:see|hear))?\s+{_SEEN}\b|"
                     rf"\b(?:saw|heard|knew) nothing\b|\bneither (?:of them|\w+ nor \w+) (?:saw|heard)\b|"
                     rf"\b(?:didn't|did not|never)\s+(?:wake|woke|stir|come down|came down)\b|"
                     rf"\b(?:was|were)\s+(?:fast\s+|sound\s+|still\s+)?asleep\b|\bslept through\b|"
                     rf"\b(?:wasn't|weren't|was not|were not)\s+(?:there|present|in the room)\b(?!\s+today)|"
                     # (elsewhere at the time: "were at school at the time", "out with their nan that night")
                     rf"\b(?:was|were)\s+(?:at|round at|over at|out with|away at|staying at|with)\s+[^.,;]{{1,30}}?\s+"
                     rf"(?:at the time|that night|that evening|that day|that weekend|when it happened)\b", re.I)
# Another time than the incident: "asleep when I visited", "not present today"; a day or month of
# its own ("on the 3rd Ruby was asleep at her nan's": the meeting may speak of several incidents)
_ANOTHER_TIME = re.compile(r"\b(?:when (?:i|we|she|he|they) (?:visited|called|came|arrived|saw)|today|this morning|"
                           r"at (?:my|the|her|his) (?:visit|appointment)|all week|"
                           rf"on the \d+(?:st|nd|rd|th)?|on (?:the )?(?:{_DAY})|in (?:{_MONTH}))\b", re.I)
_THE_CHILDREN = re.compile(r"\b(?:the|both|all the|her|his|their|our|my) (?:children|kids|boys|girls)\b|"
                           r"\b(?:both|neither) of them\b", re.I)
_GROUP_WORDS = frozenset({"children", "kids", "boys", "girls", "both", "neither"})
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_NOT_NAMES = frozenset({"the", "both", "and", "he", "she", "they", "it", "his", "her", "their", "mr", "mrs", "ms",
                        "miss", "dr", "mum", "dad", "mother", "father", "police", "officers", "neither", "during"})
