"""Comparer speed: a three-hour transcript (about 25,000 words) against 30 pages of minutes.

    .venv/bin/python bench/compare_speed.py [--profile]

The meeting is built from the scripted conferences' turns (their words, speakers and rhythm),
renamed per round so that the rounds read as different discussions; the minutes from their
minutes, likewise, to about 30 pages (~600 statements).
"""

from __future__ import annotations

import argparse
import time

from common import SHARED, need_shared


def build(target_words: int = 25000, target_statements: int = 600):
    from app.compare.turns import Turn, from_text
    from app.minutes.importer import read_minutes
    from app.minutes.statements import Minutes

    folders = sorted(p for p in (SHARED / "conferences").iterdir() if (p / "script.txt").exists())
    turns, statements, attendees = [], [], []
    words, t, rnd = 0, 0.0, 0
    while words < target_words or len(statements) < target_statements:
        for folder in folders:
            tag = f" (round {rnd})"
            for turn in from_text((folder / "script.txt").read_text()):
                if words >= target_words:
                    break
                length = turn.end - turn.start
                turns.append(Turn(len(turns), t, t + length, turn.speaker, turn.text + tag))
                t += length + 0.6
                words += len(turn.text.split())
            m = read_minutes(folder / "minutes.docx")
            attendees += m.attendees if rnd == 0 else []
            for s in m.statements:
                if len(statements) < target_statements:
                    s.text = s.text + tag
                    statements.append(s)
        rnd += 1
    return Minutes("bench", attendees, [], statements), turns, words


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--without-model", action="store_true", help="with the sentence-embedding model switched "
                    "off (by default it is on, as in the app: cold with the model's load, then warm)")
    ap.add_argument("--warm-from", help=argparse.SUPPRESS)  # the warm run, in a process of its own
    args = ap.parse_args()
    if args.warm_from:
        return warm(args.warm_from)
    from app.compare import embedding

    if args.without_model:
        embedding.USE_EMBEDDING = False
    with_model = embedding.USE_EMBEDDING
    from app.compare.comparer import compare

    minutes, turns, words = build()
    hours = turns[-1].end / 3600
    t = time.perf_counter()
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("compare(minutes, turns)", globals(), locals(), "/tmp/compare.prof")
        pstats.Stats("/tmp/compare.prof").sort_stats("cumulative").print_stats(18)
        pstats.Stats("/tmp/compare.prof").sort_stats("tottime").print_stats(15)
        print("(the figure below is a second run, in the caches the profiled one filled)")
        t = time.perf_counter()
    cpu = time.process_time()
    result = compare(minutes, turns)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"{words} words in {len(turns)} turns ({hours:.1f} h) against {len(minutes.statements)} statements: "
          f"{took:.2f} s (processor time {cpu:.2f} s), {len(result.findings)} findings"
          + (" [with the sentence model, cold: its load included]" if with_model else " [without models]"))
    if with_model:  # warm: a new process, finding the vectors kept in the session folder
        import subprocess
        import sys
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as folder:
            kept = Path(folder) / embedding.CACHE_NAME
            embedding.save_cache(kept)
            subprocess.run([sys.executable, __file__, "--warm-from", str(kept)], check=True)


def warm(kept):
    """The comparison again in this fresh process (no word or sentence cached in memory), with the
    vectors read from the session folder as the app reads them."""
    from pathlib import Path

    from app.compare import embedding
    from app.compare.comparer import compare

    minutes, turns, _ = build()
    t, cpu = time.perf_counter(), time.process_time()
    embedding.load_cache(Path(kept))
    compare(minutes, turns)
    print(f"warm (a new process; vectors read from the session folder, {Path(kept).stat().st_size // 1024} KB): "
          f"{time.perf_counter() - t:.2f} s (processor time {time.process_time() - cpu:.2f} s), "
          f"model loaded: {embedding.embedder.cache_info().currsize > 0}")

if __name__ == "__main__":
    main()
