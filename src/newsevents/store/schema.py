"""The store's tables (SQLAlchemy Core), its schema version and the migrations between versions.

Version history (``SCHEMA_VERSION`` is the newest):

1. articles (+ every text version), actors, actor mentions, events with evidence and sources, quotes,
   places, dates; indexes for dyad+date, undirected pair+date, target+date, CAMEO root, QuadClass, date.
2. adds ``ix_events_plover`` (PLOVER type + date) for ``--plover`` filters, and ``event_stats`` (running
   totals per dyad, actor and place), filled from the events already stored.
3. adds ``clusters`` (one row per real-world event: the events of every article that report it, with
   NumArticles/NumSources-style counts), ``events.cluster_id``, ``articles.fingerprint`` (a bottom-k
   shingle sketch that finds syndicated copies), and ``feeds`` / ``feed_items`` (the state of
   ``newsevents watch``: validators, back-off and the items already seen). The step fingerprints the
   stored articles and clusters the stored events.
4. adds ``store_meta`` (one row whose ``generation`` goes up in every write transaction: readers such as
   the web server's response cache tell cheaply, across processes, whether anything changed).
5. adds ``ix_events_pair_date`` (pair, asserted, date): a dyad's page of events, newest first, read in
   index order (without it SQLite walks the date index of every event and skips the other dyads).

A new database is built at the newest version directly. An older one is upgraded step by step on open,
each step in its own transaction, recorded in ``schema_version``. An index, table or column declared with
``info={"since": N}`` belongs to version N: the generic step to N creates every such object (a column
with ``ALTER TABLE ... ADD COLUMN``), and a version-specific function (``MIGRATIONS``) can do more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
)
from sqlalchemy.schema import CreateTable

from ..errors import SchemaVersionError

SCHEMA_VERSION = 5

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("version", Integer, nullable=False),  # 1, then +1 for every changed text
    Column("sha256", String(64), nullable=False),  # of the text
    Column("record_sha", String(64), nullable=False),  # of the whole coded record
    Column("title", Text),
    Column("published", String(10)),
    Column("source", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_unasserted", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("warnings", Text, nullable=False, default="[]"),  # JSON list
    Column("ingested_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    # bottom-k sketch of the text's word shingles (see clusters.fingerprint): finds syndicated copies
    Column("fingerprint", Text, info={"since": 3}),
)
Index("ix_articles_published", articles.c.published)

article_versions = Table(
    "article_versions",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("sha256", String(64), nullable=False),
    Column("title", Text),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # country | igo | other
    Column("country", String(3)),
    Column("igo", String(60)),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("key", String(64)),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(3)),
    Column("igo", String(60)),
    Column("sector", String(16)),
    Column("role", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Index("ix_actor_mentions_article", actor_mentions.c.article_id)
Index("ix_actor_mentions_key", actor_mentions.c.key)


def _actor_columns(prefix: str) -> list[Column]:
    return [
        Column(f"{prefix}_key", String(64)),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_country", String(3)),
        Column(f"{prefix}_igo", String(60)),
        Column(f"{prefix}_sector", String(16)),
        Column(f"{prefix}_role", Text),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
    ]


events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(300), nullable=False),  # "<article id>#<coder's event id>"
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("coder_id", String(100), nullable=False),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("pair", String(130)),  # the two keys sorted, "JPN|RUS": for either-direction dyads
    Column("cameo", String(4), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("cameo_name", Text),
    Column("plover", String(40)),
    Column("plover_mode", String(40)),
    Column("plover_context", Text),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("date", String(10)),  # as coded: YYYY | YYYY-MM | YYYY-MM-DD | null
    Column("date_start", String(10), nullable=False),  # first day of that period; "" when undated
    Column("date_precision", String(8), nullable=False),  # day | month | year | none
    Column("date_source", String(16)),
    Column("historical", Boolean, nullable=False, default=False),
    Column("loc_text", Text),
    Column("loc_name", Text),
    Column("loc_country", String(3)),
    Column("loc_lat", Float),
    Column("loc_lon", Float),
    Column("loc_kind", String(40)),
    Column("loc_start", Integer),
    Column("loc_end", Integer),
    Column("negated", Boolean, nullable=False, default=False),
    Column("modality", String(16), nullable=False, default="asserted"),
    Column("asserted", Boolean, nullable=False, default=True),  # False: from "unasserted_events"
    Column("mutual", Boolean, nullable=False, default=False),
    Column("rule", Text),
    Column("confidence", Float),
    Column("cluster_id", Integer, info={"since": 3}),  # clusters.id (asserted events only)
    UniqueConstraint("uid", name="uq_events_uid"),
)
# Every filter index carries ``asserted`` right after its equality columns (lists and counts filter on it),
# and the three actor indexes carry what timelines and profiles aggregate, so those queries never touch the
# table: dyad and actor pages stay fast on millions of events.
_AGG = (
    events.c.date_start,
    events.c.quad_class,
    events.c.date_precision,
    events.c.historical,
    events.c.cameo_root,
    events.c.goldstein,
)
Index("ix_events_dyad", events.c.source_key, events.c.asserted, events.c.target_key, *_AGG)
Index("ix_events_target", events.c.target_key, events.c.asserted, events.c.source_key, *_AGG)
Index("ix_events_pair", events.c.pair, events.c.asserted, *_AGG)
Index("ix_events_root", events.c.cameo_root, events.c.asserted, events.c.date_start)
Index("ix_events_cameo", events.c.cameo, events.c.asserted, events.c.date_start)
Index("ix_events_quad", events.c.quad_class, events.c.asserted, events.c.date_start)
Index("ix_events_date", events.c.asserted, events.c.date_start)
Index("ix_events_country", events.c.loc_country, events.c.asserted, events.c.date_start)
Index("ix_events_article", events.c.article_id)
Index("ix_events_plover", events.c.plover, events.c.asserted, events.c.date_start, info={"since": 2})
Index("ix_events_cluster", events.c.cluster_id, info={"since": 3})
# a dyad's events newest first (event pages): ix_events_pair has the date after asserted too, but not the id
# right after it, so SQLite preferred walking ix_events_date over every event for such pages
Index("ix_events_pair_date", events.c.pair, events.c.asserted, events.c.date_start, info={"since": 5})
# candidates for clustering when one side has no actor key (no pair): root + source + target + date
Index(
    "ix_events_root_dyad",
    events.c.cameo_root,
    events.c.source_key,
    events.c.target_key,
    events.c.date_start,
    info={"since": 3},
)

event_evidence = Table(
    "event_evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(200), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
)
Index("ix_event_evidence_event", event_evidence.c.event_id)
Index("ix_event_evidence_article", event_evidence.c.article_id)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("article_version", Integer, nullable=False),
    Column("added_at", String(32), nullable=False),
)
Index("ix_event_sources_article", event_sources.c.article_id)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("verb", Text),
    Column("partial", Boolean, nullable=False, default=False),
    Column("rule", Text),
    *_actor_columns("speaker"),
)
Index("ix_quotes_article", quotes.c.article_id)
Index("ix_quotes_speaker", quotes.c.speaker_key)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("kind", String(40)),
    Column("start", Integer),
    Column("end", Integer),
)
Index("ix_places_article", places.c.article_id)
Index("ix_places_country", places.c.country)

article_dates = Table(
    "article_dates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(10)),
    Column("precision", String(8)),
    Column("start", Integer),
    Column("end", Integer),
)
Index("ix_article_dates_article", article_dates.c.article_id)

# Running totals of asserted events, kept by the write path in the same transaction as the events, so the
# overview, the actor list and the map need not scan millions of events. kind: pair (key "A|B"), source,
# target (key = actor key), place (key "name<TAB>country<TAB>lat<TAB>lon"); quad_class 0 holds the total.
event_stats = Table(
    "event_stats",
    metadata,
    Column("kind", String(8), primary_key=True),
    Column("key", String(400), primary_key=True),
    Column("quad_class", Integer, primary_key=True, autoincrement=False),
    Column("n", Integer, nullable=False),
    Column("gsum", Float, nullable=False),
    info={"since": 2},
)
Index("ix_event_stats_top", event_stats.c.kind, event_stats.c.quad_class, event_stats.c.n, info={"since": 2})

# One real-world event reported by one or more articles (see clusters.py for the matching rule). The
# descriptive columns are those of the cluster's representative event (the earliest most precisely dated
# one); the counts follow GDELT: n_mentions = event records, n_articles = distinct stories (syndicated
# copies count once), n_sources = distinct publishers of those stories.
clusters = Table(
    "clusters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rep_event_id", Integer, nullable=False),
    Column("source_key", String(64)),
    Column("target_key", String(64)),
    Column("pair", String(130)),
    Column("cameo_root", String(2), nullable=False),
    Column("date_start", String(10), nullable=False),
    Column("date_precision", String(8), nullable=False),
    Column("loc_country", String(3)),
    Column("loc_name", Text),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("n_copies", Integer, nullable=False),  # articles left out of n_articles as copies
    Column("corroborated", Boolean, nullable=False),
    Column("sources", Text, nullable=False),  # JSON list of the distinct publishers
    Column("first_url", Text),
    Column("first_added", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    info={"since": 3},
)
Index("ix_clusters_date", clusters.c.date_start, info={"since": 3})
Index("ix_clusters_sources", clusters.c.n_sources, clusters.c.date_start, info={"since": 3})

# ``newsevents watch``: one row per feed URL (HTTP validators, back-off) and one per item already taken.
feeds = Table(
    "feeds",
    metadata,
    Column("url", String(1000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_poll", String(32)),  # ISO UTC time before which the feed is not polled (back-off)
    Column("last_polled", String(32)),
    Column("n_items", Integer, nullable=False, default=0),
    info={"since": 3},
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_url", String(1000), primary_key=True),
    Column("item_key", String(1000), primary_key=True),  # guid, else link
    Column("url", Text),
    Column("article_id", String(200)),
    Column("status", String(16), nullable=False),  # stored | failed
    Column("seen_at", String(32), nullable=False),
    info={"since": 3},
)
Index("ix_feed_items_url", feed_items.c.url, info={"since": 3})

# One row (key "data"): ``generation`` goes up by one in every write transaction (Store.write), so a reader
# can tell with one primary-key lookup, from any process, whether the store changed since it last looked.
store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("generation", Integer, nullable=False),
    info={"since": 4},
)
DATA_KEY = "data"

#: tables that hold one article's annotations (replaced together when the article changes)
ANNOTATION_TABLES = (actor_mentions, quotes, places, article_dates)


def _since(obj: Index | Table | Column) -> int:
    return int(obj.info.get("since", 1))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _metadata_as_of(version: int) -> dict[str, Table]:
    """Every table of ``version`` as it was then (without the columns added later), by name."""
    old = MetaData()
    out: dict[str, Table] = {}
    for table in metadata.sorted_tables:
        if _since(table) > version:
            continue
        out[table.name] = Table(
            table.name,
            old,
            *[c._copy() for c in table.columns if _since(c) <= version],
            *[
                UniqueConstraint(*[col.name for col in c.columns], name=c.name)
                for c in list(table.constraints)
                if isinstance(c, UniqueConstraint)
            ],
        )
    return out


def create_schema(conn: Connection, version: int = SCHEMA_VERSION) -> None:
    """Create every table and index that belongs to ``version`` (an older one only for tests)."""
    shaped = _metadata_as_of(version)
    for table in metadata.sorted_tables:
        if _since(table) > version:
            continue
        conn.execute(CreateTable(shaped[table.name]))
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            if _since(index) <= version:
                index.create(conn)
    if version >= 4:
        conn.execute(store_meta.insert().values(key=DATA_KEY, generation=0))
    conn.execute(
        schema_version.insert(), [{"version": v, "applied_at": now()} for v in range(1, version + 1)]
    )


def current_version(conn: Connection) -> int | None:
    """The database's schema version, or None for an empty database."""
    if not inspect(conn).has_table("schema_version"):
        return None
    v = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).first()
    return int(v[0]) if v else None


def _add_objects_since(conn: Connection, version: int) -> None:
    for table in metadata.sorted_tables:
        if _since(table) == version:
            table.create(conn)
            continue
        for col in table.columns:
            if _since(col) == version:  # type: ignore[arg-type]
                kind = col.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {kind}')
        for index in table.indexes:
            if _since(index) == version:
                index.create(conn)


def _to_2(conn: Connection) -> None:
    """Fill ``event_stats`` (created by the generic step, with ``ix_events_plover``) from the events."""
    from .stats import rebuild_stats

    rebuild_stats(conn)


def _to_3(conn: Connection) -> None:
    """Fingerprint the stored articles, then cluster every stored event."""
    from .clusters import fill_fingerprints, rebuild_clusters

    fill_fingerprints(conn)
    rebuild_clusters(conn)


def _to_4(conn: Connection) -> None:
    """The generation row (``store_meta`` itself is created by the generic step)."""
    conn.execute(store_meta.insert().values(key=DATA_KEY, generation=0))


def _to_5(conn: Connection) -> None:
    """Nothing beyond the index the generic step creates (``ix_events_pair_date``)."""


#: target version -> extra work of that step (after the generic creation of the objects it introduces)
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _to_2, 3: _to_3, 4: _to_4, 5: _to_5}


def upgrade_steps(found: int) -> list[int]:
    """The versions to step through from ``found`` to the newest; raises when ``found`` is newer."""
    if found > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the database has schema version {found}, newer than this newsevents understands "
            f"({SCHEMA_VERSION}): upgrade newsevents"
        )
    return list(range(found + 1, SCHEMA_VERSION + 1))


def migrate_step(conn: Connection, target: int) -> None:
    """Bring a database at ``target - 1`` to ``target`` (inside the caller's transaction)."""
    _add_objects_since(conn, target)
    MIGRATIONS[target](conn)
    conn.execute(schema_version.insert().values(version=target, applied_at=now()))
