"""schemathesis against our own OpenAPI schema (in-process ASGI): no request it generates gets a 500.

Every operation, the write endpoint included (with the token, so fuzzed articles are coded and stored),
with a bounded number of examples each. (schemathesis's pytest plugin does not run under pytest 9, so
the test drives its Hypothesis strategies itself.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from newsevents.store import Store
from newsevents.web import create_app
from storedata import load_records

TOKEN = "fuzz-token"
EXAMPLES = 25  # per operation and mode


@pytest.fixture(scope="module")
def fuzz_schema(tmp_path_factory: pytest.TempPathFactory, pipe: Any) -> Iterator[Any]:
    store = Store(str(tmp_path_factory.mktemp("fuzz") / "fuzz.db"))
    store.ingest(load_records())
    app = create_app(store, allow_writes=True, token=TOKEN)
    app.state.pipeline = pipe  # the session's loaded coder
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


def _check(case: Any) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    where = (case.method, case.formatted_path, case.query, str(case.body)[:200])
    assert response.status_code < 500, (where, response.text[:500])
    assert "Traceback" not in response.text, where
    if response.status_code >= 400:
        err = response.json()["error"]
        assert err["status"] == response.status_code and err["code"] and err["message"], where


def test_api_fuzz_no_server_errors(fuzz_schema: Any, tmp_path: Path) -> None:
    operations = [r.ok() for r in fuzz_schema.get_all_operations()]
    labels = {f"{op.method.upper()} {op.path}" for op in operations}
    assert {"GET /api/events", "GET /api/dyads/{a}/{b}/timeline", "POST /api/articles"} <= labels
    for op in operations:
        for mode in schemathesis.GenerationMode:  # valid requests, and requests that break the schema
            _fuzz(op, mode)


def _fuzz(op: Any, mode: Any) -> None:
    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        _check(case)

    try:
        run()
    except Unsatisfiable:
        assert mode == schemathesis.GenerationMode.NEGATIVE  # nothing to break in an operation without inputs
