"""Blocks -> attendees, sections and statements (one claim each) with the speaker they are credited to."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from app.minutes.blocks import Block, strip_glyph
from app.minutes.people import THE_CHILD, TITLE_PATTERN, TITLE_SEX, TITLES, Attendee, Cast, parse_present_line

# Words that introduce what someone said, reported, or decided.
REPORTING = (
    r"reported|said|says|stated|states|confirmed|advised|explained|noted|told|described|added|agreed|"
    r"acknowledged|accepted|admitted|raised|proposed|recommended|thanked|asked|requested|felt|feels|"
    r"believes?|believed|expressed|informed|shared|highlighted|outlined|summarised|summarized|disagreed|"
    r"objected|denied|disputed|decided|would like|wants|wanted|welcomed|apologised|clarified|commented|"
    r"mentioned|observed|queried|questioned|suggested|supported|voted|votes|replied|responded|answered|"
    # (the present tense minutes also use, and verbs of intent and hope: "CAMHS expects to close")
    r"reports|confirms|advises|explains|notes|recommends|agrees|accepts|disagrees|"
    r"acknowledges|admits|asks|requests|denies|disputes|describes|adds|expresses|"
    r"concedes|insists|queries|objects|clarifies|comments|mentions|observes|suggests|replies|responds|"
    r"informs|highlights|outlines|summarises|welcomes|tells|apologises|proposes|stresses|argues|warns|"
    r"promises|reassures|reminds|points out|reflects|regards|regarded|"
    r"expects?|expected|hopes?|hoped|intends?|intended|plans|planned|thinks|thought|"
    r"(?:does|did|do) not (?:support|believe|agree|accept|consider|feel|think|want|wish|oppose|object|dispute)|update[ds]|indicated|considered|"
    r"is concerned|was concerned|remains concerned|has (?:observed|told|seen|visited|completed|worked|made)|"
    r"had (?:observed|told|seen|visited|asked|explained|advised|talked|spoken|discussed)|will|"
    # "Mum to attend", an action given to someone; not "Refer Mum to the group", whose "to" leads a place
    r"to (?!(?:the|a|an|his|her|their|my|our|your|this|that|these|those|each|every)\b)(?=[a-z]+\b)|"
    # acts of speech that say who spoke as "said" does ("Ms Hale offered to drive her", "praised")
    r"offered|offers|praised|blamed|complained|insisted|argued|warned|promised|"
    r"stressed|reiterated|reassured|assured|conceded|volunteered|reminded|pointed out|reflected|flagged|"
    # consent is given in words as agreement is ("Ms Lee consented to a referral", "undertook to")
    r"consented|consents|undertook(?= to\b)|undertakes(?= to\b)|"
    # a judgement in the words of the one who gave it ("Ms Lee assessed the risk as low", "was clear that")
    # (not the acts: "concluded the meeting", "assessed the home on Monday", "recognised him")
    r"(?:assessed|assesses)(?= [^.;,]{1,60}? as\b)|(?:concluded|concludes|recognised|recognises|recognized|recognizes) that|"
    r"(?:recognised|recognized) (?:the |some |real |good |his |her |their )?(?:progress|efforts?|improvements?|changes?|"
    r"concerns?|strengths?)|(?:was|is|were|are) clear that|made it clear|made clear(?= (?:that|to|what|how|why)\b)"
)
# The subject before a reporting verb: capitalised words joined by "the", "and", "of" and commas
# ("The Social Worker, the Family Support Worker and the Headteacher all recommended").
_SUBJECT = re.compile(
    rf"^(?P<who>(?:[Bb]oth\s+(?:the\s+)?parents)|(?:(?:[Tt]he|Her|His|Their)\s+[a-z][\w'’-]*(?:\s+(?:worker|visitor|manager|officer|teacher|nurse))?|"
    rf"(?:[Tt]he\s+)?[PpMm]aternal\s+[a-z]+|(?:[Tt]he\s+)?[A-Z][\w'’.-]*)(?:(?:\s+|,\s*)(?:(?:and|the|of|for|&)\s+)*[A-Z(][\w'’.()-]*){{0,7}})"
    rf"(?:\s+(?:all|both|each|also|further|then|later|again|still(?! to\b)|herself|himself|themselves|initially))?"
    rf"\s+(?P<verb>{REPORTING})\b")
_PRONOUN = re.compile(r"^(She|He|They|Her|His|Their)\b")
# "Her advocate said ...": whose, then who speaks. Not kin: "her mother" is the child's mother or
# the mother's own, as the sentence before decides.
_OWNER = re.compile(r"^(?:Her|His|Their)\s+(?!(?:mother|father|mum|dad|parents?|sister|brother|partner|husband|wife|"
                    r"son|daughter|grand\w+|nan|gran|aunt|uncle|cousin|boyfriend|girlfriend|ex|step\w*)\b)\w", re.I)
# Minutes written to the family: "Joanne, you told us that ...", and then "You said ..." (the one
# just spoken to, or whom the heading names: "What Tyler told us")
_VOCATIVE = re.compile(rf"^(?P<who>{TITLE_PATTERN}?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+you"
                       rf"(?:\s+(?:also|then|both|further|later|again))?\s+(?P<verb>{REPORTING})\b")
# ("You said ..." after "Jade, you told us ...": not "You both said", "You and Lee", "Your flat")
_YOU = re.compile(rf"^You(?:\s+(?:also|then|further|later|again))?\s+(?:{REPORTING})\b")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|St|Sgt|Insp|Cllr|DC|DS|PC|No|Nos|approx|e\.g|i\.e|etc|cf|vs|inc|"
    r"ltd|dept|tel|ref|para|paras|fig|D\.O\.B|d\.o\.b|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z]|\bS\.\d+|\bs\.\d+)\.$")
# "Band A." and "Plan B." end a sentence: the capital is a label, not someone's initial.
_LETTER_LABEL = re.compile(r"\b(?:Band|Plan|Grade|Level|Stage|Tier|Part|Option|Type|Block|Room|Class|Year|Section|"
                           r"Appendix|Category|Group|Phase|Step|Table|Item) [A-Z]\.$")
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘]?[A-Z0-9])")
META_KEYS = re.compile(
    r"^(child(?:ren)?(?:'s name)?|names?|date(?: of (?:conference|meeting|birth))?|d\.?o\.?b\.?|time|venue|"
    r"location|place|present|attendees|in attendance|apologies|apologies received|absent|reports? received|"
    r"written reports?|reports?|minute[- ]?taker|minutes taken by|chair(?:ed by)?|signed|distribution|"
    r"circulation|minutes circulated|next (?:meeting|review|conference)(?: date)?|conference type|"
    r"category|ref(?:erence)?|case number|[a-z ]{2,30}\s*reports?)\s*:", re.I)
_TAG = re.compile(r"^\[(?P<label>[^\]]{1,40})\]\s*:?\s+(?P<rest>\S.*)$")
# "SCHOOL - Attendance is 94%.": an agency in capitals, then a dash, leads a bullet as a label does
_CAPS_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z&/'’ ]{1,40}?)\s+[-–—]\s+(?P<rest>\S.*)$")
# "(SW)" after a sentence: on its own once split, or closing a paragraph, after its stop or before it
# ("The home was clean. (SW)", "She has a car (Aunt).", a bullet without its stop: "Dad works nights (HV)")


def _tag_after(group: str) -> str:
    return rf"[(\[](?P<{group}>[A-Z][\w .&/'’-]{{0,38}})[)\]]"


_BARE_TAG = re.compile(rf"^{_tag_after('label')}$")
_END_TAG = re.compile(rf"[.!?]\s+{_tag_after('label')}$|\s+{_tag_after('inner')}\s*[.!?]?$")
_QUESTION_COLUMN = re.compile(r"^(?:question|questions|decision(?: required)?|item|issue)$", re.I)
# ... of them, a first column that gives a topic, not a question (whose answer needs it)
_TOPIC_COLUMN = re.compile(r"^(?:item|issue)$", re.I)
# A table cell that is a sentence of its own: six words or more, ending as a sentence ends
_SENTENCE_CELL = re.compile(r"^(?:\S+\s+){5,}.*[.!?][’”'\")]*$", re.S)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’. ()-]{0,40}?)\s*:\s+(?P<rest>\S.*)$")
SIGN_OFF = re.compile(r"^(signed|minutes (?:circulated|approved|agreed)|date circulated|distribution|"
                      r"minutes (?:taken|recorded|written|prepared) by|minute[- ]?taker\s*:)\b", re.I)
# "Minutes: Pauline Hart (Business Support)": who took the minutes, a name and no claim
_MINUTED_BY = re.compile(rf"^Minutes\s*:\s*{TITLE_PATTERN}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}"
                         r"\s*(?:\([^)]*\))?\.?$")
# A note on the record itself, a paragraph of its own: "These minutes are recorded by exception: ..."
# (not one that goes on to claims: "These minutes record the main points. Mother said ...")
_RECORD_NOTE = re.compile(r"^(?:these|this) (?:minutes|notes|record) (?:are|is|were|was|have been|has been|record|"
                          r"records)\b[^.!?]*[.!?]?$", re.I)
# A paragraph's own number or glyph: "3.1 ", "4. ", "(b) ", "• " (not "6 of 9 sessions").
NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\(?[a-z]\)|[•●○▪■◦‣∙*–-])\s+(?=\S)")
# A timed log's clock before each paragraph ("10:25 The partner's connection dropped"): when the
# minute-taker wrote it, not a time the meeting spoke of
_CLOCK_LEAD = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s*[-–—])?\s+(?=[A-Z])", re.I)
ATTENDEE_HEADINGS = re.compile(r"^(attendees|present|in attendance|apologies|attendance|those present|"
                               r"invited|distribution)\b", re.I)
# A column naming who said each row's words, wherever it stands ("Who said", "Said by", "Source")
SAID_BY_COLUMN = re.compile(r"^(who said|said by|raised by|source|speaker)\b", re.I)
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
    # A header claim ("Child: Leo (age 4)", "Apologies: Dr Lee"): "child", "absent", "category" or
    # "reason". Checked only for a conflict with the recording, never reported as not said.
    header: str | None = None
    page: int | None = None
    confidence: float | None = None  # read by OCR: how sure the recogniser was of its words (0-1)
    unsure: list[str] = field(default_factory=list)  # read by OCR: its words the recogniser was unsure of
    # A plan table's row, cell by column heading ({"Action": ..., "Responsible": "", "Timescale": ...}):
    # the owner and timescale cells are no claims, but a blank one is a gap in the plan (app/fairness).
    plan_row: dict[str, str] | None = None
    # A sentence that names nobody, in a paragraph an earlier sentence of which credits someone
    # ("Ms Lee (HV) saw him at home. His weight is on the 50th centile."): whose account the layout
    # makes it, though its own words credit nobody (read only for misattribution through layout).
    paragraph_of: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Minutes:
    source: str
    attendees: list[Attendee]
    sections: list[str]
    statements: list[Statement]
    info: dict[str, str] = field(default_factory=dict)  # title, date, venue ... (not claims)
    notices: list[str] = field(default_factory=list)  # what the user is told about the document
    side_notes: dict = field(default_factory=dict)  # tracked deletions, comments, the email it came in

    def to_json(self) -> dict:
        return {"source": self.source, "info": self.info, "notices": self.notices, "side_notes": self.side_notes,
                "attendees": [{"name": a.name, "role": a.role} for a in self.attendees],
                "sections": self.sections, "statements": [s.to_json() for s in self.statements]}

    @classmethod
    def from_json(cls, d: dict) -> Minutes:
        stmts = [Statement(**{k: v for k, v in s.items() if k in Statement.__dataclass_fields__})
                 for s in d.get("statements", [])]
        return cls(d.get("source", ""), [Attendee(a.get("name", ""), a.get("role", "")) for a in d.get("attendees", [])],
                   list(d.get("sections", [])), stmts, dict(d.get("info", {})), list(d.get("notices", [])),
                   dict(d.get("side_notes", {})))


def unsure_words(minutes: Minutes | None, texts: list[str]) -> list[list[str]]:
    """For each statement as checked (findings.json lists them by text, in the same order, without
    the OCR's words), the words the OCR was unsure of."""
    read = minutes.statements if minutes else []
    if len(read) == len(texts) and all(r.text == t for r, t in zip(read, texts, strict=True)):
        return [list(r.unsure) for r in read]
    by_text = {r.text: list(r.unsure) for r in read if r.unsure}
    return [by_text.get(t, []) for t in texts]


def word_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where `words` are in `text` (each found once, in reading order, as a whole word: the "is" of
    "This" is not the word "is"): (start, end) spans."""
    out: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        if not w:
            continue
        # whole word: no letter or digit just before or after (punctuation in `w` itself is its own)
        pattern = re.compile((r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w)
                             + (r"(?!\w)" if w[-1].isalnum() else ""))
        m = pattern.search(text, pos) or pattern.search(text)
        if m is None or (m.start() < pos and any(a <= m.start() < b for a, b in out)):
            continue
        out.append((m.start(), m.end()))
        pos = m.end()
    return sorted(out)


def split_sentences(text: str) -> list[str]:
    pieces = _SPLIT.split(text.strip())
    out: list[str] = []
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        # ("... on two occasions. (SW)": a tag after the sentence says whose it is; it stays with it)
        if out and ((_ABBREV.search(out[-1]) and not _LETTER_LABEL.search(out[-1])) or _BARE_TAG.match(p)):
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
    label: _Label | None = None  # a name standing alone ("Police", "[Ann]:") and the items it credits
    seen_content = False
    past_attendees = False  # who was there comes after the title lines: what follows is the notes
    in_attendee_section = False
    absent_section = False  # under "Apologies" or "Invited but not present": each line a header claim
    tables_header: dict[int, list[str]] = {}
    attendee_tables = {b.table for b in blocks if b.kind == "row" and b.header and _is_attendee_header(b.cells)}

    for b in blocks:
        if label is not None and not label.covers(b):
            label = None
        b = _as_list_heading(b)
        if b.kind == "heading" and absent_section and _NAME_LINE.match(b.text):
            b = Block("paragraph", b.text, b.where, page=b.page, confidence=b.confidence)  # "Ann Lee, GP" under "Apologies"
        if b.kind == "heading":
            if not seen_content and not sections and not info.get("title"):
                info["title"] = b.text
            section = b.text
            sections.append(section)
            name = _unnumber(section)
            in_attendee_section, absent_section = _who_it_lists(name)
            section_speaker = _heading_speaker(name, cast) if not in_attendee_section else None
            label = None
            continue
        if absent_section and b.kind != "row" or absent_section and b.table not in attendee_tables:
            # "Apologies" then a name a line (or a table of them): each says who was not there.
            text = ", ".join(c for c in b.cells if c) if b.kind == "row" else strip_glyph(b.text)
            if not (b.kind == "row" and b.header):
                _add_header(statements, f"{_unnumber(section)}: {text}", "absent", section, b)
            continue
        if b.kind == "row":
            if b.table in attendee_tables:
                past_attendees = True
                _absent_row(statements, b, tables_header, section)
                if b.header:
                    tables_header[b.table] = b.cells
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
                first = len(statements)
                for cell_no, cell in enumerate(b.cells, start=1):
                    if cell_no - 1 != owner_col and cell_no - 1 not in other_cols and cell.strip():
                        _add(statements, NUMBERING.sub("", cell), section, f"{b.where}, cell {cell_no}", cast,
                             owner_label, "action", b)
                row = {h or f"column {i + 1}": (b.cells[i] if i < len(b.cells) else "") for i, h in enumerate(header)}
                for st in statements[first:]:
                    st.plan_row = row
                continue
            # A decision box ("Question | Answer": "Is the threshold met? | Yes"): the answer claims
            # nothing without its question, so the row is one statement, and nobody's words
            if header and _QUESTION_COLUMN.match(header[0].strip()) and len(b.cells) >= 2:
                seen_content = True
                # ... but a later cell that is a sentence of its own ("Mr Lee will ask the landlord.",
                # under "Issue | Discussion | Outcome") claims by itself, and the issue is its topic
                topic = bool(_TOPIC_COLUMN.match(header[0].strip()))
                own = [i for i, c in enumerate(b.cells) if i and topic and _SENTENCE_CELL.match(c.strip())]
                rest = [strip_glyph(c) for i, c in enumerate(b.cells) if i not in own and c.strip()]
                if len(rest) > 1 or not own:
                    _add(statements, " – ".join(rest), section, b.where, cast,
                         None, "table", b)  # (" – ": "met? Yes" would be read as two sentences)
                for i in own:
                    _add(statements, strip_glyph(b.cells[i]), section, f"{b.where}, cell {i + 1}", cast, None, "table", b)
                continue
            # Whose words the row holds: a "Who said" column wherever it stands ("What we are worried
            # about | ... | Who said"), else a first column naming an agency or person
            said_by = next((i for i, h in enumerate(header) if i > 0 and SAID_BY_COLUMN.match(h.strip())), None)
            if said_by is not None and said_by < len(b.cells):
                who = said_by
            elif len(b.cells) >= 2 and (bool(header and WHO_COLUMN.match(header[0]))
                                        or (len(b.cells[0]) < 70 and not _tagged(b.cells[0], cast))):
                who = 0  # (not a cell that is a claim with its own tag: "Dad has a car (Aunt).")
            else:
                who = None
            row_speaker = None if who is None else (
                cast.resolve(b.cells[who]) or b.cells[who].split("(")[0].strip() or None)
            seen_content = True
            for cell_no, cell in enumerate(b.cells, start=1):
                # (a second column that says who, "Name | Agency | View", describes them: no claim)
                described = who is not None and cell_no - 1 < len(header) and WHO_COLUMN.match(header[cell_no - 1].strip())
                if cell_no - 1 != who and not described:
                    tag = _tagged(cell, cast)  # ("... at school (School Nurse).": the cell's own)
                    _add(statements, strip_glyph(cell), section, f"{b.where}, cell {cell_no}", cast,
                         tag or row_speaker, "text" if tag else "table", b)
            continue
        # paragraphs and list items
        text = _CLOCK_LEAD.sub("", NUMBERING.sub("", strip_glyph(b.text)))
        if not text:
            continue
        if _PAGE_LINE.match(text):  # "Page 2 of 3" typed into the body, or a footer read with it
            continue
        claim = HEADER_CLAIMS.match(text)
        if claim and not (seen_content and claim.group("key").lower().startswith("reason")
                          and len(text) > 200):
            _add_header(statements, text, _header_kind(claim.group("key")), section, b)
            continue
        if _signature(text, cast):
            info.setdefault("signed", text)
            continue
        if in_attendee_section and b.kind != "row" and _claims_something(text):
            # minutes that go straight on from the attendee table with no heading: a sentence that
            # reports something is the minutes, not another attendee (dropping it lost whole minutes)
            in_attendee_section, past_attendees = False, True
        # ("Date of conference: ..." above the attendee list is the heading of the minutes, even after
        # a title line long enough to be read as a claim)
        above_attendees = bool(cast.attendees) and not past_attendees
        if META_KEYS.match(text) and (not seen_content or in_attendee_section or above_attendees
                                      or SIGN_OFF.match(text)):
            key, _, value = text.partition(":")
            info[key.strip().lower()] = value.strip()
            past_attendees = past_attendees or bool(ATTENDEE_HEADINGS.match(key.strip()))
            continue
        if SIGN_OFF.match(text) or _RECORD_NOTE.match(text) or _MINUTED_BY.match(text) or in_attendee_section:
            continue
        # "Police", "[Ann Lee]:", "Ms Fenwick (mother)": a name standing alone credits what follows it
        # (above the first claim only in a form no title line takes: "Name:" or "[Name]").
        standing = _standalone_label(text, cast) if seen_content or text.endswith(":") or text.startswith("[") \
            else None
        if standing is not None:
            label = _Label(standing, b)
            continue
        if b.kind == "paragraph" and seen_content and (_bare_heading(text) or _agency_heading(text, cast)):
            # "Education", "Next Steps": a heading set as plain text, no claim; and "Education:
            # Hillside Primary", an area and its service, heading that worker's part (not "Key:
            # value", which claims)
            section = text
            sections.append(section)
            section_speaker = _heading_speaker(text, cast)
            label = None
            continue
        # Title lines: the few short lines above the first claim. Notes made only of fragments have
        # no full stop anywhere, so after a handful the fragments are claims.
        title_lines = sum(1 for k in info if k == "title" or k.startswith("line "))
        if (not seen_content and b.kind != "item" and len(text) < 90 and not text.endswith((".", "?", "!"))
                and not b.lead and title_lines < MAX_TITLE_LINES and not past_attendees):
            info.setdefault("title" if "title" not in info else f"line {len(info)}", text)  # title lines
            continue
        seen_content = True
        speaker = label.speaker if label is not None else section_speaker
        speaker_kind = "label" if label is not None else "heading"
        # "SW: The home was clean." or a bold run-in "Police Seen twice": the run-in credits the
        # statement, which keeps its words as the minutes give them.
        lead = b.lead if b.lead and text.startswith(b.lead) else ""
        # ("[SW] The home was clean." or "The home was clean. (SW)": a tag in brackets)
        run_in = _LABEL.match(text) or _TAG.match(text) or _CAPS_LABEL.match(text)
        named = (cast.resolve(lead.rstrip(" :"), people_only=True) if lead else None) or \
            (_run_in_speaker(run_in.group("label"), cast) if run_in else None) or _tagged(text, cast)
        if named:
            _add(statements, text, section, b.where, cast, named, "text", b)
        else:
            # (whom the last paragraph of this section credited in its own words: "She" may open the
            # next, "Mrs Lee accepted that ... / She said she had not known ...")
            last = statements[-1] if statements else None
            carried = last if last is not None and last.section == section and last.credited_by == "text" \
                and last.speakers and b.kind in ("paragraph", "item") and label is None else None
            _add(statements, text, section, b.where, cast, speaker, speaker_kind, b, carried)

    for i, s in enumerate(statements):
        s.index = i
    minutes = Minutes(source, attendees, sections, statements, info)
    agenda = looks_like_agenda(blocks)
    if agenda:
        minutes.notices.append(agenda)
    return minutes


MAX_TITLE_LINES = 6  # council, service, meeting, child ...: more is the notes themselves


HEADER_CLAIMS = re.compile(
    r"^(?P<key>child(?:ren)?(?:'s name)?|young (?:person|people)|subject|unborn(?: baby| child)?|apologies(?: received)?|"
    r"apologies (?:from|for absence)|invited but not (?:present|attending|in attendance)|not (?:present|in attendance)|"
    r"absent|category(?: of (?:harm|abuse|concern))?|categor(?:y|ies) of plan|"
    r"reasons?\s+for\s+(?:th(?:e|is)\s+)?(?:conference|meeting))\s*:\s*(?P<value>\S.*)$", re.I)
ABSENT_HEADINGS = re.compile(r"^(apologies|invited but not (?:present|attending)|not present|absent|"
                             r"those invited but not present)\b", re.I)


def _header_kind(key: str) -> str:
    k = key.lower()
    if k.startswith(("apolog", "invited", "not ", "absent")):
        return "absent"
    if k.startswith("categor"):
        return "category"
    if k.startswith("reason"):
        return "reason"
    return "child"


def _add_header(out: list[Statement], text: str, kind: str, section: str, b: Block) -> None:
    out.append(Statement(text, section, None, b.where, None, [], header=kind, page=b.page, confidence=b.confidence))


def _absent_row(out: list[Statement], b: Block, tables_header: dict[int, list[str]], section: str) -> None:
    """A row of the attendance table whose own cells say the person was not there ("Apologies",
    "Invited, not present") is a header claim: checked against who spoke."""
    if b.header:
        return
    cells = [c for c in b.cells if c]
    if any(re.search(r"\b(apologies|not present|did not attend|absent|unable to attend|not in attendance)\b", c, re.I)
           for c in cells[1:]):
        _add_header(out, ", ".join(cells), "absent", section, b)


@dataclass
class _Label:
    """A name or agency on a line of its own, crediting the list items under it."""
    speaker: str
    block: Block
    deeper: bool | None = None  # whether its items are nested under it (decided by the first)

    def covers(self, b: Block) -> bool:
        if b.kind in ("heading", "row"):
            return False
        if b.kind != "item":  # a label on a line of its own covers the paragraphs under it, not an item's
            return self.block.kind != "item"
        if self.block.kind != "item":
            return True
        if self.deeper is None:
            self.deeper = b.level > self.block.level
        return b.level > self.block.level if self.deeper else b.level == self.block.level


_LIST_HEADING = re.compile(r"(?:attendees|present|in attendance|attendance|those present|apologies(?: received)?|"
                           r"invited but not (?:present|attending)|not present|absent|those invited but not present)",
                           re.I)
_NAME_LINE = re.compile(rf"^{TITLE_PATTERN}?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+\s*(?:[,(–]|-\s)")
_PAGE_LINE = re.compile(r"^page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_BRACKETED = re.compile(r"^\[(?P<name>[^\]]{2,60})\]\s*:?$")


def _standalone_label(text: str, cast: Cast) -> str | None:
    """'Police', '[Ann Lee]:', 'Ms Fenwick (mother)', 'Youth Justice Service (Kim Hart)': a name or
    agency standing alone, with nothing said, credits the items below it. None for anything else."""
    if len(text) > 80 or text.endswith((".", "?", "!", ";", ",")) or len(text.split()) > 10:
        return None
    bracketed = _BRACKETED.match(text)
    if bracketed:
        name = bracketed.group("name").strip()
        return cast.resolve(name, people_only=True) or name
    name = text[:-1].strip() if text.endswith(":") else text
    if not _name_shaped(name):
        return None
    if ":" in name:
        # "Police: Child Exploitation Team (PC Kay)": the agency and its team, still only a label
        head, _, tail = name.partition(":")
        if not re.search(r"\(([^)]*)\)$", tail.strip()):
            return None
    hit = cast.resolve(name, people_only=True)
    if hit:
        return hit
    if text.endswith(":") and _looks_like_full_name(name) and not cast.attendees:
        return name
    return None


_CONNECTIVES = {"and", "of", "the", "for", "&", "-", "–", "in", "on", "at", "to"}


def _name_shaped(text: str) -> bool:
    """Every word capitalised but the small joining words, brackets aside: 'Youth Justice Service
    (Kim Hart, case worker)', not 'School alright, though ...'."""
    words = re.sub(r"\([^)]*\)", " ", text).replace(":", " ").split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTIVES
                                                          for w in words)


def _bare_heading(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and _name_shaped(text) and not re.search(r"[\d.,;:!?()\[\]£$%]", text) \
        and not re.search(r"\b(?:None|Nil|No|Yes|Agreed|Approved|Noted|Declined)\b", text)  # "Apologies None" says something


def _heading_speaker(heading: str, cast: Cast) -> str | None:
    """Whose part a heading heads: the person or agency it names. A heading of topics joined by "and"
    ("Pregnancy and health", "Home, money and police information") names a subject, not a speaker,
    unless every topic in it is someone there ("Police and Social Care")."""
    told = _WHAT_THEY_TOLD.match(heading)
    if told:  # "What Tyler told us", "What the police told us": the one who told
        heading = told.group("who")
    views = _VIEWS_OF.match(heading)
    if views:  # ("Mother's views", "Views of Mrs Lee": the part of the one whose views they are, if there)
        whose = views.group("who") or views.group("of")
        owner = cast.resolve(whose, people_only=True)
        # (one person's: "Mother's and Father's views", "Views of Mum and Dad" are nobody's alone)
        if owner is not None and cast.by_label(owner) is not None and not _SEVERAL.search(whose):
            return owner
    parts = [p for p in re.split(r",\s*|\s+and\s+|\s+&\s+", heading) if p.strip()]
    if len(parts) >= 2 and any(cast.resolve(p, people_only=True) is None for p in parts):
        return None
    return cast.resolve(heading, people_only=True)


# "Mother's views", "Josh's wishes and feelings", "Views of Mrs Lee": whose they are
_VIEWS_OF = re.compile(r"^(?:(?P<who>[^,:]{2,60}?)(?:'s|’s)\s+(?:views?|wishes(?:\s+and\s+feelings)?|feelings|comments|"
                       r"contribution|update|account)|(?:views?|wishes and feelings)\s+of\s+(?P<of>[^,:]{2,60}?))"
                       r"(?:\s+(?:on|about|regarding)\b.*)?$", re.I)
_SEVERAL = re.compile(r"\s+(?:and|&)\s+|,")
_WHAT_THEY_TOLD = re.compile(r"^(?:what|how)\s+(?P<who>(?!you\b|we\b)[\w'’ ()-]{2,60}?)\s+(?:told|said to|shared with)"
                             r"\s+(?:us|the conference)\s*:?$", re.I)


def _agency_heading(text: str, cast: Cast) -> bool:
    """'Education: Hillside Primary School', 'Health: School Nursing': an area, a colon and a
    service that names someone who was there, every word capitalised."""
    head, colon, tail = text.partition(":")
    return bool(colon) and bool(tail.strip()) and len(head.split()) <= 3 and len(text.split()) <= 10 \
        and not text.endswith((".", "?", "!", ";", ",")) and _name_shaped(head) and _name_shaped(tail.strip()) \
        and cast.resolve(tail.strip(), people_only=True) is not None  # (not "GP: Child Protection Plan")


def _claims_something(text: str) -> bool:
    """Is this a sentence of the minutes (six words or more, ending as a sentence does, with a verb
    minutes report by), not an attendee's line ("Jane Smith, Social Worker, Anytown Council")?"""
    tagged = _TAG.match(text)
    rest = tagged.group("rest") if tagged else text
    return len(rest.split()) >= 6 and rest.rstrip().endswith((".", "!", "?")) and bool(_MINUTED.search(rest))


def _tagged(text: str, cast: Cast) -> str | None:
    """Whom a tag closing the text names: "The home was clean. (SW)", "Dad has a car (Aunt)."."""
    end = _END_TAG.search(text)
    return _run_in_speaker(end.group("label") or end.group("inner"), cast) if end else None


def _run_in_speaker(label: str, cast: Cast) -> str | None:
    """'SW' in 'SW: The home was clean', 'Police' in 'Police: remain' (not 'Purpose' in 'Purpose: to ...')."""
    if len(label.split()) > 5:
        return None
    framed = credited(label, cast)  # "M said: 'I did it on my own.'": the label is itself who said it
    return framed[0] if framed else cast.resolve(label, people_only=True)


_AGENDA_LINE = re.compile(r"^(?:draft\s+|meeting\s+)?agenda\b(?!\s+item)", re.I)
_AGENDA_ITEM = re.compile(r"^to (?:receive|approve|consider|note|discuss|agree|register|resolve|review|decide|"
                          r"confirm|ratify|elect|appoint)\b", re.I)
_MINUTED = re.compile(r"\b(reported|said|agreed|resolved|noted|stated|confirmed|explained|was|were|attended|"
                      r"apologised|decided|raised)\b", re.I)


def looks_like_agenda(blocks: list[Block]) -> str | None:
    """An agenda (what a meeting will discuss), sent in place of the minutes (what it said): a line
    saying "Agenda" near the top and no "Minutes", or mostly "To receive ..." items with nothing
    reported. The user is told; comparing an agenda with the recording would flag every line."""
    texts = [strip_glyph(NUMBERING.sub("", b.text)) for b in blocks if b.kind != "row"] + \
        [c for b in blocks if b.kind == "row" for c in b.cells if c]
    if not texts:
        return None
    top = [t for t in texts[:8]]
    titled = any(len(t) <= 60 and _AGENDA_LINE.match(t) for t in top) or \
        any(re.search(r"\bagenda\b", t, re.I) and len(t) < 120 and not re.search(r"\bagenda item", t, re.I)
            for t in top[:3])
    minuted_title = any(re.search(r"\bminutes\b", t, re.I) and not _AGENDA_ITEM.match(t)
                        and not re.search(r"minutes of (?:the )?(?:last|previous)", t, re.I) for t in top)
    to_items = sum(1 for t in texts if _AGENDA_ITEM.match(t))
    reported = sum(1 for t in texts if _MINUTED.search(t))
    if (titled and not minuted_title and reported <= len(texts) // 3) or \
            (to_items >= 3 and to_items >= 0.3 * len(texts) and reported <= to_items // 2):
        return ("This document looks like an agenda (the list of what a meeting will discuss), not the minutes "
                "of what was said. Comparing it with the recording would mark most lines as not said: ask the "
                "council for the minutes and import those.")
    return None


def _add(out: list[Statement], text: str, section: str, where: str, cast: Cast,
         fallback: str | None, fallback_kind: str, block: Block | None = None,
         carried: Statement | None = None) -> None:
    """The statements of one paragraph (or cell), each credited to whom its words, the one before it
    or the heading give. `carried`: the paragraph before's last statement, whom it credited for a
    pronoun opening this one (its title may give their sex: "Mr Rowan said ...")."""
    previous: list[str] = []
    previous_how = "text"
    addressee = None  # whom the minutes last spoke to ("Joanne, you told us ..."), in this paragraph
    subject = None  # the attendee the last sentence was about, by its first words ("Mr Lee had ...")
    owner = None  # whose account the paragraph gives, as far as it has gone (Statement.paragraph_of)
    for k, sentence in enumerate(split_sentences(text), start=1):
        if len(sentence) < 3 or _RECORD_NOTE.match(sentence):
            continue
        # (who a sentence credits is read after a run-in label that names nobody: "Parents' response:
        # Mr Lee said ..."; a label that names someone, "School nurse: Amy has told her ...", credits)
        run_in = (_LABEL.match(sentence) or _CAPS_LABEL.match(sentence)) if k == 1 else None
        if run_in and _run_in_speaker(run_in.group("label"), cast):
            run_in = None
        said = run_in.group("rest") if run_in else sentence
        speakers = credited(said, cast)
        framed = bool(speakers)  # (its own words credit someone: "Mother had told her ...")
        how = None
        main, said_by = frame(said) if speakers else (said, None)
        if speakers:
            # "The Social Worker will visit ..." / "Mr Walsh to attend ...": an action assigned to
            # someone, not words credited to them.
            spoken_to = None if said_by else _VOCATIVE.match(main)
            verb = (said_by or spoken_to).group("verb").strip()
            how = "action" if verb in ("will", "to") else "text"
            addressee = speakers[0] if spoken_to else addressee
        # (the one whose account this is: the heading's, or else the one the last sentence credited)
        reporter = fallback or (previous[0] if previous else None)
        told = _told_the_reporter(main, said_by) if speakers and reporter and reporter not in speakers else ""
        told_them = bool(told) and not _other_sex({"her": "she", "him": "he"}[told], reporter, cast)
        if told_them:
            # "Mother had told her that she had not drunk": "her" is whoever the heading gives, who
            # reports it in the meeting (first, as a named recipient is), and who "She said ..." is next
            speakers = [reporter] + speakers
        if speakers and how == "text" and fallback and fallback_kind in ("table", "heading") \
                and fallback not in speakers and THE_CHILD.match(speakers[0]) and not THE_CHILD.match(fallback):
            # "Tia describes Kai as her boyfriend", in her youth worker's row: what the child tells
            # their worker is given by the worker, whose row it is, as well as by the child
            speakers = speakers + [fallback]
        tagged = _tagged(sentence, cast) if not speakers else None
        if tagged:  # "... two bruises [Nursery]. ... [GP].": each sentence is its own tag's
            speakers, how = [tagged], "text"
        elif not speakers and addressee and _YOU.match(said):
            speakers, how = [addressee], "text"  # "Joanne, you told us ... You said ...": Joanne again
        pronoun = _PRONOUN.match(said)
        # ("Mr Lee had been open about his drinking. He had, however, refused the drop-in": "he" may
        # be Mr Lee, whom the last sentence was about, as well as whoever was last credited with
        # words: neither is sure, so the pronoun takes neither's own words; "she" is not Mr Lee)
        unsure = bool(pronoun and previous and subject not in (None, *previous)
                      and not _other_sex(pronoun.group(1), subject, cast))
        one = _the_one(pronoun.group(1), previous, cast) if pronoun and not speakers else None
        if not speakers and pronoun and previous and not unsure and one is not None:
            # (the one the last sentence credited, as it credited them: "Ms Lee will visit weekly. She
            # will also book the core group" is a second action of hers; "Mother said ... He said
            # this was her choice": "he" is not the mother, but whoever the heading gives; "Ms Lee
            # and Mr Lee said ... She said": Ms Lee)
            speakers, how = one, previous_how
        elif k == 1 and not speakers and pronoun and carried and not fallback \
                and (sure := _known_sex(pronoun.group(1), carried.speakers, cast, carried.text)):
            # (a paragraph opening "She said ..." after one that credited Ms Lee in its own words, where
            # no heading gives the part and the pronoun is surely hers: "Ms Lee accepted that ... / She
            # said she had not known ...")
            speakers, how = [sure], "text"
        elif not speakers and fallback and not (unsure and fallback not in previous):
            # (unsure whom "he" is, the heading's account only where the heading is the one giving it)
            speakers, how = [fallback], fallback_kind
        if how in ("text", "action"):
            previous, previous_how = (speakers[:1] if told_them else speakers), how
        if not pronoun:
            subject = None if framed else _subject_of(said, cast)
        if k == 1 and not speakers:
            # ("Dr Lee examined him on Monday and found ...": an account opened by its giver, as its subject)
            owner = _subject_of(said, cast, _OPENER)
        elif how == "action" or (not speakers and not pronoun and frame(said)[1] is not None):
            # ("Ms Lee to visit weekly. The flat is cold.": an action is no account; "Professionals
            # noted ...", "The conference heard ...": the paragraph is nobody's from there on)
            owner = None
        elif how == "text" and not tagged:  # ("... on 9 March (SW).": a tag is its own sentence's)
            owner = speakers[0]
        # (only a sentence that names nobody: "The police have no record" or "You said" say whose)
        # ("She" may be anyone; "His weight ..." is most often the child's)
        subject_pronoun = bool(pronoun and pronoun.group(1) in ("She", "He", "They"))
        paragraph_of = owner if not speakers and not subject_pronoun and not _names_anyone(said, cast) else None
        out.append(Statement(sentence, section, speakers[0] if speakers else None,
                             f"{where}, sentence {k}", how, speakers,
                             page=block.page if block else None, confidence=block.confidence if block else None,
                             unsure=[w for w in (block.unsure if block else []) if w in sentence],
                             paragraph_of=paragraph_of))


def _names_anyone(sentence: str, cast: Cast) -> bool:
    """Does the sentence speak of an attendee, by name, initials or role ("Mr Lee", "KL", "the
    police", "Mum"), or to one ("you")? (A child's name, a place or a service names nobody here.)"""
    # (an agency as the subject, "The police have no record", not as a place, "brushes at nursery")
    if re.search(r"\byou\b", sentence, re.I) or cast.by_role_within(sentence) is not None \
            or cast.by_agency(" ".join(sentence.split()[:3])) is not None:
        return True
    return any(cast.by_label(cast.resolve(m, people_only=True)) is not None for m in _MENTION.findall(sentence))


# A name to open a paragraph's account, with any bracket after it, before any verb: "Dr Lee
# (Paediatrics) examined ...", "HV (SR) saw ..."
_OPENER = re.compile(rf"^((?:[Tt]he\s+)?{TITLE_PATTERN}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s*\([^)]*\))?)"
                     r"\s+(?:\w+ly\s+)?[a-z]+\b")


# A capitalised word or run of them, or initials: who a sentence may speak of ("Mrs Dawson", "KL")
_MENTION = re.compile(rf"{TITLE_PATTERN}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _subject_of(sentence: str, cast: Cast, opening: re.Pattern | None = None) -> str | None:
    """The attendee a sentence opens with, as its subject ("Mr Lee had been open ...", "Mum has
    ..."), or None when it opens with anything else, or with someone who was not at the meeting
    ("The GP had increased her dose. He said ...": the one giving this account goes on).
    `opening`: the name and what follows it (_OPENING_NAME, before an auxiliary or a past tense)."""
    m = (opening or _OPENING_NAME).match(frame(sentence)[0])
    label = cast.resolve(m.group(1), people_only=True) if m else None
    return label if cast.by_label(label) is not None else None


# A name or a role to open a sentence, before its verb: "Mr Lee had", "Mum has", "The Health Visitor is"
_OPENING_NAME = re.compile(rf"^((?:[Tt]he\s+)?{TITLE_PATTERN}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})"
                           r"\s+(?:had|has|have|is|was|were|are|would|will|did|does|do|\w+ed)\b")


def _told_the_reporter(main: str, m: re.Match | None) -> str:
    """In "X (had) told her / him ...", what X told the one whose account this is: that pronoun
    ("her" or "him"), else "". (`main`, `m`: the sentence's main clause and frame, from frame().)"""
    if not (m and re.fullmatch(r"(?:has |had )?told", m.group("verb").strip())):
        return ""
    to = re.match(r"\s*(her|him)(?:\s+(?:at the time|then|later|afterwards|on (?:that|the) (?:day|visit)))?"
                  r"(?:\s+(?:that|about|how|what|she|he|they|it|there|this)\b|\s*,)", main[m.end():])
    return to.group(1) if to else ""  # (not "told her daughter", "told him off")


_SEX = {"he": "m", "she": "f"}  # (what a pronoun says of whom it stands for, as Attendee.gender writes it)


def _the_one(pronoun: str, labels: list[str], cast: Cast) -> list[str] | None:
    """Whom of those credited before a pronoun stands for: all of them for "They", "Her"/"His"
    (whose: any of them); for "She"/"He" the one whose sex does not rule them out, if one only."""
    if pronoun.lower() not in ("she", "he"):
        return labels
    fits = [x for x in labels if not _other_sex(pronoun, x, cast)]
    return fits if len(fits) == 1 else None


def _known_sex(pronoun: str, labels: list[str], cast: Cast, named_in: str = "") -> str | None:
    """The one of these a "she" or "he" surely is: one only, whose sex the roster gives and fits (or,
    where the roster does not say, the title `named_in` gives them: "Mr Rowan said ...")."""
    want = _SEX.get(pronoun.lower())
    if not want or len(labels) != 1:
        return None
    who = cast.by_label(labels[0])
    if who is None:
        return None
    return labels[0] if (who.gender or _titled_sex(who, named_in)) == want else None


def _titled_sex(who: Attendee, text: str) -> str | None:
    """The sex the title before this attendee's surname says, opening a text ("Mr Rowan said ...")."""
    surname = who.surname
    # (the title that opens the text, where its credit stands: not "Josh said Ms Locke ...")
    m = re.match(rf"\W*({'|'.join(TITLE_SEX)})\.? (?:[A-Z][\w'’-]+ )?{re.escape(surname)}\b", text) if surname else None
    return None if m is None else TITLE_SEX[m.group(1)]


def _other_sex(pronoun: str, label: str, cast: Cast) -> bool:
    """Does "he" or "she" rule out the attendee with this label (a role or title that says the
    other sex: "Mother", "Mr Hale")? A possessive says nothing: "His attendance ..." is usually the
    child's."""
    want = _SEX.get(pronoun.lower())
    who = cast.by_label(label)
    return bool(want and who is not None and who.gender is not None and who.gender != want)


# "When the Chair asked what she would like to say, Mum replied that ...": the clause before the
# comma sets the scene; who speaks is the subject after it
_OPENING_CLAUSE = re.compile(r"^(?:When|After|Once|As|While|Asked|On being asked)\b[^,]{3,160},\s+(?=[A-Z])")


# "Mr Frayne, Designated Safeguarding Lead, said that ...": the role between commas says who he is;
# the frame is "Mr Frayne said"
# (not a list of names: "Mr Haddad, Ms Moss, and PC Pike all said")
_APPOSITIVE = re.compile(rf"^({TITLE_PATTERN}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?!{TITLE_PATTERN})"
                         r"(?:the )?[\w'’ -]{2,60}?, (?=[a-z])(?!and |or )")


@lru_cache(maxsize=20000)  # (a statement's clauses are framed again by check after check; a match is read-only)
def frame(sentence: str) -> tuple[str, re.Match | None]:
    """The sentence from its main clause on, and its "Who said" frame there, if any. (A sentence in
    brackets, "(The interpreter clarified that ...)", is read inside them.)"""
    if sentence.startswith("(") and sentence.rstrip().endswith(")"):
        sentence = sentence.strip()[1:-1]
    opening = _OPENING_CLAUSE.match(sentence)
    main = sentence[opening.end():] if opening else sentence
    main = _APPOSITIVE.sub(r"\1 ", main)
    return main, _SUBJECT.match(main)


@lru_cache(maxsize=20000)  # (as frame)
def reported(sentence: str) -> str:
    """What a sentence reports, without who reported it: 'The Health Visitor confirmed that the flat
    was warm' -> 'the flat was warm'. The sentence itself when it has no such frame, or when too
    little would be left."""
    sentence, m = frame(sentence)
    if not m:
        return sentence
    rest = re.sub(r"^[\s,:]*(?:that\s+)?", "", sentence[m.end():])
    return rest if len(rest.split()) >= 3 else sentence


def credited(sentence: str, cast: Cast) -> list[str]:
    """Who a sentence says is speaking: 'The Health Visitor reported that ...' -> [Health Visitor]."""
    sentence, m = frame(sentence)
    # "She said ..." names nobody; "Her advocate said ..." names whose advocate, and the advocate speaks
    if _PRONOUN.match(sentence) and not (m and _OWNER.match(m.group("who"))):
        return []
    spoken_to = _VOCATIVE.match(sentence)
    if spoken_to:  # "Joanne, you told us ...": the one spoken to
        who = cast.resolve(spoken_to.group("who"), people_only=True)
        return [who] if who else []
    if not m or _AUXILIARY.fullmatch(m.group("who")):
        return []  # ("Has told Connor he can leave home": a note with no subject; "Has" is nobody)
    heard_by = _told(m, sentence, cast)
    who = m.group("who")
    if _OWNER.match(who):
        who = "the " + who.split(None, 1)[1]  # ("her advocate": the advocate)
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+", who)
    if len(parts) == 2 and "," in who and not re.search(r"\band\b|&", who):
        parts = parts[1:]  # "Shannon, Bethany told us ...": the first name is who is spoken to, not a teller
    out = []
    rest = sentence[m.end():]
    for p in parts:
        # ("Both parents said ...": each parent who attended)
        labels = cast.parents() if _PARENTS.fullmatch(p.strip()) else [cast.resolve(p, people_only=True)]
        labels = [_the_other_of_that_name(x, p, rest, cast) for x in labels]
        out += [x for x in labels if x and x not in out]
    # (the one who was told comes first: they said it in the meeting; the teller is named too)
    return [heard_by] + [x for x in out if x != heard_by] if heard_by else out


_PARENTS = re.compile(r"(?:the|both|both the)\s+parents", re.I)


def _the_other_of_that_name(label: str | None, mention: str, rest: str, cast: Cast) -> str | None:
    """"Mrs Marsh will go with Kayleigh to the group", where Kayleigh Marsh and her mother Denise
    Marsh both attended: a surname shared by two, whose one the sentence goes on to name by first
    name, is the other."""
    words = mention.split()
    if label is None or len(words) != 2 or words[0].rstrip(".") not in TITLES:
        return label
    named = cast.by_label(label)
    if named is None or not named.first_name or not re.search(rf"\b{re.escape(named.first_name)}\b", rest):
        return label
    others = [a for a in cast.attendees if a is not named and a.surname == named.surname]
    return others[0].label if len(others) == 1 else label


_AUXILIARY = re.compile(r"(?:has|have|had|is|was|were|are|will|would|does|did|do|can|could|should|may|might)", re.I)
_RECIPIENT = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
# ("Mr Lee told probation that ...", "told the social worker about ...": an agency or role in lower case)
_RECIPIENT_IN_LOWER_CASE = re.compile(r"\s*(?!(?:his|her|their|my|our|your)\b)((?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
                                      r"\s+(?:that|about|how)\b")  # ("told his mother" is his mother, not ours)


def _told(m: re.Match, sentence: str, cast: Cast) -> str | None:
    """'TR told CF about ...', 'Ms Harris has told the Health Visitor that ...': what someone told an
    attendee before the meeting, which that attendee reports in it, so theirs are the words the
    minutes carry, first among those credited. None when the chair or the conference is told, or the
    chair tells (then it was said there)."""
    if not re.fullmatch(r"(?:has |had )?told", m.group("verb").strip()):
        return None
    to = _RECIPIENT.match(sentence[m.end():])
    label = cast.resolve(to.group(1), people_only=True) if to else None
    if to is None and (to := _RECIPIENT_IN_LOWER_CASE.match(sentence[m.end():])):
        # (an attendee's role or agency only: "told his teacher" names no one who was there)
        found = cast.by_label(cast.resolve(to.group(1), people_only=True))
        label = found.label if found else None
    if label is None or "chair" in label.lower() or re.search(r"\b(?:conference|meeting)\b", to.group(1), re.I):
        return None
    teller = cast.resolve(m.group("who"), people_only=True)
    if teller and "chair" in teller.lower():
        return None  # the chair tells people things in the meeting ("MO told TR she could have a break")
    return label


_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,4}\)\s*$")


# One attendee a line under "Attendees" or "Present": "Kerry Hale, Independent Chair", "Dr Ann Lee –
# Community Paediatrician", "Ann Lee (Health Visitor)", or with the initials the minutes will use
# first ("KH – Kerry Hale, Chair", "KH: Kerry Hale (Chair)")
_ATTENDEE_LINE = re.compile(rf"^(?:(?!{TITLE_PATTERN})[A-Z]{{1,4}}\s*(?:[-–:]|\s)\s*)?(?P<name>{TITLE_PATTERN}?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}})"
                            r"(?:,\s*|\s+[-–]\s+|\s*(?=\())(?P<role>[^.;:!?]{2,80}?)\.?$")


def _as_list_heading(b: Block) -> Block:
    """A block, with "Present" or "Apologies" on a line of its own, however set, as a heading."""
    if b.kind == "paragraph" and len(b.text) < 40 and _LIST_HEADING.fullmatch(b.text.strip(" :")):
        return Block("heading", b.text.strip(" :"), b.where, page=b.page)
    return b


def _who_it_lists(heading: str) -> tuple[bool, bool]:
    """Does a heading (its number taken off) head the list of who was there, or of who was not?"""
    absent = bool(ABSENT_HEADINGS.match(heading))
    return bool(ATTENDEE_HEADINGS.match(heading)) and not absent, absent


def _listed_attendees(text: str) -> list[Attendee]:
    """The attendees a line of the list of who was there names: one ("Kerry Hale, Chair"), or
    several in brackets ("Ann Lee (HV), Bob Carr (GP)"); none for a line that is anything else."""
    m = _ATTENDEE_LINE.match(strip_glyph(text).strip())
    if not m:
        return []
    role = m.group("role").strip()
    if role.startswith("("):  # "Ann Lee (Health Visitor)", and any more like it on the line
        return parse_present_line(m.group("name") + " " + role) if role.endswith(")") else []
    return parse_present_line(f"{m.group('name')} ({role})")


def _attendees(blocks: list[Block]) -> list[Attendee]:
    out: list[Attendee] = []
    header_tables = {b.table: b.cells for b in blocks if b.kind == "row" and b.header and _is_attendee_header(b.cells)}
    listing = False  # under "Attendees" or "Present": a name a line
    for b in blocks:
        b = _as_list_heading(b)
        if b.kind == "heading":
            listing = _who_it_lists(_unnumber(b.text))[0]
            continue
        if listing and b.kind in ("paragraph", "item"):
            listed = _listed_attendees(b.text)
            out += [a for a in listed if all(a.name != x.name for x in out)]
            if listed:
                continue
            listing = False  # the notes have begun
        if b.kind == "row" and b.table in header_tables and not b.header and b.cells and b.cells[0]:
            head = [h.lower() for h in header_tables[b.table]]
            name_col = next((i for i, h in enumerate(head) if h.startswith(("name", "attendee"))), 0)
            # an initials column ('TR', or 'M' for the mother) says how the minutes will name them,
            # not their role
            role = ", ".join(c for i, c in enumerate(b.cells)
                             if i != name_col and c and not re.fullmatch(r"[A-Z]{2,4}", c.strip())
                             and not head[i:i + 1] == ["initials"])
            # "Sunita Gill (SG)": the initials the minutes will use, not part of her name
            out.append(Attendee(_INITIALS_AFTER.sub("", b.cells[name_col]), role))
        elif b.kind in ("paragraph", "item") and re.match(r"^(present|attendees|in attendance)\s*:", b.text, re.I):
            out += parse_present_line(b.text.split(":", 1)[1])
    return out


def _is_attendee_header(cells: list[str]) -> bool:
    """'Name | Role', 'Attendee | Agency' (after an 'Initials' column, or not): who was there. Not
    'Name | Agency | View | Reason': each person's vote, a claim about the meeting like any other
    table's row."""
    lowered = [c.lower().strip() for c in cells]
    if lowered[:1] == ["initials"]:  # 'Initials | Name | Role': the short names first
        lowered = lowered[1:]
    return bool(lowered) and lowered[0] in ("name", "attendee", "attendees", "present") and len(lowered) >= 2 and \
        any(c.startswith(("role", "agency", "organisation", "organization", "designation", "title", "position"))
            for c in lowered[1:]) and not any(c.startswith(_VIEW_COLUMNS) for c in lowered[1:])


_VIEW_COLUMNS = ("view", "recommend", "reason", "vote", "decision", "comment", "what they said", "summary",
                 "contribution")


OWNER_COLUMN = re.compile(r"^(responsible|lead|who(?! said)|by whom|owner|person responsible|responsibility|agency "
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
