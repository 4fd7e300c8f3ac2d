"""What a check is given: a Case, one statement of the minutes and where it best fits in the meeting,
with its Context, what every check may need about the whole conference (built once per
comparison). A check (Check) is a function of a Case that answers with a Finding or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from app.compare.align import Aligner, Match
from app.compare.checks.tuning import TUNING, Tuning
from app.compare.findings import Finding
from app.compare.turns import Turn
from app.minutes.people import Cast
from app.minutes.statements import Statement


@dataclass
class Context:
    """What every check may need about the whole conference (built once per comparison)."""

    cast: Cast
    names: list[str]  # attendees' names: words that say who, not what
    speakers_known: bool
    family_voices: list[str] = field(default_factory=list)
    dissenting: list[Turn] | None = None  # professionals' turns that disagree (found when first asked)
    figures_asked: list | None = None  # answers giving a figure, with their question (found when first asked)
    people: dict[str, set[str]] = field(default_factory=dict)  # name word -> attendees; role word -> none
    tuning: Tuning = TUNING
    conference_date: date | None = None  # the day of the meeting: "yesterday" is a date (dates.py)
    # the relatives, school staff and health services the meeting named, and those the roster's
    # roles and the speakers' labels name (named_for_another.py)
    named_in_meeting: frozenset = frozenset()
    roles_named: frozenset = frozenset()
    proper_names: frozenset = frozenset()  # names of people and places the meeting said (text.proper_names)
    capitalised_only: frozenset = frozenset()  # words the meeting and the minutes write only with a capital

    @property
    def name_words(self) -> frozenset[str]:
        """The words of attendees' names and their initials, lower case (worked out once)."""
        if self._name_words is None:
            self._name_words = frozenset(self.people) | {a.initials.lower() for a in self.cast.attendees
                                                         if a.initials}
        return self._name_words

    _name_words: frozenset[str] | None = field(default=None, init=False, repr=False)  # (name_words, once)

    @property
    def names_here(self) -> frozenset[str]:
        """Every word that names someone (or somewhere) here, lower case: the attendees' name and
        role words, the names the meeting says, and the words it and the minutes write only with a
        capital (worked out once)."""
        if self._names_here is None:
            self._names_here = frozenset(self.people) | self.proper_names | self.capitalised_only
        return self._names_here

    _names_here: frozenset[str] | None = field(default=None, init=False, repr=False)

    def without_names(self, words) -> set[str]:
        """The words but those that name: what a statement says of something, not who or where."""
        return set(words) - self.name_words - self.names_here

    @property
    def other_names(self) -> dict[str, tuple[str, ...]]:
        """A word of an attendee's name -> the other words of the names it may be ("fisher" ->
        "leanne"), worked out once."""
        if self._other_names is None:
            self._other_names = {w: tuple(u for u, who in self.people.items() if u != w and who & whose)
                                 for w, whose in self.people.items() if whose}
        return self._other_names

    _other_names: dict[str, tuple[str, ...]] | None = field(default=None, init=False, repr=False)
    # each statement's clauses as _contradiction reads them, worked out once (_clause_plan)
    clause_plans: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # each turn's units of figures (changed_details._figure_units) and each credited person's
    # sentences, as written and with names masked (shared.own_sentences): read once a comparison
    figure_units: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    own_sentences: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # polarity.clash of a clause and a sentence (with what it answers and whom the clause names), as
    # _contradiction asks it: the same pair meets again for each of a clause's predicates and each
    # passage a statement is set against (a third of the asks, 2,600 in a long meeting)
    clashes: dict = field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass
class Case:
    """One statement of the minutes and where it best fits in the meeting."""

    st: Statement
    words: list[str]  # the statement's comparable words (names and register left out)
    match: Match
    aligner: Aligner
    ctx: Context

    @property
    def turns(self) -> list[Turn]:
        return self.aligner.turns

    @property
    def region(self) -> list[Turn]:
        """The best match and one turn either side."""
        return self.turns[max(0, self.match.first - 1): self.match.last + 2]


Check = Callable[[Case], "Finding | None"]
