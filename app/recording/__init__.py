"""Recording that never loses the conference: capture (recorder), the file (wavfile), repair after
a crash (recovery), one recorder per conference (lock), devices and level (devices), and
click-to-play (playback)."""
