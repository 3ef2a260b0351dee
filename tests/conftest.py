from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "src" / "newsevents" / "sample" / "seed-russia-japan.jsonl"


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    """One loaded pipeline (real spaCy model, real data files) for the whole test run."""
    p = Pipeline()
    _ = p.resources
    return p


@pytest.fixture(scope="session")
def nlp(pipe: Pipeline):
    return pipe.resources.nlp


@pytest.fixture
def code(pipe: Pipeline):
    def _code(text: str, published: str = "2019-01-23"):
        return pipe.code_text(text, published=dt.date.fromisoformat(published))

    return _code
