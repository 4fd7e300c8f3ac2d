"""Moments in the meeting that bear on how fairly it was run, found in the transcript and the
friend's notes: a report that reached the family late or never, an advocate asked for and not
provided, a parent cut off or told to wait, a request to have something minuted, a parent's
dissent or correction, a professional's view on the threshold that differs from the decision.

Each rule is ordinary English about meetings (how people say "we only got it last night" or "I
want that written down"), never a phrase taken from a test conference. Each cue carries the turns
it rests on, so the parent can hear it and accept or reject it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.compare import polarity
from app.compare.attribution import family_side, names_in, role_of
from app.compare.cue_patterns import (
    LATE,
    MINUTE_REQUEST,
    NOT_INFORMED,
    NOT_RECEIVED,
    OFFER_OF_SUPPORT,
    PROCESS_COMPLAINT,
    Gated,
)
from app.compare.findings import Evidence
from app.compare.turns import Turn
from app.minutes.statements import split_sentences

CUE_TYPES = ("report_late", "report_not_received", "not_informed", "advocate_requested_not_provided",
             "not_allowed_to_speak", "request_to_minute", "parent_dissent", "professional_dissent",
             "complaint_about_process", "offer_of_support")
CUE_NAMES = {
    "report_late": "A report reached the family late",
    "report_not_received": "The family had not had a report",
    "advocate_requested_not_provided": "An advocate or supporter was asked for and not provided",
    "not_allowed_to_speak": "A parent was cut off or told to wait",
    "request_to_minute": "Someone asked for something to be minuted",
    "parent_dissent": "The family disagreed or corrected something",
    "professional_dissent": "A professional's view differed from the decision",
    "not_informed": "The family was not told",
    "complaint_about_process": "The family complained about how things were done",
    "offer_of_support": "The family offered help",
}


@dataclass
class Cue:
    type: str
    evidence: list[Evidence]
    summary: str  # one plain line: what happened
    minuted: bool | None = None  # do the minutes carry it? None: not compared (no minutes yet)
    speaker: str | None = None  # whose cue it is (the parent, the professional)
    detail: dict = field(default_factory=dict)  # e.g. a professional's view: {"view": "no_plan"}

    @property
    def start(self) -> float:
        return self.evidence[0].start if self.evidence else 0.0

    def to_json(self) -> dict:
        return {"type": self.type, "summary": self.summary, "speaker": self.speaker, "minuted": self.minuted,
                "evidence": [e.to_json() for e in self.evidence], **({"detail": self.detail} if self.detail else {})}

    @classmethod
    def from_json(cls, d: dict) -> Cue:
        return cls(str(d.get("type", "")), [Evidence.from_json(e) for e in d.get("evidence") or []],
                   str(d.get("summary") or ""), d.get("minuted"), d.get("speaker"), dict(d.get("detail") or {}))


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


# ----- who is who

CHAIR = re.compile(r"\b(chair|chairperson|independent reviewing officer|iro|conference chair)\b", re.I)
NOT_A_VOICE_ON_THRESHOLD = re.compile(r"\b(minute[- ]?taker|note[- ]?taker|administrator|interpreter|student|"
                                      r"observer|young person|child)\b", re.I)


def is_chair(speaker: str | None) -> bool:
    return bool(speaker and CHAIR.search(role_of(speaker) or speaker))


def is_family(speaker: str | None) -> bool:
    return family_side(speaker)


def is_professional(speaker: str | None) -> bool:
    """A professional with a voice on the threshold: not the chair, the family, the minute-taker."""
    return bool(speaker) and not is_chair(speaker) and not is_family(speaker) and \
        not NOT_A_VOICE_ON_THRESHOLD.search(role_of(speaker) or speaker or "") and \
        not re.fullmatch(r"(speaker|voice|spk|s)[ _-]?\d+", speaker or "", re.I)


# ----- the rules, one a kind of moment

REPORT = re.compile(r"\b(report|reports|assessment|paperwork|papers|it)\b", re.I)
ADVOCATE = re.compile(r"\b(advocate|advocacy|supporter|someone to support|bring (?:someone|anyone|somebody)|"
                      r"someone with (?:me|us)|independent visitor|interpreter)\b", re.I)
# (read only where one of these is: each wording holds one, and most turns hold none)
ADVOCATE = Gated(ADVOCATE, ("advoca", "supporter", "someone", "bring ", "independent visitor", "interpreter"))
ASKED_NOT_GIVEN = re.compile(r"\b(asked for|requested|wanted|nobody|no one|never|didn't|did not|wasn't|was not|"
                             r"weren't|not told|haven't|hasn't|no reply|no answer|didn't come|not turned up|"
                             r"couldn't come|can't come|still waiting)\b", re.I)
# What the family says about being heard: "can I say something", "you're not letting me speak"
NOT_HEARD = re.compile(r"\b(not (?:letting|let) (?:me|us)|won't let (?:me|us)|can't get a word in|let me (?:finish|speak)|"
                       r"you keep (?:cutting|interrupting)|(?:i|we) (?:haven't|have not) (?:been able|had a chance) to|"
                       r"nobody(?:'s| is)? listening|(?:nobody|no one) (?:has )?asked (?:me|us) what (?:i|we) think)\b", re.I)
# What the chair says to put a parent off: "I will come to you", "you'll get a chance", "not now"
PUT_OFF = re.compile(r"\b((?:i'll|i will|we'll|we will) (?:come|get) (?:back )?to you|you(?:'ll| will) (?:get|have) "
                     r"(?:a|your) (?:chance|turn|opportunity)|(?:hold|hang) on|not (?:now|yet)|in a (?:moment|minute|bit)|"
                     r"(?:let|can we let) (?:him|her|them|me) (?:finish|carry on)|(?:please )?wait|later in the meeting|"
                     r"(?:save|keep) that (?:for|until) later)\b", re.I)
CUT_OFF = re.compile(r"(?:—|--|-)\s*$")
# A parent disagreeing, denying, or correcting what was said of them
DENIES = re.compile(r"\b(?:i|we)(?:'ve| have)? (?:never|didn't|did not|wasn't|was not|haven't|have not|would never)\b|"
                    r"\b(?:i'm|i am) not (?:a|an)\b|\b(?:wasn't|was not|isn't|is not|not) (?:my|our) fault\b|"
                    r"\b(?:he|she|they)(?:'s| is| was|'s not|'ve) (?:not|never)\b|"
                    r"\b(?:he|she|they) (?:isn't|wasn't|hasn't|haven't|doesn't|didn't|never)\b|"
                    r"\b(?:that's|that is|it's|it is|this is) (?:not (?:fair|true|right|correct|what)|wrong|unfair|"
                    r"a joke|ridiculous)\b|\bnot fair\b|\bonly when\b|\bnot every\b", re.I)
BUT_DENIES = re.compile(r"\bbut (?:i|we|he|she|they) (?:didn't|did not|never|wasn't|was not|haven't)\b|"
                        r"\b(?:don't|do not) think (?:he|she|they|it|that|we|the)\b|"
                        r"\b(?:wasn't|was not|isn't|is not|not) (?:my|our) fault\b", re.I)
OPENS_WITH_NO = re.compile(r"^\W*(?:no|but|that's not|that isn't|not)\b", re.I)


def _said_to_family(turns: list[Turn], i: int, back: int = 2) -> bool:
    return any(turns[j].speaker and not is_family(turns[j].speaker) for j in range(max(0, i - back), i))


def _ev(turns: list[Turn], idx: list[int]) -> list[Evidence]:
    return [Evidence.from_json(turns[i].evidence()) for i in sorted(set(idx)) if 0 <= i < len(turns)]


def _near(turns: list[Turn], i: int, pattern: re.Pattern, back: int = 3) -> bool:
    return any(pattern.search(_norm(turns[j].text)) for j in range(max(0, i - back), i + 1))


def report_cues(turns: list[Turn], speakers_known: bool) -> list[Cue]:
    """The family received a report late ('we only got it last night') or not at all ('I've not
    seen the report'). Said by the family, about a report the meeting is talking of."""
    out = []
    for i, t in enumerate(turns):
        text = _norm(t.text)
        if speakers_known and not is_family(t.speaker):
            continue
        if not _near(turns, i, re.compile(r"\b(report|reports|assessment|paperwork)\b", re.I)):
            continue
        reply = [i + 1] if i + 1 < len(turns) else []
        if LATE.search(text):
            out.append(Cue("report_late", _ev(turns, [i] + reply), "The family said they received a report only "
                           "shortly before the conference.", speaker=t.speaker))
        elif NOT_RECEIVED.search(text):
            out.append(Cue("report_not_received", _ev(turns, [i] + reply), "The family said they had not "
                           "had a report.", speaker=t.speaker))
    return out


def advocate_cues(turns: list[Turn], speakers_known: bool) -> list[Cue]:
    """The family asked for an advocate or supporter and none came, or were never told they could
    bring one."""
    out = []
    for i, t in enumerate(turns):
        text = _norm(t.text)
        if speakers_known and not is_family(t.speaker):
            continue
        if ADVOCATE.search(text) and ASKED_NOT_GIVEN.search(text):
            out.append(Cue("advocate_requested_not_provided", _ev(turns, [i, i + 1]),
                           "The family said an advocate or supporter was asked for or not offered, and "
                           "none was there.", speaker=t.speaker))
    return out


def not_heard_cues(turns: list[Turn], speakers_known: bool, not_heard_times: list[float]) -> list[Cue]:
    """A parent cut off mid-sentence and told to wait, a parent saying they are not being let
    speak, or the friend's 'Not allowed to speak' note."""
    out = []
    for i, t in enumerate(turns):
        text = _norm(t.text)
        nxt = turns[i + 1] if i + 1 < len(turns) else None
        family = is_family(t.speaker) if speakers_known else True
        if family and NOT_HEARD.search(text):
            out.append(Cue("not_allowed_to_speak", _ev(turns, [i, i + 1]),
                           "A parent said they were not being allowed to speak.", speaker=t.speaker))
        elif (family and nxt is not None and CUT_OFF.search(text.strip()) and PUT_OFF.search(_norm(nxt.text))
              and (not speakers_known or not is_family(nxt.speaker))):
            out.append(Cue("not_allowed_to_speak", _ev(turns, [i, i + 1]),
                           f"A parent was cut off and told to wait by {nxt.speaker or 'another speaker'}.",
                           speaker=t.speaker))
    for at in not_heard_times:
        near = [i for i, t in enumerate(turns) if t.start - 5 <= at <= t.end + 10]
        if any(c.type == "not_allowed_to_speak" and abs(c.start - at) < 30 for c in out):
            continue
        out.append(Cue("not_allowed_to_speak", _ev(turns, near[-2:]) if near else [],
                       "The friend's note: not allowed to speak.", detail={"note_time": at}))
    return out


def family_cues(turns: list[Turn], speakers_known: bool) -> list[Cue]:
    """The family not told of something, complaining about how things were done, or offering help."""
    if not speakers_known:
        return []
    out = []
    for i, t in enumerate(turns):
        if not is_family(t.speaker):
            continue
        text = _norm(t.text)
        about_report = LATE.search(text) or NOT_RECEIVED.search(text) or ADVOCATE.search(text)  # (once a turn)
        for kind, pattern, summary in (
                ("not_informed", NOT_INFORMED, "said they were not told"),
                ("complaint_about_process", PROCESS_COMPLAINT, "complained about how things were done"),
                ("offer_of_support", OFFER_OF_SUPPORT, "offered help")):
            if pattern.search(text) and not (about_report and kind != "offer_of_support"):  # those cues say it
                out.append(Cue(kind, _ev(turns, [i, i + 1]), f"{t.speaker} {summary}.", speaker=t.speaker))
    return out


def minute_request_cues(turns: list[Turn]) -> list[Cue]:
    """Someone asked for something to go in the minutes (or to be kept out of them). Anyone may
    ask: the family, their advocate, or the chair asking the minute-taker."""
    out = []
    for i, t in enumerate(turns):
        if not MINUTE_REQUEST.search(_norm(t.text)):
            continue
        if re.match(r"^\W*(?:it|that|this)(?:'ll| will) be (?:minuted|recorded|noted)\b", _norm(t.text), re.I):
            continue  # the chair's promise that it will be: the answer, not the request
        out.append(Cue("request_to_minute", _ev(turns, [i, i + 1]),
                       f"{(t.speaker or 'A speaker')} asked for this to be minuted.", speaker=t.speaker))
    return out


def parent_dissent_cues(turns: list[Turn], speakers_known: bool) -> list[Cue]:
    """The family disagreed with the decision or a recommendation, denied an allegation, or
    corrected what a professional said of them. Needs to know who spoke."""
    if not speakers_known:
        return []
    out = []
    for i, t in enumerate(turns):
        if not is_family(t.speaker):
            continue
        # asking for it to be minuted, or to complain about the service, is another cue
        text = PROCESS_COMPLAINT.sub("", MINUTE_REQUEST.sub("", _norm(t.text)))
        disagrees = polarity.dissents(text) or polarity.corrects(text)
        denies = bool(BUT_DENIES.search(text)) or bool(DENIES.search(text)) and (
            bool(OPENS_WITH_NO.search(text)) or _said_to_family(turns, i, 1))
        if not (disagrees or denies) or len(text.split()) < 3:
            continue
        if LATE.search(text) or NOT_RECEIVED.search(text) or ADVOCATE.search(text):
            continue  # about the report or an advocate: those cues say it
        prev = [i - 1] if i and not is_family(turns[i - 1].speaker) else []
        out.append(Cue("parent_dissent", _ev(turns, prev + [i]),
                       f"{t.speaker} disagreed or corrected what was said.", speaker=t.speaker))
    return _merge_runs(out)


def _merge_runs(cues: list[Cue]) -> list[Cue]:
    """Neighbouring cues of one kind by the same person are one moment."""
    out: list[Cue] = []
    for c in cues:
        last = out[-1] if out else None
        if (last and last.type == c.type and last.speaker == c.speaker and c.evidence and last.evidence
                and c.evidence[0].start <= last.evidence[-1].end + 30):
            last.evidence += [e for e in c.evidence if e not in last.evidence]
        else:
            out.append(c)
    return out


# ----- the threshold: each professional's view, and the decision

# "child in need", "not met", "step down": no plan; "met", "remain on a plan": a plan.
NO_PLAN = re.compile(r"\b(child in need|not met|isn't met|is not met|no longer met|not being met|don't think (?:it|the "
                     r"threshold)(?:'s| is)? met|step (?:it )?down|come off (?:the |a )?plans?|end (?:the|a) plans?|"
                     r"plans? (?:can|could|should) (?:end|close|come to an end)|early help|universal services|"
                     r"no further action)\b", re.I)
PLAN = re.compile(r"^\W*(?:remain|stay|continue)\b|\bunder (?:the category of )?(?:neglect|emotional abuse|"
                  r"physical abuse|sexual abuse)\b|\byes\b[^.?!]{0,20}\b(?:a plan|remain|continue)\b|"
                  r"\b(?:plan is|plans are) (?:needed|necessary|required)\b|\b((?:threshold|it)(?:'s| is| remains| continues to be)? (?:still )?met|(?:is|are) met|"
                  r"(?:remain|stay|continue|be|become|be made) (?:subject to |on )?(?:a |the )?(?:child protection )?plans?|"
                  r"child protection plans?|keep (?:the|a) plans?|(?:plans?|it) (?:should|must|needs to) "
                  r"(?:continue|stay|remain))\b", re.I)
# "Met, for me." "Still met, just." (not "I met her", "we've met with him")
BARE_MET = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\bhave )(?<!\bhas )(?<!'ve )\bmet\b(?!\s+(?:with|her|him|them|up|the "
                      r"(?:family|mother|father|parents?)))", re.I)
AGREES = re.compile(r"^\W*(?:yes,? )?(?:i(?:'d| would)? agree|agreed?\b|same\b)|\b(?:i(?:'d| would)? go with|i(?:'m| am) "
                    r"with|i agree with|same as)\b", re.I)
NOT_ENOUGH = re.compile(r"\b(child in need|early help)\b[^.?!]{0,30}\b(wouldn't|would not|isn't|is not|won't|"
                        r"will not)\b[^.?!]{0,10}\b(enough|be enough|sufficient)", re.I)
ASKS_THRESHOLD = re.compile(r"\b(threshold|significant harm|is it met|met or not|(?:your|each professional's) "
                            r"(?:view|recommendation))\b", re.I)
# The chair's decision: "my decision is", "I've decided"; looser forms only when no such words come.
DECIDES = re.compile(r"\b(my decision|the decision is|the conference(?:'s)? decision|i(?:'ve| have) decided|"
                     r"i(?:'m| am) (?:going to make|making) (?:a|the|them|him|her)|i(?:'m| am) ending|i(?:'ll| will) "
                     r"(?:end|close) the plans?)\b", re.I)
DECIDES_LOOSELY = re.compile(r"\b(will (?:be|become|remain|stay|continue|come off)\b[^.?!]{0,40}\bplans?|"
                             r"(?:plans?|it) (?:will|can) (?:end|close|continue))\b", re.I)
NO_VIEW_PHRASES = re.compile(r"\bno further action\b", re.I)  # what the police did about an incident, not a view


def threshold_view(text: str) -> str | None:
    """'plan' (threshold met, a child protection plan), 'no_plan' (child in need, not met), or
    None when the words give no view."""
    text = NO_VIEW_PHRASES.sub("", _norm(text))
    if NOT_ENOUGH.search(text):
        return "plan"
    if NO_PLAN.search(text):
        return "no_plan"
    if BARE_MET.search(text) and not re.search(r"\b(not|n't|never)\b[^.?!]{0,15}\bmet\b", text, re.I):
        return "plan"
    if PLAN.search(text) and not re.search(r"\b(not sure|don't think|do not think|not the right)\b[^.?!]{0,40}"
                                           r"\bplan", text, re.I):
        return "plan"
    return None


VIEW_WORDS = {"plan": "a child protection plan (threshold met)", "no_plan": "no plan (child in need or less)"}


@dataclass
class Threshold:
    decision: str | None  # "plan" | "no_plan" | None
    decision_turn: int | None
    views: dict[str, tuple[str, int]]  # professional -> (view, turn index)
    silent: list[str]  # professionals who spoke in the meeting and gave no view


def _decision(turns: list[Turn], start: int) -> tuple[str | None, int | None]:
    """The chair's decision after the round of views: the view of the sentence that says it is the
    decision ("my decision is that they stay on plans"), read after those words."""
    for pattern in (DECIDES, DECIDES_LOOSELY):
        for i in range(start, len(turns)):
            t = turns[i]
            if not is_chair(t.speaker):
                continue
            for sentence in split_sentences(_norm(t.text)):
                m = pattern.search(sentence)
                if m and not sentence.rstrip().endswith("?"):
                    view = threshold_view(sentence[m.start():])
                    if view:
                        return view, i
    return None, None


def threshold(turns: list[Turn]) -> Threshold:
    """The round of views on the threshold, and the chair's decision after it."""
    asked = next((i for i, t in enumerate(turns) if is_chair(t.speaker) and ASKS_THRESHOLD.search(_norm(t.text))),
                 None)
    start = asked if asked is not None else len(turns) // 2
    decision, decision_turn = _decision(turns, start + 1)
    views: dict[str, tuple[str, int]] = {}
    end = decision_turn if decision_turn is not None else len(turns)
    last: str | None = None
    for i in range(start, end):
        t = turns[i]
        if not is_professional(t.speaker):
            continue
        view = threshold_view(t.text)
        if view is None and AGREES.search(_norm(t.text)):  # "I agree with Ben": Ben's view, else the last one
            named = [v for who, (v, _) in views.items() if names_in(who) & set(re.findall(r"[a-z]+", t.text.lower()))]
            view = named[-1] if named else last
        if view:
            views[t.speaker] = (view, i)  # the last view they gave before the decision is theirs
            last = view
    spoke = [s for s in dict.fromkeys(t.speaker for t in turns) if is_professional(s)]
    return Threshold(decision, decision_turn, views, [s for s in spoke if s not in views])


def professional_cues(turns: list[Turn], speakers_known: bool) -> tuple[list[Cue], Threshold | None]:
    """Each professional whose view on the threshold differs from the chair's decision (or, with
    no decision heard, from most of the others)."""
    if not speakers_known:
        return [], None
    th = threshold(turns)
    decision = th.decision
    if decision is None and th.views:
        counts = {v: sum(1 for w, _ in th.views.values() if w == v) for v in ("plan", "no_plan")}
        decision = max(counts, key=counts.get) if counts["plan"] != counts["no_plan"] else None
    out = []
    for who, (view, i) in th.views.items():
        if decision and view != decision:
            prev = [i - 1] if i and is_chair(turns[i - 1].speaker) and len(turns[i - 1].text.split()) <= 6 else []
            out.append(Cue("professional_dissent", _ev(turns, prev + [i]),
                           f"{who} gave the view: {VIEW_WORDS[view]}; the decision was {VIEW_WORDS[decision]}.",
                           speaker=who, detail={"view": view, "decision": decision}))
    return out, th


def find_cues(turns: list[Turn], speakers_known: bool, not_heard_times: list[float] | None = None) -> list[Cue]:
    """Every procedural cue in the meeting, in the order they happened."""
    cues = (report_cues(turns, speakers_known) + advocate_cues(turns, speakers_known)
            + not_heard_cues(turns, speakers_known, not_heard_times or []) + minute_request_cues(turns)
            + parent_dissent_cues(turns, speakers_known) + professional_cues(turns, speakers_known)[0]
            + family_cues(turns, speakers_known))
    return sorted(cues, key=lambda c: c.start)
