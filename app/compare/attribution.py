"""Who said it: speakers in the minutes ('Health Visitor (Grace Obi)') against the transcript's
speaker names, which may be full labels, a role, a first name, or a placeholder."""

from __future__ import annotations

import re
from functools import lru_cache

from app.minutes.people import AGENCY_ROLES, THE_CHILD, TITLES

# Words of a speaker label that say nothing about who it is: titles, and the glue of "Head of Year"
LABEL_NOISE = {t.lower() for t in TITLES} | {"the", "and", "of"}
FAMILY_SIDE = re.compile(r"\b(mother|father|mum|dad|parent|grandmother|grandfather|grandparent|nan|gran|aunt|"
                         r"uncle|partner|step\w*|carer|advocate|friend|supporter|sister|brother)\b", re.I)


LABEL_WORD = re.compile(r"[a-z]+")  # a word of a speaker label, lower-cased


def _tokens(label: str | None) -> set[str]:
    return set(_label_words(label)) if label else set()


@lru_cache(maxsize=4096)  # (a meeting's few dozen labels, compared pair by pair: same_person's misses)
def _label_words(label: str) -> frozenset[str]:
    return frozenset(t for t in LABEL_WORD.findall(label.lower()) if t not in LABEL_NOISE)


# The agencies whose workers at a conference belong to one organisation, by the first role
# AGENCY_ROLES lists for each: the council's social workers, a school's staff, a nursery, one police
# force, probation, housing, a college. Health is several services, each its own: a midwife is not
# the health visitor's colleague.
_ONE_ORGANISATION = frozenset({"social worker", "head", "nursery", "police", "probation", "housing", "college"})


def same_organisation(a: str | None, b: str | None) -> bool:
    """Do two speakers work for one organisation ("Deputy Headteacher" and "Class Teacher": the
    school)?"""
    mine, theirs = _organisation(role_of(a)), _organisation(role_of(b))
    return mine is not None and mine == theirs


def _organisation(role: str) -> str | None:
    for _, roles in AGENCY_ROLES:
        if any(r and r in role for r in roles):
            return roles[0] if roles[0] in _ONE_ORGANISATION else None
    return None


def role_of(label: str | None) -> str:
    """'Health Visitor (Grace Obi)' -> 'health visitor'."""
    if not label:
        return ""
    return label.split("(")[0].strip().lower()


@lru_cache(maxsize=4096)  # (asked of the same few speakers for every turn and statement)
def is_chair(label: str | None) -> bool:
    """'Chair (Ann Lee)', 'Independent Chair (Ann Lee)', 'Conference Chair (Ann Lee)': the chair."""
    return re.search(r"\bchair\b", role_of(label)) is not None


@lru_cache(maxsize=10000)
def same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    if a.strip().lower() == b.strip().lower():
        return True
    # (the words of each label, read once per label, not once per pair)
    ta, tb = _label_words(a), _label_words(b)
    name_a, name_b = _name_words(a), _name_words(b)
    if name_a and name_b:
        full_a, full_b = _full_name(a), _full_name(b)
        if len(full_a) >= 2 and len(full_b) >= 2:
            # Two full names are one person only when first and last names agree: a mother and a
            # father, or a grandmother, often share a surname.
            return full_a[0] == full_b[0] and full_a[-1] == full_b[-1]
        return bool(name_a & name_b)
    ra, rb = role_of(a), role_of(b)
    if ra and rb and (ra in rb or rb in ra):
        return True
    return bool((name_a or ta) & tb) if (name_a or name_b) else False


def names_in(label: str | None) -> set[str]:
    """The personal names in a label: 'Mother (Kelly Harris)' -> {'kelly', 'harris'}. When the
    person who said it names the credited person ("Kelly says he pushed her"), they are relaying
    that person's account, and crediting it to them is right."""
    return set(_name_words(label)) if label else set()


@lru_cache(maxsize=4096)
def _name_words(label: str) -> frozenset[str]:
    if "(" not in label:
        return frozenset()
    # the last brackets: a role may carry its own ("Class Teacher (Year 3) (Ewan Cartwright)")
    inside = label[label.rfind("(") + 1:].split(")")[0]
    return _label_words(inside) if inside else frozenset()


@lru_cache(maxsize=4096)  # (read for every pair of labels same_person is asked of)
def _full_name(label: str) -> tuple[str, ...]:
    """The words of the name in a label's last brackets, in order: 'Father (Craig Ellison)' ->
    ('craig', 'ellison')."""
    inside = label[label.rfind("(") + 1:].split(")")[0]
    return tuple(t for t in LABEL_WORD.findall(inside.lower()) if t not in LABEL_NOISE)


# (an interpreter speaks the words of the parent they interpret for)
_SPEAKS_FOR_FAMILY = re.compile(r"\b(advocate|supporter|friend|solicitor|representative|interpreter)\b", re.I)


def speaks_for_family(label: str | None) -> bool:
    return bool(label and _SPEAKS_FOR_FAMILY.search(label))


@lru_cache(maxsize=4096)  # (asked of the same few speakers for every turn and statement)
def family_side(label: str | None) -> bool:
    return bool(label and FAMILY_SIDE.search(label))


def is_the_child(label: str | None) -> bool:
    return bool(label and THE_CHILD.match(label))


# A label that says a voice, not a person: a recogniser's placeholder or our voice groups ("Voice 2")
PLACEHOLDER = re.compile(r"(speaker|spk|s|voice)[ _-]?\d+", re.I)


def is_named(label: str | None) -> bool:
    """Does this label name a person? ("Voice 2" does not: it never switches attribution checks on.)"""
    return bool(label and label.strip() and not PLACEHOLDER.fullmatch(label.strip()))


def has_speakers(turns) -> bool:
    """Does the transcript say who spoke? (At least two named speakers.)"""
    named = {t.speaker for t in turns if is_named(t.speaker)}
    return len(named) >= 2
