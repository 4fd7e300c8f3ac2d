"""Better or worse: which way a sentence says something is going.

Minutes most often turn a report round in other words: "his reading has slipped" where the teacher
said "he's flying with his reading now", "the allotment was in a poor state" where the visitor found
"the shed tidy, everything watered". The words differ on every side, so negation and the
opposite pairs of polarity.py do not meet; what does is the direction: one side says worse, the
other better, of the same thing.

Two short lists of ordinary English words of judgement (how a child, a parent, a home or a service
is doing), a negation that turns one into the other ("no concerns", "never late"), and a few
readings in which such a word judges nothing ("dropped him off", "late September", "consistent
with a fall", "declined the offer").

The same reading serves a second scale: willing or not ("she declined the cookery course" / "I want
to do the cookery course"; "he agreed to the drug testing" / "I don't want the testing"). Each is a
Scale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.compare.cue_patterns import Folded, Gated
from app.compare.polarity import NOT_DONE, denied_subject_end, hedges
from app.compare.text import MONTHS, lemma
from app.compare.text import WEEKDAYS as _WEEKDAYS
from app.compare.text import words as plain_words

# (lemmas, as app.compare.text.lemma gives them: "happier" is "happy", "settled" "settle")
BETTER = frozenset("""
    improve improvement better good great lovely brilliant excellent fantastic wonderful positive settle calm happy
    cheerful confident chatty sociable safe clean tidy cooperative polite helpful engage consistent reliable punctual
    prompt promptly reassure thrive gain steady stable recover proud nicely smoothly flourish comfortable relax
    attentive enthusiastic smile smiley bubbly lively energetic brilliantly
    """.split())
WORSE = frozenset("""
    worse worsen deteriorate deterioration decline drop fall slip concern worry struggle difficult poor bad unsafe
    dirty messy untidy unclean chaotic withdraw unsettle upset distress anxious aggressive hostile obstructive
    uncooperative guarded evasive reluctant inconsistent patchy sporadic erratic unreliable irregular escalate miss
    late delay hungry tire unkempt neglect strain tense volatile disruptive pain sad tearful miserable isolate slow
    restless unforthcoming lethargic listless subdue clingy frighten scare lonely
    """.split())

# "not" and its like turn the next few words round, up to the next clause ("not late, and he
# worried" leaves the worry); "no" and its like turn what follows in their clause ("nothing at all
# on that visit that worried me").
_NOT = frozenset({"not", "never", "without", "hardly", "barely", "scarcely", "rarely", "seldom", "nor"})
# "fewer missed sessions", "less anxious": less of a bad thing is better, of a good one worse
_LESS = frozenset({"fewer", "less"})
_NONE = frozenset({"no", "nothing", "none", "nobody"})
_NEGATORS = _NOT | _NONE
_NOT_REACH = 5
_NOTHING_TO_DO = ["nothing", "to", "do", "with"]
_CLAUSE_WORDS = frozenset({"and", "but", "or", "so", "which", "that", "who", "because", "as", "then"})
_RELATIVE = frozenset({"which", "that", "who"})
# ... except that a "not" before thinking reaches into what is thought: "did not feel that his sleep
# had improved" says it had not
_THINKING = frozenset({"think", "feel", "believe", "consider", "expect", "say"})
# "no" as an answer ("No, his punctuality has been excellent", often without its comma in a
# recogniser's text) or "no doubt" turns nothing round
_NO_ANSWER = frozenset({"his", "her", "he", "she", "it", "i", "we", "they", "you", "the", "that", "this", "doubt",
                        "question", "honestly", "actually", "not"})
# A clause that supposes ("if it slipped", "I'd worry if") or looks ahead ("we need to see her
# attendance improve", "hopefully it will improve") judges nothing that happened.
_SUPPOSING = frozenset({"if", "would", "could", "might", "may", "unless", "whether", "should", "will", "hope",
                        "hopefully", "need", "needs", "expect", "aim", "sure"})
# The month, not the "may" that supposes: "in May", "since May", "May 2024", "May half-term"
_MONTH_MAY = re.compile(r"\b(?i:in|since|until|till|by|from|of|early|late|mid|end|last|next|this|before|after|"
                        r"during)\s+May\b|\bMay\s+(?:\d|half)")
_CLAUSE = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|though|although|whereas)\b", re.I)
# where one thing said ends and another begins: "the kitchen was clean; the garden's a mess"
_STATEMENT_END = re.compile(r"[;:.!?]")

# Readings that judge nothing: what follows the word says so.
_TAKEN = frozenset({"off", "him", "her", "them", "in", "by", "out", "me", "us"})  # "dropped her off"
_TIMES = frozenset(MONTHS) | frozenset(_WEEKDAYS) | {"morning", "afternoon", "evening", "night", "shift", "stage",
                                                     "booking", "entry", "teens"}  # "late September"
_REFUSED = frozenset({"a", "an", "the", "to", "any", "his", "her", "their", "this", "that", "all", "offer", "support",
                      "help", "from", "contact"})  # "declined the referral", "withdrew the concern": done to a thing
_A = frozenset({"a", "an", "the", "his", "her", "their", "another"})  # "had a fall": an accident, not a decline
_MINE = frozenset({"my", "his", "her", "their", "your", "our", "the"})  # "my late mum": who died
_GREETING = frozenset({"morning", "afternoon", "evening", "night", "luck"})  # "good morning"
_PEOPLE_WORDS = frozenset({"him", "her", "them", "you", "me", "us", "mum", "dad", "mummy", "daddy"})
_TESTED = frozenset({"test", "tests", "tested", "back", "result", "results", "screen", "screened"})
_LEFT = frozenset({"a", "an", "the", "some", "round", "it", "them"})  # "dropped a parcel round": a delivery
_WHEN_NOT_LATE = frozenset({"latest", "later"})  # "the latest scan", "later that day": when, not lateness


def _judges(raw: list[str], ws: list[str], i: int) -> bool:
    """Does the word at i judge here? (`raw`: the words as written, for those around it; `ws` lemmas)"""
    w, nxt, before = ws[i], (raw[i + 1] if i + 1 < len(raw) else ""), (raw[i - 1] if i else "")
    return not ((w == "drop" and (nxt in _TAKEN or nxt in _LEFT))
                or (w == "late" and (nxt in _TIMES or before in _MINE or raw[i] in _WHEN_NOT_LATE))
                or (w == "gain" and before == "weight")  # "his weight gain": what is judged, not a judgement
                or (w == "consistent" and nxt == "with") or (w in ("decline", "withdraw") and nxt in _REFUSED)
                or (w == "fall" and before in _A) or (w == "good" and nxt in _GREETING)
                or (w == "safe" and nxt == "and" and i + 2 < len(raw) and raw[i + 2] == "well")  # a police check
                or (w in BETTER and "too" in raw[i + 1: i + 4])  # "gaining weight too fast": too much of it
                or (w == "positive" and (_TESTED.intersection(raw[max(0, i - 3): i]) or nxt == "for"))  # a test
                or (w == "miss" and nxt in _PEOPLE_WORDS))  # "I miss him": longing, not absence


def clauses(text: str) -> list[str]:
    """The text cut where one judgement may end: at commas, dashes, brackets and "but"."""
    return list(_clauses(text))


@lru_cache(maxsize=20000)  # (a turn's sentences are cut again for statement after statement)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE.split(text) if c and c.strip())


def negated(raw: list[str], ws: list[str], i: int, hedging: bool = False) -> bool:
    """Is the word at i turned round: a "not" a few words before it in its clause ("never late"), a
    "not" before thinking that reaches into what is thought ("did not feel that it had improved"),
    or a "no" before it in its clause ("no concerns at all"; not "No, his ..." nor "no doubt")? Not
    where a hedged opinion brings the "no" in: "I can't say there are no concerns" has concerns
    (`hedging`: the clause has one, polarity.hedges)."""
    if ws[i + 1: i + 5] == _NOTHING_TO_DO:
        return True  # "Dad wants nothing to do with the plan": no yes to it
    if hedging and any(ws[j] in _THINKING and _NOT.intersection(ws[max(0, j - 3): j])
                       and _NEGATORS.intersection(ws[j + 1: i]) for j in range(i)):
        return False
    if any(ws[k] == "that" and k and ws[k - 1] in _THINKING and _NOT.intersection(ws[max(0, k - 4): k - 1])
           for k in range(i)):
        return True
    start = _clause_start(ws, i, _CLAUSE_WORDS)
    before = ws[max(start, i - _NOT_REACH): i]
    if _NOT.intersection(before) or _LESS.intersection(raw[max(start, i - 2): i]):
        return True
    # ... as it does without the "that", however long the thought: "I don't think his behaviour has
    # got any better at all", "I can't say I've seen any improvement"
    if any(ws[k] in _THINKING and _NOT.intersection(ws[max(start, k - 3): k]) for k in range(start, i)):
        return True
    # "neither" denies what its "nor" pairs it with ("neither hostile nor evasive"), and what is
    # said of a subject it opens ("Neither parent was aggressive"; not "Neither parent noticed he
    # was upset", which denies the noticing)
    if "neither" in before and "nor" in ws[i + 1:]:
        return True
    subject_end = denied_subject_end(tuple(ws))
    if subject_end and subject_end <= i < subject_end + _NOT_REACH:
        return True
    # a "no" reaches through what it qualifies ("nothing on that visit that worried me"), not into
    # the next clause ("no issues at nursery and his weight has slipped")
    start = _clause_start(ws, i, _CLAUSE_WORDS - _RELATIVE)
    return any(w in _NONE and (w != "no" or (k + 1 < len(ws) and ws[k + 1] not in _NO_ANSWER))
               for k, w in enumerate(ws[start:i], start))


# (an adverb between "to" and its verb: "failed to fully engage")
_SPLITTING = frozenset({"fully", "really", "properly", "ever", "always", "even", "actually", "consistently"})


def _governed_by(ws: list[str], i: int) -> str:
    """The word before "to" where the word at i is the verb after it ("failed to engage": "fail";
    "reluctant to fully engage": "reluctant"); "" where none is."""
    k = i - 1 if i and ws[i - 1] not in _SPLITTING else i - 2
    return ws[k - 1] if k >= 1 and ws[k] == "to" else ""


# Verbs that end what they speak of: before it, "stopped" with the "-ing" it governs ("she's stopped
# being so tearful", "he's stopped engaging"); after it, as the verb of the word itself ("the
# worries have eased", "her anxiety has lifted", "the concerns about his weight have gone away")
_STOPPING = frozenset({"stop", "quit"})
_ENDING = frozenset({"ease", "subside", "lift", "fade", "disappear", "lessen", "gone"})
# ... with only helping verbs and a few adverbs between, after what the worry is about
_BETWEEN = frozenset({"be", "have", "now", "really", "all", "largely", "mostly", "completely", "finally", "since",
                      "significantly", "much", "greatly"})
_ABOUT = frozenset({"about", "of", "over", "around", "regarding"})


def _ended(raw: list[str], ws: list[str], i: int) -> bool:
    """Is the word at i ended by a verb of stopping before it, or of easing that is its own verb
    ("the worries about his weight have eased"; not "anxious when the lift broke", "tearful and
    has gone to her mum's"), with no "not" between ("the worry has not gone away" goes on)?"""
    for k in range(max(0, i - 3), i):
        if ws[k] in _STOPPING and k + 1 < len(raw) and raw[k + 1].endswith("ing"):
            return not _NOT.intersection(ws[k + 1: i])
    j = i + 1
    if j < len(ws) and ws[j] in _ABOUT:  # (what it is about: a few words, up to its verb)
        j = next((m for m in range(j + 1, min(len(ws), j + 5)) if ws[m] in ("be", "have")), j)
    while j < len(ws) and ws[j] in _BETWEEN:
        j += 1
    if j >= len(ws) or ws[j] not in _ENDING or j == i + 1 and ws[j] == "lift":
        return False  # ("the lift": a noun, after the word)
    if ws[j] == "gone" and j + 1 < len(ws) and ws[j + 1] != "away":
        return False  # ("has gone to her mum's": away somewhere, not ended)
    return True


def _clause_start(ws: list[str], i: int, stops: frozenset[str]) -> int:
    """Where the clause of the word at i begins: just after the nearest of `stops` before it. (Not
    the "as" of "not as bad as it was", which compares: the "not" reaches through it.)"""
    return next((k + 1 for k in range(i - 1, -1, -1)
                 if ws[k] in stops and not (ws[k] == "as" and k and ws[k - 1] in _NOT)), 0)


@dataclass(frozen=True)
class Scale:
    """Two ends of one scale (lemmas), the words that make a clause suppose rather than say, and
    which readings of a word count."""

    up: frozenset[str]
    down: frozenset[str]
    supposing: frozenset[str]
    counts: Callable[[list[str], list[str], int], bool]
    # how a sentence of the meeting is read before its words are weighed: what it says in other
    # words on the scale made plain (attended_all); as it is, by default
    reading: Callable[[str], str] = str

    def clause_terms(self, clause: str) -> tuple[tuple[str, int], ...]:
        """The scale's words in one clause, each with +1 (up) or -1 (down), after negation: "she's
        never late" gives (("late", 1),) on the scale of better and worse."""
        return tuple((w, way) for w, way, _ in self._placed_terms(clause))

    @lru_cache(maxsize=20000)  # noqa: B019 (the two scales live as long as the program)
    def _placed_terms(self, clause: str) -> tuple[tuple[str, int, int], ...]:
        """clause_terms, each with its place among the clause's words."""
        raw = plain_words(clause)
        supposing = self.supposing.intersection(raw)
        if supposing == {"may"} and raw.count("may") <= len(_MONTH_MAY.findall(clause)):
            supposing = set()  # "it stopped in May": the month, not a "may" that supposes
        if supposing:
            return ()
        ws = [lemma(w) for w in raw]
        hedging = hedges(clause)
        out = []
        for i, w in enumerate(ws):
            way = 1 if w in self.up else -1 if w in self.down else 0
            if not way or not self.counts(raw, ws, i):
                continue
            governor = _governed_by(ws, i)
            if governor in self.down:
                continue  # "reluctant to engage", "struggled to settle": one judgement, the first word's
            if negated(raw, ws, i, hedging) != (governor in NOT_DONE):  # ("failed to engage": not engaged)
                way = -way
            if _ended(raw, ws, i):
                way = -way  # ("she's stopped being so tearful", "the worries have eased")
            out.append((w, way, i))
        return tuple(out)

    def judging(self, clauses: list[str], way: int = 0) -> list[int]:
        """Which of the clauses judge on the scale, read plainly (only `way`, where given)."""
        return [k for k, c in enumerate(clauses)
                if any(not way or w == way for _, w in self.clause_terms(self.reading(c)))]

    def said_of(self, text: str, who: frozenset[str] | set[str]) -> bool:
        """Is one of the scale's words said of one of `who` (words naming them, or pronouns): one of
        them among the three words before it ("I'd really like her to ...": of "i"; "she'd be happy
        to ...": of "she")?"""
        for c in clauses(text):
            raw = plain_words(c)
            if any(w in who for _, _, k in self._placed_terms(c) for w in raw[max(0, k - 3): k]):
                return True
        return False

    def terms(self, text: str) -> list[tuple[str, int]]:
        """The scale's words of a sentence, clause by clause."""
        return [t for c in clauses(text) for t in self.clause_terms(c)]

    def leaning(self, text: str) -> int:
        """+1 where the text says only up, -1 only down, 0 where it says neither or both."""
        ways = {way for _, way in self.terms(text)}
        return next(iter(ways)) if len(ways) == 1 else 0

    def terms_near(self, text: str, wanted: set[str] | frozenset[str], reach: int) -> list[tuple[str, int]]:
        """The scale's words of a sentence within `reach` words of one of the `wanted` lemmas, in
        the same part of it (up to a semicolon or colon): what it says of that ("at swimming, honestly,
        he's much calmer" judges the swimming; "he's a lovely baby, and she feeds him when he
        cries" does not judge the crying, nor "the kitchen was clean; the garden's a mess" the garden)."""
        found = []
        for part in _STATEMENT_END.split(text):
            out, start, places = [], 0, []
            for c in clauses(part):
                ws = [lemma(w) for w in plain_words(c)]
                places += [start + k for k, w in enumerate(ws) if w in wanted]
                out += [(w, way, start + k) for w, way, k in self._placed_terms(c)]
                start += len(ws)
            found += [(w, way) for w, way, k in out if any(abs(k - p) <= reach for p in places)]
        return found


# Full attendance, said in other words: "she's been to every appointment", "every session bar one",
# "he hasn't missed one", "she's hardly missed a day", "bar none", "full attendance". No word of it
# judges; what it says is that attendance (turning up, the heart of engagement with a service) was
# good.
_ATTENDED = r"(?:one|day|session|appointment|visit|week|group|class|lesson|meeting|club|clinic|contact)s?"
_ATTENDED_ALL = re.compile(
    r"\b(?:(?:been (?:in for|in|to|there for|at)|come to|came to|comes to|attended|turned up (?:to|for)|made) "
    rf"every (?:single )?(?:[a-z-]+ )?{_ATTENDED}\b|"
    rf"every (?:single )?(?:[a-z-]+ )?{_ATTENDED} (?:bar|but|except|apart from) "
    r"(?:one|none)\b|bar none\b|full attendance\b|"
    r"(?:not|never|hardly|barely|scarcely|rarely) (?:once |yet |ever )?missed (?:a single|one|any|a)\b)|"
    r"n['’]t (?:once |yet |ever )?missed (?:a single|one|any|a)\b", re.I)  # ("hasn't": no word boundary before n't)
# (read only where one of these is: each wording holds one, and most texts hold none)
_ATTENDED_ALL = Gated(_ATTENDED_ALL, ("every", "bar none", "full attendance", "missed"))


def attended_all(text: str) -> str:
    """The text with "(good attendance and engagement)" after each saying of full attendance, so
    that the scale reads it against "her attendance has been patchy" (a reading aid: quote the
    text as it was)."""
    return _ATTENDED_ALL.sub(lambda m: m.group(0) + " (good attendance and engagement)", text)


# Growth on track, said as health visitors and midwives say it: "she's right on her line", "back on
# the normal centile", "tracking along the twenty-fifth centile". No word of it judges; what it says
# is that weight and growth are as they should be. (Not "dropped below his centile", "off her line".)
_ON_TRACK = re.compile(
    r"\b(?:right|back|back up|sat|sitting|sits|steady|staying|stayed|tracking|following|growing|still) "
    r"(?:on|along|with|to) (?:his|her|their|the|its) (?:own |normal |expected |usual |[a-z-]+ )?(?:centile|line)\b",
    re.I)
_ON_TRACK = Gated(_ON_TRACK, ("centile", "line"))  # (as _ATTENDED_ALL)


def on_track(text: str) -> str:
    """The text with "(good weight and growth)" after each saying that a child's growth is on its
    centile line, so that the scale reads it against "her weight gain has slowed" (a reading aid,
    as attended_all)."""
    return _ON_TRACK.sub(lambda m: m.group(0) + " (good weight and growth)", text)


# How a child gets on with others, said as people say it: "he's come out of his shell", "she joins
# in now", "mixing well with the other children", "he's made some friends"; and the other way, "she
# keeps herself to herself". No word of it judges; each is plainly better (or worse) company and
# confidence. (Not "join in the meeting": taking part in a call is no judgement of a child.)
_SELF = r"(?:him|her|them)sel(?:f|ves)"
# (coming) out of one's shell: more at ease with others, and a change said in so many words
# (the_other_way._CHANGED_MUCH reads it so too)
OUT_OF_SHELL = r"out of (?:(?:his|her|their) shell|" + _SELF + r")\b"
# Joining in, as a child takes part with others; not joining a meeting or a call, late or by phone
# ("joined in at 10.40 by telephone", "joined in late", "joins in from work")
JOINS_IN = (r"\bjoin(?:s|ed|ing)? in\b(?!(?:[^.,;:]|\.(?=\d))*\b(?:meeting|call|conference|discussion|phone|telephone|video|"
            r"teams|zoom|online|remotely|late|later|partway|part way|halfway)\b)(?! from (?:work|home)\b)")
_MIXING = re.compile(
    r"\b(?:come|comes|came|coming) " + OUT_OF_SHELL + r"|" + JOINS_IN + r"|"
    r"\b(?:mix(?:es|ed|ing)?|play(?:s|ed|ing)?|get(?:s|ting)? on|got on) (?:really |so )?(?:well |nicely |happily )?"
    r"with (?:the )?other (?:children|kids|pupils|boys|girls)\b|"
    r"\b(?:made|making|makes|make|got|has|have|had|having) (?:(?:lots|loads|plenty) of |some |a few |new |good |"
    r"a couple of |no |a (?:proper |nice |good |little |lovely )?(?:group|gang|circle) of )*friends\b", re.I)
_MIXING = Folded(_MIXING)  # (asked first in lower case: cue_patterns.Folded)
_CANNOT = frozenset({"hard", "unable", "refuse", "fail"})
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\bbut\b", re.I)
_KEEPS_APART = re.compile(r"\b(?:keep(?:s|ing)?|kept) (?:" + _SELF + r" )?to " + _SELF + r"\b", re.I)


def mixing(text: str) -> str:
    """The text with "sociable" after each saying that a child gets on with others in everyday
    words, and "withdrawn" after keeping to themselves: a reading aid, as attended_all, but without
    brackets, so that a "not" before the saying turns the word round ("she doesn't join in")."""
    def sociable(m: re.Match) -> str:
        # (not where a word of worse governs it: "reluctant to mix with the other children", "finds
        # it hard to make friends" already judge, and the other way)
        # (in its own clause: "I was worried, but she's made friends" is not governed by the worry)
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - 60): m.start()])[-1]
        governed = {lemma(w) for w in plain_words(before)[-4:]}
        return m.group(0) if governed & (WORSE | _CANNOT) else m.group(0) + " sociable,"

    text = _MIXING.sub(sociable, text)
    return _KEEPS_APART.sub(lambda m: m.group(0) + " withdrawn,", text)  # (the comma: not "withdrawn all ...", a refusal)


# Doing well, said of how someone eats, sleeps, copes or gets on ("she's eating really well", "he's
# not sleeping well"), and losing weight: no word of either judges until said plainly. (The marks
# carry no brackets, so that a "not" before the words turns them round.)
_DOING_WELL = re.compile(r"\b(?:doing|eating|sleeping|feeding|settling|coping|managing|progressing|getting on) "
                         r"(?:really |very |so |ever so |quite )?well\b", re.I)
_LOSING_WEIGHT = re.compile(r"\b(?:lost|losing|lose|loses) (?:some |any |a bit of |a lot of |a little |more )?weight\b", re.I)


def doing_well(text: str) -> str:
    """The text with "good" after each saying that someone is doing, eating or sleeping well, and
    "poor" after losing weight: a reading aid, as mixing."""
    text = _DOING_WELL.sub(lambda m: m.group(0) + " good,", text)
    return _LOSING_WEIGHT.sub(lambda m: m.group(0) + " poor,", text)


@lru_cache(maxsize=20000)  # (a person's sentences are read so for statement after statement)
def plainly(text: str) -> str:
    """The scale of better and worse's reading of a sentence: full attendance, growth on track,
    getting on with others and doing well said in plain words."""
    return doing_well(mixing(on_track(attended_all(text))))


VALENCE = Scale(BETTER, WORSE, _SUPPOSING, _judges, reading=plainly)

# Willing or not: what someone said to what was offered or asked of them. "would like" and "happy
# to" are how people say yes ("I'd really like that", "she'd be happy to carry on"); "like" alone is
# mostly a filler, "happy" alone a mood.
WILLING = frozenset({"agree", "accept", "willing", "keen", "want", "wish", "like", "happy", "consent", "welcome"})
UNWILLING = frozenset({"refuse", "decline", "unwilling", "reluctant", "reject"})
_WOULD = frozenset({"would", "d"})
_HAPPY_TO = frozenset({"to", "for", "with"})
_CONTENT_WITH = frozenset({"how", "where", "what"})  # "happy with how we're managing": content, not a yes


# "I'd like to say", "she wants to know": asking or telling, not a yes
_RUBBISH = frozenset({"sack", "sacks", "bag", "bags", "bin", "bins", "collection", "tip"})  # "refuse sacks"
_TELLING = frozenset({"say", "know", "ask", "add", "point", "mention", "thank", "raise", "check", "understand", "hear",
                      "clarify"})


def _consents(raw: list[str], ws: list[str], i: int) -> bool:
    """Does the word at i say yes or no to something here?"""
    w, nxt, before = ws[i], (raw[i + 1] if i + 1 < len(raw) else ""), (raw[i - 1] if i else "")
    if w in ("like", "want", "wish") and nxt == "to" and i + 2 < len(ws) and ws[i + 2] in _TELLING:
        return False
    if w == "refuse" and nxt in _RUBBISH:
        return False
    if w == "like":
        return before in _WOULD or (i > 1 and raw[i - 2] in _WOULD)  # "I'd like", "I'd really like"
    if w == "happy":
        return nxt in _HAPPY_TO and not (nxt == "with" and i + 2 < len(raw) and raw[i + 2] in _CONTENT_WITH)
    return True


# (only "if" and its like suppose here: "would" is how a yes is said)
CONSENT = Scale(WILLING, UNWILLING, frozenset({"if", "unless", "whether"}), _consents)
