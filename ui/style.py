"""One calm look: large, readable type, soft colours, and status never shown by colour alone."""

STYLE = """
QWidget { font-size: 11pt; }
QMainWindow, QDialog { background: #f7f8fa; }
QPushButton { padding: 6px 14px; border: 1px solid #b8c0cc; border-radius: 6px; background: #ffffff; }
QPushButton:hover { background: #eef3f9; }
QPushButton:focus { border: 2px solid #2f6fb3; }
QPushButton#primary { background: #2f6fb3; color: white; border: 1px solid #255a92; font-weight: 600; }
QPushButton#primary:hover { background: #255a92; }
QPushButton#record { font-size: 15pt; font-weight: 700; padding: 12px 26px; border-radius: 10px;
                     background: #c62828; color: white; border: 1px solid #9c1f1f; }
QPushButton#record[state="recording"] { background: #ffffff; color: #9c1f1f; border: 2px solid #c62828; }
QPushButton#stop { font-size: 13pt; padding: 10px 20px; border-radius: 10px; }
QLabel#title { font-size: 18pt; font-weight: 700; color: #1f2d3d; }
QLabel#subtitle { color: #4a5868; }
QLabel#recording { color: #c62828; font-weight: 700; font-size: 13pt; }
QLabel#elapsed { font-size: 22pt; font-weight: 700; font-family: monospace; color: #1f2d3d; }
QLabel#banner { background: #fff4e5; border: 1px solid #f0b35b; border-radius: 6px; padding: 8px; color: #5a3b00; }
QLabel#good { background: #e8f5e9; border: 1px solid #81c784; border-radius: 6px; padding: 8px; color: #1b5e20; }
QListWidget, QTableWidget, QTextEdit, QLineEdit, QComboBox, QPlainTextEdit { background: #ffffff;
    border: 1px solid #c9d1db; border-radius: 4px; }
QListWidget::item { padding: 4px; }
QListWidget::item:selected, QTableWidget::item:selected { background: #d6e6f7; color: #111; }
QGroupBox { font-weight: 600; border: 1px solid #d5dbe3; border-radius: 6px; margin-top: 14px; padding: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QProgressBar { border: 1px solid #c9d1db; border-radius: 4px; text-align: center; background: white; height: 16px; }
QProgressBar::chunk { background: #4caf50; }
"""
