"""One calm look: large, readable type, soft colours, and status never shown by colour alone.

Two settings change it (Settings, saved in settings.json): larger text (100, 125 or 150 % of the
usual size) and high contrast (black on white, strong borders). `apply_style` sets both on the
running app; widgets that paint themselves (the timeline, the findings list) read `colours()`.
"""

from __future__ import annotations

from app.settings import load_settings

TEXT_SIZES = (100, 125, 150)  # per cent of the usual size; 150 is what the review is checked at

CALM = {"window": "#f7f8fa", "base": "#ffffff", "text": "#1f2d3d", "muted": "#4a5868", "border": "#c9d1db",
        "button": "#ffffff", "hover": "#eef3f9", "accent": "#2f6fb3", "accent_dark": "#255a92",
        "selected": "#d6e6f7", "selected_text": "#111111", "header": "#eef1f5", "speech": "#9fb3c8",
        "note": "#2f6fb3", "finding": "#e65100", "head": "#c62828", "material": "#b34700",
        "warn_bg": "#fff4e5", "warn_border": "#f0b35b", "warn_text": "#5a3b00",
        "good_bg": "#e8f5e9", "good_border": "#81c784", "good_text": "#1b5e20", "border_width": "1px",
        "supported_bg": "#e8f5e9", "finding_bg": "#fff3e0"}
CONTRAST = {"window": "#ffffff", "base": "#ffffff", "text": "#000000", "muted": "#000000", "border": "#000000",
            "button": "#ffffff", "hover": "#ffff66", "accent": "#0000b3", "accent_dark": "#000066",
            "selected": "#000000", "selected_text": "#ffffff", "header": "#e0e0e0", "speech": "#555555",
            "note": "#0000b3", "finding": "#b30000", "head": "#000000", "material": "#000000",
            "warn_bg": "#ffffff", "warn_border": "#000000", "warn_text": "#000000",
            "good_bg": "#ffffff", "good_border": "#000000", "good_text": "#000000", "border_width": "2px",
            "supported_bg": "#ffffff", "finding_bg": "#ffffff"}

_current = {"percent": 100, "high_contrast": False}

TEMPLATE = """
QWidget {{ font-size: {body}pt; color: {text}; }}
QMainWindow, QDialog {{ background: {window}; }}
QPushButton {{ padding: 6px 14px; border: {border_width} solid {border}; border-radius: 6px; background: {button};
              color: {text}; }}
QPushButton:hover {{ background: {hover}; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton:disabled {{ color: {muted}; border-style: dashed; }}
QPushButton#primary {{ background: {accent}; color: white; border: 1px solid {accent_dark}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {accent_dark}; }}
QPushButton#record {{ font-size: {record}pt; font-weight: 700; padding: 12px 26px; border-radius: 10px;
                     background: #c62828; color: white; border: 1px solid #9c1f1f; }}
QPushButton#record[state="recording"] {{ background: #ffffff; color: #9c1f1f; border: 2px solid #c62828; }}
QPushButton#stop {{ font-size: {stop}pt; padding: 10px 20px; border-radius: 10px; }}
QLabel#title {{ font-size: {title}pt; font-weight: 700; color: {text}; }}
QLabel#subtitle {{ color: {muted}; }}
QLabel#keys {{ color: {muted}; }}
QLabel#recording {{ color: #c62828; font-weight: 700; font-size: {stop}pt; }}
QLabel#elapsed {{ font-size: {elapsed}pt; font-weight: 700; font-family: monospace; color: {text}; }}
QLabel#banner {{ background: {warn_bg}; border: {border_width} solid {warn_border}; border-radius: 6px; padding: 8px;
                color: {warn_text}; }}
QLabel#good {{ background: {good_bg}; border: {border_width} solid {good_border}; border-radius: 6px; padding: 8px;
              color: {good_text}; }}
QListWidget, QTableWidget, QTextEdit, QTextBrowser, QLineEdit, QComboBox, QPlainTextEdit {{ background: {base};
    color: {text}; border: {border_width} solid {border}; border-radius: 4px; }}
QListWidget::item {{ padding: 4px; }}
QListWidget::item:selected, QTableWidget::item:selected {{ background: {selected}; color: {selected_text}; }}
QGroupBox {{ font-weight: 600; border: {border_width} solid {border}; border-radius: 6px; margin-top: 14px;
            padding: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QProgressBar {{ border: 1px solid {border}; border-radius: 4px; text-align: center; background: white; }}
QProgressBar::chunk {{ background: #4caf50; }}
"""


def style_sheet(percent: int = 100, high_contrast: bool = False) -> str:
    """The app's style sheet with the text `percent` of its usual size."""
    scale = max(100, min(150, int(percent))) / 100
    sizes = {name: f"{round(pt * scale, 1):g}" for name, pt in
             (("body", 11), ("record", 15), ("stop", 13), ("title", 18), ("elapsed", 22))}
    return TEMPLATE.format(**sizes, **(CONTRAST if high_contrast else CALM))


STYLE = style_sheet()  # the usual look


def colours() -> dict:
    """The colours of the look now in use, for widgets that paint themselves."""
    return CONTRAST if _current["high_contrast"] else CALM


def text_percent() -> int:
    return _current["percent"]


def read_choice(settings: dict) -> tuple[int, bool]:
    """The text size and contrast saved in settings.json; anything odd there reads as the usual."""
    try:
        percent = int(settings.get("text_size", 100))
    except (TypeError, ValueError):
        percent = 100
    return (percent if percent in TEXT_SIZES else 100), bool(settings.get("high_contrast", False))


def apply_style(app, settings: dict | None = None) -> None:
    """Set the saved (or given) text size and contrast on the running app: at start and whenever
    Settings are saved, so a change shows at once."""
    if settings is None:
        settings = load_settings()
    percent, contrast = read_choice(settings)
    _current.update(percent=percent, high_contrast=contrast)
    app.setStyleSheet(style_sheet(percent, contrast))
    for widget in app.allWidgets():  # views that paint rows themselves recompute their heights
        relayout = getattr(widget, "style_changed", None)
        if callable(relayout):
            relayout()
