from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

DOC = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_docs_name_every_api_endpoint(client: TestClient) -> None:
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"`GET {path.split('{')[0].rstrip('/')}" in DOC, f"{path} is not documented"


def test_docs_name_every_store_command() -> None:
    for command in ("ingest", "events", "actors", "quotes", "serve", "demo"):
        assert f"newsevents {command}" in DOC, command
