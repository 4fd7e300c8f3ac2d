"""simplemma's English lemmatiser, its dictionary decoded once per machine, not once per process.

simplemma ships its dictionaries lzma-compressed and front-coded; decoding the English one takes
about 0.2 s, a tenth of a whole comparison, in every new process. The decoded table (derived from
the installed package, no user data, about 3.6 MB) is kept in FairMinutes' cache folder as a
`marshal` file (plain data, never code) and read back in about 0.04 s. The lemmas are the same
either way; where the file cannot be read or written, or simplemma's internals differ from the
version this was written against, simplemma decodes its own file as before.
"""

from __future__ import annotations

import marshal
from functools import lru_cache
from pathlib import Path

import simplemma

from app.paths import cache_dir
from app.safefile import make_private_dir, write_atomic


def lemmatize(word: str) -> str:
    return _lemmatizer()(word)


@lru_cache(maxsize=1)
def _lemmatizer():
    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
            MappingStrToByteString,
            _load_dictionary_from_disk,
        )
    except ImportError:  # another simplemma: its own decoding
        return lambda word: simplemma.lemmatize(word, lang="en")

    class DecodedOnce(DefaultDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str):
            return MappingStrToByteString(_decoded(lang, _load_dictionary_from_disk))

    lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=DecodedOnce()))
    return lambda word: lemmatizer.lemmatize(word, "en")


def _decoded(lang: str, decode) -> dict[bytes, bytes]:
    """The decoded table for `lang`: from the cache when it was made from this very data file,
    else decoded now and kept for next time (best effort)."""
    source = Path(simplemma.__file__).parent / "strategies" / "dictionaries" / "data" / f"{lang}.plzma"
    try:
        stamp = f"{simplemma.__version__}-{source.stat().st_size}-{int(source.stat().st_mtime)}"
    except OSError:
        return decode(lang)
    cached = cache_dir() / f"lemmas-{lang}-{stamp}.marshal"
    try:
        table = marshal.loads(cached.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = decode(lang)
    try:
        make_private_dir(cached.parent)
        write_atomic(cached, marshal.dumps(table))
    except OSError:
        pass  # a read-only home: decoded again next time, nothing lost
    return table
