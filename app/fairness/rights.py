"""Plain help about what usually happens, said as "usually", never as law: local procedures vary
and the parent is pointed to their local safeguarding partnership's procedures every time."""

from __future__ import annotations

CHECK_LOCAL = "Check your local safeguarding partnership's procedures: they vary from place to place."

# (topic, what usually happens) -- the topics match the procedural record's fields
USUALLY = [
    ("reports", "Parents usually receive the reports for a conference at least 2 to 3 working days before it, "
                "so that they have time to read them and ask for errors to be put right."),
    ("minutes", "The minutes are usually sent within about 15 working days of the conference (local procedures "
                "vary)."),
    ("review", "The first review conference is usually held within 3 months of the initial conference, and "
               "later reviews at most every 6 months while a child protection plan lasts."),
    ("advocate", "Parents can usually bring a supporter or an advocate (a friend, a relative, or someone from an "
                 "advocacy service) to the conference."),
    ("speak", "Parents are usually invited to give their views in the conference before the decision is made, "
              "and the chair usually explains the decision and the reasons for it."),
]


def usually(topic: str) -> str:
    return next((text for t, text in USUALLY if t == topic), "")


def all_help() -> list[str]:
    """Every line of help, with the reminder that local procedures vary."""
    return [text for _, text in USUALLY] + [CHECK_LOCAL]
