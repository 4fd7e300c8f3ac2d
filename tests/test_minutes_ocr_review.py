"""Minutes read from a scan, on the review screen: the words Tesseract was unsure of are greyed with
a dotted underline in the minutes pane and in a finding's minutes words, with one line saying why.
The scan is made in the test: a page of invented minutes drawn as a picture, one word smudged (so
the recogniser is unsure of it), saved as a PDF with no text layer."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCharFormat  # noqa: E402

from app.minutes.ocr import tesseract  # noqa: E402

pytestmark = pytest.mark.skipif(tesseract() is None, reason="Tesseract OCR is not installed")

LINES = ["The Health Visitor reported that Poppy attends every",
         "appointment at the Larkfield clinic.",
         "The Social Worker said the family moved house in March.",
         "Mother agreed to attend the parenting course on Tuesdays."]
SMUDGED = (1, "appointment at the ", "Larkfield")  # line, the words before it, the word


def _scan(path) -> None:
    """One A4 page at 200 dpi, a heading and four lines of minutes, one word blurred and faded."""
    font, bold = ImageFont.load_default(size=34), ImageFont.load_default(size=44)
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    draw.text((150, 150), "Core Group Meeting", font=bold, fill=0)
    tops = [270 + 60 * i for i in range(len(LINES))]
    for top, line in zip(tops, LINES, strict=True):
        draw.text((150, top), line, font=font, fill=0)
    n, before, word = SMUDGED
    x0 = 150 + int(draw.textlength(before, font=font))
    box = (x0, tops[n], x0 + int(draw.textlength(word, font=font)), tops[n] + 45)
    page.paste(page.crop(box).filter(ImageFilter.GaussianBlur(3.5)).point(lambda v: 255 - (255 - v) * 0.45), box)
    page.convert("RGB").save(path, resolution=200)


@pytest.fixture
def window(qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.review.stop_playing()


def _dotted(doc) -> list[str]:
    """The runs of a QTextDocument underlined with dots."""
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().underlineStyle() == QTextCharFormat.DotLine:
                out.append(frag.text())
            it += 1
        block = block.next()
    return out


def test_unsure_words_of_a_scan_are_marked_in_the_review(qtbot, window, tmp_path):
    from app.compare.findings import Finding
    from app.minutes.importer import session_minutes
    from app.session import create_session
    from ui.ocr_marks import OCR_NOTE, SPANS, row_document

    scan = tmp_path / "scanned-minutes.pdf"
    _scan(scan)
    session = create_session("Scanned minutes", kind="RCPC", date="2026-05-11")
    window.show_review(session)
    review = window.review
    assert not review.ocr_note.isVisible()  # nothing read from a scan yet: no note
    review.import_minutes(scan)
    qtbot.waitUntil(lambda: bool(review.statements) and not review.busy.isVisible(), timeout=60000)

    read = session_minutes(session)[0].statements
    assert all(st.page == 1 and st.confidence is not None for st in read)  # statements.json carries them
    unsure = {st.text: st.unsure for st in read}
    assert any(unsure.values()), f"the smudged word was read with confidence: {read}"

    rows = [review.minutes_list.item(r) for r in range(review.minutes_list.count())]
    rows = [item for item in rows if item.data(Qt.UserRole) is not None]
    assert len(rows) == len(read)
    marked = 0
    for item in rows:
        text, spans = item.text(), item.data(SPANS) or []
        words = unsure[review.statements[item.data(Qt.UserRole)].text]
        assert [text[a:b] for a, b in spans] == sorted(words, key=text.index) if words else spans == []
        if spans:  # the pane paints these words greyed with a dotted underline
            doc = row_document(text, spans, review.minutes_list.font(), 400)
            assert _dotted(doc) == [text[a:b] for a, b in spans]
            marked += 1
    assert marked >= 1
    assert review.ocr_note.isVisible() and review.ocr_note.text() == OCR_NOTE
    review.minutes_list.grab()  # the rows with marks paint (the delegate), at the pane's real size

    # A finding on that statement shows its minutes words marked the same way, with the note.
    i = next(n for n, st in enumerate(review.statements) if unsure.get(st.text))
    f = Finding("f1", "contradicted", review.statements[i].text, [], 0.8, "Said differently in the meeting.",
                statement=i)
    review.findings = [f]
    review._finding_selected("f1")
    doc = review.detail.text.document()
    assert _dotted(doc) == [w for w in sorted(unsure[f.minutes_text], key=f.minutes_text.index)]
    assert OCR_NOTE in doc.toPlainText()


def test_the_report_underlines_the_scans_unsure_words(tmp_path):
    """The report's "What the minutes say" column: the OCR's unsure words dotted, as the
    recording's are, with a note saying they were read from a scan (findings by the real comparer)."""
    import pypdfium2 as pdfium
    from docx import Document
    from docx.enum.text import WD_UNDERLINE

    from app.compare.comparer import compare_session
    from app.minutes.importer import import_into_session
    from app.report.docx_report import write_docx
    from app.report.layout import SCAN_NOTE
    from app.report.pdf_report import write_pdf
    from app.report.report import from_session
    from app.session import create_session
    from app.transcription.transcript import Segment, Transcript

    scan = tmp_path / "scanned-minutes.pdf"
    _scan(scan)
    session = create_session("Scanned minutes", kind="RCPC", date="2026-05-11")
    said = ["Good morning everyone, thank you for coming.", "The garden fence was mended last week.",
            "We will meet again in six weeks."]
    Transcript("script", duration=30.0, segments=[Segment(i, 10.0 * i, 10.0 * i + 8, t, "Chair")
                                                  for i, t in enumerate(said)]).save(session.transcript_path)
    minutes = import_into_session(session, scan)
    compare_session(session)
    data = from_session(session)
    unsure = {st.text: st.unsure for st in minutes.statements}
    on_scan = [f for f in data.findings if unsure.get(f.finding.minutes_text)]
    assert on_scan, "no finding quotes a statement with unsure words"
    out = write_docx(data, tmp_path / "report.docx")
    doc = Document(str(out))
    dotted = {run.text for table in doc.tables for row in table.rows for cell in row.cells[1:2]
              for par in cell.paragraphs for run in par.runs if run.font.underline == WD_UNDERLINE.DOTTED}
    wanted = {w for f in on_scan for w in unsure[f.finding.minutes_text]}
    assert wanted <= dotted, (wanted, dotted)
    assert any(SCAN_NOTE in p.text for p in doc.paragraphs)
    pdf = write_pdf(data, tmp_path / "report.pdf")  # the PDF underlines them (fpdf2's markdown)
    assert "\ue000" not in "".join(pdfium.PdfDocument(str(pdf))[i].get_textpage().get_text_range()
                                    for i in range(2))
