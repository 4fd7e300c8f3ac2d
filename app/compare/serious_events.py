"""Events of consequence the minutes may report: an arrest, a charge, a caution, a diagnosis, an
exclusion from school, a formal warning. If nobody in the meeting spoke of one, the minutes have
added it, and it is the kind of addition that follows a family for years ("had since been charged
with assault", "diagnosed with severe depression"), even where the rest of the sentence was said.

Each event is found in the minutes by its usual wording, and counted as spoken of where any form of
its root word was said ("charged", "charges", "no charge" all speak of a charge): the question is
whether the meeting mentioned such a thing at all, not whether it said it the same way.

Not harm named by a graver word than the meeting used (a row minuted as an assault, a mark as a
burn): tried on 5 December (an eighth session), two review helpers' own sentences showed that no
list of plain words speaks of every way a harm is told ("spat in her face", "threw a mug that hit
her", "had a go at him, six stitches", "burning her arm with a lighter"), and the minutes' words
have other senses ("cut herself off", "burn her bridges", "a gallbladder attack").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from app.compare.cue_patterns import Gated

# (what it is called in a finding, how minutes word it, what in the meeting speaks of it)
EVENTS = [
    ("an arrest", r"\barrest(?:ed|s|ing)?\b", r"\barrest"),
    # (not "at no charge", "free of charge")
    ("a charge", r"\bcharged (?:with|for)\b|\bbeen charged\b|\bwithout charge\b|(?<!at )\bno charges?\b(?! (?:for|to))|"
     r"\bcharges (?:of|for)\b|\ba charge of\b", r"\bcharg"),
    # (not "cautioned against closing the case")
    ("a caution", r"\bcautioned\b(?! (?:against|that|about|the|everyone|us|them))|"
     r"\b(?:a|police|formal|simple|conditional) caution\b(?! (?:about|against))", r"\bcaution"),
    # (not "bailed on the last session")
    ("bail", r"\b(?:on|police|conditional|released on) bail\b|\bbail conditions?\b|\bbailed (?:to|until|pending)\b",
     r"\bbail"),
    ("a remand", r"\bremanded\b|\bon remand\b", r"\bremand"),
    # (not "spoke with conviction")
    # (spoken of as convictions are in speech too: "he's got previous", "two previous for assault",
    # "form for violence", "a criminal record")
    ("a conviction", r"\bconvicted\b|\bconvictions?\b(?<!with conviction)(?! that)",
     r"\bconvict|\bprevious(?:es)? for\b|\b(?:got|has|have|had|with) previous\b|\bform for\b|\bcriminal record|"
     r"\b(?:a|his|her|their) record for\b"),
    ("an injunction or non-molestation order", r"\binjunction\b|\bnon-molestation order\b", r"\binjunction|\bnon.?mol"),
    # ("excluded for two days": for a time, a school's exclusion)
    ("an exclusion from school", r"\bexclusion\b|\bexcluded from (?:school|class|nursery|college)\b|"
                                 r"\b(?:permanently|temporarily) excluded\b|\bexcluded for (?:a|an|one|two|three|four|"
                                 r"five|\d+|the rest of the) (?:day|days|week|weeks|term|afternoon|morning)\b",
     r"\bexclu|\bsuspen"),  # (a school's suspension is what it called a fixed-term exclusion)
    # (spoken of by a doctor's verdict told too: "the GP said it's eczema", "the consultant thinks ...")
    ("a diagnosis", r"\bdiagnos(?:ed|is|es)\b",
     r"\bdiagnos|\b(?:gp|doctor|doctors|consultant|paediatrician|psychiatrist|specialist|midwife)\b[^.?!]{0,40}"
     r"\b(?:said|says|thinks|reckons|told (?:me|us|her|him|them))\b"),
    # (a "warning notice" is spoken of by "notice" or its kind, "abduction", whatever became of "warning")
    ("a formal warning", r"\b(?:formal|written|final|police|harassment|abduction) warning\b|\bwarning notice\b",
     r"\bwarn|\bnotice\b|\babduction"),
    ("a suspension", r"\bsuspended from (?:school|work|college|nursery)\b|\b(?:fixed-term |school )?suspension\b",
     r"\bsuspen"),
    ("an eviction", r"\bevict(?:ed|ion)\b", r"\bevict"),
    ("an overdose", r"\boverdos(?:e|ed)\b", r"\boverdos"),
    # the formal steps of child protection and the courts: a plan or a letter will act on them
    ("an FGC (a family meeting to plan for the children)", r"\bfamily group conferenc\w*|\bFGC\b",
     r"\bfamily group|\bfgc\b"),
    ("court proceedings or pre-proceedings", r"\b(?:care |court |pre-)proceedings\b|\bPLO\b|\bpublic law outline\b|"
     r"\blegal (?:planning|gateway) meeting\b", r"\bproceedings|\bplo\b|\bpublic law|\blegal (?:planning|gateway)|"
     r"\bcourt\b"),
    ("a MARAC referral", r"\bMARAC\b", r"\bmarac\b|\bmulti.?agency risk"),
    ("a parenting assessment", r"\bparenting assessment\b|\bparenting capacity assessment\b", r"\bassess"),
    # a stay in hospital or on a unit ("admitted to an adolescent mental health unit", "sectioned"),
    # spoken of by admitting, being in or going into hospital, being kept in, or sectioned (not by
    # "ward" or "unit" alone: "the public protection unit", "before she goes home from the ward")
    ("an admission to hospital", r"\badmitted to (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:hospital|unit|ward)\b|"
     r"(?<!\bno )\b(?:hospital|inpatient|psychiatric) admissions?\b|\bsectioned\b",
     r"\badmi(?!n)|\bsection|\binpatient|\b(?:in|into|to) (?:the )?hospital\b|\b(?:kept|stayed)(?: \w+)? in\b"),
    # what someone said to the police in interview ("made admissions in interview", "admitted the
    # assault"): not a hospital admission
    ("admissions to the police", r"\b(?:made|makes|making) (?:full |partial |some |several )?admissions\b|"
     r"\badmitted (?:the|to the|to) (?:offence|assault|charge|offences)\b", r"\badmi(?!n)"),
]
_EVENTS = [(name, re.compile(written, re.I), re.compile(spoken, re.I)) for name, written, spoken in EVENTS]
# the first root word of each event's spoken pattern ("arrest", "charg"), for a recogniser's near misses
_ROOTS = {spoken: spoken.removeprefix(r"\b").split("|")[0].split("(")[0] for _, _, spoken in EVENTS}


# (one search first: most statements report none, and seventeen patterns each cost more than one)
_ANY = re.compile(r"arrest|charg|caution|bail|remand|convict|injunction|molestation|exclu|diagnos|warning|suspen|"
                  r"evict|overdos|family group|fgc|proceedings|plo\b|public law|legal|marac|assessment|admi|section", re.I)
# (its words looked for with `in` first: cheaper than the case-blind alternation, on a text with none)
_ANY = Gated(_ANY, ("arrest", "charg", "caution", "bail", "remand", "convict", "injunction", "molestation", "exclu",
                    "diagnos", "warning", "suspen", "evict", "overdos", "family group", "fgc", "proceedings", "plo",
                    "public law", "legal", "marac", "assessment", "admi", "section"))


def reported(text: str) -> list[tuple[str, re.Pattern]]:
    """The events a statement reports: (what it is called, what in the meeting would speak of it)."""
    if not _ANY.search(text):
        return []
    return [(name, spoken) for name, written, spoken in _EVENTS if written.search(text)]


def unmentioned(text: str, meeting: list[str], misheard: bool = False) -> list[str]:
    """The events the statement reports that nothing in the meeting speaks of. `misheard`: the
    meeting is a recogniser's transcript, where a word like it ("a rested" for "arrested") may be
    the word itself: those count as spoken of."""
    out = []
    for name, spoken in reported(text):
        if any(spoken.search(said) for said in meeting):
            continue
        root = _ROOTS[spoken.pattern]
        # (close in spelling and length, for a root long enough to tell: "arested" is "arrest"; "want"
        # is no "warn", nor "rest" an "arrest")
        if misheard and len(root) >= 5 and any(
                process.extractOne(root, [w for w in re.findall(r"[a-z]{5,}", said.lower()) if len(w) >= len(root) - 1],
                                   scorer=fuzz.ratio, score_cutoff=75) for said in meeting):
            continue
        out.append(name)
    return out
