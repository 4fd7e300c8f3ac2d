"""`fairminutes verify BUNDLE.zip`: check an evidence bundle against its manifest, file by file.

Every file named in manifest.json must be in the zip with the same SHA-256; every file in the zip
must be named in the manifest; the recording, when the bundle holds it, must also match the hash
logged in events.jsonl when it stopped; and the session files whose fingerprints the report prints
must match the report PDF in the bundle. So changing one file means changing several that were made
at different times. Whatever is wrong is said by name, one line each; a zip that cannot be read at
all (damaged, not a zip, encrypted with another passphrase) is one clear line.

What no check inside a bundle can catch: someone who changes a file AND writes a new manifest, a new
events log and a new report to match. Against that, the recipient compares the fingerprints with
those in a report received separately, or the recording's with the one the parent gives them.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2
import pyzipper

from app.errors import FairMinutesError, printable
from app.safefile import sha256_file


@dataclass
class Problem:
    name: str  # the file's name in the bundle
    what: str  # missing | changed | damaged | extra | duplicate
    detail: str

    def line(self) -> str:
        return f"{self.what.upper()}: {self.name}: {self.detail}"


@dataclass
class Verdict:
    bundle: Path
    checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    recording: list[dict] = field(default_factory=list)  # the manifest's recording entries
    recording_included: bool = False
    logged_match: bool | None = None  # recording's hash == the hash logged in events.jsonl
    logged_why: str = "stopped"  # when that hash was logged: stopped | recovered | imported
    encrypted: bool = False
    kind: str = ""  # full | email
    separate: str = ""  # a recording received apart from the bundle, checked: in words
    report_checked: str = ""  # the report PDF whose printed fingerprints were compared

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [p.line() for p in self.problems]
        what = f"{self.kind} bundle" if self.kind else "bundle"
        if self.ok:
            out.append(f"OK: all {self.checked} files in this {what} match its manifest "
                       f"({'encrypted, ' if self.encrypted else ''}SHA-256).")
        else:
            out.append(f"NOT OK: {len(self.problems)} problem{'s' if len(self.problems) != 1 else ''} in "
                       f"{self.checked} files listed; the files named above are not as they were made.")
        for r in self.recording:
            if r.get("included"):
                out.append(f"The recording itself is included ({r.get('name')}, SHA-256 {r.get('sha256')}).")
            else:
                out.append(f"The recording itself is NOT included (the version for email); it is "
                           f"{r.get('name')} with SHA-256 {r.get('sha256')}: check the recording you were "
                           "given against it (sha256sum / certutil -hashfile FILE SHA256 / shasum -a 256).")
        if not self.recording:
            out.append("This bundle names no recording.")
        if self.separate:
            out.append(self.separate)
        if self.report_checked:
            out.append(f"The fingerprints printed in the report ({self.report_checked}) were compared too.")
        when = {"recovered": "was recovered", "imported": "was brought in"}.get(self.logged_why, "stopped")
        if self.logged_match is True:
            out.append(f"The recording's hash matches the one logged in events.jsonl when it {when}.")
        elif self.logged_match is False:
            out.append(f"The recording's hash does NOT match the one logged in events.jsonl when it {when}.")
        return out


def read_passphrase(path: Path) -> str:
    """The first line of a file, without its line ending (the file is only read, never written)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise FairMinutesError(f"Could not read the passphrase file {printable(path)} ({e.strerror or e}).") from None
    text = raw.decode("utf-8", errors="replace").splitlines()
    passphrase = text[0] if text else ""
    if not passphrase:
        raise FairMinutesError(f"The passphrase file {printable(path)} is empty: put the passphrase on its first line.")
    return passphrase


def verify_bundle(bundle: Path, passphrase: str | None = None, recording: Path | None = None) -> Verdict:
    """Check a bundle. Raises FairMinutesError (one line) when it cannot be opened at all.
    `recording`: a recording received separately (with the email bundle), checked against the
    manifest's hash for it."""
    bundle = Path(bundle)
    name = printable(bundle)
    if not bundle.is_file():
        raise FairMinutesError(f"There is no file {name}. Give the path of the evidence bundle (.zip).")
    try:
        z = _open(bundle, passphrase)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise FairMinutesError(f"{name} is not a zip file that can be read ({e}); it may be damaged or "
                               "incomplete. Ask for it to be sent again.") from None
    with z:
        infos = z.infolist()
        encrypted = any(i.flag_bits & 0x1 for i in infos)
        if encrypted and passphrase is None:
            raise FairMinutesError(f"{name} is encrypted. Give its passphrase: fairminutes verify {name} "
                                   "--passphrase-file FILE (the passphrase on the file's first line).")
        listed = [i.filename for i in infos]
        if "manifest.json" not in listed:
            raise FairMinutesError(f"{name} has no manifest.json, so its files cannot be checked. It was not "
                                   "made by FairMinutes, or the manifest was removed.")
        raw = _read(z, "manifest.json", passphrase is not None)
        if isinstance(raw, Problem):
            raise FairMinutesError(f"{name}: the manifest cannot be read ({raw.detail}).")
        try:
            manifest = json.loads(raw.decode("utf-8"))
            files = manifest["files"]
            if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
                raise ValueError("'files' is not a list of names and hashes")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
            raise FairMinutesError(f"{name}: manifest.json is not a FairMinutes manifest ({e}), so the files "
                                   "cannot be checked.") from None
        v = Verdict(bundle, checked=len(files), encrypted=encrypted, kind=str(manifest.get("bundle", "")))
        named = manifest.get("recording")
        v.recording = [r for r in named if isinstance(r, dict)] if isinstance(named, list) else []
        v.recording_included = any(r.get("included") for r in v.recording)
        seen: set[str] = set()
        digests: dict[str, str] = {}
        for n in listed:
            if n in seen:
                v.problems.append(Problem(n, "duplicate", "the zip holds two files of this name"))
            seen.add(n)
        for n, digest in files.items():
            if n not in seen:
                v.problems.append(Problem(n, "missing", "listed in the manifest but not in the bundle"))
                continue
            got = _hash(z, n, passphrase is not None)
            if isinstance(got, Problem):
                v.problems.append(got)
                continue
            digests[n] = got
            if got != digest.lower():
                v.problems.append(Problem(n, "changed", "its SHA-256 is not the one in the manifest"))
        for n in listed:
            if n != "manifest.json" and n not in files and not n.endswith("/"):
                v.problems.append(Problem(n, "extra", "in the bundle but not in the manifest"))
        for r in v.recording:
            if r.get("included") and r.get("name") not in files:
                v.problems.append(Problem(str(r.get("name")), "missing",
                                          "the manifest says the recording is included, but lists no hash for it"))
        _against_report(z, v, digests, passphrase is not None)
        v.logged_match = _matches_log(z, v, files, passphrase is not None)
        if v.logged_match is False:
            v.problems.append(Problem("session/events.jsonl", "changed",
                                      "the recording's hash differs from the one logged when it was made"))
    if recording is not None:
        _check_separate(v, Path(recording))
    return v


def _check_separate(v: Verdict, recording: Path) -> None:
    """A recording sent apart from the bundle: it must be one of the files the manifest names."""
    try:
        digest = sha256_file(recording)
    except OSError as e:
        raise FairMinutesError(f"Could not read the recording {printable(recording)} ({e.strerror or e}).") from None
    known = {str(r.get("sha256", "")).lower(): str(r.get("name")) for r in v.recording}
    if digest in known:
        v.separate = f"The recording {printable(recording.name)} is {known[digest]} exactly (SHA-256 {digest})."
    else:
        v.problems.append(Problem(printable(recording.name), "changed",
                                  "this recording's SHA-256 is not the one in the bundle's manifest: it is not the "
                                  "recording the bundle was made from, or it has been changed"))


def _open(bundle: Path, passphrase: str | None) -> zipfile.ZipFile:
    if passphrase is None:
        z = zipfile.ZipFile(bundle)
    else:
        z = pyzipper.AESZipFile(bundle)
        z.setpassword(passphrase.encode("utf-8"))
    return z


def _read(z: zipfile.ZipFile, name: str, with_passphrase: bool) -> bytes | Problem:
    try:
        return z.read(name)
    except RuntimeError as e:  # zipfile/pyzipper: a bad password
        if with_passphrase and "password" in str(e).lower():
            raise FairMinutesError(f"The passphrase does not open {printable(z.filename)}. Check it with the "
                                   "person who sent the bundle.") from None
        return Problem(name, "damaged", f"it cannot be read ({e})")
    except KeyError:
        return Problem(name, "missing", "listed in the manifest but not in the bundle")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as e:
        return Problem(name, "damaged", f"it cannot be read ({e}); its bytes in the zip were changed")


def _hash(z: zipfile.ZipFile, name: str, with_passphrase: bool) -> str | Problem:
    """The member's SHA-256, read in chunks (a recording may be gigabytes)."""
    digest = hashlib.sha256()
    try:
        with z.open(name) as f:
            while block := f.read(1 << 20):
                digest.update(block)
    except RuntimeError as e:
        if with_passphrase and "password" in str(e).lower():
            raise FairMinutesError(f"The passphrase does not open {printable(z.filename)}. Check it with the "
                                   "person who sent the bundle.") from None
        return Problem(name, "damaged", f"it cannot be read ({e})")
    except KeyError:
        return Problem(name, "missing", "listed in the manifest but not in the bundle")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as e:
        return Problem(name, "damaged", f"it cannot be read ({e}); its bytes in the zip were changed")
    return digest.hexdigest()


# The session files whose fingerprints the report prints (Appendix B and "The recording").
PRINTED = ("transcript.json", "session/transcript.edits.jsonl", "session/notes.jsonl", "session/findings.json")


def _against_report(z, v: Verdict, digests: dict[str, str], with_passphrase: bool) -> None:
    """Each session file whose fingerprint the report prints must have that fingerprint: a file changed
    together with a new manifest still differs from the report (unless the report is remade too)."""
    pdfs = [n for n in digests if n.endswith(".pdf") and "/" not in n]
    if not pdfs:
        return
    raw = _read(z, pdfs[0], with_passphrase)
    if isinstance(raw, Problem):
        return
    try:
        pdf = pypdfium2.PdfDocument(raw)
        text = "".join("".join(page.get_textpage().get_text_range().split()) for page in pdf)
    except Exception:  # a report that will not open is already named above if it changed
        return
    v.report_checked = pdfs[0]
    for n, digest in digests.items():
        printed = n in PRINTED or n.startswith(("recording/", "minutes/"))
        if printed and digest not in text:
            v.problems.append(Problem(n, "changed", f"its SHA-256 is not the one printed in the report ({pdfs[0]})"))


def _matches_log(z, v: Verdict, files: dict, with_passphrase: bool) -> bool | None:
    """Does the recording's hash in the manifest equal the last one logged in session/events.jsonl?"""
    if "session/events.jsonl" not in files or "session/events.jsonl" not in z.namelist() or not v.recording:
        return None
    raw = _read(z, "session/events.jsonl", with_passphrase)
    if isinstance(raw, Problem):
        return None  # already reported as damaged
    logged: dict[str, str] = {}
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            e = json.loads(line)
        except ValueError:
            continue
        if isinstance(e, dict) and e.get("event") == "recording_hashed":
            logged[str(e.get("file"))] = str(e.get("sha256"))
            v.logged_why = str(e.get("why") or "stopped")
    compared = [logged[Path(str(r.get("name"))).name] == r.get("sha256")
                for r in v.recording if Path(str(r.get("name"))).name in logged]
    if not compared:
        return None
    return all(compared)
