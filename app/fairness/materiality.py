"""Which findings matter: could the error have affected the outcome for the child and family?

An Ombudsman closes a complaint when a fault was "unlikely to have affected the outcome", so a
report has to say which errors touch the decision. Each finding gets a weight (0-1) and one plain
reason, from what it is about, most serious first:

  1.0  the decision, the threshold or the category (and a professional's view on it)
  0.9  an allegation or an admission put on a parent
  0.8  the child's safety or welfare (an injury, hunger, drugs, a missed health need)
  0.7  the plan (an action added, dropped or changed)
  0.3  a minor detail (who of the professionals said it, how often someone visited)

The kind shifts it: a changed detail or a misattribution between professionals weighs less than
words nobody said; an omitted objection of the family weighs more than an omitted remark.
The words are ordinary English about child-protection conferences, from no conference's text.
"""

from __future__ import annotations

import re

from app.compare.attribution import family_side
from app.compare.cue_patterns import ACTION, ASSURANCE, LATE, NOT_RECEIVED, REPORT
from app.compare.findings import Finding, Materiality

DECISION = re.compile(r"\b(threshold|significant harm|child protection plans?|child in need|decision|decided|"
                      r"category|categories|neglect|emotional abuse|physical abuse|sexual abuse|(?:is|was|not|be) met|"
                      r"remain (?:on|subject)|subject to (?:a|the)|step(?:ped)? down|recommend(?:ed|s|ation)?)\b", re.I)
AGREEMENT = re.compile(r"\b(all|everyone|unanimous(?:ly)?|agreed|accepted the (?:decision|plan|recommendation)|"
                       r"disagreed|did not agree|objected)\b", re.I)
ADMISSION = re.compile(r"\b(admit(?:ted)?|accept(?:ed|s)?|acknowledg(?:ed|es)?|concede[ds]?|confirm(?:ed|s)?|"
                       r"(?:was|were|had been) aware|knew|know|did not (?:support|want|wish|engage|attend)|refused|"
                       r"declined|lied|hid|failed)\b", re.I)
ALLEGATION = re.compile(r"\b(assault\w*|hit|hitting|grabb\w*|push\w*|threw|thrown|violen\w*|aggress\w*|shout\w*|"
                        r"caution|conviction|arrest\w*|police|drunk|drink\w*|alcohol|cannabis|drugs?|heroin|"
                        r"allowed \w+ into|let \w+ in|left (?:him|her|them|the \w+) alone|unsupervised|"
                        r"inconsistent|not consistent|missed|did not|has not|have not|not yet|struggled|"
                        r"intentionally|can leave home)\b", re.I)
SAFETY = re.compile(r"\b(injur\w*|bruis\w*|hurt|harm\w*|fracture\w*|hungry|hunger|weight|wetting|bed-?wetting|"
                    r"self-harm\w*|missing|exploit\w*|groom\w*|cannabis|drugs?|alcohol|unsafe|at risk|risk|danger\w*|"
                    r"attendance|(?:missed|out of|not in) (?:school|nursery)|hospital|appointments?|dentist|speech|sleep\w*|"
                    r"anxiety|mood|clingy|frighten\w*|scared|homeless\w*|damp|home conditions|mice|rats|pests?|vermin|"
                    r"hygiene|clutter\w*|dirty|unclean|behaviour|fights?|fighting|arguments?|bull(?:y|ied|ying))\b",
                    re.I)
# A complaint about how things were done (nobody rang, the letter went astray, hours of waiting):
# it belongs in a complaint about process; on its own it rarely changes the decision.
PROCESS = re.compile(r"\b(nobody|no one|never) (?:rang|called|phoned|told|came back|got back|followed|contacted|wrote)|"
                     r"\b(?:rang|phoned|called|told|letter|address|post|email\w*|invited|found out|minutes|"
                     r"waited|waiting|hours? (?:before|later)|came out)\b", re.I)
# Whether and when the family had the reports ("had been sent the reports in good time"): how the
# conference was prepared, not a fact the decision rests on, whatever a parent "confirmed" of it
REPORT_HAD = re.compile(r"\b(?:received|receipt|been (?:sent|given|shared)|(?:was|were) (?:sent|given)|in advance|"
                        r"beforehand|in good time|ahead of the (?:conference|meeting))\b", re.I)
# What the parent does to keep to the plan, and the incidents the risk is judged on
ENGAGEMENT = re.compile(r"\b(attended|attends|sessions?|tests?|testing|missed|kept|engag\w*|call-?outs?|incidents?|"
                        r"messag\w*|contact(?:ed)? (?:her|him|them)|turned up|breach\w*)\b", re.I)
PLAN_SECTION = re.compile(r"\b(plan|plans|planning|actions?|next steps|recommendations?|contingency|outcome|"
                          r"decision|safety goals?)\b", re.I)
PLAN_ACTION = re.compile(r"\b(will|to) (?:attend|complete|refer|visit|arrange|confirm|provide|offer|start|continue|"
                         r"undertake|follow up|share|send|review|support|convene|chase|make)\b|\brefer(?:ral)?\b|"
                         r"\b(?:course|programme|assessment|family group conference|contact)\b", re.I)
PARENT = re.compile(r"\b(mother|father|mum|dad|parents?|stepfather|stepmother|partner|carer|the family|mr|mrs|ms|"
                    r"miss|mx)\b", re.I)

REASONS = {
    "decision": "It touches the decision, the threshold or the category.",
    "dissent": "It is about who supported the decision.",
    "allegation": "It puts an allegation or an admission on a parent.",
    "safety": "It touches the child's safety or welfare.",
    "plan": "It changes the plan.",
    "family_objection": "The family's objection or correction is missing.",
    "family_words": "It is the family's own account.",
    "process": "A complaint about how things were done: it matters for a complaint, less for the decision.",
    "assurance": "An action or assurance given in the meeting: it shapes the plan.",
    "risk_fact": "It changes a fact the risk is judged on.",
    "minor": "A minor detail: unlikely on its own to change the outcome.",
    "attribution": "Which professional said it; the substance is not in dispute.",
}

QUALITY_WEIGHTS = {  # the minutes judged alone (app/fairness/quality.py)
    "dissent_not_recorded": (0.95, "A dissent said in the meeting is not recorded: it touches the decision."),
    "professional_view_missing": (0.85, "A professional's threshold view is missing: it touches the decision."),
    "decision_without_category": (0.85, "The category of harm is missing from the decision."),
    "parents_views_missing": (0.8, "The parents' views are missing from the minutes."),
    "child_views_missing": (0.7, "The child's own views or wishes are missing."),
    "no_contingency_plan": (0.6, "There is no contingency plan: it touches the plan."),
    "action_without_owner": (0.55, "A plan action has nobody responsible for it."),
    "action_without_timescale": (0.5, "A plan action has no timescale."),
    "no_next_review_date": (0.45, "No date is given for the next review."),
}


def _about_parent(text: str, speaker: str | None, family_names: set[str]) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(PARENT.search(text)) or bool(words & family_names) or family_side(speaker)


def assess(f: Finding, family_names: set[str] | None = None, professional_view: bool = False) -> Materiality:
    """How much the finding could matter, and why. `family_names`: name words of the family
    (lower case) so that "Ms Lane admitted ..." is known to be about a parent; `professional_view`:
    the finding rests on a professional's view on the threshold (from the procedural cues)."""
    family_names = family_names or set()
    if f.kind == "quality":
        w, why = QUALITY_WEIGHTS.get(f.check, (0.5, "A problem in the minutes themselves."))
        return Materiality(w, why)
    text = f.minutes_text or ""
    said = " ".join(e.text for e in f.evidence)
    family_said = any(family_side(e.speaker) for e in f.evidence)

    if f.kind == "omitted":
        if professional_view or (DECISION.search(said) and re.search(r"\b(met|plan|child in need)\b", said, re.I)):
            return Materiality(1.0, REASONS["decision"])
        objects = family_said and re.search(r"\b(no|not|never|didn't|wasn't|wrong|disagree|don't agree|fault|"
                                            r"minuted|written down|in the minutes)\b", said, re.I)
        if objects and re.search(r"\b(decision|threshold|plan)\b", said, re.I) and re.search(
                r"\b(disagree|don't agree|do not agree|not agree|not fair|against)\b", said, re.I):
            return Materiality(1.0, REASONS["decision"])  # the family's dissent from the decision
        if ACTION.search(said) or (ASSURANCE.search(said) and not said.rstrip().endswith("?")):
            return Materiality(0.7, REASONS["assurance"])
        if objects and (PROCESS.search(said) or LATE.search(said) or NOT_RECEIVED.search(said)):
            return Materiality(0.4, REASONS["process"])
        if objects:
            return Materiality(0.8, REASONS["family_objection"])
        if SAFETY.search(said):
            return Materiality(0.6, REASONS["safety"])
        if PLAN_ACTION.search(said):
            return Materiality(0.55, REASONS["plan"])
        if family_said:
            return Materiality(0.45, REASONS["family_words"])
        return Materiality(0.3, REASONS["minor"])

    about_parent = _about_parent(text, f.speaker, family_names)
    if DECISION.search(text) or (AGREEMENT.search(text) and f.kind == "contradicted"):
        return Materiality(1.0 if f.kind != "changed_detail" else 0.8,
                           REASONS["dissent"] if AGREEMENT.search(text) and not DECISION.search(text)
                           else REASONS["decision"])
    if REPORT.search(text) and REPORT_HAD.search(text):
        return Materiality(0.4, REASONS["process"])
    if f.kind == "misattributed":
        if (family_side(f.speaker) or any(family_side(e.speaker) for e in f.evidence)) and (
                ADMISSION.search(text) or ALLEGATION.search(text) or SAFETY.search(text)):
            return Materiality(0.75, REASONS["allegation"])  # an account moved onto (or off) a parent
        if family_side(f.speaker):
            return Materiality(0.4, REASONS["attribution"])
        return Materiality(0.25, REASONS["attribution"])
    if about_parent and (ADMISSION.search(text) or ALLEGATION.search(text)) and f.kind != "changed_detail":
        return Materiality(0.9, REASONS["allegation"])
    if SAFETY.search(text) and f.kind != "changed_detail":
        return Materiality(0.8, REASONS["safety"])
    if PLAN_SECTION.search(f.section or "") or PLAN_ACTION.search(text):
        return Materiality(0.7 if f.kind != "changed_detail" else 0.55, REASONS["plan"])
    if f.kind == "changed_detail" and SAFETY.search(text):
        return Materiality(0.6, REASONS["safety"])
    if f.kind == "changed_detail" and ENGAGEMENT.search(text):
        return Materiality(0.6, REASONS["risk_fact"])
    if about_parent and f.kind in ("not_said", "contradicted"):
        return Materiality(0.6, REASONS["allegation"])
    return Materiality(0.3 if f.kind != "not_said" else 0.45, REASONS["minor"])


def weigh_all(findings: list[Finding], family_names: set[str] | None = None,
              view_turn_starts: set[float] | None = None) -> None:
    """Give every finding its materiality (in place)."""
    starts = view_turn_starts or set()
    for f in findings:
        view = any(round(e.start, 1) in starts for e in f.evidence)
        f.materiality = assess(f, family_names, view)
