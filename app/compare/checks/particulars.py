"""A particular added: the minutes tell what was said in the meeting with a particular nobody gave,
one that changes what it means: that it happened in front of someone ("in front of the children"),
without someone's leave ("without her permission", "without telling anyone"), with someone else
("with his new partner"), or for a stated time ("for over an hour").

Each makes an account graver: a row becomes one the children saw, a night at nan's a child taken,
a few minutes on his own an hour. The rest of the statement was said; this part has to be found
with it, in the passage or in what the person it is credited to said around it.
"""

from __future__ import annotations

import re

from app.compare.align import keys_of, text_words
from app.compare.checks.agreement import _one_of, _theirs_around
from app.compare.checks.case import Case
from app.compare.checks.shared import ANSWER_YES, _sentences, _words_said, recognised
from app.compare.checks.unsaid import _unsaid
from app.compare.findings import Finding
from app.compare.turns import Turn

# Who may see or hear a thing done: the people a "front of" speaks of (not a place: "in front of
# the school")
_ONLOOKERS = (r"(?:children|child|kids|kid|baby|babies|boys|girls|twins|siblings|brothers?|sisters?|sons?|daughters?|"
              r"friends|classmates|pupils|neighbours|others|everyone|everybody)")
# The particular as the minutes give it. (Not after "not", "never" or "wasn't": "not in front of
# the children" denies it; nor the onlookers' place, "in front of the children's school".)
_IN_FRONT = re.compile(rf"(?<!not )(?<!never )(?<!n't )(?<!n’t )\bin (?:front|the presence) of (?:the |his |her |their |"
                       rf"both |all (?:of )?(?:the |his |her |their )?|other |[A-Z][\w'-]+['’]s )?(?:\w+ )?{_ONLOOKERS}\b"
                       rf"(?!['’]s\b)", re.I)
_WITHOUT_LEAVE = re.compile(r"\bwithout (?:(?:the |his |her |their |anyone's |(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w-]+['’]s )?"
                            r"(?:permission|consent|agreement|knowledge)|(?:first )?(?:telling|asking|informing|"
                            r"letting|checking with|consulting)\b)", re.I)
_COMPANIONS = (r"(?:partner|boyfriend|girlfriend|friends?|mates?|pals?|lads|cousins?|uncle|aunt|auntie|neighbour|lodger|"
               r"housemate|flatmate|colleague|stepfather|stepmother)")
_WITH_SOMEONE = re.compile(rf"\bwith (?:his|her|their|a) (?:new |current |former |ex-|latest |older )?({_COMPANIONS})\b",
                           re.I)
_FOR_A_TIME = re.compile(r"\bfor (?:over |more than |nearly |almost |about |around |approximately |at least |up to |"
                         r"well over |just over |a good )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"twelve|twenty|thirty|forty|several|a few|a couple of|\d+) (?:minutes?|hours?|days?|nights?)\b|"
                         r"\bfor a good (?:minutes?|hours?|days?|nights?)\b|\bfor (?:hours|days) on end\b", re.I)

# What gives each in the meeting's words, in its own words or others. Words common in talk are read
# only in a form that tells ("saw", not "we'll see"; a "know" or "ask" only denied: "you know" and
# "Okay." give no leave).
# (who saw: a seeing word, or being there or next to it: "Mason and Poppy were right there at the
# table", "his whole family was stood there", "kids everywhere"; not the onlookers named alone,
# "the kids", said of anything)
_SEEN = re.compile(r"\b(?:in front of|saw|seen|watched|watching|heard|witness\w*|present|woke|awake|next to|"
                   r"everywhere|(?:was|were|been|right|stood|standing|sat|sitting) (?:all |both |just )?there|"
                   r"(?:(?<!\bI )was|were|been) (?:all |both )?(?:in|at|on|by|beside) the \w+|beside|listening|could hear|"
                   r"(?:did|do|could|can) (?:\w+ ){1,3}(?:see|hear|watch))\b",
                   re.I)
_LEAVE = re.compile(r"(?:\b(?:permission|consent|say so|said so|behind (?:my|her|his|their|our) back)|"
                    r"(?:n['’]t|\bnot|\bnever|\bnobody|\bno one|\bwithout)(?:\W+\w+){0,3}?\W+(?:say|said|saying|tell|told|"
                    r"telling|ask|asked|asking|let|letting|check|checked|checking|run|ran|mention|mentioned|warn|warned|"
                    r"inform|informed|consult|consulted|knew|knowing|agree|agreed|ring|rang|phone|phoned|text|texted|"
                    r"message|messaged|contact|contacted)|\b(?:didn['’]t|did not|never) know|\bfound out\b|\bno idea)\b",
                    re.I)
_DAYS_NAMED = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # ("back by Sunday": no one)
# (someone by name, "I left them with Jade", where case is kept: a name has its capital; with
# another in the act, "me and Craig", "out with the lads"; or a companion of any kind, "he went to
# his mate's")
_COMPANY_SAID = re.compile(rf"\b(?:[Ww]ith|[Bb]y) (?!{_DAYS_NAMED}\b)[A-Z][a-z]+\b|\b(?:[Mm]e|I) and [A-Z][a-z]+\b|"
                           rf"\b[A-Z][a-z]+ and (?:me|I)\b|"
                           rf"(?i:\bwith (?:the|my|his|her|some|a few) (?:lads|girls|boys|family|group|others)\b|"
                           rf"\b(?:in )?with (?:me|us)\b|\btogether\b|\bother half\b|"
                           rf"\b{_COMPANIONS}\b)")
# (how long: a time word, or a span by its ends, "from Monday to Thursday", "Friday and Saturday";
# not "the minutes" of the meeting)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_A_TIME = re.compile(rf"\b(?:(?<!the )minutes?|hours?|days?|nights?|weeks?|weekend|fortnight|ages|a long time|"
                     rf"all (?:day|night|morning|afternoon|evening)|overnight|till|until|{_DAYS}s? (?:to|till|until|and) "
                     rf"{_DAYS}|from \w+(?: \w+)? (?:to|till|until) )\b", re.I)


def particular_not_said(case: Case) -> Finding | None:
    """The minutes add a particular to what was told (_IN_FRONT, _WITHOUT_LEAVE, _WITH_SOMEONE,
    _FOR_A_TIME) that no sentence of the passage, nor of the person credited around it, gives in
    any words ("they were in the room", "she never asked me", "I left them with Jade", "twenty
    minutes"; a question answered yes gives what it asks). Only where the passage speaks of the
    rest of the statement (below that, not_said weighs the whole); someone named with, wherever
    they are spoken of in the meeting, was there to be spoken of."""
    st, match, ctx = case.st, case.match, case.ctx
    if match is None or match.coverage < ctx.tuning.particular_topic_from:
        return None
    nearby: list[Turn] = list(case.region)
    if st.speakers:
        nearby += [t for t in _theirs_around(case, _one_of(st.speakers, ctx)) if t not in nearby]
    by_recogniser = recognised(case.aligner)
    for m, said in _added(st.text):
        keys = keys_of(set(text_words(m.group(1)).content)) if m.re is _WITH_SOMEONE else None
        if any(said.search(s) for t in nearby for s in _telling(t, case.turns, by_recogniser)) or \
                (keys and any(_words_said(s, keys) for t in case.turns for s in _telling(t, case.turns, by_recogniser))):
            continue
        return _unsaid(case, 0.55, f"The minutes add “{m.group(0).strip()}”, which nobody in the recording said "
                                   f"of it.", "does not say so")
    return None


def _added(text: str) -> list[tuple[re.Match, re.Pattern]]:
    """The particulars a statement gives, each with what gives it in the meeting's words."""
    return [(m, said) for pattern, said in ((_IN_FRONT, _SEEN), (_WITHOUT_LEAVE, _LEAVE), (_WITH_SOMEONE, _COMPANY_SAID),
                                            (_FOR_A_TIME, _A_TIME))
            for m in pattern.finditer(text)]


def _telling(t: Turn, turns: list[Turn], by_recogniser: bool = False) -> list[str]:
    """The sentences of a turn that tell something: not a question, unless the next speaker answers
    it yes ("Were the kids there?" / "Yeah."). A recogniser's question marks are guesses ("It was
    switched up. Can I... for two days?"): there, every sentence."""
    if by_recogniser:
        return _sentences(t.text)
    nxt = turns[t.index + 1] if t.index + 1 < len(turns) else None
    answered_yes = nxt is not None and nxt.speaker != t.speaker and bool(ANSWER_YES.match(nxt.text))
    return [s for s in _sentences(t.text) if answered_yes or not s.rstrip().endswith("?")]

