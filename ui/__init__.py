"""The FairMinutes desktop app (PySide6). Screens: start, at the conference (record), review;
dialogs: settings, help, export. Long work runs on workers (workers.py) that call app/."""
