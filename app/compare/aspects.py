"""What a report on a child or a parent is about: the few things professionals judge in every
conference (attendance, punctuality, growth, feeding, sleep, friendships, pain, schoolwork), each as the
ordinary English words that speak of it.

Minutes turn a report round in other words on both sides: "her attendance has been unreliable"
where the worker said "she hasn't missed a single one since the spring"; "his weight gain has
slowed" where the health visitor said "he's put on a kilo, right back on his line". The two share
no word, but they speak of the same thing, and judged_the_other_way (checks.py) may read one
against the other when the same person says it.

Only words that speak of one thing, whoever says them: not "home", "visit" or "night", which a
sentence shares with most judgements; not "session" or "appointment" (what happened at one is not
whether it was kept), "pound" (money) or "join" (a group, a queue).
"""

from __future__ import annotations

from functools import lru_cache

from app.compare.text import lemma

_FIELDS = {
    "attendance": "attend attendance absence absent miss",
    # (being there and being there on time are two things: "she's off one day in four" and "when
    # she comes in she's always punctual" are both true of one child)
    "punctuality": "punctual punctuality late lateness",
    "growth": "weight weigh centile growth grow gain kilo kilogram ounce thrive",
    "feeding": "feed feeding eat eating food meal bottle appetite nutrition intake breakfast lunch",
    "sleep": "sleep sleeping asleep bedtime nightmare wake waking",
    "friendships": "friend friendship mix mixing peer",
    "pain": "pain painful discomfort sore ache",
    "schoolwork": "lesson reading learning homework schoolwork",
}


@lru_cache(maxsize=1)
def _fields() -> dict[str, frozenset[str]]:
    """Each field's words as lemmas (as app.compare.text.lemma gives them: "mixing" is "mixe")."""
    return {name: frozenset(lemma(w) for w in words.split()) for name, words in _FIELDS.items()}


def of(lemmas: set[str] | frozenset[str]) -> frozenset[str]:
    """The fields these lemmas speak of: {"attendance"} for {"attendance", "patchy"}."""
    return frozenset(name for name, words in _fields().items() if words & lemmas)


def words_of(fields: frozenset[str]) -> frozenset[str]:
    """Every lemma of these fields."""
    found: set[str] = set()
    for name in fields:
        found |= _fields()[name]
    return frozenset(found)
