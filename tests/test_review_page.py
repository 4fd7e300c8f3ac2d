"""The review at 1366x768 with thirty findings (tests/review_session.py: a scripted conference's
transcript and minutes .docx, the real comparer, findings made up to thirty): how many fit in view,
the keys, confirmed apart from not yet checked, and the materiality sort and filter."""

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.review_session import build_review_session  # noqa: E402


@pytest.fixture
def thirty():
    return build_review_session(30)


@pytest.fixture
def window(qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)  # the review's keys are shortcuts: they work in the active window
    yield w
    w.review.stop_playing()


def shown_ids(panel):
    return [panel.list.item(r).data(Qt.UserRole) for r in panel.rows()]


def test_thirty_findings_show_at_least_eight_at_once_at_1366x768(qtbot, window, thirty):
    window.show_review(thirty)
    qtbot.wait(50)
    panel = window.review.findings_panel
    assert (window.width(), window.height()) == (1366, 768)
    assert len(panel.rows()) == 30
    assert panel.list.verticalScrollBar().value() == 0
    in_view = panel.visible_finding_rows()
    assert in_view >= 8, f"only {in_view} findings in view"


def test_keys_step_through_findings_and_confirm_one(qtbot, window, thirty):
    window.show_review(thirty)
    review = window.review
    panel = review.findings_panel
    first, second, third = shown_ids(panel)[:3]
    assert panel.current_id() == first and panel.list.hasFocus()  # opens on the first, keys ready
    qtbot.keyClick(panel.list, Qt.Key_N)
    qtbot.keyClick(panel.list, Qt.Key_N)
    assert panel.current_id() == third
    qtbot.keyClick(panel.list, Qt.Key_P)
    assert panel.current_id() == second
    assert "The minutes" in review.detail.text.toPlainText()
    qtbot.keyClick(panel.list, Qt.Key_C)
    lines = [json.loads(line) for line in thirty.review_path.read_text().splitlines()]
    assert lines[-1]["finding"] == second and lines[-1]["decision"] == "confirmed"
    # It moves to "Confirmed", and the selection goes on to the next one not yet checked.
    assert panel.current_id() == third
    headings = [panel.list.item(r).data(Qt.UserRole + 1)["text"] for r in range(panel.list.count())
                if panel.list.item(r).data(Qt.UserRole) is None]
    assert headings[0].startswith("? Not yet checked") and "(29)" in headings[0]
    assert headings[1].startswith("✔ Confirmed by you") and "(1)" in headings[1]
    assert shown_ids(panel)[-1] == second
    qtbot.keyClick(panel.list, Qt.Key_D)
    assert thirty.review().current()[third].decision == "dismissed"


def test_space_plays_the_selected_findings_words(qtbot, window, thirty, monkeypatch):
    window.show_review(thirty)
    review = window.review
    played = []
    monkeypatch.setattr(review, "play_from", lambda start, end=None: played.append((start, end)))
    f = review._finding(review.findings_panel.current_id())
    qtbot.keyClick(review.findings_list, Qt.Key_Space)
    assert played == [(f.evidence[0].start, f.evidence[-1].end + 0.5)]
    assert review.findings_panel.current_id() == f.id  # listening does not move on


def test_material_only_shows_only_material_findings_most_important_first(qtbot, window, thirty):
    from app.compare.findings import MATERIAL_FROM, load_findings, materiality_order

    window.show_review(thirty)
    panel = window.review.findings_panel
    findings = load_findings(thirty.findings_path).findings
    weights = {f.id: f.materiality.weight if f.materiality else None for f in findings}
    assert sum(w is None for w in weights.values()) == 3  # older findings without a weight still show
    assert shown_ids(panel) == [f.id for f in materiality_order(findings)]  # the report's order
    assert weights[shown_ids(panel)[0]] == 0.9
    panel.material.setChecked(True)
    material = shown_ids(panel)
    assert material and all(weights[i] is not None and weights[i] >= MATERIAL_FROM for i in material)
    assert len(material) == sum(1 for w in weights.values() if w is not None and w >= MATERIAL_FROM)
    panel.material.setChecked(False)
    assert len(shown_ids(panel)) == 30


def test_a_marker_on_the_timeline_selects_its_finding(qtbot, window, thirty):
    from ui.timeline import MARKER

    window.show_review(thirty)
    review = window.review
    assert MARKER >= 8
    xs = {i: review.timeline.marker_x(i) for i in shown_ids(review.findings_panel)}
    # a marker standing alone (two findings on neighbouring words share a place on the line)
    fid = next(i for i in shown_ids(review.findings_panel)[5:] if xs[i] is not None
               and all(j == i or x is None or abs(x - xs[i]) > MARKER for j, x in xs.items()))
    x = review.timeline.marker_x(fid)
    qtbot.mouseClick(review.timeline, Qt.LeftButton, pos=review.timeline.rect().bottomLeft().__class__(
        int(x), review.timeline.height() - 4))
    assert review.findings_panel.current_id() == fid



def test_words_the_recogniser_was_unsure_of_are_marked_in_the_quote(qtbot, window, thirty):
    from PySide6.QtGui import QTextCharFormat

    from app.compare.evidence import UNSURE_NOTE
    from app.compare.findings import load_findings

    f = next(f for f in load_findings(thirty.findings_path).findings if f.evidence and len(f.evidence[0].text.split()) > 4)
    e = f.evidence[0]
    data = json.loads(thirty.transcript_path.read_text())
    seg = next(s for s in data["segments"] if s["start"] <= e.start + 0.01 and s["end"] >= e.end - 0.01)
    words = seg["text"].split()
    quoted = e.text.split()
    first = next(i for i in range(len(words)) if words[i:i + len(quoted)] == quoted)  # the quote in its segment
    unsure = max(i for i in range(first, first + len(quoted) - 1) if len(words[i].strip(".,;:?!")) >= 4)
    step = (seg["end"] - seg["start"]) / len(words)
    seg["words"] = [{"start": seg["start"] + i * step, "end": seg["start"] + (i + 1) * step, "word": " " + w,
                     "probability": 0.2 if i == unsure else 0.95} for i, w in enumerate(words)]
    thirty.transcript_path.write_text(json.dumps(data))
    window.show_review(thirty)
    review = window.review
    review.findings_panel.select(f.id)
    doc = review.detail.text.document()
    dotted = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().underlineStyle() == QTextCharFormat.DotLine:
                dotted.append(frag.text())
            it += 1
        block = block.next()
    assert dotted == [words[unsure]] or dotted == [words[unsure].strip(".,?!")], dotted
    assert UNSURE_NOTE in review.detail.text.toPlainText()


def test_a_confirmed_findings_marker_changes_shape(qtbot, window, thirty):
    window.show_review(thirty)
    review = window.review
    fid = next(i for i in shown_ids(review.findings_panel) if review.timeline.marker_x(i) is not None)
    review.findings_panel.select(fid)
    assert review.timeline.states[fid] == "unreviewed" and review.timeline.labels[fid]
    review._decide("confirmed")
    assert review.timeline.states[fid] == "confirmed"


def test_the_list_sorts_by_how_sure_and_by_the_minutes_order_too(qtbot, window, thirty):
    from app.compare.findings import load_findings

    window.show_review(thirty)
    panel = window.review.findings_panel
    findings = load_findings(thirty.findings_path).findings
    sure = {f.id: round(f.confidence, 2) for f in findings}
    panel.sort.setCurrentIndex(panel.sort.findData("sure"))
    assert [sure[i] for i in shown_ids(panel)] == sorted(sure.values(), reverse=True)
    panel.sort.setCurrentIndex(panel.sort.findData("minutes"))
    assert shown_ids(panel) == [f.id for f in findings]  # as findings.json lists them
    panel.kind.setCurrentIndex(panel.kind.findData("not_said"))
    assert shown_ids(panel) == [f.id for f in findings if f.kind == "not_said"]


def test_the_minutes_and_the_transcript_scroll_to_the_selected_finding(qtbot, window, thirty):
    window.show_review(thirty)
    review = window.review
    fid = [i for i in shown_ids(review.findings_panel)
           if (f := review._finding(i)).statement is not None and f.evidence][-1]  # far down the list
    f = review._finding(fid)
    review.findings_panel.select(fid)
    minutes_item = review.minutes_list.currentItem()
    assert minutes_item.data(Qt.UserRole) == f.statement
    assert review.minutes_list.viewport().rect().intersects(review.minutes_list.visualItemRect(minutes_item))
    line = review.transcript_list.currentItem()
    kind, _id, start, _speaker = line.data(Qt.UserRole)
    assert kind == "segment" and start <= f.evidence[0].start + 0.5
    assert review.transcript_list.viewport().rect().intersects(review.transcript_list.visualItemRect(line))


def test_what_the_comparison_could_not_check_is_said_above_the_findings(qtbot, window, thirty):
    data = json.loads(thirty.findings_path.read_text(encoding="utf-8"))
    data["notes"] = ["The transcript does not say who spoke, so nobody was checked for being misquoted."]
    thirty.findings_path.write_text(json.dumps(data), encoding="utf-8")
    window.show_review(thirty)
    banner = window.review.banner
    assert banner.isVisible() and "does not say who spoke" in banner.text()


def test_a_quality_finding_on_words_already_reported_is_not_listed_twice(qtbot, window, thirty):
    data = json.loads(thirty.findings_path.read_text(encoding="utf-8"))
    other = next(f for f in data["findings"] if f["kind"] != "quality")
    twin = dict(other, id="fq-twin", kind="quality", related=other["id"], check="dissent_not_recorded")
    data["findings"].append(twin)
    thirty.findings_path.write_text(json.dumps(data), encoding="utf-8")
    window.show_review(thirty)
    shown = shown_ids(window.review.findings_panel)
    assert other["id"] in shown and "fq-twin" not in shown


def test_a_statement_the_meetings_words_hardly_carry_is_not_shown_as_matching(qtbot, window, thirty):
    """A view in the minute-taker's words is not called "not said", but nor is it shown as matching:
    the parent is asked to listen (ui/review_page.py, LOOSE_BELOW)."""
    data = json.loads(thirty.findings_path.read_text(encoding="utf-8"))
    with_evidence = [i for i, st in enumerate(data["statements"]) if st["evidence"] and st["status"] == "supported"]
    loose, close = with_evidence[0], with_evidence[1]
    data["statements"][loose]["support"] = 0.2
    data["statements"][close]["support"] = 0.9
    thirty.findings_path.write_text(json.dumps(data), encoding="utf-8")
    window.show_review(thirty)
    rows = {window.review.minutes_list.item(r).data(Qt.UserRole): window.review.minutes_list.item(r).text()
            for r in range(window.review.minutes_list.count())}
    assert rows[loose].startswith("≈ Not found word for word: listen to check\n")
    assert rows[close].startswith("✔ Matches the recording\n")
