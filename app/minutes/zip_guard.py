"""A .docx or .odt is a zip archive: refuse one that would unpack to more than minutes ever need.

A 1 MB file can unpack to gigabytes (a "zip bomb"); read without a check it took 11 s and 2.5 GB
before failing. Python's zipfile never inflates a member past the size its header declares, so the
declared sizes, summed before anything is read, are a true bound.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.errors import FairMinutesError, printable

# A long set of minutes with photographs unpacks to a few tens of MB; 200 MB leaves room for any
# real document and stops a bomb before it costs memory or time.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000


def check_archive(path: Path, limit: int = MAX_UNPACKED_BYTES) -> None:
    """Raise FairMinutesError when the archive would unpack to more than `limit` bytes."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
    except zipfile.BadZipFile:
        raise FairMinutesError(f"{printable(path.name)} is damaged (an incomplete Word or OpenDocument file).") from None
    total = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS or total > limit:
        raise FairMinutesError(
            f"{printable(path.name)} would unpack to {total / 1e6:,.0f} MB in {len(members):,} parts, far more "
            "than any minutes document, so it was not opened (it may be damaged or built to cause harm). "
            "Ask for the minutes again, or save them as PDF and import that.")
