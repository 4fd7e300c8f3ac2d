"""Said surer than it was: the minutes have someone confirm, agree, consent or commit to a thing, or
say it will be, where what they said of it in the meeting was only a maybe ("I might ring the
police", "I think it's dipped a bit, I'd need to check", "it's just an idea at the minute").

A hedge dropped turns a possibility into a fact or an undertaking, and a parent is then held to a
promise they never made, or a worry becomes a finding. Minutes that keep the hedge in their own
words ("hoped to", "was unsure whether", "thought it was probably") say it fairly.
"""

from __future__ import annotations

import re

from app.clock import clock
from app.compare import evidence as quoting
from app.compare.align import keys_of, text_words
from app.compare.checks.agreement import _one_of, _theirs_around
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

# What gives a thing as settled: confirming it, agreeing, consenting or committing to it, an
# assurance, or that it will be ("will try", "will consider" are no more than a maybe)
_SETTLED = re.compile(r"\b(?:confirm(?:ed|s)|agreed|agrees|consented|consents|committed|commits|undertook|undertakes|"
                      r"assured|promised|guaranteed|gave (?:an |her |his |their )?assurances?)\b|"
                      r"\b(?:will|is going to|are going to)\b(?!\s+(?:try|attempt|consider|think|see|look|explore|"
                      r"discuss|decide|let|check|find out)\b)", re.I)
# What keeps it a maybe in the minutes' own words ("hoped to", "was unsure whether", "thought it
# probably was"); and, after the settling word, its being passed on ("confirmed that Ruby had said")
_KEPT_UNSURE = re.compile(r"\bcould\b(?!\s*(?:not|n't))|\b(?:might|may|maybe|perhaps|possibly|possible|probably|likely|unlikely|think|thinks|"
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
# "I'll think about it", "just an idea", "I've heard", "I'd need to check" (not
# "I think so", a yes)
_MAYBE = re.compile(r"\b(?:might|maybe|may be|may have|may well|perhaps|possibly|probably|"
                    r"i (?:think|thought|suppose|guess|reckon)(?! so\b)|not (?:sure|certain)|i dunno|"
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
_POINTS_BACK = re.compile(r"\b(?:that|it|this)\b", re.I)


def _a_maybe(sentence: str) -> bool:
    """Does the sentence keep what it says a maybe (not only how many: "two beers maybe")?"""
    return bool(_MAYBE.search(_ROUGHLY.sub(" ", sentence.replace("’", "'"))))


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
    before, after = st.text[:settled.start()], st.text[settled.start():]
    if _KEPT_UNSURE.search(before) or _KEPT_UNSURE.search(after) or _PASSED_ON.search(after):
        return None
    words = ctx.without_names(case.words)  # (what it says, not of whom: "Ruby" is no part of it)
    keys = keys_of(words)
    # (what is settled: the first of the statement's words after the settling one, "will be moving")
    head = next((w for w in text_words(after[settled.end() - settled.start():]).content if w in words), None)
    head_keys = keys_of({head}) if head else None
    main = match.main_turn
    answer = main + 1 if main + 1 < len(turns) and turns[main + 1].speaker != turns[main].speaker else -1
    said = []  # (does it say what is settled, how much of it a sentence of theirs says, its turn, the sentence, a maybe?)
    for t in _theirs_around(case, _one_of(st.speakers, ctx)):
        for sentence in _spoken_sentences(t.text):
            if sentence.rstrip().endswith("?"):
                continue  # (a question puts nothing as so)
            share = _words_said(sentence, keys) or int(t.index == answer and bool(_POINTS_BACK.search(sentence)))
            if share:
                said.append((bool(head_keys and _words_said(sentence, head_keys)), share, t, sentence,
                             _a_maybe(sentence)))
    # (of those that say what is settled, or where none does of all, those that say most of the statement)
    pool = [s for s in said if s[0]] or said
    best = [s for s in pool if s[1] == max(x[1] for x in pool)]
    if not best or not all(maybe for *_, maybe in best):
        return None  # (said plainly too)
    *_, t, sentence, _ = best[0]
    proof = quoting.stating(turns, t.index, sentence)
    return Finding("", "not_said", st.text, proof, 0.5,
                   f"The minutes give it as settled (“{settled.group(0)}”), but {who_said(t)} said it only as "
                   f"a maybe at {clock(proof[0].start)}: “{short_quote(sentence)}”",
                   section=st.section, speaker=st.speaker)
