"""Notice: whether a sentence says someone let another know (rang, texted, told them ahead), or did
not.

Minutes often hold it against a parent that they missed something "without letting the clinic
know", "did not tell school", "only got in touch after the school had rung"; the worker may have
said "she rang me that morning to say", "he did ring me beforehand". The two sides share the thing
missed, seldom the words of telling.

A sentence gives notice where someone other than the speaker rang, texted or told, unnegated, and
says when or what for: ahead ("beforehand", "that morning", "the day before"), of their own
accord ("rang me herself"), or to say something ("rang to say", "and told me"). The speaker's own
"I rang her" is left out: it is as often the worker chasing the parent as the parent ringing.
"""

from __future__ import annotations

import re

from app.compare.cue_patterns import Folded
from app.compare.valence import clauses

_CONTACT = r"(?:let (?:\w+ ){1,2}know|tell|inform|notify|contact|ring|phone|call|text|message|email|warn|get in touch)"
# Saying nobody was told: "without letting the clinic know", "did not tell school", "failed to let
# her know", "was not informed", "never brought to his attention", "only got in touch after ...",
# "had not been in touch until ...".
_WITHHELD = re.compile(
    r"\bwithout (?:first |prior |any |advance |previously )?(?:letting (?:\w+ ){1,2}know|telling|informing|"
    r"contacting|notifying|calling|ringing|phoning|texting|messaging|warning|getting in touch)\b|"
    r"\bwithout (?:any |prior |advance |giving (?:any )?)?(?:notice|notification|warning|prior contact|a call)\b|"
    rf"\b(?:did|does|do|had|has|have|would)(?: not|n['’]t)(?: \w+ly)? {_CONTACT}\b|"
    rf"\b(?:failed|neglected|forgot) to {_CONTACT}\b|"
    r"\bnever (?:let (?:\w+ ){1,2}know|told|informed|notified|contacted|rang|phoned|called|texted|warned|got in touch)\b|"
    r"\b(?:was|were|is|are|had been|has been|have been)(?: not|n['’]t| never) (?:told|informed|notified|warned|"
    r"made aware)\b|"
    r"\b(?:had|has|have)(?: not|n['’]t| never) been (?:told|informed|notified|warned|made aware)\b|"
    r"\b(?:not|n['’]t|never) (?:been )?brought to (?:his|her|their|its|the [\w'’]+) attention\b|"
    r"\bno (?:prior |advance )?(?:notice|warning|phone call)\b|"
    r"\bonly (?:got in touch|made contact|contacted|told|informed|rang|phoned|called|disclosed|mentioned|spoke about|"
    r"raised|admitted)\b.{0,80}?\b(?:after|once|when)\b|"
    r"\b(?:not|n['’]t|no) (?:been )?in (?:touch|contact)\b.{0,60}?\buntil\b", re.I)
_WITHHELD = Folded(_WITHHELD)  # (asked first in lower case: cue_patterns.Folded)
# ... of those, telling only once found out or asked: "only got in touch after the school rang"
_PROMPTED = re.compile(r"\bonly\b.{0,80}?\b(?:after|once|when)\b|\buntil\b", re.I)
# Telling of one's own accord: "rang me herself", "before I'd even asked", "it was Kerry who rang"
# (the one who told by name or pronoun: not "it was the ward who rang me", which prompted it, nor the
# speaker's own "it was me who rang her")
_CLEFT = r"\b[Ii]t was (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|she|he|they) who "
_UNPROMPTED = re.compile(r"(?i:\b(?:rang|phoned|called|told|texted|messaged|emailed|contacted|got in touch with)"
                         r"(?: \w+){0,2} (?:her|him|them|our)sel(?:f|ves)\b|\bbefore (?:i|we|anyone|they)(?:['’]d| had)? "
                         r"(?:even )?(?:asked|had (?:a|the) chance)|\bwithout being asked\b|\bof (?:her|his|their) "
                         r"own accord\b)|" + _CLEFT)
_ONLY_AFTER = re.compile(r"\bonly (?:after|once|when)\b|\bnot until\b", re.I)

# Telling: "rang me", "did ring", "texted", "got in touch", "let the school know"
_TOLD = re.compile(
    r"\b(?:(?P<did>did) (?:ring|phone|call|text|message|tell|let (?:\w+ ){1,2}know|get in touch|contact|warn)|"
    r"rang|phoned|telephoned|called|texted|messaged|emailed|told|warned|informed|contacted|notified|"
    r"let (?:me|us|him|her|them|the \w+|\w+) know|got in touch)\b", re.I)
# ... and when or why: ahead, of their own accord, or to say something
_AHEAD = re.compile(
    r"\b(?:beforehand|before|ahead|in advance|first thing|that (?:morning|day|night)|the (?:day|night|evening) "
    r"before|(?:her|him|them)sel(?:f|ves)|straight away|right away|to (?:say|tell|let|explain)|and (?:told|said|"
    r"explained)|both times|every time|each time|about (?:it|that|this|the \w+))\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|nobody|no one|no-one)\b|n['’]t\b", re.I)
_SUPPOSING = re.compile(r"\b(?:if|wish|unless|whether|should have|could have|would have|will|going to|['’]ll)\b",
                        re.I)
# who did it: the speaker ("I rang her") is left out (see above)
_FIRST_PERSON = re.compile(r"\b(?:i|we)(?:['’](?:d|ve))?(?: (?:had|have|did|just|actually|also|then|always))* *$",
                           re.I)


def withheld(text: str) -> bool:
    """Does the text say someone did not let another know, or only did once found out?"""
    return bool(_WITHHELD.search(text.replace("’", "'")))


# "It was Kerry who rang me": said to make plain who got in touch first
_IT_WAS_THEM = re.compile(_CLEFT + r"(?i:rang|phoned|called|texted|messaged|emailed|contacted|told|got in touch)\b")


def prompted(text: str) -> bool:
    """Does the text say someone let another know only once asked or found out ("only got in touch
    after the school rang", "had not been in touch until the visit")?"""
    return withheld(text) and bool(_PROMPTED.search(text))


def unprompted(sentence: str) -> bool:
    """Does a sentence that gives notice say it was given of their own accord ("rang me herself",
    "before I'd even asked")?"""
    sentence = sentence.replace("’", "'")
    return bool(_UNPROMPTED.search(sentence)) and not _ONLY_AFTER.search(sentence)


def gave(sentence: str) -> bool:
    """Does the sentence say someone (not the speaker) let another know, ahead, of their own accord
    or to say something? Not "she didn't ring", "if he'd rung", "I rang her"."""
    sentence = sentence.replace("’", "'")
    if _IT_WAS_THEM.search(sentence) and not _NEGATED.search(sentence):
        return True
    for clause in clauses(sentence):
        m = _TOLD.search(clause)
        if not m or _SUPPOSING.search(clause[:m.start()]) or withheld(clause):
            continue
        before = clause[:m.start()]
        if _NEGATED.search(" ".join(before.split()[-3:])) or _FIRST_PERSON.search(before):
            continue
        if m.group("did") or _AHEAD.search(clause[m.end():]) or _AHEAD.search(before):
            return True
    return False


# When someone told, or came to know: at once ("told the school straight away", "reported it the same
# day", "I've known for years") or late ("only found out last Friday", "it took her four months to
# tell me", "I left it a couple of weeks before I said anything")
_TELLING_OR_KNOWING = re.compile(
    r"\b(?:tell|tells|told|telling|report|reports|reported|reporting|disclosed?|discloses|disclosing|raised?|raising|"
    r"informed?|informing|let (?:\w+ ){1,2}know|knew|know|known|aware|f(?:i|ou)nd(?:ing)? out|found out|learn(?:t|ed)?|"
    r"heard|realised|realized|rang|phoned|called|contacted|mention(?:ed|s)?|passed (?:\w+ )?(?:on|to)|got in touch|"
    # (a saying that tells something, "before I said owt"; not one that reports another deed, "she
    # said she'd check it straight away")
    r"(?:say|says|said)(?! (?:she|he|they|i|we|you|that|it)\b))\b", re.I)
_TELLING_OR_KNOWING = Folded(_TELLING_OR_KNOWING)  # (asked first in lower case: cue_patterns.Folded)
_AT_ONCE = re.compile(
    r"\b(?:straight away|right away|immediately|at once|promptly|(?:that|the) same (?:day|morning|afternoon|evening|"
    r"night)|within the hour|at the (?:very )?first (?:visit|meeting|opportunity|chance)|from the (?:start|beginning|outset)|"
    r"(?:from|since) day one|all along|"
    # (known for long: a knowing, not a keeping quiet, "kept it to himself for ages before he told me")
    # (not knowing a person, "I've known the family for years")
    r"(?:known|knew|aware)(?! (?:him|her|them|you|me|us|the family|the kids|the children)\b)(?: \w+){0,4} for "
    r"(?:months|years|ages|a long time|some time|a good while))\b", re.I)
_LATE = re.compile(
    r"\bonly (?:just |recently |then |later )?(?:found|find|learn\w*|heard|realis\w+|realiz\w+|knew|told|reported|"
    r"mentioned|said|rang|called|got in touch|passed|raised|disclosed)\b"
    # (an "only" of when, not of what or why: "I only mentioned it because you asked")
    r"(?=(?: [\w']+){0,8}? (?:after|when|once|later|last|yesterday|recently|then|days|weeks|months|until|till|on)\b)|"
    r"\b(?:found|find) out (?:recently|last|this|yesterday|on)\b|\brecently (?:found|learn\w*|heard|realis\w+|told)\b|"
    r"\bnot until\b|(?:\bnot|n['’]t) (?:\w+ ){0,3}(?:tell|told|say|said|mention\w*|know|knew|realis\w+|realiz\w+|"
    r"find out|found out|hear|heard|report\w*|ring|rang|call\w*|let|inform\w*|disclose\w*|raise\w*)\b(?: \w+){0,8}? "
    r"(?:until|till)\b|"
    r"\btook (?:\w+ ){0,2}(?:about |around |nearly |over |almost )?\w+ (?:days|weeks|months|years) (?:to|before)\b|"
    r"\b(?:days|weeks|months|a week|a month|a fortnight) (?:later|after)\b|"
    r"\bleft it (?:\w+ ){0,3}(?:days?|weeks?|fortnight|months?|while|couple)\b|\bsat on it\b|"
    r"\bwaited (?:\w+ ){0,2}(?:days|weeks|months)\b|"
    r"\b(?:ages|days|weeks|months|a while) before (?:he|she|they|i|we|you) (?:told|said|mentioned|let|rang|reported)\b|"
    r"\bkept (?:it|that|this|things) (?:quiet |to (?:him|her|them|my|our)sel(?:f|ves) )", re.I)


# (the words that say when, either way: what is told is the rest)
WHEN_TOLD = re.compile(f"{_AT_ONCE.pattern}|{_LATE.pattern}", re.I)


def told_when(sentence: str) -> int:
    """Does a sentence of telling or knowing say it was at once (1), or late (-1)? 0 where it says
    neither, both, or is no telling: "she rang me straight away" 1, "it took her weeks to tell me" -1."""
    sentence = sentence.replace("’", "'")
    if not _TELLING_OR_KNOWING.search(sentence) or _SUPPOSING.search(sentence):
        return 0
    at_once, late = bool(_AT_ONCE.search(sentence)), bool(_LATE.search(sentence))
    return 0 if at_once == late else 1 if at_once else -1
