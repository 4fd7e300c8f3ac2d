"""How much of a thing, or how often: a sentence's word for all, most, some, few or none ("every
visit", "usually", "a couple of times", "only one of my visits", "not once"), with where it stands.

Minutes turn "only one came back clear" into "all his tests were clear", "once a fortnight, if
that" into "always": the two sides share the thing counted and differ in how much of it. Levels:
ALL 4, MOST 3, SOME 2, FEW 1, NONE 0. Two readings are opposed where they lie two or more apart:
three or more ("all of them" / "only one") or none against some ("no call-outs this year" / "we've
been out four times") whatever each counts; two ("every weekend" / "some weekends", "usually" /
"rarely") of the same thing. "All" against "most" is a rounding, not an opposite.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare.text import words as plain_words

ALL, MOST, SOME, FEW, NONE = 4, 3, 2, 1, 0

# Each level's words, the narrower first: "only one" before "one", "not all" before "all", "all but
# one" before "all". Not "all right", "at all" alone, "all along" or "all term" (of when), "after
# all", "first of all", "all in all"; not "no" as an answer ("No, she hasn't"), nor "no doubt", "no
# problem"; the "no" of "no detentions" stands before what it counts.
_LEVELS = [
    (NONE, r"not (?:once|one|a single|any|at all|ever)|none|never|nothing|nobody|no one|no-one|"
           r"no(?= (?!doubt|problem|longer|way|idea|worries|matter|thanks|thank)[a-z]{3,})"),
    (FEW, r"only (?:the )?(?:one|once|first|two|twice|a couple|a few|\d+)|just (?:the )?(?:one|once|first)|"
          r"hardly (?:ever|any)|barely (?:ever|any)|rarely|seldom|very (?:little|few)|not (?:much|many|often)"),
    (SOME, r"not (?:all|every|always|everything|everyone|everybody)|some|sometimes|several|a few|a couple|occasionally|"
           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times|"
           r"now and (?:then|again)|from time to time|once or twice|at times|the odd"),
    (MOST, r"all but (?:one|two)|nearly (?:all|every|always)|almost (?:all|every|always)|most|mostly|usually|"
           r"generally|more often than not|the majority|loads of|lots of|plenty of|a lot of|repeatedly|time and again|"
           r"again and again|over and over|time after time"),
    (ALL, r"all(?! right\b| along\b| in all\b| over\b| sorts\b| the same\b| (?:day|night|week|weekend|term|month|"
          r"year|morning|afternoon|evening|summer|winter)\b)|every|each|both|always|everything|"
          r"everyone|everybody|without fail|constantly|all the time"),
]
# (any of them, for taking them out of a text)
WORDS = re.compile("|".join(rf"\b(?:{words})\b" for _, words in _LEVELS), re.I)
_QUANTITY = re.compile("|".join(rf"(?P<l{level}_{n}>\b(?:{words})\b)" for n, (level, words) in enumerate(_LEVELS)),
                       re.I)
# phrases that hold a quantity word and say no quantity: "after all", "first of all", "at all costs",
# "each other", "all right", "for some time", "for a few weeks" (how long, not how often), "a few times a week" (a rate,
# the details' to weigh), "every now and then" (some)
_NO_QUANTITY = re.compile(r"\b(?:after all|first of all|above all|all in all|(?:not )?at all|each other|one another|"
                          r"(?:for )?some time|for (?:some|a few|several|a couple of) (?:days|nights|weeks|months|years)|"
                          r"(?:a few|a couple of|several|\w+) times (?:a|an|per|each|every) (?:day|night|week|weekend|"
                          r"month|year|fortnight|term)|"
                          r"all of a sudden|each to (?:their|his|her) own|every other|no (?:wonder|offence|sooner)|"
                          r"none the (?:wiser|worse)|not one to|for good|once and for all|(?:is|was|that's|it's) all\b)",
                          re.I)
_EVERY_NOW = re.compile(r"\bevery (?:now and then|so often|once in a while)\b", re.I)


# The same patterns minding case, for an ASCII text in lower case: lower() is what re.I folds there
# (none of them holds a capital or a letter beyond ASCII), and a case-blind pattern is read slowly
_QUANTITY_LOWER, _NO_QUANTITY_LOWER, _EVERY_NOW_LOWER, WORDS_LOWER = (
    re.compile(p.pattern) for p in (_QUANTITY, _NO_QUANTITY, _EVERY_NOW, WORDS))


@lru_cache(maxsize=20000)  # (asked of the same sentence from many statements)
def readings(sentence: str) -> tuple[tuple[int, int], ...]:
    """Each word for how much or how often in the sentence, as (level, the index of the word after
    it among the sentence's words), in order."""
    text = sentence.replace("’", "'")
    # (what is no quantity blanked, and "every now and then" made "sometimes", each in as many
    # letters: a match's place is then its place in the sentence, whose words the checks read as
    # text.words gives them, contractions opened: "He's been to every session")
    if text.isascii():  # (the same matches, the same words counted before each: see _QUANTITY_LOWER)
        quantity, text = _QUANTITY_LOWER, _EVERY_NOW_LOWER.sub(_sometimes, _NO_QUANTITY_LOWER.sub(_blank, text.lower()))
    else:
        quantity, text = _QUANTITY, _EVERY_NOW.sub(_sometimes, _NO_QUANTITY.sub(_blank, text))
    out, full = [], plain_words(sentence)
    for m in quantity.finditer(text):
        out.append((int(m.lastgroup[1]), _after(full, sentence[: m.end()])))  # (group "l<level>_<n>")
    return tuple(out)


def _after(full: list[str], before: str) -> int:
    """The index, among the sentence's words (`full`), of the word after the last of `before`: by
    the last word's own place where it is found (a rewrite of words that run on past the cut, "been
    to every" / "attend every session", counts them otherwise), else by how many words come before."""
    told = plain_words(before)
    if told and told.count(told[-1]) <= full.count(told[-1]):
        seen = 0
        for i, w in enumerate(full):
            seen += w == told[-1]
            if seen == told.count(told[-1]):
                return i + 1
    return len(told)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _sometimes(m: re.Match) -> str:
    return "sometimes".ljust(len(m.group(0)))


def far_apart(a: int, b: int) -> bool:
    """Do two levels say opposite things whatever each counts: three or more apart ("all" / "only
    one"), or none against some? (Two apart, "every" / "some", only of the same thing.)"""
    return abs(a - b) >= 3 or (NONE in (a, b) and max(a, b) >= SOME)


def opposed(a: int, b: int) -> bool:
    """Do two levels say opposite things of one thing: two or more apart (far_apart, or "every" /
    "some" of the same thing)?"""
    return abs(a - b) >= 2
