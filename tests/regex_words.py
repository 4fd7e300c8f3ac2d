"""Whether every match of a regular expression holds one of some words: the proof the gates of
app.compare.cue_patterns.Gated rest on (a Gated pattern is read only where one of its words is in
the text, so a word left out of its list silently loses the matches that hold only that word).

Read from the pattern's parsed form (the standard library's re parser): a conservative proof,
True only where the structure shows every match holds a word. Written for the comparer's speed-up
on 5 December (a seventh session) and kept as tests/test_gates.py's tool.
"""

import re
from re import _parser as P
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

CAP = 200


def _lit(code, icase):
    c = chr(code)
    return c.lower() if icase else c


def node(op, av, icase):
    """Every string one node of the parsed pattern can match, where they are few and plain (a
    literal, a small class of letters, a group or choice of such); None where not."""
    if op is LITERAL:
        return {_lit(av, icase)}
    if op is IN:
        # small char class of literals only
        chars = set()
        for o, a in av:
            if o is LITERAL:
                chars.add(_lit(a, icase))
            elif o is RANGE and a[1] - a[0] < 12:
                chars |= {_lit(c, icase) for c in range(a[0], a[1] + 1)}
            else:
                return None
        return chars if len(chars) <= 12 else None
    if op is SUBPATTERN:
        return seq(list(av[-1]), icase)
    if op is ATOMIC_GROUP:
        return seq(list(av), icase)
    if op is BRANCH:
        exacts = [seq(list(alt), icase) for alt in av[1]]
        if any(e is None for e in exacts):
            return None
        ex = set().union(*exacts)
        return ex if len(ex) <= CAP else None
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        lo, hi, sub = av
        e = seq(list(sub), icase)
        if e is None:
            return None
        if lo == 0:
            return e | {""} if hi == 1 else None
        if lo == hi and lo <= 3:
            out = {""}
            for _ in range(lo):
                out = {a + b for a in out for b in e}
            return out if len(out) <= CAP else None
        return None
    if op in (AT, ASSERT, ASSERT_NOT):
        return {""}  # zero width: matches the empty string within the match
    return None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...


def seq(items, icase):
    """Every string a run of nodes can match (the product of theirs), or None where one is not plain."""
    cur = {""}
    for op, av in items:
        e = node(op, av, icase)
        if e is None:
            return None
        cur = {a + b for a in cur for b in e}
        if len(cur) > CAP:
            return None
    return cur


def covered(pattern: re.Pattern, words) -> bool:
    """Does every match of the pattern hold one of `words` (lower case, as read with re.I)? A
    conservative proof: True only where the structure shows it."""
    icase = bool(pattern.flags & re.I)
    words = tuple(w.lower() for w in words) if icase else tuple(words)

    def all_hold(strings):
        return bool(strings) and all(any(w in s for w in words) for s in strings)

    def cov_node(op, av):
        if op is SUBPATTERN:
            return cov_seq(list(av[-1]))
        if op is ATOMIC_GROUP:
            return cov_seq(list(av))
        if op is BRANCH:
            return all(cov_seq(list(alt)) for alt in av[1])
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            lo, hi, sub = av
            return lo >= 1 and cov_seq(list(sub))
        if op is ASSERT:  # a positive lookaround: its words are in the text too (a gate reads the text)
            return cov_seq(list(av[1]))
        return False

    def cov_seq(items):
        cur = {""}
        for op, av in items:
            if cov_node(op, av):
                return True
            e = node(op, av, icase)
            if e is not None:
                prod = {a + b for a in cur for b in e}
                if len(prod) <= 4000:
                    cur = prod
                    if "" not in cur and all_hold(cur):
                        return True
                    continue
            cur = {""}
        return False

    return cov_seq(list(P.parse(pattern.pattern, pattern.flags)))
