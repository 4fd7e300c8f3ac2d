"""Wordings that both the omissions (app.compare.omissions) and the fairness rules
(app.fairness.cues, app.fairness.materiality) look for in what was said: a report that reached the
family late or never, the family not told, a complaint about how things were done, an action or an
assurance given in the meeting, an offer of help from the family.

They live here, apart from both, because app.fairness imports app.compare: a pattern kept in
app.fairness that omissions needs could only be imported inside a function (an import cycle).
This module imports nothing from the app, so both sides import it at the top.
"""

from __future__ import annotations

import re


def _twin(pattern: re.Pattern) -> re.Pattern | None:
    """The case-blind pattern minding case, to be asked of an ASCII text in lower case whether there
    is any match (the same answer: lower() is what re.I folds there, for a pattern with no capital
    or other letter of its own; found faster); None where that cannot be so."""
    return re.compile(pattern.pattern, pattern.flags & ~re.I) \
        if pattern.flags & re.I and _lower_case_only(pattern.pattern) else None


def _lower_case_only(source: str) -> bool:
    """Does a pattern's source hold no capital and no letter beyond ASCII, escapes aside (and no
    escape that may spell one: a code, a name or a number; nor a part with flags of its own)? Other
    signs beyond ASCII ("’", "—") have no case: no ASCII letter is one of them, case aside."""
    if re.search(r"\\[xuUN0-9]|\(\?[aiLmsux-]", source):
        return False
    bare = re.sub(r"\\.", "", source)
    return all(c == c.lower() if c.isascii() else not c.isalpha() and c == c.lower() == c.upper() for c in bare)


def literals(forms: list[str]) -> str:
    """A pattern's alternation of these literal forms, tried in this order (re.escape'd), grouped
    by their first character, each group's forms in the same order: only forms opening with the
    character at a place can match there, so the engine reads one group's forms at a place, not all
    of them, and finds the same matches. (For a pattern minding case: under re.I two groups may
    open alike.)"""
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[:1], []).append(f[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(map(re.escape, rest)) + ")" for c, rest in groups.items())


class Folded:
    """A case-blind pattern whose search(), sub() and finditer() ask first, of an ASCII text, whether
    it has any match at all: in lower case, by its twin minding case (_twin). Most texts have none,
    and a case-blind pattern is read slowly; the matches are the pattern's."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.twin = pattern, _twin(pattern)

    def _rules_out(self, text: str) -> bool:
        return self.twin is not None and text.isascii() and self.twin.search(text.lower()) is None

    def search(self, text: str) -> re.Match | None:
        return None if self._rules_out(text) else self.pattern.search(text)

    def sub(self, repl, text: str) -> str:
        return text if self._rules_out(text) else self.pattern.sub(repl, text)

    def finditer(self, text: str):
        return iter(()) if self._rules_out(text) else self.pattern.finditer(text)


class Gated(Folded):
    """A case-blind pattern with words (in lower case) of which every match of it holds one:
    search() looks for them in an ASCII text first, and runs the pattern only where one is (most
    turns hold none, and a long case-blind pattern is read slowly). lower() is what re.I folds
    for ASCII; other text always runs the pattern. (A pattern that minds case may be gated so too:
    the words it matches are in the text's lower case.) search(), sub() and finditer() are
    Folded's: for a text the words rule out, or the twin finds nothing in, they answer at once as
    the pattern would."""

    __slots__ = ("words",)

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        super().__init__(pattern)
        self.words = words

    def _rules_out(self, text: str) -> bool:
        """Is there surely no match: an ASCII text without the words, or one the twin finds none in?"""
        if not text.isascii():
            return False
        low = text.lower()
        for w in self.words:
            if w in low:
                return self.twin is not None and self.twin.search(low) is None
        return True

    def may_match(self, text: str) -> bool:
        if not text.isascii():
            return True
        low = text.lower()
        for w in self.words:  # (a loop, not any() over a generator: asked some 40,000 times a comparison)
            if w in low:
                return True
        return False


# ----- asking for something to be in the minutes ("I want that written down", "for the record")

TO_MINUTE = (r"(?:for the record|minuted|recorded|put that in|in the minutes|written down|"
             r"(?:write|put|note) (?:that|this|it) down|down properly)")

# Asking for something to go in the minutes (or be kept out): "I want that written down",
# "can it be minuted", "please note that", "I'd ask that this is recorded".
_RECORD = (r"(?:minuted|minute (?:it|that|this)|written down|put down|in the minutes|on the minutes|on record|"
           r"on the record|recorded|noted)")
# (each wording holds one of the words after it: a turn with none is not read by the pattern)
MINUTE_REQUEST = Gated(re.compile(
    rf"\b(?:i|we)(?:'d| would)? (?:want(?:ed)?|like|ask(?:ed)?)\b[^.?!]{{0,70}}\b{_RECORD}|"
    rf"\b(?:can|could|will) (?:it|that|this|you|we)\b[^.?!]{{0,60}}\b(?:be )?{_RECORD}|"
    rf"\b(?:can|could|will|would) you (?:please )?(?:note|record|minute|write down|make a note)\b|"
    rf"\bplease (?:note|record|minute|make sure (?:that's|that is|it's|it is) (?:recorded|noted|minuted))\b|"
    rf"\b(?:make sure|ensure) (?:that|this|it)(?:'s| is)? (?:recorded|minuted|noted|written down)\b|"
    rf"\b(?:i|we) (?:don't|do not) want\b[^.?!]{{0,60}}\bin the minutes\b|"
    rf"\bfor the (?:record|minutes)\b|\b(?:is|be) formally (?:recorded|noted|minuted)\b", re.I),
    ("minute", "written down", "put down", "record", "note", "write down"))

# ----- the report, and how the family heard of things

RECEIVED = r"(?:got|(?:didn't|did not|never) get|had|received|seen|saw|read|been given|was given|were given|came|come|" \
           r"arrived|sent (?:to )?(?:me|us)|" \
           r"(?:was|were) handed|handed (?:it|them) (?:to )?(?:me|us)|gave (?:it|them) (?:to )?(?:me|us))"
LATE_WHEN = (r"(?:yesterday|last night|this morning|today|just now|an hour ago|(?:the )?night before|"
             r"(?:the )?(?:evening|day) before|on the day|when i (?:got|arrived) here|(?:as|when) (?:i|we) (?:walked|came) in|"
             r"at the door|in the car|(?:on )?the (?:actual |same |very )?(?:morning|day) of (?:the|that|this) "
             r"(?:meeting|conference)|(?:two|five|ten|a few|a couple of|\d+) minutes ago)")
# A thing of paper a family is sent, or a word that points back to one ("we got it yesterday")
# (a pronoun only as what was received, or what came: "we got it yesterday", "it came last night";
# not "I had a drink last night but that's it")
_PAPERS = re.compile(rf"\b(?:report|reports|paperwork|papers|copy|minutes(?! ago)|assessment|letter|invite|invitation|"
                     rf"documents?|chronology|statement|anything|what (?:she|he|they|you) (?:wrote|sent|put))\b|"
                     rf"\bthe (?:\w+ )?ones?\b(?! of)|"
                     rf"\b(?:{RECEIVED}(?: \w+){{0,2}}|handed|gave) (?:it|them|that(?! (?:morning|day|night|evening|"
                     rf"afternoon|week)))\b|\b(?:it|they|that) (?:only )?(?:came|come|arrived|"
                     rf"was sent|were sent|was given|got here)\b", re.I)  # ("the police one came last night")


class InASentenceWith:
    """A Gated pattern whose match counts only in a sentence that also holds `needs`: "I saw the GP
    this morning" is no report come late; "I saw it this morning" is."""

    __slots__ = ("gated", "needs")

    def __init__(self, gated: Gated, needs: re.Pattern):
        self.gated, self.needs = gated, needs

    def search(self, text: str) -> re.Match | None:
        if self.gated._rules_out(text):
            return None
        for m in self.gated.pattern.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in ".?!") + 1
            ends = [i for i in (text.find(c, m.end()) for c in ".?!") if i >= 0]
            if self.needs.search(text, start, min(ends, default=len(text))):
                return m
        return None


# "we got it yesterday", "I've only seen that just now", "it came last night", "they gave it me at the door"
LATE = InASentenceWith(Gated(re.compile(
    rf"\b{RECEIVED}\b[^.?!]{{0,60}}\b{LATE_WHEN}\b|\b{LATE_WHEN}\b[^.?!]{{0,25}}\b(?:i|we) "
    rf"{RECEIVED}\b|\bonly (?:just )?{RECEIVED}\b[^.?!]{{0,30}}\b{LATE_WHEN}\b", re.I),
    # (each wording of LATE_WHEN holds one of these)
    ("day", "night", "morning", "evening", "just now", "hour ago", " here", "walked in", "came in", "the door",
     "the car", "minutes ago")), _PAPERS)
# A conference's written reports, as people name them
REPORT = re.compile(r"\b(?:report|reports|paperwork)\b", re.I)
# (what was not had must be a thing of paper, or "it": not "I haven't seen them since March", the
# children, nor "I haven't had any alcohol", "we never got any help")
NOT_RECEIVED = re.compile(r"\b(?:(?:i|we)(?:'ve| have)? (?:not|never|n't) (?:seen|had|got|received|been (?:sent|given))|"
                          r"(?:i|we) (?:haven't|didn't|never) (?:seen|had|got|get|receive|received|been (?:sent|given))|"
                          r"(?:i|we) (?:wasn't|weren't|was not|were not) (?:sent|given|shown)|"
                          r"nobody(?:'s| has)? (?:sent|gave|showed|shown|shared)|never (?:got|received|arrived|came))\b"
                          r"[^.?!]{0,30}\b(?:report|reports|paperwork|papers|it|copy|a copy|documents?)\b|"
                          r"\bnobody(?:'s| has)? (?:sent|gave|shown|shared) (?:me|us) anything\b", re.I)
# (NOT_RECEIVED, NOT_INFORMED and PROCESS_COMPLAINT read only where one of the words given them is:
# each wording holds one, and most turns hold none)
NOT_RECEIVED = Gated(NOT_RECEIVED, ("not", "never", "n't", "nobody"))
# Written as a parent would say them, not from any conference: "nobody told us", "I wasn't told",
# "I want to complain", "nobody got back to me".
NOT_INFORMED = re.compile(r"\bnobody(?:'s| has)? (?:rang|rung|called|phoned|told|contacted|let (?:me|us) know)\b|"
                          r"\b(?:i|we) (?:only )?found out\b|\b(?:wasn't|weren't|was not|were not|never) told\b|"
                          r"\b(?:i|we) didn't know\b", re.I)
NOT_INFORMED = Gated(NOT_INFORMED, ("nobody", "found out", "told", "didn't know"))
PROCESS_COMPLAINT = re.compile(r"\bcomplain\w*|\bnot good enough\b|\bnever (?:got|received|had) (?:the|a|any)\b|"
                               r"\bnobody (?:came back|got back|followed (?:it )?up|replied|answered)\b|"
                               r"\bstill waiting\b", re.I)
PROCESS_COMPLAINT = Gated(PROCESS_COMPLAINT, ("complain", "not good enough", "never", "nobody", "still waiting"))

# ----- what the meeting agrees and promises

# An action someone is given in the meeting ("Amira, you'll correct the report"): the plan in the
# minutes should carry it.
_TASKS = r"(?:correct|recirculate|send|share|arrange|refer|chase|write|update|make sure|book|contact|ask)"
# ("you'll get your turn" is the chair running the meeting, not a task: a task verb must follow)
ACTION = Gated(re.compile(r"\b(you(?:'ll| will) (?:\w+ ){0,2}" + _TASKS + r"|(?:will|can|could) you (?:please )?" +
                          _TASKS + r"|(?:will|to) " + _TASKS + r")\b", re.I),
               tuple(_TASKS[3:-1].split("|")))  # (each wording ends with a task)
# What the chair promises the family ("to be clear, I'd expect the plan to end"): it shapes the plan.
# (verbs of promising, in the first person; no conference's own words)
ASSURANCE = Gated(re.compile(r"\b(?:i (?:promise|guarantee|assure you)|you have my word|i (?:would|'d) expect|"
                             r"let me be clear|i (?:want|need) to be (?:clear|honest)|i will make sure)\b", re.I),
                  ("promise", "guarantee", "assure you", "my word", "expect", "be clear", "be honest", "make sure"))

# ----- what the family offers

# The help the family offers ("I can take her", "happy to have them", "we could pick him up"): the
# verbs both readings of an offer below share.
HELPING = r"(?:help|take|have|look after|pick|collect|drive|babysit)"
# An offer as omissions weighs a turn ("I pick her up on Thursdays, I'm happy to do more"): it shapes
# the plan. Beyond the cue's wording: "able to", "come", "support", "do more", "if she wants us".
# (verbs of helping, in the first person; no conference's own words)
OFFER = re.compile(rf"\b(?:(?:happy|glad|willing|able) to|i (?:can|could)|we (?:can|could))\s+"
                   rf"(?:{HELPING}|do (?:more|extra)|come|support)\b|"
                   r"\bif (?:they|you|she|he) (?:need|want) (?:me|us)\b", re.I)
# (read only where one of these is: each wording holds one)
OFFER = Gated(OFFER, ("happy to", "glad to", "willing to", "able to", "i can", "i could", "we can", "we could",
                      "need me", "need us", "want me", "want us"))
# An offer as the cue "offer_of_support" reads it ("I can take her", "happy to help if you need
# me"). Beyond the weighing's wording: "we will ...", "happy to do". (Two readings kept apart so
# that each caller matches exactly what it did; only the verbs are shared.)
OFFER_OF_SUPPORT = re.compile(rf"\b(?:i|we)(?: can| could| will|'ll) {HELPING}\b|"
                              r"\b(?:happy|glad|willing) to (?:help|do|have|take)\b|\bif (?:you|they) need (?:me|us)\b",
                              re.I)
