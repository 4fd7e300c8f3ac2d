"""Letters for each step after a conference, as editable .docx written from the case's facts:
asking for the minutes and reports, a follow-up when no reply has come, a subject access request,
a complaint about the conference, and a summary for the Ombudsman. The correction request itself
is app/report/letter.py (from confirmed findings only); `write_all` calls it for that type.

Every letter cites its dates with the rule behind them, is signed with the parent's name and
address kept in the case (asked once), ends with a footer saying it was prepared with FairMinutes
and is not legal advice, and never holds placeholder text.
"""

TYPES = ("minutes_request", "correction", "follow_up", "sar", "complaint", "ombudsman")
