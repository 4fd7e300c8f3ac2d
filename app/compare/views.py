"""Whether a statement only gives a view, or says that something happened.

A statement whose words the meeting did not use may still have been said. Minutes put views,
feelings and judgements in the minute-taker's own words ("Ms Webb expressed optimism that things
were moving in the right direction" for her "I think we're getting there, honestly"), and no
comparison of words tells such a paraphrase from an invention: in both, the words differ. What
happened is another matter: a diagnosis, a referral, an arrest, a blow, a drink, a missed
appointment, a promise to do something. Its name is what a paraphrase keeps ("the GP has put her on
antidepressants" is still about antidepressants), so a meeting that never names it is a sign it was
not said. "Not said" is reported for the second, not for a view alone.

Two short lists of ordinary English words (lemmas, as app.compare.text.lemma gives them), with the
events of serious_events.py counted as things that happened and the judging words of valence.py as
views. A deed denied ("she would never harm her") says nothing happened; owning up ("accepted that
...") is a deed only when what is owned up to is one; agreeing is one when it is to do something
("agreed to a referral"), a view when it is with something ("agreed with the report").
"""

from __future__ import annotations

from functools import lru_cache

from app.compare import serious_events
from app.compare.text import lemma
from app.compare.text import words as plain_words
from app.compare.valence import VALENCE, clauses, negated

# Words of what someone thought, felt, wished or expected, or how they saw a person or a thing.
VIEW_WORDS = frozenset("""
    think believe consider feel felt view opinion wish want prefer hope hopeful fear regret stress
    optimism optimistic pessimistic confident determine ashamed sorry aware unaware know understand expect
    describe commend praise appreciate value fair unfair unclear impression perceive agree disagree disagreement
    agreement
    """.split())

# Words of what was done or happened: steps taken by a service, the police or a court, harm done,
# drink and drugs, comings and goings, and how often a thing happened (what is counted happened).
DEED_WORDS = frozenset("""
    refer referral diagnose diagnosis prescribe prescription medication medicine antidepressant tablet injection
    examine examination check scan test screen operation surgery appointment book arrange enroll register apply
    application sign contract notice letter warrant
    arrest caution charge bail custody interview conviction convict sentence prison seize search recover offence
    crime criminal
    hit punch slap kick push shove grab shake strangle choke bite burn bruise injure injury assault attack
    threaten abuse violence fight argument smack hurt harm
    drink drunk alcohol drug cannabis cocaine heroin smoke overdose
    leave abscond run arrive absent miss visit move evict
    often sometimes occasionally rarely seldom regularly repeatedly frequently occasion always usually twice weekly
    daily nightly
    """.split())
# A concern or a worry about someone is how minutes record a risk raised, what a plan is built on:
# not a view to let pass ("concerns were noted about her low mood" where nobody spoke of it).
_RISK = frozenset({"concern", "worry"})
# Saying yes or no to doing something: a deed when it is to do it ("agreed to attend", "refused to
# let him in"); "agreed with the plan" is a view.
_TO_DO = frozenset({"agree", "consent", "refuse", "decline", "promise", "undertake", "commit"})


@lru_cache(maxsize=5000)
def only_a_view(text: str) -> bool:
    """Does the statement give only a view (someone's thought, feeling or wish, or a judgement of
    how someone or something is doing), naming nothing that was done or happened? "Mr Tate felt
    the plan was unfair" does; "Mr Tate felt the plan was unfair and admitted hitting the door" and
    "the GP has diagnosed asthma" do not."""
    if serious_events.reported(text):
        return False
    viewed = False
    for clause in clauses(text):
        raw = plain_words(clause)
        ws = [lemma(w) for w in raw]
        for i, w in enumerate(ws):
            to_do = w in _TO_DO and i + 1 < len(ws) and ws[i + 1] == "to"
            if (w in DEED_WORDS or w in _RISK or to_do) and not negated(raw, ws, i):
                return False
            viewed = viewed or w in VIEW_WORDS
    return viewed or bool(VALENCE.terms(text))
