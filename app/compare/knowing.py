"""Who knew: whether a sentence says someone knew of a thing, or did not.

Minutes often turn what a parent knew round: "she had not known about the caution until it was
raised" where she said "I knew about the caution, he told me at the start"; "he had known for
some time" where he said "I had no idea". The two sides share the thing known, seldom the words of
knowing: "unaware", "no idea", "nobody told me", "it was never brought to my attention" against
"I knew", "I did know", "she rang me about it", "I've known since August".

A clause that says someone did not know wins over one that says they were told in the same
sentence: "I didn't know until the school rang me" did not know (the telling ended it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare.valence import clauses

# The verbs of telling someone: the one told knows
_TELL = "told|rang|phoned|telephoned|texted|messaged|called|warned|informed"
# Not knowing, in the ways English says it
_NOT_KNOWING = re.compile(
    r"\b(?:unaware|no idea|(?:knew|known|know) nothing|not (?:been |be )?aware|n['’]t (?:been |be )?aware|"
    r"(?:did|do|does|had|have|has)(?: not|n['’]t) (?:know|known|realise|realize|realised|realized)\b|"
    r"never (?:knew|known|realised|realized|heard|been told)|not known|"
    r"(?:not|n['’]t|never) (?:been|be) (?:told|informed)|"
    rf"(?:not|n['’]t|never) (?:{_TELL}) (?:me|us)\b|"
    r"(?:nobody|no one|no-one|nobody had|no one had) (?:told|said|mentioned)(?: (?:me|us|him|her|them|you))?|"
    r"(?:not|n['’]t|never) (?:been )?brought to (?:my|his|her|their|our) attention|"
    r"first (?:i |he |she |they |we )?(?:heard|knew|learned|learnt|found out)|"
    r"only (?:learned|learnt|found out|became aware|discovered|realised|realized|heard|knew))", re.I)
# Knowing: knew, had known, was aware, did know, noticed; being told (by someone: "she rang me
# about it", "he did tell me")
_KNOWING = re.compile(
    r"\b(?:knew|(?:had|have|has|['’]ve|['’]d) known|(?:was|were|am|is|are|['’]m|['’]re|been) (?:fully |well )?aware|"
    r"(?:did|do|does) know|noticed|realised|realized|spotted|"
    rf"(?:{_TELL}|did tell) (?:me|him|her|them|us)\b|"
    r"let (?:me|him|her|them|us) know|(?:had|has|have) been (?:told|informed|made aware))", re.I)
# Who knows: the subject just before the words of knowing, with only helping words between ("she
# had not", "I'd never", "you had"), or in them: the one told ("told me", "nobody told us") where
# the speaker is the one, and for one the minutes report, only "to his attention" (in "she had not
# told him", "him" may be anyone, and she is the teller). Not "her parents are unaware", "my mum knew".
_FIRST = (frozenset({"i", "we", "i'd", "i've", "i'm", "we'd", "we've", "we're"}), re.compile(r"\b(?:me|us|my|our)\b", re.I))
_THIRD = (frozenset({"he", "she", "they", "you", "he'd", "she'd", "they'd", "you'd", "he's", "she's", "they've",
                     "you've"}), re.compile(r"\b(?:his|her|their|your) attention\b", re.I))
_HELPING = frozenset({"had", "have", "has", "was", "were", "been", "be", "am", "is", "are", "not", "never", "did", "do",
                      "does", "only", "just", "really", "honestly", "already", "always", "fully", "genuinely",
                      "simply", "truly", "certainly", "definitely", "actually", "then", "also", "still"})
# ... a clause that goes on without its subject ("he had known about the visit but had not known
# she was there") has the last clause's
_GOING_ON = frozenset({"but", "and", "yet", "or", "though", "although"})


# Telling: the one told knows, whoever tells ("she had not told him": he did not know, not she)
_TELLING = re.compile(rf"\b(?:{_TELL}|let|brought)\b", re.I)


def _knower(before: str, words_of_it: str, who: tuple) -> bool | None:
    """Is the one who knows (or not) of `who`'s kind: a subject of theirs just before, or named in
    the words of knowing themselves (the one told)? None where the clause goes on from the last
    one without a subject of its own."""
    subjects, told = who
    if told.search(words_of_it):
        return True
    if _TELLING.search(words_of_it) and not re.search(r"\bbeen\b", words_of_it):
        return False  # (told someone else)
    ws = re.findall(r"\w+(?:'\w+)?", before.lower().replace("’", "'"))
    for w in reversed(ws[-4:]):
        if w in subjects:
            return True
        if w not in _HELPING:
            return None if w in _GOING_ON else False
    return None if not ws else False


# "I knew you'd say that": not a thing known before; "you know", "I know" as fillers are left out
_NOT_OF_A_THING = re.compile(r"\bknew (?:you|you['’]d|it would|that would|this would)\b", re.I)
_FILLER = re.compile(r"\b(?:you|i) know\b", re.I)
# A clause that supposes or wishes ("If I'd known ...", "I wish I'd known") says nothing of what
# they knew
_SUPPOSING = re.compile(r"\b(?:if|wish|wished|unless|whether|suppose|supposing)\b", re.I)


@lru_cache(maxsize=16384)  # (each speaker's sentences are read again for every statement crediting them)
def says(text: str, first_person: bool) -> int:
    """-1 where the text says its person did not know, +1 where they knew, 0 where it says
    neither or both ways in different clauses. `first_person`: the person is the speaker ("I
    knew"), else the one the minutes report ("she had not known", "you told us you had known")."""
    who = _FIRST if first_person else _THIRD
    ways, last = set(), False
    for clause in clauses(_FILLER.sub(" ", text)):
        if _NOT_OF_A_THING.search(clause):
            continue
        for pattern, way in ((_NOT_KNOWING, -1), (_KNOWING, 1)):
            m = pattern.search(clause)
            if m:  # (not knowing first, whoever it is of: "I didn't know till nursery rang me")
                if _SUPPOSING.search(clause[:m.start()]):
                    last = False
                    break
                knower = _knower(clause[:m.start()], m.group(), who)
                last = last if knower is None else knower
                if last:
                    ways.add(way)
                break
    return ways.pop() if len(ways) == 1 else 0


# The end of not knowing ("until the school rang me") and the start of knowing ("since the school
# rang her"): the same day, told two ways
_UNTIL = re.compile(r"\b(?:until|till|til|before)\b", re.I)
_SINCE = re.compile(r"\b(?:since|after|once|from (?:then|that|the (?:day|moment|time)|when))\b", re.I)


def same_day(minutes: str, said: str, way: int) -> bool:
    """Do the two sides speak of the same moment of learning, one as when it ended not knowing,
    the other as when knowing began ("I didn't know until Gideon rang me" / "she had known since Mr
    Rowan telephoned her")? `way`: the minutes' way."""
    knew, did_not = (minutes, said) if way > 0 else (said, minutes)
    return bool(_SINCE.search(knew) and _UNTIL.search(did_not))


def words_of_knowing(text: str) -> str:
    """The text without its words of knowing and telling: what is left says what was known."""
    return _KNOWING.sub(" ", _NOT_KNOWING.sub(" ", text))
