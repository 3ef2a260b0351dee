from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from newsevents.errors import SchemaVersionError
from newsevents.store import SCHEMA_VERSION, Store
from newsevents.store import schema as S


def _indexes(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return {i["name"] for i in inspect(engine).get_indexes("events")}
    finally:
        engine.dispose()


def test_schema_new_database_is_newest_version(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert "ix_events_plover" in _indexes(store.url)
    assert {
        "ix_events_dyad",
        "ix_events_pair",
        "ix_events_root",
        "ix_events_quad",
        "ix_events_date",
        "ix_events_target",
    } <= _indexes(store.url)


def test_schema_v1_database_is_upgraded(db_url: str, records: list[dict[str, Any]]) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        S.create_schema(conn, version=1)
    engine.dispose()
    assert "ix_events_plover" not in _indexes(db_url)
    with Store(db_url) as old:  # opening upgrades; data written before and after the upgrade is fine
        assert old.schema_version == SCHEMA_VERSION
        old.ingest(records)
    assert "ix_events_plover" in _indexes(db_url)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        versions = [r[0] for r in conn.execute(text("SELECT version FROM schema_version ORDER BY version"))]
    engine.dispose()
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    with Store(db_url) as again:  # reopening does nothing more
        assert again.schema_version == SCHEMA_VERSION
        assert again.counts()["articles"] == len(records)


def test_schema_v1_database_with_data_gets_its_totals_on_upgrade(
    db_url: str, records: list[dict[str, Any]]
) -> None:
    with Store(db_url) as s:
        s.ingest(records)
        before = s.top_dyads(20)
    downgrade_to_2(db_url)
    engine = create_engine(db_url)  # turn it back into a version 1 database
    with engine.begin() as conn:
        S.event_stats.drop(conn)
        conn.execute(text("DROP INDEX ix_events_plover"))
        conn.execute(text("DELETE FROM schema_version WHERE version = 2"))
    engine.dispose()
    with Store(db_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.top_dyads(20) == before
        assert s.map_points()


def downgrade_to_2(url: str) -> None:
    """Turn a version 3 (or newer) database (with data) back into what version 2 wrote."""
    engine = create_engine(url)
    with engine.begin() as conn:
        for t in ("clusters", "feed_items", "feeds", "store_meta"):
            conn.execute(text(f"DROP TABLE {t}"))
        conn.execute(text("DROP INDEX ix_events_cluster"))
        conn.execute(text("DROP INDEX ix_events_pair_date"))
        conn.execute(text("DROP INDEX ix_events_root_dyad"))
        conn.execute(text("ALTER TABLE events DROP COLUMN cluster_id"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN fingerprint"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 3"))
    engine.dispose()


def test_schema_v2_database_with_data_is_clustered_on_upgrade(
    db_url: str, records: list[dict[str, Any]]
) -> None:
    with Store(db_url) as s:
        s.ingest(records)
        before = s.clusters(limit=1000)
        counts = s.counts()
    downgrade_to_2(db_url)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert "cluster_id" not in {c["name"] for c in inspect(conn).get_columns("events")}
    engine.dispose()
    with Store(db_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        after = s.clusters(limit=1000)
        assert s.counts() == counts
        assert [(c["n_articles"], c["n_sources"], c["event"]["uid"]) for c in after["items"]] == [
            (c["n_articles"], c["n_sources"], c["event"]["uid"]) for c in before["items"]
        ]
        assert after["total"] == before["total"] > 0
        s.ingest(records)  # writing after the upgrade works and changes nothing
        assert s.clusters(limit=1000)["total"] == before["total"]


def test_schema_v2_database_created_directly_upgrades(db_url: str, records: list[dict[str, Any]]) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        S.create_schema(conn, version=2)
        cols = {c["name"] for c in inspect(conn).get_columns("events")}
    engine.dispose()
    assert "cluster_id" not in cols
    with Store(db_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.ingest(records)
        assert s.clusters()["total"] > 0


def test_schema_v4_database_gets_the_dyad_date_index(db_url: str, records: list[dict[str, Any]]) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        S.create_schema(conn, version=4)
    engine.dispose()
    assert "ix_events_pair_date" not in _indexes(db_url)
    with Store(db_url) as s:
        assert s.schema_version == SCHEMA_VERSION == 5
        s.ingest(records)
        assert s.generation() > 0
    assert "ix_events_pair_date" in _indexes(db_url)


def test_schema_newer_database_is_refused(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(S.schema_version.insert().values(version=SCHEMA_VERSION + 1, applied_at="x"))
    engine.dispose()
    with pytest.raises(SchemaVersionError) as e:
        Store(db_url)
    assert e.value.code == "E042"


def test_schema_sqlite_uses_wal_and_busy_timeout(tmp_path: Any) -> None:
    with Store(str(tmp_path / "x.db")) as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_schema_missing_sqlite_file_not_created_when_reading(tmp_path: Any) -> None:
    from newsevents.errors import StoreError

    with pytest.raises(StoreError):
        Store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()


def test_schema_unsupported_or_malformed_urls_are_config_errors() -> None:
    from newsevents.errors import StoreConfigError

    for url in ("mysql://x/y", "oracle+cx_oracle://a/b", "postgresql+asyncpg://u:p@h/db", "::not a url://"):
        with pytest.raises(StoreConfigError):
            Store(url)
