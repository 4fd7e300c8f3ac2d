"""Checks that the meeting said the opposite of a statement: where it best fits (opposite_nearby),
wherever the opposite words were said (opposite_said_elsewhere), or in the credited person's own
words, alike or close in meaning (credited_person_said_opposite,
credited_person_said_opposite_in_other_words). Each clause of the statement is set against the
sentences of the meeting that cover it best (_contradiction), and polarity.py says whether they
clash; a "not" the recogniser may have made up does not count.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from app.clock import clock
from app.compare import attribution, embedding, outcomes, polarity, valence
from app.compare import evidence as quoting
from app.compare.align import Aligner, statement_words, text_words, who_words
from app.compare.checks.case import Case, Context
from app.compare.checks.shared import (
    NAMED_SUBJECT,
    NEGATED,
    OWN_ACCOUNT,
    PASSED_ON,
    _answers,
    _keys,
    _opening,
    _pair_keys,
    _pieces,
    _question_of,
    _sentences,
    _word_set,
    capital,
    checkable,
    not_said_score,
    own_sentences,
    place_in_force,
    places_named,
    referent,
    short_quote,
    unnamed,
    who_said,
)
from app.compare.findings import Finding
from app.compare.roles import PRONOUNS
from app.compare.text import lemmas
from app.compare.turns import UNSURE_BELOW, Turn
from app.minutes.people import ROLE_ABBREVIATIONS, Cast
from app.minutes.statements import Statement, credited, reported


def opposite_said_elsewhere(case: Case) -> Finding | None:
    """The meeting said the opposite, wherever that was: "missed several appointments" is best
    found where someone said "kept every appointment", which may be far from the best match of
    the minutes' own words."""
    if case.match.coverage < case.ctx.tuning.opposite_elsewhere_from:
        return None
    clash = _opposite_elsewhere(case)
    return _contradicted(case.st, clash, case.match.coverage, case.turns) if clash is not None else None


def _opposite_elsewhere(case: Case):
    st, words, aligner, turns, ctx = case.st, case.words, case.aligner, case.turns, case.ctx
    if not polarity.has_opposable(words):
        return None
    for c in aligner.candidates(polarity.opposite_words(words), limit=6):
        around = [turns[c]] if ctx.speakers_known else turns[max(0, c - 1): c + 2]
        clash = _contradiction(st, aligner, around, ctx, min_cover=ctx.tuning.opposite_elsewhere_cover)
        # (the passage was found by the statement's words of opposite meaning: a clash it shows
        # must be on one of them, not a "not" about something else that happens to be there)
        if clash is not None and polarity.has_opposable([clash[2]]):
            return clash
    return None


def credited_person_said_opposite(case: Case) -> Finding | None:
    """The minutes credit a view to someone ("Ms Reyes said the flat was dry", or in her row of
    the minutes' table) whose own words say the opposite ("the damp's never been sorted"). Needs
    the transcript to say who spoke. (Not a heading's credit: a heading names an agency, whose
    part several people may give.)"""
    st, words, aligner, ctx = case.st, case.words, case.aligner, case.ctx
    if not (ctx.speakers_known and st.credited_by in OWN_ACCOUNT and st.speakers):
        return None
    own_turns = aligner.turns_of(st.speakers[0])
    if not own_turns:
        return None
    own = aligner.best(words, within=own_turns)
    # Their best passage; where it is weak, all they said: any sentence of theirs that covers a
    # clause as a clause check asks and says the opposite ("CAMHS expects to close the case before
    # Christmas" / "we're definitely not closing"); where none of their turns has the statement's
    # words, their replies just after where it is matched ("we went through the assessment" /
    # "And I accept it"), and their answers to questions that have them ("Did you know about the
    # caution?" / "No. Not till Tom told me": _contradiction reads an answer with its question)
    if own is None:
        region = [case.turns[i] for i in sorted(own_turns) if case.match.first < i <= case.match.last + 1
                  or _answers(case.turns, i)]
    elif own.coverage >= ctx.tuning.own_words_from:
        region = case.turns[own.first: own.last + 1]
    else:
        region = [case.turns[i] for i in sorted(own_turns)]
    if not region:
        return None
    clash = _contradiction(st, aligner, region, ctx)
    return _contradicted(st, clash, own.coverage if own else 0.0, case.turns) if clash is not None else None


def credited_person_said_opposite_in_other_words(case: Case) -> Finding | None:
    """As above, where the words differ: the credited person's sentence nearest in meaning (the
    sentence-embedding model) says the opposite of a clause ("often reluctant to go home with his
    father" / "he goes off really happily with his dad"). Only that one sentence is read, and only
    when it is close enough in meaning to be about the same thing."""
    st, aligner, ctx = case.st, case.aligner, case.ctx
    if not (embedding.USE_EMBEDDING and ctx.speakers_known and st.credited_by in OWN_ACCOUNT and st.speakers):
        return None
    # Only for a statement the meeting's words support weakly (where it would otherwise be "not
    # said"): their words in another form were already read above, and embedding every sentence
    # of a long meeting for every statement costs seconds.
    if not_said_score(case.match.coverage, aligner.novelty(case.words),
                      aligner.unheard_pairs(case.words)) < ctx.tuning.own_meaning_below_support:
        return None
    own = own_sentences(case)
    if not own:
        return None
    # Read as written and with names masked on both sides, with the minutes' "she said" and
    # without: a name two sentences share makes them close whatever they say ("Reece was not aware
    # ..." came nearer "So Reece comes to our group" than "He knows it's the drink"), yet a name
    # can be what the two are about ("unaware of what Ruby told her teacher" / "I know what Ruby
    # said at school"): the nearer of the two readings counts.
    theirs, masked = [x for _, x, _ in own], [m for _, _, m in own]
    texts = dict.fromkeys([st.text, reported(st.text)])
    sims = [max(column) for column in zip(*(embedding.similarities(t, theirs) for t in texts),
                                          *(embedding.similarities(unnamed(t, aligner), masked) for t in texts),
                                          strict=True)]
    nearest = sorted(range(len(own)), key=lambda k: (-sims[k], k))[:ctx.tuning.own_meaning_read]
    for k in nearest:
        if sims[k] < ctx.tuning.own_meaning_from:
            break
        turn, sentence, _ = own[k]
        for clause in polarity.clauses(st.text):
            hit = polarity.clash(clause, sentence)
            if hit and hit[2] and _negation_unheard(turn, sentence, aligner, hit[1]):
                continue  # (as in _contradiction: a "not" the recogniser may have made up)
            if hit and not polarity.other_time(clause, sentence) and not polarity.other_person(reported(clause), sentence,
                                                                                             ctx.people):
                return _contradicted(st, (turn, sentence, hit[0], hit[1], hit[2]), min(1.0, float(sims[k])), case.turns)
    return None


def opposite_nearby(case: Case) -> Finding | None:
    """Where the statement is matched, a sentence says the opposite of one of its clauses
    ("she has kept every appointment" against "missed appointments")."""
    tuning = case.ctx.tuning
    if not checkable(case.words, tuning) or case.match.coverage < tuning.opposite_nearby_from:
        return None
    clash = _contradiction(case.st, case.aligner, case.region, case.ctx)
    return _contradicted(case.st, clash, case.match.coverage, case.turns) if clash is not None else None


def _contradicted(st: Statement, clash, cov: float, turns: list[Turn]) -> Finding:
    turn, sentence, said, heard, via_negation = clash
    conf = min(0.85, (0.35 if via_negation else 0.45) + 0.4 * cov)
    what = (f"the minutes say “{said}” where the meeting said “{heard}”" if not via_negation
            else f"one side says “{said}” is not so, the other says it is")
    proof = quoting.stating(turns, turn.index, sentence)
    return Finding("", "contradicted", st.text, proof, conf,
                   f"{capital(who_said(turn))} said the opposite at {clock(proof[0].start)}: “{short_quote(proof[0].text)}” "
                   f"({what}).", section=st.section, speaker=st.speaker)


def _contradiction(st: Statement, aligner: Aligner, region: list[Turn], ctx: Context,
                   min_cover: float | None = None, said_only: bool = False):
    """Each clause of the statement against the sentence (or two) of the meeting that best matches
    it. A clause that credits someone ("Mr Walsh reported that ...") is only checked against that
    person's own words, when the transcript says who spoke. `said_only`: a clause's words used
    nowhere in the meeting (the minute-taker's own) are left out of what a sentence must cover."""
    min_cover = ctx.tuning.clause_cover if min_cover is None else min_cover
    replying_to: dict[tuple[int, str], str] = {}
    if ctx.speakers_known:
        pieces = [(turn, text, keys) for turn in region for text, keys in _pieces(turn.text)]
        # A reply is about what it answers: "I never hit him", after "you've heard what Oskar told
        # his teacher", speaks of Oskar. Its first sentence is also read with the other speaker's
        # sentence before it, for what it covers and what it shares (never for its polarity).
        for turn in region:
            before = aligner.turns[turn.index - 1] if turn.index else None
            if before is not None and before.speaker != turn.speaker:
                first, asked = _opening(turn.text), _question_of(before.text, turn.speaker)
                # (_pair_keys: the two read apart where they cannot read otherwise together, as for
                # the pieces; each reply was read afresh with its question, a new text every time)
                pieces.append((turn, first, _pair_keys(asked, first)))
                replying_to[(turn.index, first)] = asked
        # A later sentence that names next to nothing of its own ("No concerns there at all.") speaks
        # of what its turn spoke of before it: read with that likewise (never for its polarity)
        for turn in region:
            sents = _sentences(turn.text)
            for k in range(1, len(sents)):
                if _elliptical(sents[k], ctx.people):
                    before = " ".join(sents[:k])
                    pieces.append((turn, sents[k], _pair_keys(before, sents[k])))
                    replying_to.setdefault((turn.index, sents[k]), before)
    else:  # the recogniser's segments cut sentences anywhere: whole sentences across them, and pairs
        # ("...final opinion," | "nor" | "charges at this stage.": the last piece alone lost its "nor")
        whole: dict[int, tuple[Turn, str]] = {}
        for turn in region:
            for x in quoting.of_turn(aligner.turns, turn.index):
                whole.setdefault(x.index, (turn, x.text))
        sents = [whole[k] for k in sorted(whole)]
        pieces = sents + [(ta, f"{a} {b}") for (ta, a), (_, b) in zip(sents, sents[1:], strict=False)]
        pieces = [(turn, text, _keys(text)) for turn, text in pieces]
    own, plan = _clause_plan(st, aligner, ctx, said_only)
    for clause, who, named, claim_names, looks in plan:
        look_in = pieces
        if named is not None:
            look_in = [p for p in pieces if not named.isdisjoint(aligner.turn_words[p[0].index].lemmas)]
        for look in looks:
            for cov, turn, text in _nearest_pieces(look, look_in, who):
                if cov < min_cover:
                    break
                key = (clause, text, replying_to.get((turn.index, text), ""), claim_names)
                if key not in ctx.clashes:
                    ctx.clashes[key] = polarity.clash(*key)
                hit = ctx.clashes[key]
                if hit and not hit[2] and hit[1] in own:
                    continue  # the minutes give that side themselves ("6 attended; the 3 missed ...")
                if hit and hit[2] and _negation_unheard(turn, text, aligner, hit[1]):
                    continue
                if hit and hit[2] and (st.credited_by == "action" or _REQUEST.search(clause)) \
                        and _SO_FAR.search(text) and not _TO_COME.search(text):
                    continue  # "Nobody has invited me" is why "Mrs A to be invited" was set, not its opposite
                if hit and not hit[2] and st.credited_by == "action" and _to_be_done(clause, hit[0]):
                    continue  # "Ms Lee will complete the review" / "he's behind with it": why it was set
                if hit and not attribution.is_named(turn.speaker) \
                        and (_other_vote(clause, text) or _other_view(clause, text)):
                    continue  # professionals vote and think differently; whose view it was needs the speaker's name
                if hit and hit[1] in _OUTCOME_WORDS and _same_vote(clause, text):
                    continue  # "supported under a child in need plan" / "child in need, not a plan": one outcome
                # Whom the clause is about: with the speaker known, the sentence is the credited person's
                # own, and their name in "Mr X said that ..." says who spoke, not whom it is about.
                about = reported(clause) if who else clause
                if hit and not polarity.other_time(clause, text, hit[0], hit[1]) \
                        and not polarity.other_person(about, text, ctx.people, replying_to.get((turn.index, text), "")) \
                        and not _another_in_its_sentence(about, turn, text, hit[1], ctx) \
                        and not _at_another_place(about, text, hit[1]) \
                        and not _anothers(about, text, hit[1], ctx.people) \
                        and not (who and _passed_on(text, hit[1]) and not _RELAYS.search(about)) \
                        and not _other_gender(about, text, ctx.cast) \
                        and not (attribution.is_named(turn.speaker) and not attribution.speaks_for_family(turn.speaker)
                                 and polarity.other_subject(about, text, hit[0], hit[1], who_words((turn.speaker,)))):
                    return turn, text, hit[0], hit[1], hit[2]
    return None


def _elliptical(sentence: str, people: dict[str, set[str]]) -> bool:
    """A short denial that names at most three things, and no place and nobody ("No concerns there at
    all.", "Before this, nothing logged, no worries at all."; not "Lacey hasn't been late at all."):
    what it denies is what was spoken of before."""
    return _short_denial(sentence) and not any(people.get(w) for w in _word_set(sentence))


@lru_cache(maxsize=20000)  # (each turn's sentences are asked again for statement after statement)
def _short_denial(sentence: str) -> bool:
    """_elliptical's reading of the sentence itself, whoever attends."""
    if len(sentence.split()) > 8 or len(text_words(sentence).bag) > 3 or not NEGATED.search(sentence) \
            or places_named(sentence):
        return False
    return bool(_DENIAL_OPENS.match(sentence)) and _word_set(sentence).isdisjoint(_SOMEONE)


# (a sentence about someone: "he", "her", "my", "mum" ...; one whose denial opens it, after any
# run-in words: "No concerns.", "Honestly, nothing at all."; not "Ada hasn't been late", which has
# its subject)
_SOMEONE = PRONOUNS | {"my", "our", "your", "his", "hers", "their", "mum", "dad", "mother", "father", "nan", "gran",
                       "grandad"}
# (the run-in words a short denial may follow: a way of talking or a time, "Honestly,", "Before this,")
_DENIAL_OPENS = re.compile(r"^\W*(?:(?:honestly|really|well|so|and|but|um|er|erm|oh|yeah|yes|to be honest|at all|"
                           r"(?:before|since|after|until) (?:this|that|then|now|christmas|easter|the summer|the autumn))"
                           r"\W+)*(?:no|not|nothing|none|never|nobody)\b", re.I)


def _to_be_done(clause: str, word: str) -> bool:
    """Is the word, in an action, the deed still to do ("Ms Lee will complete the review", "Dad to
    finish the course")? An action is set for what is not yet done: that it is behind, unfinished or
    stopped is no opposite of it. (Only in an action: "she will attend", minuted of what a parent
    said, is a claim that "I'll have to miss them" answers.)"""
    said = lemmas(clause)
    return any(x == word and i and (said[i - 1] in _AHEAD or i > 1 and said[i - 2] in _AHEAD and said[i - 1].endswith("ly"))
               for i, x in enumerate(said))


_AHEAD = frozenset({"will", "shall", "to"})  # (what an action's deed follows: "will complete", "to finish")


# A named person's thing: "Gran's visits", "Kayleigh's contact with him", "Gran's weekly visits"
_OWNED = re.compile(r"\b([A-Z][a-z]+)['’]s((?:\s+[a-z]+){1,3})")


def _anothers(about: str, text: str, said_word: str, people: dict[str, set[str]]) -> bool:
    """Is the meeting's side of the clash someone's own thing ("Gran's visits carry on"), someone the
    clause does not name while it names others ("no visits from Mr Okoro")? Then it speaks of
    another's visits, not of those the clause denies. (A thing, not a deed: "Jade's missed two" is
    "Jade has missed".)"""
    for m in _OWNED.finditer(text):
        things = m.group(2).split()
        # (a word of its own naming the clash's thing, "Gran's weekly visits"; not after a deed, where
        # the "'s" is "has": "Jade's missed two visits")
        if not things[0].endswith("ed") and any(lemmas(x)[:1] == [said_word] and x in (said_word, said_word + "s")
                                               for x in things) \
                and polarity.other_person(about, m.group(1), people):
            return True
    return False


def _another_in_its_sentence(about: str, turn: Turn, text: str, said_word: str, ctx: Context) -> bool:
    """Is the sentence that holds the meeting's side of the clash about someone other than whom the
    clause is about, subject against subject? A pair of sentences may name both ("Ruby's much more
    settled now. Milo's still struggling."), and a sentence may speak of the one named before it
    ("Ruby's doing well. She's much calmer."). Only its subject says whom it is about
    (shared.referent): others named later in it may be anyone ("he talked about Edna, he was very
    open"); and only a clause whose subject is a name is read so ("Milo was unsettled"; not
    "Attendance at Ada's swimming lessons has been patchy", which Ada's father may answer)."""
    claimed = NAMED_SUBJECT.match(about)
    if not claimed:
        return False  # (the clause's subject is no one named: "Attendance at Ada's lessons ...")
    sents = _sentences(text)
    at = _saying(sents, said_word)
    if at is None:
        return False
    whole = _sentences(turn.text)  # (read in the turn, for the sentences before the piece)
    k = next((j for j in range(len(whole)) if whole[j] == sents[at]), None)
    name = referent(whole, k, ctx.names_here) if k is not None else referent(sents, at, ctx.names_here)
    return name is not None and polarity.other_person(claimed.group(1), name, ctx.people)


def _at_another_place(about: str, text: str, said_word: str) -> bool:
    """Does the clause say where ("unsettled at home") and the meeting's side of the clash another
    place in its own clause ("He's so much calmer at school. At home it's a different story.")?"""
    mine = places_named(about)
    if not mine:
        return False
    clauses = valence.clauses(text)
    k = _saying(clauses, said_word)
    theirs = place_in_force(clauses, k) if k is not None else set()  # ("At home, he's so much calmer": at home)
    return bool(theirs) and not mine & theirs


def _passed_on(text: str, said_word: str) -> bool:
    """Is the meeting's side of the clash another's view that the speaker passes on ("Carys tells me
    he's much calmer")? Against the minutes' account of the speaker's own view, it is no opposite
    of theirs (unless the minutes relay it too)."""
    for sentence in _sentences(text):
        passed = PASSED_ON.search(sentence)
        if passed and _saying([sentence[passed.end():]], said_word) is not None:
            return True
    return False


def _saying(parts: list[str], said_word: str) -> int | None:
    """Which of the parts (sentences, clauses) holds the meeting's side of a clash, the word
    polarity.clash gave (a lemma, as polar_terms has it); None where none does."""
    return next((k for k, x in enumerate(parts) if any(t == said_word for t, _ in polarity.polar_terms(x))), None)


# (what the minutes give as relayed: "Mr Rowan said Carys tells him ...")
_RELAYS = re.compile(r"\b(?:says|said|reckons|reckoned|thinks|thought|feels|felt|claims|claimed|believes|believed|"
                     r"tells|told|reports|reported|states|stated|mentions|mentioned|explains|explained)\b", re.I)


def _clause_plan(st: Statement, aligner: Aligner, ctx: Context, said_only: bool) -> tuple:
    """The statement's own lemmas, and for each clause: whose words it is checked against, the
    words naming a reported source to look for instead (or None), the names of whom it names (by
    role, or by another name: _names_of_whom_it_names), and what each of its predicates must cover
    (_covering). The same for every passage the statement is set
    against (up to a dozen), so worked out once per statement (cached on the context, with the
    aligner in the key: who spoke where and each word's weight are the meeting's)."""
    key = (aligner, st.text, tuple(st.speakers), st.credited_by, said_only)
    got = ctx.clause_plans.get(key)
    if got is None:
        got = ctx.clause_plans[key] = (frozenset(text_words(st.text).lemmas),
                                       tuple(_plan_clause(st, clause, aligner, ctx, said_only)
                                             for clause in polarity.clauses(st.text)))
    return got


def _plan_clause(st: Statement, clause: str, aligner: Aligner, ctx: Context, said_only: bool) -> tuple:
    # Who the clause credits, else whom the sentence names as its speaker ("Ms Reyes: wants the
    # plan to end"): another person saying otherwise is a difference of views, not an error in
    # the minutes. (A table row or section is a claim of fact that anyone may correct.)
    own_view = list(st.speakers) if st.credited_by == "text" else []
    whose = (credited(clause, ctx.cast) or own_view) if ctx.speakers_known else []
    who = whose
    if who and any(attribution.family_side(w) for w in who):
        who = who + ctx.family_voices  # a parent's advocate or supporter speaks for them
    named = None
    if who and not any(aligner.turns_of(w) for w in who):
        # someone who did not speak, whose report was read out ("The GP writes: ..."): their
        # words are where the meeting names them
        named = who_words(tuple(who))
        who = []
    role_named = ctx.cast.by_role_within(re.sub(r"[^\w\s']", " ", clause))  # ("no trust in the social worker" / "I trust Sarah")
    # (the other names of whom it names only where the sentences read are the credited person's own:
    # in a recogniser's segments, cut anywhere and read in pairs, a name shared is a weak link)
    claim_names = " ".join([role_named.name if role_named is not None else "",
                            *(_names_of_whom_it_names(clause, whose, ctx.cast) if who else ())])
    # A clause of two predicates ("started in April and had not missed any since") is also looked
    # for where its second is said: the sentences nearest the whole may carry only the first.
    looks = []
    for look in [clause] + polarity.predicates(clause)[1:]:
        wanted = set(statement_words(look, st.speakers, ctx.names))
        if said_only:
            wanted = {w for w in wanted if aligner.said_anywhere(w) or polarity.has_opposable([w])}
        if len(wanted) >= 2:
            looks.append(_covering(wanted, aligner, ctx))
    return clause, tuple(who), named, claim_names, tuple(looks)


def _names_of_whom_it_names(clause: str, whose: list[str], cast: Cast) -> list[str]:
    """The full names of the attendees the clause names, each mention resolved to one person ("Mr
    Walsh" is Jordan Walsh, not the grandmother Denise Walsh): "Mr Walsh had a caution" is answered
    by "Jordan has no cautions". Not the one whose words the clause gives (`whose`): a question put
    to them names them ("So, Donna, Craig, my decision is a plan" / "I don't agree") and says
    nothing of what it is about."""
    return [who.name for mention, who in _attendees_named(reported(clause), cast)
            if mention.lower() not in ROLE_ABBREVIATIONS  # ("the GP": a role, whoever's initials it also is)
            and who.name and not any(attribution.same_person(who.label, w) for w in whose)]


def _attendees_named(text: str, cast: Cast):
    """(mention, attendee) for each mention in the text the cast resolves to one attendee: by
    initials ("RT"), or by name with its title ("Mr Walsh")."""
    for m in _FIRST_MENTION.finditer(text):
        who = cast.by_initials(m.group(0)) or cast.by_name(m.group(0))
        if who is not None:
            yield m.group(0), who


def _covering(wanted: set[str], aligner: Aligner, ctx: Context) -> tuple:
    """What _nearest_pieces weighs a sentence by, for these words: their total weight, each word's
    weight with its cover keys, and the keys and sides of opposites a sentence needs any of."""
    total = math.fsum(aligner.weight(w) for w in wanted)  # (a set: fsum is the same in any order)
    weighed = tuple((aligner.weight(w), _as_named(w, polarity.cover_keys(w), ctx.other_names))
                    for w in sorted(wanted))  # (in a fixed order: the same sums every run)
    any_key = {k for _, ck in weighed for k in ck[0]} | {a for _, ck in weighed for a in ck[2]}
    any_side = {ck[1][0] for _, ck in weighed if ck[1] is not None}
    return total, weighed, any_key, any_side


def _nearest_pieces(covering: tuple, pieces: list, who: tuple[str, ...]) -> list[tuple[float, Turn, str]]:
    """The two pieces of the meeting (of the credited speakers, where a clause credits someone)
    that cover most of the words' weight (`covering`, from _covering), each with its share."""
    total, weighed, any_key, any_side = covering
    # (a sentence with none of the clause's keys covers nothing of it: skipped before the word loop)
    scored = []
    for turn, text, bag in pieces:
        if bag[0].isdisjoint(any_key) and bag[1].isdisjoint(any_side):
            continue
        if who and not any(attribution.same_person(w, turn.speaker) for w in who):
            continue
        got = polarity.covered_weight(weighed, bag)
        scored.append((got / total, turn, text))
    return sorted(scored, key=lambda x: -x[0])[:2]


# What has (not) happened so far, and what is still to come: an action is set for what has not been done
_SO_FAR = re.compile(r"\b(?:has|have|had|did|was|were)(?:n't)?\b|\b(?:hasn|haven|hadn|didn|wasn|weren)['’]t\b", re.I)
_REQUEST = re.compile(r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|would like|wish(?:es|ed)?|want(?:s|ed)?) (?:to|for|that)\b", re.I)
_TO_COME = re.compile(r"\b(?:will|won['’]t|shall|going to|gonna)\b", re.I)
_NEGATING = re.compile(r"^(?:not|no|never|nobody|nothing|none|\w+n't|cannot)$", re.I)
_FIRST_MENTION = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+|[A-Z]{2,3}\b|[A-Z][a-z]{2,})")
_HE, _SHE = re.compile(r"\b(?:he|him|his)\b", re.I), re.compile(r"\b(?:she|her|hers)\b", re.I)


def _as_named(w: str, keys: tuple, other_names: dict[str, tuple[str, ...]]) -> tuple:
    """An attendee's surname is found where they are called by their first name ("Ms Fisher had
    missed ..." / "Leanne's been at every one"): a name word's keys with the other words of the
    names it may be (Context.other_names)."""
    others = other_names.get(w)
    return (tuple(keys[0]) + others, *keys[1:]) if others else keys


def _other_gender(clause: str, text: str, cast: Cast) -> bool:
    """Is the sentence about someone of the other sex than the attendee the clause is about ("RT
    has not missed an appointment" / "she's missed two of her last four")? Only where the clause
    names an attendee whose role or title says which, and the sentence names nobody, by pronoun."""
    he, she = _HE.search(text), _SHE.search(text)
    if not (he or she) or (he and she):
        return False
    for _, who in _attendees_named(clause, cast):  # (the first attendee it names)
        # ("mum always rings in when he's off": "he" is the child; "mum" is the clause's mother)
        if not who_words((who.label,)).isdisjoint(text_words(text).bag):
            return False
        return who.gender is not None and who.gender != ("m" if he else "f")
    return False


# The words an outcome is named by: a clash on one of them between two that name the same outcome is
# a difference of wording ("a child in need plan" / "child in need, not a plan")
_OUTCOME_WORDS = frozenset({"plan", "need", "met", "threshold", "step"})


def _same_vote(clause: str, text: str) -> bool:
    """Do the two name the same outcome?"""
    mine = outcomes.named(clause)
    return mine is not None and mine == outcomes.named(text)


def _other_vote(clause: str, text: str) -> bool:
    """Do the two name different outcomes (a plan / child in need)?"""
    mine, theirs = outcomes.named(clause), outcomes.named(text)
    return mine is not None and theirs is not None and mine != theirs


# A view the minutes credit to someone ("Ms Harris does not believe he is at risk"), and a speaker
# giving their own ("My decision is that he is at risk", "I think ..."): two people's views
_VIEW_OF = re.compile(r"\b(?:believes?|believed|feels?|felt|thinks?|thought|views?|opinion|wants?|wanted|wish(?:es|ed)?|"
                      r"worried|concerned|considers?|considered)\b", re.I)
_MY_VIEW = re.compile(r"\b(?:i (?:do not |don't |really |still )?(?:think|believe|feel)|i(?:'d| would) say|"
                      r"my (?:view|decision|opinion|recommendation|worry|concern)|for me|in my view)\b", re.I)


def _other_view(clause: str, text: str) -> bool:
    """Is the clause someone's view and the sentence its speaker's own? Without names the two may
    be different people's, a difference of views rather than an error."""
    return bool(_VIEW_OF.search(clause)) and bool(_MY_VIEW.search(text))


def _negation_unheard(turn: Turn, text: str, aligner: Aligner, clashing: str = "") -> bool:
    """Could the negation that makes this a contradiction be the recogniser's mistake? Its "not"
    heard with doubt ("the scan" as "can't"), or the word it clashes on ("It won't tap" for "It
    was a tap": "tap" heard at 0.28), or, where the meeting's side has none, a sentence so garbled
    that a spoken "doesn't" may be lost in it. (Never for a typed transcript.)"""
    turns = [turn] + ([aligner.turns[turn.index + 1]] if turn.index + 1 < len(aligner.turns) else [])
    said = {w.lower().strip(_MARKS) for w in text.split()}
    heard = [t for x in turns for t in quoting.tokens(x) if x.words and t.text.lower().strip(_MARKS) in said]
    if not heard:
        return False
    at = [t for t in heard if lemmas(t.text.strip(_MARKS)) == [clashing]] if clashing else []
    if at and all(t.probability < UNSURE_BELOW for t in at):
        return True
    negations = [t for t in heard if _NEGATING.match(t.text.strip(_MARKS))]
    if negations:
        return any(t.probability < UNSURE_BELOW for t in negations) or bool(_MISHEARD_NOT.search(text))
    return sum(t.probability < UNSURE_BELOW for t in heard) / len(heard) >= 0.3 or bool(_LOST_NOT.search(text))


_MARKS = ".,;:!?\"'"  # (what a recogniser's word may carry around it)


# English grammar tells a misheard "not" too: a "yet" closing a clause that denies nothing ("to see
# the risk yet": "doesn't" was lost), and a negated modal before what no modal comes before, a past
# or present "be" or "have", an article or a number ("the scan was" heard as "can't was").
_LOST_NOT = re.compile(r"\byet\s*(?:[.,;!]|$)", re.I)
_MISHEARD_NOT = re.compile(r"\b(?:can't|cannot|won't|couldn't|wouldn't|shouldn't|mustn't)\s+"
                           r"(?:(?:was|were|is|are|has|had|the|a|an)\b|\d)", re.I)
