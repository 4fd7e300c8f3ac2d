"""Whisper's known failures, caught before they reach the transcript.

Whisper can loop ("I think that I think that I think that ...") and can invent fluent text over
silence or noise ("Thank you for watching."). In a record of a child protection conference an
invented sentence would put words in someone's mouth, so a segment is dropped (and kept aside in
the transcript's `dropped` list, with the reason) when:
- its text compresses too well (zlib ratio > 2.4): a repetition loop;
- the model itself thinks there was no speech (no_speech_prob > 0.6) and is unsure of the words
  (avg_logprob < -1.0);
- almost every word is a guess (mean word probability < 0.25);
- it is, in a short segment, one of the stock lines Whisper learnt from video subtitles and
  invents over noise even when sure of itself ("Thanks for watching, see you in the next video");
  nobody says them in a case conference;
and a loop inside an otherwise good segment is cut back to its first occurrence.
"""

from __future__ import annotations

import re
import zlib

COMPRESSION_RATIO_MAX = 2.4
NO_SPEECH_PROB_MIN = 0.6
AVG_LOGPROB_MAX = -1.0
MEAN_WORD_PROB_MIN = 0.25
MAX_REPEATS = 3  # an n-gram seen more than this many times in a row is a loop
STOCK_LINES = re.compile(
    r"\b(thanks?(?: you)?(?: (?:very|so) much)? for watching|see you (?:in|on) the next (?:video|one|episode)|"
    r"(?:please |don't forget to )?(?:like and )?subscribe(?: to (?:my|our|the) channel)?|subtitles by|"
    r"captions by|amara\.org)\b", re.I)
STOCK_MAX_WORDS = 16  # longer segments that happen to contain such words are left alone


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


def why_untrusted(text: str, no_speech_prob: float = 0.0, avg_logprob: float = 0.0,
                  word_probs: list[float] | None = None) -> str | None:
    """None if the segment can be kept, else a short reason."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if len(stripped) > 30 and compression_ratio(stripped) > COMPRESSION_RATIO_MAX:
        return "repetition loop"
    if no_speech_prob > NO_SPEECH_PROB_MIN and avg_logprob < AVG_LOGPROB_MAX:
        return "text over silence or noise"
    if word_probs and len(word_probs) >= 3 and sum(word_probs) / len(word_probs) < MEAN_WORD_PROB_MIN:
        return "words too uncertain"
    if len(stripped.split()) <= STOCK_MAX_WORDS and STOCK_LINES.search(stripped):
        return "a stock line Whisper invents over noise"
    return None


def cut_loops(words: list[str]) -> tuple[int, bool]:
    """How many leading words to keep so that no n-gram (n = 1..6) repeats more than MAX_REPEATS
    times in a row; and whether anything was cut."""
    n_words = len(words)
    norm = [re.sub(r"\W+", "", w.lower()) for w in words]
    for n in range(1, 7):
        i = 0
        while i + n * (MAX_REPEATS + 1) <= n_words:
            gram = norm[i:i + n]
            if any(gram):
                reps = 1
                j = i + n
                while j + n <= n_words and norm[j:j + n] == gram:
                    reps += 1
                    j += n
                if reps > MAX_REPEATS:
                    return i + n * MAX_REPEATS, True
            i += 1
    return n_words, False
