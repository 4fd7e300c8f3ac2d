"""Review, at home: the transcript with speaker names and notes in line, click to play; import the
minutes and compare; minutes and transcript side by side, each statement marked; findings to
confirm, dismiss or comment on; export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.cases import carried
from app.clock import clock
from app.compare.comparer import compare_session
from app.compare.evidence import unsure_spans
from app.compare.findings import (
    CheckedStatement,
    Finding,
    headline,
    kind_name,
    load_findings,
    reported_once,
    shorten,
)
from app.compare.turns import from_transcript
from app.errors import FairMinutesError
from app.minutes.importer import import_into_session, session_minutes
from app.recording.playback import Player
from app.review import state_of
from app.session import Session
from app.settings import load_settings
from app.transcription.naming import voice_to_rename
from app.transcription.transcriber import transcribe_session
from app.transcription.transcript import Transcript
from ui.finding_detail import KEYS, FindingDetail
from ui.findings_list import FindingsList
from ui.fitting import ElidedLabel, WrappingDelegate
from ui.ocr_marks import OCR_NOTE, SPANS, MarkedRowsDelegate, statements_unsure, words_at
from ui.procedure_box import ProcedureDialog
from ui.speaker_marks_dialog import SpeakerMarksDialog
from ui.style import colours
from ui.timeline import Timeline
from ui.workers import Worker

STATUS = {  # colour (ui/style.py), icon and words: never colour alone
    "supported": ("supported_bg", "✔", "Matches the recording"),
    "loose": ("base", "≈", "Not found word for word: listen to check"),
    "finding": ("finding_bg", "⚠", "Differs"),
}
# A statement with no finding whose closest passage has less than this share of its words: a view
# in the minute-taker's own words is not called "not said" (app/compare/views.py), but nor has the
# comparer found it said; the parent is asked to listen rather than told it matches. (About one
# supported statement in eight, on the invented conferences of bench/invented.)
LOOSE_BELOW = 0.4


def shown_status(st) -> str | None:
    """The status a minutes row shows: "loose" for a supported statement the meeting's words
    hardly carry (LOOSE_BELOW), else the comparison's own."""
    if st.status == "supported" and st.evidence and st.support < LOOSE_BELOW:
        return "loose"
    return st.status


ROLE = Qt.UserRole


class _LettersToShortcuts(QObject):
    """A list answers a letter by jumping to a row that starts with it; on the review the keys'
    letters are the review's shortcuts instead, whichever list has the focus."""

    def __init__(self, letters: set[str], parent=None):
        super().__init__(parent)
        self.letters = {k.upper() for k in letters}

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.ShortcutOverride and not event.modifiers()
                and event.text().upper() in self.letters):
            event.ignore()  # not wanted here: the shortcut takes it
            return True
        return False


class ReviewPage(QWidget):
    back = Signal()
    export_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.transcript: Transcript | None = None
        self.turns = []  # the transcript as the comparer reads it (app/compare/turns.py)
        self.findings: list[Finding] = []
        self.statements: list[CheckedStatement] = []
        self.unsure: list[list[str]] = []  # each statement's words the OCR was unsure of
        self.player = None
        self.worker: Worker | None = None
        self.setAcceptDrops(True)

        self.heading = ElidedLabel("Review")
        self.heading.setObjectName("title")
        back = QPushButton("← Conferences")
        back.clicked.connect(self._leave)
        self.transcribe_btn = QPushButton("Transcribe the recording")
        self.transcribe_btn.clicked.connect(self.transcribe)
        self.import_btn = QPushButton("Import the minutes…")
        self.import_btn.setToolTip("Choose the council's minutes (.docx, .pdf, a photo, an email or text), or drop "
                                   "the file here")
        self.import_btn.clicked.connect(self._choose_minutes)
        self.compare_btn = QPushButton("Compare")
        self.compare_btn.setObjectName("primary")
        self.compare_btn.clicked.connect(self.compare)
        self.export_btn = QPushButton("Export report…")
        self.export_btn.clicked.connect(lambda: self.export_requested.emit(self.session))
        self.procedure_btn = QPushButton("How it was run…")  # issue #17: ui/procedure_box.py
        self.procedure_btn.setToolTip("Reports received, the advocate, the chair's answer about recording, and "
                                      "the moments found in the recording for you to check")
        self.procedure_btn.clicked.connect(self._how_it_was_run)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        for b in (self.transcribe_btn, self.import_btn, self.compare_btn, self.procedure_btn, self.export_btn):
            top.addWidget(b)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_label = QLabel("")
        self.cancel_btn = QPushButton("Cancel")
        self.cancel_btn.clicked.connect(lambda: self.worker and self.worker.cancel())
        self.busy = QWidget()
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.progress_label)
        busy_layout.addWidget(self.progress, 1)
        busy_layout.addWidget(self.cancel_btn)
        self.busy.hide()
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        # play bar + timeline
        self.play_btn = QPushButton("▶ Play")
        self.play_btn.setAccessibleName("Play or pause the recording")
        self.play_btn.clicked.connect(self.toggle_play)
        self.pos_label = QLabel("0:00")
        self.speed = QComboBox()
        for s in (0.75, 1.0, 1.25, 1.5):
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(1)
        self.speed.setAccessibleName("Playback speed")
        self.timeline = Timeline()
        self.timeline.jump.connect(self.play_from)
        playbar = QHBoxLayout()
        playbar.addWidget(self.play_btn)
        playbar.addWidget(self.pos_label)
        playbar.addWidget(self.speed)
        playbar.addWidget(self.timeline, 1)
        self.pos_timer = QTimer(self, interval=150, timeout=self._poll_position)

        # findings: the list, and the selected one in full
        self.findings_panel = FindingsList()
        self.findings_panel.selected.connect(self._finding_selected)
        self.findings_panel.listen.connect(self.listen)
        self.findings_list = self.findings_panel.list
        self.detail = FindingDetail()
        self.detail.listen.connect(self.listen)
        self.detail.decide.connect(self._decide)
        self.detail.comment.connect(self._comment)
        findings_box = QGroupBox("Findings")
        QVBoxLayout(findings_box).addWidget(self.findings_panel)
        detail_box = QGroupBox("The selected finding")
        QVBoxLayout(detail_box).addWidget(self.detail)
        self.timeline.finding_clicked.connect(self.findings_panel.select)
        for name, slot in (("next", lambda: self._step(1)), ("previous", lambda: self._step(-1)),
                           ("listen", self.listen), ("confirm", lambda: self._decide("confirmed")),
                           ("dismiss", lambda: self._decide("dismissed")), ("comment", self._comment)):
            if KEYS[name] != "Space":  # Space belongs to the focused button, and to the list (ui/findings_list.py)
                self._key(KEYS[name], slot)
        self._key("L", self.listen)

        self.minutes_list = QListWidget()
        self.minutes_list.setWordWrap(True)
        self.minutes_list.setResizeMode(QListView.Adjust)  # re-wrap on resize: no line cut short
        self.minutes_list.setItemDelegate(MarkedRowsDelegate(self.minutes_list))
        self.minutes_list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.minutes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.minutes_list.setAccessibleName("The minutes, statement by statement")
        self.minutes_list.currentRowChanged.connect(self._statement_selected)
        self.minutes_hint = QLabel("Import the council's minutes (button above, or drop the file here) to see "
                                   "them beside the transcript.")
        self.minutes_hint.setWordWrap(True)
        self.minutes_hint.setObjectName("subtitle")
        minutes_box = QGroupBox("The minutes")
        ml = QVBoxLayout(minutes_box)
        ml.addWidget(self.minutes_hint)
        ml.addWidget(self.minutes_list)
        self.ocr_note = QLabel(OCR_NOTE)  # shown when the minutes were read from a scan with unsure words
        self.ocr_note.setWordWrap(True)
        self.ocr_note.setObjectName("subtitle")
        ml.addWidget(self.ocr_note)

        self.transcript_list = QListWidget()
        self.transcript_list.setWordWrap(True)
        self.transcript_list.setResizeMode(QListView.Adjust)
        self.transcript_list.setItemDelegate(WrappingDelegate(self.transcript_list))
        self.transcript_list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.transcript_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.transcript_list.setAccessibleName("Transcript; press Enter or click a line to listen")
        self.transcript_list.itemClicked.connect(self._line_clicked)
        self.transcript_list.itemActivated.connect(self._line_clicked)
        self.transcript_list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.transcript_list.customContextMenuRequested.connect(self._line_menu)
        self.transcript_list.setToolTip("Click a line to listen; right-click it to name the speaker or correct words")
        transcript_hint = QLabel("Click a line to listen; right-click it to name the speaker or correct words.")
        transcript_hint.setObjectName("subtitle")
        transcript_hint.setWordWrap(True)
        transcript_box = QGroupBox("What was said")
        tl = QVBoxLayout(transcript_box)
        tl.addWidget(self.transcript_list, 1)
        tl.addWidget(transcript_hint)

        self._letters = _LettersToShortcuts({*KEYS.values(), "L"} - {"Space"}, self)
        for view in (self.findings_list, self.minutes_list, self.transcript_list):
            view.installEventFilter(self._letters)

        sources = QSplitter(Qt.Horizontal)
        sources.addWidget(minutes_box)
        sources.addWidget(transcript_box)
        right = QSplitter(Qt.Vertical)
        right.addWidget(detail_box)
        right.addWidget(sources)
        right.setSizes([330, 310])  # the finding in full, and enough of the minutes and transcript around it
        split = QSplitter(Qt.Horizontal)
        split.addWidget(findings_box)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([490, 840])  # the list wide enough for the longest kind and its weight

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(playbar)
        layout.addWidget(split, 1)

    def _key(self, key: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)  # only while the review is the page shown
        shortcut.activated.connect(slot)

    # ----- loading
    def load(self, session: Session) -> None:
        self.stop_playing()
        self.session = session
        self.heading.setText(session.read_info().title)
        self.banner.hide()
        audio = session.recording_path()
        self.player = None
        if audio is not None:
            try:
                self.player = Player(audio)
            except Exception as e:
                self.show_banner(f"The recording cannot be played here ({e}); the transcript is still shown.")
        self.reload()
        self.findings_list.setFocus()  # the keys work at once

    def reload(self) -> None:
        s = self.session
        self.transcript = None
        self.turns = []
        if s.transcript_path.exists():
            self.transcript = s.transcript()
            self.turns = from_transcript(self.transcript.to_json())  # to find the unsure words of a quote
        self.findings, self.statements = [], []
        if s.findings_path.exists():
            try:
                data = load_findings(s.findings_path)
                self.findings, self.statements = data.findings, data.statements
                # What the comparison could not check, and what earlier minutes got wrong and these
                # repeat: said once, above the findings.
                said = data.notes + carried.notes_for(s)
                if said:
                    self.show_good("\n".join(said))
            except FairMinutesError as e:
                self.show_banner(f"{e} Press Compare to make them again.")
        if not self.statements:
            found = session_minutes(s)
            if found:
                self.statements = [CheckedStatement(st.text, st.section, st.speaker, st.where)
                                   for st in found[0].statements]
        self.unsure = statements_unsure(s, [st.text for st in self.statements])
        self._fill_transcript()
        self._fill_minutes()
        self._fill_findings()
        if self.findings_panel.current_id() is None:
            self.findings_panel.step(1)  # the first finding in full, after opening or comparing
        duration = self.player.duration if self.player else (self.transcript.duration if self.transcript else 1.0)
        self.timeline.set_data(duration, [(g.start, g.end) for g in (self.transcript.segments if self.transcript else [])],
                               [n.t for n in s.notes.current()],
                               [(f.evidence[0].start, f.id) for f in self.findings if f.evidence])
        has_minutes = bool(self.statements)
        self.transcribe_btn.setVisible(self.transcript is None and s.recording_path() is not None)
        self.compare_btn.setEnabled(has_minutes and self.transcript is not None)
        self.export_btn.setEnabled(bool(self.findings) or s.findings_path.exists())
        self.minutes_hint.setVisible(not has_minutes)

    def _fill_transcript(self) -> None:
        self.transcript_list.clear()
        rows = []
        if self.transcript:
            rows += [(seg.start, 0, seg) for seg in self.transcript.segments]
        rows += [(n.t, 1, n) for n in self.session.notes.current()]
        for _t, kind, obj in sorted(rows, key=lambda r: (r[0], r[1])):
            if kind == 0:
                who = f"{obj.speaker}: " if obj.speaker else ""
                item = QListWidgetItem(f"{clock(obj.start)}  {who}{obj.text}")
                item.setData(ROLE, ("segment", obj.id, obj.start, obj.speaker))
            else:
                label = f"[{obj.tag_label}]" if obj.tag else ""
                item = QListWidgetItem(f"{clock(obj.t)}  ✎ Note: {label} {obj.text}".rstrip())
                item.setData(ROLE, ("note", obj.id, obj.t, None))
                item.setForeground(QBrush(QColor(colours()["note"])))
            self.transcript_list.addItem(item)
        if not rows:
            self.transcript_list.addItem("No transcript yet. Press “Transcribe the recording”.")

    def _fill_minutes(self) -> None:
        self.minutes_list.clear()
        section = None
        for i, st in enumerate(self.statements):
            if st.section and st.section != section:
                section = st.section
                head = QListWidgetItem(section)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setFlags(Qt.ItemIsEnabled)
                self.minutes_list.addItem(head)
            colour, icon, words = STATUS.get(shown_status(st), ("base", "·", "Not compared yet"))
            colour = colours()[colour]
            item = QListWidgetItem(f"{icon} {words}\n{st.text}")
            item.setBackground(QBrush(QColor(colour)))
            item.setData(ROLE, i)
            shift = len(icon) + len(words) + 2
            item.setData(SPANS, [(a + shift, b + shift) for a, b in words_at(st.text, self.unsure[i])])
            self.minutes_list.addItem(item)
        self.ocr_note.setVisible(any(self.unsure))

    def _fill_findings(self) -> None:
        s = self.session
        if self.findings or s is None:
            empty = ""
        elif s.findings_path.exists():
            empty = "No discrepancies found."
        else:
            empty = "No findings yet: import the minutes, then press Compare."
        self.findings_panel.set_findings(reported_once(self.findings), s.review().current() if s else {}, empty)
        self._mark_timeline()
        if self.findings_panel.current_id() is None:
            self.detail.show_finding(None, empty=empty)

    def _mark_timeline(self) -> None:
        """Each finding's marker shaped by whether it is checked, and named when pointed at."""
        decisions = self.findings_panel.decisions
        shown = reported_once(self.findings)
        self.timeline.set_states({f.id: state_of(decisions.get(f.id)) for f in shown},
                                 {f.id: f"{kind_name(f.kind)}: {shorten(headline(f) or f.explanation, 100)}"
                                  for f in shown})

    # ----- long work
    def _run(self, label: str, fn, *args, done=None, cancellable=False, **kwargs) -> None:
        self.progress.setValue(0)
        self.progress_label.setText(label)
        self.cancel_btn.setVisible(cancellable)
        self.busy.show()
        self.worker = Worker(fn, *args, pass_cancel=cancellable, **kwargs)
        self.worker.progressed.connect(lambda v: self.progress.setValue(int(v * 100)))
        self.worker.failed.connect(self._failed)
        self.worker.done.connect(lambda result: (self.busy.hide(), done and done(result)))
        self.worker.start()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.show_banner(message)

    def transcribe(self) -> None:
        self._run("Transcribing on this computer…", transcribe_session, self.session, load_settings().get("model"),
                  done=lambda _t: self.reload(), cancellable=True)

    def _choose_minutes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the council's minutes", str(Path.home()),
                                              # a phone names its photos IMG_0001.JPG: Linux filters by case
                                              "Minutes (*.docx *.pdf *.jpg *.jpeg *.png *.JPG *.JPEG *.PNG *.eml *.odt "
                                              "*.txt *.md);;All files (*)")
        if path:
            self.import_minutes(Path(path))

    def import_minutes(self, path: Path) -> None:
        self._run("Reading the minutes…", import_into_session, self.session, path, pass_progress=False,
                  done=lambda m: (self.reload(), self.show_good(" ".join([f"Read {len(m.statements)} statements "
                                                                           f"from {path.name}.", *m.notices,
                                                                           "Press Compare."]))))

    def compare(self) -> None:
        self._run("Comparing the minutes with the recording…", compare_session, self.session,
                  done=lambda r: (self.reload(), self.show_good(
                      f"{len(r.findings)} possible discrepancies. Select one to hear it, then confirm or dismiss it.")))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.import_minutes(Path(urls[0]))

    # ----- selection and playing
    def _finding(self, fid: str) -> Finding | None:
        return next((f for f in self.findings if f.id == fid), None)

    def _finding_selected(self, fid: str | None) -> None:
        """Show the finding in full and bring the minutes and the transcript to it (no sound until
        the parent asks: stepping through thirty findings should not play thirty passages)."""
        self.timeline.set_selected(fid)
        f = self._finding(fid) if fid else None
        if f is None:
            self.detail.show_finding(None)
            return
        self.detail.show_finding(f, self.session.review().current().get(f.id), can_listen=self.player is not None,
                                 unsure=lambda e: unsure_spans(e, self.turns),
                                 minutes_unsure=self.unsure[f.statement] if f.statement is not None
                                 and f.statement < len(self.unsure) else [])
        if f.statement is not None:
            self._select_statement(f.statement)
        else:
            self.minutes_list.clearSelection()
        if f.evidence:
            self._scroll_transcript_to(f.evidence[0].start)

    def _step(self, by: int) -> None:
        self.findings_panel.step(by)
        self.findings_list.setFocus()

    def listen(self) -> None:
        """Play the selected finding's words, from a moment before to a moment after."""
        f = self._finding(self.findings_panel.current_id() or "")
        if f is not None and f.evidence:
            self.play_from(f.evidence[0].start, f.evidence[-1].end + 0.5)
        self.findings_list.setFocus()

    def _select_statement(self, index: int) -> None:
        for row in range(self.minutes_list.count()):
            if self.minutes_list.item(row).data(ROLE) == index:
                self.minutes_list.blockSignals(True)
                self.minutes_list.setCurrentRow(row)
                self.minutes_list.blockSignals(False)
                self.minutes_list.scrollToItem(self.minutes_list.item(row), QListWidget.PositionAtCenter)
                return

    def _statement_selected(self, row: int) -> None:
        item = self.minutes_list.item(row)
        if item is None or item.data(ROLE) is None:
            return
        st = self.statements[item.data(ROLE)]
        if st.evidence:
            self._scroll_transcript_to(st.evidence[0].start)

    def _scroll_transcript_to(self, t: float) -> None:
        best = None
        for row in range(self.transcript_list.count()):
            data = self.transcript_list.item(row).data(ROLE)
            if data and data[0] == "segment" and data[2] <= t + 0.5:
                best = row
        if best is not None:
            self.transcript_list.setCurrentRow(best)
            self.transcript_list.scrollToItem(self.transcript_list.item(best), QListWidget.PositionAtCenter)

    def _line_clicked(self, item) -> None:
        data = item.data(ROLE)
        if data:
            self.play_from(data[2])

    def play_from(self, start: float, end: float | None = None) -> None:
        if self.player is None:
            return
        try:
            self.player.play(max(0.0, start - 0.3), end, speed=self.speed.currentData())
        except Exception as e:
            self.show_banner(f"The recording could not be played ({e}).")
            return
        self.play_btn.setText("❚❚ Pause")
        self.pos_timer.start()

    def toggle_play(self) -> None:
        if self.player is None:
            return
        if self.player.playing:
            self.player.pause()
            self.play_btn.setText("▶ Play")
        else:
            self.play_from(self.player.position)

    def stop_playing(self) -> None:
        if self.player is not None:
            self.player.stop()
        self.pos_timer.stop()
        self.play_btn.setText("▶ Play")

    def _poll_position(self) -> None:
        if self.player is None:
            return
        self.pos_label.setText(clock(self.player.position))
        self.timeline.set_position(self.player.position)
        if not self.player.playing:
            self.play_btn.setText("▶ Play")
            self.pos_timer.stop()

    # ----- the reviewer's work
    def _current_finding_id(self) -> str | None:
        return self.findings_panel.current_id()

    def _decide(self, decision: str) -> None:
        """Record the decision, then move on to the next finding not yet checked (the decided one
        moves to its group), so a parent works down the list with C and D."""
        fid = self._current_finding_id()
        if not fid:
            return
        order = [self.findings_list.item(r).data(ROLE) for r in self.findings_panel.rows()]
        self.session.review().decide(fid, decision)
        decisions = self.session.review().current()
        here = order.index(fid)
        unchecked = [i for i in order[here + 1:] + order[:here][::-1] if state_of(decisions.get(i)) == "unreviewed"]
        self.findings_panel.set_decisions(decisions)
        self._mark_timeline()
        self.findings_panel.select(unchecked[0] if unchecked else fid)
        self.findings_list.setFocus()

    def _comment(self) -> None:
        fid = self._current_finding_id()
        if not fid:
            return
        current = self.session.review().current().get(fid)
        text, ok = QInputDialog.getMultiLineText(self, "Comment", "Your comment on this finding (it goes in the report):",
                                                 current.comment if current else "")
        if ok:
            self.session.review().decide(fid, comment=text)
            self.findings_panel.set_decisions(self.session.review().current())
            self._mark_timeline()
            self._finding_selected(fid)
        self.findings_list.setFocus()

    def _line_menu(self, pos) -> None:
        item = self.transcript_list.itemAt(pos)
        data = item.data(ROLE) if item else None
        if not data or data[0] != "segment":
            return
        menu = QMenu(self)
        rename = menu.addAction("Name this speaker everywhere…")
        correct = menu.addAction("Correct the words of this line…")
        marks = menu.addAction("Correct the friend's speaker marks…")  # ui/speaker_marks_dialog.py
        chosen = menu.exec(self.transcript_list.mapToGlobal(pos))
        if chosen == marks:
            dialog = SpeakerMarksDialog(self.session.speaker_marks, self)
            dialog.exec()
            if dialog.changed:
                self.reload()
            return
        edits = self.session.transcript_edits()
        if chosen == rename:
            name, ok = QInputDialog.getText(self, "Name the speaker", "Who is speaking? (e.g. Chair, Mum, Social Worker)",
                                            text=data[3] or "")
            if ok and name.strip():
                voice = voice_to_rename(self.session.machine_transcript(), edits, data[1], data[3])
                edits.name_speaker(data[1], voice, name.strip())
                self.reload()
        elif chosen == correct:
            seg = next(s for s in self.transcript.segments if s.id == data[1])
            text, ok = QInputDialog.getMultiLineText(self, "Correct the words",
                                                     "The machine transcript is kept; your correction is saved beside it.",
                                                     seg.text)
            if ok and text.strip() and text.strip() != seg.text:
                edits.correct_text(seg.id, text.strip())
                self.reload()

    def style_changed(self) -> None:
        """Text size or contrast changed (ui/style.py): rows painted with the old colours again."""
        if self.session is not None:
            self._fill_minutes()
            self._fill_transcript()
            self._finding_selected(self.findings_panel.current_id())
        self.timeline.update()

    # ----- messages
    def show_banner(self, text: str, kind: str = "banner") -> None:
        """A plain sentence above the work: 'banner' for a problem, 'good' for news (style.py)."""
        self.banner.setObjectName(kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.show()

    def show_good(self, text: str) -> None:
        self.show_banner(text, "good")

    def _how_it_was_run(self) -> None:
        if self.session is not None:
            ProcedureDialog(self.session, self).exec()

    def _leave(self) -> None:
        self.stop_playing()
        self.back.emit()
