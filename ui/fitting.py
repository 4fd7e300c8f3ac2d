"""Text that fits a narrow window without being cut: a title that shortens with '…' (its whole text
in the tooltip), and list rows that are as tall as their wrapped text at the list's real width."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyledItemDelegate


class ElidedLabel(QLabel):
    """A one-line label that gives way to the buttons beside it, ending in '…' when it must."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.full = ""
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setMinimumWidth(80)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        super().setText(self.fontMetrics().elidedText(self.full, Qt.ElideRight, max(10, self.width() - 4)))

    def text(self) -> str:
        return self.full


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a word-wrapped list sized for the width they are painted at (the style sheet's
    padding and the scroll bar taken off), so the last line is never cut to '…'."""

    SLACK = 18  # px: item padding (4 + 4), the style's text margins and a little to spare

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        width = max(60, view.viewport().width() - self.SLACK)
        font = index.data(Qt.FontRole)
        fm = QFontMetrics(font if isinstance(font, QFont) else option.font)
        text = str(index.data(Qt.DisplayRole) or "")
        height = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextWordWrap, text).height()
        return QSize(width, height + 12)
