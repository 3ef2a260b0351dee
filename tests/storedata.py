"""Helpers for the hand-made fixture records in tests/data/ (see tests/data/make_fixtures.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def load_records(name: str = "articles.jsonl") -> list[dict[str, Any]]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
