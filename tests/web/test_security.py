"""The server's guards: headers, no tracebacks, read-only by default, the token, size and time limits."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from newsevents.cli import build_parser
from newsevents.store import Store
from newsevents.web import create_app
from storedata import load_records

TOKEN = "test-token-0123456789abcdef"
RECORD = load_records()[0]


def _writer(store: Store, **kw: Any) -> TestClient:
    return TestClient(create_app(store, allow_writes=True, token=TOKEN, **kw), raise_server_exceptions=False)


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(str(tmp_path / "w.db"))
    yield store
    store.close()


def _assert_headers(r: Any) -> None:
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"


def test_security_headers_on_every_response(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in ("/", "/events", "/api/events", "/api/stats", "/static/app.js", "/openapi.json"):
        r = client.get(path)
        assert r.status_code == 200, path
        _assert_headers(r)
    for path, status in (("/api/nope", 404), ("/nope", 404), ("/api/events?limit=0", 400)):
        r = client.get(path)
        assert r.status_code == status, path
        _assert_headers(r)
    monkeypatch.setattr(Store, "counts", lambda self: 1 / 0)
    r = client.get("/api/stats?again=1")  # not the request answered above (that one is in the cache)
    assert r.status_code == 500
    _assert_headers(r)
    r = client.post("/api/articles", json=RECORD)
    assert r.status_code == 403
    _assert_headers(r)


def test_security_internal_error_has_no_traceback(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*a: Any, **k: Any) -> Any:
        raise RuntimeError("secret-detail /etc/passwd line 42")

    monkeypatch.setattr(Store, "events", boom)
    monkeypatch.setattr(Store, "overview", boom)
    for path in ("/api/events", "/events", "/"):
        r = client.get(path)
        assert r.status_code == 500, path
        assert "Traceback" not in r.text and "secret-detail" not in r.text and 'File "' not in r.text
    body = client.get("/api/events").json()
    assert body == {"error": {"status": 500, "code": "E000", "message": "internal error"}}


def test_security_read_only_by_default(client: TestClient) -> None:
    r = client.post("/api/articles", json=RECORD, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "E060" and "--allow-writes" in r.json()["error"]["message"]
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405


def test_security_write_needs_the_token(empty_store: Store) -> None:
    with _writer(empty_store) as c:
        r = c.post("/api/articles", json=RECORD)
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
        assert r.json()["error"]["code"] == "E061"
        for bad in ("Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer " + TOKEN[:-1]):
            r = c.post("/api/articles", json=RECORD, headers={"Authorization": bad})
            assert r.status_code in (401, 403), bad
        assert empty_store.counts()["articles"] == 0
        r = c.post("/api/articles", json=[RECORD], headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        assert r.json()["ingested"]["new"] == 1 and r.json()["errors"] == []
    assert empty_store.counts()["articles"] == 1
    with TestClient(create_app(empty_store, allow_writes=True, token=None)) as c:  # no token set: no writes
        assert c.post("/api/articles", json=RECORD, headers={"Authorization": "Bearer "}).status_code == 403


def test_security_token_compared_in_constant_time() -> None:
    import inspect

    from newsevents.web import security

    assert "hmac.compare_digest" in inspect.getsource(security.require_writer)


def test_security_body_limit_413(empty_store: Store) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with _writer(empty_store, max_body=2000) as c:
        big = json.dumps({"text": "x " * 2000}).encode()
        r = c.post("/api/articles", content=big, headers={**auth, "content-type": "application/json"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E062"
        _assert_headers(r)

        def chunks() -> Iterator[bytes]:  # no Content-Length: the streamed body is counted
            for _ in range(10):
                yield b" " * 500

        r = c.post("/api/articles", content=chunks(), headers=auth)
        assert r.status_code == 413 and "2,000 bytes" in r.json()["error"]["message"]
        # without a token, the size is refused before anything is read
        assert c.post("/api/articles", content=big).status_code == 413
    with _writer(empty_store) as c:  # the default limit: 1 MiB
        r = c.post("/api/articles", content=b"[" + b" " * (1024 * 1024) + b"]", headers=auth)
        assert r.status_code == 413


@pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_security_slow_query_gets_503(db_url: str) -> None:
    store = Store(db_url)
    app = create_app(store, query_timeout=0.3)
    slow = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
        "SELECT count(*) FROM n"
        if store.dialect == "sqlite"
        else "SELECT pg_sleep(5)"
    )

    @app.get("/api/slow")
    def slow_route() -> dict[str, Any]:
        with store.read() as conn:
            return {"n": conn.execute(text(slow)).scalar()}

    @app.get("/api/fast")
    def fast_route() -> dict[str, Any]:
        with store.read() as conn:
            return {"n": conn.execute(text("SELECT 1")).scalar()}

    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.get("/api/slow")
            assert r.status_code == 503, r.text
            err = r.json()["error"]
            assert err["code"] == "E044" and "time limit (0.3 s)" in err["message"]
            assert c.get("/api/fast").json() == {"n": 1}  # the connection is usable again
            assert c.get("/api/stats").status_code == 200
    finally:
        store.close()


def test_serve_defaults_bind_loopback_read_only() -> None:
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.allow_writes is False
    assert args.max_body == 1024 * 1024 and args.query_timeout == 10.0


def test_serve_allow_writes_without_token_refuses(tmp_path: Path) -> None:
    Store(str(tmp_path / "s.db")).close()
    env = {k: v for k, v in __import__("os").environ.items() if k != "NEWSEVENTS_TOKEN"}
    r = subprocess.run(
        [sys.executable, "-m", "newsevents", "serve", "--db", str(tmp_path / "s.db"), "--allow-writes"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "newsevents: error: [E060] --allow-writes needs a token: set $NEWSEVENTS_TOKEN "
        "(e.g. to a long random string)"
    )
