"""Shared fixtures: one loaded coder pipeline, hand-made article.v1 records and real databases."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents.pipeline import Pipeline
from storedata import load_records

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


PG_ENV = "NEWSEVENTS_TEST_PG"


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return load_records()


def postgres_url() -> str:
    """The test PostgreSQL URL; skips when unset, but fails when CI=true so it never goes silently."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set, and CI=true: the PostgreSQL store tests must run in CI")
        pytest.skip(
            f"{PG_ENV} is not set (e.g. postgresql+psycopg://newsevents:newsevents@127.0.0.1/"
            "newsevents_test): PostgreSQL store tests skipped"
        )
    return url


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: an SQLite file in tmp_path, or the test PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url = postgres_url()
    reset_postgres(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Any]:
    from newsevents.store import Store

    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def loaded(store: Any, records: list[dict[str, Any]]) -> Any:
    store.ingest(records)
    return store
