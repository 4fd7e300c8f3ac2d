"""Minutes read from a scan or a photo: the words the OCR was unsure of, greyed with a dotted
underline as the transcript's unsure words are, in the review's minutes pane and in a finding's
minutes words, with one line saying why."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from app.minutes.importer import session_minutes
from app.minutes.statements import unsure_words, word_spans
from ui.fitting import WrappingDelegate
from ui.style import colours

OCR_NOTE = "Read from a scan: words underlined with dots may be wrong; check them against the page."
SPANS = Qt.UserRole + 7  # a minutes row's (start, end) spans of unsure words in its display text
words_at = word_spans  # where the unsure words are in a text


def statements_unsure(session, texts: list[str]) -> list[list[str]]:
    """For each statement shown (by its text), the words the OCR was unsure of, from the session's
    minutes/statements.json."""
    try:
        found = session_minutes(session)
    except Exception:  # a damaged statements.json is reported where the minutes are read
        found = None
    return unsure_words(found[0] if found else None, texts)


def mark(doc: QTextDocument, at: int, marks: list[tuple[int, int]], grey: bool = True) -> None:
    """Underline with dots (and grey) the spans (character offsets from `at`) of a plain document."""
    for a, b in marks:
        cursor = QTextCursor(doc)
        cursor.setPosition(at + a)
        cursor.setPosition(at + b, QTextCursor.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        if grey:
            fmt.setForeground(QColor(colours()["muted"]))
        cursor.mergeCharFormat(fmt)


def row_document(text: str, marks: list[tuple[int, int]], font, width: float, grey: bool = True) -> QTextDocument:
    """A minutes row as the pane paints it when some of its words are unsure (not greyed on a
    selected row: grey on the highlight is hard to read; the dots stay)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setPlainText(text)
    doc.setTextWidth(width)
    mark(doc, 0, marks, grey)
    return doc


class MarkedRowsDelegate(WrappingDelegate):
    """The minutes pane's rows: as before, except that a row with unsure words (SPANS) has them
    painted greyed with a dotted underline (a list row cannot hold rich text by itself)."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        marks = index.data(SPANS)
        if not marks:
            return size
        # as tall as the marked words make it at the width a plain row is measured at (it is painted
        # a little wider, so never cut)
        doc = row_document(str(index.data(Qt.DisplayRole) or ""), marks, option.font, size.width())
        return QSize(size.width(), max(size.height(), int(doc.size().height()) + 12))

    def paint(self, painter, option, index) -> None:
        marks = index.data(SPANS)
        if not marks:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection, focus
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, opt.widget) + 1  # as Qt places item text
        rect = rect.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.State_Selected)
        doc = row_document(text, marks, opt.font, rect.width(), grey=not selected)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.Text, QColor(colours()["selected_text" if selected else "text"]))
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
