from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsevents.store import Store
from newsevents.web import create_app
from storedata import load_records


@pytest.fixture
def web_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(str(tmp_path / "web.db"))
    store.ingest(load_records())
    yield store
    store.close()


@pytest.fixture
def client(web_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(web_store), raise_server_exceptions=False) as c:
        yield c


def first_event(client: TestClient, **params: Any) -> dict[str, Any]:
    items = client.get("/api/events", params=params).json()["items"]
    assert items, params
    return items[0]  # type: ignore[no-any-return]
