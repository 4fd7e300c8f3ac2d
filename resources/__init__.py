"""Files the app ships: fonts for the PDF report, the stylesheet, the demo conference."""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return HERE.joinpath(*parts)
