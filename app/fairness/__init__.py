"""How the conference was run and which errors matter (issue #17): procedural cues from the
transcript and notes (cues.py), checks of the minutes themselves (quality.py), a materiality weight
on every finding (materiality.py), the procedural record kept with the session (procedure.py) and
the plain rights help (rights.py)."""

from __future__ import annotations

import re

from app.compare.attribution import family_side
from app.fairness import cues as cue_mod
from app.fairness.materiality import weigh_all
from app.fairness.quality import check_minutes


def judge_minutes(minutes, turns, findings, speakers_known: bool) -> list:
    """After the comparison: the quality findings of the minutes (returned, to add to the
    findings), and a materiality weight on every finding, old and new."""
    family = {w for a in minutes.attendees if family_side(a.role) or family_side(a.name)
              for w in re.findall(r"[a-z]+", a.name.lower()) if len(w) > 2}
    found = cue_mod.find_cues(turns, speakers_known)
    quality = check_minutes(minutes, turns, findings, found, speakers_known)
    views = {round(e.start, 1) for c in found if c.type == "professional_dissent" for e in c.evidence
             if e.speaker == c.speaker}
    weigh_all(findings + quality, family, views)
    return quality
