"""Blocks -> attendees, sections and statements (one claim each) with the speaker they are credited to."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from app.minutes.blocks import Block
from app.minutes.people import Attendee, Cast, parse_present_line

# Words that introduce what someone said, reported, or decided.
REPORTING = (
    r"reported|said|says|stated|states|confirmed|advised|explained|noted|told|described|added|agreed|"
    r"acknowledged|accepted|admitted|raised|proposed|recommended|thanked|asked|requested|felt|feels|"
    r"believes?|believed|expressed|informed|shared|highlighted|outlined|summarised|summarized|disagreed|"
    r"objected|denied|disputed|decided|would like|wants|wanted|welcomed|apologised|clarified|commented|"
    r"mentioned|observed|queried|questioned|suggested|supported|did not support|does not support|"
    r"does not believe|did not agree|do not agree|does not agree|update[ds]|indicated|considered|"
    r"is concerned|was concerned|remains concerned|has (?:observed|told|seen|visited|completed|worked|made)|"
    r"had (?:observed|told|seen|visited)|will|to (?=[a-z]+\b)"
)
# The subject before a reporting verb: capitalised words joined by "the", "and", "of" and commas
# ("The Social Worker, the Family Support Worker and the Headteacher all recommended").
_SUBJECT = re.compile(
    rf"^(?P<who>(?:[Tt]he\s+[a-z][\w'’-]*(?:\s+(?:worker|visitor|manager|officer|teacher|nurse))?|(?:[Tt]he\s+)?[A-Z][\w'’.-]*)(?:(?:\s+|,\s*)(?:(?:and|the|of|for|&)\s+)*[A-Z(][\w'’.()-]*){{0,7}})"
    rf"(?:\s+(?:all|both|each|also|further|then|later|again|herself|himself|themselves|initially))?"
    rf"\s+(?P<verb>{REPORTING})\b")
_PRONOUN = re.compile(r"^(She|He|They|Her|His|Their)\b")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|St|Sgt|Insp|Cllr|DC|DS|PC|No|Nos|approx|e\.g|i\.e|etc|cf|vs|inc|"
    r"ltd|dept|tel|ref|para|paras|fig|D\.O\.B|d\.o\.b|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z]|\bS\.\d+|\bs\.\d+)\.$")
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘]?[A-Z0-9])")
META_KEYS = re.compile(
    r"^(child(?:ren)?(?:'s name)?|names?|date(?: of (?:conference|meeting|birth))?|d\.?o\.?b\.?|time|venue|"
    r"location|place|present|attendees|in attendance|apologies|apologies received|absent|reports? received|"
    r"written reports?|reports?|minute[- ]?taker|minutes taken by|chair(?:ed by)?|signed|distribution|"
    r"circulation|minutes circulated|next (?:meeting|review|conference)(?: date)?|conference type|"
    r"category|ref(?:erence)?|case number|[a-z ]{2,30}\s*reports?)\s*:", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’. ()-]{0,40}?)\s*:\s+(?P<rest>\S.*)$")
SIGN_OFF = re.compile(r"^(signed|minutes (?:circulated|approved|agreed)|date circulated|distribution|"
                      r"minutes (?:taken|recorded|written|prepared) by|minute[- ]?taker\s*:)\b", re.I)
# A paragraph's own number or glyph: "3.1 ", "4. ", "(b) ", "• " (not "6 of 9 sessions").
NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\(?[a-z]\)|[•●○▪■◦‣∙*–-])\s+(?=\S)")
ATTENDEE_HEADINGS = re.compile(r"^(attendees|present|in attendance|apologies|attendance|those present|"
                               r"invited|distribution)\b", re.I)
WHO_COLUMN = re.compile(r"^(agency|name|who|professional|attendee|role|organisation|organization|service|"
                        r"person|contributor|from|speaker)\b", re.I)


@dataclass
class Statement:
    text: str
    section: str
    speaker: str | None  # who the minutes credit it to, as "Role (Name)" where known
    where: str
    credited_by: str | None = None  # "text" (named in the sentence), "table", "heading", or None
    speakers: list[str] = field(default_factory=list)  # all credited, for "X, Y and Z all agreed"
    index: int = 0

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Minutes:
    source: str
    attendees: list[Attendee]
    sections: list[str]
    statements: list[Statement]
    info: dict[str, str] = field(default_factory=dict)  # title, date, venue ... (not claims)

    def to_json(self) -> dict:
        return {"source": self.source, "info": self.info,
                "attendees": [{"name": a.name, "role": a.role} for a in self.attendees],
                "sections": self.sections, "statements": [s.to_json() for s in self.statements]}

    @classmethod
    def from_json(cls, d: dict) -> Minutes:
        stmts = [Statement(**{k: v for k, v in s.items() if k in Statement.__dataclass_fields__})
                 for s in d.get("statements", [])]
        return cls(d.get("source", ""), [Attendee(a.get("name", ""), a.get("role", "")) for a in d.get("attendees", [])],
                   list(d.get("sections", [])), stmts, dict(d.get("info", {})))


def split_sentences(text: str) -> list[str]:
    pieces = _SPLIT.split(text.strip())
    out: list[str] = []
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        if out and _ABBREV.search(out[-1]):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def build(blocks: list[Block], source: str) -> Minutes:
    attendees = _attendees(blocks)
    cast = Cast(attendees)
    info: dict[str, str] = {}
    sections: list[str] = []
    statements: list[Statement] = []
    section = ""
    section_speaker: str | None = None
    seen_content = False
    in_attendee_section = False
    tables_header: dict[int, list[str]] = {}
    attendee_tables = {b.table for b in blocks if b.kind == "row" and b.header and _is_attendee_header(b.cells)}

    for b in blocks:
        if b.kind == "heading":
            if not seen_content and not sections and not info.get("title"):
                info["title"] = b.text
            section = b.text
            sections.append(section)
            in_attendee_section = bool(ATTENDEE_HEADINGS.match(_unnumber(section)))
            section_speaker = cast.resolve(_unnumber(section), people_only=True) if not in_attendee_section else None
            continue
        if b.kind == "row":
            if b.table in attendee_tables:
                continue
            if b.header:
                tables_header[b.table] = b.cells
                continue
            header = tables_header.get(b.table, [])
            plan = _plan_columns(header)
            if plan is not None:  # Action | Responsible | Timescale: the action is the statement
                owner_col, other_cols = plan
                owner = b.cells[owner_col] if owner_col is not None and owner_col < len(b.cells) else ""
                owner_label = cast.resolve(owner) if owner.strip() else None
                seen_content = True
                for cell_no, cell in enumerate(b.cells, start=1):
                    if cell_no - 1 != owner_col and cell_no - 1 not in other_cols and cell.strip():
                        _add(statements, NUMBERING.sub("", cell), section, f"{b.where}, cell {cell_no}", cast,
                             owner_label, "action")
                continue
            who_col = bool(header and WHO_COLUMN.match(header[0])) or (len(b.cells) >= 2 and len(b.cells[0]) < 70)
            row_speaker = cast.resolve(b.cells[0]) if who_col and len(b.cells) >= 2 else None
            if who_col and row_speaker is None and len(b.cells) >= 2:
                row_speaker = b.cells[0].split("(")[0].strip() or None
            texts = b.cells[1:] if who_col and len(b.cells) >= 2 else b.cells
            seen_content = True
            for cell_no, cell in enumerate(texts, start=2 if who_col else 1):
                _add(statements, cell, section, f"{b.where}, cell {cell_no}", cast, row_speaker, "table")
            continue
        # paragraphs and list items
        text = NUMBERING.sub("", b.text)
        if _signature(text, cast):
            info.setdefault("signed", text)
            continue
        if META_KEYS.match(text) and (not seen_content or in_attendee_section or SIGN_OFF.match(text)):
            key, _, value = text.partition(":")
            info[key.strip().lower()] = value.strip()
            continue
        if SIGN_OFF.match(text) or in_attendee_section:
            continue
        if not seen_content and len(text) < 90 and not text.endswith((".", "?", "!")):
            info.setdefault("title" if "title" not in info else f"line {len(info)}", text)  # title lines
            continue
        seen_content = True
        # "SW: The home was clean." -- a speaker label before a colon
        label = _LABEL.match(text)
        labelled = cast.resolve(label.group("label")) if label and len(label.group("label").split()) <= 5 else None
        if labelled:
            _add(statements, label.group("rest"), section, b.where, cast, labelled, "text")
        else:
            _add(statements, text, section, b.where, cast, section_speaker, "heading")

    for i, s in enumerate(statements):
        s.index = i
    return Minutes(source, attendees, sections, statements, info)


def _add(out: list[Statement], text: str, section: str, where: str, cast: Cast,
         fallback: str | None, fallback_kind: str) -> None:
    previous: list[str] = []
    for k, sentence in enumerate(split_sentences(text), start=1):
        if len(sentence) < 3:
            continue
        speakers = credited(sentence, cast)
        how = None
        if speakers:
            # "The Social Worker will visit ..." / "Mr Walsh to attend ...": an action assigned to
            # someone, not words credited to them.
            verb = _SUBJECT.match(sentence).group("verb").strip()
            how = "action" if verb in ("will", "to") else "text"
        if not speakers and _PRONOUN.match(sentence) and previous:
            speakers, how = previous, "text"
        if not speakers and fallback:
            speakers, how = [fallback], fallback_kind
        previous = speakers if how == "text" else previous
        out.append(Statement(sentence, section, speakers[0] if speakers else None,
                             f"{where}, sentence {k}", how, speakers))


def credited(sentence: str, cast: Cast) -> list[str]:
    """Who a sentence says is speaking: 'The Health Visitor reported that ...' -> [Health Visitor]."""
    if _PRONOUN.match(sentence):
        return []
    m = _SUBJECT.match(sentence)
    if not m:
        return []
    who = m.group("who")
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+", who)
    out = []
    for p in parts:
        label = cast.resolve(p, people_only=True)
        if label and label not in out:
            out.append(label)
    return out


def _attendees(blocks: list[Block]) -> list[Attendee]:
    out: list[Attendee] = []
    header_tables = {b.table: b.cells for b in blocks if b.kind == "row" and b.header and _is_attendee_header(b.cells)}
    for b in blocks:
        if b.kind == "row" and b.table in header_tables and not b.header and b.cells and b.cells[0]:
            head = [h.lower() for h in header_tables[b.table]]
            name_col = next((i for i, h in enumerate(head) if h.startswith(("name", "attendee"))), 0)
            # an initials column ('TR') says how the minutes will name them, not their role
            role = ", ".join(c for i, c in enumerate(b.cells)
                             if i != name_col and c and not re.fullmatch(r"[A-Z]{2,4}", c.strip()))
            out.append(Attendee(b.cells[name_col], role))
        elif b.kind in ("paragraph", "item") and re.match(r"^(present|attendees|in attendance)\s*:", b.text, re.I):
            out += parse_present_line(b.text.split(":", 1)[1])
    return out


def _is_attendee_header(cells: list[str]) -> bool:
    lowered = [c.lower().strip() for c in cells]
    return bool(lowered) and lowered[0] in ("name", "attendee", "attendees", "present") and len(lowered) >= 2 and \
        any(c.startswith(("role", "agency", "organisation", "organization", "designation", "title", "position"))
            for c in lowered[1:])


OWNER_COLUMN = re.compile(r"^(responsible|lead|who|by whom|owner|person responsible|responsibility|agency "
                          r"responsible|lead (?:person|agency|professional))\b", re.I)
WHEN_COLUMN = re.compile(r"^(timescales?|by when|when|date|deadline|target(?: date)?|review date|due|"
                         r"frequency|progress|rag|status)\b", re.I)


def _plan_columns(header: list[str]) -> tuple[int | None, set[int]] | None:
    """For a plan table (Action | Responsible | Timescale), the owner's column and the columns
    that only say when or how it stands; None for any other table. Its rows are actions credited
    to their owner, and a timescale cell is no claim about the meeting on its own."""
    if len(header) < 2:
        return None
    owner = next((i for i, h in enumerate(header) if i > 0 and OWNER_COLUMN.match(h.strip())), None)
    when = {i for i, h in enumerate(header) if i > 0 and WHEN_COLUMN.match(h.strip())}
    if owner is None and not when:
        return None
    return owner, when


def _signature(text: str, cast: Cast) -> bool:
    """'Chair: Ann Hale, Independent Chair' or 'Ann Hale, Minute Taker': who signs or wrote the
    minutes, a line that makes no claim about the meeting."""
    label = _LABEL.match(text)
    value = label.group("rest") if label else text
    if len(value.split()) > 8 or value.rstrip().endswith(("?", "!")):
        return False
    name = value.split(",")[0].strip(" .")
    hit = cast.by_name(name) if _looks_like_full_name(name) else None
    return hit is not None and name.lower() == hit.name.lower()


def _looks_like_full_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _unnumber(heading: str) -> str:
    return re.sub(r"^\s*\d{1,2}(\.\d{1,2})*[.)]?\s+", "", heading)
