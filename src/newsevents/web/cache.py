"""A response cache for the read endpoints of the JSON API (``GET /api/...``).

A finished ``200`` response is kept under its request (path and query, the query's parameters sorted) and
the store's generation (:meth:`Store.generation`, a counter every write transaction raises, in whatever
process it runs). Each request first reads the generation (one primary-key lookup): a write since the
response was kept means a new key, so a read after a write always sees the new data; the entries of older
generations are dropped as soon as a newer generation is seen. The generation is read *before* the
response is computed, so what is kept under generation ``g`` holds at least the data of ``g``.

The cache is bounded (least recently used out first) by entries and by bytes, and an oversized response is
not kept. A body of :data:`PACK_OVER` bytes or more is kept compressed (zlib, fastest level: a page of 50
events shrinks about tenfold, for about 0.3 ms once and 0.1 ms per hit), so the byte bound holds many more
answers. It lives on the app (``app.state.cache``): every server process has its own.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

import anyio.to_thread

from ..serving import CACHE_ENTRIES

#: default bounds: entries, total bytes of the kept bodies, and the largest body kept
MAX_ENTRIES = CACHE_ENTRIES
MAX_BYTES = 64 * 1024 * 1024
MAX_ITEM = 2 * 1024 * 1024
#: bodies of at least this many bytes are kept compressed
PACK_OVER = 4096
HEADER = b"x-newsevents-cache"


@dataclass(slots=True)
class Entry:
    """A kept response: ``body`` as kept (zlib-compressed when ``packed``); :meth:`content` is sent."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    packed: bool = False

    @classmethod
    def of(cls, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Entry:
        """The entry of a response, its body compressed when it is large and that makes it smaller."""
        if len(body) >= PACK_OVER:
            packed = zlib.compress(body, 1)
            if len(packed) < len(body):
                return cls(status, headers, packed, True)
        return cls(status, headers, body)

    def content(self) -> bytes:
        return zlib.decompress(self.body) if self.packed else self.body


@dataclass
class ResponseCache:
    """A bounded LRU of responses for one generation of the store (thread-safe)."""

    max_entries: int = MAX_ENTRIES
    max_bytes: int = MAX_BYTES
    max_item: int = MAX_ITEM
    generation: int = -1
    size: int = 0
    hits: int = 0
    misses: int = 0
    _items: OrderedDict[str, Entry] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __len__(self) -> int:
        return len(self._items)

    def _see(self, generation: int) -> bool:
        """Move to ``generation`` if it is newer (dropping every entry); False if it is older."""
        if generation > self.generation:
            self._items.clear()
            self.size = 0
            self.generation = generation
        return generation == self.generation

    def get(self, generation: int, key: str) -> Entry | None:
        with self._lock:
            hit = self._items.get(key) if self._see(generation) else None
            if hit is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, generation: int, key: str, entry: Entry) -> bool:
        if len(entry.body) > self.max_item or self.max_entries < 1:
            return False
        with self._lock:
            if not self._see(generation):
                return False  # computed under a generation already superseded
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self._items[key] = entry
            self.size += len(entry.body)
            while self._items and (len(self._items) > self.max_entries or self.size > self.max_bytes):
                _, dropped = self._items.popitem(last=False)
                self.size -= len(dropped.body)
            return True

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "entries": len(self._items),
                "bytes": self.size,
                "generation": self.generation,
                "hits": self.hits,
                "misses": self.misses,
            }


def request_key(scope: dict[str, Any]) -> str:
    """Path and query with the parameters in sorted order (``?b=1&a=2`` and ``?a=2&b=1`` are one key)."""
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return f"{scope.get('path', '')}?{urlencode(pairs)}"


class ResponseCacheMiddleware:
    """ASGI middleware: answer ``GET /api/...`` from :class:`ResponseCache` when the store is unchanged."""

    def __init__(
        self, app: Any, cache: ResponseCache, generation: Callable[[], int], inline: bool = False
    ) -> None:
        """``inline``: call ``generation`` on the event loop (when it is a quick local read, as
        :attr:`Store.quick_generation` says) instead of in the thread pool."""
        self.app = app
        self.cache = cache
        self.generation = generation
        self.inline = inline

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or not scope.get("path", "").startswith("/api/")
            or self.cache.max_entries < 1
        ):
            await self.app(scope, receive, send)
            return
        try:
            gen = self.generation() if self.inline else await anyio.to_thread.run_sync(self.generation)
        except Exception:  # the store cannot say: serve uncached (the handler reports any real problem)
            await self.app(scope, receive, send)
            return
        key = request_key(scope)
        hit = self.cache.get(gen, key)
        if hit is not None:
            await send(
                {
                    "type": "http.response.start",
                    "status": hit.status,
                    "headers": [*hit.headers, (HEADER, b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": hit.content()})
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        keep = True

        async def capture(message: dict[str, Any]) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200
                message = {**message, "headers": [*message.get("headers", []), (HEADER, b"miss")]}
                await send(message)
                return
            last = False
            if message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > self.cache.max_item:
                    keep = False
                    chunks.clear()
                last = keep and not message.get("more_body", False)
            await send(message)
            if last:  # kept after the answer is on its way (compressing a large body takes a moment)
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != HEADER]
                self.cache.put(gen, key, Entry.of(start["status"], headers, b"".join(chunks)))

        await self.app(scope, receive, capture)
