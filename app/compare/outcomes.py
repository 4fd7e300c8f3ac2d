"""The outcome a conference decides between, as people name it: a child protection plan, or less
(child in need, or no plan at all). Minutes list each professional's recommendation ("GP: Child
Protection Plan"); whether that is what the person recommended is read from their own words.

Said in many ways: "threshold's met" is a vote for a plan; "child in need would do", "not met",
"I'm not sure a plan's the right tool" are votes against. Only the last outcome a turn names
counts: "Not a plan, I'd say child in need" ends on its answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare.cue_patterns import Gated
from app.compare.text import FULL_STOP, expand

PLAN, LESS = "a child protection plan", "no child protection plan (child in need, or less)"

# What the threshold spoken of must be for, to be the conference's ("the threshold for a plan"), not
# another ("the threshold for CAMHS", "for a charge"): read here and by polarity's dissent
THRESHOLD_FOR_A_PLAN = r"(?:a |the )?(?:child protection|cp\b|plans?\b|significant harm|conference)"

# The chair giving the decision ("my decision is that Riley will remain subject to a plan")
DECISION_GIVEN = re.compile(r"\b(?:my decision|i've decided|i have decided|the decision is|i'm going to make|"
                            r"will (?:remain|be|become|stay|continue)\b[^.]{0,40}\b(?:subject|plan))", re.I)

# (outcome, pattern on the turn with its contractions opened), the more specific first
_NAMED = [
    # (child in need said not to be enough is no vote for it: "child in need wouldn't be enough", "I
    # don't think child in need would hold it")
    (LESS, r"(?<!not )(?<!rather than )(?<!instead of )(?<!not think )(?<!not believe )(?<!not feel )child in need"
           r"(?! (?:plan )?(?:would|will|is|was|does|do|could|can) not (?:be )?(?:enough|sufficient|adequate|"
           r"appropriate|right|hold|work|do|keep|safe))|(?<!not )\bcin\b|step(?:ping|ped)? down|no further action|"
           r"(?:threshold|it)(?: is|'s| has)? not (?:been )?met|"
           r"threshold (?:for (?:\w+ ){1,3})?(?:is|was|has|had) not (?:been )?met|"
           r"not (?:think|feel|believe|consider) (?:it|that|(?:that )?(?:the )?threshold(?: for (?:\w+ ){1,3})?)"
           r"(?: is|'s| has been| was| had been)? met|"
           r"not (?:sure|convinced) (?:that )?(?:a |the )?(?:[a-z']+ ){0,3}plans?\b|"
           r"not go (?:as|so) far as (?:a |the )?(?:child protection )?plan|"
           r"not (?:think|feel|believe|consider|sure) (?:that )?(?:it|this|he|she|they)(?:'s| is| has)? "
           rf"(?:meets?|reach(?:es|ed)?) (?:the )?threshold(?! for (?!{THRESHOLD_FOR_A_PLAN}))|"
           r"not think (?:that )?(?:a |the )?(?:[a-z']+ ){0,3}plans?(?:'s| is| are)? (?:the )?"
           r"(?:right|needed|necessary|appropriate)|"
           r"\b(?:end|close) the plan|come off (?:the|a) plan|no (?:longer )?need (?:a|the|for a) plan|"
           r"\b(?:the|their|his|her) plans? (?:should |could |to |can )?(?:end|close|cease|stop)\b|"
           r"\b(?:the|their|his|her) plans? (?:will|would) (?:end|close|cease|stop)(?= (?:today|now|here|at this)\b)|"
           r"\bno (?:child protection |cp )?plans? (?:is|are|was|were) (?:needed|necessary|required|warranted)\b|"
           # a plan said not to be needed, the child the subject ("I don't think she needs to be on a
           # plan", "no longer requires a child protection plan"; not "child in need is not enough")
           r"(?:not think|no longer|not) (?:that )?(?:[a-z']+ ){0,3}?(?<!in )(?:needs?|requires?)"
           r"(?: to (?:be|stay|remain) (?:on|subject to))? (?:a |the |any )?(?:[a-z]+ ){0,2}?plans?\b|"
           # the threshold for a plan said not to be met ("the threshold for a child protection plan is not met")
           # ... or the child said not to be made subject to one ("would prefer her not to be subject to a plan")
           r"not (?:to )?(?:be )?(?:made )?subject to (?:a |the |any )?(?:child protection |cp )?plans?\b|"
           r"threshold for (?:a |the )?(?:[a-z]+ ){0,3}?plans? (?:is |was |has |had )?not (?:been )?(?:met|reached)|"
           # "felt a child protection plan was unnecessary", "a plan is not the right tool"
           r"(?:child protection |cp )?plans? (?:was |is |were |are |would be )?(?:unnecessary|not (?:needed|necessary|"
           r"required|warranted))|"
           r"(?:child protection |cp )?plans? (?:is|was|are|were|will|would)(?: be)? not(?: be)? (?:the |a )?"
           r"(?:right|appropriate|best|proportionate|helpful)\b"),
    (PLAN, r"child protection plan|\bcp plan|\bon a plan\b|(?:threshold|it)(?: is|'s| has been| has)? met\b|threshold (?:for (?:\w+ ){1,3})?(?:is|was|has been|had been) met\b|"
           r"(?:remain|stay|continue) on (?:the|a|their|his|her) plans?|remain on plans?\b|"
           r"(?<!was )(?<!were )(?<!been )\b(?:be|made) subject to (?:a |the )?(?:child protection |cp )?"
           r"plans?\b|"
           r"\bneeds? (?:a|the|to (?:be|stay|remain) on (?:a|the)) plans?(?=\s*(?:[.,;!?]|$|(?:now|still|then|i think|"
           r"for now|in my view)\b))|"
           # (the plan itself going on, not a plan of another kind: "with the safety plan carrying on")
           r"(?:\b(?:the|their|his|her|protection|cp) |^|(?<=[.!?] ))plans? (?:will |should |to )?"
           r"(?:continues?|remains?|stays?)\b|"
           r"(?:remain|stay)s? subject\b|"
           # a vote given as a bare answer ("A plan, yes.", "Plan, emotional abuse.") or joined to
           r"(?:^|(?<=[.!?] ))\W*(?:a )?plan(?=\s*(?:[.,;:!?]|$|under\b|yes\b))|"
           # ... or, at a review, its going on ("Yeah, I'd say continue, at least till the review")
           # (said as a vote, "I'd say continue"; not a chair's "Yes, continue." to one who stopped speaking)
           r"(?:^|(?<=[.!?] ))\W*(?:(?:yeah|yes|yep)\W+)?(?:i would say|i'd say|i say) continue(?=\s*(?:[.,;:!?]|$|"
           r"at least\b|for now\b))|\b(?:agree|go|support) with (?:a|the) plan\b|\bsupport (?:a|the) plan\b|"
           # ... or to a vote, or to the category a plan is under ("voted for plans under neglect")
           r"\bvot(?:e|es|ed) for (?:a |the )?plans?\b|\bplans? under\b"),
]
# (each wording of less starts with one of the letters looked ahead for, case aside: at a place with
# none, its wordings' look-behinds are not tried one by one; it read a turn twice as fast)
_PATTERNS = [(outcome, re.compile(f"(?=[cehinpst])(?:{p})" if outcome == LESS else p, re.I)) for outcome, p in _NAMED]
_LESS = next(p for outcome, p in _PATTERNS if outcome == LESS)
# (each wording of a plan holds one of these words: a text naming only less, or neither, is not read
# for a plan; see _names_none for the two together)
_PATTERNS = [(outcome, Gated(p, ("plan", "met", "subject", "continue")) if outcome == PLAN else p) for outcome, p in _PATTERNS]
# A plan named as a choice, ending its clause ("I'd say plan.", "I think plan, neglect, for now", "we'd go
# for a plan, under neglect", "I'd agree, plan", "because of his history, a plan, for now"; not
# "I'd say plans for contact are working"): a vote for one unless denied before it in its sentence
# ("I don't think I'd recommend a plan")
_CHOICE = re.compile(r"(?:\b(?:say|think|go for|go with|recommend|recommending|vote|voting|agree,?) |(?<=, ))(?:a )?plans?\b"
                     r"(?=\s*(?:[.,;:!?]|$|under\b|for (?:all|both|each|him|her|them|the children)\b))", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no)\b[^.!?]*$", re.I)


# An outcome looked forward to is no vote now: "I'd like us to be looking at stepping down at the
# next review if things hold"
_LATER = re.compile(r"\b(?:next|future) (?:review|conference|meeting)|\bin (?:the )?future\b|\bif things\b|"
                    r"\blooking (?:at|towards)\b|\bin (?:a few|six|three) months\b|"
                    # ... or hoped for: "another three months and I'd hope we'd be stepping down" (not "for
                    # another three months", how long the plan goes on now)
                    r"\b(?:i'd|i would|we'd|we would) hope\b", re.I)
# (_LATER, _YOURS and _ASIDE read only where one of the words given them is: each wording holds one)
_LATER = Gated(_LATER, ("next", "future", "if things", "looking", "months", "hope"))
_HOPED = re.compile(r"^\W*(?:(?:so|and|but|well)\W+)?(?:(?:i|we)(?:'d| would)? hope|hopefully)\b", re.I)
# Another's vote said back to them is not the speaker's: "Rhiannon, I've noted you'd see it as child
# in need", "I know your view is a plan"
_YOURS = re.compile(r"\byou(?:'d| would| had)? (?:see|said|say|think|feel|want|prefer|recommend)|"
                    r"\bnoted (?:that )?you\b|\byour (?:view|vote|recommendation)\b", re.I)
_YOURS = Gated(_YOURS, ("you",))
_WHETHER = re.compile(r"\bwhether\b[^.;!?]*", re.I)
# A reason or an earlier leaning given beside the vote names the outcome weighed, not the one chosen:
# "Recommended child in need, as she did not think the threshold for a plan was met", "A plan,
# having first leaned towards child in need", "Plan, because child in need would not be enough".
# (To the next comma: "since the plan started, I'd say child in need" keeps its vote.) So does a
# concession beside it: "Decided on a plan, noting the nurse's preference for child in need",
# "although the school would have settled for child in need".
_ASIDE = re.compile(r"(?:,\s*as|\bbecause|\bsince|\bgiven that|\brather than|\binstead of|"
                    r"\bnoting|\balthough|\bthough|\bwhilst|\bdespite|\backnowledging|"
                    r"\bhaving (?:\w+ )?(?:considered|thought|favoured|preferred|suggested|leaned|leant|said))\b"
                    r"[^.;!?,]*", re.I)
_ASIDE = Gated(_ASIDE, ("as", "because", "since", "given that", "rather than", "instead of", "noting", "though",
                        "whilst", "despite", "acknowledging", "having"))


# Stepping down denied ("too high to step down", "not the time to step down"), or put after
# something still to come ("another three months of progress before we step down"), is no vote for it.
_NOT_STEPPING_DOWN = re.compile(r"\b(?:not|never|too)\b(?:(?!\bbut\b)[^.;!?,]){0,40}?\bstep(?:ping|ped)? down\b|"
                                r"\bbefore (?:we|i|they|you|she|he) (?:\w+ ){0,2}step(?:ping|ped)? down\b", re.I)


def _now_only(sentence: str) -> str:
    """The sentence without its parts that look forward: "remain on the plan, under neglect, with a
    view to stepping down at the next review" votes for the plan now."""
    if not _LATER.search(sentence):
        return sentence
    if _HOPED.match(sentence):
        return ""  # ("I'd hope that at the next review, if things hold, we'd be stepping down": all of it later)
    return ", ".join(x for x in sentence.split(",") if not _LATER.search(x))


@lru_cache(maxsize=20000)  # a person's turns are read for every statement crediting them
def named(text: str) -> str | None:
    """The outcome a sentence or turn names last, or None. A span taken by the first, more specific
    pattern ("not met") is not read again by the second ("met"). The part of a sentence that looks
    forward to an outcome ("stepping down at the next review") names none; nor does a reason given
    beside the vote, when the rest names one."""
    if _LATER.search(text) or "?" in text or _YOURS.search(text):  # (nor a question: "Do the plans continue?")
        text = " ".join(_now_only(x) for x in FULL_STOP.split(text)
                        if not x.rstrip().endswith("?") and not _YOURS.search(x))
    # "to decide whether they still need plans" asks which outcome; it names none
    t = _WHETHER.sub(" ", expand(text)) if "whether" in text.lower() else expand(text)
    if _names_none(t):
        # (most turns: the two parts taken away below, each for a space, leave no naming word
        # where there was none, since each runs from or to a stop or a word's edge)
        return None
    t = _NOT_STEPPING_DOWN.sub(" ", t)
    chosen = _ASIDE.sub(" ", t)
    # (with no aside taken away, the second reading would be the first again)
    return _last_named(chosen) or (_last_named(t) if chosen != t else None)


# Every pattern above (and _CHOICE) has one of these words in each of its ways of matching: a
# text with none of them names no outcome, and needs none of the patterns run on it.
_NAMING_WORDS = ("plan", "met", "need", "cin", "step", "no further action", "subject",
                 "threshold", "continue")


def _names_none(t: str) -> bool:
    # (ASCII only: on other letters re.I may find a word that `in` misses, as "ſ" for "s")
    return t.isascii() and not any(w in t.lower() for w in _NAMING_WORDS)


def _last_named(t: str) -> str | None:
    if _names_none(t):
        return None
    hits: list[tuple[int, int, str]] = []
    for outcome, pattern in _PATTERNS:
        for m in pattern.finditer(t):
            if not any(m.start() < b and a < m.end() for a, b, _ in hits):
                hits.append((m.start(), m.end(), outcome))
    for m in _CHOICE.finditer(t) if "plan" in t else ():
        if not _DENIED_BEFORE.search(t[:m.start()]) and not any(m.start() < b and a < m.end() for a, b, _ in hits):
            hits.append((m.start(), m.end(), PLAN))
    return max(hits)[2] if hits else None


# The minutes promising the plan's end later ("the plans would end at the next review if progress is
# maintained"): a condition or a later review set on ending it
_PROMISED_END = re.compile(r"\b(?:plans?|it) (?:would|will|could|should|may|might|is to|are to) (?:be )?"
                           r"(?:end|ended|close|closed|cease|stop|stopped|step(?:ped)? down|come off)\b[^.;]*"
                           r"\b(?:next (?:review|conference|meeting)|if|once|provided|as long as)\b", re.I)


def promises_end(text: str) -> bool:
    """Does the text set the plan's end for later, or on a condition?"""
    return bool(_PROMISED_END.search(text))


def looks_forward_to_less(text: str) -> bool:
    """Does a sentence of the text speak of ending the plan (or child in need) at a later time or on
    a condition ("we could be looking at child in need at the next review, if things hold")?"""
    for sentence in FULL_STOP.split(text):
        t = expand(sentence)
        m = _LESS.search(t) if _LATER.search(t) else None
        # (not where it is denied or put off first: "we're not looking at stepping down", "too early
        # to talk about child in need")
        if m and not _DENIED_BEFORE.search(t[:m.start()]) and not _TOO_SOON.search(t[:m.start()]):
            return True
    return False


_TOO_SOON = re.compile(r"\btoo (?:early|soon)\b", re.I)
