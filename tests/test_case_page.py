"""The case screen: both conferences on the timeline, the next date, overdue items said plainly,
the rule behind a date, and the start screen's rows grouped by case."""

from app.cases.store import create_case, group_by_case
from app.session import create_session, list_sessions
from tests.case_factory import TODAY, build_case
from ui.case_page import CasePage


def _rows(page):
    out = []
    for n in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(n)
        out.append((head.text(1), [(head.child(k).text(0), head.child(k).text(1), head.child(k).text(2))
                                   for k in range(head.childCount())]))
    return out

def test_case_page_shows_both_conferences_next_date_and_overdue(qtbot, tmp_path):
    built = build_case(tmp_path)
    page = CasePage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.load(built.case, today=TODAY)
    rows = _rows(page)
    assert [r[0] for r in rows] == ["Initial child protection conference: ICPC for Maisie",
                                    "Review child protection conference: Review for Maisie"]
    first = rows[0][1]
    assert ("6 July 2026", "Reply expected (request to correct the minutes)", "OVERDUE") in first
    assert ("15 June 2026", "Minutes expected", "Came late") in first
    second = rows[1][1]
    assert any(r[1].startswith("Raised on 22 June 2026, not corrected") for r in second)
    assert page.next_due.text() == "Next date: Next review conference due, Friday 19 February 2027."
    assert page.overdue.isVisible()
    assert "Overdue (2)" in page.overdue.text() and "was due Monday 6 July 2026" in page.overdue.text()
    assert "Follow-up: no reply yet (ICPC for Maisie): no reply to the request to correct the minutes" in page.letters.text()
    # Choosing a date shows its rule.
    head = page.tree.topLevelItem(0)
    sar = next(head.child(k) for k in range(head.childCount()) if head.child(k).text(1).startswith("Subject access"))
    page.tree.setCurrentItem(sar)
    assert "One calendar month" in page.rule.text()
    # Double-clicking a conference asks to open it.
    with qtbot.waitSignal(page.open_requested) as opened:
        page.tree.itemDoubleClicked.emit(page.tree.topLevelItem(1), 0)
    assert opened.args[0].id == built.second.id

def test_a_reply_recorded_clears_the_overdue_banner_item(qtbot, tmp_path):
    built = build_case(tmp_path)
    page = CasePage()
    qtbot.addWidget(page)
    page.load(built.case, today=TODAY)
    built.case.record("reply_received", built.first, "2026-07-10", letter="correction")
    built.case.record("reply_received", built.first, "2026-07-15", letter="sar")
    page.refresh()
    assert not page.overdue.isVisibleTo(page)
    assert all("OVERDUE" not in r[2] for _, rows in _rows(page) for r in rows)

def test_start_screen_rows_group_by_case():
    a = create_session("Alone", date="2026-01-02")
    b = create_session("ICPC one", date="2026-02-03")
    c = create_session("RCPC one", kind="RCPC", date="2026-05-01")
    case = create_case("One's case")
    case.add(b)
    case.add(c)
    groups = group_by_case(list_sessions())
    assert [(g[0].id if g[0] else None, [r.title for r in g[1]]) for g in groups] == [
        (case.id, ["RCPC one", "ICPC one"]), (None, ["Alone"])]
    assert a.id not in case.read().conferences


def test_start_screen_shows_the_case_on_its_first_conference(qtbot):
    from ui.start_page import StartPage

    create_session("Alone", date="2026-01-02")
    b = create_session("ICPC one", date="2026-02-03")
    c = create_session("RCPC one", kind="RCPC", date="2026-05-01")
    case = create_case("One's case")
    case.add(b)
    case.add(c)
    start = StartPage()
    qtbot.addWidget(start)
    table = [[start.table.item(r, col).text() for col in range(2)] for r in range(start.table.rowCount())]
    assert table == [["One's case", "RCPC one"], ["", "ICPC one"], ["Not in a case", "Alone"]]
    start.table.selectRow(1)
    with qtbot.waitSignal(start.case_requested) as asked:
        start.case_btn.click()
    assert asked.args[0].id == case.id


def test_case_details_keep_the_parents_name_and_address_for_every_letter(qtbot):
    from ui.case_page import CaseDialog

    case = create_case("Rowan's case")
    dialog = CaseDialog(case)
    qtbot.addWidget(dialog)
    dialog.child.setText("Rowan Pike, Ivy Pike")
    dialog.name.setText("Dana Pike")
    dialog.address.setPlainText("4 Mill Lane\nOldbridge OB2 9PP")
    dialog.minutes_days.setValue(20)
    dialog.save()
    info = case.read()
    assert info.parent.name == "Dana Pike" and info.parent.address == "4 Mill Lane\nOldbridge OB2 9PP"
    assert [c.name for c in info.children] == ["Rowan Pike", "Ivy Pike"] and info.child_names() == "Rowan Pike and Ivy Pike"
    assert info.minutes_working_days == 20


def test_the_window_opens_a_case_from_the_start_screen_and_goes_back(qtbot, tmp_path):
    from ui.main_window import MainWindow

    built = build_case(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.start.refresh()
    window.start.table.selectRow(0)
    window.start.case_btn.click()
    assert window.stack.currentWidget() is window.case and window.case.case.id == built.case.id
    assert window.case.tree.topLevelItemCount() == 2
    window.case.back.emit()
    assert window.stack.currentWidget() is window.start


def test_record_a_date_dialog_gives_the_journal_its_entry(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    from app.cases.store import EVENTS
    from ui.case_page import RecordDateDialog

    built = build_case(tmp_path)
    dialog = RecordDateDialog("ICPC for Maisie")
    qtbot.addWidget(dialog)
    dialog.show()
    assert {dialog.what.itemData(i) for i in range(dialog.what.count())} == set(EVENTS)  # every event, no other
    assert not dialog.which.isEnabled()
    dialog.what.setCurrentIndex(2)  # a reply came
    assert dialog.which.isEnabled()
    dialog.which.setCurrentIndex(list(dialog.which.itemData(i) for i in range(dialog.which.count())).index("correction"))
    dialog.date.setDate(QDate(2026, 7, 3))
    built.case.record(dialog.happened(), built.first, dialog.day(), letter=dialog.letter())
    [entry] = [e for e in built.case.entries(built.first) if e.event == "reply_received"]
    assert entry.letter == "correction" and entry.on.isoformat() == "2026-07-03"


def test_put_in_case_makes_a_new_case_from_the_conference_details(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.case_page import put_in_case

    s = create_session("ICPC", date="2026-02-03", local_authority="Westfold Council")
    info = s.read_info()
    info.child_name, info.reference = "Tam Reyes", "WF/99"
    s.write_info(info)
    before = s.info_path.read_bytes()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A new case…", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (k.get("text", ""), True))
    case = put_in_case(s)
    got = case.read()
    assert got.title == "Tam Reyes's case" and got.council == "Westfold Council" and got.reference == "WF/99"
    assert [c.name for c in got.children] == ["Tam Reyes"] and got.conferences == [s.id]
    assert s.info_path.read_bytes() == before
    # A second conference goes into the same case, chosen by its name.
    t = create_session("RCPC", kind="RCPC", date="2026-05-01")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Tam Reyes's case", True))
    assert put_in_case(t).id == case.id and case.read().conferences == [s.id, t.id]


def test_write_letters_from_the_case_screen(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    built = build_case(tmp_path)
    page = CasePage()
    qtbot.addWidget(page)
    page.load(built.case, today=TODAY)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(2))  # a date of the first conference
    out = tmp_path / "letters"
    out.mkdir()
    shown = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    page._write_letters()
    assert sorted(p.name for p in out.iterdir()) == sorted([
        "minutes-request.docx", "correction-request.docx", "follow-up.docx", "subject-access-request.docx",
        "complaint.docx", "ombudsman-summary.docx"])
    assert "Subject access request: subject-access-request.docx" in shown[0]
