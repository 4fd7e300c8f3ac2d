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


def better(a, b):
    """Pick the more selective OR-set (longer shortest literal, then fewer)."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def node(op, av, icase):
    """(exact set or None, required OR-set or None) for one node."""
    if op is LITERAL:
        return {_lit(av, icase)}, None
    if op is IN:
        # small char class of literals only
        chars = set()
        for o, a in av:
            if o is LITERAL:
                chars.add(_lit(a, icase))
            elif o is RANGE and a[1] - a[0] < 12:
                chars |= {_lit(c, icase) for c in range(a[0], a[1] + 1)}
            else:
                return None, None
        return (chars if len(chars) <= 12 else None), None
    if op is SUBPATTERN:
        return seq(list(av[-1]), icase)
    if op is ATOMIC_GROUP:
        return seq(list(av), icase)
    if op is BRANCH:
        exacts, reqs = [], []
        for alt in av[1]:
            e, r = seq(list(alt), icase)
            exacts.append(e)
            reqs.append(r if r is not None else (e if e is not None and "" not in e else None))
        ex = None
        if all(e is not None for e in exacts):
            ex = set().union(*exacts)
            if len(ex) > CAP:
                ex = None
        rq = None if any(r is None for r in reqs) else set().union(*reqs)
        return ex, rq
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        lo, hi, sub = av
        e, r = seq(list(sub), icase)
        if lo == 0:
            if hi == 1 and e is not None:
                return e | {""}, None
            return None, None
        if lo == hi and e is not None and lo <= 3:
            out = {""}
            for _ in range(lo):
                out = {a + b for a in out for b in e}
            return (out if len(out) <= CAP else None), None
        return None, (r if r is not None else (e if e is not None and "" not in e else None))
    if op in (AT, ASSERT, ASSERT_NOT):
        return {""}, None  # zero width: matches the empty string within the match
    return None, None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...


def seq(items, icase):
    best = None
    cur = {""}  # exact product of the current run
    all_exact = True
    for op, av in items:
        e, r = node(op, av, icase)
        best = better(best, r)
        if e is not None:
            prod = {a + b for a in cur for b in e}
            if len(prod) <= CAP:
                cur = prod
                continue
        # run broken
        all_exact = False
        if "" not in cur:
            best = better(best, cur)
        cur = {""}
    if all_exact:
        return cur, (best if "" in cur else better(best, cur))
    if "" not in cur:
        best = better(best, cur)
    return None, best


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
            e, _ = node(op, av, icase)
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
