"""Checks of what the meeting said back at once: a claim corrected on the spot
(corrected_on_the_spot), and a yes-or-no question answered "No" or "Yes" where the minutes have
what it asked the other way round (denied_when_asked, affirmed_when_asked).
"""

from __future__ import annotations

import math
import re
from itertools import chain, pairwise

from app.clock import clock
from app.compare import attribution, cue_patterns, outcomes, polarity
from app.compare import evidence as quoting
from app.compare.align import key_hit, keys_of, text_words
from app.compare.checks.case import Case
from app.compare.checks.shared import (
    ANSWER_NO,
    ANSWER_YES,
    ASKING,
    NEGATED,
    REFUSING,
    YES_NO,
    _proper_nouns,
    _sentences,
    short_quote,
    who_said,
)
from app.compare.findings import Finding
from app.compare.text import MINUTES_REGISTER
from app.minutes.statements import reported

_YOU_SAID = re.compile(r"\byou (?:said|told us|mentioned)(?: that)? ([^.?!;]+)", re.I)


def _of_what_it_quotes(reply: str, words: list[str], names: frozenset[str]) -> bool:
    """Does a correction that quotes what it corrects ("you said the GP referred her") quote the
    statement's words? One that quotes nothing may correct anything said last."""
    quoted = [m.group(1) for m in _YOU_SAID.finditer(reply)]
    if not quoted:
        return True
    keys = keys_of(text_words(" ".join(quoted)).bag - names - MINUTES_REGISTER)
    return not keys or any(key_hit(w, keys) for w in words if w not in names)


def corrected_on_the_spot(case: Case) -> Finding | None:
    """The minutes record what someone said and the meeting at once corrected ("He has a caution
    for assault" / "No, that's not right, it was criminal damage"). The words of the statement
    that only the corrected part has are what was put right."""
    st, words, match, aligner = case.st, case.words, case.match, case.aligner
    if match.coverage < case.ctx.tuning.corrected_from:
        return None
    turns = aligner.turns
    main = turns[match.main_turn]
    nxt = turns[main.index + 1] if main.index + 1 < len(turns) else None
    after = turns[main.index + 2] if main.index + 2 < len(turns) else None
    claim, reply, by = main.text, None, nxt
    if nxt is not None and main.speaker and nxt.speaker != main.speaker:
        # Who owns up tells whose words were wrong: "Sorry, you're right" straight after this turn
        # agrees with it; the speaker of this turn owning up after the next one takes it back.
        if polarity.rejects(nxt.text) and not _agrees_with_a_negative(main.text, nxt.text):
            reply = nxt.text
        elif (after is not None and after.speaker == main.speaker and polarity.concedes(after.text)
              and not polarity.concedes(nxt.text)):
            reply = nxt.text + " " + after.text
    elif nxt is not None and not main.speaker and polarity.corrects(nxt.text):
        reply = nxt.text  # no speaker names: a reply that corrects or concedes is read as a correction
    if reply is None and not main.speaker:  # no speaker names: the reply may share the claim's segment
        cut = polarity.correction_within(main.text)
        if cut is not None:
            claim, reply, by = main.text[:cut], main.text[cut:] + " " + (nxt.text if nxt else ""), None
    if reply is None or claim.rstrip().endswith("?") or ("?" in claim and ASKING.search(st.text)):
        return None  # no correction; or a question (which the minutes report as asked), not a claim to correct
    if outcomes.named(st.text) and polarity.dissents(reply):
        return None  # "No. I don't agree with it." to the decision: dissent from it, not a correction of it
    if not _of_what_it_quotes(reply, words, case.ctx.name_words):
        return None  # "Just to check, you said the GP referred": it corrects that, not this
    # A reply corrects what was said last, or what it names: a long turn's earlier sentences
    # are not what "No, that's not right" answers.
    sentences = _sentences(claim)
    if len(sentences) > 1:
        # (names aside: the child is named in every sentence; and two words of the last sentence, as
        # one everyday word, "home", is in most; the reply's own request to minute it names nothing)
        said_last = keys_of(text_words(sentences[-1]).bag)
        reply_says = keys_of(text_words(" ".join(x for x in _sentences(reply) if not _TO_MINUTE.search(x))).bag)
        named = case.ctx.name_words | _proper_nouns(st.text)
        ours = [w for w in words if w not in MINUTES_REGISTER and w not in named]
        if (sum(1 for w in ours if w in match.matched and key_hit(w, said_last)) < 2
                and not any(key_hit(w, reply_says) for w in ours)):
            return None
    said_keys, answer_keys = keys_of(text_words(claim).bag), keys_of(text_words(reply).bag)
    # The minutes carry the correction when they lean to its side: more of their words only the
    # correction has ("a caution for criminal damage") than only the corrected claim has. ("TR did not
    # support a prosecution and it was dropped" keeps the claim, with a fact from the reply.)
    from_reply = math.fsum(aligner.weight(w) for w in set(words) if key_hit(w, answer_keys) and not key_hit(w, said_keys))
    from_claim = math.fsum(aligner.weight(w) for w in set(words) if key_hit(w, said_keys) and not key_hit(w, answer_keys))
    if from_reply and from_reply >= from_claim:
        return None
    if not any(w in match.matched and w not in MINUTES_REGISTER and key_hit(w, said_keys) for w in words):
        return None
    conf = min(0.8, 0.4 + 0.4 * match.coverage)
    who = f"{who_said(by)} corrected it" if by is not None else "it was corrected"
    proof = quoting.corrected(turns, main.index, words, by.index if by is not None else None, aligner.weight)
    # The correction as quoted: the corrector's whole sentences (a shared segment: what follows the cut).
    correction = proof[-1].text if by is not None and len(proof) > 1 else reply
    return Finding("", "contradicted", st.text, proof, conf,
                   f"The minutes record what {who_said(main)} said at {clock(proof[0].start)}, but {who} straight away: "
                   f"“{short_quote(correction)}”", section=st.section, speaker=st.speaker)


_TO_MINUTE = re.compile(rf"\b{cue_patterns.TO_MINUTE}\b", re.I)


# "No, it isn't" after "I know that isn't what you wanted to hear": a "no" that echoes a negative
# agrees with it (as "yes, it is" would agree with a positive)
_ECHOED_NO = re.compile(r"^\W*no\W+(?:it|that|i|we|they|he|she|you)(?:['’]s|['’]m|['’]re| is| was| am| are| were| do| did| does)?"
                        r"\s*(?:not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|don['’]t|didn['’]t|doesn['’]t|haven['’]t|"
                        r"hasn['’]t|won['’]t|can['’]t)\b(?!\s+(?:right|true|correct|so|what|the case)\b)", re.I)
_NEGATIVE = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def _agrees_with_a_negative(said: str, reply: str) -> bool:
    """Does a reply's "No, it isn't" echo the negative sentence it answers, agreeing with it?"""
    return bool(_ECHOED_NO.search(reply)) and bool(_NEGATIVE.search(_sentences(said)[-1]))


# The chair handing someone the floor as a question: "Can we have school?", "Could we hear from
# health?", "Can I come to you, Dev?", "Shall we start with your update?"
_INVITES = re.compile(r"\b(?:can|could|shall|may) (?:we|i) (?:hear from|come (?:back )?to|go (?:over )?to|turn to|"
                      r"move (?:on )?to|start with|have (?:your|an|the|a quick) (?:update|report|view|views|thoughts)|"
                      r"have (?:the )?(?:school|health|nursery|police|education|college|housing|probation|camhs)\b)|"
                      # an open call for more ("Does anyone have anything else?", "Any other questions?"): a
                      # "No" to it denies nothing said before it (not "Did anyone else see the bruise?")
                      r"\b(?:does|do|has|have) anyone (?:got |have )?(?:anything|any (?:other |more |further )?"
                      r"(?:questions|comments|points))\b|"
                      r"\banything (?:else )?(?:to add|from anyone|(?:that )?(?:you|anyone) (?:want|wants|wanted|would like|"
                      r"'d like) to (?:add|say|ask|raise))\b|"
                      r"^\W*(?:\w+,\s+)?(?:any|anything) (?:else|other|more|further)\b[^?]{0,25}\?\s*$|"
                      # the chair handing someone the floor ("Tom, could you start us off?", "would you take
                      # us through it?"): a "Yes" takes it up, and affirms nothing
                      r"\b(?:can|could|would|will) you (?:start us off|kick (?:us|things) off|go first|take us through|"
                      r"give us (?:an?|your|the) (?:update|overview|summary|picture))\b",
                      re.I)


def _answered(case: Case, answer_pattern: re.Pattern, region: list[int] | None = None,
              names: frozenset[str] | None = None):
    """Each yes-or-no question in the passage (`region`: turn indexes; the case's region where
    None) answered as the pattern says, with the statement's words the question brought in (not
    what the answer's speaker had said before it, and more than a name: a name asked about says
    whom, not what, was asked; `names`: the words that say whom, the statement's capitalised words
    where None)."""
    words, turns = case.words, case.turns
    region = [t.index for t in case.region] if region is None else region
    sentences = [x for i in region for x in quoting.of_turn(turns, i)]
    for k, (asked, answer) in enumerate(pairwise(sentences)):
        if not (asked.text.rstrip().endswith("?") and YES_NO.match(asked.text) and answer_pattern.match(answer.text)):
            continue
        if _INVITES.search(asked.text):
            continue  # ("Joanne, can we have school?" / "Yes.": she takes her turn; nothing is affirmed)
        if case.ctx.speakers_known and answer.speaker == asked.speaker:
            continue
        # a short question points back to what its asker just said ("A neighbour saw Mark at the
        # house on Saturday. Was he there?"): that sentence is what it asks about
        put, summed = asked.text, asked.text
        if k and len(asked.text.split()) <= 5 and sentences[k - 1].speaker == asked.speaker:
            put = f"{sentences[k - 1].text} {asked.text}"
            # (a summary put for agreement, "... Is that fair?", is all its asker said before it)
            start = k
            while start and sentences[start - 1].speaker == asked.speaker:
                start -= 1
            summed = " ".join(x.text for x in sentences[start: k + 1])
            k -= 1
        before = keys_of(text_words(" ".join(x.text for x in sentences[:k])).bag)
        brought = keys_of(text_words(put).bag)
        asked_about = [w for w in words if w not in MINUTES_REGISTER and key_hit(w, brought) and not key_hit(w, before)]
        if set(asked_about) - (_proper_nouns(case.st.text) if names is None else names):
            yield asked, answer, brought, summed


def denied_when_asked(case: Case) -> Finding | None:
    """A yes-or-no question answered "No" denies what it asked ("Is that the hospital?" / "No, it's
    the clinic"). Minutes that state what the question brought up ("she was referred to the
    hospital") have it the wrong way round. Only words the question brought in count: what the
    speaker had said themselves before it is theirs."""
    st, match = case.st, case.match
    if match.coverage < case.ctx.tuning.denied_from or NEGATED.search(st.text) or ASKING.search(st.text):
        return None  # a statement that the question was asked reports it; it does not assert it
    supposed = _supposed(st.text)
    for asked, answer, brought, _put in _answered(case, ANSWER_NO):
        if supposed and all(w in supposed for w in case.words if key_hit(w, brought)):
            continue  # "she would tell him if there had been any contact" claims no contact
        return _answered_otherwise(case, asked, answer, "no")
    return None


_SUPPOSING = re.compile(r"\b(?:if|unless|in case|should there)\b([^.;:]*)", re.I)


def _supposed(text: str) -> frozenset[str]:
    """The words of what a statement only supposes: its 'if ...' clauses."""
    return frozenset(w for m in _SUPPOSING.finditer(text) for w in text_words(m.group(1)).content)


def _answered_otherwise(case: Case, asked, answer, said: str) -> Finding:
    st = case.st
    return Finding("", "contradicted", st.text, quoting.as_evidence([asked, answer], case.turns),
                   min(0.8, 0.4 + 0.4 * case.match.coverage),
                   f"When {asked.speaker or 'someone'} asked “{short_quote(asked.text)}” at {clock(asked.start)}, "
                   f"{answer.speaker or 'the answer'} said {said}: “{short_quote(answer.text)}”",
                   section=st.section, speaker=st.speaker)


# A question that offers the one asked something to say yes or no to: "Would you be willing to see
# the nurse?", "Do you want a referral?", "Are you happy for school to share it?" (not a request to
# do a task, "Can you ring the surgery?", nor the floor handed over, "Do you want to start us off?")
_OFFERED = re.compile(r"^\W*(?:\w+,\s+)?(?:(?:and|so|but|um|er)\W+)*(?:would you|do you want|"
                      r"will you (?:go|see|meet|do|try|take|attend|come|let|work|accept|agree|sign|engage|have)\b|"
                      r"are you (?:willing|happy|ok|okay|alright|all right|able|keen|prepared|up for|open to))\b"
                      r"(?!\s+(?:(?:want|like)\s+)?(?:to\s+)?(?:start|go first|take us|tell us|give us|mind))", re.I)


def affirmed_when_asked(case: Case) -> Finding | None:
    """The converse: a yes-or-no question answered "Yes" ("Would you do the course if we refer
    you?" / "Yeah, put my name down"), where the minutes have the person refusing it or deny what
    was asked ("he declined the course"; "she felt a plan was unnecessary"). Only a plain question
    and a plain yes: "Didn't you go?" and "Yes, but not on Fridays" are read no further. The
    question may be anywhere in the meeting where the one answering is the person the statement
    credits: "he would not see the nurse" is about their answer to "Would you see the nurse?",
    wherever the best match of the statement's words lies."""
    st, match, ctx = case.st, case.match, case.ctx
    if ASKING.search(st.text):
        return None
    # (a refusal denied is consent: "did not object to the course" answers a yes as a yes)
    terms = polarity.polar_terms(st.text)
    denied_heads = [t for t, negated in terms if negated and t not in REFUSING]
    refusals = REFUSING & set(text_words(st.text).lemmas) - {t for t, negated in terms if negated}
    if not (denied_heads or refusals):
        return None
    pairs = ((*p, False) for p in _answered(case, ANSWER_YES)) if match.coverage >= ctx.tuning.denied_from \
        else iter(())
    if ctx.speakers_known and st.speakers:
        # (the question and the person's answer: their turn and the one before it; a service
        # asked about, "Switch", says what was asked, where an attendee's name says whom)
        theirs = sorted(i for i in case.aligner.turns_of(st.speakers[0]) if i)
        pairs = chain(pairs, ((*p, True) for i in theirs
                              for p in _answered(case, ANSWER_YES, [i - 1, i], ctx.name_words)))
    # what the statement says they would not do, and to what: "would not see a worker from the
    # clinic" answers "Would you meet someone from the clinic?" the other way, whatever the verb
    objects = {u for k, (t, negated) in enumerate(terms) if (negated and t not in REFUSING) or t in refusals
               for u, _ in terms[k + 1:]} - ctx.name_words
    for asked, answer, brought, put, theirs_asked in pairs:
        if NEGATED.search(asked.text) or NEGATED.search(answer.text):
            continue
        if theirs_asked:
            # far from the passage: only an offer put to them in full (not "Can you agree to that?",
            # "Are you aware ...?"), of the statement's own refusal (not of another it names: "she
            # said he would not go"), and two words of it asked about, or a name (a service's, "Switch")
            # or a word rare in the meeting
            asked_of = {o for o in objects if key_hit(o, brought)}
            if not (_OFFERED.match(asked.text) and len(asked.text.split()) >= ctx.tuning.offer_question_words) \
                    or _of_another(st, ctx) or not (len(asked_of) >= 2 or asked_of & _proper_nouns(st.text) or any(
                        case.aligner.weight(o) >= ctx.tuning.offer_subject_weight for o in asked_of)):
                continue
            if _said_no_too(case, theirs, objects):
                continue  # (a yes in the end to what they had turned down before: the minutes may have either)
            return _answered_otherwise(case, asked, answer, "yes")
        # (a summary put for a yes, "He doesn't accept it. Is that fair?", denies what the statement
        # denies: the yes affirms the denial; `put` is all the asker said before a short question)
        denied_put = {t for t, negated in polarity.polar_terms(put) if negated}
        refuses = bool(refusals - set(text_words(put).lemmas))  # ("He denies it. Is that fair?": his denial)
        if not (refuses or any(key_hit(h, brought) and h not in denied_put for h in denied_heads)):
            continue  # (what the statement denies is not what was asked)
        return _answered_otherwise(case, asked, answer, "yes")
    return None


def _of_another(st, ctx) -> bool:
    """Does the statement name an attendee besides the one it credits ("Ms Webb said Mr Tate would
    not go")? Then what it says they would not do may be the other's."""
    credited = st.speakers[0]
    return any(who and not any(attribution.same_person(credited, x) for x in who)
               for w in text_words(reported(st.text)).bag for who in [ctx.people.get(w)])


def _said_no_too(case: Case, theirs: list[int], objects: set[str]) -> bool:
    """Did the person also say no to it in their own words ("I don't want the nurse coming round",
    "I refused that appointment")? A sentence of theirs with a "not" or a word of refusing, and a
    word of what the statement says they would not do."""
    for i in theirs:
        for x in quoting.of_turn(case.turns, i):
            if NEGATED.search(x.text) or REFUSING & set(text_words(x.text).lemmas):
                keys = keys_of(text_words(x.text).bag)
                if any(key_hit(o, keys) for o in objects):
                    return True
    return False
