"""What several checks share: whether a statement says enough to be called not said, how the minutes
credit a statement, the patterns of a yes-or-no question and of the answers to it, an admission
put in someone's mouth, a statement that tells the course of the meeting, a turn read sentence by
sentence (with what each sentence can be recognised by), and the wording of a finding's quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare import attribution, polarity, valence
from app.compare.align import Aligner, Match, key_hit, text_words
from app.compare.checks.tuning import TUNING, Tuning
from app.compare.cue_patterns import Gated
from app.compare.text import FULL_STOP, MINUTES_REGISTER, MONTHS, STOPWORDS, WEEKDAYS, lemmas, words
from app.compare.turns import Turn
from app.minutes.people import TITLE_PATTERN


def checkable(words: list[str], tuning: Tuning = TUNING, least: int | None = None) -> bool:
    """Does the statement say enough, beyond who spoke and the minute-taker's own register, to be
    called not said? "Mr Ellis agreed that this was the case" points back to something else and
    claims nothing by itself that the recording could lack; a false accusation hurts more than a
    missed one. `least`: the content words it needs, where not tuning.checkable_from."""
    need = tuning.checkable_from if least is None else least
    return len({w for w in words if w not in MINUTES_REGISTER and len(w) > 1}) >= need


def not_said_score(coverage: float, novelty: float, unheard_pairs: float) -> float:
    """How sure we are that nobody said it: little of it found where it best fits, words nobody
    used anywhere in the meeting, and word pairs never heard together."""
    return 0.5 * (1 - coverage) + 0.35 * novelty + 0.15 * unheard_pairs


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def unnamed(text: str, aligner: Aligner) -> str:
    """The text with its names (words the meeting never wrote in lower case) as "someone": a name
    two sentences share makes them close in meaning ("Milo has been admitted to hospital" / "Milo
    is feeding well": 0.54), whatever they say of him."""
    ordinary = aligner.lower_case_words
    return _CAPITALISED_WORD.sub(lambda m: m.group(0) if m.group(0).lower() in ordinary
                                 or m.group(0).lower() in _NEVER_NAMES else "someone", text)


_NEVER_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)  # (written with a capital, never names)


def own_sentences(case) -> list[tuple[Turn, str, str]]:
    """The sentences of the person a statement credits, each as (its turn, as said, with names
    masked), read once a comparison: the checks that weigh their own account by meaning ask for
    them statement after statement."""
    person, aligner = case.st.speakers[0], case.aligner
    got = case.ctx.own_sentences.get(person)
    if got is None:
        got = case.ctx.own_sentences[person] = [
            (aligner.turns[i], x, unnamed(x, aligner)) for i in sorted(aligner.turns_of(person))
            for x in _sentences(aligner.turns[i].text)]
    return got


_DATE_WORDS = frozenset(MONTHS) | frozenset(polarity.WEEKDAYS)


def _around(turns: list[Turn], match: Match, within: int) -> list[Turn]:
    """The passage's turns and this many on either side."""
    return turns[max(0, match.first - within): match.last + 1 + within]


def _words_said(text: str, keys) -> int:
    """How many of the words a statement is recognised by (keys_of) the text says."""
    return sum(1 for w in text_words(text).bag if key_hit(w, keys))


def _word_set(text: str) -> set[str]:
    """A text's plain words, lower case, as names are matched ("gemma", "ryland")."""
    return set(re.findall(r"[a-z]+", text.lower()))


# Verbs that tell how the meeting went rather than what anyone claimed ("The Chair invited Dr X to
# go first", "Mr Y joined by telephone"): minutes condense the meeting's course freely.
# (Not "arrive" or "leave": a child arriving late at school is a claim about the child.)
PROCEDURAL = {"invite", "interrupt", "summarise", "summarize", "introduce", "welcome", "thank", "adjourn", "join",
              "read", "repeat", "chair", "apologise", "apologize", "reassure", "assure", "remind",
              "disconnect", "reconnect"}
# A call's line dropping and coming back ("his connection was lost", "he rejoined the call"); not
# "no connection with the family", nor "rejoined the family home"
_LINE_DROPPED = re.compile(r"\b(?:connection|line|signal|call)\b(?:\s+\w+){0,2}\s+(?:was |were )?(?:lost|dropped|"
                           r"dropped out|cut out|failed|froze|poor)\b|\b(?:lost|dropped) (?:his|her|their|the) "
                           r"(?:connection|line|signal)\b|\brejoined\b(?!\s+(?:the|his|her|their)\s+(?!meeting|call|"
                           r"conference)\w)", re.I)
# (read only where one of its words for failing is, or "rejoined": most statements hold none; its nouns
# "line" and "call" are in many a word, "deadline", "called")
_LINE_DROPPED = Gated(_LINE_DROPPED, ("lost", "dropped", "cut out", "failed", "froze", "poor", "rejoined"))


def procedural(text: str) -> bool:
    """Does the statement tell the course of the meeting (its verb, within the first words, one of
    PROCEDURAL) rather than something said about the child or the family?"""
    first = set(text_words(text).lemmas[:8])
    if "join" in first and _JOINS_IN.search(text):
        first.discard("join")  # ("Milo rarely joins in at nursery": how he gets on, not who came)
    if "read" in first and _A_CHILDS_READING.search(text):
        first.discard("read")  # ("his reading has slipped": how he reads, not a report read out)
    return bool(PROCEDURAL & first) or bool(_LINE_DROPPED.search(text))


# Reading as a child's skill: "his reading", "Ada's reading", "her reading age", "reading has come on"
_A_CHILDS_READING = re.compile(r"\b(?:his|her|their|[A-Za-z]+'s) reading\b|\breading (?:age|book|level|group|has|had|"
                               r"is|was)\b", re.I)
# Joining in, said of a child taking part with others; not joining in a meeting or a call
_JOINS_IN = re.compile(valence.JOINS_IN, re.I)


def recognised(aligner: Aligner) -> bool:
    """Is the transcript a recogniser's (word probabilities), not typed?"""
    return aligner.recognised


@lru_cache(maxsize=5000)
def _proper_nouns(text: str) -> frozenset[str]:
    """The statement's words written with a capital inside a sentence: names of places, services,
    people ("the flat at Fernlea"), as lemmas."""
    found = re.findall(r"(?<=[a-z,;:] )([A-Z][a-z]+(?:['’]s)?)", text)
    return frozenset(w for x in found for w in text_words(x).bag)


_NEW_SUBJECT = re.compile(r",?\s+and\s+(?=(?:the\s+)?[A-Z])")
# A clause that is only a name (or a title and a name): the first of two people who share a verb
_ONLY_A_NAME = re.compile(rf"^\s*{TITLE_PATTERN}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$")


def by_subject(text: str) -> list[str]:
    """The text cut where "and" brings in a new subject ("Mum asked ..., and the Chair explained
    ..."); not between two people who share one verb ("Kayleigh and Ryan agreed that ...")."""
    parts = _NEW_SUBJECT.split(text)
    while len(parts) > 1 and _ONLY_A_NAME.match(parts[0]):
        parts[:2] = [f"{parts[0]} and {parts[1]}"]
    return parts


# How the minutes credit a statement (statements.py): named in the sentence, in a table row, or under
# a heading naming the person or agency; each can put words in the wrong mouth.
CREDITED_BY = ("text", "table", "heading")
# ... of which those that give one person's own account (a heading names an agency, whose part
# several people may give): their words are read for what that person said the other way.
OWN_ACCOUNT = ("text", "table")
# A question that asks yes or no ("Is that ...?", "Did she ...?"), after any opening word ("Sorry, is
# that ...?") or the name of whom it asks ("Paul, do you think ...?"); and an answer that says no.
YES_NO = re.compile(r"^\W*(?:\w+,\s+)?(?:(?:sorry|so|and|but|just|oh|um|er)\W+)*(?:is|are|was|were|do|does|did|has|have|had|"
                    r"can|could|will|would|should)\b", re.I)
ANSWER_YES = re.compile(r"^\W*(?:(?:um|er|erm|uh|well|oh|honestly)\W+)*(?:yes|yeah|yep|yup|aye|of course|definitely|"
                        r"absolutely|certainly|go on|(?:i|we|he|she|they|it) (?:was|were|did|do|does|has|have|had|is|"
                        r"are|will|would|can|could|am)(?=\W*$))\b", re.I)
# Refusing or doubting in one word: what a yes to the question answers the other way
REFUSING = {"decline", "refuse", "reject", "oppose", "disagree", "deny", "object", "dispute", "unwilling", "reluctant",
            "unaware", "unnecessary", "unable", "unhappy", "unsure", "unlikely"}
# ... after any filler ("Um, no."); and the other ways English says no to a question: "not any more",
# "not since June", "not that we know of", "I don't think so", "definitely not", "never"
ANSWER_NO = re.compile(r"^\W*(?:(?:um|er|erm|uh|well|honestly|sadly|oh)\W+)*"
                       r"(?:no|nope|nah|not really|not at all|not any ?more|no longer|not now|not since|"
                       r"not that (?:i|we) (?:know of|knew of|am aware of|are aware of|'m aware of|'re aware of)|"
                       r"not as far as (?:we|i) know|i don't think so|i do not think so|"
                       r"(?:definitely|absolutely|certainly|of course) not|never)\b(?! problem| worries| doubt)", re.I)
ASKING = re.compile(r"\b(?:ask(?:s|ed|ing)?|enquir\w*|inquir\w*|quer(?:y|ied|ies)|question(?:s|ed)?|request\w*|whether|wonder\w*)\b",
                    re.I)
# (read only where one of these is: each match begins with one, and most statements hold none)
ASKING = Gated(ASKING, ("ask", "enquir", "inquir", "quer", "question", "request", "whether", "wonder"))
NEGATED = re.compile(r"\b(?:not|no|never|nobody|nothing|none)\b|n['’]t\b", re.I)  # ("didn't": no word boundary before n't)
ADMITS = {"accept", "acknowledge", "admit", "concede", "recognise", "recognize"}
# Accepting an outcome is agreeing with it, not admitting anything
_OUTCOME_ACCEPTED = re.compile(r"\b(?:accept|acknowledge|recogni[sz]e)[a-z]* (?:the|this|that|a|an|her|his|their) "
                               r"(?:decision|plan|outcome|recommendation|category|proposal|conclusion|chair's)\b", re.I)


def admits(text: str) -> bool:
    """Does the statement put an admission in someone's mouth ("Ms Doyle accepted that ...")? Not
    when the verb is denied ("does not accept that he poses a risk") or what is accepted is the
    conference's decision."""
    if not ADMITS & set(text_words(text).lemmas[:8]) or _OUTCOME_ACCEPTED.search(text):
        return False
    return not any(n for t, n in polarity.polar_terms(text)[:8] if t in ADMITS)


def short_quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def who_said(turn: Turn) -> str:
    return turn.speaker or "a speaker"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=20000)
def _pieces(text: str) -> tuple:
    """A turn's sentences and pairs of neighbouring sentences, each with what it can be recognised
    by (cached: a turn is read for many statements)."""
    sents = _sentences(text)
    return tuple([(x, _keys(x)) for x in sents]
                 + [(f"{a} {b}", _pair_keys(a, b)) for a, b in zip(sents, sents[1:], strict=False)])


@lru_cache(maxsize=50000)
def _keys(sentence: str):
    bag = text_words(sentence).bag
    # (polarity.may_attend first: most sentences hold no word an "attend" comes from, and their
    # terms were worked out for this alone)
    if "attend" not in bag and polarity.may_attend(sentence) and ("attend", False) in polarity.polar_terms(sentence):
        bag = bag | {"attend"}  # ("been to every session": read as attending where opposites are sought)
    return polarity.sentence_keys(bag)


@lru_cache(maxsize=20000)  # (a reply is read with its question by each of _contradiction's callers, statement after statement)
def _pair_keys(a: str, b: str):
    """_keys of two neighbouring sentences read as one ("a b"), made from each one's own reading
    (a pair was read afresh, as much again as its two sentences: a fifth of the readings of a long
    meeting). Only where together they cannot read otherwise: a ends a sentence (no rewrite reads
    across ". "), its last words hold no number, "and", or word of a time or figure said aloud
    that words after it could join ("twenty. Five", "half. Ten"), and b holds no word whose
    reading of opposites looks back at the sentence before ("badly", "gone"). Else read whole."""
    if not _apart(a, b):
        return _keys(f"{a} {b}")
    # (the keys of the two words' bag, with "attend" where either sentence reads as attending, as _keys
    # adds it: a sentence's keys and sides are its words' one by one, so the pair's are the union of
    # the two sentences' own, each already read)
    ka, kb = _keys(a), _keys(b)
    return ka[0] | kb[0], ka[1] | kb[1]


_JOINS_ON = frozenset({"and", "per", "quarter", "half", "at", "point"})


def _apart(a: str, b: str) -> bool:
    if a[-1:] not in (".", "!", "?"):
        return False
    if any(w in _JOINS_ON or any(c.isdigit() for c in w) for w in words(a)[-4:]):
        return False
    said = lemmas(b)
    return "gone" not in said and polarity.BADLY.isdisjoint(said)


# Where a child is doing well or not: one place is not another. A place said as a place ("at
# school", "in class", "at the group"), not a word that names one in passing ("her friendship group")
_PLACED = re.compile(r"\b(?:at|in|during|to|from) (?:the |her |his |their )?"
                     r"(home|school|nursery|class|lesson|college|club|contact|group|night)s?\b(?! with\b)", re.I)


def places_named(text: str) -> set[str]:
    return {m.group(1).lower() for m in _PLACED.finditer(text)}


def places_judged(scale, sentence: str, way: int) -> set[str]:
    """Where the sentence judges `way` on the scale: the place in force at each clause that does (a
    place holds until another is named: "At home, he's so much calmer now, he's chatty" judges him
    at home; "At home he's much more withdrawn, at school he's fine" worse at home only). Where no
    place is in force there, any the sentence names."""
    clauses = valence.clauses(sentence)
    found = {p for k in scale.judging(clauses, way) for p in place_in_force(clauses, k)}
    return found or places_named(sentence)


def place_in_force(clauses: list[str], k: int) -> set[str]:
    """The place clause k speaks of: its own, else the last one named in the clauses before it."""
    return next((found for j in range(k, -1, -1) if (found := places_named(clauses[j]))), set())


KIN = "mum|mam|mummy|dad|daddy|nan|nana|nanny|gran|grandma|grandad|granddad"
# another's view passed on: "his mum says ...", "Carys reckons ...", "she told me ..."
# (not "he feels much more settled", "she thinks she's doing better": how they are, in their words)
PASSED_ON = re.compile(rf"\b(?!I\b|[Ww]e\b)(?:(?:(?!(?:He|She|They)\b)[A-Z][a-z]+|(?i:his|her|their|the) \w+|(?i:{KIN}))\s+"
                       r"(?:says|said|reckons|thinks|feels|claims|tells me|told me|told us)|"
                       r"(?:he|she|they)\s+(?:says|said|reckons|claims|tells me|told me|told us))\b")
# (read only where one of its verbs is: most sentences hold none)
PASSED_ON = Gated(PASSED_ON, ("says", "said", "reckons", "thinks", "feels", "claims", "tells me", "told me", "told us"))


# Whom a sentence is about, by its subject: a name opening it as how they are ("Ruby's much more
# settled", "Um, Jayden is calmer"), or "she", "he" or "they" for whom the sentences before spoke of
_FILLERS = r"\W*(?:(?i:um|er|erm|so|and|but|well|yeah|honestly|now)\W+)*"  # ("Um, so Ruby's ...")
NAMED_SUBJECT = re.compile(_FILLERS + r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?"
                           r"(?!(?:She|He|They|It|This|That|There|What|Who)\b)([A-Z][a-z]+)"
                           r"(?:['’]s| is| was| has| had| seems| looks| remains)\b")
BY_PRONOUN = re.compile(_FILLERS + r"(?i:she|he|they)(?:['’]s|['’]re| is| was| has| had| seems| looks)?\b")


def referent(sentences: list[str], k: int, names: frozenset[str] | set[str]) -> str | None:
    """The name sentence k is about: its subject's, or, where its subject is "she", "he" or "they",
    that of the nearest sentence before it whose subject is a name, through any others that go on by
    pronoun ("So Ada's doing well. She's had her jabs. She's a smiley girl.": Ada). `names`: the
    words that are names here, lower case ("Nursery has been great with him" has no person for its
    subject). None where no subject says."""
    for sentence in reversed(sentences[:k + 1]):
        named = NAMED_SUBJECT.match(sentence)
        if named and named.group(1).lower() in names:
            return named.group(1)
        # (the speaker's own doings pass on to the sentence before where they name no one new: "I
        # weighed him on Monday and he's on his line")
        if _BY_SPEAKER.match(sentence):
            if _names_someone(sentence):
                return None
            continue
        if named or not BY_PRONOUN.match(sentence):
            return None  # (a thing or a place for its subject, "Swimming is his favourite", or no subject)
    return None


def _names_someone(sentence: str) -> bool:
    return any(w.lower() not in _NEVER_NAMES for w in _NAME_WITHIN.findall(sentence))


_BY_SPEAKER = re.compile(_FILLERS + r"(?:I|We)\b")
_NAME_WITHIN = re.compile(r"(?<=[\w,;] )(?!I\b)[A-Z][a-z]+")


def _sentences(text: str) -> list[str]:
    return list(_split_sentences(text))


@lru_cache(maxsize=20000)  # (the same turns are split for statement after statement)
def _split_sentences(text: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in FULL_STOP.split(text) if p.strip())
    return parts or (text,)


def _answers(turns: list[Turn], i: int) -> bool:
    """Does turn i answer a question another speaker put just before it?"""
    return i > 0 and turns[i - 1].speaker != turns[i].speaker and turns[i - 1].text.rstrip().endswith("?")


@lru_cache(maxsize=20000)  # (a turn is read as a reply for statement after statement)
def _opening(text: str) -> str:
    """A turn's first sentence, with the next where the first is only a "No." or "Yes." or says
    next to nothing and denies nothing ("It's hard, honestly."): the answer is what follows it
    ("No. I didn't know anything about it until May."; but "I didn't know." answers on its own)."""
    parts = _sentences(text)
    terms = polarity.polar_terms(parts[0])
    if len(parts) > 1 and (_BARE_ANSWER.match(parts[0]) or (len(terms) <= 2 and not any(n for _, n in terms))):
        return f"{parts[0]} {parts[1]}"
    return parts[0]


_BARE_ANSWER = re.compile(r"^\W*(?:no|nope|nah|yes|yeah|yep)\W*$", re.I)


@lru_cache(maxsize=20000)  # (as _opening)
def _question_of(text: str, to: str | None, before: int = 0) -> str:
    """What a turn asks the speaker `to`: its last question ("Lisa, how are things at home? And be
    honest, ..."), else its last sentence; without the name it calls them by, which says whom it
    asks, not whom it is about. With `before`, a question comes with that many sentences before it:
    what "that" in "When did you hear about that?" points back to."""
    parts = _sentences(text)
    asked = [k for k, x in enumerate(parts) if x.rstrip().endswith("?")]
    at = asked[-1] if asked else len(parts) - 1
    question = parts[at]
    called = sorted(w for w in attribution.names_in(to) if len(w) > 2)
    # (the pattern, made for these names, finds only them: not made, nor read, for an ASCII question
    # that holds none of them in lower case, which is what re.I folds there)
    if called and not (question.isascii() and all(w.isascii() and w.lower() not in question.lower() for w in called)):
        question = re.sub(r"\b(?:{})\b,?".format("|".join(map(re.escape, called))), "", question, flags=re.I)
    return " ".join(parts[max(0, at - before): at] + [question]) if asked else question
