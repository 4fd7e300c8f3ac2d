"""The comparer's checks: each asks one question of a statement of the minutes and its best
support in the meeting, and answers with a Finding or None.

They run in the order of CHECKS, most specific first; the first finding wins (a statement gets one
finding: the truest account of what is wrong with it). A new kind of finding, or a learned model for
one question, replaces or adds one entry. Every number a check uses is in TUNING, with its reason.

Where they are: tuning.py (the Tuning table), case.py (what a check is given: the Case and its
Context), and a module for each kind of question: agreement.py (who agreed to what),
changed_details.py (a figure, place or person given differently), hedged.py (said surer than it
was), opposites.py (the opposite said), particulars.py (a particular added: "in front of the
children"), the_other_way.py (judged, consented or known the other way), case_facts.py (a fact the
case turns on given the other way: the reports had in time, an incident witnessed), replies.py
(corrected, or answered no or yes, on the spot), unsaid.py (nobody said it, or a part of it) and misattributed.py
(words in the wrong mouth); shared.py holds what several of them use.
"""

from __future__ import annotations

from app.compare.checks.agreement import (
    _HISTORY,
    _OPINION,
    _listed,
    acceptance_not_heard,
    agreement_not_heard,
    all_agreed_but_dissent,
    recommended_other_outcome,
    refusal_they_agreed_to,
)
from app.compare.checks.case import Case, Check, Context
from app.compare.checks.case_facts import received_the_other_way, witnessed_the_other_way
from app.compare.checks.changed_details import detail_changed
from app.compare.checks.hedged import surer_than_said
from app.compare.checks.misattributed import (
    _as_source,
    _figures,
    admission_not_own,
    misattributed,
    misattributed_by_layout,
    misattributed_to_a_group,
)
from app.compare.checks.opposites import (
    _SO_FAR,
    _TO_COME,
    _contradiction,
    _negation_unheard,
    _other_gender,
    _other_view,
    _other_vote,
    credited_person_said_opposite,
    credited_person_said_opposite_in_other_words,
    opposite_nearby,
    opposite_said_elsewhere,
)
from app.compare.checks.particulars import particular_not_said
from app.compare.checks.replies import (
    _INVITES,
    _agrees_with_a_negative,
    affirmed_when_asked,
    corrected_on_the_spot,
    denied_when_asked,
)
from app.compare.checks.shared import (
    ADMITS,
    ANSWER_NO,
    ANSWER_YES,
    ASKING,
    CREDITED_BY,
    NEGATED,
    PROCEDURAL,
    REFUSING,
    YES_NO,
    _opening,
    _proper_nouns,
    _sentences,
    admits,
    capital,
    checkable,
    not_said_score,
    procedural,
    recognised,
    short_quote,
    who_said,
)
from app.compare.checks.the_other_way import (
    consented_the_other_way,
    doing_the_other_way,
    done_the_other_way_round,
    how_much_the_other_way,
    judged_the_other_way,
    knew_the_other_way,
    stopped_the_other_way,
    told_the_other_way,
    told_when_the_other_way,
)
from app.compare.checks.tuning import TUNING, Tuning
from app.compare.checks.unsaid import (
    _REASON,
    AGREEING,
    FEELINGS,
    INITIALS,
    JUDGEMENTS,
    _said_in_some_form,
    agreed_thing_not_said,
    frequency_not_said,
    initials_named,
    not_said,
    not_said_finding,
    promised_end_not_said,
    reason_not_said,
    referral_not_said,
    said_by_them_in_other_words,
    said_in_other_words,
    serious_event_not_said,
    service_not_said,
    subject_words,
)
from app.compare.findings import Finding

# The checks that read the credited person's own words for the opposite, whatever words the two
# share: asked of a statement none of whose words was said (comparer._their_words), before it is
# called not said.
OPPOSITES: tuple[Check, ...] = (
    credited_person_said_opposite_in_other_words,
    judged_the_other_way,
    consented_the_other_way,
    doing_the_other_way,
    knew_the_other_way,
    told_the_other_way,
    told_when_the_other_way,
    how_much_the_other_way,
    done_the_other_way_round,
    received_the_other_way,
    witnessed_the_other_way,
    stopped_the_other_way,
)

CHECKS: tuple[Check, ...] = (
    all_agreed_but_dissent,
    recommended_other_outcome,
    detail_changed,
    opposite_said_elsewhere,
    credited_person_said_opposite,
    *OPPOSITES,
    corrected_on_the_spot,
    denied_when_asked,
    affirmed_when_asked,
    acceptance_not_heard,
    agreement_not_heard,
    refusal_they_agreed_to,
    surer_than_said,
    promised_end_not_said,
    not_said,
    serious_event_not_said,
    service_not_said,
    referral_not_said,
    reason_not_said,
    agreed_thing_not_said,
    admission_not_own,
    opposite_nearby,
    misattributed,
    misattributed_by_layout,
    misattributed_to_a_group,
    particular_not_said,
    frequency_not_said,
)


def judge(case: Case, checks: tuple[Check, ...] = CHECKS) -> Finding | None:
    """The first finding the checks give, in order; None when the statement holds up."""
    for check in checks:
        finding = check(case)
        if finding is not None:
            finding.check = finding.check or check.__name__  # which question found it (bench/eval_compare.py --by-check)
            return finding
    return None


# What app.compare.checks offers: the table, the case, the checks in order and the one that asks them,
# and (for the comparer, the bench and the tests) what the checks' modules share or keep to themselves.
__all__ = [
    "TUNING", "Tuning", "Case", "Check", "Context", "CHECKS", "OPPOSITES", "judge",
    "acceptance_not_heard", "admission_not_own", "affirmed_when_asked", "agreed_thing_not_said", "agreement_not_heard",
    "all_agreed_but_dissent", "consented_the_other_way", "corrected_on_the_spot", "credited_person_said_opposite",
    "credited_person_said_opposite_in_other_words", "denied_when_asked", "doing_the_other_way", "done_the_other_way_round", "detail_changed", "how_much_the_other_way", "frequency_not_said", "judged_the_other_way",
    "knew_the_other_way", "misattributed", "received_the_other_way", "witnessed_the_other_way", "misattributed_by_layout", "told_the_other_way", "told_when_the_other_way", "misattributed_to_a_group", "not_said", "opposite_nearby",
    "opposite_said_elsewhere", "particular_not_said", "promised_end_not_said", "reason_not_said", "recommended_other_outcome",
    "refusal_they_agreed_to", "serious_event_not_said", "service_not_said", "surer_than_said", "referral_not_said", "stopped_the_other_way",
    "ADMITS", "AGREEING", "ANSWER_NO", "ANSWER_YES", "ASKING", "CREDITED_BY", "FEELINGS", "INITIALS", "JUDGEMENTS",
    "NEGATED", "PROCEDURAL", "REFUSING", "YES_NO", "admits", "capital", "checkable", "initials_named",
    "not_said_finding", "not_said_score", "procedural", "recognised", "said_by_them_in_other_words", "said_in_other_words",
    "short_quote",
    "subject_words", "who_said",
    "_HISTORY", "_INVITES", "_OPINION", "_REASON", "_SO_FAR", "_TO_COME", "_agrees_with_a_negative", "_as_source",
    "_contradiction", "_figures", "_listed", "_negation_unheard", "_opening", "_other_gender", "_other_view",
    "_other_vote", "_proper_nouns", "_said_in_some_form", "_sentences",
]
