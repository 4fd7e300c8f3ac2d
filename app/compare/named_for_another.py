"""One relative, member of school staff or health service named for another: "the maternal
grandmother looked after him" where the meeting said "his auntie had him"; "disclosed to his head
of year" where it said "his form tutor"; "took her to the GP" where it said "the walk-in centre".

Each kind is a closed class of everyday words, in groups that name the same one ("nan",
"grandmother"). A change is reported only when the passage the minutes' words fit never names the
minutes' one (in any word of its group, nor a grandparent as "her mum"), and a sentence of it that
shares the statement's other words names another of the same kind."""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare.cue_patterns import Gated, literals
from app.compare.text import content, expand, lemmas

# kind -> groups; each group the words and phrases that name one relative, role or service
KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "family side": (("maternal",), ("paternal",)),
    "relative": (
        ("grandmother", "grandma", "gran", "granny", "nan", "nana", "nanna", "nanny"),
        ("grandfather", "grandad", "granddad", "grandpa", "grampa"),
        ("aunt", "aunty", "auntie"),
        ("uncle",),
        ("cousin",),
        ("stepfather", "step-father", "stepdad", "step-dad"),
        ("stepmother", "step-mother", "stepmum", "step-mum"),
        ("brother",),
        ("sister",),
        ("neighbour",),
        ("childminder",),
    ),
    "school staff": (
        ("form tutor",),
        ("head of year",),
        ("class teacher",),
        ("headteacher", "head teacher", "headmaster", "headmistress"),
        ("deputy head", "deputy headteacher", "deputy head teacher"),
        ("teaching assistant",),
        ("senco",),
        ("school nurse",),
        ("learning mentor",),
        ("pastoral lead", "pastoral manager", "pastoral worker"),
    ),
    "health service": (
        ("gp", "doctor's", "doctors", "family doctor"),
        ("walk-in centre", "walk in centre", "urgent care", "urgent treatment centre"),
        ("a&e", "a and e", "accident and emergency", "emergency department"),  # ("A and E", as typed from speech)
        ("pharmacy", "pharmacist", "chemist"),
        ("dentist", "dental"),
        ("health visitor",),
        ("midwife",),
        ("paediatrician",),
        ("optician",),
        ("camhs", "child and adolescent mental health service", "child and adolescent mental health services"),
        ("dietitian", "dietician"),
        ("speech and language",),
        ("physio", "physiotherapist", "physiotherapy"),
    ),
}


# Every form, after expand() (which opens "doctor's" to "doctor is" and lowers case), -> its group;
# one pattern tries the longest forms first, so that "deputy head" is that, not also "head"
_FORMS: dict[str, tuple[str, int]] = {expand(f).strip(" ."): (kind, n)
                                      for kind, groups in KINDS.items() for n, group in enumerate(groups) for f in group}
_ANY = re.compile(r"(?<![\w-])(" + literals(sorted(_FORMS, key=len, reverse=True))  # (grouped by first letter)
                  + r")s?(?![\w-])")
# (each form's first word as written and as expand reads it: "a&e" is read "accident and emergency")
_STARTS = tuple(sorted({f.split()[0].split("-")[0] for f in (*_FORMS, *(f for groups in KINDS.values()
                                                                         for group in groups for f in group))}))


@lru_cache(maxsize=20000)
def named(text: str) -> frozenset[tuple[str, int]]:
    """The (kind, group) of each relative, role or service the text names."""
    lower = text.lower()
    if not any(w in lower for w in _STARTS):
        return frozenset()  # (most sentences name none: the test is on the text as it is, before expand)
    return frozenset(_FORMS[m.group(1)] for m in _ANY.finditer(expand(text)))


def named_in(texts: list[str]) -> frozenset[tuple[str, int]]:
    """All that a meeting named."""
    return frozenset().union(*map(named, texts))


def written(kind: str, n: int, text: str) -> str:
    """How the text names that group (its first form, where the text has none of them)."""
    forms = [m.group(0) for m in _ANY.finditer(expand(text)) if _FORMS[m.group(1)] == (kind, n)]
    return forms[0] if forms else KINDS[kind][n][0]


def other_named(statement: str, passage: list[str],
                roles: frozenset[tuple[str, int]] = frozenset()) -> tuple[str, str, str] | None:
    """(what the minutes name, what was named instead, the sentence) where the minutes name a
    relative, role or service the passage never named, and a sentence of the passage sharing two of
    the statement's other words names another of that kind. `roles`: groups the attendees' roles
    name ("Maternal Grandmother"), which a roster gives without anyone saying them. (Not all the
    meeting: "the maternal grandmother takes her to school" against "Kirsty's sister does the school
    run" was missed because a grandmother was spoken of an hour earlier, of something else.)"""
    if all(g in roles for g in named(statement)):
        return None  # (the minutes name none of their own: the passage is not read to find that)
    # (a group the meeting named elsewhere may be named there of another day or another person: it
    # is the passage, where the minutes' words best fit, that must never name it)
    in_passage = named_in(passage)
    if any(_SOMEONES_PARENT.search(x.replace("’", "'")) for x in passage):
        # ("Jordan's parents", "her mum", "his dad": a grandparent may be named so, or a parent)
        in_passage |= {("relative", 0), ("relative", 1)}
    mine = [g for g in named(statement) if g not in roles and g not in in_passage]
    if not mine:
        return None
    words = set(content(lemmas(statement)))
    for kind, n in mine:
        for i, sentence in enumerate(passage):
            rivals = [m.group(0) for m in _ANY.finditer(expand(sentence)) if _FORMS[m.group(1)][0] == kind
                      and _FORMS[m.group(1)] not in named(statement)]  # (in the order said: "his uncle, Mum's brother")
            # (read with the sentence after it, which often says what it was about: "It was his form
            # tutor he spoke to. First thing Tuesday.")
            about = sentence + " " + passage[i + 1] if i + 1 < len(passage) else sentence
            if rivals and len(words & set(content(lemmas(about)))) >= 2:
                return written(kind, n, statement), rivals[0], sentence
    return None


# A parent's own mother or father, as people name them: "my mum" said by a parent, "Jade's mum"
# said of one. The minutes write "the maternal grandmother" for the mother's mother.
_KIN = {"mum": 0, "mam": 0, "mother": 0, "mom": 0, "dad": 1, "father": 1}
# Someone's mother, father or parents, as a sentence of the passage may name a grandparent (other_named)
_SOMEONES_PARENT = re.compile(rf"\b(?:\w+'s|her|his|my|their|your) (?:{'|'.join(_KIN)}|parents)\b", re.I)
# (read only where one of these is: each match ends with one, and most sentences hold none)
_SOMEONES_PARENT = Gated(_SOMEONES_PARENT, (*_KIN, "parents"))


def parents_kin(said: list[tuple[str, str | None]], parents: dict[str, str]) -> frozenset[tuple[str, int]]:
    """The grandparents (and their side of the family) named as a parent's mum or dad. `said`: each
    turn's text with its speaker's side ("maternal" for the mother speaking, "paternal" for the
    father, None for anyone else); `parents`: each parent's first name (lower case) -> their side."""
    out: set[tuple[str, int]] = set()
    names = "|".join(map(re.escape, parents))
    for text, side in said:
        low = text.lower().replace("’", "'")
        found = [(m.group(1), side) for m in re.finditer(r"\bmy (mum|mam|mom|mother|dad|father)\b", low)] if side else []
        if names:
            found += [(m.group(2), parents[m.group(1)]) for m in
                      re.finditer(rf"\b({names})'s (mum|mam|mom|mother|dad|father)\b", low)]
        for kin, whose in found:
            out.add(("relative", _KIN[kin]))
            out.add(("family side", 0 if whose == "maternal" else 1))
    return frozenset(out)
