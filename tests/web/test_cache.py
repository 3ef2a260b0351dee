"""The response cache of the read API: hits, invalidation by any write (from any Store), bounds."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient

from newsevents.store import Store
from newsevents.web import create_app
from newsevents.web.cache import PACK_OVER, Entry, ResponseCache, request_key
from storedata import load_records

CACHE = "x-newsevents-cache"


def test_cache_hit_same_request_any_parameter_order(client: TestClient) -> None:
    first = client.get("/api/events?limit=5&actor=RUS")
    assert first.status_code == 200 and first.headers[CACHE] == "miss"
    again = client.get("/api/events?actor=RUS&limit=5")  # the same query, parameters in another order
    assert again.headers[CACHE] == "hit"
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["content-security-policy"]  # the security headers are added to hits too
    other = client.get("/api/events?actor=RUS&limit=6")
    assert other.headers[CACHE] == "miss" and len(other.json()["items"]) >= len(first.json()["items"])
    t1 = client.get("/api/dyads/RUS/JPN/timeline?interval=month")
    t2 = client.get("/api/dyads/RUS/JPN/timeline?interval=month")
    assert (t1.headers[CACHE], t2.headers[CACHE]) == ("miss", "hit") and t1.json() == t2.json()
    stats = client.app.state.cache.stats()  # type: ignore[attr-defined]
    assert stats["hits"] == 2 and stats["entries"] == 3


def test_cache_keeps_only_ok_api_reads(client: TestClient) -> None:
    for _ in range(2):
        bad = client.get("/api/events?quad=9")
        assert bad.status_code == 400 and bad.headers[CACHE] == "miss"
        missing = client.get("/api/dyads/RUS/XXX/timeline")
        assert missing.status_code == 404 and missing.headers[CACHE] == "miss"
        page = client.get("/")
        assert page.status_code == 200 and CACHE not in page.headers  # pages are not cached
    assert len(client.app.state.cache) == 0  # type: ignore[attr-defined]


def test_cache_read_after_write_from_another_store_sees_new_data(tmp_path: Path) -> None:
    records = load_records()
    half = len(records) // 2
    db = str(tmp_path / "c.db")
    served = Store(db)
    served.ingest(records[:half])
    with TestClient(create_app(served), raise_server_exceptions=False) as c:
        before = c.get("/api/events?limit=1000")
        assert c.get("/api/events?limit=1000").headers[CACHE] == "hit"
        stats_before = c.get("/api/stats").json()
        with Store(db) as writer:  # another Store, as another process (`newsevents ingest`) would be
            writer.ingest(records[half:])
        after = c.get("/api/events?limit=1000")
        assert after.headers[CACHE] == "miss"
        assert after.json()["total"] > before.json()["total"]
        assert c.get("/api/stats").json()["events"] > stats_before["events"]
        assert c.get("/api/events?limit=1000").headers[CACHE] == "hit"
    served.close()


def test_cache_reads_during_concurrent_ingest_end_with_the_final_data(tmp_path: Path) -> None:
    records = load_records()
    db = str(tmp_path / "c.db")
    served = Store(db)
    served.ingest(records[:1])
    with TestClient(create_app(served), raise_server_exceptions=False) as c:
        done = threading.Event()

        def ingest() -> None:
            with Store(db) as writer:
                for rec in records[1:]:
                    writer.ingest([rec])
            done.set()

        t = threading.Thread(target=ingest)
        t.start()
        while not done.is_set():
            assert c.get("/api/events?limit=1000").status_code == 200
        t.join()
        with Store(db) as fresh:
            want = fresh.events(limit=1000)["total"]
        assert c.get("/api/events?limit=1000").json()["total"] == want
    served.close()


def test_cache_bounded_by_entries_lru(web_store: Store) -> None:
    with TestClient(create_app(web_store, cache_entries=3), raise_server_exceptions=False) as c:
        cache: ResponseCache = c.app.state.cache  # type: ignore[attr-defined]
        for n in range(1, 6):
            c.get(f"/api/events?limit={n}")
        assert len(cache) == 3
        assert c.get("/api/events?limit=1").headers[CACHE] == "miss"  # the oldest went first
        assert c.get("/api/events?limit=5").headers[CACHE] == "hit"
        assert len(cache) == 3
    with TestClient(create_app(web_store, cache_entries=0), raise_server_exceptions=False) as c:
        c.get("/api/events?limit=1")
        r = c.get("/api/events?limit=1")
        assert r.status_code == 200 and CACHE not in r.headers  # 0 entries: no cache


def test_cache_bounded_by_bytes_and_generation() -> None:
    cache = ResponseCache(max_entries=100, max_bytes=250, max_item=100)
    for i in range(5):
        assert cache.put(1, f"k{i}", Entry(200, [], b"x" * 80))
    assert len(cache) == 3 and cache.size == 240
    assert cache.get(1, "k0") is None and cache.get(1, "k4") is not None
    assert not cache.put(1, "big", Entry(200, [], b"x" * 101))  # larger than one item may be
    assert cache.get(2, "k4") is None and len(cache) == 0  # a newer generation drops every entry
    assert not cache.put(1, "late", Entry(200, [], b"x"))  # computed under an older generation
    assert cache.put(2, "k", Entry(200, [], b"x")) and cache.get(2, "k") is not None


def test_cache_keeps_large_answers_compressed(client: TestClient) -> None:
    first = client.get("/api/events?limit=50")
    again = client.get("/api/events?limit=50")
    assert (first.headers[CACHE], again.headers[CACHE]) == ("miss", "hit")
    assert again.content == first.content and again.json() == first.json()
    assert int(again.headers["content-length"]) == len(first.content) > PACK_OVER
    cache: ResponseCache = client.app.state.cache  # type: ignore[attr-defined]
    assert 0 < cache.size < len(first.content) / 3  # counted as kept: compressed
    small = Entry.of(200, [], b"x" * (PACK_OVER - 1))
    assert not small.packed and small.content() == b"x" * (PACK_OVER - 1)
    big = Entry.of(200, [], b"x" * PACK_OVER)
    assert big.packed and len(big.body) < PACK_OVER and big.content() == b"x" * PACK_OVER


def test_cache_key_normalises_the_query() -> None:
    def key(path: str, query: bytes) -> str:
        return request_key({"path": path, "query_string": query})

    assert key("/api/events", b"b=2&a=1") == key("/api/events", b"a=1&b=2")
    assert key("/api/events", b"a=1") != key("/api/events", b"a=2")
    assert key("/api/events", b"a=") != key("/api/events", b"")
    assert key("/api/events", b"") != key("/api/dyads", b"")
