"""The look, in Settings: larger text (up to 150 %) and high contrast, saved in settings.json and
applied to the running app as soon as Settings are saved (ui/style.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from ui.style import TEXT_SIZES, apply_style, read_choice

SIZE_WORDS = {100: "Usual (100 %)", 125: "Larger (125 %)", 150: "Largest (150 %)"}


class LookChoice:
    """The two controls the Settings dialog shows, and what saving them does."""

    def __init__(self, settings: dict):
        percent, contrast = read_choice(settings)
        self.size = QComboBox()
        self.size.setAccessibleName("Text size")
        for p in TEXT_SIZES:
            self.size.addItem(SIZE_WORDS[p], p)
        self.size.setCurrentIndex(max(0, self.size.findData(percent)))
        self.contrast = QCheckBox("High contrast (black on white, strong borders)")
        self.contrast.setChecked(contrast)

    def save_into(self, settings: dict) -> None:
        """Write the choice into `settings` (saved by the dialog) and show it at once."""
        settings["text_size"] = self.size.currentData()
        settings["high_contrast"] = self.contrast.isChecked()
        app = QApplication.instance()
        if app is not None:
            apply_style(app, settings)
