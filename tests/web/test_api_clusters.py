"""Cluster counts in the API and on the event table page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from clusterdata import strike_reports
from newsevents.store import Store
from newsevents.web import create_app


@pytest.fixture
def strike_client(tmp_path: Path) -> Iterator[TestClient]:
    store = Store(str(tmp_path / "strike.db"))
    store.ingest(strike_reports())
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c
    store.close()


def test_api_clusters_list_detail_and_event_fields(strike_client: TestClient) -> None:
    page = strike_client.get("/api/clusters", params={"dyad": "RUS,UKR"}).json()
    assert page["total"] == 1
    c = page["items"][0]
    assert (c["n_articles"], c["n_sources"], c["corroborated"]) == (4, 4, True)
    assert strike_client.get("/api/clusters", params={"min_sources": 5}).json()["total"] == 0
    detail = strike_client.get(f"/api/clusters/{c['id']}").json()
    assert len(detail["events"]) == 4 and all(e["evidence"] for e in detail["events"])
    ev = strike_client.get("/api/events").json()["items"][0]
    assert ev["cluster"] == {
        "id": c["id"],
        "n_mentions": 4,
        "n_articles": 4,
        "n_sources": 4,
        "corroborated": True,
    }
    assert strike_client.get("/api/clusters/999").status_code == 404
    assert strike_client.get("/api/clusters", params={"min_sources": 0}).status_code in (400, 422)
    spec = strike_client.get("/openapi.json").json()
    assert {"/api/clusters", "/api/clusters/{cluster_id}"} <= set(spec["paths"])


def test_pages_event_table_shows_articles_and_sources(strike_client: TestClient) -> None:
    html = strike_client.get("/events").text
    assert ">Reports</th>" in html
    assert html.count(">4/4</a>") == 4 and "corroborated" in html
