"""Import a minutes document: pick the reader for its format, build statements, and (into a
session) copy the original byte for byte beside its parsed statements."""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

from app.errorlog import log_exception
from app.errors import DamagedFileError, FairMinutesError, printable
from app.minutes import zip_guard
from app.minutes.email_reader import friendly_date, looks_like_email, msg_message, read_eml
from app.minutes.odt_reader import read_odt
from app.minutes.statements import Minutes, build
from app.minutes.text_reader import read_text
from app.safefile import copy_private, inside, make_private_dir, write_json_atomic

FORMATS = ".docx, .pdf, .odt, .txt or .md (or an .eml email with the minutes attached)"
# The PDF, Word and image readers are imported when a file of their kind is read: each loads its library
# (pypdfium2, python-docx, Pillow), and this module is read at the app's start, where they would add
# 0.04-0.07 s each (measured after ui.main_window, 2 busy shared cores).


def read_minutes(path: Path) -> Minutes:
    path = Path(path)
    if not path.is_file():
        raise FairMinutesError(f"There is no file at {path}.")
    if path.stat().st_size == 0:
        raise FairMinutesError(f"{path.name} is empty.")
    head = path.read_bytes()[:8]
    suffix = path.suffix.lower()
    notices: list[str] = []
    side_notes: dict = {}
    try:
        if head.startswith(b"%PDF"):
            from app.minutes.pdf_reader import read_pdf

            blocks = read_pdf(path)
        elif head.startswith(b"PK"):
            blocks = _read_zip_document(path, notices, side_notes)
        elif _is_image(head) or suffix in (".heic", ".heif"):
            blocks = _read_image(path)
        elif suffix == ".msg" and head.startswith(b"\xd0\xcf\x11\xe0"):
            raise FairMinutesError(msg_message(path))
        elif suffix == ".eml" or (suffix not in (".txt", ".md") and _is_email(path)):
            return _read_email(path)
        elif head.startswith(b"\xd0\xcf\x11\xe0"):
            raise FairMinutesError(
                f"{path.name} is an old-style Word document (.doc). Open it in Word or LibreOffice and "
                "save it as .docx or PDF, then import that.")
        elif suffix in (".txt", ".md", ".markdown", ".text", "") or _is_text(path):
            blocks = read_text(path)
        else:
            raise FairMinutesError(f"{path.name} is not a document FairMinutes can read. Use {FORMATS}.")
    except FairMinutesError:
        raise
    except Exception as e:
        said = " ".join(str(e).split())[:200].rstrip(".")
        where = log_exception(e, f"reading the minutes {printable(path)}")  # the traceback is kept
        raise FairMinutesError(f"{printable(path.name)} could not be read{f' ({said})' if said else ''}. "
                               f"It may be damaged; try saving it again as {FORMATS}.{where}") from None
    scanned = sorted({b.page or 1 for b in blocks if b.confidence is not None})
    if scanned:
        pages = printable(path.name) if scanned == [1] and suffix != ".pdf" else \
            f"Page{'s' if len(scanned) > 1 else ''} {', '.join(map(str, scanned))} of {printable(path.name)}"
        notices.append(f"{pages} {'was' if len(scanned) == 1 else 'were'} read by OCR (a scan or a photo): check "
                       "the statements against the page, as a misread word can look like a discrepancy.")
    minutes = build(blocks, path.name)
    agenda = [n for n in minutes.notices if "agenda" in n]
    if agenda:
        raise FairMinutesError(f"{printable(path.name)}: {agenda[0]}")
    if not minutes.statements:
        raise FairMinutesError(f"No sentences were found in {path.name}. Is it the minutes document?")
    minutes.notices += notices
    minutes.side_notes.update(side_notes)
    return minutes


def _is_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")) or \
        (head[:4] == b"RIFF")


def _read_image(path: Path):
    """A photo or scan of the minutes saved as a picture: read by OCR, as one page."""
    if path.suffix.lower() in (".heic", ".heif"):
        raise FairMinutesError(f"{printable(path.name)} is an iPhone photo (HEIC). Open it and save or share it as "
                               "JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible), then import that.")
    from app.minutes.ocr import read_image_file
    from app.minutes.pdf_reader import layout_pages

    runs, height, tables = read_image_file(path)
    return layout_pages([runs], [tables], [height])


def _is_email(path: Path) -> bool:
    return looks_like_email(path.read_bytes()[:4096])


def _read_email(path: Path) -> Minutes:
    """The minutes attached to a saved email (or its body), with who sent it and when."""

    try:
        mail = read_eml(path)
    except FairMinutesError:
        raise
    except Exception as e:
        raise FairMinutesError(f"{printable(path.name)} could not be read as an email ({str(e)[:120]}). "
                               "Save the minutes attached to it and import them instead.") from None
    with tempfile.TemporaryDirectory() as tmp:
        inner = Path(tmp) / (mail.filename or "email-body.txt")
        inner.write_bytes(mail.content)
        minutes = read_minutes(inner)
    minutes.source = path.name
    minutes.side_notes["email"] = mail.side_note()
    what = f"the attachment {mail.filename}" if mail.filename else "the text"
    sent = f"sent {friendly_date(mail.date)}" if mail.date else "with no date"
    minutes.notices.insert(0, f"Read from {what} of the email from {mail.sender or 'an unknown sender'}, {sent}, "
                              f"“{mail.subject}”.")
    if mail.others:
        minutes.notices.append(f"Not read: {', '.join(mail.others)}.")
    return minutes


def _read_zip_document(path: Path, notices: list[str], side_notes: dict):
    zip_guard.check_archive(path)  # before any part is unpacked: a zip bomb costs nothing
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile:
        raise FairMinutesError(f"{path.name} is damaged (an incomplete Word or OpenDocument file).") from None
    if "word/document.xml" in names:
        from app.minutes.docx_reader import DocxRevisions, read_docx

        revisions = DocxRevisions()
        blocks = read_docx(path, revisions)
        notices += revisions.notices(printable(path.name))
        side_notes.update(revisions.to_json())
        return blocks
    if "content.xml" in names:
        return read_odt(path)
    raise FairMinutesError(f"{path.name} is a zip archive, not a Word or OpenDocument file.")


def _is_text(path: Path) -> bool:
    sample = path.read_bytes()[:4096]
    return b"\x00" not in sample


def import_into_session(session, path: Path) -> Minutes:
    """Copy the minutes into the session (never modified afterwards) and save their statements."""
    path = Path(path)
    minutes = read_minutes(path)  # read first: a file we cannot read is not imported at all
    make_private_dir(session.minutes_dir)
    target = session.minutes_dir / path.name
    n = 1
    while target.exists():
        target = session.minutes_dir / f"{path.stem}.{n}{path.suffix}"
        n += 1
    digest = copy_private(path, target)
    minutes.source = target.name
    write_json_atomic(session.minutes_dir / "statements.json", minutes.to_json())
    session.log_event("minutes_imported", file=target.name, sha256=digest, statements=len(minutes.statements))
    mail = minutes.side_notes.get("email")
    if mail:  # when the minutes arrived starts the time to challenge them: an event of its own
        session.log_event("minutes_emailed", file=target.name, sender=mail["from"], sent=mail["date"],
                          subject=mail["subject"], attachment=mail["attachment"])
    return minutes


def session_minutes(session) -> tuple[Minutes, Path] | None:
    """The statements of the session's imported minutes, and the original file."""
    p = session.minutes_dir / "statements.json"
    if not p.exists():
        return None
    minutes = Minutes.from_json(json.loads(p.read_text(encoding="utf-8")))
    original = session.minutes_dir / minutes.source

    if inside(session.minutes_dir, original) is None:  # '..', an absolute path, a link out: never read

        raise DamagedFileError(p, f"it names a minutes file outside the conference's folder ({minutes.source})",
                               "Nothing outside the folder was read; import the minutes again to repair it.")
    return minutes, original
