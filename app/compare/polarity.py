"""Contradictions: the meeting said the opposite of what the minutes record.

Two plain signals, both general English: negation that one side has and the other lacks around
the same content ("did not support" vs "I agree"), and words of opposite meaning ("missed" vs
"kept", "remains" vs "rehomed"). And one pattern minutes get wrong: "all agreed" while someone
in the meeting did not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.compare import lexicon
from app.compare.align import HOMELY, keys_of, negative_of, same, word_keys
from app.compare.cue_patterns import Folded, Gated
from app.compare.outcomes import THRESHOLD_FOR_A_PLAN
from app.compare.text import FULL_STOP, MONTHS, NEGATIONS, STOPWORDS, expand, lemma, lemmas
from app.compare.text import WEEKDAYS as text_weekdays
from app.compare.text import words as plain_words

# Opposites (lemmas). Each pair reads both ways.
OPPOSITES = [
    ({"agree", "support", "accept", "happy", "happily", "willing", "willingly", "keen", "eager", "consent", "welcome",
      "receptive"},
     {"disagree", "oppose", "reject", "refuse", "protest", "unhappy", "unwilling", "object", "dispute", "reluctant",
      "reluctantly", "resistant", "resist"}),
    ({"keep", "attend"}, {"miss", "cancel", "skip"}),
    ({"remain", "ongoing", "persist"}, {"gone", "rehome", "resolve", "resolved"}),
    # staying put against moving; "remain" is of a state more than a place ("has remained stable"
    # / "I've moved that to every other week")
    ({"stay"}, {"move"}),
    ({"consistent", "match", "same"}, {"inconsistent", "differ", "different", "contradict"}),
    ({"improve", "improvement", "better", "increase", "rise", "lift"},
     {"worsen", "worse", "deteriorate", "deterioration", "decline", "decrease", "drop", "fall", "slip", "strain",
      "strained"}),
    ({"true", "right", "correct", "accurate", "honest", "truthful"},
     {"false", "wrong", "untrue", "incorrect", "inaccurate", "lie", "dishonest"}),
    ({"present"}, {"absent", "away"}),
    ({"safe"}, {"unsafe"}),
    ({"met"}, {"unmet"}),
    ({"good"}, {"harm"}),  # "it did him no harm" / "it did me no good"
    ({"gain"}, {"lose"}),  # "has lost further weight" / "gained just over a kilo"
    ({"outgoing", "chatty", "talkative", "sociable"}, {"quiet", "withdrawn", "shy"}),
    ({"always", "usually", "regularly"}, {"rarely", "seldom"}),  # "rarely lets the school know" / "always rings"
    ({"continue", "still"}, {"stop", "end", "quit", "cease"}),  # "wants to keep seeing him" / "would prefer to stop"
    # how a parent works with the professionals, how a child is, how a home is kept, drinking, time
    ({"engage"}, {"disengage", "avoid"}),  # "she's really engaged with me" / "has disengaged from the service"
    # "a lot more settled" / "more volatile"; "he's a lot calmer" / "his behaviour has escalated"
    ({"settle", "calm"}, {"unsettle", "volatile", "agitate", "disruptive", "escalate"}),
    ({"trust"}, {"distrust", "mistrust"}),
    ({"forthcoming", "candid"}, {"guarded", "secretive", "evasive"}),  # "really open with me" / "guarded"
    ({"clean", "tidy", "spotless"}, {"dirty", "messy", "mess", "clutter", "unhygienic", "untidy", "unclean", "filthy",
                                     "squalid"}),
    ({"warm"}, {"freeze", "chilly"}),  # a home kept warm, or not (not "cold": "seen for a cold")
    ({"pass"}, {"fail"}),  # a test or an assessment passed, or failed
    ({"sober", "abstinent", "dry"}, {"drunk", "intoxicate", "relapse"}),  # "been dry since January"
    ({"cheerful", "chirpy", "smiley"}, {"tearful", "sad", "miserable", "weepy"}),  # how a child has seemed
    ({"complete"}, {"incomplete", "overdue", "unfinished", "outstanding"}),  # "all his jabs are complete" / "some are overdue"
    ({"early", "punctual"}, {"late"}),
    # how someone met the police or a visit: "cooperative and polite" / "obstructive"
    ({"cooperative", "compliant"}, {"obstructive", "uncooperative", "hostile", "aggressive"}),
    ({"extend", "renew"}, {"lapse", "expire"}),  # "his bail was extended" / "his bail has lapsed"
    ({"quick", "quickly", "prompt", "promptly"}, {"slow", "slowly"}),  # "slow to respond" / "picks up on it straight away"
]
_SIDE: dict[str, tuple[int, int]] = {}
for n, (a, b) in enumerate(OPPOSITES):
    for w in a:
        _SIDE.setdefault(w, (n, 0))
    for w in b:
        _SIDE.setdefault(w, (n, 1))
# ... and their adverbs: "consistently" says what "consistent" says ("happily" is listed, as "-ily")
for _w in list(_SIDE):
    _SIDE.setdefault(_w + "ly", _SIDE[_w])
_SIDE.pop("presently", None)  # (soon, not there)
_ASPECT = _SIDE["continue"][0]  # (going on and stopping: opposed only of the same activity, see _near)
# WordNet's opposites in common senses, beside the hand list (lexicon.py; used when measured to help)
_ANT: dict[str, frozenset[str]] = lexicon.antonyms() if lexicon.USE_ANTONYMS else {}


def opposed(w: str, v: str) -> bool:
    """Do the two words mean the opposite of each other ("missed"/"kept", "refuse"/"accept")?"""
    sw, sv = _SIDE.get(w), _SIDE.get(v)
    return bool(sw and sv and sw[0] == sv[0] and sw[1] != sv[1]) or v in _ANT.get(w, ())


def _along(t: str, w: str) -> bool:
    """Does t say what w says (the word itself, or its side of a pair of opposites)?"""
    return t == w or (w in _SIDE and _SIDE.get(t) == _SIDE[w])

# ("Professionals agreed ..." opening a sentence speaks for them all, as "all professionals" does.
# A verb in the passive is nobody's view: "thanked everyone; her brother's needs would also be
# considered".)
# (not all of the children or the concerns, nor what "the conference heard that ..." someone else felt,
# nor a passive "were considered to be at risk", nor "considered the reports")
ALL_AGREED = re.compile(r"\b(all(?! (?:\w+ )?(?:children|concerns|reports|risks|issues)\b)|everyone|every professional|"
                        r"unanimous(?:ly)?|both(?! (?:\w+ )?children\b)|"
                        r"the conference|^(?:the )?professionals|^(?:the )?agencies)\b"
                        r"(?:(?!\b(?:that|which|heard)\b)[^.]){0,60}"
                        r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bwere )(?<!\bwas )"
                        r"\b(agree|agreed|supported|recommended|felt|"
                        r"considered(?! (?:the |all )?(?:reports?|information|evidence|whether|how|what)\b)|"
                        r"were of the view)", re.I)
# ... said otherwise: "the decision was unanimous", "agreed by all", "there was consensus", "nobody disagreed"
_ALL_AGREED_OTHERWISE = re.compile(r"\b(?:was|were) unanimous\b|\bagreed by all\b|\b(?:there was|reached) (?:a )?consensus\b|"
                                   r"\bconsensus (?:was reached|that)\b|\bagreement (?:from|of|between|among) all\b|"
                                   r"\b(?:no one|no-one|nobody) (?:disagreed|objected|dissented)\b", re.I)
# ... but for someone: "all agreed apart from Mother"
_SAVE_FOR = re.compile(r"\b(?:except|apart from|other than|save for|with the exception of)\b"
                       r"(?! (?:that|on|at|in|when|if|during|for|where|while)\b)", re.I)  # (a person, not a time or case)
DISSENT = re.compile(
    # (not "I don't disagree", "I'm not against it", "did not object": two denials assent)
    r"\b((?<!not )(?<!n't )(?<!never )disagree|do not agree|don't agree|not agree|"
    r"(?<!'ve )(?<!have )not met(?! (?:the|him|her|them|you|us|me|anyone|before)\b)|is not met|isn't met|"
    r"not support|not convinced|"
    # ("I wouldn't support a plan"; not what another would not do: "she wouldn't say which friend",
    # "the baby wouldn't settle"; nor "I wouldn't mind", "I wouldn't disagree")
    r"(?:i|we) (?:personally |really |just |honestly |certainly )?(?:would not|wouldn't)"
    r"(?! (?:mind|know|be surprised|disagree|object|argue)\b)|could(?:n't| not) disagree more|"
    r"(?<!not )(?<!n't )object(?:s|ed)?(?: to| strongly)\b|(?:i|we) (?:strongly |would |do |really )?object|"
    r"(?:i'm|we're|am|are|is) against|(?<!not )(?<!n't )against (?:it|this|that|the (?:plan|decision|proposal|"
    r"recommendation))|"
    # (the speaker's own unease, not a child's: "he's not happy at school")
    r"(?:i'm|i am|we're|we are|i was|we were) (?:still |just |really )?not (?:happy|comfortable)|"
    r"(?:^|(?<=[.!?] ))(?:still |just |really )?not (?:happy|comfortable) with|not fair|"
    r"not accept|don't accept|want (?:that|it|this) minuted|minuted that|"
    # a complaint the speaker makes, not a child's "complains of tummy aches"; a record or a formality
    # asked for, not "the lowest on record", "to formally welcome"
    r"(?:i|we)(?:'ll| will| want to| would like to|'d like to|'m going to| am going to| intend to)? complain|"
    r"(?:make|making|made|raise|raising|put in|lodge|lodging) (?:a |an )?(?:formal )?complaint|formal complaint|"
    r"formally (?:object|disagree|complain|dispute|record|note|challenge|raise)|disagreement|"
    r"(?:want|like) (?:that|it|this|my \w+) (?:noted|minuted|recorded)|"
    # a professional's view against the decision: less than a plan is enough, or the other way
    r"child in need (?:plan )?(?:would be|is|will be) (?:enough|sufficient|appropriate|the right)|"
    r"(?:go|going) the other way|"
    # ... said tentatively, or as what they would do instead: "I'm not sure he meets the threshold",
    # "I don't think she needs to be on a plan any more", "I'd step down to child in need"
    r"(?:i'd|i would) (?:\w+ )?step (?:\w+ )?down to child in need|"
    r"not sure (?:\w+ ){0,3}is at (?:the )?threshold|"  # (meeting it, not, is _THRESHOLD_NOT's)
    r"(?:i'd|i would) have (?:thought|gone for|gone with) child in need|"
    r"(?:don't|do not) think (?:he|she|they|\w+) (?:needs?|should) (?:to )?(?:be|stay|remain) on (?:a|the) plans?)\b", re.I)




# "denied grabbing him" = "did not grab him"; "the absence of a safe home" = "no safe home"
# (a ban denies what it bans: "bail conditions prohibit contact" = "no contact"; and, past who is
# banned and the "from" after it, what they may not do)
_BANS = frozenset({"prohibit", "forbid", "ban"})
NEGATING_VERBS = {"deny", "absence", "lack", "unconnect", "unrelated"} | _BANS  # (lemmas: "unconnected with children")
_PLACE_AFTER = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that"})
_BANNED_FROM = frozenset({"from", "he", "him", "she", "her", "they", "them", "i", "me", "we", "us", "you"})  # (lemmas: "him" is "he")


def _of_whose(words: list[str], i: int, named: set[str]) -> bool:
    """Is the word at i a name owning what a "none of" counts: "none of Kai's classmates"?"""
    return i >= 1 and words[i] in named and words[i - 1] == "of" and words[i + 1: i + 2] == ["s"]


def _banned_from(words: list[str], i: int) -> bool:
    """Is the word at i the "him" or "from" of a ban's "prohibits him from"?"""
    j = i - 1
    while j >= 0 and i - j <= 2 and words[j] in _BANNED_FROM:
        j -= 1
    # (not "banned from the house": the place is where he may not be, and "from" stays denied)
    at = words.index("from", j + 1) if "from" in words[j + 1: i + 2] else -1
    return at >= 0 and words[j] in _BANS and at + 1 < len(words) and words[at + 1] not in _PLACE_AFTER


NEG_RAISING = {"think", "consider", "believe", "feel", "expect", "suppose", "reckon"}
# Verbs that say what follows them was not done: "failed to attend" did not attend; "forgot to
# send it", "refused to engage", "declined to sign"; "ceased to be subject" is no longer so (each
# before "to"; not "neglect", a category of abuse far more often than a verb: "under neglect, to be
# reviewed")
NOT_DONE = {"fail", "forget", "refuse", "decline", "omit", "cease"}
# Feelings that hold a person back from what follows "to": "she's embarrassed to bring friends
# home" does not bring them, as "too tired to go" does not go ("I'm afraid to say" excepted). Not
# "reluctant" or "unwilling": a reluctance is often overcome ("reluctant at first, she now attends").
HELD_BACK = {"embarrass", "embarrassed", "ashamed", "afraid", "scare", "scared", "frighten", "frightened"}
# "He's hardly missed a day" denies the missing as "he hasn't missed a day" does
ALMOST_NOT = {"hardly", "barely", "scarcely"}
# ... except before a beginning: "the work has barely started" says it has started, only just
_BEGIN = {"begin", "start", "commence"}
# Words that say there is too little of a thing ("poor sleep", "limited contact"): the thing is
# neither affirmed nor denied, so its word is left out of the negation test
SCANT = {"poor", "little", "limit", "limited", "reduce", "reduced", "inadequate", "insufficient", "low"}  # (and lemmas)
# ("Yeah, no, I do apologise": after a "yeah" the "no" is a way of starting, as people talk)
# ... written without its comma too, where a subject follows: "no i agree with that", "nah he's fine"
_ANSWER = re.compile(r"^\W*(?:(?:yeah|yes|yep|oh|well|um|er)\s*,?\s*)*(?:no|nope|nah)(?:\s*[,.!:;\u2014-]+\s*|"
                     r"\s+(?=(?:i|we|he|she|they|it|that|you)\b))", re.I)
# Going to every one of something is attending it (the attend/miss pair): read here, for opposites
# only, so that "attend" is not taken as said when the meeting's "not said" check weighs a statement
_GO = {"go", "be", "come", "turn"}
_EVERY = {"every", "each", "all"}
# "knocked rather than banged", "the GP instead of CAMHS": what comes after is denied
_INSTEAD = {("rather", "than"), ("instead", "of")}


# Words that make a "than" a comparison's ("more contact than", "further than", "different than")
_COMPARING = frozenset({"more", "less", "fewer", "better", "worse", "further", "farther", "so", "different", "other",
                        "else", "much"})


def _would_rather_than(words: list[str], i: int, sentence: str) -> bool:
    """Is the "than" at i the second half of "would rather A than B" ("I'd rather see the GP than the
    Linden"), so that what follows it is denied, as after "rather than"? Not a comparison's "than"
    ("would rather have more contact than now", "rather tidier than": a comparative before it)."""
    if not any(words[j] == "rather" and words[j - 1] == "would" for j in range(max(1, i - 8), i - 1)):
        return False
    if _COMPARING & set(words[max(0, i - 8): i]):
        return False
    before = plain_words(sentence)[i - 1]  # (the lemmas' tokens, before lemmatising: "tidier", not "tidy")
    return not (before.endswith("er") and lemma(before) != before)


# Adverbs that say a thing went poorly, after it ("sleeping badly"): as SCANT words before it
BADLY = {"badly", "poorly"}
# What someone disputed, contested, refuted or denied, they said was not so: the clause after it is
# read turned round where it has an auxiliary to turn ("disputed that the garden was unsafe": the
# garden was not unsafe), and not read at all where it has none ("disputed that he regularly goes
# without breakfast": "does not go without" is beyond a word's polarity). The verb itself is the
# frame, not a claim: "disputed that her mother had shouted" sets nobody's dispute against "we agreed".
_DISPUTED_THAT = re.compile(r"\b(?:disputed|disputes|dispute|disputing|contested|contests|refuted|refutes|denied|"
                            r"denies|deny|denying) that ([^,;.]*)", re.I)
# (read only where one of its verbs is: most sentences with a "that" hold none)
_DISPUTED_THAT = Gated(_DISPUTED_THAT, ("disput", "contest", "refut", "deni", "deny"))
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|had been|has been|have been|had|has|have)\b( not\b)?", re.I)


def _turned_round(m: re.Match) -> str:
    """The clause a dispute or denial frames, turned round at its auxiliary ("had not been told"
    disputed: had been told), else left out."""
    clause = m.group(1)
    aux = _AUXILIARY.search(clause)
    if aux is None:
        return ""
    if aux.group(1):
        return clause[:aux.start(1)] + clause[aux.end():]
    return f"{clause[:aux.end()]} not{clause[aux.end():]}"


# Words a negation passes over on its way to what it denies ("did not [support]", "don't [think]").
PASS_OVER = set("""be have do a an the any yet always ever even longer really quite sure all i you he she it we
they that this to of been being got get going go there is are was were will would can could should
with how about fully entirely completely totally wholly necessarily exactly sort kind able once""".split()) \
    | {"seem", "anything", "anywhere"} \
    | {"my", "his", "their", "our", "your"}  # ("didn't go to my appointment": the appointment denied; not
# "her", as often the person: "it wasn't her that called")


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


# "look" with its particle is another verb: "looking forward to seeing him" wants it ("she doesn't
# want to"), "not to look after him alone" cares for him; "look at whether" only looks.
_LOOK = {"forward": "want", "after": "care"}


def polar_terms(text: str) -> list[tuple[str, bool]]:
    """Content lemmas, each marked True when it is the head a negation governs ("did not
    [support]", "no [charges]", "never [missed]"); only the head, so that the words after it
    ("no charges at this stage") are not taken as denied themselves."""
    return list(_polar_terms(text))


@lru_cache(maxsize=20000)  # (the same sentences are set against statement after statement)
def _polar_terms(text: str) -> tuple[tuple[str, bool], ...]:
    out = []
    # A negation reaches no further than its sentence: "A belt, no. He smacked him once."
    for sentence in _SENTENCE_END.split(text):
        start = len(out)
        # (where sparing a subject that a denial opens leaves nothing denied, "Neither parent has any
        # other police history", the sentence is read the old way, its subject denied)
        if _sentence_terms(sentence, out, subject_spared=True) and not any(n for _, n in out[start:]):
            del out[start:]
            _sentence_terms(sentence, out, subject_spared=False)
    return tuple(out)


def _sentence_terms(sentence: str, out: list[tuple[str, bool]], subject_spared: bool) -> bool:
    """_polar_terms of one sentence, added to `out` (the terms of the sentences before it);
    `subject_spared`: whether a subject that a denial opens ("neither ...", "none of ...") is read
    as not denied (_denied_subject_end). Whether the sentence had such a subject."""
    sentence = _as_read(sentence)
    pending = raised = scant = not_that = lifted = until_of = hedged = qualified = False
    hedging = hedges(sentence)
    words = lemmas(sentence)
    # (a person's name within the sentence: a negation passes over it to what is said of them)
    named = {w.lower() for w in _NAME_WITHIN.findall(sentence)}
    said = _named_services(sentence)
    subject_ends = _denied_subject_end(words, sentence) if subject_spared else 0
    for i, t in enumerate(words):
        if i in said:
            continue  # "the stop smoking service" is a name: it says nobody stopped
        if i < subject_ends:
            if t not in STOPWORDS and t not in NEGATIONS and t not in _DENYING_SUBJECT:
                out.append((t, False))  # "Neither Ada nor her brother has ...": they are not denied
            if i == subject_ends - 1:
                pending = True  # ... what is said of them is
            continue
        # "no convictions or cautions", "never drinks or smokes": the "or" goes on with the word
        # the negation governed
        if t == "or" and i and out and out[-1] == (words[i - 1], True):
            pending = True
            continue
        if pending and t in _BANNED_FROM and _banned_from(words, i):
            continue  # "banned from seeing them", "prohibits him from going": the doing is denied
        if t == "drunk" and "have" in words[max(0, i - 2): i]:
            t = "drink"  # "she had drunk two glasses": the verb, not the state ("I wasn't drunk")
        if t in _LOOK and i and words[i - 1] == "look":
            continue  # (read with its "look", below)
        if t == "look" and i + 1 < len(words) and words[i + 1] in _LOOK:
            out.append((_LOOK[words[i + 1]], pending))
            pending = False
            continue
        if t in _EVERY and i >= 2 and words[i - 1] in ("to", "at") and words[i - 2] in _GO:
            out.append(("attend", pending))  # "she's been to every session", "I go to all of them"
        elif t in _EVERY and i >= 1 and words[i - 1] in _GO and words[i - 1] != "be":
            out.append(("attend", pending))  # "I go every time"
        if t == "unaware":  # "she was unaware of it" denies the knowing that "I knew about it" says
            out.append(("aware", not pending))
            pending = False
            continue
        if until_of:
            until_of = t != "of"
            continue  # ("the absence so far of any assessment": what it is the absence of is denied)
        if t == "absence" and "of" not in words[i + 1: i + 4]:
            pass  # "his absence has gone up" counts days off; "the absence (so far) of a car" denies a car
        elif t in ALMOST_NOT and _BEGIN & set(words[i + 1: i + 3]):
            continue  # "it had barely begun" has begun, lately: "only just started", not "not started"
        elif t == "without" and pending and not lifted:
            pending = False  # "never without his phone", "not without risk": the two undo each other
            continue
        elif t in NEGATIONS or t in NEGATING_VERBS or t in ALMOST_NOT or (raised and t in _ANY) \
                or (i and (words[i - 1], t) in _INSTEAD) or (t == "than" and _would_rather_than(words, i, sentence)):
            # "it's not that we don't believe her" believes her: the second "not" undoes the first
            if pending and t == "not" and not_that:
                pending = not_that = False
                continue
            # ... as does a "no" in what a hedged opinion introduces: "I can't say there are no
            # concerns" has concerns, "I don't think he's not trying" has him trying
            if hedged and t in NEGATIONS:
                hedged = pending = lifted = raised = False
                continue
            not_that = t == "not" and i + 1 < len(words) and words[i + 1] == "that"
            pending, raised, lifted = True, False, False
            until_of = t == "absence" and words[i + 1: i + 2] != ["of"]
            continue
        if t in NOT_DONE and not pending and i + 1 < len(words) and words[i + 1] == "to":
            if t in _SIDE:
                out.append((t, False))  # ("refused" is still a refusal, against "agreed")
            pending = True  # "failed to attend", "forgot to send it": it was not done
            continue
        if not pending and i + 2 < len(words) and words[i + 1] == "to" and words[i + 2] != "say" \
                and (t in HELD_BACK or (t not in STOPWORDS and t not in _TWO_SENSES and words[i - 1] == "too")):
            out.append((t, False))
            pending = True  # "embarrassed to bring friends home", "too tired to go": not brought, not gone
            continue
        if t in BADLY:
            if out and not out[-1][1] and words[i - 1] == out[-1][0]:
                out.pop()  # "sleeping badly", as "poor sleep": the sleep neither affirmed nor denied
            else:
                scant = True  # "dirty and poorly kept": the verb after it, not the word before
            continue
        if t == "single" and pending and i and words[i - 1] == "a" and words[i + 1: i + 2] \
                and words[i + 1] not in _SINGLE_PARENT:
            continue  # "there hasn't been a single incident": the incident denied (not "a single parent")
        if t in PASS_OVER:
            if t in _SIDE and not pending:  # "always" is passed over by a "not", and is a side of its own
                out.append((t, False))
            continue
        if t in SCANT and not pending:
            scant = True
            continue
        if scant:  # "poor sleep" neither affirms sleep nor denies it: "not sleeping" is no opposite
            scant = False
            continue
        if pending and i + 1 < len(words) and words[i + 1] in _CHANGES and t not in _CHANGES:
            out.append((t, False))  # "no weight loss" denies the loss, not the weight
            continue
        if t == "happy" and _mood(words, i):
            out.append(("content", pending))  # "the kids are happy": how they are, not an assent
            continue
        if t in _TWO_SENSES and _other_sense(t, words[i - 1] if i else "", words[i + 1: i + 4],
                                             words[i - 2] if i > 1 else ""):
            continue  # "drops the children at ten", "keeps him safe", "late at night", "too late": no
            # fall, no appointment kept, nobody late
        if t == "move" and _moved_in(words, i):
            continue  # "she moved back in with her mum", "moved into the flat": come to stay, no leaving
        if t == "gone" and words[i + 1: i + 2] and words[i + 1] in _GONE_WHERE:
            t = "go"  # "she'd gone to her auntie's", "they'd gone out": a move, not the end "gone" says
        elif t == "gone" and not pending and _gone_away(words, i, out):
            out[-1] = (out[-1][0], True)  # "the dummy's gone" says what "no dummy now" says
        if pending and t in _NOW:
            continue  # "he is not currently working" denies the working, not the time
        if pending and t in _WHICH_ONES and i + 1 < len(words) and words[i + 1] not in STOPWORDS:
            pending, qualified = False, True
            continue  # "no recent incidents": neither incidents denied (older ones may be) nor "recent"
        if qualified:
            qualified = False
            continue  # (the thing so qualified)
        if pending and t not in STOPWORDS and _more_of_it(words, i):
            pending = False  # "I didn't ask anything else", "he hasn't hit him again": it was done once
            continue
        if pending and (_of_whose(words, i, named) or (t == "s" and _of_whose(words, i - 1, named))):
            if t != "s":
                out.append((t, False))  # "none of Kai's classmates": the classmates are denied, not Kai
            continue
        if pending and lifted and (t in named or (t == "s" and i and words[i - 1] in named)):
            if t != "s":  # ("Kieran's safe": the "'s" is his "is")
                out.append((t, False))  # "I don't think Kieran does much caring" denies the caring, not Kieran
            continue
        if pending or t not in STOPWORDS or t in _SIDE or t in _ANT or _knows(t, words, i):
            out.append((t, pending))
        # "I don't think it did any harm" denies the harm: a negated verb of opinion passes its
        # negation on to what it introduces (as "I think it did no harm" says): to the word
        # after the "any" that marks it, else to the next word; "I wouldn't say he was drunk" is
        # one, and "I wouldn't call it a fight" ("I can't say", "I won't say" are not knowing or not
        # telling)
        lifts = pending and (t in NEG_RAISING or (t in ("say", "call")
                                                   and bool(_WOULD_SAY.match(" ".join(words[max(0, i - 3): i])))
                                                   and _wouldnt_say_of(words, i, named)))
        hedged = hedging and (hedged or lifts or (pending and t == "say" and i >= 2 and words[i - 2] in _MODAL))
        raised = raised or (lifts and any(w in _ANY for w in words[i + 1:]))
        pending = lifted = lifts and not raised
    return subject_ends > 0


@lru_cache(maxsize=20000)  # (read by _sentence_terms, again where a subject is spared, and by may_attend)
def _as_read(sentence: str) -> str:
    """The sentence as _sentence_terms reads its words: answers, deadlines, ways of talking taken out,
    phrases of denial in plain words."""
    # "No, I think we can step down": the "No" answers what came before; it denies nothing here
    sentence = _ANSWER.sub("", sentence)
    # "no later than the 9th", "by the 9th at the latest": a deadline, nobody late or early
    sentence = _DEADLINE.sub(" by ", sentence)
    # "no one" is "nobody" (not the number one denied); "no way", "at no point", "under no
    # circumstances" deny what follows as "never" does (not the way, point or circumstances)
    low = sentence.lower()  # (each rewrite below looked for only where a word of it is, as most have none)
    # "won't talk to anyone apart from her aunt", "no contact with anybody but his uncle": a denial
    # with an exception affirms the exception (talks only to her aunt), as "only" would say it
    if "any" in low and _EXCEPTION_WORD.search(low):
        sentence = _NONE_BUT.sub(lambda m: f" {m.group(1) if m.group(1) is not None else m.group(2)}only", sentence)
        low = sentence.lower()
    if "no" in low:
        sentence = _NEVER_PHRASE.sub(" never ", _NO_ONE.sub("nobody", sentence))
    # "he hates it when contact is cancelled": a feeling about what happens, not about contact; "ended
    # up drinking" drank
    if " it when" in low or " it if" in low or "end" in low and " up" in low:
        sentence = _FEELING_ABOUT_WHEN.sub(" ", _ENDED_UP.sub(" ", sentence))
    # "I'll ask you at the end", "by the end of term": a time, nothing ended; "falling asleep in
    # class": sleeping, nobody fell
    if " end" in low:  # (not the "end" of "attend", "weekend": "the end", "the very end")
        sentence = _THE_END_AS_A_TIME.sub(r"\1 then", sentence)
    if "asleep" in low:
        sentence = _FALL_ASLEEP.sub("asleep", sentence)
    # "I'm not going to lie", "no offence", "I'm not being funny": a way of talking, denying nothing
    if " lie" in low or "offence" in low or "disrespect" in low or "funny" in low:
        sentence = _ASIDE_DENIAL.sub(" ", sentence)
    # "she said she'd ring, but she didn't": what was to be done was not done
    if "but" in low and ("n't" in low or "n’t" in low or "not" in low):
        sentence = _not_done_after_all(sentence)
    # "far from clean", "anything but calm", "by no means settled", "nowhere near ready": "not"
    if "far" in low or "anything" in low or "means" in low or "nowhere" in low or "least" in low or "way" in low:
        sentence = _NOT_PHRASE.sub(_as_not, sentence)
    # "not at the level where they'd keep her open", "not serious enough to keep her open": the
    # thing not done is what is denied (it was not kept open), not the level or the seriousness
    if "not" in low or "n't" in low or "n’t" in low:
        sentence = _NOT_AS_FAR_AS.sub(" not ", sentence)
    # "disputed that the children are neglected" says they are not neglected
    if "that" in sentence:
        sentence = _DISPUTED_THAT.sub(_turned_round, sentence)
    return sentence


# The words an "attend" term comes from (_sentence_terms): the word itself, or a word for every
# after a going ("she's been to every session")
_ATTENDING = frozenset(_EVERY | {"attend"})


def may_attend(text: str) -> bool:
    """Can polar_terms(text) hold an "attend" term? Only where one of a sentence's words, as
    _sentence_terms reads them, is one of _ATTENDING: the terms of a text with none are not worked
    out to find that (shared._keys asks it of every sentence of every passage read)."""
    return any(not _ATTENDING.isdisjoint(lemmas(_as_read(x))) for x in _SENTENCE_END.split(text))


# The helping verbs that follow a subject: "Neither parent has ...", "neither of them was ..."
_HELPING = frozenset({"be", "have", "do", "can", "could", "will", "would", "shall", "should", "may", "might", "must"})
# (what may come before a sentence's own words: "And neither ...", "So, neither ...")
_OPENERS = frozenset({"and", "but", "so", "well", "um", "er", "honestly", "actually", "also"})


@lru_cache(maxsize=20000)  # (valence asks it of a clause for each of its words)
def denied_subject_end(words: tuple[str, ...]) -> int:
    """_denied_subject_end, for the scales of valence.py (their clauses' lemmas)."""
    return _denied_subject_end(list(words))


def _denied_subject_end(words: list[str], sentence: str | None = None) -> int:
    """Where a subject that a denial opens ends: "Neither Ada nor Milo has any cautions" denies
    the cautions, not Ada or Milo; "neither parent was there", "neither of them has", "none of the
    home visits were missed", "not a single session was missed", "not one of them was late"
    likewise. The index of the verb straight after the subject (a helping or linking verb, or, with
    the `sentence` the lemmas `words` are of, one in the past or the present), a word or two (a
    name, "the home visits") for each side of its "nor"; 0 where the sentence does not open so ("he
    neither drinks nor smokes" denies both, as any "not" does; "no visits were missed" is left as it
    was), or where anything else comes first ("Not one but two incidents were reported")."""
    k = 0
    while k < len(words) and words[k] in _OPENERS:
        k += 1
    opening = words[k: k + 3]
    if opening[:1] == ["neither"]:
        k += 1
    elif opening[:2] in (["none", "of"], ["not", "1"]):
        k += 2
    elif opening == ["not", "a", "single"]:
        k += 3
    else:
        return 0
    ends = _subject_ends(words, k)
    # (with the words as written, a verb in the past ends it too: "Neither parent attended", "None of
    # the staff noticed it": what is denied is the attending, the noticing)
    written = plain_words(sentence) if sentence is not None else None
    end = next((j for j in ends if j < len(words) and (words[j] in _HELPING | _LINKING or (
        written is not None and j < len(written) and len(written[j]) > 4 and written[j].endswith("ed")
        and words[j] not in STOPWORDS))), 0)
    # ... failing those, a verb in the present: one written with its "s" ("Neither parent accepts
    # the concerns", "Neither of them drinks"), or a common verb after a plural ("None of the
    # children want to move"). (Second, so that "none of the home visits were missed" ends at "were".)
    return end or next((j for j in ends if j < len(words) and (words[j] in _PLAIN_VERBS or (
        written is not None and j < len(written) and written[j].endswith("s") and written[j] != words[j]
        and words[j] not in STOPWORDS))), 0)


def _subject_ends(words: list[str], k: int) -> list[int]:
    """Where a short subject from k may end: "of", then "the", "his", "them" and the like, then one
    or two words; and again after a "nor" ("Ada nor her uncle")."""
    if k < len(words) and words[k] == "of":
        k += 1
    if k < len(words) and words[k] in _SUBJECT_DETERMINERS:
        k += 1
    if k + 1 < len(words) and words[k + 1] == "s":  # ("Neither lodger's bikes were ...": whose, then what)
        k += 2
    ends = [k] if k and words[k - 1] in _SUBJECT_PRONOUNS else []  # ("of them has")
    for j in (k + 1, k + 2):
        if j < len(words) and words[j] == "nor":
            ends += _subject_ends(words, j + 1)
        elif j <= len(words):
            ends.append(j)
    return ends


# (or the verb that links it to how it is: "Neither child seemed upset", "neither parent felt anxious")
_LINKING = frozenset({"seem", "appear", "feel", "felt", "become", "became"})  # (the lemmatiser keeps "felt")
_SUBJECT_PRONOUNS = frozenset({"them", "us", "these", "those"})
# (verbs a plural subject takes in the present as written: "None of them want ...")
_PLAIN_VERBS = frozenset({"want", "need", "like", "agree", "accept", "know", "live", "attend", "go", "come", "drink",
                          "smoke", "work", "believe", "remember"})
_SUBJECT_DETERMINERS = frozenset({"the", "his", "her", "their", "my", "our", "your", "this", "that"}) | _SUBJECT_PRONOUNS


# (the words that make a subject a denied one, which are no part of what it names)
_DENYING_SUBJECT = frozenset({"neither", "nor", "none", "not", "single", "1"})


# "I can't say", "I wouldn't say": an opinion hedged, not a denial of having said ("I didn't say")
_MODAL = frozenset({"can", "could", "would", "will"})
# ... with a second negation in what it brings in, in the same clause: "I can't say there are no
# worries", "I don't think he's not trying"; not "I don't think so, there are no worries", nor a
# second statement after "and", "because", "as" ("I don't think I need it and I'm not willing"),
# nor a feeling ("I don't feel ready", "he doesn't feel well"): what is thought opens with who or
# what it is about
_SECOND_NO = r"(?:\b(?:no|not|never|nothing|nobody|none|nowhere)\b|n[’']t\b)"
_THOUGHT = (r"(?:that\s+)?(?:there|here|he|she|it|they|i|we|you|his|her|their|its|my|your|our|the|this|that|"
            r"these|those|[A-Z][a-z]+)\b")
_WITHIN = r"(?:(?!\b(?:and|but|because|as|so|or|cos|cause|since|though|although|while|whereas)\b)[^,;:.!?()–—])*?"
HEDGED_NO = re.compile(r"(?:(?:\b(?:ca|could|would|wo)n[’']?t|\b(?:can|could|would|will) not|\bcannot)\s+say|"
                       r"(?:n[’']t|\bnot)\s+(?:think|believe|feel|consider|expect|suppose|reckon))"
                       rf"\s+{_THOUGHT}{_WITHIN}{_SECOND_NO}", re.I)


def hedges(text: str) -> bool:
    """Does the text hold a hedged opinion with a second negation in what it brings in (HEDGED_NO)?"""
    return ("n't" in text or "n’t" in text or "not" in text) and bool(HEDGED_NO.search(text))


_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "you"})
# (the words before "say" that make it "I wouldn't say": "would not", "would not really", "... exactly")
_WOULD_SAY = re.compile(r"(?:^|.* )would not(?: really| exactly)?$")
# (a word after what is denied that says it was so, and more: "I wouldn't say drunk, he was paralytic")
_MORE_SO = frozenset({"more", "worse", "absolutely", "completely", "totally", "proper", "properly", "rather", "really",
                      "very", "extremely", "utterly", "downright"})


# What "I wouldn't call" names before what it denies of it
_CALLED = frozenset({"it", "him", "her", "them", "that", "this", "he", "she", "they"})  # (lemmas: "him" is "he")


def _wouldnt_say_of(words: list[str], i: int, named: set[str]) -> bool:
    """Does the "say" at i of "I wouldn't say" bring in what it denies at once ("drunk", "he was
    drunk", "that she's disengaged"), or the "call" of "I wouldn't call it a fight" after what it
    names ("it", "him"), and is it not said afresh or set right with more of the same
    after ("I wouldn't say struggling, I'd say drowning", "..., he was paralytic")? Who it is said of
    ("he", "Carys") and their helping verbs are passed over ("Carys has been hostile"); not "Jack's
    behaviour" nor "the flat was dirty": what follows is a thing spoken of, not what is denied of it."""
    j = i + 1 + (i + 1 < len(words) and words[i + 1] == "that")
    if words[i] == "call":  # "I wouldn't call it a fight", "... call him aggressive": what it is called
        if i + 2 >= len(words) or words[i + 1] not in _CALLED:
            return False  # ("I wouldn't call the police over that": a call made, not a name)
        j = i + 2 + (words[i + 2] in ("a", "an"))
        if j >= len(words) or words[j] in STOPWORDS or words[j] in _PRONOUNS:
            return False  # ("I wouldn't call her, she was asleep": nothing called)
    if j + 1 < len(words) and words[j + 1] == "s" or (
            j + 1 < len(words) and words[j + 1] in ("be", "have") and words[j] not in _PRONOUNS | named):
        return False  # (what follows names what is spoken of: "Jack's behaviour", "the flat was")
    if j + 1 < len(words) and (words[j] in _PRONOUNS or words[j] in named):
        j += 1
        while j < len(words) and words[j] in ("be", "have"):  # ("she's been rude", "Carys has been hostile")
            j += 1
    if j >= len(words) or words[j] in STOPWORDS:
        return False
    rest = words[j + 1:]
    # (nor where what follows says it afresh, "..., he was paralytic", "..., I'd say drowning", or
    # gives way, "I wouldn't say I'm keen on it, but fine, I'll go")
    again = any(a in _PRONOUNS and b == "be" for a, b in zip(rest, rest[1:], strict=False))
    return _MORE_SO.isdisjoint(rest) and not again and not ("would" in rest and "say" in rest) and "but" not in rest


# After "gone", where it went ("gone to her auntie's", "gone out", "gone into care"): a move ("gone
# from the house" is still away)
_GONE_WHERE = frozenset({"to", "into", "in", "back", "up", "down", "out", "off", "through", "home", "round",
                         "with", "on", "onto", "past", "along", "across", "abroad"})
# (between the "has" and its "gone": "the patches have all gone now")
_GONE_PASS = frozenset({"now", "all", "completely", "finally", "already", "just", "long", "totally"})
# ... and after an ending "gone", the sentence ends or says when ("gone at night", "gone now"); not a
# state it has gone into ("gone unmet", "gone quiet"), nor time gone by
_GONE_THEN = frozenset({"now", "at", "completely", "altogether", "already", "too", "thank", "this", "last", "then"})
# ... and what has gone is a thing, not a person ("Dad's gone" is away, as "has left" says) nor a
# span of time ("six weeks have gone")
_GONE_NOT = frozenset(HOMELY).union(*HOMELY.values()) | {
    "partner", "boyfriend", "girlfriend", "husband", "wife", "ex", "son", "daughter", "child", "baby", "kid", "boy",
    "girl", "brother", "sister", "aunt", "auntie", "uncle", "stepdad", "stepmum", "worker",
    "time", "day", "week", "month", "year", "hour", "minute", "summer", "term", "weekend"}


def _gone_away(words: list[str], i: int, out: list[tuple[str, bool]]) -> bool:
    """Is this "gone" the end of the thing named just before it ("the dummy's gone", "the damp
    patches have all gone now"): its subject no longer there, as a "no" before it would say?"""
    j = i - 1
    while j > 0 and words[j] in _GONE_PASS:
        j -= 1
    return (j >= 1 and words[j] in ("s", "be", "have") and bool(out) and out[-1] == (words[j - 1], False)
            and words[j - 1] not in _GONE_NOT and (i + 1 >= len(words) or words[i + 1] in _GONE_THEN))


_NAME_WITHIN = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?=['’]s\b|\b)")


# A service named by what it helps people do: "the stop smoking service", "a quit drinking group"
_SERVICE_NOUNS = frozenset({"service", "services", "clinic", "team", "group", "programme", "program", "course",
                            "support", "worker", "nurse", "adviser", "advisor", "session", "sessions", "project",
                            "scheme", "app"})


def _named_services(sentence: str) -> set[int]:
    """Where the sentence's words name a service by a verb ("the stop smoking service"): the
    verb's position among its words (lemmas() is one lemma per plain word), to pass over."""
    if "ing " not in sentence:
        return set()
    raw = plain_words(sentence)
    return {i for i in range(1, len(raw) - 2) if raw[i - 1] in ("the", "a", "an") and raw[i + 1].endswith("ing")
            and raw[i + 2] in _SERVICE_NOUNS}


# Words of a side used in another sense, told by what follows them: "drop" with someone to take
# somewhere ("drops the children at ten", "dropped him off"; not "dropped the last two months");
# "keep" with a state kept ("keeps him safe", "keep the flat warm"; not "well", an adverb too)
_TAKEN = {"he", "her", "she", "they", "them", "me", "i", "us", "we", "off", "round", "by"}
_PEOPLE = {"child", "kid", "boy", "girl", "baby", "twin", "little"}
_KEPT_STATES = {"safe", "warm", "clean", "busy", "calm", "quiet", "happy", "fed", "occupied", "tidy", "dry"}


# ... and "early" or "late" with a time it places something in ("late at night", "earlier this month",
# "early in the morning"; not "late for school", "late three times"): a time, not punctuality
_PERIODS = {"this", "last", "next", "that", "today", "tonight", "yesterday", "morning", "afternoon", "evening", "night",
            "week", "month", "year", "summer", "autumn", "winter", "spring", *MONTHS}
_TWO_SENSES = {"drop", "keep", "early", "late", "gone", "stay", "away", "see"}
# ("I don't see a problem", "can't see why not", "don't see the need": what one thinks, nobody seen)
_SEE_AS_THINK = frozenset({"problem", "problems", "issue", "issues", "reason", "why", "point", "need", "harm"})
_MOVED_IN = {"in", "into"}


def _moved_in(words: list[str], i: int) -> bool:
    """Is the move at i a coming in ("moved in", "moved back in with her mum", "moved into the flat")?"""
    after = words[i + 1: i + 3]
    if after[:1] == ["back"]:
        after = after[1:]
    return bool(after) and after[0] in _MOVED_IN
_GOING = {"go", "come", "gone"}  # (lemmas: "went" is read as "go", "came" as "come")
_HOW_IT_WENT = {"well", "badly", "smoothly", "ok", "okay", "fine", "wrong", "alright", "better", "worse"}
_KEPT_PHRASES = {"to", "an", "in", "away", "track", "hold"}
_DEADLINE = re.compile(r"\b(?:no|not) (?:later|sooner|earlier) than\b|\bat the (?:latest|earliest)\b", re.I)
# (read only where one of these is: each wording holds one, and most sentences hold none)
_DEADLINE = Gated(_DEADLINE, ("than", "latest", "earliest"))
_SINGLE_PARENT = frozenset({"parent", "mum", "mother", "dad", "father"})
# A denial of how far something went, before what it would have taken (_as_read): "not at the level
# where they'd keep her open", "wasn't serious enough to need stitches", "not at a point where we'd close"
_NOT_AS_FAR_AS = re.compile(r"(?:\bnot|n['’]t)\s+(?:(?:really|quite|yet)\s+)?(?:at (?:the|a|that) (?:level|point|stage) "
                            r"(?:where|that|at which)|(?:(?!(?:get|gets|got|getting|have|has|had|having|earn|earns|earned|"
                            r"know|knows|knew|eat|eats|ate|do|does|did|make|makes|made|say|said)\b)[a-z]+\s+)?enough "
                            r"(?:for (?:\w+ )?)?to)\s+"
                            r"(?:(?:they|we|he|she|i|you|it|anyone|someone)(?:['’]d| would| could| will| can)?\s+)?",
                            re.I)
# A denial whose object is anyone or anything but one (_as_read): the verb and its preposition kept
# (the words of an exception, written once for the look and the reading; "but" and "bar" not where a
# clause goes on: "he hasn't hit anyone but he has shouted")
_EXCEPTIONS = (r"apart from|aside from|except(?: for)?|other than|besides|"
               r"(?:but|bar)(?!\s+(?:i|he|she|we|they|you|it|there)\b)|save for")
_EXCEPTION_WORD = re.compile(rf"\b(?:{_EXCEPTIONS})\b")
_NONE_BUT = re.compile(r"(?:(?:\b(?:do|does|did|would|will|could|can|has|have|had|is|are|was|were|wo|ca)(?:n't|n’t|\s+not)"
                       r"|\bcannot|\bnever)\s+((?:\w+\s+){0,2}?)"
                       r"|\bno\s+(\w+\s+(?:with|from|to|for)\s+))"
                       rf"any(?:one|body|thing|where)(?:\s+else)?\s+(?:{_EXCEPTIONS})\b", re.I)
_NO_ONE = re.compile(r"\bno(?:-| )one\b(?! of\b)", re.I)
# ("no way" before a pronoun, "there's no way I'd let him": not "No way, Mum said", an exclamation,
# "no way of getting there", nor "no way Dad hit him", whose name "never" would deny; nor the others
# before a subject that the inversion puts after its verb, "At no point was Dad left alone")
_NEVER_PHRASE = re.compile(r"(?:\bno way\b(?= (?:that )?(?:i|you|he|she|it|we|they)\b)|\bat no (?:point|time|stage)\b|"
                           r"\bunder no circumstances\b)(?!,? (?:was|were|is|are|did|do|does|has|have|had|will|would|"
                           r"can|could|should|shall|must)\s+(?!(?:i|you|he|she|it|we|they)\b))", re.I)


_FEELING_ABOUT_WHEN = re.compile(r"\b(?:hate|hates|hated|hating|love|loves|loved|loving|enjoy|enjoys|enjoyed) it "
                                 r"(?=when|if)", re.I)
_ENDED_UP = re.compile(r"\b(?:end|ends|ended|ending) up\b", re.I)
# (not "to the end", "from the end": what "came to the end" or "got to the end" of did end)
_THE_END_AS_A_TIME = re.compile(r"\b(at|by|until|till|towards?|before|near|nearer) the (?:very )?end\b", re.I)
_FALL_ASLEEP = re.compile(r"\b(?:fall|falls|falling|fell|fallen) asleep\b", re.I)
_ASIDE_DENIAL = re.compile(r"\b(?:(?:i'm|i am|im) )?not (?:going to|gonna) lie\b|\bi (?:won't|will not|wont) lie\b|"
                           r"\bno word of a lie\b|\bno (?:offence|disrespect)(?! (?:was|were|has|had|is|recorded|committed|"
                           r"disclosed)\b)(?: (?:to|meant)(?: \w+)?)?\b|"
                           r"\b(?:(?:i'm|i am|im) )?not being funny\b", re.I)
# A clause that says something was to be done ("would", "will", "to"), then "but (she) didn't": the
# doing denied, as if "she would not ring". Its "she" must be one the first clause names ("I told
# him to stop but he didn't"), not another ("he wanted to go but she didn't", "Carys was happy to
# engage, but he wasn't": a name's "he" or "she" is not known).
_ELLIPSIS = re.compile(r"^(?P<before>.*\b(?:would|will|should|(?<=[’'])d|(?<=[’'])ll|to(?! (?:the|a|an|his|her|my|their|our|your)\b)))"
                       r"\s+(?P<rest>[^,;]*?),?\s+"
                       r"but\s+(?:(?P<who>i|you|he|she|it|we|they)\s+)?(?:did|has|have|had|was|were|is|are|does|do)"
                       r"(?:n[’']t| not)(?:\s+(?:yet|since|really|though|then))?(?P<after>\s*(?:,.*)?)$", re.I)
_SAID_WOULD = re.compile(r"\b(?:said|says|told|promised|offered|agreed)\b", re.I)
_AS_OBJECT_PRONOUN = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}


def _not_done_after_all(sentence: str) -> str:
    m = _ELLIPSIS.match(sentence.rstrip(".!? "))
    if m is None:
        return sentence
    who, before = (m.group("who") or "").lower(), m.group("before")
    if before.lower().endswith("used to") or _SAID_WOULD.search(before):
        # ("I used to drink, but I don't": no longer, not never; "I said I'd ring, but I didn't": the
        # saying stands, and minutes that report it are right)
        return sentence
    if who and not re.search(rf"\b(?:{who}|{_AS_OBJECT_PRONOUN.get(who, who)})\b", f"{before} {m.group('rest')}", re.I):
        return sentence
    return f"{m.group('before')} not {m.group('rest')}{m.group('after')}."


# ... and these deny as "not" does, before how a thing is: "far from" and "nowhere near" after a verb
# of being or seeming, or opening the sentence ("Far from refusing, ..."); not before a place or a
# person ("is far from school", "nowhere near us"; "far from it" answers), nor after another verb
# ("we live far from nursery")
_NOT_PHRASE = re.compile(r"(?:(?:\b((?:is|are|was|were|be|been|being|seems?|seemed|looks?|looked|feels?|felt)\s+|'s\s+|'re\s+)|^)"
                         r"(?:far from|nowhere near)\b(?! (?:the|a|an|his|her|their|my|our|your|its|this|that|these|those|"
                         r"here|there|home|where|it|him|them|us|me|you|school|town|work)\b)(?! (?-i:[A-Z]))"
                         r"|\banything but\b|\bby no means\b|\bin no way\b|\bnot in the least\b)", re.I)


def _as_not(m: re.Match) -> str:
    return f"{m.group(1) or ''} not "  # (the linking verb kept: "was far from clean" -> "was not clean")


_HAPPY_WITH = {"with", "to", "for", "about", "that", "enough"}
_SPEAKERS = {"i", "we", "you"}


def _mood(words: list[str], i: int) -> bool:
    """Is "happy" at i how someone is ("the kids are happy", "a happy little girl"), not their assent
    ("I'm happy with that", "happy for him to go", "Are you happy?")? A mood has no "with", "to",
    "for" after it, and is said of someone other than the speakers."""
    if i + 1 < len(words) and words[i + 1] in _HAPPY_WITH:
        return False
    before = [w for w in words[max(0, i - 3): i] if w not in ("be", "seem", "look", "feel", "very", "really", "so",
                                                               "quite", "more", "much")]
    return not before or before[-1] not in _SPEAKERS


def _other_sense(t: str, before: str, after: list[str], two_before: str = "") -> bool:
    """Is this "drop", "keep", "early", "late", "gone", "stay", "away" or "see" the other sense, by the
    words before it and the (up to three) after it? ("They didn't find it until too late": what came
    too late, not someone late; "he went to stay with his dad": a move, not staying put.)"""
    if t == "late" and before == "too":
        return True
    if t == "see":
        return not _SEE_AS_THINK.isdisjoint(after)
    if t == "stay":
        return before == "to" and two_before in _GOING
    if t == "away":  # "the risk hasn't gone away": the verb's own word, not someone away
        return before in ("go", "gone")
    if t == "gone":  # "what's gone well", "it's gone badly": how something went, nothing gone away
        return bool(after) and after[0] in _HOW_IT_WENT
    if t == "drop":
        return bool(after) and (after[0] in _TAKEN or (after[0] == "the" and len(after) > 1 and after[1] in _PEOPLE))
    if t in ("early", "late"):
        return bool(after) and (after[0] in _PERIODS or (after[0] in ("at", "in", "on") and len(after) > 1 and (
            after[1] in _PERIODS or (after[1] == "the" and len(after) > 2 and after[2] in _PERIODS))))
    # ("kept to the agreement", "keep an eye on", "kept in touch", "keep away": no appointment kept)
    return not _KEPT_STATES.isdisjoint(after) or (bool(after) and after[0] in _KEPT_PHRASES)


def _more_of_it(words: list[str], i: int) -> bool:
    """Does what follows the word at i speak of more of it ("anything else", "any more questions",
    "again")? Not "any more" ending what is said of it ("he doesn't drink any more"): no longer."""
    after = words[i + 1: i + 4]  # (after one word for whom: "ask Milo anything else", "hit her again")
    if "again" in after[:2]:
        return True
    for k, pair in enumerate(zip(after, after[1:], strict=False)):
        if pair == ("any", "more"):
            nxt = words[i + k + 3] if i + k + 3 < len(words) else ""
            if nxt and (nxt not in STOPWORDS or nxt in ("of", "than")):
                return True  # ("any more questions", "any more of it", "any more than that")
        elif pair in _MORE:
            return True
    return False


# A negation passes over a word of time to the verb ("not currently working")
_NOW = frozenset({"currently", "presently"})
# ... but a word that picks out some of a thing ("no recent incidents", "no further concerns", "no new
# injuries") denies only those: the thing itself is neither denied (older ones may be) nor affirmed
_WHICH_ONES = frozenset({"current", "recent", "ongoing", "new", "further", "additional", "other", "fresh"})
_MORE = {("anything", "else"), ("anyone", "else"), ("anybody", "else"), ("any", "more"), ("any", "further")}
_ANY = {"any", "anything", "anyone", "ever"}
# Nouns of change, the head of what they follow: "no weight loss", "no behaviour change"
_CHANGES = {"lose", "gain", "change", "increase", "decrease", "improvement", "deterioration", "drop", "rise", "fall",
            "growth", "reduction"}
# "She was aware of it" / "I didn't know" / "I had no idea" / "she realised": knowing, one way round
# ("know" is too common a word to be a synonym for finding passages: "you know")
_KNOWING = {"aware", "know", "idea", "realise"}


def weighs(word: str) -> bool:
    """Does clash read this word at all? Common words it passes over ("want", "get") unless they
    have opposites or speak of knowing: a check that leaves a shared word to clash must ask this."""
    return word not in STOPWORDS or word in _SIDE or word in _ANT or word in _KNOWING


def _knows(t: str, words: list[str], i: int) -> bool:
    """Is the word at i one of knowing, in what it says ("she had known"), not the filler "you know"?"""
    return t in _KNOWING and not (i and words[i - 1] == "you")


# The ends of a scaling question ("zero is the children can't safely stay at home, ten is ...")
# describe what each score would mean: they claim nothing
_SCALE_ENDS = re.compile(r"\b(?:zero|nought|0|ten|10) (?:is|means|would be|being)\b", re.I)


# A question asking a view, known by its words where a recogniser wrote no question mark ("So,
# professionals, do you think they still need a plan."): a few words in, at most
_ASKS_VIEW = re.compile(r"(?:^|(?<=[.!?] ))\W*(?:[\w']+\W+){0,3}?(?:do|does|would|did) (?:you|anyone|anybody|everyone|everybody|we) "
                        r"(?:all )?(?:think|feel|agree|believe|say)\b", re.I)
_ASKS_VIEW = Folded(_ASKS_VIEW)  # (asked first in lower case: cue_patterns.Folded)


def clash(claim: str, said: str, topic: str = "", claim_names: str = "") -> tuple[str, str, bool] | None:
    """(minutes word, meeting word, via_negation) where one says the opposite of the other:
    the same word negated on one side only, or words of opposite meaning with the same polarity.
    `topic`: what `said` replies to; `claim_names`: the names of whom the claim names by role ("the
    social worker": "Sarah Jenkinson") or by another name ("Mr Walsh": "Jordan Walsh"). Their words
    may be what the two share, never what clashes."""
    said = _claiming(said)
    if said is None:
        return None
    a, b = polar_terms(claim), polar_terms(said)
    # A negation clash needs one side to deny and the other to affirm plainly; when both sides
    # hold negations ("no exclusions this year" / "none this year") they are worded differently,
    # not opposed.
    one_sided = any(n for _, n in a) != any(n for _, n in b)
    # ... except for what one side says is still pending ("not yet decided", "yet to start"), which
    # the other side saying it was done answers, whatever else it denies ("it was decided: she's not
    # to blame")
    pa, pb = _pending(claim), _pending(said)
    if not one_sided and not pb and all(_SIDE.get(t) is None and t not in _ANT and t not in pa for t, _ in a):
        return None  # (each word of the claim is passed over below, as having no opposite: nothing more is read)
    about = b + [(t, False) for t, _ in polar_terms(topic)] if topic else b
    a_about = a + [(t, False) for t, _ in polar_terms(claim_names)] if claim_names else a
    a = [(t, n or t in pa) for t, n in a]
    b = [(t, n or t in pb) for t, n in b]
    supposed, asked = _supposed_only(said) | _usual_before(said), _supposed_only(claim) | _usual_before(claim)
    for i, (w, nw) in enumerate(a):
        if w in asked:
            continue  # ("to decide whether the plans are still needed": a question put, not a claim)
        sw = _SIDE.get(w)
        if not one_sided and not pb and not (nw and w in pa) and sw is None and w not in _ANT:
            continue  # (neither test below can hold for this word: it has no opposite)
        for j, (v, nv) in enumerate(b):
            if v in supposed:
                continue  # ("If her pain's managed better, the drinking follows": supposed, not claimed)
            if w == v and w in _HOW_MUCH:
                continue  # ("much of the day" / "not much at night": an amount says nothing without its thing)
            if nw != nv:
                if _undone(b, j) if nw else _undone(a, i):
                    continue  # ("missed the health visitor appointment" / "I didn't go to the health visitor ...")
                if ((one_sided or (nw and w in pa) or (nv and v in pb))
                        and (same(w, v) or (sw and sw == _SIDE.get(v)) or (w in _KNOWING and v in _KNOWING))
                        and not negative_of(w, v)  # "I wasn't happy" says what "unhappy" says
                        # (not by a word of its kind where the other side says the very word the
                        # same way: "I'm not happy about it, but yes, I agree" agrees)
                        and (v == w or not any(x == w and nx == nw for x, nx in b))
                        and not _both_ways(w, a) and not _both_ways(v, b) and _shared(a_about, about, w, v)
                        and not _says_otherwise_too(said, w, nw, a) and not _says_otherwise_too(claim, v, nv, b)):
                    return w, v, True
            elif (opposed(w, v) and _shared(a_about, about, w, v)
                    # "been to every appointment apart from one scan" says the one missed too: it
                    # answers "she missed her scan" with no opposite
                    and not (_EXCEPT.search(claim) or _EXCEPT.search(said))
                    # "attended only half of them" says the other half were missed: it answers "she
                    # missed three" with no opposite (the figures are the details' to weigh)
                    and not ((_ONLY_SOME.search(claim) or _ONLY_SOME.search(said))
                             and not (_EVERY_ONE.search(claim) or _EVERY_ONE.search(said)))
                    # neither side says both ("six attended, three missed"): each says them in turn
                    and not _says_both(said, b, w, nw, a, v) and not _says_both(claim, a, v, nv, b, w)
                    and (_SIDE.get(w, (None,))[0] != _ASPECT
                         or _shared(_near(_of_sentence(claim, a, w), w), _near(_of_sentence(said, b, v), v), w, v))):
                return w, v, False
    return None


# Verbs that say a thing was not done, or done no more: "missed the appointment", "refused the test",
# "stopped using", "ended contact". What they govern is as good as denied, so another's plain denial
# of it ("I didn't go to the appointment", "I don't use it now") agrees with them.
_UNDONE = frozenset({"miss", "refuse", "decline", "stop", "quit", "avoid", "end", "withdraw", "cancel", "skip",
                     "reject", "abandon", "drop"})


def _undone(terms: list[tuple[str, bool]], i: int) -> bool:
    """Is the affirmed word at i governed by one of _UNDONE, affirmed, straight before it (the first
    word of its thing: "missed the [health] visitor appointment"; not a word further on, "declined
    the course but [accepted] a referral")?"""
    return i > 0 and terms[i - 1][0] in _UNDONE and not terms[i - 1][1]


@lru_cache(maxsize=20000)  # (the same sentence is set against clause after clause, statement after statement)
def _claiming(said: str) -> str | None:
    """What of `said` claims anything: None for a question, which asks ("do you think they still need
    a plan?"), and for a scale's ends described; a recogniser's question without its mark is left out."""
    if _SCALE_ENDS.search(said) or said.rstrip().endswith("?"):
        return None
    if _ASKS_VIEW.search(said):  # a recogniser's question without its mark: only the sentences that claim
        said = " ".join(x for x in _SENTENCE_END.split(said) if not _ASKS_VIEW.search(x))
        if not said:
            return None
    return said


_HOW_MUCH = frozenset({"much", "many", "lot", "lots", "plenty", "enough", "little", "few"})
# (and "before I'd support it": what would first have to happen, as "only if" says)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether|before (?:i|we|he|she|they|you)(?:'d|\u2019d| would| could))\b"
                        r"([^.;:,!?]*)", re.I)
# "Do the children still need a plan or not": a question put, with or without its mark
_OR_NOT = re.compile(r"([^.;:,!?]*)\bor not\b", re.I)
# (this, _EITHER and _WOULD_IF read only where their words are, which most sentences _supposed_only
# reads lack: this one above all, whose pattern reads on from every place in a clause to its end)
_OR_NOT = Gated(_OR_NOT, ("or not",))
# "Either it's at my mum's or it's not happening": two choices put, neither said to be so
# (to the end of the second choice: not "either way", nor what follows a comma, "but" or "and")
_EITHER = re.compile(r"\beither\b(?!\s+way\b)((?:(?!\b(?:but|and)\b)[^.;:!?,])*?\bor\b(?:(?!\b(?:but|and)\b)[^.;:!?,])*)",
                     re.I)
_EITHER = Gated(_EITHER, ("either",))


@lru_cache(maxsize=20000)  # (as _pending)
def _supposed_only(said: str) -> frozenset[str]:
    """The terms a sentence uses only inside its 'if ...' clauses: what it supposes, not what it says;
    and inside its 'whether ...' and '... or not' clauses: what it asks ("deciding whether they still
    need a plan", "do they still need a plan or not"); inside 'either ... or ...': choices put; and
    inside what others 'make out': their charge, not the speaker's word."""
    low = said.lower()
    if not any(w in low for w in ("if", "unless", "whether", "or not", "before", "either", " out ")):
        return frozenset()
    inside = {t for clause in (_IF_CLAUSE, _OR_NOT, _WOULD_IF, _EITHER, _MADE_OUT) for m in clause.finditer(said)
              for t, _ in polar_terms(m.group(1))}
    plain = said
    for clause in (_WOULD_IF, _IF_CLAUSE, _OR_NOT, _EITHER, _MADE_OUT):
        plain = clause.sub(" ", plain)
    outside = {t for t, _ in polar_terms(plain)}
    return frozenset(inside - outside)


# What others make out ("everyone makes out like I don't care"): their charge, told to be denied
_MADE_OUT = re.compile(r"\b(?:make|makes|made|making) (?:it )?out (?:like|that|as if|as though)\b"
                       r"((?:(?!\b(?:but|though|although|whereas)\b)[^.;:!?,])*)", re.I)  # (to its clause's end)
# What would follow on a condition is supposed as the condition is: "Probation would have to consider
# recall if he tested positive again" says nobody was recalled, nor that anyone will be
_WOULD_IF = re.compile(r"\b(?:would|could|might)\b([^.;:!?]*?)(?=\bif\b)", re.I)
# (its "if" is looked ahead for, in the text)
_WOULD_IF = Gated(_WOULD_IF, ("if",))


# "Normally talkative, he has become withdrawn": what was usual, set against what has changed
_USUAL = re.compile(r"\b(?:normally|usually|ordinarily|typically)\s+((?:(?!\b(?:but|and|yet|though|although|who|"
                    r"which)\b)[^.;:,!?])*)", re.I)
_CHANGE = re.compile(r"\b(?:become|became|becoming|changed|turned|grown|gone)\b", re.I)


@lru_cache(maxsize=20000)  # (as _pending)
def _usual_before(text: str) -> frozenset[str]:
    """The terms a sentence says only of what is usual, where it also says things have changed
    ("Sam, normally talkative, has become withdrawn"): how he was, not how he is; the
    change (become, turned, grown) is its claim. Without a change, "he is usually quiet" claims how he is."""
    if not any(w in text.lower() for w in ("normally", "usually", "ordinarily", "typically")):
        return frozenset()
    out: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        if not _CHANGE.search(_USUAL.sub(" ", sentence)):
            continue
        usual = {t for m in _USUAL.finditer(sentence) for t, _ in polar_terms(m.group(1))}
        out |= usual - {t for t, _ in polar_terms(_USUAL.sub(" ", sentence))}
    return frozenset(out)


_EXCEPT = re.compile(r"\b(?:apart from|except|other than|bar one|but one|save for|aside from)\b", re.I)
_PART = re.compile(r"[.;!?]\s+|,\s+(?:and|so|but)\s+")


def _of_sentence(text: str, terms: list[tuple[str, bool]], w: str) -> list[tuple[str, bool]]:
    """The terms of the sentence that says w: what goes on or stops is told in one sentence ("her
    meetings keep being in college time. She's asked for them to be after four" asks nothing to
    go on)."""
    for sentence in _SENTENCE_END.split(text):
        mine = polar_terms(sentence)
        if any(t == w for t, _ in mine):
            return mine
    return terms


def _near(terms: list[tuple[str, bool]], w: str, k: int = 2) -> list[tuple[str, bool]]:
    """The terms within k of w: what keeps going or stops is said beside the verb ("keep seeing
    him" / "stop seeing Mr Price"; not "continues to spend time with friends who use" / "stopped
    using")."""
    at = next((i for i, (t, _) in enumerate(terms) if t == w), None)
    return terms if at is None else terms[max(0, at - k): at + k + 1]


def _says_both(text: str, terms: list[tuple[str, bool]], w: str, nw: bool, other: list[tuple[str, bool]],
               v: str) -> bool:
    """Does this side also say w (as the other side does) of the same thing? Only a part of it that
    shares a word with the other side counts: "missed several appointments, so I couldn't keep an
    eye on her" keeps no appointment."""
    if not any(_along(t, w) and n == nw for t, n in terms):
        return False
    parts = [p for p in _PART.split(text) if p.strip()]
    if len(parts) < 2:
        return True
    for part in parts:
        mine = polar_terms(part)
        if any(_along(t, w) and n == nw for t, n in mine) and _shared(mine, other, w, v):
            return True
    return False


def _says_otherwise_too(text: str, w: str, nw: bool, other: list[tuple[str, bool]]) -> bool:
    """Does this side also say what the other side says of w, with its opposite word, of the same
    thing? "They've come to every single core group. Marcus missed one home visit" says "not missed
    a core group" in its first part; its "missed" is of something else."""
    # only a part that says it of all of them ("every", "all", "each", "single"): "has attended most,
    # but missed the last one" says the missing, not its opposite
    for part in (p for p in _PART.split(text) if _ALL_OF.search(p)):
        terms_of_part = polar_terms(part)
        if any(_says_both(part, terms_of_part, u, not nw, other, w)
               for u in {t for t, n in terms_of_part if n != nw and opposed(w, t)}):
            return True
    return False


# (not "the only one who helps": who, not how many)
_ONLY_SOME = re.compile(r"(?<!\bthe )\b(?:only|just) (?:half|some|part|a few|a third|a quarter|one|two|three|four|five|"
                        r"six|seven|eight|nine|ten|\d+)\b(?! (?:day|week|month|year|hour|minute)s?\b)", re.I)
# ... unless a side says it of every one ("missed every one of them", "none of them")
_EVERY_ONE = re.compile(r"\b(?:every|each|all (?:of )?(?:them|the|her|his|their)|none|not one|not a single|never)\b",
                        re.I)
_ALL_OF = re.compile(r"\b(?:every|all|each|single)\b", re.I)


def some_only(text: str) -> bool:
    """Does the text say only some ("attended only half", "missed just one")? It then says the rest too."""
    return bool(_ONLY_SOME.search(text))


_PENDING = re.compile(r"\b(?:not|n't|never) yet (?:been |be |had |have )?([a-z]+)|\byet to (?:be )?([a-z]+)")
# (each wording holds a "yet": most texts hold none)
_PENDING = Gated(_PENDING, ("yet",))


@lru_cache(maxsize=20000)  # (clash asks it of the same claim against sentence after sentence)
def _pending(text: str) -> frozenset[str]:
    """The lemmas a side says are still to happen: 'has not yet been decided', 'is yet to start'."""
    if text.isascii() and "yet" not in text.lower():
        return frozenset()  # (every wording holds a "yet", and expand writes none: the text is not opened for nothing)
    return frozenset(lemma(w) for m in _PENDING.finditer(expand(text)) for w in m.groups() if w)


def _shared(a: list[tuple[str, bool]], b: list[tuple[str, bool]], w: str, v: str) -> bool:
    """Do the two speak of the same thing, beyond the words that clash? ("Lacey has not been
    late" is no answer to "he's been late three times"; nothing but 'late' is shared.)"""
    # (words of when, "next time" / "from next week", say nothing of what)
    rest_b = [t for t, _ in b if t != v and not same(t, v) and t not in STOPWORDS and t not in _WHEN]
    return any(same(t, u) for t, _ in a if t != w and not same(t, w) and t not in STOPWORDS and t not in _WHEN
               for u in rest_b)


_WHEN = frozenset({"next", "last", "time", "day", "week", "month", "year", "ago", "since", "until", "soon"})


_NAME = re.compile(r"(?<=[a-z,;:'\u2019]\s)([A-Z][a-z]{2,})\b")
WEEKDAYS = frozenset(text_weekdays)


def other_person(claim: str, said: str, people: dict[str, set[str]] | None = None, topic: str = "") -> bool:
    """Does the claim name someone the other sentence does not, while it names someone else?
    ("Lacey has not been late" / "Kai has been late three times": two children, no contradiction.)
    `people`: a word of an attendee's name -> who it may be ("Cole": Mark or Irene), so that "Mr
    Cole" and "Mark" can be one man; a word of a role -> nobody ("the Health Visitor"). `topic`: what
    the sentence answers, whose names it speaks of too ("Did you know about Dean's caution?" / "Not
    till Tom told me")."""
    people = people or {}

    def names(text: str) -> set[str]:
        # (each sentence read as if it went on from a word before: "... acceptable. Mark has kept")
        found = {m.group(1).lower() for x in _SENTENCE_END.split(text.strip()) for m in _NAME.finditer(" a " + x)}
        # (a role's plural is the role: "Officers found ...", where the police officer attends)
        return {who for n in found if n not in STOPWORDS and n not in WEEKDAYS and n not in MONTHS
                and n[:-1] not in WEEKDAYS  # ("the club on Wednesdays": a day, not a person)
                for who in people.get(n, people.get(n[:-1], {n}) if n.endswith("s") else {n})}

    a, b = names(claim), names(said) | (names(topic) if topic else set())
    # "the children missing appointments" / "Mark has kept every appointment": the children are no
    # attendee, so a sentence naming only attendees is about someone else
    adults = {who for whos in people.values() for who in whos}
    if not a and b and b <= adults and _CHILDREN.search(claim) and not _CHILDREN.search(said):
        return True
    return bool(a) and bool(b) and not a & b


def other_subject(claim: str, said: str, w: str, v: str, speaker_words: frozenset[str]) -> bool:
    """Is the clashing word done by different people: the claim's by someone it names ("Poppy is not
    to visit her nan's"), the sentence's by its speaker ("I'll visit every week"), who is not them?
    `speaker_words`: the words that name the speaker (their names, role, "Dad" for a father)."""
    ws = plain_words(said)
    theirs, at = _subject_before(ws, v)
    if theirs != "i" or (at > 1 and ws[at - 1] == "and" and re.search(r"[A-Za-z]\s+and\s+I\b", said)):
        return False  # ("Shannon and I disagree", "the kids and I": the speaker with others, maybe the one named)
    mine, _ = _subject_before(plain_words(claim), w)
    capitals = {x.lower() for x in re.findall(r"\b[A-Z][a-z]+\b", claim)}
    return bool(mine) and mine in capitals and mine not in speaker_words and mine not in STOPWORDS \
        and mine not in _MANY  # ("Everyone agreed" is no one person named)


_MANY = frozenset({"everyone", "everybody", "all", "both", "nobody", "someone", "anyone", "professionals", "members",
                   "agencies", "parents", "family", "conference"})


# words between a doer and their verb ("I'll also be visiting", "Poppy is not to visit")
_BETWEEN = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "have", "has", "had",
                      "be", "is", "are", "was", "were", "am", "been", "not", "no", "never", "also", "just", "then",
                      "still", "really", "to", "do", "does", "did", "going", "longer", "always", "only"})


def _subject_before(ws: list[str], lemma_wanted: str) -> tuple[str, int]:
    """The word just before the first word whose lemma is wanted, past auxiliaries and "not", and
    where it is: its doer, where the sentence is that plain ("" where it is not found)."""
    for j, x in enumerate(ws):
        if lemma(x) == lemma_wanted:
            k = j - 1
            while k >= 0 and ws[k] in _BETWEEN:
                k -= 1
            return (ws[k], k) if k >= 0 else ("", 0)
    return "", 0


_CHILDREN = re.compile(r"\b(?:the|their|both|his|her|all|of) (?:children|child|kids|boys|girls|baby|babies|twins)\b",
                       re.I)


TIMES = set(MONTHS) | {"yesterday", "tomorrow", "last", "previous", "previously", "past", "former", "earlier", "before",
                       "spring", "summer", "autumn", "winter"}


def other_time(claim: str, said: str, word: str = "", said_word: str = "") -> bool:
    """Does the claim speak of a time the other sentence does not ("declined in February", "lost
    weight at first", "dirty in the autumn" against "has improved", "gaining now")? Both can be
    true; that is no contradiction. `word`: the claim's word that clashes; only the time of its own
    predicate counts ("started in April and had not missed any since": April is when it started, not
    when none was missed). `said_word`: the other's word; where the claim speaks of now ("this
    term") and that word's own clause of a time gone ("last year he missed loads, this term he's
    been in every day"), the two are of two times too."""
    if word:
        mine = [p for p in predicates(claim) if word in lemmas(p)]
        claim = " ".join(mine) if mine else claim
    if _ALL_TIME.search(said):
        return False  # ("never been drunk at contact" speaks of the spring too)
    if said_word and _NOW_WORDS.search(claim) and not _STILL.search(said):  # ("... and it still is": now too)
        theirs = " ".join(p for p in _PIECES.split(said) if said_word in lemmas(p))
        if theirs and not _NOW_WORDS.search(theirs) and {_SAME_TIME.get(w, w) for w in lemmas(theirs)} & TIMES:
            return True
    claim = _A_THING_BEFORE.sub(" ", _AT_FIRST.sub(" previously ", claim))  # ("at first": a time before now)
    claim = _SINCE_THEN.sub(" ", claim)  # ("not used since January" runs up to now: the other's time too)
    said_lemmas = lemmas(said)
    a, b = {_SAME_TIME.get(w, w) for w in lemmas(claim)} & TIMES, {_SAME_TIME.get(w, w) for w in said_lemmas} & TIMES
    anchor = _ANCHOR.search(claim) if "before" in a else None
    if anchor and re.search(rf"\b(?:after|past|beyond|until|till) (?:the )?{re.escape(anchor.group(1))}\b", said, re.I):
        a.discard("before")  # "to close before Christmas" / "carry on after Christmas": both of Christmas
    if "before" in a and _UNTIL.search(said):
        a.discard("before")  # "didn't know till Tom told me" speaks of all the time before, "before he moved in" too
    return bool(a - b)


_UNTIL = re.compile(r"\b(?:till|until|til)\b", re.I)
_NOW_WORDS = re.compile(r"\b(?:now|currently|at present|at the moment|these days|nowadays|this (?:term|year|month|week))\b",
                        re.I)
_STILL = re.compile(r"\b(?:still|to this day)\b", re.I)
_ALL_TIME = re.compile(r"\b(?:never|always|not once|at no (?:point|time))\b", re.I)
_SINCE_THEN = re.compile(rf"\bsince (?:early |late |mid |the (?:start|end|middle) of )?(?:last \w+|the \w+|"
                         rf"spring|summer|autumn|winter|{'|'.join(MONTHS)})\b", re.I)
_PIECES = re.compile(r"[,;]|\bbut\b|\bwhereas\b", re.I)  # (a sentence's clauses, as a time may change at each)
_AT_FIRST = re.compile(r"\b(?:at first|to begin with|in the first (?:few )?(?:days|weeks|months))\b", re.I)
# "a previous matter", "an earlier incident", "a former partner": a thing from before, not the time
# the claim speaks of
_A_THING_BEFORE = re.compile(r"\b(?:a|an)\s+(?:previous|former|earlier|past)\b", re.I)


# what "before" is measured from: a thing or a time, not a clause ("before he moved out")
_ANCHOR = re.compile(r"\bbefore (?:the )?(?!(?:he|she|they|it|we|i|you|his|her|their|this|that)\b)(\w+)", re.I)


_SAME_TIME = {"past": "last", "previously": "previous", "earlier": "previous", "former": "previous"}  # "the past month"


def _both_ways(w: str, terms: list[tuple[str, bool]]) -> bool:
    """Does this side say the word both plainly and negated ("could explain some of it, but it
    doesn't explain the rest"; "child protection ... cannot protect himself")? Then one side's
    negation is no contrast with the other's plain use."""
    seen = {n for t, n in terms if same(t, w)}
    return len(seen) == 2


def opposite_words(words: list[str]) -> list[str]:
    """The statement's words with each word of a pair of opposites replaced by the other side
    ("missed" -> "kept", "attended"), to look for where the meeting said the opposite."""
    out = []
    for w in words:
        side = _SIDE.get(w)
        if side is None and w not in _ANT:
            out.append(w)
        else:
            out.extend(sorted(OPPOSITES[side[0]][1 - side[1]] if side else ()) + sorted(_ANT.get(w, ())))
    return out


def sentence_keys(bag: set[str]) -> tuple[set, set[int]]:
    """What a sentence can be recognised by (see align.keys_of), and which pairs of opposites it uses."""
    return keys_of(bag), {_SIDE[b][0] for b in bag if b in _SIDE}


@lru_cache(maxsize=50000)
def cover_keys(w: str) -> tuple:
    """What `covered` looks for in a sentence for this word: itself, a synonym, its opposite
    (worked out once per word)."""
    return word_keys(w), _SIDE.get(w), tuple(_ANT.get(w, ()))


def covered(wanted: tuple, keys: tuple[set, set[int]]) -> bool:
    """Does a sentence (its `sentence_keys`) speak of the word whose `cover_keys` these are: the word
    itself, a synonym, or its opposite? Asked of every word of a clause against every sentence."""
    wk, side, ants = wanted
    return not keys[0].isdisjoint(wk) or (side is not None and side[0] in keys[1]) or not keys[0].isdisjoint(ants)


def covered_weight(weighed: tuple[tuple[float, tuple], ...], keys: tuple[set, set[int]]) -> float:
    """The summed weight of the words a sentence (its `sentence_keys`) covers, of (weight, cover_keys)
    pairs: covered() word by word, in one call per sentence (asked of every sentence near a clause)."""
    got = 0
    words, sides = keys
    for wt, (wk, side, ants) in weighed:
        if not words.isdisjoint(wk) or (side is not None and side[0] in sides) or not words.isdisjoint(ants):
            got += wt
    return got


def has_opposable(words: list[str]) -> bool:
    return any(w in _SIDE or w in _ANT for w in words)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|although|though|while|whereas)\s+(?!not\b)|\s+but\s+(?!not\b)|"
                           r"\s+although\s+")


# a second verb with its own helping verb begins a second predicate of one subject: "Dad started
# the course in April and had not missed a session since"
_PREDICATE_BREAK = re.compile(r"\s+and\s+(?=(?:has|had|have|is|was|were|did|does|will|would)\b)")


def predicates(clause: str) -> list[str]:
    """A clause's predicates, the first with the subject: ["Dad started the course in April", "had
    not missed a session since"]."""
    return [p.strip() for p in _PREDICATE_BREAK.split(clause) if p.strip()]


def clauses(statement: str) -> list[str]:
    """'Kai has been late nine times; Lacey has not been late.' -> two claims, checked apart. Not
    before 'but not': 'could explain the arm but not the ear' denies the verb it leaves out."""
    parts = _CLAUSE_BREAK.split(statement)
    return [p.strip() for p in parts if len(p.split()) >= 3] or [statement]


def claims_all_agreed(statement: str) -> bool:
    """Do the minutes say everyone agreed ("All professionals agreed that ...", "The decision was
    unanimous")? Not where the agreeing is denied ("Not all agreed"), nor where someone is left out
    ("All agreed apart from Mother"); a "not" after the agreeing is what was agreed ("all agreed
    that the children should not return home")."""
    low = statement.lower()
    if statement.isascii() and not any(w in low for w in _AGREEING_WORDS):
        return False  # (most statements: neither pattern can match)
    if _SAVE_FOR.search(statement):
        return False
    m = ALL_AGREED.search(statement)
    if m and not _NEGATED.search(statement[:m.end()]):
        return True
    m = _ALL_AGREED_OTHERWISE.search(statement)  # (not "It was not agreed by all")
    return bool(m and not _NEGATED.search(statement[:m.start()]))


# A word each wording of ALL_AGREED and _ALL_AGREED_OTHERWISE holds, in lower case
_AGREEING_WORDS = ("agree", "support", "recommend", "felt", "consider", "of the view", "unanimous", "consensus",
                   "objected", "dissented")


# DISSENT's three companions, wordings that read a stretch of words each, looked for only where the
# word they end on is ("threshold", "record") or begin with ("think", "believe"): most turns hold none.
_THOUGHT_NOT = re.compile(
    # what is thought or believed not so must be a judgement ("I don't think that's right", "... it's
    # met", "... we need a plan"), not any thought ("I don't think the school knew")
    r"\b(?:not|don't) (?:think|believe) (?:that )?(?:it|the|that|this|we)\b[^.?!;]{0,40}?\b(?:met|threshold|plans?|"
    r"right|fair|necessary|needed|appropriate|proportionate|enough|warranted|justified|true|correct|accurate|"
    r"helpful|the case|risk|harm|neglect|abuse)\b", re.I)
_THRESHOLD_NOT = re.compile(
    # ... and the threshold said not to be reached ("I don't think this meets the threshold", "for me it
    # doesn't meet threshold", "I'm not sure it's reached threshold")
    r"\b(?:not|n't)\b[^.?!,;]{0,30}?\b(?:meets?|met|reach(?:es|ed)?) (?:the )?threshold\b", re.I)
# ... a threshold of a plan, not of another thing ("for CAMHS", "for a charge"): what follows it
_OF_ANOTHER_THING = re.compile(rf" for (?!{THRESHOLD_FOR_A_PLAN})", re.I)
_ON_RECORD = re.compile(r"\b(?:put|go|goes|want|like|have|get|going)\b[^.?!]{0,20}\bon (?:the )?record\b", re.I)


def _dissent_in(text: str) -> bool:
    """Does the text hold one of DISSENT's wordings (the scanned three where their words are)?"""
    if _DISSENT_GATED.search(text):
        return True
    low = text.lower()
    return bool(("think" in low or "believe" in low) and _THOUGHT_NOT.search(text)
                or "threshold" in low and any(not _OF_ANOTHER_THING.match(text, m.end())
                                              for m in _THRESHOLD_NOT.finditer(text))
                or "record" in low and _ON_RECORD.search(text))


# (DISSENT read only where one of these is: each of its wordings holds one, and a long case-blind
# alternation is read slowly; a turn that passes dissents()'s wider gate mostly holds none)
_DISSENT_GATED = Gated(DISSENT, ("agree", "not met", "n't met", "not support", "not convinced", "would not", "wouldn't",
                                 "object", "against", "not happy", "not comfortable", "not fair", "accept", "minuted",
                                 "complain", "formally", "noted", "recorded", "child in need", "other way", "threshold",
                                 "don't think", "do not think"))
_NEGATED = re.compile(r"\b(not|no|never)\b", re.I)


# A reply that denies what was just said: "that is not right", "that's wrong", or a plain "No,".
# (not "it's not right that he waits", "it was wrong of me", a view; nor a "No" that goes on to thank,
# agree or wave on: "No, thank you", "No, that's fine", "No, no, go on", "No, I think that's right")
_CORRECTION = (r"(?:(?:that|it)(?:'s not| is not| isn't| was not| wasn't)(?: quite)? (?:right(?! (?:that|for|to)\b)|true|"
               r"correct|what)|(?:that|it)(?:'s| is| was) (?:all )?(?:wrong(?! (?:of|for|to)\b)|incorrect|inaccurate|untrue)|"
               r"(?:you've|you have) got (?:that|it|this) wrong|that never happened|not true|"
               r"no\b[,.!](?!\s*(?:thank|thanks|cheers|that's (?:fine|right|ok|okay)|it's fine|no,? go on|go on|carry on|"
               r"(?:i think )?(?:that's|you're) right|nothing)))")
# Someone saying what was just said is wrong ("No. That's not right.", "that's a mistake").
# After an opening word ("And no, that's not right": a recogniser often gives the last speaker's
# trailing "and" to the next) only the full words count: "And no, he hasn't" goes on, not corrects.
_OPENING = r"^\W*(?:(?:and|but|so|um|er|erm|uh|oh|well|sorry)\W+)+(?:no\W+)?"
_WRONG = r"(?:(?:that|it)(?:'s not| is not| isn't| was not| wasn't) (?:right|true|correct)|that(?:'s| is| was) wrong)(?=\s*(?:[.,!;]|$))"
REJECTS = re.compile(r"^\W*" + _CORRECTION + r"|" + _OPENING + _WRONG
                     + r"|\b(?:that's|that was|that is) (?:an error|a mistake)\b", re.I)
# The one corrected owning up to it ("you're right, it was", "my mistake"): they agree with the
# turn before theirs, and take back their own earlier words.
CONCEDES = re.compile(r"\b(?:my (?:mistake|error)(?! (?:was|is)\b)|i stand corrected|(?:you're|you are) (?:quite )?right,? "
                      r"(?:it|that|he|she) (?:was|is)|(?:sorry|apologies),? (?:yes,? )?(?:you're|you are) right|"
                      # ... or owning the slip in their own words: "I got that wrong", "I misread it"
                      r"i (?:got (?:that|it|this|the \w+) (?:wrong|mixed up)|was wrong about|misread|misheard|"
                      r"misremembered))\b", re.I)
# The same, inside a stretch of speech: where the recording does not say who spoke, one segment
# can hold a claim and the next speaker's "No, that's not right."
CORRECTS_WITHIN = re.compile(r"(?:[,.;!?]|\band)\s+" + _CORRECTION, re.I)


def corrects(text: str) -> bool:
    """A turn that is part of a correction: it rejects what was just said ("No. That's not right.
    It was ...") or owns up to a mistake ("Sorry, you're right, it was ...")."""
    return rejects(text) or concedes(text)


def rejects(text: str) -> bool:
    """A reply that says what was just said is wrong."""
    return bool(REJECTS.search(text.replace("’", "'")))


def concedes(text: str) -> bool:
    """A reply that owns up to one's own mistake, agreeing with the turn just before it."""
    return bool(CONCEDES.search(text.replace("’", "'")))


def correction_within(text: str) -> int | None:
    """Where, inside this text, someone starts to correct what came before (or None). Not a "no"
    that confirms a denial just made ("I haven't had a drink, no."), as British speech tags one on."""
    text = text.replace("’", "'")
    for m in CORRECTS_WITHIN.finditer(text):
        if m.start() == 0:
            return None
        before = text[max(text.rfind(c, 0, m.start()) for c in ".?!") + 1: m.start()]
        if _A_NO.match(text, m.start()) and _DENIAL.search(before):
            continue  # ("I haven't, no.": the no agrees with the denial)
        return m.start()
    return None


_DENIAL = re.compile(r"\b(?:not|no|never|nothing|nobody|none)\b|n't\b", re.I)
_A_NO = re.compile(r"(?:,|\band)\s+no\b", re.I)  # (a "No." opening a sentence may correct it)


ASSENT = re.compile(r"^\W*(?:(?:mm|mhm|um|er),?\s+)?(yes|yeah|yep|i know|i accept|i agree|"
                    r"i do(?! (?:think|feel|believe|want|worry|wonder)\b)|that's (?:right|true|fair|fine)|"
                    r"fair enough|ok(?:ay)?|agreed|sure|absolutely|definitely|"
                    # ... and having nothing against it: "I've got no problem with that", "fine by me"
                    r"(?:i've |i have )?(?:got )?no (?:problem|problems|objection|objections) with (?:that|it|this)|"
                    r"fine by me|i'm happy with (?:that|it|this))\b", re.I)


def assents(text: str) -> bool:
    """A short reply that accepts what was just said ("Yeah, I know.", "Agreed."), and goes on to no
    "but" or "no" of its own ("Yes, but I still want it noted", "Yeah, no, I don't agree")."""
    if len(text.split()) > 12:
        return False
    text = text.replace("’", "'")
    m = ASSENT.search(text)
    return m is not None and not _BUT_NO.search(text[m.end():]) and not dissents(text)


_MINE = re.compile(r"\b(?:i|my|me|i'm|i'd|i've)\b|\bon (?:the )?record\b|\bminuted\b", re.I)
_RHETORICAL = re.compile(r"\W*(?:why|how come)\b", re.I)  # ("Why are we on a plan when it isn't met?" says so)
_BUT_NO = re.compile(r"^\W*not\b|^\W*no\b(?!\W+(?:(?:that's|it's|you're|that is|it is|you are) (?:fine|right|true)|problems?|"
                     r"worries|objections?|bother|i agree|definitely|absolutely)\b)|\bbut\b", re.I)


# Another's dissent said back to them ("I've noted that you disagree with that"): theirs, not the
# speaker's. The clause ends at its sentence or at a "but" that starts the speaker's own view.
_YOU_DISAGREE = re.compile(r"\b(?:that )?you(?:'re| are)? (?:still )?(?:disagree|don't agree|do not agree|object|"
                           r"(?:are |'re )?(?:not happy|against))\b(?:(?!\bbut\b)[^.;!?])*", re.I)
# Others' disagreement reported by the speaker ("Mum and Dad don't agree about bedtimes", "she
# doesn't agree with it", "they disagree over contact") is theirs, not the speaker's view: a third
# person, a pair, or a name before a verb only a third person takes ("Gary doesn't agree"); never
# "I" or "we" (nor "Mum and I"), nor an agency its worker speaks for ("The school don't agree"),
# nor a word before a verb whose "I" is left unsaid ("Totally disagree", "Still don't agree"). It
# ends where the speaker's own view begins ("... and neither do I").
_ONE_OTHER = (r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth) (?!school|nursery|police|college|service|team|"
              r"department|council|agency|unit|practice|hospital|trust\b)[a-z]+|"
              r"(?!(?:We|I|You|Health|School|Education|Police|Nursery|Probation|Housing)\b)[A-Z][a-z]+)")
_ME_NEITHER = re.compile(r"\b(?:neither|nor) do I\b|\bme neither\b|\bI don't either\b|\bI (?:disagree|don't agree) too\b")
_UNTIL_MINE = r"(?:(?!\bbut\b|\band I\b|\bneither\b|\bnor\b|\bI\b)[^.;!?])*"
_OTHERS_DISAGREE = re.compile(
    rf"\b(?:(?:[Hh]e|[Ss]he)\s+(?:still |just |really |also )?(?:(?:doesn't|does not|didn't|did not) (?:agree|accept)|"
    rf"disagrees|disagreed)|"
    rf"(?:[Tt]hey|{_ONE_OTHER} and {_ONE_OTHER}|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth) parents)"
    rf"\s+(?:still |just |really |both |also )?(?:(?:don't|do not|didn't|did not) agree|disagree|disagreed)|"
    rf"{_ONE_OTHER}\s+(?:still |just |really |also )?(?:(?:doesn't|does not|didn't|did not) (?:agree|accept)|disagrees))\b"
    rf"{_UNTIL_MINE}")
# (read only where one of these is: each wording holds one, and most turns hold neither)
_OTHERS_DISAGREE = Gated(_OTHERS_DISAGREE, ("agree", "accept"))


@lru_cache(maxsize=20000)  # (asked of every statement for each turn that disagrees)
def records_dissent(statement: str) -> bool:
    """Does a sentence of the minutes record a disagreement? Minutes report everyone in the third
    person ("Mr Tate did not agree with the plan", "Mr Tate objected to the category"), so whoever's
    it is, it counts; not objecting ("did not oppose", "raised no objection") is none."""
    text = _NO_OBJECTION.sub(" ", statement.replace("’", "'"))
    return bool(_dissent_in(text) or _dissent_in(expand(text)) or _MINUTED_DISSENT.search(text))


# Not objecting, as minutes write it ("did not object", "raised no objection"): assent, not dissent.
# (checks/misattributed.py reads it as assent to what another proposed.)
NOT_OBJECTING = r"(?:(?:did|does|do) not|didn't|doesn't|don't) (?:object|oppose|dispute)\b|\bno objections?\b"
_NO_OBJECTION = re.compile(rf"\b(?:{NOT_OBJECTING})", re.I)
_MINUTED_DISSENT = re.compile(r"\b(?:disagreed|disagrees|objected|objects|opposed|opposes|disputed|disputes|dissented|"
                              r"(?<!not )(?:unhappy with|unhappiness (?:with|about|at)) (?:the |this |that )?(?:decision|outcome|"
                              r"plan|recommendation|category|threshold|conference|minutes)|voted against|"
                              r"not in favour of|did not (?:feel|consider|think|"
                              r"believe) (?:that )?(?:a |the )?(?:child protection |cp )?(?:plan|threshold))\b", re.I)


# A word each of DISSENT's wordings holds, as read in lower case, or the text before expand() makes it
# ("'d" -> "would"). An ASCII text holding none cannot match DISSENT, before or after expand(), nor
# _OTHERS_DISAGREE (whose wordings all hold "agree"). (Not for other texts: re.I folds a few non-ASCII
# letters, and expand() folds accents.)
_DISSENT_WORDS = ("agree", " met", "think", "believe", "support", "convinced", "would", "'d", "object", "against",
                  "happy", "comfortable", "fair", "accept", "complain", "minuted", "record", "formally", "noted",
                  "in need", "other way", "threshold")


def _may_dissent(text: str) -> bool:
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _DISSENT_WORDS)


@lru_cache(maxsize=20000)  # every turn is asked once per "all agreed" and per omission
def dissents(text: str) -> bool:
    """Does the turn disagree? Read with its contractions opened too: "it isn't fair" is "not fair".
    Another's disagreement, said back to them or reported, is not the speaker's."""
    text = text.replace("’", "'")
    if not _may_dissent(text):
        return False  # (most turns: none of DISSENT's words, and no wording of it that expand() makes)
    if _ME_NEITHER.search(text) and _OTHERS_DISAGREE.search(text):
        return True  # "They don't agree with it, and neither do I"
    if "?" in text:  # ("Does anyone disagree?" asks; "Can you put my disagreement down?" says so)
        text = " ".join(x for x in FULL_STOP.split(text) if not x.rstrip().endswith("?") or _MINE.search(x)
                        or _RHETORICAL.match(x))
    text = _OTHERS_DISAGREE.sub(" ", _YOU_DISAGREE.sub(" ", text))
    return bool(_dissent_in(text) or _dissent_in(expand(text)))
