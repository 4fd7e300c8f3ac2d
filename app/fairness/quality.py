"""Checks of the minutes themselves (kind `quality`), what a parent's solicitor would look for:

From the minutes alone: each action of the plan has an owner and a timescale; the decision names
the category of harm (when a plan is made) and when the next review is; the parents' views appear;
the child's own views or wishes appear; a contingency plan is there when a plan is made.
With the recording: each professional who gave a view on the threshold has it recorded, and a
dissent that was said is recorded (when the comparison already found the same words omitted or
contradicted, the quality finding names that finding's id instead of being a second complaint).

Each check is a small function; the words are ordinary English about plans and conferences.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from app.compare.align import text_words
from app.compare.attribution import family_side, same_person
from app.compare.findings import Evidence, Finding
from app.compare.polarity import claims_all_agreed, corrects, dissents
from app.fairness.cues import OPENS_WITH_NO, Cue, threshold, threshold_view
from app.minutes.statements import OWNER_COLUMN, Minutes, Statement

WHEN_CELL = re.compile(r"^(timescales?|by when|when|date|deadline|target(?: date)?|due|frequency)\b", re.I)
PLAN_SECTION = re.compile(r"\b(plan|next steps|actions?|what needs to happen|safety goals?)\b", re.I)
NOT_A_PLAN_SECTION = re.compile(r"\b(contingency|safety plan history|views?|recommendations?)\b", re.I)
# When: a date, a day, a frequency, a deadline, a trigger ("by the core group", "on the same day").
TIMESCALE = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|today|tomorrow|tonight|immediately|"
    r"daily|weekly|fortnightly|monthly|annually|each (?:day|week|month|visit)|every \w+(?: \w+)?|(?:once|twice|"
    r"three times|\w+ times) (?:a|per|each) \w+|within \w+(?: \w+)?|by (?:the )?(?:end|next|first|\d|core|review|"
    r"date|\w+day)|before (?:the|her|his|their|each|\d|christmas|easter|half[- ]term|new year)|(?:over|during|by) (?:the )?(?:summer|christmas|easter|half[- ]term|holidays)|until|from (?:the |week|\d|now|next)|starting|start(?:s|ing)? "
    r"(?:on|from|in|next)|next (?:week|month)|in (?:\w+ )?(?:days|weeks|months)|same day|ongoing|at (?:each|every|all|"
    r"the next|the first) (?:core group|visit|review|meeting)|core group|review conference|\d{1,2}[./]\d{1,2}|"
    r"\d+ (?:working )?(?:days|weeks|months)|this (?:week|month|morning|afternoon)|once)\b", re.I)
# Things done once, that need a "by when": follow up a referral, refer, complete, attend a course.
ONE_OFF = re.compile(r"\b(follow(?:s|ing)? up|refer(?:s|red)?|complete[sd]?|confirm(?:s|ed)?|ask(?:s|ed)?|arrange[sd]?|"
                     r"place[sd]?|attend(?:s|ed)?|book(?:s|ed)?|chase[sd]?|apply|applies|consider(?:s|ed)?|"
                     r"(?:be )?offered|take place|keep \w+(?: \w+){0,2} (?:updated|informed)|identify|convene|"
                     r"undertake|obtain|request)\b", re.I)
# A sentence that reports rather than plans: "The goal was added at her request", "He agreed to attend, while ..."
NARRATIVE = re.compile(r"^[^,]{0,60}\b(was|were|had|has been|agreed(?! to)|said|stated|asked|requested|explained)\b"
                       r"(?! to be)",
                       re.I)
ONGOING = re.compile(r"\b(continue[sd]?|monitor(?:s|ed)?|remain|maintain|keep (?:to|going))\b", re.I)
IMPERATIVE = re.compile(r"^\s*(?:continue|identify|refer|complete|arrange|update|begin|start|check|attend|ensure|"
                        r"provide|undertake|share|support|review|convene|confirm|follow up|offer|make|seek|apply)\b",
                        re.I)
CATEGORY = re.compile(r"\b(neglect|emotional (?:abuse|harm)|physical (?:abuse|harm)|sexual (?:abuse|harm)|"
                      r"category)\b", re.I)
PLAN_MADE = re.compile(r"\b(child protection plans?|subject to (?:a |the )?plans?|remain on (?:a |the )?plans?|"
                       r"stay on (?:a |the )?plans?)\b", re.I)
NO_PLAN_MADE = re.compile(r"\b(plans? (?:will |should )?(?:end|close|cease)|no longer (?:be )?subject|step(?:ped)? "
                          r"down|child in need plan|not (?:be )?(?:made )?subject)\b", re.I)
DECISION_SECTION = re.compile(r"\b(decision|outcome)\b", re.I)
CONTINGENCY = re.compile(r"\b(contingency|if (?:the|this) (?:plan|safety plan|agreement) (?:is not|isn't|breaks|fails)|"
                         r"if (?:progress|concerns?|things?) (?:is not|are not|isn't|aren't|do not|does not|"
                         r"increase|escalate|worsen|get worse)|legal (?:planning|advice|gateway)|public law outline|"
                         r"pre-proceedings|care proceedings)\b", re.I)
REVIEW = re.compile(r"\b(review (?:conference|meeting|child protection conference)|next review|reviewed? (?:in|on|"
                    r"within)|review will be|conference will be reviewed)\b", re.I)
CHILD_VIEWS_HEADING = re.compile(r"\b((?:child|children|young person)(?:'s|s'|’s)? (?:views|wishes|voice)|wishes and "
                                 r"feelings|voice of the child|[a-z]+(?:'s|’s) (?:views|wishes|voice))\b", re.I)
CHILD_VIEWS_TEXT = re.compile(r"\b(wishes and feelings|(?:his|her|their) (?:wishes|views|feelings)|said (?:that )?"
                              r"(?:he|she|they) (?:wants?|would like|likes?|feels?|is happy|is scared|misses)|"
                              r"told (?:her|his|their|the) \w+(?: \w+)? (?:that )?(?:he|she|they) (?:wants?|would like|"
                              r"feels?|likes?))\b", re.I)
MINUTES_VIEW = re.compile(r"\b(threshold|child protection plan|child in need|remain\w*|step(?:ped)? down|"
                          r"recommend\w*|significant harm|plans?)\b", re.I)
THRESHOLD_WORDS = re.compile(r"\b(threshold|met|child protection plan|child in need|plan|remain|step down|"
                             r"recommend\w*|agreed with|category|significant harm)\b", re.I)

CHECK_NAMES = {
    "action_without_owner": "An action in the plan has nobody responsible",
    "action_without_timescale": "An action in the plan has no timescale",
    "decision_without_category": "The category of harm is missing from the decision",
    "no_next_review_date": "No date for the next review",
    "parents_views_missing": "The parents' views are missing",
    "child_views_missing": "The child's views are missing",
    "professional_view_missing": "A professional's threshold view is missing",
    "dissent_not_recorded": "A dissent said in the meeting is not recorded",
    "no_contingency_plan": "There is no contingency plan",
}
CHECKS = tuple(CHECK_NAMES)


def _finding(check: str, st: Statement | None, explanation: str, confidence: float, section: str = "",
             evidence: list[Evidence] | None = None, related: str | None = None) -> Finding:
    anchor = st.text if st else section
    fid = "q" + hashlib.sha1(f"{check}|{anchor}|{related or ''}".encode()).hexdigest()[:8]
    return Finding(fid, "quality", st.text if st else None, evidence or [], confidence, explanation,
                   st.index if st else None, st.section if st else section, st.speaker if st else None,
                   check=check, related=related)


def plan_statements(minutes: Minutes) -> list[Statement]:
    """The statements under the plan's heading, and the rows of a plan table."""
    return [s for s in minutes.statements
            if s.credited_by == "action" and re.search(r"\btable\b", s.where)
            or (PLAN_SECTION.search(s.section) and not NOT_A_PLAN_SECTION.search(s.section))]


def _clauses(sentence: str) -> list[str]:
    """'X will continue the sessions, follow up the referral and monitor Y' -> three clauses."""
    verb = rf"(?:{ONE_OFF.pattern}|{ONGOING.pattern})"
    return [c for c in re.split(rf",? and (?=(?:will |to )?[a-z]+\b)|;|, (?=(?:and )?(?:will|to) )|, (?={verb})",
                                sentence, flags=re.I) if c and c.strip()]


def _paragraph(st: Statement) -> str:
    return re.sub(r",? sentence \d+$", "", st.where)


def minutes_view(text: str) -> str | None:
    """The threshold view a statement of the minutes gives ("Police: remain" -> plan), or None."""
    text = re.sub(r"^[^:]{1,40}:\s*", "", text)
    if not MINUTES_VIEW.search(text):
        return None
    return threshold_view(text)


def actions(minutes: Minutes) -> list[Finding]:
    """Each action of the plan: someone responsible, and a timescale (a date, a frequency, a
    deadline). A sentence with several actions needs one for each thing done once ("follow up the
    referral"); ongoing work ("continue to visit") counts as timed when its frequency is given."""
    out = []
    flagged: dict[str, set[str]] = {}  # list item or paragraph -> the one-off verbs already reported
    for st in plan_statements(minutes):
        text = st.text
        in_table = bool(re.search(r"\btable\b", st.where))
        row = getattr(st, "plan_row", None)
        if in_table and row:  # the table's own cells say whether someone and a date are given
            owner = next((v for k, v in row.items() if OWNER_COLUMN.match(k.strip())), None)
            when = next((v for k, v in row.items() if WHEN_CELL.match(k.strip())), None)
            if owner is not None and not owner.strip():
                out.append(_finding("action_without_owner", st, f"The plan's row “{text}” leaves the "
                                    "responsible person blank.", 0.85))
            if when is not None and not when.strip():
                out.append(_finding("action_without_timescale", st, f"The plan's row “{text}” leaves the "
                                    "timescale blank.", 0.85))
            continue
        if in_table and st.speaker is None and not re.search(r"\b(will|to)\b", text.split(",")[0]):
            # (minutes read before the rows kept their cells: the owner cell is either blank or names
            # nobody among the attendees, so the finding asks the parent to look)
            out.append(_finding("action_without_owner", st, f"The plan's row “{text}” names nobody among the "
                                "attendees as responsible for it: check who is.", 0.5))
        elif IMPERATIVE.match(text) and not in_table:
            out.append(_finding("action_without_owner", st, f"The plan says “{text}” but does not say who "
                                "will do it.", 0.6))
        if REVIEW.search(text) and TIMESCALE.search(text) or re.search(r"\b(core group|meeting)s? will (?:be held|meet)\b",
                                                                      text, re.I):
            continue  # the dates of meetings, not actions
        if in_table:
            continue  # the table's own timescale column is not among the statements
        if not in_table and not IMPERATIVE.match(text) and not re.search(r"\b(will|shall|to|should|must)\b", text) \
                or NARRATIVE.search(text):
            continue  # not an action: what was said or done ("Liam agreed to it")
        parts = _clauses(text)
        untimed = [c for c in parts if ONE_OFF.search(c) and not TIMESCALE.search(c)
                   and not re.search(r"\b(neither|nor|not|never|no one|nobody)\b", c, re.I)]
        verbs = {m.group(0).lower() for m in ONE_OFF.finditer(text)}
        bare = all(re.search(rf"\b{re.escape(v)}\s*(?:[,.;]|$)", text, re.I) for v in verbs)
        if verbs and bare and verbs <= flagged.get(_paragraph(st), set()):
            continue  # the same action said again in the next sentence ("He agreed to attend, ...")
        if not TIMESCALE.search(text):
            if untimed and not (ONGOING.search(text) and len(untimed) < len(parts)):
                out.append(_finding("action_without_timescale", st, f"The plan says “{text}” with no date or "
                                    "“by when”.", 0.75))
            flagged.setdefault(_paragraph(st), set()).update(m.group(0).lower() for m in ONE_OFF.finditer(text))
        elif untimed and len(parts) > 1:
            out.append(_finding("action_without_timescale", st, f"The plan says “{text}”: the part “{untimed[0].strip()}” "
                                "has no date or “by when”.", 0.6))
            flagged.setdefault(_paragraph(st), set()).update(m.group(0).lower() for m in ONE_OFF.finditer(text))
    return out


def _decision_statements(minutes: Minutes) -> list[Statement]:
    in_section = [s for s in minutes.statements if DECISION_SECTION.search(s.section)]
    said = [s for s in minutes.statements if re.search(r"\b(decision|decided)\b", s.text, re.I)]
    return in_section or said


def plan_made(minutes: Minutes) -> bool | None:
    """Did the conference make (or keep) a child protection plan? None: the minutes do not say."""
    for s in _decision_statements(minutes):
        view = threshold_view(s.text)
        if NO_PLAN_MADE.search(s.text) or view == "no_plan":
            return False
        if PLAN_MADE.search(s.text) or view == "plan":
            return True
    return None


def decision(minutes: Minutes) -> list[Finding]:
    """The decision names the category of harm when a plan is made; the next review is dated; a
    contingency plan says what happens if the plan does not work."""
    out = []
    made = plan_made(minutes)
    texts = [s.text for s in minutes.statements]
    sections = " ".join(minutes.sections)
    dec = _decision_statements(minutes)
    section = dec[0].section if dec else ""
    if made and not any(CATEGORY.search(s.text) for s in dec):
        out.append(_finding("decision_without_category", dec[0] if dec else None, "The minutes record a child "
                            "protection plan but not the category of harm it is made under.", 0.7, section))
    if made and not any(REVIEW.search(t) and TIMESCALE.search(t) for t in texts) and \
            not any(REVIEW.search(v) for v in minutes.info.values()):
        out.append(_finding("no_next_review_date", None, "The minutes do not say when the next review "
                            "conference will be.", 0.6, section))
    if made and not any(CONTINGENCY.search(t) for t in texts) and not CONTINGENCY.search(sections):
        plan_section = next((s.section for s in plan_statements(minutes)), section)
        out.append(_finding("no_contingency_plan", None, "A child protection plan is made, but the minutes set out "
                            "no contingency plan: what happens if the family cannot keep to it.", 0.7, plan_section))
    return out


def views(minutes: Minutes) -> list[Finding]:
    """The parents' views and the child's own views or wishes appear somewhere in the minutes."""
    out = []
    family = [a for a in minutes.attendees if family_side(a.role)]
    parents_heard = any(family_side(s.speaker) for s in minutes.statements) or any(
        re.search(r"\b(parents?|mother|father|family)(?:'s|s'|’s)? views\b", h, re.I) for h in minutes.sections)
    if family and not parents_heard:
        out.append(_finding("parents_views_missing", None, "The parents attended, but the minutes record nothing "
                            "of their views.", 0.7))
    kids = children(minutes)
    if kids:  # each child old enough to give a view: their wishes or feelings somewhere in the minutes
        texts = [s.text for s in minutes.statements if not getattr(s, "header", None)] + minutes.sections
        # (the name looked for with `in` first: the pattern made for it finds only it, in most texts nowhere)
        unheard = [name for name, age in kids if age >= VIEWS_FROM_AGE and not any(
            name in t and re.search(rf"\b{re.escape(name)}\b", t) and FEELING.search(t) for t in texts)]
        if unheard:
            out.append(_finding("child_views_missing", None, f"The minutes record nothing of {_and(unheard)}'s own "
                                "views, wishes or feelings, nor why they could not be given.", 0.6))
        return out
    child_heard = any(CHILD_VIEWS_HEADING.search(h) and not re.search(r"\b(parents?|mother|father|family|"
                                                                      r"professional)", h, re.I)
                      for h in minutes.sections) or any(CHILD_VIEWS_TEXT.search(s.text) for s in minutes.statements)
    pre_birth = re.search(r"\b(pre-?birth|unborn)\b", " ".join([*minutes.sections, *minutes.info.values()]), re.I)
    if not child_heard and not pre_birth:
        out.append(_finding("child_views_missing", None, "The minutes record nothing of the child's own views, "
                            "wishes or feelings, nor why they could not be given.", 0.5))
    return out


VIEWS_FROM_AGE = 5  # younger children's wishes are usually seen, not asked; the check leaves them out
CHILD_LINE = re.compile(r"^(?:child|children|young person|subject)(?:'s names?)?\s*:", re.I)
CHILD_AGE = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z][\w'-]+)? \((?:age |aged )?(\d{1,2})( (?:months?|weeks?|days?))?"
                       r"(?: years?(?: old)?)?\)")
FEELING = re.compile(r"\b(wish\w*|wants?|wanted|would like|feels?|felt|feelings|views?|likes?|liked|enjoys?|misses|"
                     r"missed (?:his|her)|happy|unhappy|sad|worried|scared|frightened|afraid|upset|angry|voice)\b", re.I)


def children(minutes: Minutes) -> list[tuple[str, int]]:
    """The children the minutes name with their ages ("Children: Kai Doe (10), Mia Doe (3)"):
    (first name, age in whole years; 0 for months or weeks)."""
    lines = [f"{k}: {v}" for k, v in minutes.info.items() if CHILD_LINE.match(f"{k}:")]
    lines += [s.text for s in minutes.statements if getattr(s, "header", None) == "child" or CHILD_LINE.match(s.text)]
    out: list[tuple[str, int]] = []
    for line in lines:
        for m in CHILD_AGE.finditer(line):
            age = 0 if m.group(3) else int(m.group(2))
            if m.group(1) not in [n for n, _ in out]:
                out.append((m.group(1), age))
    return out


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _credits(st: Statement, who: str) -> bool:
    return any(same_person(s, who) for s in (st.speakers or [st.speaker]) if s)


def _overlaps(evidence: list[Evidence], cue: Cue) -> bool:
    spans = [(e.start, e.end) for e in cue.evidence]
    return any(e.start < b and e.end > a for e in evidence for a, b in spans)


def recorded_views(minutes: Minutes, cues: list[Cue], findings: list[Finding], turns) -> list[Finding]:
    """Each professional's view on the threshold is in the minutes, as they gave it; a dissent
    said in the meeting (a professional's or the family's) is recorded."""
    out: list[Finding] = []
    th = threshold(turns)
    all_agreed = [s for s in minutes.statements if claims_all_agreed(s.text) and THRESHOLD_WORDS.search(s.text)]
    decision_view = th.decision
    for who, (view, i) in th.views.items():
        turn = turns[i]
        ev = [Evidence.from_json(turn.evidence())]
        theirs = [s for s in minutes.statements if _credits(s, who) and minutes_view(s.text) is not None]
        dissent = decision_view is not None and view != decision_view
        omitted = next((f for f in findings if f.kind == "omitted" and any(
            e.start < turn.end and e.end > turn.start for e in f.evidence)), None)
        if theirs:
            wrong = [s for s in theirs if minutes_view(s.text) != view]
            if dissent and wrong and len(wrong) == len(theirs):
                related = _finding_on(findings, wrong[0])
                out.append(_finding("dissent_not_recorded", wrong[0], f"The minutes record {who} as recommending "
                                    f"“{wrong[0].text}”, but in the meeting they gave the other view.", 0.8,
                                    evidence=ev, related=related))
            continue
        if dissent and all_agreed:
            st = all_agreed[0]
            out.append(_finding("dissent_not_recorded", st, f"The minutes say everyone agreed, but {who} said the "
                                "threshold was not met for a plan." if view == "no_plan" else
                                f"The minutes say everyone agreed, but {who} disagreed.", 0.8, evidence=ev,
                                related=_finding_on(findings, st)))
            continue
        if any(s.text == (all_agreed[0].text if all_agreed else None) for s in minutes.statements):
            continue
        sec = next((s.section for s in minutes.statements if THRESHOLD_WORDS.search(s.section)), "")
        out.append(_finding("professional_view_missing", None, f"{who} gave a threshold view in the meeting, "
                            "but the minutes record none from them.", 0.7, sec, evidence=ev))
        if dissent:
            out.append(_finding("dissent_not_recorded", None, f"{who}'s view that differed from the decision is "
                                "left out of the minutes.", 0.75, sec, evidence=ev,
                                related=omitted.id if omitted else None))
    # The family's dissent: where the comparison found those words omitted or contradicted.
    seen = {f.related for f in out if f.related}
    for cue in cues:
        if cue.type != "parent_dissent" or not cue.evidence:
            continue
        for f in findings:
            if f.kind in ("quality", "misattributed") or f.id in seen:
                continue
            # the family's own words, a plain disagreement or correction, are the finding's evidence
            family_turns = [e for e in f.evidence if family_side(e.speaker) and _objects(e.text)]
            if not _overlaps(family_turns, cue):
                continue
            agreement = f.kind == "contradicted" and re.search(r"\b(accept|agree)", f.minutes_text or "", re.I)
            if f.minutes_text and not agreement and not _shares_words(f.minutes_text,
                                                                       " ".join(e.text for e in f.evidence)):
                continue  # the comparison paired those words with another sentence of the minutes
            seen.add(f.id)
            st = minutes.statements[f.statement] if f.statement is not None and f.statement < len(
                minutes.statements) else None
            what = (f"the minutes say “{f.minutes_text}”" if f.minutes_text else "the minutes leave it out")
            out.append(_finding("dissent_not_recorded", st, f"{cue.speaker or 'The family'} disagreed or corrected "
                                f"this in the meeting, and {what} (see the finding on the same words).", 0.7,
                                f.section, evidence=list(cue.evidence), related=f.id))
    return out


OBJECTS = re.compile(r"^\W*(?:i'm|i am|we're|we are) not\b|\b(?:i|we)(?:'ve| have)? (?:never|didn't|did not)\b|"
                     r"\b(?:that's|that is|it's|it is) (?:not (?:true|right|correct|what)|wrong)\b|\bnot fair\b|"
                     r"\b(?:wasn't|was not|isn't|is not|not) (?:my|our) fault\b", re.I)


@lru_cache(maxsize=20000)  # (asked of the same evidence for each of the family's dissents)
def _objects(text: str) -> bool:
    """Does the family's turn plainly disagree, deny or correct ("No, that's not what I said",
    "I don't agree", "I'm not stopping altogether")?"""
    text = text.replace("’", "'")
    return dissents(text) or corrects(text) or bool(OPENS_WITH_NO.search(text)) or bool(OBJECTS.search(text))


def _shares_words(a: str, b: str) -> bool:
    if re.match(r"^[^:]{1,40}:\s*[\d/.]+\s*$", a):
        return False  # a score against a name ("Nursery Manager: 4"), not a sentence anyone disputed
    mine = set(text_words(a).content)
    return len(mine & set(text_words(b).content)) >= min(2, len(mine))


def _finding_on(findings: list[Finding], st: Statement) -> str | None:
    return next((f.id for f in findings if f.kind != "quality" and f.minutes_text == st.text), None)


def agreed_while_dissent(minutes: Minutes, findings: list[Finding]) -> list[Finding]:
    """Without speaker names: "all agreed" that the comparison found contradicted by someone's
    dissent is a dissent not recorded (linked to that finding)."""
    out = []
    for f in findings:
        if f.kind == "contradicted" and f.minutes_text and claims_all_agreed(f.minutes_text) \
                and THRESHOLD_WORDS.search(f.minutes_text):
            st = minutes.statements[f.statement] if f.statement is not None and f.statement < len(
                minutes.statements) else None
            out.append(_finding("dissent_not_recorded", st, "The minutes say everyone agreed, but someone in "
                                "the meeting disagreed (see the finding on the same words).", 0.7, f.section,
                                evidence=list(f.evidence), related=f.id))
    return out


def check_minutes(minutes: Minutes, turns=None, findings: list[Finding] | None = None,
                  cues: list[Cue] | None = None, speakers_known: bool = True) -> list[Finding]:
    """Every quality finding, the minutes alone first, then against the recording."""
    out = actions(minutes) + decision(minutes) + views(minutes)
    if turns and speakers_known:
        out += recorded_views(minutes, cues or [], findings or [], turns)
    elif turns:
        out += agreed_while_dissent(minutes, findings or [])
    unique: dict[str, Finding] = {}
    for f in out:
        unique.setdefault(f.id, f)
    return list(unique.values())
