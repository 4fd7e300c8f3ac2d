"""Evidence is whole sentences, and the right ones: the rival detail, the opposite statement and
its correction, the closest passage, the whole utterance left out; unsure words are found again."""

import re

from app.compare import evidence
from app.compare.comparer import compare
from app.compare.turns import Turn, from_text, from_transcript
from app.minutes.statements import build
from app.minutes.text_reader import parse_lines

PEOPLE = ["Rosa Quill\tIndependent Chair", "Ivo Marten\tSocial Worker", "Bea Lundy\tHealth Visitor",
          "Cora Fenwick\tMother", "Abel Fenwick\tFather"]


def minutes(*lines: str):
    return build(parse_lines(["Northmere Council", "Attendees", "Name\tRole", *PEOPLE, "Minutes", *lines]), "test")


MEETING = """\
Chair (Rosa Quill): Ivo, your update please.
Social Worker (Ivo Marten): Pip goes to the playgroup three mornings now, and the staff say she is settled. I have visited the home every week since March. The kitchen was tidy each time.
Mother (Cora Fenwick): We go to the swimming baths on Saturdays. Pip loves the water.
Health Visitor (Bea Lundy): Pip was weighed in May and she is on the fiftieth centile. Her teeth are fine too.
Father (Abel Fenwick): I want it written down that I was never told about this meeting until yesterday. Nobody rang me. That is not fair on us.
Chair (Rosa Quill): Thank you, noted. Let us move on.
"""


def test_changed_detail_quotes_the_sentence_with_the_rival_figure():
    result = compare(minutes("The Social Worker has visited the home monthly since March."), from_text(MEETING))
    f = next(f for f in result.findings if f.kind == "changed_detail")
    assert [e.text for e in f.evidence] == ["I have visited the home every week since March."]
    assert f.evidence[0].speaker == "Social Worker (Ivo Marten)" and f.evidence[0].line == 2


def test_omitted_quotes_the_whole_utterance():
    result = compare(minutes("The Health Visitor said Pip was weighed in May and is on the fiftieth centile."),
                     from_text(MEETING))
    om = [f for f in result.findings if f.kind == "omitted"]
    said = " ".join(e.text for f in om for e in f.evidence)
    assert "I want it written down that I was never told about this meeting until yesterday." in said
    assert "That is not fair on us." in said


def recogniser_turns() -> list[Turn]:
    """A recogniser's segments cut sentences anywhere; no speaker names; one word it was unsure of."""
    def seg(start, words):
        out, t = [], start
        for w in words.split():
            p = 0.3 if w.startswith("wobbly") else 0.95
            out.append({"start": t, "end": t + 0.3, "word": " " + w, "probability": p})
            t += 0.35
        return {"start": start, "end": t, "speaker": None, "text": words, "words": out}

    return from_transcript({"segments": [
        seg(0.0, "The bathroom leak was fixed in June. The landlord came"),
        seg(3.6, "twice and the wobbly stair is mended now."),
        seg(8.0, "Pip sleeps in her own room."),
    ]})


def test_sentences_run_over_segments_and_never_start_or_end_mid_sentence():
    turns = recogniser_turns()
    texts = [s.text for s in evidence.split(turns)]
    assert texts == ["The bathroom leak was fixed in June.",
                     "The landlord came twice and the wobbly stair is mended now.", "Pip sleeps in her own room."]
    for quote in (evidence.utterance(turns, [1]), evidence.closest_passage(turns, 0, ["landlord"]),
                  evidence.stating(turns, 1, "twice")):
        for e in quote:
            assert re.match(r"[A-Z]", e.text) and e.text.endswith((".", "?", "!")), e.text
    [e] = evidence.stating(turns, 1, "twice")
    assert e.text.startswith("The landlord came") and e.start == 2.45  # where "The" was said, in segment 0


def test_quotes_are_whole_sentences_on_every_finding_of_a_meeting():
    lines = ["The Social Worker has visited the home monthly since March.",
             "Mr Fenwick said he had been told about the meeting a week ago.",
             "Ms Fenwick said the family go swimming on Sundays.",
             "The Health Visitor reported that Pip has a hearing problem that needs a referral."]
    sentences = {s.text for s in evidence.split(from_text(MEETING))}
    result = compare(minutes(*lines), from_text(MEETING))
    assert result.findings
    for f in result.findings:
        for e in f.evidence:
            glued = " ".join(s.text for s in evidence.split(from_text(MEETING))
                             if e.start - 0.01 <= s.start and s.end <= e.end + 0.01)
            assert glued == e.text and all(part in sentences for part in re.split(r"(?<=[.!?]) ", e.text))


def test_unsure_words_are_found_in_the_quote():
    turns = recogniser_turns()
    [e] = evidence.stating(turns, 1, "twice")
    [(a, b)] = evidence.unsure_spans(e, turns)
    assert e.text[a:b] == "wobbly"
    assert evidence.unsure_spans(evidence.stating(turns, 2, "Pip")[0], turns) == []


def test_corrected_text_has_no_unsure_words():
    seg = {"start": 0.0, "end": 1.0, "speaker": None, "text": "The cat is called Pickle.",
           "words": [{"start": 0.0, "end": 1.0, "word": " The cat is called Nickel.", "probability": 0.2}]}
    [turn] = from_transcript({"segments": [seg]})
    assert turn.words == () and evidence.unsure_spans(evidence.utterance([turn], [0])[0], [turn]) == []


def test_a_clip_covers_the_quote_and_a_second_either_side():
    turns = recogniser_turns()
    ev = evidence.stating(turns, 1, "twice")
    assert evidence.clip_span(ev) == (ev[0].start - 1.0, ev[0].end + 1.0)



def test_a_detail_cut_across_segments_is_read_whole():
    """The recogniser runs sentences together with commas and cuts "every | week" across segments:
    the check reads the whole sentence, and the quote is that sentence, ended where the speaker paused."""
    def seg(start, words):
        out, t = [], start
        for w in words.split():
            out.append({"start": t, "end": t + 0.3, "word": " " + w, "probability": 0.9})
            t += 0.3 + (0.5 if w.endswith(",") else 0.0)
        return {"start": start, "end": out[-1]["end"], "speaker": None, "text": words, "words": out}

    first = seg(0.0, "Good morning, let's start with the social worker, thank you, I visited the home every")
    turns = from_transcript({"segments": [first, seg(first["end"] + 0.1,
        "week since March and it was tidy each time, Pip goes to playgroup four days a week now, she is happy.")]})
    result = compare(minutes("The Social Worker has visited the home monthly since March."), turns)
    [f] = [f for f in result.findings if f.kind == "changed_detail"]
    assert "“every week”" in f.explanation
    assert [e.text for e in f.evidence] == ["I visited the home every week since March and it was tidy each time,"]


def test_a_frequency_inside_a_longer_one_is_not_read_twice():
    from app.compare.text import details

    assert {d.text for d in details("The otter swims twice weekly.")} == {"twice weekly"}
    meeting = ("Chair (Rosa Quill): Bea visits at least fortnightly.\n"
               "Chair (Rosa Quill): The library runs the reading sessions weekly and phones the family.\n")
    result = compare(minutes("The library will run the reading sessions twice weekly and phone the family."),
                     from_text(meeting))
    [f] = [f for f in result.findings if f.kind == "changed_detail"]
    assert [e.line for e in f.evidence] == [2] and "“weekly”" in f.explanation



def test_misattributed_quotes_the_real_speakers_own_words():
    """The comparer's best window may centre on someone introducing themselves; the real speaker's
    words are the sentence, by anyone not credited, that says most of the statement."""
    meeting = from_text("Chair (Rosa Quill): Let us go round the table.\n"
                        "Health Visitor (Bea Lundy): Bea Lundy, health visitor for the family.\n"
                        "Social Worker (Ivo Marten): Noted.\n"
                        "Health Visitor (Bea Lundy): I'd like to cut my clinic visits to once a fortnight now.\n"
                        "Chair (Rosa Quill): I propose we cut them, then.\n")
    words = ["propose", "cut", "health", "visitor", "clinic", "visit", "fortnight"]
    [e] = evidence.real_speaker(meeting, 1, words, lambda who: (who or "").startswith("Chair"))
    assert e.line == 4 and e.text == "I'd like to cut my clinic visits to once a fortnight now."
    [e] = evidence.real_speaker(meeting, 1, ["health", "visitor", "family"], lambda who: False)
    assert e.line == 2  # nobody says more than the turn the comparer chose: its own words stay


def test_explanations_quote_whole_sentences_too():
    def seg(start, words):
        out = [{"start": start + 0.3 * k, "end": start + 0.3 * k + 0.25, "word": " " + w, "probability": 0.9}
               for k, w in enumerate(words.split())]
        return {"start": start, "end": out[-1]["end"], "speaker": None, "text": words, "words": out}

    turns = from_transcript({"segments": [
        seg(0.0, "So the decision is that the garden plan goes ahead. I don't"),
        seg(4.0, "agree with the garden plan at all, it is unfair on Pip."),
    ]})
    result = compare(minutes("Everyone agreed with the garden plan."), turns)
    [f] = [f for f in result.findings if f.kind == "contradicted"]
    assert "at 0:03: “I don't agree with the garden plan at all, it is unfair on Pip.”" in f.explanation


def test_unsure_words_of_a_neighbouring_sentence_are_not_marked():
    words = [(0.0, 0.3, " Put", 0.9), (0.3, 0.6, " the", 0.2), (0.6, 0.9, " kettle", 0.9), (0.9, 1.2, " on.", 0.9),
             (1.2, 1.5, " Then", 0.9), (1.5, 1.8, " the", 0.9), (1.8, 2.1, " teapot", 0.3), (2.1, 2.4, " cools.", 0.9)]
    turns = from_transcript({"segments": [{"start": 0.0, "end": 2.4, "speaker": None,
                                           "text": "Put the kettle on. Then the teapot cools.",
                                           "words": [{"start": a, "end": b, "word": w, "probability": p}
                                                     for a, b, w, p in words]}]})
    [e] = evidence.stating(turns, 0, "teapot")
    assert e.text == "Then the teapot cools." and [e.text[a:b] for a, b in evidence.unsure_spans(e, turns)] == ["teapot"]


def test_a_filler_inside_the_quoted_words_is_not_quoted():
    turns = from_text("Mother (Cora Fenwick): Um. I know it's been hard. The, um, the swimming thing, that was one "
                      "Saturday, Pip had a cold.\n")
    quoted = evidence.stating(turns, 0, "The, um, the swimming thing, that was one Saturday, Pip had a cold.")
    # "Um." is inside those words, but it is not what was said: the quote is the sentence itself
    assert [q.text for q in quoted] == ["The, um, the swimming thing, that was one Saturday, Pip had a cold."]
