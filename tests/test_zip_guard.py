"""A .docx or .odt that would unpack to gigabytes is refused before anything is unpacked."""

from __future__ import annotations

import zipfile

import pytest

from app.errors import FairMinutesError
from app.minutes import zip_guard
from app.minutes.importer import read_minutes

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The panel met.</w:t></w:r></w:p></w:body></w:document>')


def _bomb(path, inner: str, megabytes: int):
    """A small zip whose one member inflates to `megabytes` MB of zeros (written in pieces)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open(inner, "w", force_zip64=True) as f:
            block = b"\0" * (1 << 20)
            for _ in range(megabytes):
                f.write(block)
    return path


@pytest.mark.parametrize("name, inner", [("bomb.docx", "word/document.xml"), ("bomb.odt", "content.xml")])
def test_a_zip_bomb_is_refused_by_name_and_size(tmp_path, name, inner):
    path = _bomb(tmp_path / name, inner, 300)
    assert path.stat().st_size < 2_000_000  # small on disk, 300 MB unpacked
    with pytest.raises(FairMinutesError, match=r"would unpack to 315 MB.*not opened") as e:
        read_minutes(path)
    assert name in str(e.value)


def test_a_real_document_passes_the_check(tmp_path):
    path = tmp_path / "ok.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", DOCUMENT)
    zip_guard.check_archive(path)  # no error
    with pytest.raises(FairMinutesError, match="would unpack"):
        zip_guard.check_archive(path, limit=10)  # the same file against a tiny limit


def test_thousands_of_parts_are_refused(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(zip_guard.MAX_MEMBERS + 1):
            z.writestr(f"word/media/p{i}.xml", "")
    with pytest.raises(FairMinutesError, match="parts"):
        zip_guard.check_archive(path)
