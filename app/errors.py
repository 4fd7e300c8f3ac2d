"""Errors a person can act on: each carries one plain sentence of what happened and what to do."""


class FairMinutesError(Exception):
    """An error meant for the user. str(e) is a complete, plain sentence; no traceback is shown."""


class DamagedFileError(FairMinutesError):
    """A session file could not be read. The message names the file and says what was kept."""

    def __init__(self, path, detail: str, kept: str = ""):
        self.path = path
        msg = f"{path} is damaged ({detail})."
        if kept:
            msg += f" {kept}"
        super().__init__(msg)
