"""The conference's vocabulary for the recogniser: who was there, the names and places in the
minutes, and the words of child-protection conferences, as one short line of text.

Whisper guesses names it has never heard ("Okafor" as "okay for"); handed the spelling as a hint
(faster-whisper's `hotwords`, or `initial_prompt`) it may pick it. Only names and terms go in, never
a sentence or a claim of the minutes: the transcript is the evidence the minutes are checked
against, so it must not be pulled towards what the minutes say. bench/vocabulary.py measures
whether it helps; see the README ("How well, measured honestly") for what was decided.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tokenizers import Tokenizer

from app.minutes.importer import session_minutes
from app.transcription import models

# Whisper reads at most 223 tokens of prompt; a longer hint is cut, and every token of it is decoded
# again in each 30-s window. 420 characters of names and terms are about 100-130 tokens
# (tests/test_vocabulary.py counts them with the model's own tokenizer).
MAX_CHARS = 420

# Words any conference uses, in ordinary English (not taken from any one conference's wording).
DOMAIN_TERMS = (
    "child protection plan", "child protection conference", "core group", "section 47", "strategy discussion",
    "significant harm", "child in need", "safeguarding", "neglect", "emotional harm", "health visitor",
    "paediatrician", "CAMHS", "GP", "early help", "family group conference", "parenting assessment",
    "pre-birth", "domestic abuse", "Public Law Outline",
)

# Capitalised, but no name: honorifics, months and days say nothing the recogniser lacks.
_NOT_NAMES = {
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "The", "A", "An", "I", "It", "This", "That", "He", "She",
    "They", "We", "His", "Her", "Their", "Our", "If", "In", "On", "At", "As", "For", "And", "But", "Of", "To",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "Christmas", "Easter",
}
# Words of job titles: "Worker" in "the Social Worker said" is a role, and roles are added whole.
_ROLE_WORDS = {
    "chair", "worker", "visitor", "manager", "lead", "nurse", "officer", "supervisor", "taker", "head",
    "headteacher", "teacher", "practitioner", "midwife", "paediatrician", "consultant", "advocate", "minute",
    "minutes", "independent", "designated", "deputy", "senior", "assistant", "coordinator", "reviewing",
    "mother", "father", "grandmother", "grandfather", "stepmother", "stepfather", "maternal", "paternal",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*[\"'(\u201c\u2018]?$")
# A name used this often in the minutes (the child's, a school's) is worth its place even when the
# recogniser knows the word.
FREQUENT = 3


def _is_capital(word: str, initials: set[str]) -> bool:
    return (word[:1].isupper() and word not in _NOT_NAMES and word.lower() not in _ROLE_WORDS and word not in initials and not (word.isupper() and len(word) <= 2))


def proper_nouns(texts: Iterable[str], initials: Iterable[str] = ()) -> Counter[str]:
    """Runs of capitalised words that are names of people, places or services, with how often each
    appears.

    A run may not start a sentence, and needs one word that is never written in lower case in these
    texts: "Ashgrove Nursery" is a name even where "the nursery" is also written, "Parenting" alone
    is not when "parenting" is. Job titles are roles, added whole elsewhere. Acronyms ("CAMHS") are kept, two-letter ones (a person's initials,
    "TR") are not. A run ends at anything but a single space (a comma, a table cell's tab)."""
    texts = list(texts)
    lower = {w.lower() for t in texts for w in _WORD.findall(t) if w[:1].islower()}
    initials = set(initials)
    runs: Counter[str] = Counter()

    def emit(run: list[str]) -> list[str]:
        if run and not all(w.lower() in lower for w in run):
            runs[" ".join(run)] += 1
        return []

    for text in texts:
        run: list[str] = []
        end = 0
        for m in _WORD.finditer(text):
            word = m.group().strip("'\u2019-").removesuffix("'s").removesuffix("\u2019s")
            if run and text[end:m.start()] != " ":
                run = emit(run)
            starts = bool(_SENTENCE_START.search(text[:m.start()]))
            if word and _is_capital(word, initials) and not (starts and not run):
                run.append(word)
            elif word.lower() in _ROLE_WORDS:
                run = []  # "Social" of "Social Worker" is part of a job title
            else:
                run = emit(run)
            end = m.end()
        emit(run)
    return runs


_tokenizer = None


def model_knows(word: str) -> bool:
    """Whether Whisper writes this word as one token of its vocabulary ("House", "Road"): a word it
    already knows needs no hint; "Westshire" (two pieces) does. True when no model is installed."""
    global _tokenizer
    if _tokenizer is None:
        try:
            _tokenizer = Tokenizer.from_file(str(models.resolve(None).path / "tokenizer.json"))
        except Exception:  # no bundled model: every capitalised word is kept
            _tokenizer = False
    if _tokenizer is False:
        return False
    return len(_tokenizer.encode(" " + word, add_special_tokens=False).ids) <= 1


def _clean_name(name: str) -> str:
    """'DC Aaron Mills' stays (the rank is said), 'Ms Lee' -> 'Lee'."""
    parts = [p for p in name.split() if p.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Mx")]
    return " ".join(parts)


def build(attendees: Iterable[tuple[str, str]] = (), minutes=None, max_chars: int = MAX_CHARS) -> str:
    """The vocabulary line: people's names first (the roster's, then the minutes' attendee table), then
    the minutes' other names, places and services, then roles, then general conference terms; cut at
    max_chars on a whole entry. `attendees` are (name, role) pairs; `minutes` is an
    app.minutes.statements.Minutes, or None before the minutes arrive."""
    people: list[tuple[str, str]] = [(n or "", r or "") for n, r in attendees]
    texts: list[str] = []
    if minutes is not None:
        people += [(a.name, a.role) for a in minutes.attendees]
        # a header field's value ("Venue: Ashgrove House") opens with a name, not a sentence
        texts = [f"at {v}" for v in minutes.info.values() if isinstance(v, str)] + [s.text for s in minutes.statements]
    entries: list[str] = []
    for name, _role in people:
        entries.append(_clean_name(name))
    known = {w.lower() for e in entries for w in e.split()}
    initials = {"".join(w[0] for w in n.split() if w[:1].isupper()) for n, _ in people}
    nouns = proper_nouns(texts, initials)
    for noun in sorted(nouns, key=lambda r: -nouns[r]):  # stable: first seen first among equals
        words = noun.split()
        if set(w.lower() for w in words) <= known:
            continue
        if nouns[noun] >= FREQUENT or not all(model_knows(w) for w in words):
            entries.append(noun)
    for _name, role in people:
        entries.append(role.split(",")[0].strip())
    entries += DOMAIN_TERMS
    out: list[str] = []
    seen: set[str] = set()
    size = 0
    for entry in entries:
        entry = " ".join(entry.split())
        if not entry or entry.lower() in seen:
            continue
        if size + len(entry) + 2 > max_chars:
            continue  # a shorter entry further on may still fit
        seen.add(entry.lower())
        out.append(entry)
        size += len(entry) + 2
    return ", ".join(out)


def for_session(session) -> str:
    """The session's vocabulary: its roster, and its minutes once imported."""
    info = session.read_info()
    found = session_minutes(session)
    return build([(a.name, a.role) for a in info.attendees], found[0] if found else None)
