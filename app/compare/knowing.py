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

from app.compare.cue_patterns import Folded
from app.compare.valence import clauses

# The verbs of telling someone: the one told knows
_TELL = "told|rang|phoned|telephoned|texted|messaged|called|warned|informed"
# ... and of passing a thing on, which take it, that or to before the one told ("mentioned it to me",
# "explained it to her", "nobody from the school contacted me")
_PASS_ON = rf"{_TELL}|mentioned|explained|contacted|emailed|showed|tells|tell"
_THING = r"(?:(?:it|that|this|them|everything|all (?:of )?(?:it|that|this)|anything|a word|a thing) )?"
_TOLD_ONE = r"(?:me|us|him|her|them)\b"
# Not knowing, in the ways English says it
# (the "n't" of "wasn't", "haven't" begins inside a word: no word boundary before it)
_NOT_KNOWING = re.compile(
    r"(?:\b|(?=n['’]t\b))(?:unaware|no (?:idea|clue|inkling)|"
    r"(?:not|n['’]t) (?:got )?(?:a|an|the (?:faintest|slightest|foggiest)) (?:idea|clue|inkling)|"
    r"(?:knew|known|know) nothing|not (?:been |be )?aware|n['’]t (?:been |be )?aware|"
    r"(?:did|do|does|had|have|has)(?: not|n['’]t) (?:know|known|realise|realize|realised|realized)\b"
    r"(?! (?:him|her|them) (?:that |very |all that )?well\b)|"
    r"never (?:knew|known|realised|realized|heard|been told)|not known|"
    r"(?:not|n['’]t|never) (?:been|be) (?:told|informed|made aware)|"
    r"(?:was|were|is|are|am)(?: not|n['’]t| never) (?:told|informed|made aware)|"
    r"(?:not|n['’]t) (?:yet )?heard (?:anything |a thing |a word |nothing )?(?:about|of)\b|"
    rf"(?:not|n['’]t|never) (?:{_PASS_ON}|said) {_THING}(?:to |with )?{_TOLD_ONE}|"
    r"(?:nobody|no one|no-one)(?: (?:from|at|in|on) (?:the )?[\w'’]+)?(?:['’]s| had| has| ever)? "
    rf"(?:{_PASS_ON}|said|says)(?: (?:me|us|him|her|them|you))?|"
    r"(?:not|n['’]t|never) (?:been )?brought to (?:my|his|her|their|our) attention|"
    r"news to (?:me|us|him|her|them)\b|kept (?:it|that|this|things) (?:quiet )?from (?:me|us|him|her|them)\b|"
    r"(?:kept|left) in the dark|"
    r"first (?:time )?(?:(?:i|he|she|they|we)(?:['’]ve|['’]d| have| had)? )?"
    r"(?:heard|knew|learned|learnt|found out)|"
    r"only (?:learned|learnt|found out|became aware|discovered|realised|realized|heard|knew))", re.I)
_NOT_KNOWING = Folded(_NOT_KNOWING)  # (asked first in lower case: cue_patterns.Folded)
# Knowing: knew, had known, was aware, did know, noticed, knows about; being told (by someone: "she
# rang me about it", "he did tell me", "I was told", "she went through it with me"). Not finding out
# ("I found out on the Wednesday", "she heard about it from Jude"): the moment says both, not
# knowing before it and knowing after, and which side the minutes mean is a matter of when
_KNOWING = re.compile(
    r"\b(?:knew|(?:had|have|has|['’]ve|['’]d) known|(?:was|were|am|is|are|['’]m|['’]re|been) (?:fully |well )?aware|"
    r"(?:did|do|does) know|know (?:all |everything )?about|know all (?:that|this)|"
    r"noticed|realised|realized|spotted|"
    rf"(?:{_TELL}|did tell) (?:me|him|her|them|us)\b|"
    rf"(?:mentioned|explained|showed) (?:{_TOLD_ONE}|(?:[\w'’]+ ){{1,4}}?(?:to|with) {_TOLD_ONE})|"
    rf"went (?:through|over) {_THING}with {_TOLD_ONE}|"
    r"brought (?:it|that|this) to (?:my|his|her|their|our) attention|"
    r"let (?:me|him|her|them|us) know|(?:had|has|have) been (?:told|informed|made aware)|"
    r"(?:was|were|am|is|are|['’]m|['’]re) (?:told|informed)|made aware)", re.I)
_KNOWING = Folded(_KNOWING)  # (asked first in lower case: cue_patterns.Folded)
# Who knows: the subject just before the words of knowing, with only helping words between ("she
# had not", "I'd never", "you had"), or in them: the one told ("told me", "nobody told us",
# "first I'd heard") where the speaker is the one; for one the minutes report, "to his attention",
# or "him" told by another (_ONE_TOLD below). Not "her parents are unaware", "my mum knew".
_FIRST = (frozenset({"i", "we", "i'd", "i've", "i'm", "we'd", "we've", "we're"}), re.compile(r"\b(?:me|us|my|our)\b", re.I))
_THIRD = (frozenset({"he", "she", "they", "you", "he'd", "she'd", "they'd", "you'd", "he's", "she's", "they've",
                     "you've"}), re.compile(r"\b(?:his|her|their|your) attention\b", re.I))
_HELPING = frozenset({"had", "have", "has", "was", "were", "been", "be", "am", "is", "are", "not", "never", "did", "do",
                      "does", "only", "just", "really", "honestly", "already", "always", "fully", "genuinely",
                      "simply", "truly", "certainly", "definitely", "actually", "then", "also", "still",
                      # (how often: "she usually knew where Tia was"; not "rarely", "seldom", which deny)
                      "usually", "normally", "generally", "often", "sometimes", "mostly"})
# ... a clause that goes on without its subject ("he had known about the visit but had not known
# she was there") has the last clause's
_GOING_ON = frozenset({"but", "and", "yet", "or", "though", "although"})


# Telling: the one told knows, whoever tells ("she had not told him": he did not know, not she)
_TELLING = re.compile(rf"\b(?:{_PASS_ON}|said|let|brought|kept(?! in the dark)|news)\b", re.I)
# ... unless told is what happened to them ("I was told", "she had been informed")
_PASSIVE = re.compile(r"\b(?:been|be|was|were|is|are|am|made)\b|n['’]t (?:told|informed)", re.I)
# ... and where the minutes report someone told by another ("the school had told him", "nobody had
# told her", "it was news to him"), the one told is the one they report: "him" is the speaker of
# "Mr Tate said the school had told him". Not where the teller is they ("she had not told him").
_ONE_TOLD = re.compile(r"\b(?:him|her|them)\b", re.I)
_NOBODY = re.compile(r"(?:nobody|no one|no-one)\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:'\w+)?", text.lower().replace("’", "'"))


def _knower(before: str, words_of_it: str, who: tuple) -> bool | None:
    """Is the one who knows (or not) of `who`'s kind: a subject of theirs just before, or named in
    the words of knowing themselves (the one told, or "first I'd heard")? None where the clause
    goes on from the last one without a subject of its own, or has none at all ("No idea.")."""
    subjects, told = who
    if told.search(words_of_it) or subjects.intersection(_words(words_of_it)):
        return True
    ws = _words(before)
    subject = next((w for w in reversed(ws[-4:]) if w not in _HELPING), None)
    if _TELLING.search(words_of_it) and not _PASSIVE.search(words_of_it):
        if who is _THIRD and _ONE_TOLD.search(words_of_it):
            return subject not in subjects  # (told by another; "she had not told him": she told)
        return False  # (told someone else)
    for w in reversed(ws[-4:]):
        if w in subjects:
            return True
        if w not in _HELPING:
            return None if w in _GOING_ON else False
    return None if not ws else False


# "I knew you'd say that": not a thing known before; "you know", "I know" as fillers are left out
# (not "I know about the fine", "I know all that")
_NOT_OF_A_THING = re.compile(r"\bknew (?:you|you['’]d|it would|that would|this would)\b", re.I)
_FILLER = re.compile(r"\b(?:you|i) know\b(?! (?:all |everything )?about\b| all (?:that|this)\b)", re.I)
# A clause that supposes or wishes ("If I'd known ...", "I wish I'd known") says nothing of what
# they knew
_SUPPOSING = re.compile(r"\b(?:if|wish|wished|unless|whether|suppose|supposing)\b", re.I)
# ... and one that doubts it says they did not, where the doubt brings in the knower ("I don't think
# she knew", "I doubt he was aware"; not "I didn't think anything of it because I knew", "there's
# no doubt she knew", "I don't doubt she knew")
_DOUBTED = re.compile(r"(?:\b(?:do|did|does)(?: not|n['’]t) (?:think|believe|reckon)|(?<!\bno )(?<!\bnever )(?<!\ba )"
                      r"(?<!n['’]t )(?<!\bnot )\bdoubt(?:ed)?|\bno way) (?:that )?[\w'’]+ (?:(?:had|has|was|were|would|"
                      r"could|really|ever|already|even) )*$", re.I)
# (a question asks what they knew; it says nothing: "Did you know about the caution?"; not a
# statement with a tag, "She knew about it, didn't she?")
_QUESTION = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:and|so|but|ok|okay|right|well|(?-i:[A-Z][a-z]+)),?\s+)*"
                       r"(?:did|do|does|is|are|was|were|have|has|had|can|could|would|will|how|what|"
                       r"when|where|who|why)\b[^.!?]*\?", re.I)
# "knew what to do", "didn't know how to cope": knowing how, no thing known (not being told what to
# do, "nobody told me what to do", which says she was not told)
_HOW_TO = re.compile(r"\s+(?:what|how|where|who|which|whether|when) to\b", re.I)
_KNOW_WORD = re.compile(r"\b(?:know|knew|known|realise|realize|realised|realized)$", re.I)


def _knowing_how(clause: str, m: re.Match) -> bool:
    return bool(_KNOW_WORD.search(m.group()) and _HOW_TO.match(clause, m.end()))


@lru_cache(maxsize=16384)  # (each speaker's sentences are read again for every statement crediting them)
def says(text: str, first_person: bool) -> int:
    """-1 where the text says its person did not know, +1 where they knew, 0 where it says
    neither or both ways in different clauses. `first_person`: the person is the speaker ("I
    knew"), else the one the minutes report ("she had not known", "you told us you had known")."""
    who = _FIRST if first_person else _THIRD
    # (a speaker's sentence that opens on the words of knowing, with no subject, is theirs: "Not a
    # clue.", "Knew about it, yes")
    ways, last = set(), first_person
    for clause in clauses(_FILLER.sub(" ", _QUESTION.sub(" ", text) if "?" in text else text)):
        if _NOT_OF_A_THING.search(clause):
            continue
        for pattern, way in ((_NOT_KNOWING, -1), (_KNOWING, 1)):
            # (knowing how, "I didn't know what to do", "she knew how to calm him", is no thing known:
            # the clause's next words of knowing are read instead)
            m = next((m for m in pattern.finditer(clause) if not _knowing_how(clause, m)), None)
            if m:  # (not knowing first, whoever it is of: "I didn't know till nursery rang me")
                if _SUPPOSING.search(clause[:m.start()]):
                    last = False
                    break
                # ("nobody had explained the advice to her": the one told is further on)
                words_of_it = clause[m.start():] if _NOBODY.match(m.group()) else m.group()
                knower = _knower(clause[:m.start()], words_of_it, who)
                last = last if knower is None else knower
                if last:
                    ways.add(-way if way > 0 and _DOUBTED.search(clause[:m.start()]) else way)
                break
    return ways.pop() if len(ways) == 1 else 0


# The end of not knowing ("until the school rang me") and the start of knowing ("since the school
# rang her", "after he told me", not an "after-school club"): the same day, told two ways
_UNTIL = re.compile(r"\b(?:until|till|til|before)\b", re.I)
_SINCE = re.compile(r"\b(?:since|after(?![-‐‑])|once|from (?:then|that|the (?:day|moment|time)|when))\b", re.I)
# ... or the moment itself on both sides: not knowing ended by being told or finding out ("until the
# nursery rang her", "she only found out from the school") and, on the other side, the telling alone
# ("the nursery manager rang me on the Monday"), not knowing all along ("I knew, she rang me"). Not
# an end that is only a time ("until the conference"): when they were told may be before it.
_LEARNING = re.compile(rf"\b(?:{_TELL}|mentioned|explained|contacted|emailed|showed|found out|heard|learned|learnt|"
                       r"made aware|let (?:me|him|her|them|us) know|raised|said)\b", re.I)
_ONLY_LEARNT = re.compile(r"\b(?:only|first) (?:\w+ )?(?:learned|learnt|found out|became aware|discovered|heard)\b",
                          re.I)
# (knowing now, "I know about it", is what a telling leaves; "I knew", "I was aware" may be all along)
_ALL_ALONG = re.compile(r"\b(?:knew|known|(?:was|were) (?:fully |well )?aware)\b", re.I)


def _ended_by_learning(text: str) -> bool:
    return bool(_ONLY_LEARNT.search(text)) or any(
        (m := _UNTIL.search(c)) and _LEARNING.search(c[m.end():]) for c in clauses(text))


def _end_named(did_not: str, knew: str) -> bool:
    """Does the telling name the end of not knowing: its day or who told ("until the Wednesday" /
    "the school rang me on the Wednesday")?"""
    m = _UNTIL.search(did_not)
    end = {w for w in _words(did_not[m.end():])[:4] if len(w) > 3} if m else set()
    return bool(end & set(_words(knew)))


def same_day(minutes: str, said: str, way: int) -> bool:
    """Do the two sides speak of the same moment of learning, one as when it ended not knowing,
    the other as when knowing began ("I didn't know until Gideon rang me" / "she had known since Mr
    Rowan telephoned her"), or both as the telling itself ("she had not known until the school rang"
    / "Hester phoned me at lunchtime")? `way`: the minutes' way."""
    knew, did_not = (minutes, said) if way > 0 else (said, minutes)
    knowing = [c for c in clauses(knew) if _KNOWING.search(c) or _LEARNING.search(c)]
    if _UNTIL.search(did_not) and any(_SINCE.search(c) for c in knowing):
        return True
    ended = _ended_by_learning(did_not) or _end_named(did_not, knew)
    return ended and any(_LEARNING.search(c) for c in knowing) and not any(_ALL_ALONG.search(c) for c in knowing)


def words_of_knowing(text: str) -> str:
    """The text without its words of knowing and telling: what is left says what was known."""
    return _KNOWING.sub(" ", _NOT_KNOWING.sub(" ", text))
