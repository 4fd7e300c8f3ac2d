"""Compare the minutes with the recording.

text.py        words -> comparable tokens (lemmas, numbers as digits, negation, details)
turns.py       the transcript as turns, from transcript JSON, a speaker-labelled text, or audio
align.py       for each minutes statement, the stretch of the meeting that best supports it
details.py     changed numbers, dates, durations, frequencies
polarity.py    said the opposite ("did not agree" vs "I agree"; "all agreed" while one dissented)
attribution.py said, but by someone else
omissions.py   material things said (objections, a parent's corrections) that the minutes leave out
comparer.py    runs the above and writes findings.json
findings.py    a finding and its evidence, findings.json read back (load_findings), how a finding is worded
"""
