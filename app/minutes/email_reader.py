"""Minutes that arrive by email: a saved .eml (the standard library's email package reads it).

The minutes are the email's document attachment (a .docx, .pdf, .odt or text file; one named
"minutes" first), or its body when it has none. Who sent it, when and with what subject are kept:
when the minutes arrived matters for the deadlines to challenge them.

Outlook's own .msg format needs a reader of its own; the one library for it (extract-msg) is GPL,
which the app cannot ship, so a .msg gets a clear way round: save the attachment from Outlook.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path

from app.errors import FairMinutesError, printable

DOCUMENT_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".md", ".doc", ".jpg", ".jpeg", ".png")
_PICTURES = (".jpg", ".jpeg", ".png")
# A page photographed readably (800 pixels wide or more) takes well over this even as a JPEG; an
# email's logo or signature picture, sent inline by most mail programs, takes far less.
SMALLEST_PHOTO = 20_000
_PREFERENCE = {".docx": 0, ".pdf": 1, ".odt": 2, ".doc": 3, ".jpg": 4, ".jpeg": 4, ".png": 4, ".md": 5, ".txt": 5}


@dataclass
class EmailedMinutes:
    sender: str
    to: str
    date: str  # as ISO 8601 where the Date header parses, else as written
    subject: str
    filename: str  # the attachment the minutes came from, or "" for the body
    content: bytes
    others: list[str]  # other attachments, not read

    def side_note(self) -> dict:
        return {"from": self.sender, "to": self.to, "date": self.date, "subject": self.subject,
                "attachment": self.filename or None, "other_attachments": self.others}


def looks_like_email(head: bytes) -> bool:
    """An .eml starts with header lines: 'From:', 'Received:', 'MIME-Version:' ..."""
    return bool(re.match(rb"(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}", head)) and \
        bool(re.search(rb"^(from|subject|date|mime-version|received|message-id):", head, re.I | re.M))


def read_eml(path: Path) -> EmailedMinutes:
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    date = str(msg.get("date", "") or "")
    try:
        date = parsedate_to_datetime(date).isoformat() if date else ""
    except (TypeError, ValueError):
        pass
    found: list[tuple[int, str, bytes]] = []
    others: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename() or ""
        if not name or part.get_content_disposition() not in ("attachment", "inline", None):
            continue
        suffix = Path(name).suffix.lower()
        if suffix not in DOCUMENT_SUFFIXES:
            others.append(name)
            continue
        content = part.get_content()
        content = content if isinstance(content, bytes) else content.encode("utf-8")
        if suffix in _PICTURES and len(content) < SMALLEST_PHOTO:
            others.append(name)  # a logo or a signature picture, not a photo of a page
            continue
        rank = _PREFERENCE[suffix] - (10 if "minute" in name.lower() else 0)
        found.append((rank, name, content))
    found.sort(key=lambda f: f[0])
    meta = dict(sender=str(msg.get("from", "") or ""), to=str(msg.get("to", "") or ""), date=date,
                subject=str(msg.get("subject", "") or ""))
    if found:
        _, name, content = found[0]
        return EmailedMinutes(**meta, filename=Path(name).name, content=content,
                              others=others + [n for _, n, _ in found[1:]])
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    if body is not None and body.get_content_subtype() == "html":
        text = _html_to_text(text)
    if not text.strip():
        raise FairMinutesError(f"{printable(path.name)} is an email with no minutes in it: no document is attached "
                               "and its text is empty. Save the minutes from the email and import them.")
    return EmailedMinutes(**meta, filename="", content=text.encode("utf-8"), others=others)


def friendly_date(iso: str) -> str:
    """'2027-03-11T16:05:00+00:00' -> '11 March 2027 at 16:05' (as written when it does not parse)."""
    try:
        d = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d:%B %Y} at {d:%H:%M}"


def _html_to_text(html: str) -> str:
    html = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</h\d>|</tr>", "\n", html)
    html = re.sub(r"(?i)<li[^>]*>", "\n- ", html)
    html = re.sub(r"(?i)</td>", "\t", html)
    return unescape(re.sub(r"<[^>]+>", "", html))


def msg_message(path: Path) -> str:
    return (f"{printable(path.name)} is an Outlook message (.msg). FairMinutes cannot open these itself: in "
            "Outlook, open the email, save the attached minutes (File > Save Attachments) and import that file; "
            "or save the email as .eml (drag it to a folder from a mail app that offers it) and import the .eml.")
