"""Naming turns from the friend's marks by voice (issue #15): each marked turn is a labelled example
of that person's voice print, and a turn nobody marked takes the name of the voice it sounds nearest,
with the prior that the person speaking goes on (app/transcription/naming.py, voices.py)."""

import json

import numpy as np
import soundfile as sf

from app.speaker_marks import SpeakerMark
from app.transcription import naming, voices
from app.transcription.transcript import Segment, Transcript, Word

DIMS = voices.VOICE_DIMS


def mark(t, name):
    return SpeakerMark(f"m{t}", t, "", name)


def turn(i, start, end, group, voice=None):
    words = [Word(start + k * 0.4, start + k * 0.4 + 0.3, f" w{k}") for k in range(int((end - start) / 0.4))]
    return Segment(i, start, end, " ".join(w.word for w in words), group, words,
                   None if voice is None else [float(x) for x in voice])


def people_prints(seed=3):
    rng = np.random.default_rng(seed)
    centres = {who: rng.normal(size=DIMS) * 3 for who in ("Chair (Rhea Lomax)", "Father (Cal Denby)",
                                                         "Nurse (Ida Fenn)")}
    return centres, lambda who: centres[who] + rng.normal(size=DIMS) * 0.5


def test_an_unmarked_turn_takes_the_name_of_the_voice_it_sounds_nearest():
    centres, sounds = people_prints()
    chair, father, nurse = centres
    # the voice groups mixed the father into the chair's group ("Voice 1"); the friend did not press
    # when the father spoke the second time
    said = [(0.5, 6.0, "Voice 1", chair), (6.8, 12.0, "Voice 2", nurse), (12.6, 18.0, "Voice 1", father),
            (18.7, 24.0, "Voice 1", chair), (24.5, 30.0, "Voice 2", nurse), (30.6, 36.0, "Voice 1", father),
            (36.5, 42.0, "Voice 1", chair)]
    segments = [turn(i, a, b, g, sounds(who)) for i, (a, b, g, who) in enumerate(said)]
    marks = [mark(1.5, chair), mark(7.9, nurse), mark(13.4, father), mark(19.9, chair), mark(25.5, nurse),
             mark(37.6, chair)]
    truth = [who for *_, who in said]
    assert naming.names(segments, marks) == truth
    # by the voice groups alone the father's unmarked turn took the chair's group name
    assert naming.by_group(segments, naming.marked_turns(segments, marks))[5] == chair


def test_the_same_person_going_on_keeps_the_name_where_the_print_is_unsure():
    centres, sounds = people_prints(5)
    chair, father, _ = centres
    halfway = (centres[chair] + centres[father]) / 2  # a cough, a laugh: sounds like nobody in particular
    segments = [turn(0, 0.5, 6.0, "Voice 1", sounds(chair)), turn(1, 6.4, 8.0, "Voice 1", halfway),
                turn(2, 8.8, 14.0, "Voice 2", sounds(father)), turn(3, 14.3, 16.0, "Voice 2", halfway)]
    got = naming.names(segments, [mark(1.2, chair), mark(9.9, father)])
    assert got == [chair, chair, father, father]


def test_a_mark_names_the_turn_begun_at_least_a_reaction_time_before_the_press():
    # the father begins at 7.0, pauses at 8.4 and goes on at 8.6; the friend presses at 8.8: the turn
    # that began 0.2 s before the press cannot be the one the friend reacted to
    segments = [turn(0, 0.5, 6.5, None), turn(1, 7.0, 8.4, None), turn(2, 8.6, 11.0, None)]
    marks = [mark(1.5, "Chair (Rhea Lomax)"), mark(8.8, "Father (Cal Denby)")]
    assert naming.marked_segment(segments, 8.8) == 1
    assert naming.names(segments, marks) == ["Chair (Rhea Lomax)", "Father (Cal Denby)", "Father (Cal Denby)"]
    assert naming.marked_segment(segments, 1.5) == 0  # a press in the first second of the first turn


def test_turns_without_voice_prints_are_named_by_their_voice_groups():
    centres, sounds = people_prints()
    chair, father, _ = centres
    segments = [turn(0, 0.5, 6.0, "Voice 1", sounds(chair)), turn(1, 6.8, 12.0, "Voice 2"),
                turn(2, 12.6, 18.0, "Voice 1", sounds(chair))]
    # one turn with words but no print (a transcript mixed from before prints): the groups decide
    marks = [mark(1.5, chair), mark(7.9, father)]
    assert naming.names(segments, marks) == naming.by_group(segments, naming.marked_turns(segments, marks))


def stretch_prints(n_long, rng):
    vp = voices.VoicePrints()
    t = 0.0
    for k in range(n_long + 4):
        length = 3.5 if k < n_long else 1.0
        vp.parts.append(voices.Stretch(k, 0, 0, t, t + length))
        who = k % 2
        vp.prints.append(rng.normal(size=2 * voices.N_MFCC) + 4 * who)
        if length >= 2 * voices.CLUSTER_MIN:
            base = rng.normal(size=2 * voices.N_MFCC) + 4 * who
            vp.halves.append(np.array([base + rng.normal(size=base.shape) * 0.3,
                                       base + rng.normal(size=base.shape) * 0.3]))
        t += length + 1.0
    return vp


def test_turns_carry_a_voice_print_once_the_recording_is_long_enough():
    rng = np.random.default_rng(11)
    long_enough = stretch_prints(voices.VOICE_LEAST, rng)
    parts = long_enough.group()
    assert all(p.voice is not None and len(p.voice) == DIMS for p in parts)
    short = stretch_prints(voices.VOICE_LEAST - 1, rng).group()
    assert all(p.voice is None for p in short)  # too little to learn what varies within one voice


def test_the_voice_print_is_kept_in_the_transcript_json_and_read_back(tmp_path):
    seg = Segment(0, 0.5, 3.0, "Shall we start?", "Voice 1", [Word(0.5, 3.0, " Shall")], [0.25, -1.5, 3.0])
    path = tmp_path / "t.json"
    Transcript("tiny.en", segments=[seg, Segment(1, 3.5, 5.0, "Yes.", "Voice 2")]).save(path)
    data = json.loads(path.read_text())
    assert data["segments"][0]["voice"] == [0.25, -1.5, 3.0] and "voice" not in data["segments"][1]
    back = Transcript.load(path)
    assert back.segments[0].voice == [0.25, -1.5, 3.0] and back.segments[1].voice is None
    data["segments"][0]["voice"] = ["loud", 2]  # not a print: read as none, never a failure
    path.write_text(json.dumps(data))
    assert Transcript.load(path).segments[0].voice is None


def test_real_voices_name_a_turn_the_friend_did_not_mark(test_data):
    """Two real excerpts back to back (eight turns, seven people): the chair of the first speaks twice,
    the second time unmarked; her turn is named from the voice prints of the real audio."""
    turns, audio = [], []
    offset = 0.0
    for name in ("dev-a-lines-18-22", "dev-b-lines-29-31"):
        samples, rate = sf.read(str(test_data / "excerpts" / f"{name}.flac"), dtype="float32")
        meta = json.loads((test_data / "excerpts" / f"{name}.json").read_text())
        turns += [dict(u, start=u["start"] + offset, end=u["end"] + offset) for u in meta["turns"]]
        audio.append(samples)
        offset += len(samples) / rate
    audio = np.concatenate(audio)
    segments = []
    for i, u in enumerate(turns):  # words every 0.35 s, a pause every 3.2 s: stretches of about 3 s
        words, t = [], u["start"]
        while t + 0.3 <= u["end"]:
            words.append(Word(t, t + 0.3, " w"))
            t += 0.35 if len(words) % 9 else 0.95
        segments.append(Segment(i, u["start"], u["end"], "".join(w.word for w in words).strip(), None, words))
    labelled = voices.label_voices(Transcript("tiny.en", segments=segments), audio, None)
    assert all(s.voice for s in labelled.segments)
    unmarked = 3  # the chair's second turn
    marks = [mark(u["start"] + 1.0, u["speaker"]) for i, u in enumerate(turns) if i != unmarked]
    got = naming.names(labelled.segments, marks)
    second = [name for s, name in zip(labelled.segments, got, strict=True)
              if turns[unmarked]["start"] - 0.01 <= s.start <= turns[unmarked]["end"]]
    assert second and all(name == "Chair (Ann Patel)" for name in second)


def test_naming_a_line_named_by_a_mark_renames_its_voice_not_every_line_with_that_name():
    from app.session import create_session

    session = create_session("Rename")
    Transcript("tiny.en", segments=[turn(0, 0.5, 4.0, "Voice 1"), turn(1, 5.0, 8.0, "Voice 2"),
                                    turn(2, 9.0, 12.0, "Voice 3"), turn(3, 13.0, 16.0, "Voice 3")]).save(
        session.transcript_path)
    session.speaker_marks.add(1.5, "Chair (Rhea Lomax)")
    session.speaker_marks.add(6.0, "Mother (Tess Vane)")  # the friend missed the father at 9.0
    shown = [s.speaker for s in session.transcript().segments]
    assert shown == ["Chair (Rhea Lomax)", "Mother (Tess Vane)", "Mother (Tess Vane)", "Mother (Tess Vane)"]
    edits = session.transcript_edits()
    # the parent names line 2 (shown as the mother, heard as voice 3): the father's voice, everywhere
    edits.name_speaker(2, naming.voice_to_rename(session.machine_transcript(), edits, 2, shown[2]),
                       "Father (Cal Denby)")
    assert [s.speaker for s in session.transcript().segments] == [
        "Chair (Rhea Lomax)", "Mother (Tess Vane)", "Father (Cal Denby)", "Father (Cal Denby)"]
    # and naming that voice again renames what the parent called it
    assert naming.voice_to_rename(session.machine_transcript(), edits, 3, "Father (Cal Denby)") == "Father (Cal Denby)"
    edits.name_speaker(3, "Father (Cal Denby)", "Stepfather (Cal Denby)")
    assert [s.speaker for s in session.transcript().segments][2:] == ["Stepfather (Cal Denby)"] * 2
    assert [s.speaker for s in session.machine_transcript().segments] == ["Voice 1", "Voice 2", "Voice 3", "Voice 3"]


def test_a_short_turn_sounding_like_someone_else_counts_for_less_than_a_long_one():
    centres, sounds = people_prints(7)
    chair, father, nurse = centres
    blend = 0.2 * centres[chair] + 0.8 * centres[father]  # much like the father's voice

    def run(length):
        segments = [turn(0, 0.5, 6.0, "Voice 1", sounds(chair)), turn(1, 6.3, 6.3 + length, "Voice 1", blend),
                    turn(2, 7.0 + length, 12.0 + length, "Voice 1", sounds(chair)),
                    turn(3, 12.8 + length, 18.0 + length, "Voice 2", sounds(father)),
                    turn(4, 18.8 + length, 24.0 + length, "Voice 3", sounds(nurse))]
        marks = [mark(1.5, chair), mark(13.8 + length, father), mark(19.8 + length, nurse)]
        return naming.names(segments, marks)[1]

    assert run(0.6) == chair  # a short word or two in the chair's run: her turn goes on
    assert run(5.0) == father  # five seconds in the father's voice: the father spoke, unmarked
