"""A service, team or course the minutes name by what it does ("a referral to the tissue viability
nurse", "will attend an anger management course") that nobody in the meeting spoke of: none of the
words that say which one it is was said, in any form. Minutes that add a referral or a course add a
step the family will be held to.

The name is the run of words just before a noun of services ("nurse", "team", "course"), up to
three, stopping at a small word ("the", "to", "her") or an owner ("the council's"). Only a name all
of whose describing words were said nowhere counts: "the family support team" where the meeting
said "family support" is the same service.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.compare.cue_patterns import Gated
from app.compare.text import STOPWORDS

_NOUNS = r"(?:services?|teams?|clinics?|courses?|programmes?|programs?|nurses?|units?|groups?|projects?|schemes?|" \
         r"centres?|therapy|therapists?|workers?|panels?)"
_NAMED = re.compile(r"(?<![\w'\u2019])((?:[A-Za-z][\w-]*\s+){1,3})(" + _NOUNS + r")\b")
# (read only where one of _NOUNS is, in lower case: each match ends with one, and most statements hold none)
_NAMED = Gated(_NAMED, ("service", "team", "clinic", "course", "program", "nurse", "unit", "group", "project",
                        "scheme", "centre", "therap", "worker", "panel"))
# ... but not a group, team or course *of* something: "a small group of friends"
_OF = re.compile(r"\s+of\b", re.I)
# Words that say which kind of a service it is no more than "the" does
_GENERAL = {"new", "local", "same", "further", "other", "another", "specialist", "relevant", "appropriate", "own",
            "recommended", "suitable", "usual", "existing", "weekly", "regular", "first", "second", "next", "whole"}


def named(statement: str) -> list[tuple[str, list[str]]]:
    """(the service as written, its describing words, lower case) for each the statement names
    after a determiner or an owner ("the", "an", "her", "the council's"): "was attending clinic"
    names no service, it goes to one; nor does "a small group of friends" (a group of something is
    a number of them)."""
    out = []
    for m in _NAMED.finditer(statement):
        if _OF.match(statement, m.end()):
            continue
        before = statement[:m.start()].split()[-1:]
        words = m.group(1).split()
        describing: list[str] = []
        for w in reversed(words):
            if _ends_name(w):
                before = [w]
                break
            describing.insert(0, w)
        if before and _ends_name(before[0]) and _OWNER_OR_DETERMINER.match(before[0]) \
                and any(len(w) >= 4 for w in describing):
            out.append((" ".join([*describing, m.group(2)]), [w.lower() for w in describing]))
    return out


def _ends_name(w: str) -> bool:
    low = w.lower()
    return low in STOPWORDS or low in _GENERAL or low.endswith(("'s", "\u2019s"))


_OWNER_OR_DETERMINER = re.compile(r"^(?:the|a|an|her|his|their|its|our|my|your|this|that|\w+(?:'s|\u2019s))$", re.I)


def unmentioned(statement: str, said: Callable[[str], bool], initials_said: Callable[[str], bool]) -> list[str]:
    """The services the statement names of which nothing was said: no describing word in any form
    (`said`), however short ("the unreliable bus service" is a bus service), nor the name's
    initials ("TVN")."""
    out = []
    for written, describing in named(statement):
        initials = "".join(w[0] for w in written.split())
        if not any(said(w) for w in describing) and not (len(initials) >= 2 and initials_said(initials.lower())):
            out.append(written)
    return out
