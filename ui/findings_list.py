"""The review's list of findings: two lines each (what kind, how much it matters, how sure; then a
one-line summary), grouped into "not yet checked", "confirmed by you" and "dismissed", sorted most
important first, filtered by kind or to the material ones only. Thirty findings fit at 1366x768
with eight or more in view; the full words are in the detail pane beside it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.compare.findings import (
    FINDING_KINDS,
    MATERIAL_FROM,
    Finding,
    describe,
    headline,
    is_material,
    kind_name,
    materiality_order,
    percent,
)
from app.review import Decision, state_of
from ui.style import colours

ID = Qt.UserRole  # the finding's id; None on a group's heading
ROW = Qt.UserRole + 1  # what the delegate paints: a dict (see _row)

GROUPS = (  # the one rule for "confirmed" is app/review.py: is_confirmed
    ("unreviewed", "?", "Not yet checked"),
    ("confirmed", "✔", "Confirmed by you"),
    ("dismissed", "✖", "Dismissed by you"),
)
GROUP_MEANS = {"unreviewed": "Not yet checked: listen, then confirm or dismiss it",
               "confirmed": "Confirmed by you after listening: the minutes are wrong here",
               "dismissed": "Dismissed by you after listening: the minutes are fine here"}
LEGEND = "★ 0.8: matters to the outcome (0 to 1) · 77%: how sure"
SORTS = (("weight", "Most important"), ("sure", "Surest first"), ("minutes", "Minutes' order"))


def weight(f: Finding) -> float | None:
    """The finding's materiality weight (0-1), or None in a findings.json written before weights
    (the model's own `weight` reads that as 0; the list says "not weighed")."""
    return f.materiality.weight if f.materiality else None


def reason(f: Finding) -> str:
    return f.materiality.reason if f.materiality else ""


def weight_words(f: Finding) -> str:
    """'★ Matters 0.9', 'Minor 0.2' or 'Not weighed': the weight with a word, never colour alone."""
    w = weight(f)
    if w is None:
        return "Not weighed"
    return f"★ Matters {w:.1f}" if w >= MATERIAL_FROM else f"Minor {w:.1f}"


def badge(f: Finding) -> str:
    """The weight and the confidence, short enough to sit beside the kind: '★ 0.8 · 77%'."""
    w = weight(f)
    mark = "–" if w is None else f"★ {w:.1f}" if w >= MATERIAL_FROM else f"{w:.1f}"
    return f"{mark} · {percent(f)}%"


def ordered(findings: list[Finding], sort: str) -> list[Finding]:
    """`findings` in the chosen order; Python's stable sort keeps the minutes' order among equals.
    "weight" is the findings model's order, the one the report's "What matters most" uses."""
    if sort == "weight":
        return materiality_order(findings)
    if sort == "sure":
        return sorted(findings, key=lambda f: -round(f.confidence, 2))
    return list(findings)


class FindingDelegate(QStyledItemDelegate):
    """Paints a finding as two lines, or a group's heading as one bold line."""

    PAD = 6

    def sizeHint(self, option, index) -> QSize:
        fm = QFontMetrics(option.font)
        row = index.data(ROW) or {}
        lines = 1 if row.get("heading") else 2
        return QSize(200, lines * fm.lineSpacing() + 2 * self.PAD + (2 if row.get("heading") else 0))

    def paint(self, painter, option, index) -> None:
        row = index.data(ROW) or {}
        c = colours()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        painter.save()
        r = opt.rect
        if row.get("heading"):
            painter.fillRect(r, QColor(c["header"]))
            font = QFont(opt.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(c["text"]))
            text = QFontMetrics(font).elidedText(row["text"], Qt.ElideRight, r.width() - 2 * self.PAD)
            painter.drawText(r.adjusted(self.PAD, 0, -self.PAD, 0), Qt.AlignVCenter | Qt.AlignLeft, text)
            painter.restore()
            return
        widget.style().drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.State_Selected)
        ink = QColor(c["selected_text"] if selected else c["text"])
        fm = QFontMetrics(opt.font)
        line = fm.lineSpacing()
        inner = r.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        badge = row["badge"]
        badge_w = fm.horizontalAdvance(badge) + self.PAD
        mark = row["mark"] + " "
        mark_w = bfm.horizontalAdvance(mark)
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(first, Qt.AlignLeft | Qt.AlignVCenter, mark)
        kind_rect = first.adjusted(mark_w, 0, -badge_w, 0)
        painter.drawText(kind_rect, Qt.AlignLeft | Qt.AlignVCenter,
                         bfm.elidedText(row["kind"], Qt.ElideRight, kind_rect.width()))
        painter.setFont(opt.font)
        if row.get("material") and not selected:
            painter.setPen(QColor(c["material"]))
        painter.drawText(first, Qt.AlignRight | Qt.AlignVCenter, badge)
        painter.setPen(ink)
        second = QRect(inner.left() + mark_w, inner.top() + line, inner.width() - mark_w, line)
        painter.drawText(second, Qt.AlignLeft | Qt.AlignVCenter,
                         fm.elidedText(row["summary"], Qt.ElideRight, second.width()))
        painter.restore()


class _List(QListWidget):
    """The list itself: Space and Enter ask to listen to the selected finding."""

    listen = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter) and not event.modifiers():
            self.listen.emit()
            return
        super().keyPressEvent(event)


class FindingsList(QWidget):
    """Filter and sort controls above the list. `selected` carries the finding's id (None when
    nothing is selected); `listen` asks the page to play the selected finding."""

    selected = Signal(object)
    listen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.decisions: dict[str, Decision] = {}
        self.empty_text = ""
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(8)
        self.kind.setAccessibleName("Show findings of this kind")
        self.kind.addItem("All kinds", None)
        for k in FINDING_KINDS:
            self.kind.addItem(kind_name(k), k)
        self.material = QCheckBox("Material only")
        self.material.setToolTip(f"Only the findings that could have affected the outcome (weight {MATERIAL_FROM:g} or more)")
        self.sort = QComboBox()
        self.sort.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sort.setMinimumContentsLength(8)
        self.sort.setAccessibleName("Order of the findings")
        for key, words in SORTS:
            self.sort.addItem(words, key)
        for signal in (self.kind.currentIndexChanged, self.material.toggled, self.sort.currentIndexChanged):
            signal.connect(lambda *_: self.refill())
        self.list = _List()
        self.list.setItemDelegate(FindingDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setAccessibleName("Findings")
        self.list.currentItemChanged.connect(self._changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.listen.emit())
        self.list.listen.connect(self.listen)
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        self.legend = QLabel(LEGEND)
        self.legend.setObjectName("keys")
        self.legend.setWordWrap(True)
        self.legend.setToolTip("The weight says how much a finding could matter to the outcome: the decision, the "
                               "plan, the child's safety (★ from 0.5). The per cent says how sure the comparison is.")
        row1 = QHBoxLayout()
        row1.addWidget(self.kind, 1)
        row1.addWidget(self.sort, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.material)
        row2.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.legend)

    # ----- filling
    def set_findings(self, findings: list[Finding], decisions: dict[str, Decision], empty_text: str = "") -> None:
        self.findings, self.decisions, self.empty_text = list(findings), dict(decisions), empty_text
        self.refill()

    def set_decisions(self, decisions: dict[str, Decision]) -> None:
        self.decisions = dict(decisions)
        self.refill()

    def shown(self) -> list[Finding]:
        """The findings the filters let through, in the list's order (groups, then the sort)."""
        kind, material = self.kind.currentData(), self.material.isChecked()
        keep = [f for f in self.findings if (not kind or f.kind == kind) and (not material or is_material(f))]
        keep = ordered(keep, self.sort.currentData() or "weight")
        rank = {g[0]: i for i, g in enumerate(GROUPS)}
        return sorted(keep, key=lambda f: rank[state_of(self.decisions.get(f.id))])

    def refill(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        shown = self.shown()
        tally = {key: sum(1 for f in self.findings if state_of(self.decisions.get(f.id)) == key) for key, _m, _w in GROUPS}
        self.counts.setText(f"{tally['unreviewed']} to check · {tally['confirmed']} confirmed · "
                            f"{tally['dismissed']} dismissed" if self.findings else "")
        for key, mark, words in GROUPS:
            members = [f for f in shown if state_of(self.decisions.get(f.id)) == key]
            if not members:
                continue
            head = QListWidgetItem(f"{words} ({len(members)})")
            head.setData(ROW, {"heading": True, "text": f"{mark} {words} ({len(members)})"})
            head.setFlags(Qt.NoItemFlags)  # not selectable: the arrow keys and N/P step over it
            self.list.addItem(head)
            for f in members:
                self.list.addItem(self._item(f, mark, key))
        if not shown and (self.empty_text or self.findings):
            words = self.empty_text or "No finding matches: choose “All kinds” or untick “Material only”."
            item = QListWidgetItem(words)
            item.setData(ROW, {"heading": True, "text": words})
            item.setFlags(Qt.NoItemFlags)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current and self.select(current):
            return
        self.selected.emit(None)

    def _item(self, f: Finding, mark: str, group: str) -> QListWidgetItem:
        summary = headline(f) or f.explanation  # a check of the minutes as a whole has no one sentence
        spoken = f"{kind_name(f.kind)}. {weight_words(f)}. {percent(f)}% sure. {GROUP_MEANS[group]}. {summary}"
        item = QListWidgetItem(spoken)  # what a screen reader reads out
        item.setData(ID, f.id)
        item.setData(ROW, {"mark": mark, "kind": kind_name(f.kind), "badge": badge(f),
                           "summary": " ".join(summary.split()), "material": is_material(f)})
        why = reason(f)
        item.setToolTip(describe(f) + (f"\n\nWhy it matters: {why}" if why else ""))
        return item

    def style_changed(self) -> None:
        """Text size or contrast changed (ui/style.py): row heights follow the new font."""
        self.list.scheduleDelayedItemsLayout()
        self.list.viewport().update()

    # ----- selection and stepping
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID) if item is not None else None

    def rows(self) -> list[int]:
        """The list rows that hold findings (not headings), top to bottom."""
        return [r for r in range(self.list.count()) if self.list.item(r).data(ID) is not None]

    def select(self, fid: str) -> bool:
        for r in self.rows():
            if self.list.item(r).data(ID) == fid:
                self.list.setCurrentRow(r)
                self.list.scrollToItem(self.list.item(r))
                return True
        return False

    def step(self, by: int) -> None:
        """Select the next (by=1) or previous (by=-1) finding; the first one when none is selected."""
        rows = self.rows()
        if not rows:
            return
        now = self.list.currentRow()
        if now not in rows:
            target = rows[0] if by > 0 else rows[-1]
        else:
            i = rows.index(now) + by
            target = rows[max(0, min(len(rows) - 1, i))]
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def visible_finding_rows(self) -> int:
        """How many findings are wholly in view without scrolling (what a parent sees at once)."""
        view = self.list.viewport().rect()
        return sum(1 for r in self.rows() if view.contains(self.list.visualItemRect(self.list.item(r))))

    def _changed(self, item, _previous=None) -> None:
        self.selected.emit(item.data(ID) if item is not None else None)
