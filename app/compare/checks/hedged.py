"""Said surer than it was: the minutes have someone confirm, agree, consent or commit to a thing, or
say it will be, where what they said of it in the meeting was only a maybe ("I might ring the
police", "I think it's dipped a bit, I'd need to check", "it's just an idea at the minute").

A hedge dropped turns a possibility into a fact or an undertaking, and a parent is then held to a
promise they never made, or a worry becomes a finding. Minutes that keep the hedge in their own
words ("hoped to", "was unsure whether", "thought it was probably") say it fairly.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.clock import clock
from app.compare import evidence as quoting
from app.compare.align import keys_of, text_words
from app.compare.checks.agreement import _POINTS_BACK, _one_of, _theirs_around
from app.compare.checks.case import Case
from app.compare.checks.shared import (
    CREDITED_BY,
    _sentences,
    _words_said,
    checkable,
    procedural,
    short_quote,
    who_said,
)
from app.compare.findings import Finding
from app.compare.turns import Turn

# What gives a thing as settled: confirming it, agreeing, consenting or committing to it, an
# assurance, or that it will be ("will try", "will consider" are no more than a maybe)
_SETTLED = re.compile(r"\b(?:confirm(?:ed|s)|agreed|agrees|consented|consents|committed|commits|undertook|undertakes|"
                      r"assured|promised|guaranteed|gave (?:an |her |his |their )?assurances?)\b|"
                      r"\b(?:will|is going to|are going to)\b(?!\s+(?:try|attempt|consider|think|see|look|explore|"
                      r"discuss|decide|let|check|find out)\b)", re.I)
# What keeps it a maybe in the minutes' own words ("hoped to", "was unsure whether", "thought it
# probably was"); and, after the settling word, its being passed on ("confirmed that Ruby had said")
_KEPT_UNSURE = re.compile(r"\bcould\b(?!\s*(?:not|n't))|"
                          r"\b(?:might|may|maybe|perhaps|possibly|possible|probably|likely|unlikely|think|thinks|"
                          r"thought|believe|believed|believes|feel|felt|consider|considers|considered|considering|"
                          r"unsure|not sure|uncertain|undecided|not (?:yet )?decided|hope|hoped|hopes|hoping|try|tries|"
                          r"tried|trying|attempt|depending|depends|dependent|whether|some of|appear|appeared|"
                          r"appears|seem|seemed|seems|unclear|understood|understands|suspect|suspected|wonder|"
                          r"wondered|intend|intended|intends|aim|aims|would like|wants|wanted|wish|wishes|"
                          r"possibility|option|idea|plan to|planned|plans to|subject to|provided|providing|as long as|"
                          r"pending|conditional)\b", re.I)
_PASSED_ON = re.compile(r"\b(?:said|says|told|tells|reported|reports|heard|mentioned|according|alleged|claimed|"
                        r"disclosed)\b", re.I)
# How a speaker keeps a thing a maybe: "I might", "probably", "I think", "I'll try", "it depends",
# "hopefully", "I'll think about it", "just an idea", "I've heard", "I'd need to check" (not "I think
# so", a yes; not "I thought long and hard", "I might as well")
_MAYBE = re.compile(r"\b(?:might(?! as well)|maybe|may be|may have|may well|perhaps|possibly|probably|"
                    r"i (?:think|thought|suppose|guess|reckon|believe)(?! so\b| long\b| hard\b| about it\b| it over\b)|"
                    r"not (?:sure|certain)|i dunno|"
                    r"hopefully|i(?:'m| am) hoping|i hope|fingers crossed|we'll see|i'd like to|"
                    r"(?:i|we) don't know|(?:i'll|i will|i'd|i would|i could) (?:try|have a go)|try and|"
                    r"see if i can|(?:it )?depends|just an idea|thinking about|think about it|have a think|"
                    r"(?:not|haven't|have not) decided|(?:i've|i have|i) heard|apparently|"
                    r"(?:i'm|i am|i was) told|going on what|(?:need|have|had) to check|i'd have to|could maybe|"
                    r"can't be sure|cannot be sure|not definite)\b", re.I)


# A maybe of how many, not of whether: "two beers maybe", "maybe ten minutes", "an hour or so"
_ROUGHLY = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|a couple|a few|an?)"
                      r"(?: [a-z]+)? (?:maybe|perhaps|probably)|(?:maybe|perhaps|probably) (?:about |around )?"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|a couple|a few)\b(?! of\b))",
                      re.I)
# A plain yes opening a clause (not "I'll have a word with his dad first", which puts it off)
_YES = re.compile(r"^\W*(?:(?:actually|well|oh|erm|um|so|and|but)\W+)*(?:yes|yeah|yep|yup|ok(?:ay)?|sure|fine|of course|"
                  r"definitely|absolutely|go on|i'm up for|i am up for|happy to|count me in|no problem)\b", re.I)


class _Said(NamedTuple):
    """A clause of theirs that speaks of the statement."""

    settles: bool  # says what the minutes settle (by its word or one like it)
    share: int  # how many of the statement's words it says
    turn: Turn
    sentence: str
    clause: str
    maybe: bool  # hedged, or another's account passed on where the minutes vouch for it
    in_its_word: bool  # says what is settled in the very word


# Another's account passed on: "she said Dad came round on Sunday", "Ruby told me he'd been drinking"
# (and what follows it in the sentence: "... and they had a takeaway"). What someone was told is
# not what they can confirm. (Not "as Liam said", "what Ben said is right": a colleague's word taken
# up as one's own.)
_RELAYED = re.compile(r"(?<![Aa]s )(?<![Ll]ike )\b(?!(?:That|Having|We|I)\b)(?:she|he|they|[A-Z][a-z]+(?:['’]s \w+)?|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]) (?:\w+ )?\w+) "
                      r"(?:said|says|told (?:me|us|him|her|them)|tells (?:me|us)|reckons|reckoned|claims|claimed|"
                      r"mentioned|alleged|alleges)\b(?! (?:is|was) (?:right|true|correct))")
# A clause in which they speak for themselves: "but ...", "so ...", "I ...", "and I ...", "and he was"
_OWN_WORD = re.compile(r"\W*(?:but\b|so\b|(?:(?:and|then)\W+)?(?:i|we)\b|"
                       r"(?:and|which) (?:he|she|it|they) (?:was|did)\b)", re.I)
# The settling words that vouch for a thing's being so (not "agreed" or "will": an undertaking)
_VOUCHES = re.compile(r"\b(?:confirm(?:ed|s)|assured|guaranteed)\b", re.I)


def _a_maybe(sentence: str) -> bool:
    """Does the sentence keep what it says a maybe (not only how many, "two beers maybe", nor a way
    of talking, "as soon as I possibly can", "I think it's important to say")?"""
    return bool(_MAYBE.search(_NO_MAYBE.sub(" ", _ROUGHLY.sub(" ", sentence.replace("’", "'")))))


# Ways of talking that hold a hedge's word and hedge nothing
_NO_MAYBE = re.compile(r"\b(?:(?:possibly|probably) can|i (?:think|believe) (?:it's|it is|that's|that is) "
                       r"(?:important|only fair|right|fair|worth)|(?:i've|i have) heard (?:what|everything|all)|"
                       r"(?:i was|i've been|i have been|i'm|i am) told (?:that )?(?:i|we) (?:need|have|must|should)|"
                       r"(?:don't|do not|didn't) know (?:why|how|what|where|when)|might (?:say|think|tell))\b", re.I)


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses, cut at a comma, a semicolon, "but", "so", "though", "because", "and",
    "which", "whatever"; a cut-off of a word or two ("Attendance, erm...") runs on into the next."""
    out: list[str] = []
    for part in _CLAUSE_CUT.split(sentence):
        if out and len(out[-1].split()) <= 2:
            out[-1] = f"{out[-1]} {part}"
        elif part.strip():
            out.append(part)
    return out


_CLAUSE_CUT = re.compile(r"[,;]|\b(?=(?:but|so|though|although|because|cos|and|which|whatever|whoever)\b)", re.I)


def _spoken_sentences(text: str) -> list[str]:
    """The sentences of a turn, where one that trails off ("Attendance, erm...") runs on into the next."""
    out: list[str] = []
    for sentence in _sentences(text):
        if out and out[-1].rstrip().endswith(("...", "…")):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def surer_than_said(case: Case) -> Finding | None:
    """The minutes give as settled (_SETTLED: "confirmed", "agreed", "will") what the person they
    credit said only as a maybe (_MAYBE): of their sentences near the passage, those that say most
    of the statement's words are all hedged, and none saying as much is plain. A sentence of theirs
    that answers the passage and points back at it ("I'm not sure about that") speaks of it too.
    Not where the minutes keep the hedge, or pass it on ("confirmed that Ruby had told him")."""
    st, ctx, match, turns = case.st, case.ctx, case.match, case.turns
    if not (ctx.speakers_known and st.speakers and st.credited_by in CREDITED_BY and match is not None):
        return None
    settled = _SETTLED.search(st.text)
    if settled is None or procedural(st.text) or not checkable(case.words, ctx.tuning):
        return None
    if _KEPT_UNSURE.search(st.text) or _PASSED_ON.search(st.text, settled.start()):
        return None  # (the minutes keep the maybe, or pass on what was said after the settling word)
    words = ctx.without_names(case.words)  # (what it says, not of whom: "Ruby" is no part of it)
    keys = keys_of(words)
    # (what is settled: the first of the statement's words after the settling one, "will be moving")
    head = next((w for w in text_words(st.text[settled.end():]).content if w in words), None)
    head_keys = keys_of({head}) if head else None
    vouches = bool(_VOUCHES.match(settled.group(0)))
    main = match.main_turn
    answer = main + 1 if main + 1 < len(turns) and turns[main + 1].speaker != turns[main].speaker else -1
    # (each clause of theirs near the passage that speaks of it; a hedge is of its own clause: "I'll
    # be there on Tuesday, I think it's at the family centre" hedges the place, not the coming)
    said = []
    for t in _theirs_around(case, _one_of(st.speakers, ctx)):
        for sentence in _spoken_sentences(t.text):
            if sentence.rstrip().endswith("?"):
                continue  # (a question puts nothing as so)
            told = ""  # (the sentence so far: a relay before a clause passes it on too, until they
            # speak for themselves, "but when I visited ...", "and I weighed her myself")
            for clause in _clauses(sentence):
                told = clause if _OWN_WORD.match(clause) else told + clause
                share = _words_said(clause, keys) or int(t.index == answer and bool(_POINTS_BACK.search(clause)))
                if share or _YES.match(clause):
                    # (a maybe, or another's account passed on where the minutes vouch for it)
                    maybe = _a_maybe(clause) or (vouches and _RELAYED.search(told) is not None)
                    said.append(_Said(bool(head_keys and _words_said(clause, head_keys)), share, t, sentence, clause,
                                      maybe, head in text_words(clause).content))
    # (of those that say what is settled, or where none does of all, those that say most of the
    # statement; and none that says what is settled plainly in its very word, before or after, "I
    # might ring the police ... I'll ring them, definitely", nor a plain yes in their answer to it,
    # or with more to it in the turn of the maybe: "Yes, I'll come on Thursday, I think it's at the
    # centre", not a "Yes." to the chair's call before it)
    of_it = [s for s in said if s.share]
    pool = [s for s in of_it if s.settles] or of_it
    best = [s for s in pool if s.share == max(x.share for x in pool)]
    if not best or not all(s.maybe for s in best) or any(
            not s.maybe and (s.in_its_word and s.share or _YES.match(s.clause) and (
                s.turn.index == answer or s.turn is best[0].turn and len(s.clause.split()) > 2))
            for s in said):
        return None  # (said plainly too)
    t, sentence = best[0].turn, best[0].sentence
    proof = quoting.stating(turns, t.index, sentence)
    how = "said it only as a maybe" if _a_maybe(best[0].clause) else "only passed on what they were told"
    return Finding("", "not_said", st.text, proof, 0.5,
                   f"The minutes give it as settled (“{settled.group(0)}”), but {who_said(t)} {how} "
                   f"at {clock(proof[0].start)}: “{short_quote(sentence)}”",
                   section=st.section, speaker=st.speaker)
