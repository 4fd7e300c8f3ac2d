"""Export, settings and help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.cases.store import reply_days
from app.errors import FairMinutesError
from app.recording.devices import list_input_devices
from app.review import confirmed_findings
from app.settings import load_settings, save_settings
from app.transcription.models import available_models
from ui.look_settings import LookChoice
from ui.workers import Worker

# The report's writers are imported when the dialog uses them: app.report.export (python-docx, Pillow,
# the PDF and bundle writers) adds 0.7 s to the app's start and app.report.bundle 0.2 s.


class ExportDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Export the report")
        self.prepared_by = QLineEdit(load_settings().get("name", ""))
        self.prepared_by.setPlaceholderText("Your name, as it should appear on the report")
        self.unreviewed = QCheckBox("Include findings I have not checked yet (marked as such)")
        self.unreviewed.setChecked(True)
        self.dismissed = QCheckBox("Include findings I dismissed")
        self.folder = QLineEdit(str(Path.home() / "Documents" / "FairMinutes"))
        pick = QPushButton("Choose…")
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(pick)
        form = QFormLayout()
        form.addRow("Prepared by", self.prepared_by)
        form.addRow("Save in", row)
        form.addRow("", self.unreviewed)
        form.addRow("", self.dismissed)
        self.reply_days = QSpinBox()
        self.reply_days.setRange(5, 60)
        self.reply_days.setValue(reply_days(session))  # the case's own, else the usual
        self.reply_days.setSuffix(" working days")
        self.reply_days.setAccessibleName("The letter asks for corrected minutes within")
        form.addRow("Ask for corrections within", self.reply_days)
        self._add_encryption(form)
        self.status = QLabel("You will get: the report (Word and PDF), an evidence bundle (.zip) with an audio clip "
                             "for each finding, and a letter to the chair that you can edit.")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.go = buttons.addButton("Export", QDialogButtonBox.AcceptRole)
        self.go.setObjectName("primary")
        self.go.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.unconfirmed = self._no_letter_warning()
        if self.unconfirmed is not None:
            layout.addWidget(self.unconfirmed)
            self.status.setText("You will get: the report (Word and PDF) and the evidence bundles (.zip) with an "
                                "audio clip for each finding.")
            self.reply_days.setEnabled(False)
        layout.addWidget(buttons)
        self.worker = None

    def _add_encryption(self, form: QFormLayout) -> None:
        """Encrypt the bundles (AES-256) with a passphrase the parent chooses; it is kept in memory only."""
        self.encrypt = QCheckBox("Encrypt the evidence bundles with a passphrase (AES-256)")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setPlaceholderText("At least 8 characters; a few words are easiest to pass on")
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.Password)
        self.passphrase_again.setAccessibleName("The passphrase again")
        hint = QLabel("Send the passphrase another way (a phone call, a text), never in the same email. Windows' "
                      "built-in zip cannot open encrypted zips: the recipient needs 7-Zip or similar.")
        hint.setWordWrap(True)
        for w in (self.passphrase, self.passphrase_again, hint):
            w.setEnabled(False)
            self.encrypt.toggled.connect(w.setEnabled)
        form.addRow("", self.encrypt)
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Again", self.passphrase_again)
        form.addRow("", hint)

    def _chosen_passphrase(self) -> tuple[str | None, str]:
        """(passphrase or None, problem in words or '')."""
        from app.report.bundle import check_passphrase

        if not self.encrypt.isChecked():
            return None, ""
        p = self.passphrase.text()
        try:
            check_passphrase(p)  # the bundle's own rule, before anything is written
        except FairMinutesError as e:
            return None, str(e)
        if p != self.passphrase_again.text():
            return None, "The two passphrases are not the same: type it again in both boxes."
        return p, ""

    def _no_letter_warning(self):
        """With no finding confirmed there is no letter: say so, and offer the review instead."""
        try:
            if confirmed_findings(self.session):
                return None
        except Exception:  # no findings yet: export itself will say what to do
            return None
        box = QLabel("No finding is confirmed yet, so there will be no letter to the chair: a letter carries "
                     "only the points you have listened to and confirmed.")
        box.setWordWrap(True)
        box.setObjectName("warning")
        review = QPushButton("Review the findings first")
        review.clicked.connect(self._open_review)
        holder = QVBoxLayout()
        holder.addWidget(box)
        holder.addWidget(review, 0, Qt.AlignLeft)
        w = QWidget()
        w.setLayout(holder)
        return w

    def _open_review(self) -> None:
        self.reject()
        show = getattr(self.parent(), "show_review", None)
        if show is not None:
            show(self.session)

    def _pick(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Save the report in", self.folder.text())
        if d:
            self.folder.setText(d)

    def _export(self) -> None:
        from app.report.export import export_session

        passphrase, problem = self._chosen_passphrase()
        if problem:
            self.status.setText(problem)
            return
        settings = load_settings()  # the passphrase is never saved: only the name
        settings["name"] = self.prepared_by.text().strip()
        save_settings(settings)
        self.go.setEnabled(False)
        self.status.setText("Writing the report…")
        self.worker = Worker(export_session, self.session, Path(self.folder.text()), self.prepared_by.text().strip(),
                             self.unreviewed.isChecked(), self.dismissed.isChecked(),
                             letter_days=self.reply_days.value(), passphrase=passphrase, pass_progress=False)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(lambda m: (self.status.setText(m), self.go.setEnabled(True)))
        self.worker.start()

    def _done(self, files) -> None:
        saved = [files.report_docx, files.report_pdf, files.bundle, files.email_bundle, files.letter]
        text = "Saved:\n\n" + "\n".join(str(p) for p in saved if p is not None)
        if files.no_letter:
            text += "\n\n" + files.no_letter
        if self.encrypt.isChecked():
            text += ("\n\nThe evidence bundles are encrypted. Send the passphrase another way, never in the same "
                     "email; the recipient opens them with 7-Zip (Windows' built-in zip cannot).")
        self.passphrase.clear()
        self.passphrase_again.clear()
        QMessageBox.information(self, "Exported", text)
        self.accept()


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        s = load_settings()
        self.model = QComboBox()
        for m in available_models():
            self.model.addItem(f"{m.name}: {m.description}", m.name)
        self.model.setCurrentIndex(max(0, self.model.findData(s.get("model", "tiny.en"))))
        self.mic = QComboBox()
        self.mic.addItem("The computer's default", None)
        try:
            for d in list_input_devices():
                self.mic.addItem(d.label, d.name)
        except Exception:
            pass
        self.mic.setCurrentIndex(max(0, self.mic.findData(s.get("microphone"))))
        self.hide_live = QCheckBox("Start with the live words hidden (Ctrl+H shows them)")
        self.hide_live.setChecked(bool(s.get("hide_live_transcript", False)))
        self.where = QLabel(f"{paths.home()}\n(readable by your user account only)")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.new_home = None
        move = QPushButton("Choose another folder…")
        move.clicked.connect(self._choose_home)
        where = QVBoxLayout()
        where.addWidget(self.where)
        where.addWidget(move)
        form = QFormLayout()
        form.addRow("Speech model", self.model)
        form.addRow("Microphone", self.mic)
        form.addRow("Privacy", self.hide_live)
        form.addRow("Storage", where)
        self.look = LookChoice(s)
        form.addRow("Text size", self.look.size)
        form.addRow("", self.look.contrast)
        note = QLabel("The built-in model works with no internet. A more accurate model is offered here when it is "
                      "installed; it is slower on an ordinary laptop.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _choose_home(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Keep FairMinutes' conferences in", str(paths.home()))
        if d:
            self.new_home = Path(d)
            self.where.setText(f"{d}\nConferences already recorded stay in {paths.home()}; move that folder's "
                               "contents here yourself if you want them listed.")

    def _save(self) -> None:
        if self.new_home is not None:
            paths.choose_storage(self.new_home)
        s = load_settings()
        s["model"] = self.model.currentData()
        s["microphone"] = self.mic.currentData()
        s["hide_live_transcript"] = self.hide_live.isChecked()
        self.look.save_into(s)  # shown at once, saved with the rest
        save_settings(s)
        self.accept()


HELP = """
<h2>What FairMinutes does</h2>
<ul>
<li>Records the conference on this computer. The recording is saved every half second: a crash or a flat
battery loses almost nothing, and the next start repairs it.</li>
<li>Writes down what is said, on this computer. <b>Nothing is sent over the internet.</b></li>
<li>Lets a friend add notes with the time, with a few keys.</li>
<li>Later, compares the council's minutes with what was said, and shows each difference with the recording
to listen to.</li>
<li>Makes a report, an evidence bundle and a letter asking for the minutes to be corrected.</li>
</ul>
<h2>What it does not do</h2>
<ul>
<li>The automatic transcript makes mistakes. <b>Always listen</b> to the recording before you rely on a finding.</li>
<li>It cannot tell what people meant, and it can miss things or flag things wrongly.</li>
<li>It is not legal advice.</li>
</ul>
<h2>Your usual rights around a conference</h2>
<p><i>This is general information, not legal advice. Local procedures differ; ask the conference chair or an
advocate what applies to you.</i></p>
<ul>
<li><b>Seeing the report before the conference.</b> Parents should normally get the social worker's report
before the conference (often at least two working days before), so that they can read it and correct mistakes.</li>
<li><b>Bringing someone with you.</b> You can usually bring a supporter, a friend or relative, or an advocate.
A solicitor may come to support you, though not to argue the case as in court.</li>
<li><b>Recording.</b> Ask the chair at the start. If recording is refused, a friend's timestamped notes are
still useful.</li>
<li><b>The minutes.</b> You should be sent the minutes (or the parts about you). If they are wrong, you can ask
in writing for them to be corrected; if they are not changed, ask for your disagreement to be kept with them.</li>
<li><b>Complaints.</b> Councils have a complaints procedure for child protection conferences. If you are still
unhappy at the end of it, you can go to the Local Government and Social Care Ombudsman.</li>
</ul>
"""


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Help")
        text = QTextBrowser()
        text.setHtml(HELP)
        text.setOpenExternalLinks(False)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(close)
        self.resize(720, 560)
