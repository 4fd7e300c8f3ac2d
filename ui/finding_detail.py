"""The selected finding in full: the minutes' words, the recording's words with time and speaker,
why it is a finding in one sentence, how much it matters, and the buttons (with their keys) to
listen, confirm, dismiss and comment."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.clock import clock
from app.compare.evidence import UNSURE_NOTE
from app.compare.findings import COMPARISON_KINDS, Evidence, Finding, kind_name, percent, who
from app.review import Decision, state_of
from ui.findings_list import GROUP_MEANS, GROUPS, reason, weight, weight_words
from ui.ocr_marks import OCR_NOTE, words_at
from ui.style import colours

# The review's keys: letters, because nothing on the review page takes typing; a dialog or a text
# box that has the focus gets its letters first (Qt gives typing priority over shortcuts).
KEYS = {"next": "N", "previous": "P", "listen": "Space", "confirm": "C", "dismiss": "D", "comment": "M"}
KEYS_HINT = "N / P: next / previous finding · Space or L: listen"


class FindingDetail(QWidget):
    listen = Signal()
    decide = Signal(str)  # "confirmed" | "dismissed"
    comment = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("The selected finding in full")
        self.listen_btn = QPushButton("▶ Listen (Space)")
        self.listen_btn.setToolTip("Play what was said here, with a moment before")
        self.listen_btn.clicked.connect(self.listen)
        self.confirm_btn = QPushButton("✔ Confirm (C)")
        self.confirm_btn.setToolTip("I listened, and the minutes are wrong here")
        self.confirm_btn.clicked.connect(lambda: self.decide.emit("confirmed"))
        self.dismiss_btn = QPushButton("✖ Dismiss (D)")
        self.dismiss_btn.setToolTip("I listened, and the minutes are fine here")
        self.dismiss_btn.clicked.connect(lambda: self.decide.emit("dismissed"))
        self.comment_btn = QPushButton("Comment… (M)")
        self.comment_btn.setToolTip("Add words of your own; they go in the report")
        self.comment_btn.clicked.connect(self.comment)
        buttons = QHBoxLayout()
        for b in (self.listen_btn, self.confirm_btn, self.dismiss_btn, self.comment_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.keys = QLabel(KEYS_HINT)  # the other keys are on their buttons
        self.keys.setObjectName("keys")
        self.keys.setToolTip("Keys on the review: N next finding, P previous, Space or L listen, C confirm, "
                             "D dismiss, M comment")
        self.keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.keys)
        self.show_finding(None)

    def show_finding(self, f: Finding | None, decision: Decision | None = None, can_listen: bool = True,
                     empty: str = "", unsure=None, minutes_unsure: list[str] | None = None) -> None:
        """`unsure(evidence)` gives the (start, end) spans of words the recogniser was unsure of
        (app/compare/evidence.py: unsure_spans); they are greyed with a dotted underline. So are
        `minutes_unsure`, the minutes' words the OCR was unsure of (ui/ocr_marks.py)."""
        for b in (self.confirm_btn, self.dismiss_btn, self.comment_btn):
            b.setEnabled(f is not None)
        self.listen_btn.setEnabled(f is not None and bool(f.evidence) and can_listen)
        if f is None:
            self.text.setHtml(f"<p>{html.escape(empty or 'Select a finding on the left to see it in full.')}</p>")
            return
        esc = html.escape
        group = state_of(decision)
        state = GROUP_MEANS[group]
        mark = next(mark for key, mark, words in GROUPS if key == group)
        w = weight(f)
        matters = esc(weight_words(f)) + (f": {esc(reason(f))}" if reason(f) else "")
        parts = [f"<p><b>{esc(kind_name(f.kind))}</b> · {percent(f)}% sure · {matters if w is not None else 'not weighed'}"
                 f"<br>{mark} {esc(state)}</p>"]
        where = f" ({esc(f.section)})" if f.section else ""
        judged_alone = f.kind not in COMPARISON_KINDS  # a check of the minutes themselves, not against the recording
        if f.minutes_text:
            read = _marked_text(f.minutes_text, words_at(f.minutes_text, minutes_unsure or []))
            parts.append(f"<p><b>The minutes{where}:</b> “{read}”"
                         + (f" The minutes credit it to {esc(f.speaker)}." if f.speaker else "") + "</p>")
            if UNSURE in read:
                parts.append(f"<p><i>{esc(OCR_NOTE)}</i></p>")
        elif judged_alone:
            parts.append(f"<p><b>The minutes{where}:</b> this is about the minutes as a whole.</p>")
        else:
            parts.append("<p><b>The minutes:</b> do not record this.</p>")
        if f.evidence:
            quotes = [(e, _marked(e, unsure(e) if unsure else [])) for e in f.evidence]
            lines = "<br>".join(f"[{clock(e.start)}] <b>{esc(who(e)[:1].upper() + who(e)[1:])}:</b> “{quote}”"
                                for e, quote in quotes)
            parts.append(f"<p><b>The recording:</b><br>{lines}</p>")
            if any(UNSURE in quote for _e, quote in quotes):
                parts.append(f"<p><i>{esc(UNSURE_NOTE)}</i></p>")
        elif not judged_alone:
            parts.append("<p><b>The recording:</b> nothing in it matches.</p>")
        if f.explanation:
            parts.append(f"<p><b>Why:</b> {esc(f.explanation)}</p>")
        if decision is not None and decision.comment:
            parts.append(f"<p><b>Your comment:</b> {esc(decision.comment)}</p>")
        self.text.setHtml("".join(parts))
        _dot_underline(self.text.document())


UNSURE = '<a href="unsure:">'  # Qt's rich text has no dotted underline in CSS: marked, then formatted


def _marked(e: Evidence, spans: list[tuple[int, int]]) -> str:
    return _marked_text(e.text, spans)


def _marked_text(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out += [html.escape(text[pos:a]), UNSURE, html.escape(text[a:b]), "</a>"]
        pos = b
    return "".join(out) + html.escape(text[pos:])


def _dot_underline(doc) -> None:
    """The words marked unsure become plain text again, greyed, with a dotted underline."""
    marked = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == "unsure:":
                marked.append((frag.position(), frag.length(), QTextCharFormat(frag.charFormat())))
            it += 1
        block = block.next()
    for position, length, fmt in marked:
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        fmt.setForeground(QColor(colours()["muted"]))
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.KeepAnchor)
        cursor.setCharFormat(fmt)
