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
views. Every part of a statement must be a view for it to be one: "has lost her job and is
struggling" reports a loss, whatever the feeling beside it (an independent review's invented facts
were excused half the time when one view word was enough). A deed denied ("she would never harm
her") says nothing happened; owning up ("accepted that ...") is a deed only when what is owned up to
is one; agreeing is one when it is to do something ("agreed to a referral"), a view when it is with
something ("agreed with the report").
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare import serious_events
from app.compare.text import MINUTES_REGISTER, content, lemma
from app.compare.text import details as details_of
from app.compare.valence import VALENCE, negated

# Words of what someone thought, felt, wished or expected, or how they saw a person or a thing.
# (Not owning up, "accepted that ...", "acknowledged that ...": what is owned up to is said to be so.)
VIEW_WORDS = frozenset("""
    think believe consider feel felt view opinion wish want prefer preferred hope hopeful fear regret stress
    keen fond enjoy welcome please pleased sense
    optimism optimistic pessimistic confident determine ashamed sorry aware unaware know understand expect
    describe commend praise appreciate value fair unfair unclear impression perceive agree disagree disagreement
    agreement misgiving doubt reservation intend intention
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
    drink drunk alcohol drug cannabis cocaine heroin smoke smoking overdose
    leave abscond run arrive attend absent miss visit move evict
    often sometimes occasionally rarely seldom regularly repeatedly frequently occasion always usually twice weekly
    daily nightly
    """.split())
# A concern or a worry about someone is how minutes record a risk raised, what a plan is built on:
# not a view to let pass ("concerns were noted about her low mood" where nobody spoke of it).
_RISK = frozenset({"concern", "worry"})
# Saying yes or no to doing something: a deed when it is to do it ("agreed to attend", "refused to
# let him in"); "agreed with the plan" is a view.
_TO_DO = frozenset({"agree", "consent", "refuse", "decline", "promise", "undertake", "commit"})


# Words that place a part in time, not say what happened: "since the last review", "in the past"
_WHEN = frozenset("""last next previous recent recently earlier later week month year day today yesterday
                  tomorrow conference meeting review time past""".split())
# Owning up frames what is owned up to, which decides: "accepted that he had hit the door" is a
# deed, "admitted the summer had been hard" a view. (The words of shared.ADMITS: views.py reads
# words, not the checks' patterns.)
_OWNING_UP = frozenset({"accept", "acknowledge", "admit", "concede"})
# Accepting a reason or a view named ("accepts the reasons for the plan", "acknowledged the
# school's point") is agreeing with it: a view. Not admitting a thing ("admitted the theft"), nor
# accepting an offer or a place, which are deeds, nor a clause ("admitted her partner had stayed").
_AGREEING_WITH = frozenset({"accept", "acknowledge"})
_REASONS = frozenset("""reason point view decision plan recommendation outcome need importance finding conclusion
                     explanation advice argument rationale""".split())
# "would rather", "would like", "would choose" are wishes ("would rather the plan ended"), where
# "rather than" and "chose to" are not; speaking well of someone is praise
_WOULD_RATHER = re.compile(r"\b(?:would|'d|\u2019d)\s+(?:rather|like|love|choose)\b"
                           r"|\bsp(?:eak|eaks|oke|oken|eaking)\s+(?:highly|well|warmly|positively)\s+of\b", re.I)
# Moving as a figure of speech is how things are going, not a move: "moving in the right
# direction", "keen to move forward".
_FIGURATIVE_MOVE = re.compile(r"\bmov\w*\s+(?:forwards?|on\b|in\s+the\s+(?:right|wrong)\s+direction)", re.I)
_VERB = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "did",
                   "does", "do", "can", "could"})
_DENYING = frozenset({"not", "never", "cannot", "nor"})
_LISTED = VIEW_WORDS | DEED_WORDS | _RISK | VALENCE.up | VALENCE.down

# Where one part of a statement ends and the next begins: "has lost her job and is struggling", "was
# upset after her father failed to come", "placed with her grandmother, where she is settled".
_PARTS = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|or|which|who|whose|where|when|whenever|while|after|"
                    r"before|since|because|until|although|though|whereas)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _part_words(part: str) -> list[tuple[str, str]]:
    """(as written, lemma) of a part's words, names left out (written with a capital, but for a
    sentence's first word: "Concerns were noted ...")."""
    part = re.sub(r"n['\u2019]t\b", " not", part.lstrip())  # ("didn't hit": "did not hit")
    found = [(m.group(0).lower(), m.start(), m.group(0)[0].isupper()) for m in _WORD.finditer(part)]
    return [(w, lemma(w)) for w, at, capital in found if not capital or (at == 0 and lemma(w) in _LISTED)]


def _deed(raw: list[str], lemmas_: list[str], i: int) -> str | None:
    """"done" where the word at i names a deed or a concern raised; "denied" where it says that did
    not happen ("would never harm her", "had no concerns"); None for any other word. A deed is
    denied by a "not" or "never" just before it: "no food in the fridge at the visit" had a visit."""
    x = lemmas_[i]
    if x == "move" and _FIGURATIVE_MOVE.match(" ".join(raw[i:i + 5])):
        return None
    to_do = x in _TO_DO and i + 1 < len(lemmas_) and lemmas_[i + 1] == "to"
    if not (x in DEED_WORDS or raw[i] in DEED_WORDS or x in _RISK or to_do):
        return None
    if negated(raw, lemmas_, i) and (x in _RISK or _DENYING.intersection(raw[max(0, i - 4):i])):
        return "denied"
    return "done"


@lru_cache(maxsize=5000)
def only_a_view(text: str) -> bool:
    """Does the statement give only a view (someone's thought, feeling or wish, or a judgement of
    how someone or something is doing), with nothing that was done or happened? Every part of it
    must be a view: "Mr Tate felt the plan was unfair" is; "Mr Tate felt the plan was unfair and
    admitted hitting the door", "Ms Webb has lost her job and is struggling", "the GP has diagnosed
    asthma" and "Edna was late four times" are not. A part that names a deed, or says something in
    no word of view ("has lost her job"), or a number, date or time, makes the statement a fact."""
    if serious_events.reported(text) or details_of(text):
        return False
    viewed = False
    for part in _PARTS.split(text):
        ws = _part_words(part)
        raw, lemmas_ = [w for w, _ in ws], [x for _, x in ws]
        said = [x for x in content(lemmas_) if x not in MINUTES_REGISTER and x not in _WHEN and x not in _OWNING_UP]
        if not said:
            continue
        deeds = {_deed(raw, lemmas_, i) for i in range(len(ws))}
        if "done" in deeds:
            return False
        owned_thing = any(x in _AGREEING_WITH and not _VERB.intersection(raw[i + 1:])
                          and _REASONS.intersection(lemmas_[i + 1:]) for i, x in enumerate(lemmas_))
        if any(x in VIEW_WORDS or w in VIEW_WORDS for w, x in ws) or VALENCE.terms(part) \
                or _WOULD_RATHER.search(part) or owned_thing:
            viewed = True
        elif "denied" not in deeds and (len(said) >= 2 or _VERB.intersection(raw)):
            # it reports something in no word of view: a fact ("no food in the house", "was
            # pregnant"); not a word or two beside a view ("whatever the outcome", "since the last review")
            return False
    return viewed
