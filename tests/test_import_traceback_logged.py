"""A minutes file that a reader falls over on (issue #22): the parent still sees one plain line,
and the traceback that shows where the reader fell over is written to the private log."""

import stat
import zipfile

import pytest

from app.errors import FairMinutesError


def test_a_damaged_docx_is_one_line_and_its_traceback_is_in_the_log(tmp_path, monkeypatch):
    from app.minutes.importer import read_minutes

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    damaged = tmp_path / "minutes from the council.docx"
    with zipfile.ZipFile(damaged, "w") as z:  # a Word file with no relationships: python-docx fails
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(FairMinutesError) as e:
        read_minutes(damaged)
    line = str(e.value)
    assert "\n" not in line and "KeyError" not in line and "Traceback" not in line
    assert line.startswith("minutes from the council.docx could not be read") and "may be damaged" in line
    log = tmp_path / "state" / "FairMinutes" / "log" / "fairminutes.log"
    assert f"The details are in {log}." in line
    text = log.read_text()
    assert "Traceback" in text and "KeyError" in text and "docx" in text
    assert "reading the minutes" in text and damaged.name in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
