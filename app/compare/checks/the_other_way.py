"""Checks that a statement leans one way on a scale where what was said leans the other: judged
better or worse (judged_the_other_way), willing or not (consented_the_other_way; both valence.py),
known or not known (knew_the_other_way; knowing.py). Only sentences about the same thing, of the
same person and the same time, count, and one that leans the statement's way makes a mixed
account, not a reversal.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from app.clock import clock
from app.compare import evidence as quoting
from app.compare import knowing, notice, polarity, quantity, roles, valence
from app.compare.align import HOMELY, made_from, same, text_words, who_words
from app.compare.checks.case import Case, Context
from app.compare.checks.shared import (
    KIN,
    OWN_ACCOUNT,
    PASSED_ON,
    _answers,
    _question_of,
    _sentences,
    _word_set,
    admits,
    capital,
    places_judged,
    places_named,
    procedural,
    recognised,
    referent,
    short_quote,
    who_said,
)
from app.compare.cue_patterns import Folded
from app.compare.findings import Finding
from app.compare.text import MONTHS, STOPWORDS, WEEKDAYS, lemma, lemmas
from app.compare.text import words as plain_words
from app.compare.turns import Turn
from app.minutes.people import TITLES
from app.minutes.statements import Statement, reported


def judged_the_other_way(case: Case) -> Finding | None:
    """The minutes say something went worse where the person they credit (or, when they credit
    nobody, the passage they come from) said it went better, in other words, or the other way
    round: "his reading has slipped since Easter" / "he's flying with his reading now"; "the
    allotment was in a poor state" / "the shed was tidy, everything watered" (valence.py).
    Only where a sentence speaks of the same thing (a word of the statement's subject, rare enough
    in the meeting, or two), judges it only the other way, and the same speaker never judges it the
    statement's way; of the same time. The same word turned by a "not" is polarity's, not this."""
    return _the_other_way(case, valence.VALENCE, _WORSE_OR_BETTER, others_views=False, beside=True)


# Why a judgement is the opposite, where the minutes lean down, up
_WORSE_OR_BETTER = ("the minutes report it as worse; what was said reports it as better",
                    "the minutes report it as better; what was said reports it as worse")


def doing_the_other_way(case: Case) -> Finding | None:
    """The minutes say a child (or anyone) is doing worse where the person they credit said of them
    that they are doing much better, or the other way round: "Reuben had become increasingly
    unsettled at home" / "he's much calmer at home now"; "she remains in a lot of pain" / "Much
    better, actually". Such a statement is about the person, so it shares no word of its subject
    with the sentence (judged_the_other_way's test). A change reported as large ("much", "a lot",
    "far", "so much", "loads") about him or her, or two different words of the other side each meant
    plainly ("He's chatty, he's cheerful"; not "never aggressive"), by the person credited, and none
    of their sentences judging it the statement's way, is a plain reversal; not where the two speak
    of different places (home, school) or times."""
    st, aligner, ctx, turns = case.st, case.aligner, case.ctx, case.turns
    scale, tuning = valence.VALENCE, ctx.tuning
    if not (ctx.speakers_known and st.speakers) or procedural(st.text) or admits(st.text) \
            or len(text_words(st.text).lemmas) > tuning.judged_words_at_most:
        return None
    # (read as the meeting's sentences are: "Milo keeps to himself", "rarely joins in" say withdrawn)
    text = scale.reading(st.text)
    way = scale.leaning(text)
    if not way or len(scale.terms(text)) > tuning.judged_terms_at_most or _WEIGHS.search(st.text) \
            or _TOO_SOON.search(st.text) or polarity.some_only(st.text):
        return None
    claim = reported(st.text)
    # how someone is ("Milo is withdrawn"), or how they get on with others, which is always of a
    # person ("Milo keeps to himself")
    state = _STATE_OF.search(claim)
    start = state.start() if state else 0 if valence.mixing(claim) != claim else None
    if start is None or not scale.terms(scale.reading(claim[start:])):
        return None  # (a judgement of a thing: "poor sight", "falling attendance", "the risk is greatest")
    places = places_named(claim)
    judging = {w for w, _ in scale.terms(scale.reading(claim))}
    aspect = judging | _subject_words(claim, judging, ctx)
    found = None
    for i in sorted(aligner.turns_of(st.speakers[0])):
        said = _sentences(turns[i].text)
        for k, sentence in enumerate(said):
            if sentence.rstrip().endswith("?"):
                continue
            terms = scale.terms(scale.reading(sentence))  # ("he's come out of his shell": better company)
            if any(w == way for _, w in terms):
                if _of_them(sentence) and _same_aspect(aspect, sentence, terms, way):
                    return None  # they judge them the statement's way too: a mixed account
                continue
            if not _of_them(sentence) or not any(w == -way for _, w in terms) or not (
                    _CHANGED_MUCH.search(sentence)
                    or len({t for t, w in terms if w == -way and t in (scale.up if w > 0 else scale.down)}) >= 2):
                continue
            there = places_judged(scale, sentence, -way)  # (where it judges them the other way)
            if (places and there and not places & there) or polarity.other_time(claim, sentence) \
                    or (_of_then(claim) and _NOW.search(sentence) and not _NOW.search(claim)):
                continue  # ("unsettled at school" / "much calmer at home"; "had been" / "now")
            # (whom the minutes judge: the state's subject, "Mr Tate was slow to reply ...", where it names one)
            whom = claim[start: state.end()] if state and _named(claim[start: state.end()], ctx) else claim
            if _other_named(whom, sentence, ctx, tuple(st.speakers), scale,
                            referent(said, k, ctx.names_here)):
                continue
            found = found or (turns[i], sentence)
    if found is None:
        return None
    turn, sentence = found
    return _said_the_opposite(case, turn, sentence, 0.55, _WORSE_OR_BETTER[0] if way < 0 else _WORSE_OR_BETTER[1])


def _same_aspect(aspect: set[str], sentence: str, terms, way: int) -> bool:
    """Does a sentence that judges the person the statement's way judge the same side of them: one
    of the statement's judging words, or a word of what it judges? "she's much happier in class"
    after "she's been late twice" still reverses "withdrawn in class": lateness is another side of
    her; "she can still be withdrawn" or "in class she's quiet" make a mixed account."""
    return bool({w for w, w_way in terms if w_way == way} & aspect or _of_subject(aspect, sentence))


# A statement of how someone is: a person, then how they are or have become ("Reuben had become
# increasingly unsettled", "she remains in pain", "described YP as more withdrawn", "Milo continues
# to find drop-off difficult"); not what is said of a thing of theirs ("her attendance is falling")
_STATE_OF = re.compile(
    r"(?:\b(?i:he|she|they|yp)|\bthe (?:child|baby|young person)|\b(?!The\b|This\b|That\b|It\b)[A-Z][a-z]+)"
    r"(?!['’]s) (?:\w+ ){0,2}?(?:is|was|were|are|has been|had been|have been|had become|has become|became|remains|"
    r"remained|stayed|stays|has stayed|had stayed|seemed|seems|appeared|appears|(?:continues|continued) to (?:be|find|feel|seem)|"
    r"as)\b")
# A change reported as large: "much calmer", "a lot happier", "far more settled", "so much better"
# ("better since Sunday", "calmer since the move": a change from then; "come out of his shell": a
# change in so many words)
_CHANGED_MUCH = re.compile(r"\b(?:much|far|a lot|lots|loads|so much|way) (?:more |less )?[a-z]+(?:er|ed)?\b|"
                           r"\b(?:[a-z]+er|[a-z]+ed) since\b|\b(?:come|came|coming) " + valence.OUT_OF_SHELL, re.I)
# ... said of him or her (or a name), not of the speaker ("I'm much better") nor of a thing
_OF_THEM = re.compile(r"^\W*(?:\w+ly,? |honestly,? |actually,? |yeah,? |so,? |and |but |well,? |"
                      r"(?i:in|at) (?:the )?[a-z]+,? )*"
                      r"(?:he|she|they|[A-Z][a-z]+)(?:['’]s| is| was| has| had| seems| looks| has been| is now|['’]s been)\b")


# ... or said as the whole answer to how they are: "Much better, actually."
_ANSWER_OF_CHANGE = re.compile(r"^\W*(?:much|far|a lot|loads|so much|way) (?:more |less )?[a-z]+\b", re.I)


def _of_them(sentence: str) -> bool:
    if _ANSWER_OF_CHANGE.search(sentence):
        return True
    return bool(_OF_THEM.search(sentence)) and not sentence.lstrip().lower().startswith(("it", "there", "that", "this"))


def stopped_the_other_way(case: Case) -> Finding | None:
    """The minutes say something goes on ("he said he was still drinking at weekends", "continued
    to minimise his offending") where the meeting said it had stopped ("I've cut right down on the
    drink, I've not had one since that night"; "he talks about it now without minimising it, as he
    used to"). Read in the credited person's own turns (an action to continue something is a plan,
    not a report); a stopping counts where it shares a word of what goes on, or points back to it
    ("I've packed it in"), and it or a sentence either side shares one rare enough in the meeting,
    or two (as told_the_other_way asks); none there may say it goes on ("still", "hasn't stopped")."""
    st, aligner, ctx = case.st, case.aligner, case.ctx
    claim = reported(st.text)
    if not (ctx.speakers_known and st.speakers) or st.credited_by == "action" or not _GOES_ON.search(claim) \
            or _SAYS_ENDED.search(claim) or _NEGATIVE.search(claim) or _LESS_NOW.search(claim) or procedural(st.text):
        return None  # (an action to continue something is a plan, not a report; "still, but less" weighs itself)
    subject = {w for w in text_words(claim).content if w not in _OF_GOING_ON and not w.isdigit()} - \
        {w.lower() for w in _CAPITALISED.findall(claim)} - ctx.name_words
    found = []
    # (with the sentences either side: "I've packed it in. I've not been in the bookies since")
    for turn, sentence, shared in _sentences_about(case, aligner.turns_of(st.speakers[0]), subject, after=1):
        if not _of_subject(subject, sentence) and not _ENDED_IT.search(sentence):
            continue  # (the stopping must be of it: shares its word, or points back, "packed it in")
        if _GOES_ON.search(sentence) or _NOT_ENDED.search(sentence):
            return None  # said to go on there too
        if not sentence.rstrip().endswith("?") and _SAYS_ENDED.search(sentence) and not _SUPPOSING_END.search(sentence):
            found.append((turn, sentence, shared))
    return _most_about_it(case, found, 0.55, "the minutes say it goes on; what was said is that it has stopped")


# Going on: "still", "continues to", "remains", "keeps", "ongoing"
_GOES_ON = re.compile(r"\b(?:still|continues|continued|continue|continuing|carries on|carried on|remains|remained|"
                      r"keeps|kept on|persists|persisted|ongoing)\b", re.I)
# Stopped: "no longer", "not any more", "stopped", "given up", "cut right down", "not had one since",
# "used to" (then, not now)
_SAYS_ENDED = re.compile(
    r"\b(?:no longer|stopped|given up|gave up|packed (?:it|that|them) in|cut (?:right |it |them |right back )?down|"
    r"used to|any ?more|not since|(?:not|n['’]t|never) (?:had|touched|done|taken|smoked|used|been) "
    r"(?:[\w'’]+ ){0,4}?since)\b", re.I)
# ... not where the stopping is denied ("hasn't stopped", "never gave up"), nor supposed or hoped for
_NOT_ENDED = re.compile(r"(?:\bnot|n['’]t|\bnever) (?:\w+ )?(?:stopped|given up|gave up|cut down)\b", re.I)
_SUPPOSING_END = re.compile(r"\b(?:if|when|once|until|hope|hoping|want|wants|wanted|need|needs|try|trying|going to|will|"
                            r"should|would|could)\b(?:\W+\w+){0,4}\W+(?:stop|give up|cut down|no longer)", re.I)
_ENDED_IT = re.compile(r"\b(?:stopped|given|gave|packed|cut) (?:it|that|them|those)\b", re.I)
_LESS_NOW = re.compile(r"\b(?:but|though|although|less|fewer|reduced|cutting down|cut down)\b", re.I)
# (what goes on not happening, "still not engaging", ends in its happening: not this check's reading)
_NEGATIVE = re.compile(r"\b(?:not|never|no|nothing|nobody)\b|n['’]t\b", re.I)
_OF_GOING_ON = frozenset("""still continue carry remain keep persist ongoing say report state feel note describe
    told tell""".split())


def knew_the_other_way(case: Case) -> Finding | None:
    """The minutes say the person they credit did not know of something where they said they knew
    ("she had not known about the caution until it was raised" / "I knew about the caution, he
    told me"), or the other way round ("you had known for some time" / "I had no idea"). Whether a
    parent knew is often what a concern turns on. Only their own sentences count (knowing.py),
    about the same thing: a word of what was known, rare enough in the meeting, or two, in the
    sentence, the one on either side, or the question it answers; and none of theirs says it the
    minutes' way."""
    st, aligner, ctx, turns = case.st, case.aligner, case.ctx, case.turns
    if not (ctx.speakers_known and st.credited_by in OWN_ACCOUNT and st.speakers):
        return None
    claim = reported(st.text)
    way = knowing.says(claim, first_person=False) or (knowing.says(claim, first_person=True) if _QUOTED.search(claim)
                                                        else 0)  # ("F said: 'I didn't know ...'")
    own = aligner.turns_of(st.speakers[0])
    if not way or not own:
        return None
    subject = _subject_words(knowing.words_of_knowing(claim), set(), ctx)
    found = None
    for i in sorted(own):
        sentences = _sentences(turns[i].text)
        # (a question is answered by the turn's first sentence of knowing, and what comes before it:
        # "Were you aware of the caution?" / "No. Honestly. I had no idea."; the question may point
        # back at what was known: "School found a knife in his bag. When did you hear about that?")
        asked = _question_of(turns[i - 1].text, turns[i].speaker, before=1) if _answers(turns, i) else ""
        for k, sentence in enumerate(sentences):
            said = knowing.says(sentence, first_person=True)
            if not said:
                continue
            around = " ".join([asked] + sentences[max(0, k - 1): k + 2])
            asked = ""
            shared = _of_subject(subject, around)
            if not _enough(shared, aligner, ctx.tuning.knew_subject_weight):
                continue
            if said == way:
                return None  # they said it the minutes' way too
            if not knowing.same_day(claim, sentence, way):
                found = found or (turns[i], sentence)
    if found is None:
        return None
    turn, sentence = found
    why = "the minutes say they did not know; they said they knew" if way < 0 else \
        "the minutes say they knew; they said they did not"
    return _said_the_opposite(case, turn, sentence, 0.7, why)


def told_the_other_way(case: Case) -> Finding | None:
    """The minutes say someone did not let another know ("missed one session without letting the
    service know", "did not tell the school", "only got in touch after the school rang") where the
    meeting said they did ("she rang me that morning to say", "he did ring me beforehand")
    (notice.py). Whether a parent gave notice is often what a concern about missed appointments
    turns on. Read in the passage the statement comes from (a turn either side) and, where the
    minutes credit someone, in that person's turns; only a sentence about the same thing counts (a
    word of the statement, rare enough in the meeting, or two, in it or the sentence before), and
    none there may say nobody was told."""
    st, turns = case.st, case.turns
    if not notice.withheld(st.text) or procedural(st.text):
        return None
    subject = {w for w in text_words(st.text).content if w not in _OF_TELLING and not w.isdigit()}
    prompted = notice.prompted(st.text)
    if prompted:
        # (who got in touch first is often said once, by the one told, far from the words the
        # statement best matches: read anywhere, but only a telling unasked answers it, below)
        look_in = set(range(len(turns)))
    else:
        look_in = _passage_and_theirs(case)
    found = []
    for turn, sentence, shared in _sentences_about(case, look_in, subject, after=0):
        if notice.withheld(sentence):
            return None  # said the minutes' way there too
        if not sentence.rstrip().endswith("?") and notice.gave(sentence):
            found.append((turn, sentence, shared))
    if prompted:
        # ("only rang once the school had": what answers it is a sentence of telling unasked, "she
        # rang me herself"; not one of telling ahead, "he did ring me beforehand", of another
        # time, nor another's call, "the hospital rang us about the fall")
        found = [f for f in found if notice.unprompted(f[1])]
    return _most_about_it(case, found, 0.6, "the minutes say nobody was let know; what was said is that they were told")


def told_when_the_other_way(case: Case) -> Finding | None:
    """The minutes say someone told, or knew, at once ("told the school about the injury straight
    away", "had known about it for months") where the meeting said it was late ("I left it a couple
    of weeks before I said anything", "I only found out last Friday"), or the other way round
    (notice.told_when). When a parent told, or came to know, is often what a concern turns on. Read
    where told_the_other_way reads (the passage, and the credited person's turns); only a sentence
    about the same thing counts, and none there may say it the minutes' way."""
    st = case.st
    way = notice.told_when(st.text)
    if not way or procedural(st.text):
        return None
    # (what was told or known: not the words of telling, nor of when)
    what = notice.WHEN_TOLD.sub(" ", st.text)
    subject = {w for w in text_words(what).content if w not in _OF_TELLING and not w.isdigit()}
    look_in = _passage_and_theirs(case)
    found = []
    for turn, sentence, shared in _sentences_about(case, look_in, subject, after=0):
        said = notice.told_when(sentence)
        if said == way:
            return None  # said the minutes' way there too
        # (two words of what was told: one, "the police", is as often only who was told, of
        # another telling: "the report reached us late" / "I rang the police within the hour")
        if said == -way and len(shared) >= 2:
            found.append((turn, sentence, shared))
    why = ("the minutes say it was told or known at once; what was said is that it was late" if way > 0 else
           "the minutes say it was told or known late; what was said is that it was at once, or long before")
    return _most_about_it(case, found, 0.6, why)


def how_much_the_other_way(case: Case) -> Finding | None:
    """The minutes say all, or none, of a thing where the meeting said only one, or some
    (quantity.py): "all of his drug tests came back clear" / "only one of my tests came back
    clear"; "no call-outs to the address this year" / "we've been out there four times". Read
    where told_the_other_way reads. Of the same thing: the thing the minutes count ("references")
    near the meeting's word for how much, and two words of it shared within a few words of each
    side's (tuning.how_much_reach; an answer that names nothing but the span takes the words of the
    question put to it, _asked_of); and no sentence there may say it the minutes' way or near it, of
    a word of it. Not where either side denies something besides ("he hasn't missed any" /
    "attended all of them": its "none" is of the missing), nor where the two oppose each other in a
    word (the quantities are then of opposite things). Only
    against a typed transcript: a recogniser runs sentences together and mishears the small words
    ("not once, in my new account he makes" for "not once. Every new account he makes")."""
    st, ctx, turns = case.st, case.ctx, case.turns
    tuning = ctx.tuning
    if recognised(case.aligner) or procedural(st.text) or _denies_besides(st.text):
        return None
    claim = plain_words(st.text)
    # (each word for how much, with the thing it counts: the first word of content after it, "all
    # of his references", "no detentions"; and the words around it)
    mine = [(level, thing, _of_it(claim, at, tuning.how_much_reach)) for level, at in quantity.readings(st.text)
            for thing in [_counted(claim, at)] if thing]
    if not mine:
        return None
    look_in = _passage_and_theirs(case)
    found = []
    for i in sorted(look_in):
        sentences = _sentences(turns[i].text)
        # (an answer is of what the question put to its speaker asks, where it asks of the
        # statement's thing, two words of it: "What's contact like with the children?" / "It's
        # informal. He sees them some weekends")
        asked = _asked_of(turns, i)
        for k, sentence in enumerate(sentences):
            said = plain_words(sentence)
            # (what it is of may be in the sentence before: "He wasn't late once. Not one day.")
            with_before = " ".join(sentences[max(0, k - 1): k + 1])
            for level, at in quantity.readings(sentence):
                theirs = _of_it(said, at, tuning.how_much_reach)
                counts = _counted(said, at)
                if counts == "time" and theirs & _SPANS - {"time"}:
                    counts = min(theirs & _SPANS - {"time"})  # (times of another span: "a couple of times midweek")
                # (the question lends its words only to a sentence that names nothing of its own
                # beside the span: "He sees them some weekends"; not "Some days he's late in")
                lent = asked if asked and _names_nothing_else(sentence) else set()
                for my_level, thing, of_mine in mine:
                    shared = of_mine & (theirs | lent) if len(of_mine & lent) >= 2 else of_mine & theirs
                    # (the very thing counted on both sides, or times against days: "every day" / "a few times")
                    same_thing = counts == thing or (counts, thing) == ("time", "day")
                    # (all against some, most against few: only of the very thing counted, "every
                    # Friday" / "some Fridays", not "some Saturdays too")
                    other_way = quantity.opposed(my_level, level) and (quantity.far_apart(my_level, level) or same_thing)
                    if shared and not other_way:
                        return None  # said the minutes' way there, or near it (of a word of it, at least)
                    # (how often: the same span of time counted on both sides, with one more word of it
                    # shared, "late", is enough; not "some milk in the day")
                    often = thing in _SPANS and same_thing and bool(shared - _SPANS)
                    if (often or thing in theirs and len(shared) >= 2) and not _denies_besides(with_before) \
                            and not _opposed_words(st.text, with_before):
                        found.append((turns[i], sentence, shared))
    return _most_about_it(case, found, 0.55, "the minutes say all or none of it; what was said is that it was "
                                             "only some, or the other way round")


# Spans of time a how-often counts ("every weekend", "most nights"), as lemmas
_SPANS = frozenset({"day", "night", "week", "weekend", "morning", "afternoon", "evening", "month", "time", "teatime",
                    "bedtime", "lunchtime", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "midweek", "weekday", "weeknight"})


def _counted(words: list[str], at: int) -> str:
    """The thing a word for how much counts: the first word of content, or span of time, in the
    three after it ("every morning": "morning" is no word of content, a greeting's)."""
    content = _content_or_span(" ".join(words[at: at + 3]))
    return content[0] if content else ""


def _content_or_span(text: str) -> list[str]:
    """The lemmas of a text that are words of content or spans of time, in order."""
    tw = text_words(text)
    return [w for w in tw.lemmas if w in tw.bag or w in _SPANS]


def _names_nothing_else(sentence: str) -> bool:
    """Does the sentence name nothing but spans of time, people by name, how much, and the light
    verbs of being with someone ("He sees them some weekends, when Edna can have them")?"""
    names = {w.lower() for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+", sentence)}
    return not (set(_content_or_span(sentence)) - _SPANS - _LIGHT - names - _HOW_MUCH_WORDS)


# The verbs of being with someone or going somewhere, which name no thing of their own
_LIGHT = frozenset({"see", "have", "go", "get", "come", "do", "be", "visit", "stay", "spend"})
# (the words for how much themselves)
_HOW_MUCH_WORDS = frozenset({"every", "some", "most", "all", "few", "many", "each", "odd", "none", "no", "never",
                             "always", "usually", "rarely", "sometimes", "often", "occasional", "occasionally",
                             "maybe", "perhaps", "probably"})


def _asked_of(turns: list[Turn], i: int) -> set[str]:
    """The content words (lemmas) of the question another speaker put just before turn i, if any."""
    return set(text_words(_sentences(turns[i - 1].text)[-1]).content) if _answers(turns, i) else set()


def _of_it(words: list[str], at: int, reach: int) -> set[str]:
    """The content words and spans (lemmas) within `reach` words either side of a word for how much."""
    return set(_content_or_span(" ".join(words[max(0, at - reach - 1): at + reach])))


def _denies_besides(text: str) -> bool:
    """Does the text deny something, besides any word for none ("no", "never") it counts with?"""
    text = text.replace("’", "'")
    if text.isascii():  # (in lower case, by the patterns minding case: quantity._QUANTITY_LOWER's note)
        return bool(_DENIAL_BESIDES_LOWER.search(quantity.WORDS_LOWER.sub(" ", text.lower())))
    return bool(_DENIAL_BESIDES.search(quantity.WORDS.sub(" ", text)))


_DENIAL_BESIDES = re.compile(r"\b(?:not|no|never|nor|neither|without|cannot)\b|n't\b", re.I)
_DENIAL_BESIDES_LOWER = re.compile(_DENIAL_BESIDES.pattern)


def _opposed_words(claim: str, said: str) -> bool:
    """Do the two use words of opposite meaning ("attended" / "missed")?"""
    theirs = set(lemmas(said))
    return any(polarity.opposed(w, v) for w in set(lemmas(claim)) for v in theirs)


def done_the_other_way_round(case: Case) -> Finding | None:
    """The minutes tell a deed between people the other way round from the meeting ("Kai punched
    his cousin" / "his cousin punched Kai"), or credit it to another than the one who said, pointedly,
    that they did it ("Mother phoned her about the damp" / "I was the one who rang Shannon")
    (roles.py). Read where told_the_other_way reads. Who is who by the roster: "I" is the speaker,
    the minutes' "she" the person they credit, "mum" the Mother; a "he" of the meeting is nobody
    known, and passes. Not where the meeting also tells the deed the minutes' way."""
    st, ctx, turns = case.st, case.ctx, case.turns
    # (who is named here: the meeting's names, and the statement's, as a parent says them unwritten:
    # "his cousin punched kai")
    extra = {w.lower() for w in _CAPITALISED.findall(st.text)} - _NOT_NAMES
    # (the meeting's own set where the statement adds none: no copy of it made for each statement)
    names = ctx.names_here | extra if not extra <= ctx.names_here else ctx.names_here
    # (deeds() asks of `names` only words of the text it reads: a clause holding none of the
    # statement's own names, as letters in its lower case, is read with the meeting's set, one
    # cached reading for every statement, not one per statement naming someone the meeting did not)
    here, own_names = ctx.names_here, tuple(extra - ctx.names_here)
    # (each deed of the minutes, with who did it and to whom, by the roster: only one whose doer is known)
    mine = [(d, doer, _who(d.done_to, ctx, st.speakers, minutes=True)) for d in roles.deeds(st.text, names)
            for doer in [_who(d.doer, ctx, st.speakers, minutes=True)] if doer]
    if not mine or procedural(st.text) or _NOT_PLAIN.search(reported(st.text)):
        return None
    look_in = _passage_and_theirs(case)
    found = []
    for i in sorted(look_in):
        speaker = (turns[i].speaker,) if turns[i].speaker else ()
        for sentence, clause, low in _told_clauses(turns[i].text):
            for theirs in roles.deeds(clause, names if own_names and any(w in low for w in own_names) else here):
                for deed, doer, to in mine:
                    if theirs.verb != deed.verb and not same(theirs.verb, deed.verb):
                        continue
                    did, done_to = _who(theirs.doer, ctx, speaker), _who(theirs.done_to, ctx, speaker)
                    if doer & did or (not did and (not to or not done_to or to & done_to)):
                        return None  # told the minutes' way there, or by a "he" that may be the minutes' one
                    swapped = to and done_to and doer & done_to and to & did
                    if swapped or (theirs.stressed and did and not doer & did):
                        found.append((turns[i], sentence, {deed.verb}))
    return _most_about_it(case, found, 0.55, "the minutes tell who did it the other way round")


_CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
# A deed not plainly told: denied, supposed or passed on ("I'm not saying his cousin hit him", "if
# she pushes him again", "she says he hit her")
_NOT_PLAIN = re.compile(r"\b(?:not|never|no|nobody|if|unless|whether|deny|denies|denied|say|says|said|saying|"
                        r"claim|claims|claimed|reckon|reckons)\b|n['’]t\b", re.I)
_NOT_PLAIN = Folded(_NOT_PLAIN)  # (asked first in lower case: cue_patterns.Folded)
_CLAUSES = re.compile(r"[,;:]| but | and then ")


@lru_cache(maxsize=20000)  # (a speaker's turns are read for each statement crediting them)
def _told_clauses(text: str) -> tuple[tuple[str, str, str], ...]:
    """(sentence, clause, the clause in lower case) for each of a turn's _plain_clauses, but those of
    its questions (a question tells no deed): done_the_other_way_round's reading of a turn, worked out
    once, not sentence by sentence for every statement it is read for."""
    return tuple((sentence, clause, clause.lower()) for sentence in _sentences(text)
                 if not sentence.rstrip().endswith("?") for clause in _plain_clauses(sentence))


@lru_cache(maxsize=20000)  # (the same sentences are read for statement after statement)
def _plain_clauses(sentence: str) -> tuple[str, ...]:
    """The sentence's clauses but those that tell a deed not plainly (_NOT_PLAIN: "I'm not saying his
    cousin hit him")."""
    return tuple(c for c in _CLAUSES.split(sentence) if not _NOT_PLAIN.search(c))


def _who(word: str, ctx: Context, speakers: tuple[str, ...], minutes: bool = False) -> frozenset[str]:
    """Who a word in a deed stands for: an attendee's label, or the word for someone else ("cousin");
    empty where not known. "I" is the speaker (`speakers`); in the `minutes`, "she" or "him" is the
    person they credit. A word for two attendees ("Price", a family's surname) is not known."""
    if word in ("i", "me") or (minutes and word in ("he", "him", "she", "her")):
        return frozenset(speakers[:1])
    if not word or word in roles.PRONOUNS:
        return frozenset()
    labels = _naming(word, ctx.cast.labels)
    return frozenset(labels) if len(labels) == 1 else frozenset() if labels else frozenset({lemma(word)})


@lru_cache(maxsize=5000)  # (asked of the same few words statement after statement)
def _naming(word: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    """The attendees' labels a word names ("dean" -> "Father (Dean Price)")."""
    return tuple(label for label in labels if word in who_words((label,)))


def _passage_and_theirs(case: Case) -> set[int]:
    """The turns a check of telling reads: the passage the statement comes from (a turn either side)
    and, where the minutes credit someone (in words, or by a heading or a table's row), their turns."""
    st, ctx, turns = case.st, case.ctx, case.turns
    look_in = set(range(max(0, case.match.first - 1), min(len(turns), case.match.last + 2)))
    if ctx.speakers_known and st.speakers:
        look_in |= case.aligner.turns_of(st.speakers[0])
    return look_in


def _sentences_about(case: Case, look_in, subject: set[str], after: int):
    """(turn, sentence, the subject's words shared) for each sentence of these turns that speaks of
    the subject: it, the sentence before and `after` sentences after share one of its words rare
    enough in the meeting (tuning.told_subject_weight), or two."""
    turns, aligner = case.turns, case.aligner
    for i in sorted(look_in):
        sentences = _sentences(turns[i].text)
        for k, sentence in enumerate(sentences):
            shared = _of_subject(subject, " ".join(sentences[max(0, k - 1): k + 1 + after]))
            if _enough(shared, aligner, case.ctx.tuning.told_subject_weight):
                yield turns[i], sentence, shared


def _enough(shared: set[str], aligner, weight: float) -> bool:
    """Do these shared words say two sentences speak of the same thing: two of them, or one this rare?"""
    return len(shared) >= 2 or any(aligner.weight(w) >= weight for w in shared)


def _most_about_it(case: Case, found: list, confidence: float, why: str) -> Finding | None:
    """The finding from the sentence (turn, sentence, shared words) whose shared words weigh most."""
    if not found:
        return None
    turn, sentence, _ = max(found, key=lambda f: math.fsum(case.aligner.weight(w) for w in f[2]))
    return _said_the_opposite(case, turn, sentence, confidence, why)


# The words of telling and of missing, which every such statement and sentence share
_OF_TELLING = frozenset("""let know tell told inform notify contact ring rang phone call text message email warn touch
    prior advance notice notification warning without fail neglect forget never attention bring only""".split())


# Words the minutes quote ("F said: 'I didn't know ...'"): the quoted "I" is the person credited
_QUOTED = re.compile(r"^\W*['‘“\"]|:\s*['‘“\"]")


def consented_the_other_way(case: Case) -> Finding | None:
    """The minutes say someone refused what was offered where they said yes to it in their own
    words, or the other way round: "Ms Webb declined the cookery course" / "I want to do the
    cookery course"; "he agreed to the drug testing" / "I don't want the testing". The same reading as
    judged_the_other_way, on the scale of willing or not (valence.CONSENT)."""
    return _the_other_way(case, valence.CONSENT, ("the minutes have a refusal; what was said is a yes",
                                                  "the minutes have a yes; what was said is a refusal"), whose=True)


def _the_other_way(case: Case, scale: valence.Scale, why: tuple[str, str], whose: bool = False,
                   others_views: bool = True, beside: bool = False) -> Finding | None:
    """A statement that leans one way on a scale against the sentences that say the same thing the
    other way (judged_the_other_way). `why`: the finding's reason when the minutes lean down, up.
    `whose`: the scale is a person's (a yes or a no is someone's): only the words of the person the
    statement credits or names count, or sentences that name them. `others_views`: whether a
    sentence passing on another's view counts ("his mum says his sleep's been better" is not the
    speaker's own judgement; "she told me she'd like to" is her yes). `beside`: a judgement right
    beside a less rare shared word is of it ("sleeping better"); not for a yes or a no, which sits
    beside its verb whatever it is of ("I don't want to see him")."""
    st, aligner, ctx, tuning = case.st, case.aligner, case.ctx, case.ctx.tuning
    judged = scale.terms(st.text)
    way = scale.leaning(st.text)
    if not way or len(judged) > tuning.judged_terms_at_most or procedural(st.text) \
            or len(text_words(st.text).lemmas) > tuning.judged_words_at_most:
        return None
    if polarity.some_only(st.text) or admits(st.text) or _TOO_SOON.search(st.text) or _WEIGHS.search(st.text):
        # "missed only one session": the rest were kept, which a good report says too; what a
        # parent owned up to is read against their own words (admission_not_own); "too early to
        # say it had improved" judges nothing yet; "improving, but ..." weighs both sides itself
        return None
    judging = {w for w, _ in judged}
    clause = next(c for c in valence.clauses(st.text) if scale.clause_terms(c))
    subject = _subject_words(clause, judging, ctx) or _subject_words(st.text, judging, ctx)
    if not subject:
        return None
    people = _people_of(st, ctx) if whose else ()
    if whose and not people:
        return None
    of_them = frozenset(w for p in people for w in _word_set(p) if w in ctx.people) | _THIRD_PERSON  # (words for them)
    # (a yes or a no is the person's own, however they put it: "she'd like to do our group")
    of_kin = whose or bool(_OWN_OR_KIN.search(reported(clause)) or _THEIRS.search(reported(clause)))
    best = None
    for turn, whole, sentence, theirs, before in _sentences_read(case, people, of_them, others_views):
        raw, sentence = sentence, scale.reading(sentence)  # ("been to every session": good attendance)
        # (of the same person: a child's sleep is not "I'm not sleeping much myself" nor "mum
        # isn't sleeping", unless the minutes speak of the speaker's or a relative's: "his
        # manager" may be "my manager")
        shared = _of_the_person(_of_subject(subject, sentence), sentence, of_kin)
        near = shared
        if not shared and _REFERS_BACK.search(sentence) and (of_kin or not (
                scale.said_of(sentence, _FIRST_PERSON) or _OWN_OR_KIN.search(sentence))):
            # "I weigh her every Monday. She's been brilliant with it.": the judgement is of what
            # the sentence before spoke of, and sits beside the word that points back to it (not
            # "I'm really happy about that", "Mum was brilliant with it": another's, as above)
            shared = _of_the_person(_of_subject(subject, before), before, of_kin)
            near = _POINTING_BACK
        if not shared:
            continue
        if len(shared) < 2 and aligner.weight(next(iter(shared))) < tuning.judged_subject_weight \
                and not (beside and _beside(scale, sentence, shared, near, aligner, tuning)):
            # too common a word to say the sentence is about the same thing; but where it judges
            # that word the statement's way ("the home's still a worry"), the account is mixed
            if any(w == way for _, w in scale.terms_near(sentence, near, tuning.judged_subject_reach)):
                return None
            continue
        # (of it, or of what points back to it: "since the move it has been a real worry")
        if any(w == way for _, w in scale.terms_near(sentence, near | _POINTING_BACK, tuning.judged_subject_reach)):
            # they judge it the statement's way too: a mixed account, not a reversal (only a
            # judgement of it: "her sleep is excellent, and the damp is a worry" judges two things)
            return None
        if _BOTH_WAYS.search(sentence):
            continue  # a sentence that weighs one thing against another, or then against now
        # the judgement must be of the subject: a few words from it ("he's a lovely cheerful baby,
        # and she feeds him when he cries" judges the baby, not how she copes with the crying)
        said = scale.terms_near(sentence, near, tuning.judged_subject_reach)
        # (the same judging word both ways is polarity's to read: "happy" / "not happy"; but not a
        # word polarity passes over as too common, "want" / "don't want")
        if not said or any(polarity.weighs(w) for w in judging & {w for w, _ in said}):
            continue
        mine, there = places_named(clause), places_judged(scale, raw, -way)
        if mine and there and not mine & there:
            continue  # ("settled at school" / "at home he's much more withdrawn, at school he's fine")
        if polarity.other_time(clause, sentence) or (_SINCE.search(clause) and _UNTIL.search(sentence)) \
                or (_of_then(clause) and _NOW.search(sentence) and not _NOW.search(clause)):
            continue  # ("has since slipped" / "was doing nicely until the summer"; "had been
            # poor in the autumn" / "her reading now is excellent": two times)
        if _other_named(reported(clause), raw, ctx, tuple(st.speakers), scale):
            continue  # ("Milo's reading was poor" / "his sister Ada's reading is excellent")
        if people and ctx.speakers_known and not theirs and (scale.said_of(sentence, _FIRST_PERSON)
                                        or not scale.said_of(sentence, of_them)):
            # ("I'd really like her to do the course": the speaker's wish, not her yes; "Ada is
            # always happy to see her dad": the child's, not her father's)
            continue
        share = math.fsum(aligner.weight(w) for w in shared) / math.fsum(aligner.weight(w) for w in subject)
        if best is None or share > best[0]:
            best = (share, turn, whole)
    if best is None:
        return None
    share, turn, whole = best
    return _said_the_opposite(case, turn, whole, min(0.85, 0.45 + 0.4 * share), why[0] if way < 0 else why[1])


def _said_the_opposite(case: Case, turn, sentence: str, confidence: float, why: str) -> Finding:
    """The finding of a check of this module: who said the opposite, when, in their words, and why
    it is the opposite."""
    proof = quoting.stating(case.turns, turn.index, sentence)
    return Finding("", "contradicted", case.st.text, proof, confidence,
                   f"{capital(who_said(turn))} said the opposite at {clock(proof[0].start)}: “{short_quote(proof[0].text)}” "
                   f"({why}).", section=case.st.section, speaker=case.st.speaker)


def _beside(scale: valence.Scale, sentence: str, shared: set[str], near: set[str] | frozenset[str], aligner,
            tuning) -> bool:
    """Does the sentence judge its one shared word right beside it ("he's been sleeping better"), or
    beside the word that points back to it (`near`), and is that word no common one
    (tuning.judged_beside_weight)?"""
    (w,) = shared
    return aligner.weight(w) >= tuning.judged_beside_weight and \
        bool(scale.terms_near(sentence, near, tuning.judged_beside_reach))


def _sentences_read(case: Case, people: tuple[str, ...], of_them: frozenset[str], others_views: bool):
    """Which sentences _the_other_way reads, each as (its turn, the whole sentence, the speaker's own
    part of it, whether the turn is theirs, the turn's sentence before it): the turns of those whose
    the statement is (`people`, else the person it credits by name), with the passage's where
    `people` are given; else the passage's (the best match and a turn either side). Not questions,
    nor, where `people` are given, another's sentence that does not speak of them (`of_them`)."""
    st, aligner, ctx = case.st, case.aligner, case.ctx
    region = range(max(0, case.match.first - 1), min(len(aligner.turns), case.match.last + 2))
    own = {i for p in people or st.speakers[:1] for i in aligner.turns_of(p)} if ctx.speakers_known else set()
    if own and (people or st.credited_by in OWN_ACCOUNT):
        look_in = sorted(own | set(region)) if people else sorted(own)
    else:
        look_in = region
    for i in look_in:
        turn = aligner.turns[i]
        sentences = _sentences(turn.text)
        for k, whole in enumerate(sentences):
            previous = sentences[k - 1] if k else ""
            if whole.rstrip().endswith("?"):
                continue
            # (only what the speaker says before passing on another's view is theirs)
            passed_on = None if others_views else PASSED_ON.search(whole)
            sentence = whole[:passed_on.start()] if passed_on else whole
            if people and ctx.speakers_known and i not in own and of_them.isdisjoint(_word_set(sentence)):
                continue  # another's words count where they speak of the person ("she'd like to"), not of themselves
            yield turn, whole, sentence, i in own, previous


def _people_of(st: Statement, ctx: Context) -> tuple[str, ...]:
    """Whose the statement is: the person it credits, else the attendees it names (by name, or by
    role: "Mother had agreed ..."). "Ms Webb" where the mother and her mother are both Webb is
    either of them: both are read."""
    if st.speakers and st.credited_by == "text":
        return (st.speakers[0],)
    people = sorted({p for w in _word_set(st.text) for p in ctx.people.get(w, ())})
    if not people:
        by_role = ctx.cast.by_role_within(re.sub(r"[^\w\s']", " ", st.text))
        return (by_role.name,) if by_role is not None else ()
    return tuple(people)


_THIRD_PERSON = frozenset({"he", "she", "him", "her", "they", "them"})
# A sentence that speaks of a thing by a word pointing back to the sentence before: "she's been
# brilliant with it", "that has improved a lot". The word ends its phrase ("with it.", "about that,
# and"): "at that point", "on that day" point at a time. "That" or "this" opening the sentence, not
# "it", which opens as often on nothing ("it's lovely to see", "it was cold"); nor "that" opening
# what is said ("that's what she said").
_REFERS_BACK = re.compile(r"\b(?:with|about|at|of|on|by) (?:it|that|this)(?=\s*(?:[.,;:!?)\u2013\u2014-]|$|"
                          r"(?:and|but|now|too|though|as well)\b))|"
                          r"^\W*(?:(?:and|so|but|honestly|actually|well),? )*(?:that|this)(?:['’]s| is| was| has| had)"
                          r"(?! (?:been )?(?:a|an|the|\w+ing|about|that|what|why|how|when|like|because)\b)", re.I)
_POINTING_BACK = frozenset({"it", "that", "this"})
_FIRST_PERSON = frozenset({"i", "we"})
# A sentence that weighs one side against another ("better than it was, but still under the ninth
# centile", "clean apart from the mould", "happy to, just not at the house") or then against now
# ("used to be aggressive, not any more") is a mixed account: no plain reversal of anything.
_BOTH_WAYS = re.compile(r"\b(?:but|though|although|however|apart from|except|still|not so much|not really|used to|"
                        r"any ?more|no longer|stopped|as long as|only if|just not)\b", re.I)
_TOO_SOON = re.compile(r"\btoo (?:early|soon)\b", re.I)
_WEIGHS = re.compile(r"\b(?:but|though|although|however|apart from|except|whereas)\b", re.I)
# what a family calls its own, as a speaker names them ("mum says", "nan isn't sleeping")
# whose a report is: the speaker's own, or a relative's ("I'm not sleeping", "mum isn't eating")
_OWN_OR_KIN = re.compile(rf"\b(?:i|i'm|i've|me|my|myself|we|our|{KIN}|mother|father|"
                         r"partner|husband|wife|boyfriend|girlfriend)\b", re.I)
_THEIRS = re.compile(r"\b(?:his|her|their)\b", re.I)


def _of_the_person(words, sentence: str, of_kin: bool) -> set[str]:
    """The words the sentence says of the one the statement is about: not those just after "I",
    "my", "mum" and the like, unless the statement too speaks of such a person (`of_kin`)."""
    return {w for w in words if of_kin or not _OWN_OR_KIN.search(_words_before(sentence, w))}


def _words_before(sentence: str, lemma_: str, n: int = 3) -> str:
    """The few words before the first word of the sentence whose lemma is this one."""
    raw = plain_words(sentence.replace("’", "'"))
    for k, w in enumerate(raw):
        if lemma(w) == lemma_:
            return " ".join(raw[max(0, k - n): k])
    return ""


# a time before now, and now
_THEN_WORDS = re.compile(r"\b(?:autumn|spring|summer|winter|previously|initially|at first|at the start|"
                         r"last (?:term|year|month|time))\b", re.I)
_HAD_DONE = re.compile(r"\bhad (?:been|had|\w+ed)\b", re.I)


def _of_then(clause: str) -> bool:
    """Does the minutes' clause speak of an earlier time ("had been poor in the autumn", "had been
    unsettled")? Not "had" with a state that went on ("She said he had stayed withdrawn", "had
    remained"): that reaches up to when it was said, the "now" of the meeting."""
    return bool(_THEN_WORDS.search(clause) or (_HAD_DONE.search(clause) and not _WENT_ON.search(clause)))


_WENT_ON = re.compile(r"\b(?:still|stayed|remained|continued|kept on|persisted)\b", re.I)
_NOW = re.compile(r"\b(?:now|these days|at the moment|currently|this term|lately|recently)\b", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till)\b", re.I)
# Words of a statement that say who reported it and when, not what it is about (text_words already
# leaves out the reporting verbs of text.REPORTING and the stopwords: these are the rest)
_NOT_SUBJECT = frozenset("""feel find observe appear seem believe view conference meeting staff child since every
    usually time day week month year last recent after until before still late""".split())  # ("the latest scan")
_CAPITALISED = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+|\b[A-Z][a-z]+(?=['\u2019]s\b)")
# A name opening the text as the subject of how someone is: "Ruby is withdrawn", once the minutes'
# "Mr Rowan said" is taken off (a name only where it is one here: not "Attendance has been patchy")
_OPENING = re.compile(r"^([A-Z][a-z]+)(?= (?:is|was|has|had|seems|seemed|remains|remained|appears|appeared|became|"
                      r"stayed)\b)")


def _named(text: str, ctx: Context) -> set[str]:
    """Whom a text names: attendees by any word of their names, others by a capitalised name within
    it, before "'s" or, a name said in the meeting, as the subject opening it (not another
    capitalised first word, "Honestly, ...", "Attendance has ...", nor a pronoun, title, role, month
    or day: "She's", "Mr", "Mother's", "October")."""
    capitalised = {w.lower() for w in _CAPITALISED.findall(text)}
    opening = _OPENING.match(text)
    if opening and opening.group(1).lower() in ctx.names_here:
        capitalised.add(opening.group(1).lower())
    found: set[str] = set()
    for w in capitalised | _word_set(text):
        if w in ctx.people:  # an attendee's name, or a role word (which names nobody)
            found |= ctx.people[w]
        elif w in capitalised and w not in STOPWORDS and w not in _NOT_NAMES:
            found.add(w)
    return found


_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {w.lower() for w in TITLES} | frozenset(HOMELY).union(
    *HOMELY.values()) | {"easter", "christmas", "halloween", "whitsun", "eid", "diwali", "ramadan"}  # (times of year)


def _other_named(claim: str, sentence: str, ctx: Context, speakers: tuple[str, ...] = (),
                 scale: valence.Scale | None = None, subject: str | None = None) -> bool:
    """Does the claim name someone and the sentence someone else, and nobody in common? (Whom the
    minutes credit with saying it is who spoke, not whom it is about.) With a `scale`, only the
    sentence's clauses that judge on it count: "He's much calmer at home, and the school's been
    amazing, Gideon especially" judges him, not Gideon; or the clauses leading up to them ("As for
    Ada, her sleep has been excellent"). A sentence that names nobody there is of its `subject`,
    where the sentences before say who that is ("Ruby's doing well. She's much calmer.":
    shared.referent)."""
    a = _named(claim, ctx) - {p for sp in speakers for p in _named(sp, ctx)}
    if scale is None:
        b = _named(sentence, ctx)
    else:  # the judging clauses' names, else those of the clauses leading up to them ("As for Ada, her
        # sleep has been excellent"), else the sentence's subject
        clauses = valence.clauses(sentence)
        judging = scale.judging(clauses)
        b = _named(" ".join(clauses[k] for k in judging), ctx) if judging else _named(sentence, ctx)
        if judging and not b:
            b = _named(" ".join(clauses[:judging[0]]), ctx)
    if not b and subject:
        b = _named(f"{subject}'s", ctx)  # (a name alone, read as "Ruby's")
    return bool(a) and bool(b) and not a & b


def _of_subject(subject: set[str], sentence: str) -> set[str]:
    """The sentence's words that are the subject's words or the words they are made from: "she was
    always punctual" speaks of punctuality, "he's engaged well" of engagement, "reliable" of
    reliability. Not words that merely begin alike ("concert" and "concentration", "manager" and
    "management", "medical" and "medication")."""
    # (made_from holds no word under five letters: those are not set against the subject's one by one)
    return {w for w in text_words(sentence).content
            if w in subject or (len(w) >= 5 and any(made_from(x, w) for x in subject))}


def _subject_words(text: str, judging: set[str], ctx: Context) -> set[str]:
    """What a judgement is about: the text's content words but its judging words, names (a name
    is in every sentence about that person), numbers and the words of reporting and time."""
    named = {w.lower() for w in _CAPITALISED.findall(text)} | ctx.proper_names | ctx.name_words
    return {w for w in text_words(text).content if w not in judging and w not in _NOT_SUBJECT and w not in named
            and not w.isdigit() and len(w) > 2}
