"""The one object that owns the database: :class:`Store`.

Writes go through :meth:`Store.ingest` only: records are written in batches, one transaction per batch
(``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on PostgreSQL), under a lock that
serialises the writers of one process. A batch is all or nothing, so a killed ingest leaves the store as
it was after the last finished batch, and rerunning it completes the work without duplicates.

Reads return plain dicts and lists (JSON-ready); the CLI and the web API print or serve them as they are.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    create_engine,
    delete,
    event,
    exists,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from ..errors import NotFoundError, QueryError, StoreConfigError, StoreError, UnknownActorError
from . import clusters as clusters_mod
from . import query as Q
from . import schema as S
from . import stats as stats_mod
from .limits import time_limit
from .names import CAMEO_ROOTS, QUAD_CLASSES, actor_kind, country_name
from .records import RecordRows, to_rows, validate

DEFAULT_SQLITE = "newsevents.db"
#: Store options of a server process: 8 connections kept open, none opened beyond them (a request waits
#: for a free one), 16 MiB of SQLite page cache each (the OS caches the file itself): flat memory
SERVING: dict[str, int] = {"cache_mib": 16, "pool_size": 8, "max_overflow": 0}
ENV_DB = "NEWSEVENTS_DB"
#: seconds Store.generation() may wait for a lock on SQLite (it runs on a server's event loop)
GENERATION_TIMEOUT = 1.0
#: each statement is its own read transaction (autocommit): it sees every commit before it
_GENERATION_SQL = f"SELECT generation FROM {S.store_meta.name} WHERE key = ?"
_PRECISIONS = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _page_statements() -> tuple[Select[Any], Select[Any]]:
    """What a page of events carries beyond its rows, for a list of event ids (``ids``): (1) per event the
    reporting article's title, date and publisher, the number of articles reporting it and its cluster's
    counts; (2) the evidence sentences, in order. Built once: the statements are immutable."""
    e, a, cl, src, ev = S.events.c, S.articles.c, S.clusters.c, S.event_sources.c, S.event_evidence.c
    ids = bindparam("ids", expanding=True)
    extras = (
        select(
            e.id,
            a.title,
            a.published,
            a.source,
            select(func.count()).where(src.event_id == e.id).scalar_subquery(),
            cl.id,
            cl.n_mentions,
            cl.n_articles,
            cl.n_sources,
            cl.corroborated,
        )
        .select_from(
            S.events.outerjoin(S.articles, a.id == e.article_id).outerjoin(S.clusters, cl.id == e.cluster_id)
        )
        .where(e.id.in_(ids))
    )
    evidence = (
        select(ev.event_id, ev.sentence, ev.start, ev.end, ev.trigger, ev.trigger_start, ev.trigger_end)
        .where(ev.event_id.in_(ids))
        .order_by(ev.event_id, ev.seq)
    )
    return extras, evidence


_PAGE_EXTRAS, _PAGE_EVIDENCE = _page_statements()


def resolve_url(db: str | None = None) -> str:
    """The database URL: ``db`` (a URL or an SQLite file path), else ``$NEWSEVENTS_DB``, else
    ``newsevents.db`` in the working directory."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_SQLITE
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    return value


@dataclass
class IngestStats:
    """What one ingest did."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    events: int = 0
    unasserted: int = 0
    quotes: int = 0

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated

    def summary(self) -> str:
        return (
            f"{self.articles} article{'s' if self.articles != 1 else ''}: {self.new} new, "
            f"{self.unchanged} unchanged, {self.updated} updated; {self.events} events stored "
            f"(+{self.unasserted} unasserted), {self.quotes} quotes"
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "new": self.new,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "events": self.events,
            "unasserted": self.unasserted,
            "quotes": self.quotes,
        }


def _query_fields(q: Q.EventQuery) -> dict[str, Any]:
    return {name: getattr(q, name) for name in Q.EventQuery.__slots__}


def _iso_week_start(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def _bucket(day: str, interval: str) -> str:
    if interval == "day":
        return day
    if interval == "week":
        return _iso_week_start(day)
    if interval == "month":
        return day[:7]
    return day[:4]


#: SQLite's julianday() of 0001-01-01, a Monday: the origin of the week numbers of timelines
_JULIAN_DAY_1 = 1721425.5


def _week_monday(week: int) -> str:
    """The Monday (YYYY-MM-DD) of week number ``week`` counted from Monday 0001-01-01."""
    return (dt.date(1, 1, 1) + dt.timedelta(weeks=week)).isoformat()


def _next_bucket(b: str, interval: str) -> str:
    if interval in ("day", "week"):
        d = dt.date.fromisoformat(b) + dt.timedelta(days=1 if interval == "day" else 7)
        return d.isoformat()
    if interval == "month":
        y, m = int(b[:4]), int(b[5:7])
        return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"
    return f"{int(b) + 1:04d}"


#: QuadClass as the key of a timeline bucket's counts
_QUAD_KEYS = ("0", "1", "2", "3", "4")
#: most buckets in a timeline
MAX_BUCKETS = 20_000


def _bucket_range(first: str, last: str, interval: str) -> Iterator[str]:
    """Every bucket from ``first`` to ``last`` (at most :data:`MAX_BUCKETS`): what stepping with
    :func:`_next_bucket` gives, without parsing each bucket again."""
    n = 0
    if interval in ("day", "week"):
        d, step = dt.date.fromisoformat(first), dt.timedelta(days=1 if interval == "day" else 7)
        cur = first
        while cur <= last and n < MAX_BUCKETS:
            yield cur
            n += 1
            d += step
            cur = d.isoformat()
        return
    cur = first
    while cur <= last and n < MAX_BUCKETS:
        yield cur
        n += 1
        cur = _next_bucket(cur, interval)


def _fill_gaps(buckets: dict[str, Any], interval: str, empty: dict[str, int]) -> list[tuple[str, Any]]:
    """The buckets in order, with the empty ones between the first and the last filled in."""
    if not buckets:
        return []
    keys = sorted(buckets)
    return [(cur, buckets.get(cur, dict(empty))) for cur in _bucket_range(keys[0], keys[-1], interval)]


class Store:
    """An event store at a database URL (SQLite file or PostgreSQL), created or upgraded on open.

    >>> store = Store("sqlite:///newsevents.db")        # doctest: +SKIP
    >>> store.ingest(records).summary()                  # doctest: +SKIP
    >>> store.dyad_timeline("RUS", "JPN", interval="month")  # doctest: +SKIP
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        create: bool = True,
        cache_mib: int = 64,
        pool_size: int = 5,
        max_overflow: int = 10,
    ) -> None:
        """``cache_mib``: SQLite page cache per connection; ``pool_size`` connections are kept open, and up
        to ``max_overflow`` more are opened (and closed again) when that many threads read at once. A server
        keeps a fixed pool and a smaller cache (:data:`SERVING`), so its memory stays flat under load."""
        self.url = resolve_url(url)
        self._write_lock = threading.Lock()
        self._meta_lock = threading.Lock()
        self._meta_conn: Any = None  # SQLite: the connection generation() reads through (opened on first use)
        #: seconds a read may run before it is cancelled (QueryTimeoutError); None: no limit
        self.query_timeout: float | None = None
        if not create and self.url.startswith("sqlite"):
            path = self.url.split("///", 1)[-1].split("?", 1)[0]
            if path and path != ":memory:" and not Path(path).exists():
                raise StoreError(f"no newsevents store at {path} (create one with `newsevents ingest`)")
        try:
            backend = make_url(self.url).get_backend_name()
        except ArgumentError:
            raise StoreConfigError(f"{self.url[:80]!r} is not a database URL or SQLite file path") from None
        if backend not in ("sqlite", "postgresql"):
            raise StoreConfigError(
                f"unsupported database {backend!r}: use an SQLite file or postgresql+psycopg://"
            )
        try:
            self.engine: Engine = self._make_engine(self.url, cache_mib, pool_size, max_overflow)
        except (ArgumentError, NoSuchModuleError, ImportError) as e:
            raise StoreConfigError(f"cannot use database URL {self._safe_url()!r}: {e}") from None
        self.dialect = self.engine.dialect.name
        database = self.engine.url.database
        self._quick_generation = (
            self.dialect == "sqlite"
            and bool(database)
            and database != ":memory:"
            and "mode=memory" not in self.url
        )
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreConfigError(f"unsupported database {self.dialect!r}: use SQLite or PostgreSQL")
        deadline = time.monotonic() + 60
        while True:
            try:
                self._prepare(create)
                break
            except OperationalError as e:
                # two processes opening a new SQLite file at once: the loser of the race for the first
                # schema transaction (or the switch to WAL) waits and tries again
                if "locked" in str(e.orig) and time.monotonic() < deadline:
                    self.engine.dispose()
                    time.sleep(0.2)
                    continue
                self.engine.dispose()
                raise StoreError(f"cannot open the store at {self._safe_url()}: {e.orig}") from None
            except BaseException:
                self.engine.dispose()
                raise

    # -- engine and schema ---------------------------------------------------------------------------

    def _safe_url(self) -> str:
        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except ArgumentError:
            return "<malformed URL>"

    @staticmethod
    def _make_engine(url: str, cache_mib: int = 64, pool_size: int = 5, max_overflow: int = 10) -> Engine:
        pool = {"pool_size": pool_size, "max_overflow": max_overflow}
        if url.startswith("sqlite"):
            if ":memory:" in url or url.rstrip("/") in ("sqlite:", "sqlite:/", "sqlite://"):
                pool = {}  # an in-memory database has its own (single-connection) pool
            engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **pool)

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute(f"PRAGMA cache_size=-{int(cache_mib) * 1024}")  # KiB of page cache per connection
                cur.close()

            @event.listens_for(engine, "begin")
            def _on_begin(conn: Connection) -> None:
                mode = conn.get_execution_options().get("newsevents_write") and "IMMEDIATE" or "DEFERRED"
                conn.exec_driver_sql(f"BEGIN {mode}")

            return engine
        return create_engine(url, pool_pre_ping=True, **pool)

    def _prepare(self, create: bool) -> None:
        with self.write(bump=False) as conn:
            found = S.current_version(conn)
            if found is None:
                if not create:
                    raise StoreError(f"no newsevents store at {self._safe_url()}")
                S.create_schema(conn)
                return
            steps = S.upgrade_steps(found)
        for target in steps:  # each step in its own transaction
            with self.write(bump=False) as conn:
                if S.current_version(conn) == target - 1:
                    S.migrate_step(conn, target)

    @property
    def schema_version(self) -> int:
        with self.read() as conn:
            return S.current_version(conn) or 0

    def close(self) -> None:
        with self._meta_lock:
            if self._meta_conn is not None:
                self._meta_conn.close()
                self._meta_conn = None
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self, *, bump: bool = True) -> Iterator[Connection]:
        """One write transaction (the only way to write). Unless ``bump`` is false (schema work), it adds
        one to the store's generation (``store_meta``) in the same transaction: see :meth:`generation`."""
        with self._write_lock, self.engine.connect() as conn:
            conn = conn.execution_options(newsevents_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7410452)")
                yield conn
                if bump:
                    m = S.store_meta.c
                    conn.execute(
                        update(S.store_meta).where(m.key == S.DATA_KEY).values(generation=m.generation + 1)
                    )

    @property
    def quick_generation(self) -> bool:
        """True when :meth:`generation` reads a local SQLite file through a connection of its own (a few
        µs, no wait for the pool, at most :data:`GENERATION_TIMEOUT` seconds for a lock): a server can then
        call it on its event loop."""
        return self._quick_generation

    def generation(self) -> int:
        """A number that changes whenever a write transaction commits (in any process): one indexed read.
        Something computed after reading generation ``g`` reflects at least the data of ``g``."""
        if self._quick_generation:
            with self._meta_lock:
                if self._meta_conn is None:
                    cargs, cparams = self.engine.dialect.create_connect_args(self.engine.url)
                    cparams.update(timeout=GENERATION_TIMEOUT, check_same_thread=False, isolation_level=None)
                    self._meta_conn = self.engine.dialect.loaded_dbapi.connect(*cargs, **cparams)
                row = self._meta_conn.execute(_GENERATION_SQL, (S.DATA_KEY,)).fetchone()
            return int(row[0]) if row else 0
        m = S.store_meta.c
        with self.engine.connect() as conn, conn.begin():
            g = conn.execute(select(m.generation).where(m.key == S.DATA_KEY)).scalar()
        return int(g or 0)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction, cancelled after ``query_timeout`` seconds when that is set."""
        with self.engine.connect() as conn, conn.begin(), time_limit(conn, self.dialect, self.query_timeout):
            yield conn

    # -- writing -------------------------------------------------------------------------------------

    def ingest(
        self,
        records: Iterable[tuple[dict[str, Any], str] | dict[str, Any]],
        *,
        batch_size: int = 100,
        on_record: Callable[[], None] | None = None,
    ) -> IngestStats:
        """Store coded records (``newsevents/article.v1`` dicts, or ``(record, origin)`` pairs).

        Each batch of ``batch_size`` records is one transaction. A record already stored unchanged is
        skipped; one whose text changed gets a new article version; in both changed cases the article's
        annotations are replaced. A malformed record raises :class:`RecordError` before its batch is
        written (the batches before it stay stored).
        """
        stats = IngestStats()
        batch: list[tuple[dict[str, Any], str]] = []
        for item in records:
            rec, origin = item if isinstance(item, tuple) else (item, "<record>")
            validate(rec, origin)
            batch.append((rec, origin))
            if len(batch) >= batch_size:
                self._write_batch(batch, stats, on_record)
                batch = []
        if batch:
            self._write_batch(batch, stats, on_record)
        return stats

    def _write_batch(
        self,
        batch: Sequence[tuple[dict[str, Any], str]],
        stats: IngestStats,
        on_record: Callable[[], None] | None,
    ) -> None:
        local = IngestStats()
        with self.write() as conn:
            new_events: list[int] = []
            for rec, _origin in batch:
                self._write_record(conn, to_rows(rec), local, new_events)
            clusters_mod.assign(conn, new_events)  # one pass per batch, in the same transaction
        for name in ("new", "unchanged", "updated", "events", "unasserted", "quotes"):
            setattr(stats, name, getattr(stats, name) + getattr(local, name))
        if on_record:
            for _ in batch:
                on_record()

    def _insert_ignore(self, conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        conn.execute(dialect_insert(table).on_conflict_do_nothing(), rows)

    def _delete_annotations(self, conn: Connection, article_id: str) -> None:
        e = S.events.c
        old = conn.execute(
            select(*stats_mod.keyed_columns(), e.goldstein, e.asserted).where(e.article_id == article_id)
        ).mappings()
        stats_mod.apply(conn, stats_mod.deltas(old), sign=-1)
        touched = clusters_mod.clusters_of_article(conn, article_id)
        ev_ids = select(S.events.c.id).where(S.events.c.article_id == article_id).scalar_subquery()
        conn.execute(delete(S.event_sources).where(S.event_sources.c.article_id == article_id))
        conn.execute(delete(S.event_evidence).where(S.event_evidence.c.event_id.in_(ev_ids)))
        conn.execute(delete(S.event_sources).where(S.event_sources.c.event_id.in_(ev_ids)))
        conn.execute(delete(S.events).where(S.events.c.article_id == article_id))
        for table in S.ANNOTATION_TABLES:
            conn.execute(delete(table).where(table.c.article_id == article_id))
        clusters_mod.recluster(conn, touched)

    def _write_record(
        self, conn: Connection, rows: RecordRows, stats: IngestStats, new_events: list[int]
    ) -> None:
        art = rows.article
        aid = art["id"]
        stamp = S.now()
        old = conn.execute(
            select(S.articles.c.version, S.articles.c.sha256, S.articles.c.record_sha).where(
                S.articles.c.id == aid
            )
        ).first()
        if old is None:
            version = 1
            conn.execute(insert(S.articles).values(**art, version=1, ingested_at=stamp, updated_at=stamp))
            stats.new += 1
        elif old.record_sha == art["record_sha"]:
            stats.unchanged += 1
            return
        else:
            version = old.version + (old.sha256 != art["sha256"])
            self._delete_annotations(conn, aid)
            conn.execute(
                update(S.articles)
                .where(S.articles.c.id == aid)
                .values(**art, version=version, updated_at=stamp)
            )
            stats.updated += 1
        if old is None or old.sha256 != art["sha256"]:
            conn.execute(
                insert(S.article_versions).values(
                    article_id=aid,
                    version=version,
                    sha256=art["sha256"],
                    title=art["title"],
                    published=art["published"],
                    text=art["text"],
                    ingested_at=stamp,
                )
            )

        self._insert_ignore(
            conn,
            S.actors,
            [
                {
                    "key": key,
                    "name": self._actor_name(key, info),
                    "kind": actor_kind(key),
                    "country": info["country"],
                    "igo": info["igo"],
                }
                for key, info in rows.actor_keys.items()
            ],
        )
        for table, items in (
            (S.actor_mentions, rows.mentions),
            (S.quotes, rows.quotes),
            (S.places, rows.places),
            (S.article_dates, rows.dates),
        ):
            if items:
                conn.execute(insert(table), items)
        if rows.events:
            plain = [{k: v for k, v in e.items() if k != "_evidence"} for e in rows.events]
            ids = (
                conn.execute(insert(S.events).returning(S.events.c.id, sort_by_parameter_order=True), plain)
                .scalars()
                .all()
            )
            evidence = [
                {**ev, "event_id": eid}
                for eid, e in zip(ids, rows.events, strict=True)
                for ev in e["_evidence"]
            ]
            if evidence:
                conn.execute(insert(S.event_evidence), evidence)
            conn.execute(
                insert(S.event_sources),
                [
                    {"event_id": eid, "article_id": aid, "article_version": version, "added_at": stamp}
                    for eid in ids
                ],
            )
            stats_mod.apply(conn, stats_mod.deltas(rows.events))
            new_events += [i for i, ev in zip(ids, rows.events, strict=True) if ev["asserted"]]
        stats.events += sum(1 for e in rows.events if e["asserted"])
        stats.unasserted += sum(1 for e in rows.events if not e["asserted"])
        stats.quotes += len(rows.quotes)

    # -- feeds (``newsevents watch``) -------------------------------------------------------------------

    def feed_states(self, urls: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored state of each known feed URL: validators, failures, back-off, counts."""
        f = S.feeds.c
        with self.read() as conn:
            return {
                r["url"]: dict(r)
                for r in conn.execute(select(S.feeds).where(f.url.in_(list(urls)))).mappings()
            }

    def save_feed_state(self, url: str, *, add_items: int = 0, **values: Any) -> None:
        """Create or update a feed's state (only the given fields change; ``add_items`` adds to n_items)."""
        allowed = {
            "etag",
            "last_modified",
            "last_status",
            "last_error",
            "failures",
            "next_poll",
            "last_polled",
        }
        unknown = set(values) - allowed
        if unknown:
            raise StoreError(f"unknown feed state field(s): {', '.join(sorted(unknown))}")
        f = S.feeds.c
        with self.write() as conn:
            if conn.execute(select(f.url).where(f.url == url)).first() is None:
                conn.execute(insert(S.feeds).values(url=url, failures=0, n_items=0))
            conn.execute(update(S.feeds).where(f.url == url).values(**values, n_items=f.n_items + add_items))

    def seen_feed_items(self, feed_url: str, items: Sequence[tuple[str, str]]) -> set[str]:
        """The keys of ``(key, url)`` items already taken: from this feed by key, or from any feed by URL."""
        fi = S.feed_items.c
        keys = [k for k, _ in items]
        urls = [u for _, u in items]
        seen: set[str] = set()
        with self.read() as conn:
            for i in range(0, len(items), 500):
                seen.update(
                    conn.execute(
                        select(fi.item_key).where(fi.feed_url == feed_url, fi.item_key.in_(keys[i : i + 500]))
                    ).scalars()
                )
                known_urls = set(conn.execute(select(fi.url).where(fi.url.in_(urls[i : i + 500]))).scalars())
                seen.update(k for k, u in items[i : i + 500] if u in known_urls)
        return seen

    def mark_feed_items(self, feed_url: str, items: Sequence[tuple[str, str, str | None]]) -> None:
        """Remember ``(key, url, article id)`` items of a feed as taken."""
        stamp = S.now()
        with self.write() as conn:
            self._insert_ignore(
                conn,
                S.feed_items,
                [
                    {
                        "feed_url": feed_url,
                        "item_key": k,
                        "url": u,
                        "article_id": a,
                        "status": "stored",
                        "seen_at": stamp,
                    }
                    for k, u, a in items
                ],
            )

    @staticmethod
    def _actor_name(key: str, info: dict[str, Any]) -> str:
        names = info.get("names") or []
        if names:  # the name the articles use for the actor itself ("Russia", "United Nations")
            return str(max(sorted(set(names)), key=names.count))
        return (country_name(key) if actor_kind(key) == "country" else None) or key

    # -- reading: helpers ----------------------------------------------------------------------------

    @staticmethod
    def _event_conditions(q: Q.EventQuery) -> list[ColumnElement[bool]]:
        e = S.events.c
        conds: list[ColumnElement[bool]] = []
        if not q.include_unasserted:
            conds.append(e.asserted == true())
        if q.actor:
            conds.append(or_(e.source_key == q.actor, e.target_key == q.actor))
        if q.dyad:
            a, b = q.dyad
            if q.directed:
                conds.append(
                    or_(
                        and_(e.source_key == a, e.target_key == b),
                        and_(e.mutual == true(), e.source_key == b, e.target_key == a),
                    )
                )
            else:
                conds.append(e.pair == "|".join(sorted((a, b))))
        if q.cameo:
            p = q.cameo
            if len(p) == 2:
                conds.append(e.cameo_root == p)
            else:
                conds.append(and_(e.cameo >= p, e.cameo < p[:-1] + chr(ord(p[-1]) + 1)))
        if q.plover:
            conds.append(e.plover == q.plover)
        if q.quad:
            conds.append(e.quad_class == q.quad)
        if q.since:
            conds.append(e.date_start >= q.since)
        if q.until:
            conds.append(and_(e.date_start <= q.until, e.date_start != ""))
        if q.text:
            pattern = "%" + q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            ev = S.event_evidence.c
            conds.append(exists().where(ev.event_id == e.id, ev.sentence.ilike(pattern, escape="\\")))
        if q.article:
            src = S.event_sources.c
            conds.append(exists().where(src.event_id == e.id, src.article_id == q.article))
        if q.country:
            conds.append(e.loc_country == q.country)
        return conds

    @staticmethod
    def _actor_dict(m: Any, prefix: str) -> dict[str, Any] | None:
        if m[f"{prefix}_key"] is None and m[f"{prefix}_text"] is None:
            return None
        return {
            k: m[f"{prefix}_{k}"]
            for k in ("key", "name", "text", "country", "igo", "sector", "role", "start", "end")
        }

    def _event_dict(self, m: Any) -> dict[str, Any]:
        loc = None
        if m["loc_name"] is not None or m["loc_lat"] is not None:
            loc = {
                k: m[f"loc_{k}"] for k in ("text", "name", "country", "lat", "lon", "kind", "start", "end")
            }
        return {
            "id": m["id"],
            "uid": m["uid"],
            "article_id": m["article_id"],
            "source": self._actor_dict(m, "source"),
            "target": self._actor_dict(m, "target"),
            "cameo": m["cameo"],
            "cameo_root": m["cameo_root"],
            "cameo_name": m["cameo_name"],
            "root_name": CAMEO_ROOTS.get(m["cameo_root"]),
            "plover": m["plover"],
            "plover_mode": m["plover_mode"],
            "plover_context": m["plover_context"],
            "quad_class": m["quad_class"],
            "quad_name": QUAD_CLASSES.get(m["quad_class"]),
            "goldstein": m["goldstein"],
            "date": m["date"] or m["date_start"] or None,
            "date_precision": m["date_precision"],
            "date_source": m["date_source"],
            "historical": bool(m["historical"]),
            "location": loc,
            "negated": bool(m["negated"]),
            "modality": m["modality"],
            "asserted": bool(m["asserted"]),
            "mutual": bool(m["mutual"]),
            "rule": m["rule"],
            "confidence": m["confidence"],
            "cluster_id": m["cluster_id"],
        }

    def _attach(self, conn: Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Add evidence and the reporting article's title/date to a page of events."""
        if not items:
            return items
        ids = [it["id"] for it in items]
        ev = S.event_evidence.c
        by_event: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in conn.execute(
            select(ev.event_id, ev.sentence, ev.start, ev.end, ev.trigger, ev.trigger_start, ev.trigger_end)
            .where(ev.event_id.in_(ids))
            .order_by(ev.event_id, ev.seq)
        ):
            d = dict(r._mapping)
            by_event[d.pop("event_id")].append(d)
        a = S.articles.c
        arts = {
            r.id: r
            for r in conn.execute(
                select(a.id, a.title, a.published, a.source).where(
                    a.id.in_({it["article_id"] for it in items})
                )
            )
        }
        src = S.event_sources.c
        n_sources = dict(
            conn.execute(
                select(src.event_id, func.count()).where(src.event_id.in_(ids)).group_by(src.event_id)
            ).all()
        )
        for it in items:
            it["evidence"] = by_event.get(it["id"], [])
            r = arts.get(it["article_id"])
            it["article"] = {
                "id": it["article_id"],
                "title": r.title if r else None,
                "published": r.published if r else None,
                "source": r.source if r else None,
            }
            it["n_sources"] = n_sources.get(it["id"], 0)
        cl = S.clusters.c
        cids = sorted({it["cluster_id"] for it in items if it.get("cluster_id") is not None})
        counts = {
            r.id: r
            for r in conn.execute(
                select(cl.id, cl.n_mentions, cl.n_articles, cl.n_sources, cl.corroborated).where(
                    cl.id.in_(cids)
                )
            )
        }
        for it in items:
            c = counts.get(it.get("cluster_id"))
            it["cluster"] = (
                {
                    "id": c.id,
                    "n_mentions": c.n_mentions,
                    "n_articles": c.n_articles,
                    "n_sources": c.n_sources,
                    "corroborated": bool(c.corroborated),
                }
                if c
                else None
            )
        return items

    def _page_items(self, conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A page of event rows as items: the same as ``_attach`` gives, in two statements built once
        (:data:`_PAGE_EXTRAS`, :data:`_PAGE_EVIDENCE`) instead of four."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        extras = {r[0]: r for r in conn.execute(_PAGE_EXTRAS, {"ids": ids})}
        by_event: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for event_id, sentence, start, end, trigger, trigger_start, trigger_end in conn.execute(
            _PAGE_EVIDENCE, {"ids": ids}
        ):
            by_event[event_id].append(
                {
                    "sentence": sentence,
                    "start": start,
                    "end": end,
                    "trigger": trigger,
                    "trigger_start": trigger_start,
                    "trigger_end": trigger_end,
                }
            )
        items = []
        for r in rows:
            it = self._event_dict(r)
            _, title, published, source, n_sources, cid, n_mentions, n_articles, cl_sources, corr = extras[
                it["id"]
            ]
            it["evidence"] = by_event.get(it["id"], [])
            it["article"] = {"id": it["article_id"], "title": title, "published": published, "source": source}
            it["n_sources"] = n_sources
            it["cluster"] = (
                {
                    "id": cid,
                    "n_mentions": n_mentions,
                    "n_articles": n_articles,
                    "n_sources": cl_sources,
                    "corroborated": bool(corr),
                }
                if cid is not None
                else None
            )
            items.append(it)
        return items

    def iter_events(self, q: Q.EventQuery | None = None, *, page: int = 1000) -> Iterator[dict[str, Any]]:
        """Every matching event (with evidence and cluster counts), newest first, read page by page."""
        cursor: str | None = None
        while True:
            res = self.events(q, limit=page, cursor=cursor, with_total=False)
            yield from res["items"]
            cursor = res["next_cursor"]
            if not cursor:
                return

    def iter_clusters(
        self, q: Q.EventQuery | None = None, *, page: int = 500
    ) -> Iterator[list[dict[str, Any]]]:
        """Every matching cluster, newest first, in pages (lists) of at most ``page``."""
        offset = 0
        while True:
            items = self.clusters(q, limit=page, offset=offset, with_total=False)["items"]
            if items:
                yield items
            if len(items) < page:
                return
            offset += page

    def article_heads(self, article_ids: Iterable[str], chars: int = 500) -> dict[str, str]:
        """The first ``chars`` characters of each article's text."""
        ids = sorted(set(article_ids))
        a = S.articles.c
        with self.read() as conn:
            return dict(conn.execute(select(a.id, func.substr(a.text, 1, chars)).where(a.id.in_(ids))).all())

    # -- reading: clusters (one real-world event each) ---------------------------------------------------

    def clusters(
        self,
        q: Q.EventQuery | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        min_sources: int = 1,
        with_total: bool = True,
    ) -> dict[str, Any]:
        """A page of clustered events (one per real-world event), newest first.

        A cluster is listed when any of its events matches the filters of ``q``. Each item carries the
        counts (``n_mentions``, ``n_articles``, ``n_sources``, ``n_copies``, ``corroborated``), the
        publishers, the representative event (with its evidence), and every reporting article."""
        q = q or Q.EventQuery()
        Q.limit(limit, 100_000)
        Q.offset(offset)
        if not 1 <= min_sources <= 10_000:
            raise QueryError(f"min_sources: must be between 1 and 10000, not {min_sources}", "min_sources")
        cl, e = S.clusters.c, S.events.c
        conds: list[ColumnElement[bool]] = []
        ev_conds = self._event_conditions(Q.EventQuery(**{**_query_fields(q), "include_unasserted": False}))
        if len(ev_conds) > 1:  # any filter beyond `asserted` (every clustered event is asserted)
            conds.append(exists().where(e.cluster_id == cl.id, *ev_conds))
        if min_sources > 1:
            conds.append(cl.n_sources >= min_sources)
        stmt = (
            select(S.clusters)
            .where(*conds)
            .order_by(cl.date_start.desc(), cl.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.read() as conn:
            rows = conn.execute(stmt).mappings().all()
            items = self._cluster_items(conn, rows, members=False)
            total = (
                conn.execute(select(func.count()).select_from(S.clusters).where(*conds)).scalar_one()
                if with_total
                else None
            )
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def cluster(self, cluster_id: int) -> dict[str, Any]:
        """One clustered event with every member event (and its evidence) and every reporting article."""
        with self.read() as conn:
            row = conn.execute(select(S.clusters).where(S.clusters.c.id == cluster_id)).mappings().first()
            if row is None:
                raise NotFoundError(f"no cluster {cluster_id}")
            return self._cluster_items(conn, [row], members=True)[0]

    def rebuild_clusters(self) -> dict[str, int]:
        """Recompute every cluster from the stored events (one transaction)."""
        with self.write() as conn:
            clusters_mod.fill_fingerprints(conn)
            n = clusters_mod.rebuild_clusters(conn)
            e = S.events.c
            events = conn.execute(
                select(func.count()).select_from(S.events).where(e.asserted == true())
            ).scalar_one()
            multi = conn.execute(
                select(func.count()).select_from(S.clusters).where(S.clusters.c.n_articles > 1)
            ).scalar_one()
        return {"events": int(events), "clusters": n, "multi_article": int(multi)}

    def _cluster_items(self, conn: Connection, rows: Sequence[Any], *, members: bool) -> list[dict[str, Any]]:
        if not rows:
            return []
        e, a, src = S.events.c, S.articles.c, S.event_sources.c
        ids = [r["id"] for r in rows]
        rep_rows = conn.execute(
            select(S.events).where(e.id.in_([r["rep_event_id"] for r in rows]))
        ).mappings()
        reps = {r["id"]: d for r, d in ((r, self._event_dict(r)) for r in rep_rows)}
        self._attach(conn, list(reps.values()))
        arts: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in conn.execute(
            select(e.cluster_id, a.id, a.title, a.published, a.source, a.url, a.sha256)
            .join(S.event_sources, src.event_id == e.id)
            .join(S.articles, a.id == src.article_id)
            .where(e.cluster_id.in_(ids))
            .distinct()
            .order_by(e.cluster_id, a.published, a.id)
        ).mappings():
            d = dict(r)
            arts[d.pop("cluster_id")].append(d)
        event_ids: dict[int, list[int]] = defaultdict(list)
        for cid, eid in conn.execute(select(e.cluster_id, e.id).where(e.cluster_id.in_(ids)).order_by(e.id)):
            event_ids[cid].append(eid)
        out = []
        for r in rows:
            rep = reps.get(r["rep_event_id"])
            item: dict[str, Any] = {
                "id": r["id"],
                "date": rep["date"] if rep else (r["date_start"] or None),
                "date_precision": r["date_precision"],
                "n_mentions": r["n_mentions"],
                "n_articles": r["n_articles"],
                "n_sources": r["n_sources"],
                "n_copies": r["n_copies"],
                "corroborated": bool(r["corroborated"]),
                "sources": json.loads(r["sources"] or "[]"),
                "first_url": r["first_url"],
                "first_added": r["first_added"],
                "event": rep,
                "event_ids": event_ids.get(r["id"], []),
                "articles": arts.get(r["id"], []),
            }
            if members:
                mrows = conn.execute(
                    select(S.events).where(e.cluster_id == r["id"]).order_by(e.id)
                ).mappings()
                item["events"] = self._attach(conn, [self._event_dict(m) for m in mrows])
            out.append(item)
        return out

    # -- reading: events -----------------------------------------------------------------------------

    def events(
        self,
        q: Q.EventQuery | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        cursor: str | None = None,
        with_total: bool = True,
    ) -> dict[str, Any]:
        """A page of events, newest first: ``{"total", "items", "next_cursor", "limit", "offset"}``."""
        q = q or Q.EventQuery()
        Q.limit(limit)
        Q.offset(offset)
        e = S.events.c
        conds = self._event_conditions(q)
        page_conds = list(conds)
        if cursor:
            if offset:
                raise QueryError("use either offset or cursor, not both", "cursor")
            d, i = Q.decode_cursor(cursor)
            page_conds.append(tuple_(e.date_start, e.id) < tuple_(d, i))
        stmt = (
            select(S.events)
            .where(*page_conds)
            .order_by(e.date_start.desc(), e.id.desc())
            .limit(limit + 1)
            .offset(offset)
        )
        with self.read() as conn:
            rows = [r._asdict() for r in conn.execute(stmt)]
            more = len(rows) > limit
            rows = rows[:limit]
            items = self._page_items(conn, rows)
            total = (
                conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one()
                if with_total
                else None
            )
        next_cursor = Q.encode_cursor(rows[-1]["date_start"], rows[-1]["id"]) if more and rows else None
        return {"total": total, "limit": limit, "offset": offset, "next_cursor": next_cursor, "items": items}

    def event(self, event_id: int) -> dict[str, Any]:
        """One event with all its evidence and every article that reports it."""
        with self.read() as conn:
            row = conn.execute(select(S.events).where(S.events.c.id == event_id)).mappings().first()
            if row is None:
                raise NotFoundError(f"no event {event_id}")
            item = self._attach(conn, [self._event_dict(row)])[0]
            src, a = S.event_sources.c, S.articles.c
            item["sources"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(a.id, a.title, a.published, a.source, a.url, src.article_version)
                    .join(S.articles, a.id == src.article_id)
                    .where(src.event_id == event_id)
                    .order_by(a.published, a.id)
                )
            ]
        return item

    def dyad_timeline(
        self,
        a: str,
        b: str,
        *,
        interval: str = "month",
        directed: bool = False,
        include_historical: bool = False,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """Events between two actors per time bucket: counts per QuadClass and mean Goldstein.

        Only events whose date is at least as precise as the interval are placed (a month-precise date
        has no day); the others are counted under ``excluded``. Historical events (long before their
        article) are left out unless ``include_historical``. Empty buckets between the first and the last
        are filled with zeros.
        """
        Q.interval(interval)
        q = Q.EventQuery.build(dyad=(a, b), directed=directed, since=since, until=until)
        e = S.events.c
        conds = self._event_conditions(q)
        # one row per (bucket, QuadClass), grouped in SQL from the covering dyad/pair index; the rows that
        # cannot be placed fall into two pseudo-buckets (their names sort before any date)
        special = [(e.date_precision.not_in(_PRECISIONS[interval]), literal_column("'!coarser'"))]
        if not include_historical:
            special.append((e.historical == true(), literal_column("'!historical'")))
        key = case(*special, else_=self._bucket_sql(interval)).label("bucket")
        buckets: dict[str, dict[str, Any]] = {}
        coarser = historical = 0
        with self.read() as conn:
            names = self._names(q.dyad or (), conn)
            missing = sorted(set(q.dyad or ()) - set(names))
            if missing:
                raise UnknownActorError(f"no actor {', '.join(missing)} in the store")
            grouped = conn.execute(
                select(key, e.quad_class, func.count(), func.sum(e.goldstein))
                .where(*conds)
                .group_by(literal_column("bucket"), e.quad_class)
            ).all()
        mondays: dict[int, str] = {}  # SQLite's week numbers (one per QuadClass row) as their Mondays
        for bucket, quad, n, gsum in grouped:
            if isinstance(bucket, int):
                week = bucket
                bucket = mondays.get(week)
                if bucket is None:
                    bucket = mondays[week] = _week_monday(week)
            if bucket == "!coarser":
                coarser += n
                continue
            if bucket == "!historical":
                historical += n
                continue
            bk = buckets.get(bucket)
            if bk is None:
                bk = buckets[bucket] = {"counts": {"1": 0, "2": 0, "3": 0, "4": 0}, "total": 0, "gsum": 0.0}
            bk["counts"][_QUAD_KEYS[quad]] += n
            bk["total"] += n
            bk["gsum"] += float(gsum or 0.0)
        out: list[dict[str, Any]] = []
        if buckets:
            keys = sorted(buckets)
            for cur in _bucket_range(keys[0], keys[-1], interval):
                bk = buckets.get(cur)
                if bk:
                    out.append(
                        {
                            "bucket": cur,
                            "counts": bk["counts"],
                            "total": bk["total"],
                            "goldstein_mean": round(bk["gsum"] / bk["total"], 3),
                        }
                    )
                else:
                    out.append(
                        {
                            "bucket": cur,
                            "counts": {"1": 0, "2": 0, "3": 0, "4": 0},
                            "total": 0,
                            "goldstein_mean": None,
                        }
                    )
        return {
            "a": {"key": a.upper(), "name": names.get(a.upper())},
            "b": {"key": b.upper(), "name": names.get(b.upper())},
            "directed": directed,
            "interval": interval,
            "include_historical": include_historical,
            "total": sum(x["total"] for x in out),
            "excluded": {"coarser_dates": coarser, "historical": historical},
            "buckets": out,
        }

    def _bucket_sql(self, interval: str) -> ColumnElement[Any]:
        """``date_start`` (YYYY-MM-DD) as its bucket: the day, the Monday of its ISO week, YYYY-MM, YYYY.
        On SQLite a week is the number of whole weeks since Monday 0001-01-01 (:func:`_week_monday` turns
        it into its Monday): one ``julianday`` per row costs half of ``date(d, '-6 days', 'weekday 1')``."""
        d = S.events.c.date_start
        if interval == "month":
            return func.substr(d, 1, 7)
        if interval == "year":
            return func.substr(d, 1, 4)
        if interval == "week":
            if self.dialect == "postgresql":
                return func.to_char(func.date_trunc("week", cast(d, Date)), literal_column("'YYYY-MM-DD'"))
            return cast((func.julianday(d) - literal_column(str(_JULIAN_DAY_1))) / 7, Integer)
        return d  # type: ignore[return-value]

    def _top_stats(self, conn: Connection, kind: str, limit: int) -> list[tuple[str, int, float, list[int]]]:
        """The keys of ``kind`` with most events, from the running totals: (key, n, gsum, per-quad counts)."""
        t = S.event_stats.c
        top = conn.execute(
            select(t.key, t.n, t.gsum)
            .where(t.kind == kind, t.quad_class == 0, t.n > 0)
            .order_by(t.n.desc(), t.key)
            .limit(limit)
        ).all()
        per: dict[str, list[int]] = {k: [0, 0, 0, 0] for k, _, _ in top}
        if per:
            for key, qc, n in conn.execute(
                select(t.key, t.quad_class, t.n).where(t.kind == kind, t.key.in_(list(per)), t.quad_class > 0)
            ):
                per[key][qc - 1] = n
        return [(k, n, g, per[k]) for k, n, g in top]

    def top_dyads(self, limit: int = 10, q: Q.EventQuery | None = None) -> list[dict[str, Any]]:
        """The pairs of actors with most events (either direction)."""
        Q.limit(limit)
        if q is None or q == Q.EventQuery():
            with self.read() as conn:
                top = self._top_stats(conn, "pair", limit)
                names = self._names({k for r in top for k in r[0].split("|")}, conn)
            return [
                {
                    "a": {"key": pair.split("|")[0], "name": names.get(pair.split("|")[0])},
                    "b": {"key": pair.split("|")[1], "name": names.get(pair.split("|")[1])},
                    "count": n,
                    "goldstein_mean": round(g / n, 3),
                    "quad_counts": {str(k): v for k, v in zip((1, 2, 3, 4), quads, strict=True)},
                }
                for pair, n, g, quads in top
            ]
        return self._top_dyads_scan(limit, q)

    def _top_dyads_scan(self, limit: int, q: Q.EventQuery) -> list[dict[str, Any]]:
        e = S.events.c
        conds = self._event_conditions(q or Q.EventQuery())
        with self.read() as conn:
            rows = conn.execute(
                select(
                    e.pair,
                    func.count().label("n"),
                    func.avg(e.goldstein),
                    *[func.sum(case((e.quad_class == k, 1), else_=0)) for k in (1, 2, 3, 4)],
                )
                .where(e.pair.is_not(None), *conds)
                .group_by(e.pair)
                .order_by(func.count().desc(), e.pair)
                .limit(limit)
            ).all()
            names = self._names({k for r in rows for k in r[0].split("|")}, conn)
        out = []
        for pair, n, g, *quads in rows:
            a, b = pair.split("|")
            out.append(
                {
                    "a": {"key": a, "name": names.get(a)},
                    "b": {"key": b, "name": names.get(b)},
                    "count": n,
                    "goldstein_mean": round(float(g), 3) if g is not None else None,
                    "quad_counts": {str(k): int(v or 0) for k, v in zip((1, 2, 3, 4), quads, strict=True)},
                }
            )
        return out

    def map_points(self, q: Q.EventQuery | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Event locations with coordinates: count, mean Goldstein and counts per QuadClass."""
        Q.limit(limit, 5000)
        if q is None or q == Q.EventQuery():
            with self.read() as conn:
                top = self._top_stats(conn, "place", limit)
            out = []
            for key, n, g, quads in top:
                name, country, lat, lon = key.split("\t")
                out.append(
                    {
                        "name": name or None,
                        "country": country or None,
                        "lat": float(lat),
                        "lon": float(lon),
                        "count": n,
                        "goldstein_mean": round(g / n, 3),
                        "quad_counts": {str(k): v for k, v in zip((1, 2, 3, 4), quads, strict=True)},
                    }
                )
            return out
        return self._map_points_scan(q, limit)

    def _map_points_scan(self, q: Q.EventQuery, limit: int) -> list[dict[str, Any]]:
        e = S.events.c
        conds = self._event_conditions(q)
        with self.read() as conn:
            rows = conn.execute(
                select(
                    e.loc_name,
                    e.loc_country,
                    func.avg(e.loc_lat),
                    func.avg(e.loc_lon),
                    func.count(),
                    func.avg(e.goldstein),
                    *[func.sum(case((e.quad_class == k, 1), else_=0)) for k in (1, 2, 3, 4)],
                )
                .where(e.loc_lat.is_not(None), e.loc_lon.is_not(None), *conds)
                .group_by(e.loc_name, e.loc_country, e.loc_lat, e.loc_lon)
                .order_by(func.count().desc(), e.loc_name)
                .limit(limit)
            ).all()
        return [
            {
                "name": name,
                "country": country,
                "lat": round(float(lat), 4),
                "lon": round(float(lon), 4),
                "count": n,
                "goldstein_mean": round(float(g), 3),
                "quad_counts": {str(k): int(v or 0) for k, v in zip((1, 2, 3, 4), quads, strict=True)},
            }
            for name, country, lat, lon, n, g, *quads in rows
        ]

    # -- reading: actors -----------------------------------------------------------------------------

    def _names(self, keys: Iterable[str], conn: Connection | None = None) -> dict[str, str]:
        keys = set(keys)
        if not keys:
            return {}
        stmt = select(S.actors.c.key, S.actors.c.name).where(S.actors.c.key.in_(keys))
        if conn is not None:
            return dict(conn.execute(stmt).all())
        with self.read() as c:
            return dict(c.execute(stmt).all())

    def _require_actors(self, keys: Iterable[str]) -> None:
        keys = set(keys)
        known = self._names(keys)
        missing = sorted(keys - set(known))
        if missing:
            raise UnknownActorError(f"no actor {', '.join(missing)} in the store")

    def actors(self, *, limit: int = 100, text: str | None = None) -> list[dict[str, Any]]:
        """Actors with their counts (mentions, events as source and as target, quotes), most active first."""
        Q.limit(limit, 10_000)
        a, m, qu = S.actors.c, S.actor_mentions.c, S.quotes.c
        conds = []
        if text:
            t = "%" + Q.free_text(text).replace("%", "\\%").replace("_", "\\_") + "%"
            conds.append(or_(a.key.ilike(t, escape="\\"), a.name.ilike(t, escape="\\")))
        with self.read() as conn:
            rows = conn.execute(select(a.key, a.name, a.kind, a.country, a.igo).where(*conds)).all()
            counts: dict[str, dict[str, int]] = defaultdict(
                lambda: {"mentions": 0, "as_source": 0, "as_target": 0, "quotes": 0}
            )
            for col, name in ((m.key, "mentions"), (qu.speaker_key, "quotes")):
                for key, n in conn.execute(select(col, func.count()).where(col.is_not(None)).group_by(col)):
                    counts[key][name] = n
            st = S.event_stats.c
            for kind, key, n in conn.execute(
                select(st.kind, st.key, st.n).where(st.kind.in_(("source", "target")), st.quad_class == 0)
            ):
                counts[key]["as_" + kind] = n
        out = []
        for key, name, kind, country, igo in rows:
            c = counts[key]
            out.append(
                {
                    "key": key,
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "igo": igo,
                    **c,
                    "events": c["as_source"] + c["as_target"],
                }
            )
        out.sort(key=lambda r: (-r["events"], -r["mentions"], r["key"]))
        return out[:limit]

    def actor(self, key: str, *, interval: str = "month") -> dict[str, Any]:
        """An actor's profile: counts, partners, CAMEO roots, a timeline by QuadClass, latest events."""
        key = Q.actor_key(key, "key")
        Q.interval(interval)
        e = S.events.c
        with self.read() as conn:
            row = conn.execute(select(S.actors).where(S.actors.c.key == key)).mappings().first()
            if row is None:
                raise UnknownActorError(f"no actor {key} in the store")
            # One aggregate query per side, each answered from its covering index (ix_events_dyad /
            # ix_events_target); events of the actor with itself (RUS government on RUS opposition) are on
            # both sides and are counted once.
            fits = set(_PRECISIONS[interval])
            width = {"month": 7, "year": 4}.get(interval, 10)  # buckets cut in SQL where a prefix is enough
            bucket_col = func.substr(e.date_start, 1, width) if width < 10 else e.date_start
            partners: dict[str, dict[str, Any]] = {}
            roots: dict[str, int] = defaultdict(int)
            quad = {str(k): 0 for k in (1, 2, 3, 4)}
            timeline: dict[str, dict[str, int]] = {}
            totals = {"source": 0, "target": 0}
            n_events = 0
            for side, mine, other in (
                ("source", e.source_key, e.target_key),
                ("target", e.target_key, e.source_key),
            ):
                for pk, root, qc, n, gsum in conn.execute(
                    select(other, e.cameo_root, e.quad_class, func.count(), func.sum(e.goldstein))
                    .where(mine == key, e.asserted == true())
                    .group_by(other, e.cameo_root, e.quad_class)
                ):
                    totals[side] += n
                    if side == "target" and pk == key:
                        continue  # the actor acting on itself: already counted from the source side
                    n_events += n
                    roots[root] += n
                    if pk is not None:
                        p = partners.setdefault(
                            pk,
                            {
                                "key": pk,
                                "count": 0,
                                "as_source": 0,
                                "as_target": 0,
                                "gsum": 0.0,
                                "quad_counts": {"1": 0, "2": 0, "3": 0, "4": 0},
                            },
                        )
                        p["count"] += n
                        p["as_" + side] += n
                        p["gsum"] += float(gsum or 0)
                        p["quad_counts"][str(qc)] += n
            both = and_(e.source_key == key, e.target_key == key)
            for cond, sign in (
                (e.source_key == key, 1),
                (e.target_key == key, 1),
                (both, -1),
            ):
                for day, qc, precision, hist, n in conn.execute(
                    select(bucket_col, e.quad_class, e.date_precision, e.historical, func.count())
                    .where(cond, e.asserted == true())
                    .group_by(bucket_col, e.quad_class, e.date_precision, e.historical)
                ):
                    if precision in fits and not hist:
                        b = timeline.setdefault(
                            _bucket(day, interval) if width == 10 else day, {"1": 0, "2": 0, "3": 0, "4": 0}
                        )
                        b[str(qc)] += sign * n
                        quad[str(qc)] += sign * n
            mentions = conn.execute(
                select(func.count()).select_from(S.actor_mentions).where(S.actor_mentions.c.key == key)
            ).scalar_one()
            n_quotes = conn.execute(
                select(func.count()).select_from(S.quotes).where(S.quotes.c.speaker_key == key)
            ).scalar_one()
            if key in partners:
                partners[key]["as_target"] = partners[key]["as_source"]
            names = self._names(partners, conn)
            plist = sorted(partners.values(), key=lambda p: (-p["count"], p["key"]))
            for p in plist:
                p["name"] = names.get(p["key"])
                p["goldstein_mean"] = round(p.pop("gsum") / p["count"], 3)
            as_source, as_target = totals["source"], totals["target"]
            root_list = [
                {"root": r, "name": CAMEO_ROOTS.get(r), "count": n} for r, n in sorted(roots.items())
            ]
        latest = self.events(Q.EventQuery(actor=key), limit=10, with_total=False)["items"]
        return {
            "key": key,
            "name": row["name"],
            "kind": row["kind"],
            "country": row["country"],
            "igo": row["igo"],
            "mentions": mentions,
            "quotes": n_quotes,
            "events": {"total": n_events, "as_source": as_source, "as_target": as_target},
            "partners": plist,
            "roots": root_list,
            "quad_counts": quad,
            "interval": interval,
            "timeline": [
                {"bucket": k, "counts": v, "total": sum(v.values())}
                for k, v in _fill_gaps(timeline, interval, {"1": 0, "2": 0, "3": 0, "4": 0})
            ],
            "latest_events": latest,
        }

    # -- reading: quotes, articles, overview ---------------------------------------------------------

    def quotes(
        self,
        *,
        speaker: str | None = None,
        text: str | None = None,
        article: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Quotes, newest article first; ``speaker`` matches a key (RUS, IGO:UN) or a name (Putin)."""
        Q.limit(limit)
        Q.offset(offset)
        qc, a = S.quotes.c, S.articles.c
        conds: list[ColumnElement[bool]] = []

        def like(v: str) -> str:
            return "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

        if speaker:
            s = Q.free_text(speaker, "speaker")
            conds.append(
                or_(
                    qc.speaker_key == s.upper(),
                    qc.speaker_name.ilike(like(s), escape="\\"),
                    qc.speaker_text.ilike(like(s), escape="\\"),
                )
            )
        if text:
            conds.append(qc.text.ilike(like(Q.free_text(text)), escape="\\"))
        if article:
            conds.append(qc.article_id == Q.free_text(article, "article"))
        stmt = (
            select(S.quotes, a.title.label("article_title"), a.published.label("article_published"))
            .join(S.articles, a.id == qc.article_id)
            .where(*conds)
            .order_by(a.published.desc(), qc.article_id, qc.seq)
            .limit(limit)
            .offset(offset)
        )
        with self.read() as conn:
            rows = conn.execute(stmt).mappings().all()
            total = conn.execute(select(func.count()).select_from(S.quotes).where(*conds)).scalar_one()
        items = [
            {
                "id": r["id"],
                "article_id": r["article_id"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
                "verb": r["verb"],
                "partial": bool(r["partial"]),
                "speaker": self._actor_dict(r, "speaker"),
                "article": {
                    "id": r["article_id"],
                    "title": r["article_title"],
                    "published": r["article_published"],
                },
            }
            for r in rows
        ]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def article(self, article_id: str) -> dict[str, Any]:
        """An article with its text, versions and every annotation (offsets index into ``text``)."""
        a = S.articles.c
        with self.read() as conn:
            row = conn.execute(select(S.articles).where(a.id == article_id)).mappings().first()
            if row is None:
                raise NotFoundError(f"no article {article_id[:200]!r}")
            out: dict[str, Any] = {
                k: row[k]
                for k in (
                    "id",
                    "version",
                    "sha256",
                    "title",
                    "published",
                    "source",
                    "url",
                    "text",
                    "ingested_at",
                    "updated_at",
                )
            }
            out["warnings"] = json.loads(row["warnings"] or "[]")
            av = S.article_versions.c
            out["versions"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(av.version, av.sha256, av.ingested_at)
                    .where(av.article_id == article_id)
                    .order_by(av.version)
                )
            ]
            m = S.actor_mentions.c
            out["actors"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(m.text, m.name, m.key, m.country, m.igo, m.sector, m.role, m.start, m.end)
                    .where(m.article_id == article_id)
                    .order_by(m.seq)
                )
            ]
            p = S.places.c
            out["places"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(p.text, p.name, p.country, p.lat, p.lon, p.kind, p.start, p.end)
                    .where(p.article_id == article_id)
                    .order_by(p.seq)
                )
            ]
            d = S.article_dates.c
            out["dates"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(d.text, d.value, d.precision, d.start, d.end)
                    .where(d.article_id == article_id)
                    .order_by(d.seq)
                )
            ]
            qrows = (
                conn.execute(
                    select(S.quotes).where(S.quotes.c.article_id == article_id).order_by(S.quotes.c.seq)
                )
                .mappings()
                .all()
            )
            out["quotes"] = [
                {
                    "id": r["id"],
                    "text": r["text"],
                    "start": r["start"],
                    "end": r["end"],
                    "verb": r["verb"],
                    "partial": bool(r["partial"]),
                    "speaker": self._actor_dict(r, "speaker"),
                }
                for r in qrows
            ]
            src = S.event_sources.c
            erows = (
                conn.execute(
                    select(S.events)
                    .where(exists().where(src.event_id == S.events.c.id, src.article_id == article_id))
                    .order_by(S.events.c.asserted.desc(), S.events.c.id)
                )
                .mappings()
                .all()
            )
            evs = self._attach(conn, [self._event_dict(r) for r in erows])
        out["events"] = [x for x in evs if x["asserted"]]
        out["unasserted_events"] = [x for x in evs if not x["asserted"]]
        return out

    def articles(self, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        Q.limit(limit)
        Q.offset(offset)
        a = S.articles.c
        with self.read() as conn:
            rows = (
                conn.execute(
                    select(a.id, a.title, a.published, a.source, a.version, a.n_events, a.n_quotes)
                    .order_by(a.published.desc(), a.id)
                    .limit(limit)
                    .offset(offset)
                )
                .mappings()
                .all()
            )
            total = conn.execute(select(func.count()).select_from(S.articles)).scalar_one()
        return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}

    def counts(self) -> dict[str, Any]:
        e = S.events.c
        with self.read() as conn:

            def n(t: Any, *w: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(t).where(*w)).scalar_one())

            dated = select(e.date_start).where(e.asserted == true(), e.date_start > "").limit(1)
            first = conn.execute(dated.order_by(e.asserted, e.date_start)).scalar()
            last = conn.execute(dated.order_by(e.asserted.desc(), e.date_start.desc())).scalar()
            quad = {str(k): n(S.events, e.quad_class == k, e.asserted == true()) for k in (1, 2, 3, 4)}
            return {
                "articles": n(S.articles),
                "events": n(S.events, e.asserted == true()),
                "unasserted_events": n(S.events, e.asserted == false()),
                "actors": n(S.actors),
                "quotes": n(S.quotes),
                "places": n(S.places),
                "first_date": first,
                "last_date": last,
                "quad_counts": quad,
            }

    def overview(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "top_dyads": self.top_dyads(10),
            "latest_events": self.events(limit=10, with_total=False)["items"],
        }
