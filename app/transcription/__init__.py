"""Local speech-to-text with faster-whisper: models (which model, where from), transcriber (a whole
file), live (while recording), guard (Whisper's invented text), transcript (the JSON contract)."""
