"""`fairminutes case`: make a case, put conferences in, record dates, show the timeline."""

from app.cases.store import list_cases
from app.cli import main
from app.session import create_session


def test_case_commands_from_new_to_show(capsys):
    icpc = create_session("ICPC", date="2026-05-22")
    assert main(["case", "new", "Rowan's case", "--child", "Rowan Pike", "--council", "Oldbridge Council",
                 "--name", "Dana Pike", "--address", "4 Mill Lane\\nOldbridge"]) == 0
    [case] = list_cases()
    assert case.read().parent.address == "4 Mill Lane\nOldbridge"
    assert main(["case", "add", case.id, icpc.id]) == 0
    assert main(["case", "record", case.id, icpc.id, "letter_sent", "2026-06-22", "--letter", "sar"]) == 0
    capsys.readouterr()
    assert main(["case", "show", case.id, "--today", "2026-07-01"]) == 0
    out = capsys.readouterr().out
    assert "15 June 2026  Minutes expected  [OVERDUE]" in out
    assert "22 July 2026  Subject access request answer due  [open]" in out and "One calendar month" in out
    assert "Next date: Subject access request answer due, Wednesday 22 July 2026." in out
    assert "Overdue: Minutes expected (was due Monday 15 June 2026)." in out
    assert main(["case", "list"]) == 0 and "Rowan's case  (1 conference)" in capsys.readouterr().out


def test_case_command_errors_are_one_line(capsys):
    assert main(["case", "show", "nowhere"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["case", "new", "X"]) == 0
    [case] = list_cases()
    s = create_session("A")
    assert main(["case", "record", case.id, s.id, "minutes_received", "22/05/2026"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
