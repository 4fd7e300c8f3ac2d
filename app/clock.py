"""Times as people read them: 75 -> '1:15', 3725 -> '1:02:05'; and the wall clock as files store it."""

from datetime import datetime


def clock(seconds: float) -> str:
    s = int(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def now_iso() -> str:
    """The wall clock with its UTC offset, to the millisecond: how every file records 'when'."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")
