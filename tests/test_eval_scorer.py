"""The bench's scorer (bench/eval_compare.py): which finding names which sentence of an answer key."""

import importlib
import sys
from pathlib import Path

BENCH = str(Path(__file__).resolve().parents[1] / "bench")


def _scorer():
    # the bench runs as scripts ("from common import ..."): its folder is on the path only to import it
    sys.path.insert(0, BENCH)
    try:
        return importlib.import_module("eval_compare")
    finally:
        sys.path.remove(BENCH)


def test_a_key_sentence_is_named_with_or_without_its_label_or_list_marker():
    same_text = _scorer().same_text

    item = "The first review will be held at the family centre on Monday 3 March."
    assert same_text(item, "1. " + item)  # the key copied the numbered item whole
    assert same_text(item, "- " + item)
    assert same_text(item, "10:25 " + item) and same_text("10:25 " + item, "10:25 " + item)  # a timed log's clock
    assert same_text("HEALTH VISITOR: " + item, item)  # the finding quotes the paragraph with its label
    assert same_text("[Police] " + item, item)  # ... or with a source tag in square brackets before it
    assert same_text("HOUSING OFFICER – " + item, item) and same_text("Mum - " + item, item)  # ... or a dash
    assert not same_text("[Police] The second review will be held in April.", item)
    assert not same_text(item, "2. The second review will be held in April.")
    assert not same_text(item, None)
