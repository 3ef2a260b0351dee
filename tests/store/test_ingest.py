from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import func, select

from newsevents.errors import RecordError
from newsevents.store import Store
from newsevents.store import schema as S
from storedata import load_records

TABLES = [
    S.articles,
    S.article_versions,
    S.actors,
    S.actor_mentions,
    S.events,
    S.event_evidence,
    S.event_sources,
    S.quotes,
    S.places,
    S.article_dates,
]


def table_counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES}


def test_ingest_stores_every_annotation(store: Store, records: list[dict[str, Any]]) -> None:
    stats = store.ingest(records)
    assert (stats.new, stats.unchanged, stats.updated) == (len(records), 0, 0)
    assert stats.events == sum(len(r["events"]) for r in records)
    assert stats.unasserted == sum(len(r["unasserted_events"]) for r in records)
    assert stats.quotes == sum(len(r["quotes"]) for r in records)
    n = table_counts(store)
    assert n["articles"] == n["article_versions"] == len(records)
    assert n["events"] == n["event_sources"] == stats.events + stats.unasserted
    assert n["event_evidence"] == sum(
        len(e["evidence"]) for r in records for e in r["events"] + r["unasserted_events"]
    )
    assert n["places"] == sum(len(r["places"]) for r in records)
    assert n["article_dates"] == sum(len(r["dates"]) for r in records)
    assert n["actor_mentions"] == sum(len(r["actors"]) for r in records)
    assert "8 articles: 8 new, 0 unchanged, 0 updated" in stats.summary()


def test_ingest_same_article_twice_changes_nothing(store: Store, records: list[dict[str, Any]]) -> None:
    store.ingest(records)
    before = table_counts(store)
    stats = store.ingest(records + records)  # also duplicates within one run
    assert (stats.new, stats.unchanged, stats.updated, stats.events) == (0, 2 * len(records), 0, 0)
    assert table_counts(store) == before


def test_ingest_changed_text_stores_new_version(store: Store, records: list[dict[str, Any]]) -> None:
    store.ingest(records)
    before = table_counts(store)
    v2 = load_records("articles_v2.jsonl")
    stats = store.ingest(v2)
    assert (stats.new, stats.updated) == (0, 1)
    art = store.article(v2[0]["article"]["id"])
    assert art["version"] == 2
    assert [v["version"] for v in art["versions"]] == [1, 2]
    assert art["text"] == v2[0]["article"]["text"]
    after = table_counts(store)
    assert after["article_versions"] == before["article_versions"] + 1
    assert after["events"] == before["events"]  # annotations replaced, not added
    assert after["quotes"] == before["quotes"]
    assert store.ingest(v2).unchanged == 1


def test_ingest_new_annotations_for_same_text_replace_old(
    store: Store, records: list[dict[str, Any]]
) -> None:
    store.ingest(records)
    recoded = copy.deepcopy(records[0])
    recoded["events"] = recoded["events"][:2]
    stats = store.ingest([recoded])
    assert stats.updated == 1
    art = store.article(recoded["article"]["id"])
    assert art["version"] == 1  # same text: no new version
    assert len(art["events"]) == 2


def test_ingest_invalid_record_lists_every_problem(store: Store, records: list[dict[str, Any]]) -> None:
    bad = copy.deepcopy(records[0])
    bad["events"][0]["cameo"] = "4x"
    bad["events"][1]["quad_class"] = 7
    del bad["article"]["text"]
    with pytest.raises(RecordError) as e:
        store.ingest([(bad, "bad.jsonl:3")])
    msg = str(e.value)
    assert msg.startswith("[E013] bad.jsonl:3:")
    assert "events[0].cameo" in msg and "events[1].quad_class" in msg and "article.text" in msg
    assert table_counts(store)["articles"] == 0


def test_ingest_batch_is_all_or_nothing(
    store: Store, records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Store._write_record
    calls = {"n": 0}

    def failing(self: Store, conn: Any, rows: Any, stats: Any, *rest: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 6:  # in the middle of the second batch
            raise RuntimeError("disk on fire")
        original(self, conn, rows, stats, *rest)

    monkeypatch.setattr(Store, "_write_record", failing)
    with pytest.raises(RuntimeError):
        store.ingest(records, batch_size=4)
    n = table_counts(store)
    assert n["articles"] == 4  # the first batch only
    assert n["events"] == sum(len(r["events"]) + len(r["unasserted_events"]) for r in records[:4])
    monkeypatch.setattr(Store, "_write_record", original)
    stats = store.ingest(records, batch_size=4)
    assert (stats.new, stats.unchanged) == (4, 4)
    assert table_counts(store)["articles"] == len(records)


def test_ingest_unasserted_events_are_flagged_and_not_counted(loaded: Store) -> None:
    counts = loaded.counts()
    assert counts["unasserted_events"] == 3
    page = loaded.events(limit=1000)
    assert all(e["asserted"] for e in page["items"])
    everything = loaded.events(loaded_query(include_unasserted=True), limit=1000)
    unasserted = [e for e in everything["items"] if not e["asserted"]]
    assert len(unasserted) == 3 and all(e["negated"] or e["modality"] != "asserted" for e in unasserted)


def loaded_query(**kw: Any) -> Any:
    from newsevents.store import EventQuery

    return EventQuery.build(**kw)


def test_store_generation_follows_every_write_from_any_store(db_url: str, records: list) -> None:
    reader, writer = Store(db_url), Store(db_url)
    try:
        assert reader.quick_generation == (reader.dialect == "sqlite")  # a file: read on its own connection
        g0 = reader.generation()
        writer.ingest(records[:1])
        g1 = reader.generation()
        assert g1 > g0 and g1 == writer.generation()
        writer.ingest(records[1:2])
        assert reader.generation() > g1  # seen at once: each read is a transaction of its own
    finally:
        reader.close()
        writer.close()
    reader.close()  # closing twice is fine
    with Store("sqlite://") as memory:
        assert not memory.quick_generation and memory.generation() == 0
