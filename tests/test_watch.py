# ruff: noqa: E501  (feed and page texts are kept on one line each)
"""Live feeds: `newsevents watch` against feeds and pages served from 127.0.0.1, coded by the real Pipeline."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsevents.cli import main
from newsevents.errors import FeedError
from newsevents.store import Store
from newsevents.watch import (
    FeedWatcher,
    WatchSettings,
    fetch,
    parse_feed,
    parse_interval,
    read_feed_list,
)

STORIES = {
    "rss1": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday, killing four civilians, the regional governor said.",
    "rss2": "Japan and Russia held talks in Moscow on Monday about a peace treaty, the foreign ministry in Tokyo said.",
    "rss3": "The United Nations condemned the attack on a hospital in Kharkiv, calling it a violation of international law.",
    "atom1": "France criticised Iran on Wednesday over its nuclear programme, the French foreign ministry said in Paris.",
    "atom2": "Germany sent humanitarian aid to Turkey after the earthquake on Monday, the government in Berlin said.",
    "atom3": "Police arrested protesters in Minsk on Sunday after a rally against the government of Belarus.",
    "atom4": "India and Pakistan agreed on Thursday to restore a ceasefire along the Line of Control in Kashmir.",
}


def _page(key: str) -> bytes:
    body = STORIES[key]
    filler = (
        "Officials gave more details later in the day. Reporters on the scene described the situation in detail, "
        "and further statements are expected in the coming days as the investigation continues."
    )
    return (
        f"<!doctype html><html><head><title>Story {key}</title>"
        f"<script>var tracker = 'SCRIPT-{key}'; alert('x');</script></head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>Story {key}</h1><p>{body}</p><p>{filler}</p></article>"
        "<footer>Copyright News Corp</footer></body></html>"
    ).encode()


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>Story {k}</title><link>{base}/page/{k}</link><guid>urn:rss:{k}</guid>"
        f"<pubDate>Tue, 08 Mar 2022 10:00:00 GMT</pubDate></item>"
        for k in ("rss1", "rss2", "rss3")
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"<link>{base}/</link><description>t</description>{items}</channel></rss>"
    ).encode()


def _atom(base: str, n: int) -> bytes:
    entries = "".join(
        f'<entry><title>Story atom{i}</title><link href="{base}/page/atom{i}"/><id>urn:atom:{i}</id>'
        f"<updated>2022-03-09T10:00:00Z</updated></entry>"
        for i in range(1, n + 1)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>'
        f"<id>urn:atom</id><updated>2022-03-09T10:00:00Z</updated>{entries}</feed>"
    ).encode()


class Server:
    """Feeds and pages on 127.0.0.1: /rss.xml (ETag), /atom.xml (Last-Modified), /down.xml (500),
    /slow.xml (answers after 2.5 s), /bad.xml (malformed XML), /page/<key> (HTML with a script tag)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.atom_entries = 3
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def _send(self, code: int, body: bytes = b"", ctype: str = "text/xml", **headers: str) -> None:
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in headers.items():
                        self.send_header(k.replace("_", "-"), v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the slow feed's timeout)

            def do_GET(self) -> None:  # noqa: N802
                server.requests.append((self.path, {k: v for k, v in self.headers.items()}))
                base = f"http://127.0.0.1:{server.port}"
                if self.path == "/rss.xml":
                    if self.headers.get("If-None-Match") == '"rss-v1"':
                        self._send(304, ETag='"rss-v1"')
                    else:
                        self._send(200, _rss(base), "application/rss+xml", ETag='"rss-v1"')
                elif self.path == "/atom.xml":  # ignores validators: the watcher must skip seen entries
                    self._send(
                        200, _atom(base, server.atom_entries), "application/atom+xml",
                        Last_Modified="Wed, 09 Mar 2022 10:00:00 GMT",
                    )  # fmt: skip
                elif self.path == "/down.xml":
                    self._send(500, b"internal error", "text/plain")
                elif self.path == "/slow.xml":
                    time.sleep(2.5)
                    self._send(200, _rss(base), "application/rss+xml")
                elif self.path == "/bad.xml":
                    self._send(200, b"<?xml version='1.0'?><rss><channel><item><title>oops</ti", "text/xml")
                elif self.path.startswith("/page/") and self.path[6:] in STORIES:
                    self._send(200, _page(self.path[6:]), "text/html; charset=utf-8")
                else:
                    self._send(404, b"not found", "text/plain")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2022, 3, 10, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _article_urls(store: Store) -> list[str]:
    page = store.articles(limit=100)
    return sorted(store.article(a["id"])["url"] for a in page["items"])


def test_watch_two_rounds_store_each_new_item_once_and_survive_bad_feeds(
    store: Store, server: Server, pipe: Any, caplog: pytest.LogCaptureFixture
) -> None:
    feeds = [server.url(p) for p in ("/rss.xml", "/atom.xml", "/down.xml", "/slow.xml", "/bad.xml")]
    clock = Clock()
    settings = WatchSettings(timeout=1.0, backoff=60.0)
    watcher = FeedWatcher(store, feeds, pipeline=pipe, settings=settings, clock=clock)
    caplog.set_level(logging.INFO, logger="newsevents.watch")

    r1 = watcher.poll_once()
    assert r1.new == {server.url("/rss.xml"): 3, server.url("/atom.xml"): 3}
    assert set(r1.failed) == {server.url(p) for p in ("/down.xml", "/slow.xml", "/bad.xml")}
    assert "HTTP 500" in r1.failed[server.url("/down.xml")]
    assert "timed out" in r1.failed[server.url("/slow.xml")]
    assert "not a valid RSS/Atom feed" in r1.failed[server.url("/bad.xml")]
    failures = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(failures) == 3 and all("\n" not in r.getMessage() for r in failures)  # one line each
    urls = _article_urls(store)
    assert urls == sorted(
        server.url(f"/page/{k}") for k in ("rss1", "rss2", "rss3", "atom1", "atom2", "atom3")
    )
    # the page's script is not part of the stored text; the article keeps its URL and feed
    art = store.article(store.articles(limit=100)["items"][0]["id"])
    assert "SCRIPT-" not in art["text"] and "alert" not in art["text"] and "Officials gave" in art["text"]
    stored = store.articles(limit=100)["items"]
    assert {a["source"] for a in stored} <= {"Test Wire", "Atom Times", "127.0.0.1"}
    assert store.counts()["events"] > 0  # coded by the real pipeline

    # second round, 10 s later: RSS answers 304 to the validators; Atom has one new entry; bad feeds back off
    server.atom_entries = 4
    clock.now += dt.timedelta(seconds=10)
    caplog.clear()
    r2 = watcher.poll_once()
    assert r2.not_modified == [server.url("/rss.xml")]
    assert r2.new == {server.url("/atom.xml"): 1}
    assert sorted(r2.backing_off) == sorted(server.url(p) for p in ("/down.xml", "/slow.xml", "/bad.xml"))
    assert server.headers_of("/rss.xml")[-1].get("If-None-Match") == '"rss-v1"'
    assert server.headers_of("/atom.xml")[-1].get("If-Modified-Since") == "Wed, 09 Mar 2022 10:00:00 GMT"
    assert "If-None-Match" not in server.headers_of("/rss.xml")[0]  # the first poll had no validators
    assert len(server.headers_of("/down.xml")) == 1  # not polled while backing off
    assert len(_article_urls(store)) == 7  # exactly the new items, each once
    pages = [p for p, _ in server.requests if p.startswith("/page/")]
    assert sorted(pages) == sorted(f"/page/{k}" for k in STORIES)  # every page fetched exactly once

    # after the back-off the failing feeds are retried, and the wait doubles
    clock.now += dt.timedelta(seconds=61)
    r3 = watcher.poll_once()
    assert set(r3.failed) == {server.url(p) for p in ("/down.xml", "/slow.xml", "/bad.xml")}
    state = store.feed_states([server.url("/down.xml"), server.url("/rss.xml")])
    down = state[server.url("/down.xml")]
    assert down["failures"] == 2
    assert dt.datetime.fromisoformat(down["next_poll"]) == clock.now + dt.timedelta(seconds=120)
    rss = state[server.url("/rss.xml")]
    assert (rss["etag"], rss["failures"], rss["n_items"]) == ('"rss-v1"', 0, 3)


def test_watch_fetch_limits_and_parsing(server: Server) -> None:
    small = WatchSettings(timeout=1.0, max_bytes=100)
    with pytest.raises(FeedError, match="too large"):
        fetch(server.url("/rss.xml"), small)
    with pytest.raises(FeedError, match="not an http"):
        fetch("file:///etc/passwd", small)
    with pytest.raises(FeedError, match="cannot connect|connection"):
        fetch("http://127.0.0.1:1/feed.xml", small)
    ok = fetch(server.url("/atom.xml"), WatchSettings(timeout=2.0))
    title, items = parse_feed("atom", ok.body, ok.headers)
    assert title == "Atom Times" and [i.key for i in items] == ["urn:atom:1", "urn:atom:2", "urn:atom:3"]
    assert items[0].published == dt.date(2022, 3, 9)
    with pytest.raises(FeedError):
        parse_feed("html", b"<html><body>not a feed</body></html>")


def test_watch_feed_list_and_interval() -> None:
    text = "# my feeds\nhttp://a/rss\n\n  http://b/atom  # comment\nhttp://a/rss\n"
    assert read_feed_list(text) == ["http://a/rss", "http://b/atom"]
    assert (parse_interval("15m"), parse_interval("30s"), parse_interval("2h"), parse_interval("90")) == (
        900,
        30,
        7200,
        90,
    )
    with pytest.raises(ValueError):
        parse_interval("soon")
    with pytest.raises(ValueError):
        parse_interval("0s")


def test_watch_cli_once(
    tmp_path: Path,
    server: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pipe: Any,
) -> None:
    import newsevents.watch as w

    monkeypatch.setattr(w.FeedWatcher, "pipeline", property(lambda self: pipe))  # reuse the loaded model
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test\n{server.url('/rss.xml')}\n{server.url('/down.xml')}\n")
    db = str(tmp_path / "w.db")
    assert main(["watch", str(feeds), "--db", db, "--once", "--timeout", "2"]) == 0
    err = capsys.readouterr().err
    assert "3 new articles stored" in err and "1 failed" in err and "HTTP 500" in err
    assert main(["watch", str(feeds), "--db", db, "--once"]) == 0  # 304 and back-off: nothing new
    assert "0 new articles stored" in capsys.readouterr().err
    with Store(db) as s:
        assert s.counts()["articles"] == 3
    assert main(["watch", str(tmp_path / "missing.txt"), "--db", db, "--once"]) == 1
    down = tmp_path / "down.txt"
    down.write_text(server.url("/bad.xml") + "\n")
    assert main(["watch", str(down), "--db", db, "--once"]) == 1  # every feed failed: scripts notice
    assert main(["watch", str(feeds), "--db", db, "--every", "soon"]) == 1


def test_watch_coder_failure_is_logged_and_retried(
    store: Store, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def code_batch(self, articles: Any) -> Any:
            raise RuntimeError("model exploded")

    watcher = FeedWatcher(
        store, [server.url("/rss.xml")], pipeline=Broken(), settings=WatchSettings(timeout=2.0)
    )
    r = watcher.poll_once()
    assert r.item_failures == 3 and r.stored == 0
    assert any("model exploded" in rec.getMessage() for rec in caplog.records)
    assert store.counts()["articles"] == 0
    assert (
        store.seen_feed_items(server.url("/rss.xml"), [("urn:rss:rss1", "x")]) == set()
    )  # retried next round
