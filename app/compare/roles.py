"""Who did what to whom: a shallow reading of a sentence's deeds between people, each as (who did
it, the deed's verb, to whom), and whether the sentence stresses who did it ("it was me who rang
her", "I'm the one who sent them").

Minutes swap the two ends of a deed ("Kai punched his cousin" for "his cousin punched Kai"), or
credit it to the wrong one ("Mother phoned her" for "I was the one who rang Shannon"); both sides
then share every word, and only the order says who did what. Read plainly, without a parser: a
person (a name, a pronoun, a relative or a role, after "his", "the", "another" ...), up to two
helping words, a verb, and the person it was done to; or the passive, "Kai was punched by his
cousin"; or a cleft, "it was Dean who rang". People are given as words (lower case); who they are
is the caller's to work out (a pronoun, "mum", a first name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.compare.text import STOPWORDS, lemma

# Words for people by relation or role (a name is given by the caller)
PEOPLE = frozenset("""mum mam mummy mother dad daddy father nan nana nanny gran grandma grandmother grandad grandfather
granddad cousin brother sister son daughter stepdad stepmum stepfather stepmother uncle auntie aunt partner boyfriend
girlfriend husband wife neighbour landlord landlady friend child kid baby boy girl teacher officer worker
nurse doctor midwife manager man woman""".split())
PRONOUNS = frozenset({"i", "me", "he", "him", "she", "her", "they", "them", "we", "us", "you"})
# (before a person: "his cousin", "another child", "the landlord")
_BEFORE = frozenset({"his", "her", "their", "my", "your", "our", "the", "a", "an", "another", "other", "older",
                     "younger", "little", "big", "new", "s", "mr", "mrs", "ms", "miss", "mx", "dr", "pc"})
# (a pronoun that is done to, never doing: "sent them messages")
_OBJECTS = frozenset({"me", "him", "her", "them", "us"})
# (between the doer and the deed: "had punched", "has been", "just", "then", "d")
_HELPING = frozenset({"had", "has", "have", "was", "were", "is", "am", "are", "be", "been", "just", "also", "then",
                      "already", "actually", "apparently", "allegedly", "d", "s", "did", "got", "get", "to"})
# (past forms the lemmatiser reads as words of their own)
_PAST = {"bit": "bite"}
# "I cancelled it myself": who did it is the point, as in a cleft
_MYSELF = re.compile(r"\b(?:myself|himself|herself|themselves|ourselves)\b")
_PASSIVE = frozenset({"was", "were", "been", "be", "got", "get", "is", "are"})
# Deeds too light to say who did what ("had her", "is him", "told me he ...")
_NO_DEED = frozenset({"say", "tell", "think", "know", "want", "like", "love", "see", "hear", "ask", "feel", "need",
                      "mean", "let", "make", "give", "take", "get", "go", "come", "have", "be", "do"})
# One deed in several words: ringing someone ("I rang her", "she called me", "he phoned the school")
_SAME_DEED = {"call": "ring", "phone": "ring", "telephone": "ring"}
_CLEFT = re.compile(r"\b(?:it (?:was|is|'s)|it's) (?:(?:mr|mrs|ms|miss|dr|pc) )?([a-z']+) (?:who|that) ([a-z]+)\b|"
                    r"\b([a-z']+?)(?: was| is|'m| am| are|'re) the (?:one|ones|1) (?:who|that) ([a-z]+)\b")


@dataclass(frozen=True)
class Deed:
    doer: str
    verb: str  # (a lemma)
    done_to: str  # "" where nobody is named
    stressed: bool = False  # "it was me who ...": who did it is the point


def is_person(word: str, names: frozenset[str]) -> bool:
    return (word in names and word not in STOPWORDS) or word in PRONOUNS or word in PEOPLE or lemma(word) in PEOPLE


@lru_cache(maxsize=20000)  # (read from many statements)
def deeds(sentence: str, names: frozenset[str]) -> tuple[Deed, ...]:
    """The deeds between people the sentence tells of (see the module's note). `names`: the words,
    lower case, that name people here."""
    low = sentence.lower().replace("’", "'")
    if "each other" in low or "one another" in low:
        return ()  # (done both ways)
    words = re.findall(r"[a-z]+", low)
    out = []
    for m in _CLEFT.finditer(low):
        who, verb = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        who = "i" if who in ("me", "i") else who
        if is_person(who, names) and _deed(verb) not in _NO_DEED:
            out.append(Deed(who, _deed(verb), "", True))  # ("it was me who phoned" = "who rang")
    for i, w in enumerate(words):
        if not is_person(w, names) or w in _OBJECTS or (i + 1 < len(words) and words[i + 1] in PEOPLE):
            continue  # (a person's word, at the end of how they are named: "his cousin", not "his")
        j = i + 1
        passive = False
        while j < len(words) and j - i <= 3 and words[j] in _HELPING:
            passive = passive or words[j] in _PASSIVE
            j += 1
        if j >= len(words) or (words[j] in STOPWORDS and words[j] not in _PAST) or is_person(words[j], names):
            continue
        verb = _deed(words[j])
        if verb in _NO_DEED or verb == words[j] and passive:
            continue  # ("was happy": no deed; a passive's verb is a participle)
        k = j + 1
        if passive:
            # "Kai was punched by his cousin": the one after "by" did it, to the one before
            if k < len(words) and words[k] == "by":
                doer = _person_at(words, k + 1, names)
                if doer:
                    out.append(Deed(doer, verb, w))
            continue
        done_to = _person_at(words, k, names)
        # (a "myself" after what was done: "I had to cancel the visit myself"; not one done to, right
        # after the deed: "she's set herself a goal")
        out.append(Deed(w, verb, done_to, bool(_MYSELF.search(" ".join(words[k + 1: k + 8])))))
    # "the visit was cancelled by me": a thing done, and who did it named after "by"
    for i, w in enumerate(words):
        if w == "by" and i >= 2 and words[i - 2] in _PASSIVE and not is_person(words[i - 3] if i >= 3 else "", names):
            verb, doer = _deed(words[i - 1]), _person_at(words, i + 1, names)
            if doer and verb != words[i - 1] and verb not in _NO_DEED:
                out.append(Deed(doer, verb, "", True))
    return tuple(out)


def _deed(word: str) -> str:
    """The deed a verb names, as a lemma ("bit" -> "bite", "phoned" -> "ring")."""
    verb = _PAST.get(word) or lemma(word)
    return _SAME_DEED.get(verb, verb)


def _person_at(words: list[str], k: int, names: frozenset[str]) -> str:
    """The person named from words[k], past up to three words before one ("his older cousin")."""
    for n in range(k, min(k + 4, len(words))):
        if is_person(words[n], names) and not (n + 1 < len(words) and words[n + 1] in PEOPLE):
            return words[n]
        if words[n] not in _BEFORE and not is_person(words[n], names):
            return ""
    return ""
