"""The sentence files the coder is tested on (tests/data/coder_sentences*.tsv): one expected event a row."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data"


def coder_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``tests/data/<name>``, comment lines left out."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = (ln for ln in text.splitlines() if not ln.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))  # quotes are text
