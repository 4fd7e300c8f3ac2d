"""Every gated pattern (app.compare.cue_patterns.Gated) is read only where one of its words is in
the text: each of its matches must hold one of them, or a wording added to the pattern without its
word is silently never read (tests/regex_words.py proves it from the pattern's parsed form)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import app
from app.compare.cue_patterns import Gated, InASentenceWith
from tests.regex_words import covered


def _gated() -> dict[str, Gated]:
    found: dict[int, tuple[str, Gated]] = {}

    def visit(value, name: str, depth: int = 0) -> None:
        if isinstance(value, InASentenceWith):
            value = value.gated
        if isinstance(value, Gated):
            found.setdefault(id(value), (name, value))
        elif isinstance(value, (list, tuple)) and depth < 3:
            for i, x in enumerate(value):
                visit(x, f"{name}[{i}]", depth + 1)

    for module in pkgutil.walk_packages(app.__path__, "app."):
        if module.name.startswith(("app.compare", "app.fairness", "app.minutes")):
            for name, value in vars(importlib.import_module(module.name)).items():
                visit(value, f"{module.name}.{name}")
    return dict(found.values())


def test_every_gated_pattern_holds_one_of_its_words_in_every_match():
    gated = _gated()
    assert len(gated) >= 30
    unproved = [name for name, g in gated.items() if not covered(g.pattern, g.words)]
    assert unproved == []


def test_the_proof_fails_where_a_word_is_left_out():
    pattern = re.compile(r"\b(?:that's true|fair enough|i agree)\b", re.I)
    assert covered(pattern, ("true", "fair", "agree"))
    assert not covered(pattern, ("fair", "agree"))
