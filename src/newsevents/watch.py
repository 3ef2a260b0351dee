"""Live feeds: poll RSS/Atom feeds, fetch each new item's page, code it and store it.

One :class:`FeedWatcher` polls a list of feed URLs in rounds. Per feed and round:

1. a feed that failed recently is left alone until its back-off time (``failures`` doubling the wait from
   ``backoff`` up to ``backoff_max``; kept in the store, so it holds across runs of ``--once``);
2. the feed is fetched with the validators of the last answer (``If-None-Match`` / ``If-Modified-Since``);
   a 304 means nothing new;
3. its items (key: the guid, else the link) that no feed has delivered before (same key, or same page URL)
   are fetched (timeout, size limit), read with trafilatura, coded with :class:`newsevents.pipeline.Pipeline`
   and stored; then they are remembered in ``feed_items``, so the next round skips them.

Every failure (feed down, slow, too big, malformed; an item page that fails) is one log line on the
``newsevents.watch`` logger and never stops the other feeds. Feeds are fetched concurrently; coding and
storing happen in the calling thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

from .errors import FeedError, InputError
from .store import Store
from .types import Article

log = logging.getLogger("newsevents.watch")

USER_AGENT = "newsevents-watch/0.1 (+https://github.com/newsevents)"


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """How feeds are fetched. Times in seconds."""

    timeout: float = 15.0  # per request: connect, and the whole download
    max_bytes: int = 5_000_000  # a feed or page larger than this is refused
    backoff: float = 60.0  # wait after the first failure; doubles with each further failure
    backoff_max: float = 6 * 3600.0
    workers: int = 8  # feeds fetched at once
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Fetched:
    status: int
    body: bytes = b""
    headers: Message | None = None
    url: str = ""


@dataclass(slots=True)
class RoundReport:
    """What one round did, per feed: ``new`` items stored, or ``not_modified``/``backing_off``/``failed``."""

    new: dict[str, int] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)
    backing_off: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    item_failures: int = 0

    @property
    def stored(self) -> int:
        return sum(self.new.values())

    def summary(self) -> str:
        return (
            f"{len(self.new)} feeds read, {self.stored} new articles stored, {len(self.not_modified)} not "
            f"modified, {len(self.backing_off)} backing off, {len(self.failed)} failed, "
            f"{self.item_failures} item pages failed"
        )


def read_feed_list(text: str) -> list[str]:
    """Feed URLs from a FEEDS.txt: one per line; blank lines and ``#`` comments are ignored."""
    out: list[str] = []
    for line in text.splitlines():
        s = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if s and s not in out:
            out.append(s)
    return out


def parse_interval(value: str) -> float:
    """``90``, ``30s``, ``15m``, ``2h`` as seconds (at least 1 s)."""
    v = value.strip().lower()
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(v[-1:], None)
    num = v[:-1] if unit else v
    try:
        seconds = float(num) * (unit or 1)
    except ValueError:
        raise ValueError(f"{value!r} is not an interval such as 90, 30s, 15m or 2h") from None
    if seconds < 1:
        raise ValueError(f"{value!r}: the interval must be at least one second")
    return seconds


def fetch(url: str, settings: WatchSettings, headers: dict[str, str] | None = None) -> Fetched:
    """GET ``url`` with a timeout over the whole download and a size limit; 304 is a result, not an error."""
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise FeedError(url, f"not an http(s) URL (scheme {scheme or 'missing'!r})")
    req = urllib.request.Request(url, headers={"User-Agent": settings.user_agent, **(headers or {})})
    deadline = time.monotonic() + settings.timeout
    try:
        with urllib.request.urlopen(req, timeout=settings.timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > settings.max_bytes:
                raise FeedError(url, f"too large ({int(length)} bytes, limit {settings.max_bytes})")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FeedError(url, f"timed out after {settings.timeout:g} s")
                chunk = resp.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > settings.max_bytes:
                    raise FeedError(url, f"too large (over {settings.max_bytes} bytes)")
                chunks.append(chunk)
            return Fetched(resp.status, b"".join(chunks), resp.headers, resp.geturl())
    except urllib.error.HTTPError as e:
        e.close()
        if e.code == 304:
            return Fetched(304, b"", e.headers, url)
        raise FeedError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError):
            raise FeedError(url, f"timed out after {settings.timeout:g} s") from None
        raise FeedError(url, f"cannot connect ({reason})") from None
    except TimeoutError:
        raise FeedError(url, f"timed out after {settings.timeout:g} s") from None
    except OSError as e:
        raise FeedError(url, f"connection failed ({e})") from None


def _decode(body: bytes, headers: Message | None) -> str:
    charset = headers.get_content_charset() if headers is not None else None
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Item:
    key: str  # guid, else link
    url: str
    title: str | None
    published: dt.date | None


def parse_feed(url: str, body: bytes, headers: Message | None = None) -> tuple[str | None, list[Item]]:
    """The feed's title and items; raises :class:`FeedError` for a document that is not a feed."""
    import feedparser

    resp_headers = {"content-type": headers.get("Content-Type", "")} if headers is not None else {}
    parsed = feedparser.parse(body, response_headers=resp_headers)
    if not parsed.get("version") and not parsed.get("entries"):
        raise FeedError(url, "not an RSS/Atom feed")
    items: list[Item] = []
    for e in parsed.get("entries", []):
        link = e.get("link")
        key = e.get("id") or link
        if not link or not key:
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        items.append(
            Item(
                key=str(key),
                url=str(link),
                title=e.get("title"),
                published=dt.date(*when[:3]) if when else None,
            )
        )
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = f"{type(exc).__name__ if exc else 'error'}: {' '.join(str(exc).split())[:200]}"
        if not items:
            raise FeedError(url, f"not a valid RSS/Atom feed ({problem})")
        log.warning("%s: feed has errors (%s); %d item(s) read anyway", url, problem, len(items))
    return parsed.get("feed", {}).get("title"), items


class FeedWatcher:
    """Polls feeds into a :class:`Store`. ``pipeline`` is a :class:`newsevents.pipeline.Pipeline` (made on
    first use when not given). ``clock`` returns the current UTC time (tests move it)."""

    def __init__(
        self,
        store: Store,
        feeds: Sequence[str],
        *,
        pipeline: Any = None,
        settings: WatchSettings | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.store = store
        self.feeds = list(feeds)
        self.settings = settings or WatchSettings()
        self._pipeline = pipeline
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    # -- one round ------------------------------------------------------------------------------------

    def poll_once(self) -> RoundReport:
        """Poll every feed once; returns what happened (each failure is also logged, one line)."""
        report = RoundReport()
        now = self._clock()
        states = self.store.feed_states(self.feeds)
        due: list[str] = []
        for url in self.feeds:
            st = states.get(url) or {}
            nxt = st.get("next_poll")
            if nxt and dt.datetime.fromisoformat(nxt) > now:
                report.backing_off.append(url)
                log.info("%s: backing off until %s after %d failure(s)", url, nxt, st.get("failures", 0))
            else:
                due.append(url)
        if not due:
            return report
        with ThreadPoolExecutor(max_workers=max(1, min(self.settings.workers, len(due)))) as pool:
            results = list(pool.map(lambda u: self._fetch_feed(u, states.get(u) or {}), due))
        for url, result in zip(due, results, strict=True):
            st = states.get(url) or {}
            if isinstance(result, FeedError):
                self._failed(url, st, result, report)
                continue
            if result.status == 304:
                report.not_modified.append(url)
                self.store.save_feed_state(
                    url,
                    last_status=304,
                    failures=0,
                    next_poll=None,
                    last_error=None,
                    last_polled=now.isoformat(),
                )
                continue
            try:
                title, items = parse_feed(url, result.body, result.headers)
            except FeedError as e:
                self._failed(url, st, e, report)
                continue
            before = report.item_failures
            stored = self._take_items(url, title, items, report)
            headers = result.headers
            # some items failed: forget the validators, so that the next poll sees the feed and retries them
            keep = headers is not None and report.item_failures == before
            self.store.save_feed_state(
                url,
                etag=headers.get("ETag") if keep and headers is not None else None,
                last_modified=headers.get("Last-Modified") if keep and headers is not None else None,
                last_status=result.status,
                failures=0,
                next_poll=None,
                last_error=None,
                last_polled=now.isoformat(),
                add_items=stored,
            )
            report.new[url] = stored
        return report

    def _fetch_feed(self, url: str, state: dict[str, Any]) -> Fetched | FeedError:
        headers: dict[str, str] = {
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
        }
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        try:
            return fetch(url, self.settings, headers)
        except FeedError as e:
            return e

    def _failed(self, url: str, state: dict[str, Any], err: FeedError, report: RoundReport) -> None:
        failures = int(state.get("failures") or 0) + 1
        wait = min(self.settings.backoff * 2 ** (failures - 1), self.settings.backoff_max)
        nxt = self._clock() + dt.timedelta(seconds=wait)
        report.failed[url] = err.problem
        log.warning("%s: %s (failure %d, next try in %g s)", url, err.problem, failures, wait)
        self.store.save_feed_state(
            url,
            failures=failures,
            next_poll=nxt.isoformat(),
            last_error=err.problem[:500],
            last_status=None,
            last_polled=self._clock().isoformat(),
        )

    def _take_items(
        self, feed_url: str, feed_title: str | None, items: list[Item], report: RoundReport
    ) -> int:
        seen = self.store.seen_feed_items(feed_url, [(it.key, it.url) for it in items])
        new = [it for it in items if it.key not in seen]
        articles: list[tuple[Item, Article]] = []
        for it in new:
            try:
                articles.append((it, self._article(it, feed_title)))
            except (FeedError, InputError) as e:
                report.item_failures += 1
                log.warning("%s: item %s: %s", feed_url, it.url, getattr(e, "problem", str(e)))
        if not articles:
            return 0
        try:
            results = self.pipeline.code_batch([a for _, a in articles])
            self.store.ingest([r.to_dict() for r in results])
        except Exception as e:  # noqa: BLE001 - the boundary of a long-running loop: log, retry next round
            report.item_failures += len(articles)
            log.error(
                "%s: coding or storing %d item(s) failed: %s: %s",
                feed_url,
                len(articles),
                type(e).__name__,
                e,
            )
            return 0
        self.store.mark_feed_items(feed_url, [(it.key, it.url, a.id) for (it, a) in articles])
        return len(articles)

    def _article(self, item: Item, feed_title: str | None) -> Article:
        from .read import read_html

        page = fetch(item.url, self.settings, {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
        if page.status != 200:
            raise FeedError(item.url, f"HTTP {page.status}")
        warnings: list[str] = []
        art = read_html(_decode(page.body, page.headers), item.url, warnings)
        art.url = item.url
        art.title = art.title or item.title
        art.published = art.published or item.published
        if not art.source:
            art.source = feed_title or urlsplit(item.url).hostname
        return art

    # -- rounds ---------------------------------------------------------------------------------------

    def run(
        self,
        every: float,
        *,
        rounds: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
        on_round: Callable[[RoundReport], None] | None = None,
    ) -> None:
        """Poll every ``every`` seconds (``rounds`` times, or until interrupted)."""
        n = 0
        while rounds is None or n < rounds:
            started = time.monotonic()
            report = self.poll_once()
            if on_round:
                on_round(report)
            n += 1
            if rounds is not None and n >= rounds:
                return
            sleep(max(0.0, every - (time.monotonic() - started)))


def feeds_from_file(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as f:
            return read_feed_list(f.read())
    except OSError as e:
        raise InputError(path, f"cannot read the feed list ({e.strerror})") from None


__all__: Iterable[str] = [
    "FeedWatcher",
    "RoundReport",
    "WatchSettings",
    "feeds_from_file",
    "fetch",
    "parse_feed",
    "parse_interval",
    "read_feed_list",
]
