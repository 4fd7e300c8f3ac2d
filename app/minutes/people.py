"""Who the minutes credit a statement to: attendees, names ('Ms Harris'), roles ('the Health
Visitor'), agencies ('Children's Social Care') and pronouns, resolved against the attendee list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

# The one list of honorifics and ranks that come before a name ("Ms Lee", "DC Shah"): people.py
# matches names with it, the comparer drops it from speaker labels, header claims find names by it.
POLICE_RANKS = ("DC", "DS", "PC", "DI", "DCI", "DSI", "Sgt", "Insp", "PCSO")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", *POLICE_RANKS, "Cllr", "Prof")
TITLE_PATTERN = r"(?:(?:" + "|".join(TITLES) + r")\.?\s+)"  # a title, its optional full stop, a space
_MALE = ("father", "grandfather", "stepfather", "uncle", "brother", "son", "partner")
_FEMALE = ("mother", "grandmother", "stepmother", "aunt", "sister", "daughter")

# Agencies and the roles that speak for them: general knowledge of how conferences are minuted, so
# that a heading or a table's agency column ('Health Visiting', 'Education') finds its speaker.
AGENCY_ROLES: list[tuple[str, tuple[str | None, ...]]] = [
    (r"social care|social work|children'?s services|local authority|\bcsc\b", ("social worker", "team manager")),
    (r"family support|early help", ("family support",)),
    (r"camhs|child and adolescent mental health", ("camhs", "child and adolescent")),  # children's, not adults'
    (r"mental health|camhs", ("mental health", "camhs")),  # before any other health
    (r"school nurs", ("school nurse", "nurse")),  # a school's nurse is health, not the school's staff
    # one profession of health named ("Paediatric report", "GP report") is that profession's, or
    # nobody's when none attended: not the first health worker listed
    (r"paediatric", ("paediatrician", "paediatric", None)),
    (r"\bgp\b|general practi", ("gp", "general practitioner", None)),
    (r"midwi", ("midwife", "midwifery", None)),
    (r"health visit|\bhealth\b|\bhv\b|midwi|\bgp\b|paediatric|\bnhs\b", ("health visitor", "midwife", "school nurse",
                                                                      "gp", "paediatrician", "nurse")),
    (r"\bcollege\b", ("college", "tutor")),  # a college's own tutor before a school's staff
    (r"school|education|academy|college|\bdsl\b", ("head", "teacher", "safeguarding lead", "dsl", "senco", "school")),
    (r"nursery|early years|pre-?school", ("nursery",)),
    (r"police", ("police", "detective", "constable")),  # (not any "officer": a Housing Options Officer is none)
    (r"housing|homes", ("housing",)),
    (r"probation", ("probation",)),
    # services named by what they help with ("the alcohol service", "Drug and Alcohol Team"), whose
    # workers a roster lists by their job ("Recovery Worker, Turning Tide")
    (r"(?:alcohol|drugs?|substance(?: misuse)?|recovery|addiction)(?: and \w+)? (?:service|team|worker|project)",
     ("recovery", "substance", "drug", "alcohol", "addiction")),
    (r"young carers? (?:service|project|team|worker)", ("young carer",)),
    (r"youth offending|youth justice|\byo[st]\b", ("youth offending", "youth justice", "yot", "yos")),
    (r"domestic (?:abuse|violence) (?:service|team|worker|adviser|advisor)|\bidva\b|women'?s aid",
     ("idva", "domestic", "women's aid")),
    (r"advoca", ("advocate",)),
    (r"\bmother\b|\bmum\b|\bmothers views", ("mother",)),  # not "parents' views": two people
    (r"\bfather\b|\bdad\b|\bfathers views", ("father",)),
    (r"grandmother|grandfather|grandparent", ("grand",)),
]


_AGENCY_ROLES = [(re.compile(pattern), roles) for pattern, roles in AGENCY_ROLES]
# The child the conference is about, by the roster's role or a speaker's label ("Young Person (Jade
# Whitmore)"); not a professional whose role names children ("Child Protection Nurse")
THE_CHILD = re.compile(r"^\s*(?:young person|young man|young woman|child|son|daughter)\b(?! protection)", re.I)
# A police rank before the name says the agency where the role gives only a team ("PC Sanjay
# Mistry (Neighbourhood Policing Team)")
_POLICE_RANK = re.compile(rf"(?:{'|'.join(POLICE_RANKS)})\.?\s")

# Short forms minutes use for roles.
ROLE_ABBREVIATIONS = {
    "sw": "social worker", "hv": "health visitor", "fsw": "family support worker", "iro": "chair",
    "cp chair": "chair", "dsl": "designated safeguarding lead", "gp": "gp", "tm": "team manager",
    "camhs": "camhs", "mum": "mother", "dad": "father", "m": "mother", "f": "father", "mgm": "grandmother",
    "pgm": "grandmother", "gran": "grandmother", "nan": "grandmother", "mw": "midwife",
}


# What a title says of sex, as Attendee.gender writes it
TITLE_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


@dataclass
class Attendee:
    name: str
    role: str

    @property
    def main_role(self) -> str:
        """The role before its place ("Social Worker, Assessment Team" -> "Social Worker"), without a
        note of how they attended ("GP (by telephone, for part of the meeting)" -> "GP"); a role's
        own brackets stay ("Class Teacher (Year 3)")."""
        return _main_role(self.role)

    @property
    def label(self) -> str:
        """'Role (Name)', the form the transcript's speaker labels take."""
        role = self.main_role
        if self.name and role:
            return f"{role} ({self.name})"
        return self.name or role

    @property
    def initials(self) -> str:
        """'Tia Rowntree' -> 'TR': minutes often name people so after the attendee table."""
        return _initials(self.name)

    @property
    def gender(self) -> str | None:
        """'m' or 'f' where the role or title says ("Father", "Mrs Ode"), else None."""
        # ("Mother's partner" is the partner: a relation named in the possessive says nothing of sex)
        role = re.sub(r"\b\w+['’]s\s+", " ", self.role.lower())
        title = self.name.split()[0].rstrip(".") if self.name else ""
        if TITLE_SEX.get(title) == "m" or re.search(r"\b(?:(?:grand|step)?father|uncle|brother|son)\b", role):
            return "m"
        if TITLE_SEX.get(title) == "f" or re.search(r"\b(?:(?:grand|step)?mother|aunt|sister|daughter)\b", role):
            return "f"
        return None

    @property
    def short_form(self) -> str:
        """The short name the roster gives a role in capitals ("Perinatal Mental Health Nurse (PMHN)"
        -> "PMHN"), as minutes then use it for the person; '' where none is given."""
        m = _SHORT_FORM.search(self.role)
        return m.group(1) if m else ""

    @property
    def role_initials(self) -> frozenset[str]:
        """The short forms of this attendee's role (role_short_forms)."""
        return role_short_forms(self.role)

    @property
    def first_name(self) -> str:
        """'Mrs Jade Haddon' -> 'Jade'; '' where only a title and surname are given ('Mr Rourke')."""
        return _first_name(self.name)

    @property
    def surname(self) -> str:
        parts = [p for p in self.name.split() if p.rstrip(".") not in TITLES]
        return parts[-1] if parts else ""


class Cast:
    """The attendees, and how to find one from the ways minutes refer to people."""

    def __init__(self, attendees: list[Attendee]):
        self.attendees = attendees
        self._within: dict[str, Attendee | None] = {}  # (by_role_within, once per text: asked clause by clause)
        self._resolved: dict[tuple[str, bool], str | None] = {}  # (resolve: the same mentions, statement after statement)
        # Surname -> attendees, built once: minutes name people in every other sentence, and a scan
        # of the whole list each time made a long attendee list cost minutes (2 MB, 400 people: 22 s).
        self._by_surname: dict[str, list[Attendee]] = {}
        for a in attendees:
            self._by_surname.setdefault(a.surname.lower(), []).append(a)
        self._by_label = {a.label: a for a in attendees}

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """Every attendee's label, in order (worked out once: a label is parsed from the role)."""
        return tuple(a.label for a in self.attendees)

    def by_label(self, label: str | None) -> Attendee | None:
        """The attendee a speaker label ("Mother (Jade Moss)") names, as resolve() gives labels."""
        return self._by_label.get(label) if label else None

    def parents(self) -> list[str]:
        """The labels of the attendees who are the child's parents ("the parents", "both parents")."""
        return [a.label for a in self.attendees
                if re.search(r"\b(?:(?:step-?)?(?:mother|father|parent)|mum|dad)\b", a.main_role, re.I)
                and not re.search(r"\bgrand|\bfoster|\bin-law\b", a.main_role, re.I)]

    def name_words(self) -> dict[str, set[str]]:
        """A word of an attendee's name -> who it may be ("cole": Mark or Irene Cole); a word of a
        role -> nobody ("health", "visitor")."""
        words: dict[str, set[str]] = {w: set() for a in self.attendees for w in re.findall(r"[a-z]+", a.role.lower())}
        for a in self.attendees:
            for w in re.findall(r"[a-z]+", a.name.lower()):
                if len(w) > 2:
                    words.setdefault(w, set()).add(a.name.lower())
        return words

    def by_initials(self, mention: str) -> Attendee | None:
        """'TR' -> Tia Rowntree, when exactly one attendee has those initials."""
        m = mention.strip().rstrip("'’s")
        if not _INITIALS.fullmatch(m):
            return None
        found = [a for a in self.attendees if a.initials == m] or [a for a in self.attendees if a.short_form == m] \
            or [a for a in self.attendees if m.lower() in a.role_initials]
        return found[0] if len(found) == 1 else None

    def by_name(self, mention: str) -> Attendee | None:
        m = mention.strip()
        title = None
        words = m.split()
        if words and words[0].rstrip(".") in TITLES:
            title, words = words[0].rstrip("."), words[1:]
        if not words:
            return None
        surname = re.sub(r"['’]s$", "", words[-1])
        found = list(self._by_surname.get(surname.lower(), ()))
        if not found and not title and len(words) == 1:
            # a first name alone ("Tia said ..."): one attendee's, before any role that holds it
            # ("Advocate for Tia")
            found = list(self._by_first_name.get(surname.lower(), ()))
            if len(found) != 1:
                return None
        if len(words) > 1:
            full = [a for a in found if a.name.lower().endswith(" ".join(words).lower())]
            # "Mrs Denise Walsh" when only Jordan Walsh attended: another of the family, not him
            found = full or [a for a in found if _same_first(words[0], a.first_name)]
        if title in ("Mrs", "Ms", "Miss", "Mr"):  # ... as "Mrs Walsh" is not the father
            found = [a for a in found if a.gender != ("m" if title != "Mr" else "f")]
        if len(found) > 1 and title:
            role_of = [a.role.lower() for a in found]
            if title == "Mr":
                found = [a for a, r in zip(found, role_of, strict=True) if not any(f in r for f in _FEMALE)] or found
            elif title in ("Mrs", "Ms", "Miss"):
                found = [a for a, r in zip(found, role_of, strict=True) if not any(f in r for f in _MALE)] or found
        if len(found) > 1:
            # Parents are the usual "Mr X"/"Ms X" of minutes; prefer them over other relatives.
            parents = [a for a in found if re.search(r"\b(mother|father)\b", a.role.lower())]
            found = parents or found
        return found[0] if found else None

    def by_role(self, mention: str, exact: bool = False) -> Attendee | None:
        m = re.sub(r"^(the|a|an)\s+", "", mention.strip().lower())
        m = re.sub(r"'s$|’s$", "", m)
        if not m:
            return None
        roles = self._role_pairs
        for a, role in roles:
            if role == m:
                return a
        if exact:
            return None
        # "the Chair" for "Independent Chair", "the Social Worker" for "Social Worker, Assessment Team":
        # the mention must end the role, or be two or more of its words; one generic word ("family")
        # is not enough to name "Family Support Worker".
        mw = m.split()
        for a, rw, whole, _ in self._role_forms:
            if mw == rw[-len(mw):] or (len(mw) >= 2 and f" {m} " in whole):
                return a
        # "the Chair" for "Independent Chair"; "the headteacher" for "Head Teacher": the role's last
        # whole words, run together ("mother" is no "Maternal grandmother")
        squashed = m.replace(" ", "")
        if len(squashed) >= 4:
            for a, _, _, tails in self._role_forms:
                if squashed in tails:
                    return a
        return None

    @cached_property
    def _role_forms(self) -> list[tuple[Attendee, list[str], str, frozenset[str]]]:
        """Each attendee with the words of their main role without brackets ("Aunt (paternal)": an
        aunt), their whole role spaced for a search, and the role's last words run together (once:
        by_role is asked mention after mention, and split every role each time)."""
        forms = []
        for a, role in self._role_pairs:
            whole = role if _KIN_OF_CHILDREN.match(a.role.lower()) else a.role.lower()
            rw = role.split()
            forms.append((a, _BRACKETED.sub("", role).split(), f" {whole} ",
                          frozenset("".join(rw[k:]) for k in range(len(rw)))))
        return forms

    @cached_property
    def _role_pairs(self) -> list[tuple[Attendee, str]]:
        """Each attendee with their main role in lower case (once: minutes mention roles in sentence
        after sentence)."""
        return [(a, _kin_only(a.main_role.lower())) for a in self.attendees]

    @cached_property
    def _by_first_name(self) -> dict[str, list[Attendee]]:
        """First name -> attendees (once, when a first name alone is first looked up)."""
        found: dict[str, list[Attendee]] = {}
        for a in self.attendees:
            found.setdefault(a.first_name.lower(), []).append(a)
        return found

    def by_role_within(self, text: str) -> Attendee | None:
        """The one attendee whose role a longer mention names inside it ("What the midwife told us"
        names the Safeguarding Midwife, before any agency's other roles): by the role's last word
        when only one attendee has it, else by the whole role."""
        if text not in self._within:
            self._within[text] = self._by_role_within(text)
        return self._within[text]

    def _by_role_within(self, text: str) -> Attendee | None:
        t = f" {text.lower()} "
        last_words, roles, services = self._role_phrases
        by_last = [a for a, x in last_words if x in t]
        if len(by_last) == 1:
            return by_last[0]
        whole = [a for a, x in roles if x in t]
        if whole:
            return whole[0] if len(whole) == 1 else None
        # A role of three words or more names its service before the job ("Youth Offending Worker"):
        # a heading naming that service ("Youth Offending Service") is that worker's
        service = [a for a, x in services if x in t]
        return service[0] if len(service) == 1 else None

    @cached_property
    def _role_phrases(self) -> tuple[list[tuple[Attendee, str]], ...]:
        """What _by_role_within looks for, spaced, in the attendees' order: each role's last word,
        each role of two words or more, and the service of each role of three or more (once: it is
        asked of every clause)."""
        pairs = [(a, role.split()) for a, role in self._role_pairs]
        return ([(a, f" {rw[-1]} ") for a, rw in pairs if rw],
                [(a, f" {role} ") for a, role in self._role_pairs if len(role.split()) >= 2],
                [(a, f" {' '.join(rw[:-1])} ") for a, rw in pairs if len(rw) >= 3])

    def by_agency(self, text: str) -> Attendee | None:
        t = text.lower()
        for pattern, roles in _AGENCY_ROLES:
            if pattern.search(t):
                for role in roles:
                    if role is None:
                        return None
                    for a in self.attendees:
                        if (role in a.role.lower() or role == "police" and _POLICE_RANK.match(a.name)) \
                                and not _other_side(t, a.role.lower()):
                            return a
        return None

    def _kin(self, mention: str, kin: re.Match) -> str:
        """A parent's relative ("Mother's Sister", "Dad's mum"): the attendee whose role is that
        relation ("Maternal aunt"), or one listed by the words themselves; else someone who is not
        on the list, never the parent."""
        side = "maternal" if kin.group(1) in ("mother", "mum") else "paternal"
        parent = "mother" if side == "maternal" else "father"
        relation = _KIN_WORD.get(kin.group(2))
        # (as the roster writes it, "Mum's partner" for a "Mother's partner" too)
        hit = self.by_role(mention, exact=True) or self.by_role(f"{parent}'s {kin.group(2)}", exact=True) \
            or (self.by_role(f"{side} {relation}") if relation else None)
        if hit is None and relation:
            hit = self.by_role(relation)
            hit = hit if hit is not None and not _other_side(f"{side} {relation}", hit.role.lower()) else None
        return hit.label if hit else _tidy(mention)

    def resolve(self, mention: str, people_only: bool = False) -> str | None:
        """A mention -> a speaker label, or None if it names nobody we can recognise. With
        people_only, a capitalised word that is no attendee (a child's name, a place) is not a speaker."""
        key = (mention, people_only)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(mention, people_only)
        return self._resolved[key]

    def _resolve(self, mention: str, people_only: bool) -> str | None:
        mention = mention.strip(" ,.;:")
        if not mention:
            return None
        expanded = ROLE_ABBREVIATIONS.get(re.sub(r"^(?:the|a|an)\s+", "", mention.lower()))
        if expanded:
            # "CAMHS" is a service: its practitioner; "GP" a profession, found by role alone. An
            # attendee listed by the short form itself ("Joanne Whitaker, Mum") is the one meant.
            hit = self.by_role(mention, exact=True) or self.by_role(expanded) or \
                (None if _JOB.search(expanded) else self.by_agency(expanded))
            last = mention.split()[-1]
            return hit.label if hit else (last if last.isupper() and " " not in expanded else _tidy(expanded))
        kin = _KIN_OF.fullmatch(mention.lower())
        if kin:  # "Mother's Sister" is the maternal aunt, not the mother
            return self._kin(mention, kin)
        paren = re.search(r"\(([^)]*)\)", mention)
        if paren:
            inner = paren.group(1)
            outer = mention[: paren.start()].strip()
            for candidate in (inner, outer):
                hit = self.by_initials(candidate) or self.by_name(candidate) or self.by_role(candidate)
                if hit:
                    return hit.label
            hit = self.by_agency(mention)
            return hit.label if hit else outer or None
        hit = self.by_initials(mention) or (self.by_name(mention) if _looks_like_name(mention) else None)
        hit = hit or self.by_role(mention)
        if hit:
            return hit.label
        hit = self.by_role_within(mention)
        if hit:
            return hit.label
        if _JOB.search(mention):  # "the paediatrician" who did not attend is nobody else of health
            return _tidy(mention)
        hit = self.by_agency(mention)
        if hit:
            return hit.label
        if people_only:
            return _tidy(mention) if _PERSON_WORDS.search(mention) else None
        return _tidy(mention) if _looks_like_person(mention) else None


_KIN_OF_CHILDREN = re.compile(r"^((?:maternal |paternal |step-?)?(?:mother|father|mum|dad|parent|grandmother|"
                              r"grandfather|grandparent|carer|partner))\s+(?:of|to)\s")
def _kin_only(role: str) -> str:
    """'father of brandon and ava-rose' -> 'father': the children named are whose father, not his role."""
    kin = _KIN_OF_CHILDREN.match(role)
    return kin.group(1) if kin else role


_KIN_OF = re.compile(r"(?:the\s+)?(mother|mum|father|dad)['’]s\s+([a-z]+)")
_KIN_WORD = {"sister": "aunt", "brother": "uncle", "mother": "grandmother", "mum": "grandmother",
             "father": "grandfather", "dad": "grandfather"}


def _other_side(mention: str, role: str) -> bool:
    """Does the mention name the other side of the family, or the other grandparent, than the role
    ("the maternal grandmother" is no Paternal Grandfather)?"""
    return any(a in mention and b in role and a not in role for a, b in (
        ("maternal", "paternal"), ("paternal", "maternal"), ("grandmother", "grandfather"),
        ("grandfather", "grandmother")))


_ATTENDANCE_NOTE = re.compile(r"\s*\((?:by|via|on|joined|left|arrived|for|part|from \d|until|virtually|remotely|"
                              r"(?:first|second|last) (?:part|half|hour))\b[^)]*\)",
                              re.I)


# A bracket that only says for how long someone attended, with no role ("first part only")
_ONLY_ATTENDED = re.compile(r"(?:for )?(?:(?:the )?(?:first|second|last) (?:part|half|hour)|part of the meeting)"
                            r"(?: of the meeting)?(?: only)?", re.I)


def _same_first(given: str, first: str) -> bool:
    """May a first name as written ("J", "J.", "Dan") be the attendee's ("Jordan", "Daniel")? Only a
    clearly other name ("Denise" for Jordan) rules them out."""
    g, f = given.rstrip(".").lower(), first.lower()
    return not f or g == f or (len(g) == 1 and f.startswith(g)) or (len(g) >= 3 and (f.startswith(g) or g.startswith(f)))


def _first_name(name: str) -> str:
    parts = [p for p in name.split() if p.rstrip(".") not in TITLES]
    return parts[0] if len(parts) >= 2 else ""


@lru_cache(maxsize=1024)
def role_short_forms(role: str) -> frozenset[str]:
    """The short forms a role goes by, from its words' initials, in lower case: "Designated
    Safeguarding Lead" -> {"dsl"}; of each part ("Deputy Head and DSL, Hill School" -> "dh", ...);
    and, for a long role, of its last words too ("Community Learning Disability Nurse" -> "cldn",
    "ldn"). Minutes name and tag people so ("The DSL reported ...", "... with pictures (LDN)")."""
    out = set()
    for part in re.split(r",|/|\band\b", re.sub(r"\([^)]*\)", " ", role)):
        initials = [w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", part) if w.lower() not in ("of", "the", "for")]
        if len(initials) >= 2:
            out.add("".join(initials).lower())
        out |= {"".join(initials[k:]).lower() for k in range(1, len(initials) - 2)}  # (3 letters or more)
    return frozenset(out)


@lru_cache(maxsize=4096)  # (asked for every attendee at every mention of initials)
def _initials(name: str) -> str:
    parts = [p for p in name.split() if p.rstrip(".") not in TITLES and p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts) if len(parts) >= 2 else ""


_INITIALS = re.compile(r"[A-Z]{2,5}")


@lru_cache(maxsize=4096)  # (asked for every attendee at every mention of a role)
def _main_role(role: str) -> str:
    main = _PLACE_COMMA.split(_ATTENDANCE_NOTE.sub("", role))[0].strip()
    # a short form in brackets is the role's other name, not part of it ("Health Visitor (HV)",
    # "Independent Chair (Chair)"); a role's own brackets stay ("Class Teacher (Year 3)")
    short = re.search(r"\s*\(([^()]*)\)$", main)
    if short and (_SHORT_FORM.fullmatch(short.group(0).strip())
                  or set(short.group(1).lower().split()) <= set(main[:short.start()].lower().split())):
        main = main[:short.start()].strip()
    return main


_SHORT_FORM = re.compile(r"\(([A-Z]{2,5})\)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


_PLACE_COMMA = re.compile(r",(?![^()]*\))")


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[0].rstrip(".") in TITLES or all(w[:1].isupper() for w in words)) and len(words) <= 4


_PERSON_WORDS = re.compile(
    r"\b(chair|worker|visitor|teacher|head|manager|officer|nurse|doctor|gp|police|mother|father|mum|dad|"
    r"grandmother|grandfather|advocate|solicitor|midwife|paediatrician|lead|practitioner|parent|partner|"
    r"aunt|uncle|school|nursery|minute taker|senco|dsl)\b", re.I)


# A mention that ends with a health profession names that profession: health is one agency of many
# jobs, and a GP who sent a report is not the health visitor who came
_JOB = re.compile(r"\b(?:gp|doctor|paediatrician|midwife|nurse|consultant|dentist|psychologist|psychiatrist|"
                  r"therapist|counsellor|visitor)$", re.I)


def _looks_like_person(text: str) -> bool:
    return bool(_PERSON_WORDS.search(text)) or _looks_like_name(text)


def _tidy(mention: str) -> str:
    m = re.sub(r"^(the|a|an)\s+", "", mention.strip(), flags=re.I)
    return m[:1].upper() + m[1:]


def parse_present_line(text: str) -> list[Attendee]:
    """'Margaret Hale (Chair), Chris Evans (Social Worker), ...' -> attendees."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if (ch in ",;" and depth == 0):
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip().rstrip(".")
        if not p:
            continue
        m = re.match(r"^(.*?)\s*\((.*)\)$", p)
        if m:
            # "Tyler Marsh (first part only)": a note of how they attended, not their role
            role = "" if _ONLY_ATTENDED.fullmatch(m.group(2).strip()) else m.group(2).strip()
            out.append(Attendee(m.group(1).strip(), role))
        elif " - " in p or " – " in p:
            name, role = re.split(r"\s+[-–]\s+", p, maxsplit=1)
            out.append(Attendee(name.strip(), role.strip()))
        else:
            out.append(Attendee(p, ""))
    return out
