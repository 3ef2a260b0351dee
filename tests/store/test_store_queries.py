from __future__ import annotations

import pytest
from sqlalchemy import update

from newsevents.errors import NotFoundError, QueryError, UnknownActorError
from newsevents.store import EventQuery, Store
from newsevents.store import schema as S
from newsevents.store.store import MAX_BUCKETS, _bucket_range, _next_bucket


def ids(page: dict) -> list[int]:
    return [e["id"] for e in page["items"]]


def test_store_events_newest_first_with_total(loaded: Store) -> None:
    page = loaded.events(limit=5)
    assert page["total"] == 24
    dates = [e["date_start"] if "date_start" in e else e["date"] for e in page["items"]]
    assert dates == sorted(dates, reverse=True)
    first = page["items"][0]
    assert first["evidence"] and first["article"]["title"]


def test_store_events_actor_filter_either_side(loaded: Store) -> None:
    items = loaded.events(EventQuery.build(actor="igo:un"), limit=100)["items"]
    assert items and all("IGO:UN" in (e["source"]["key"], (e["target"] or {}).get("key")) for e in items)


def test_store_events_dyad_either_direction_unless_directed(loaded: Store) -> None:
    both = loaded.events(EventQuery.build(dyad=("JPN", "RUS")), limit=100)
    assert both["total"] == 9
    keys = {(e["source"]["key"], e["target"]["key"]) for e in both["items"]}
    assert keys == {("RUS", "JPN"), ("JPN", "RUS")}
    directed = loaded.events(EventQuery.build(dyad=("JPN", "RUS"), directed=True), limit=100)["items"]
    # JPN acting on RUS, plus mutual events recorded the other way round
    assert directed and all(e["source"]["key"] == "JPN" or e["mutual"] for e in directed)
    assert len(directed) < both["total"]


def test_store_events_cameo_prefix_and_root(loaded: Store) -> None:
    root = loaded.events(EventQuery.build(cameo="04"), limit=100)["items"]
    assert root and all(e["cameo"].startswith("04") for e in root)
    exact = loaded.events(EventQuery.build(cameo="046"), limit=100)["items"]
    assert exact and {e["cameo"] for e in exact} == {"046"}
    assert len(exact) < len(root)
    four = loaded.events(EventQuery.build(cameo="0234"), limit=100)["items"]
    assert [e["cameo"] for e in four] == ["0234"]
    assert loaded.events(EventQuery.build(cameo="02"), limit=100)["total"] == 1


def test_store_events_plover_quad_dates_text(loaded: Store) -> None:
    consult = loaded.events(EventQuery.build(plover="consult"), limit=100)["items"]
    assert consult and {e["plover"] for e in consult} == {"CONSULT"}
    q4 = loaded.events(EventQuery.build(quad=4), limit=100)["items"]
    assert q4 and {e["quad_class"] for e in q4} == {4}
    y2019 = loaded.events(EventQuery.build(since="2019", until="2019"), limit=100)["items"]
    assert y2019 and all(e["date"].startswith("2019") for e in y2019)
    march = loaded.events(EventQuery.build(since="2022-03-10", until="2022-03"), limit=100)["items"]
    assert {e["date"] for e in march} == {"2022-03-10", "2022-03-17", "2022-03-18"}
    shelled = loaded.events(EventQuery.build(text="SHELLED kharkiv"), limit=100)["items"]
    assert [e["cameo"] for e in shelled] == ["195"]
    assert loaded.events(EventQuery.build(text="100%_"), limit=100)["total"] == 0  # wildcards are literal


def test_store_events_offset_and_cursor_pages_cover_everything_once(loaded: Store) -> None:
    everything = ids(loaded.events(limit=1000))
    by_offset = []
    for off in range(0, 30, 7):
        by_offset += ids(loaded.events(limit=7, offset=off))
    assert by_offset == everything
    by_cursor, cursor = [], None
    while True:
        page = loaded.events(limit=5, cursor=cursor)
        by_cursor += ids(page)
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert by_cursor == everything


def test_store_events_reject_bad_parameters(loaded: Store) -> None:
    for kw in (
        {"actor": "RUS'; DROP TABLE events; --"},
        {"actor": "<script>"},
        {"cameo": "4"},
        {"cameo": "abc"},
        {"quad": 5},
        {"since": "2019-02-30"},
        {"until": "yesterday"},
        {"since": "2020", "until": "2019"},
        {"text": "x" * 500},
    ):
        with pytest.raises(QueryError):
            EventQuery.build(**kw)
    with pytest.raises(QueryError):
        loaded.events(limit=1001)
    with pytest.raises(QueryError):
        loaded.events(cursor="not-a-cursor!")


def test_store_dyad_timeline_buckets(loaded: Store) -> None:
    tl = loaded.dyad_timeline("RUS", "JPN", interval="month")
    buckets = {b["bucket"]: b for b in tl["buckets"]}
    assert list(buckets)[0] == "2018-09" and list(buckets)[-1] == "2019-06"
    assert len(buckets) == 10  # empty months filled
    assert buckets["2019-01"]["counts"] == {"1": 3, "2": 0, "3": 0, "4": 0}
    assert buckets["2019-01"]["goldstein_mean"] == pytest.approx(round((4.0 + 7.0 + 3.4) / 3, 3))
    assert buckets["2018-10"]["total"] == 0 and buckets["2018-10"]["goldstein_mean"] is None
    assert tl["excluded"]["historical"] == 0  # the 1956 declaration is SUN-JPN
    day = loaded.dyad_timeline("JPN", "RUS", interval="day")
    assert day["excluded"]["coarser_dates"] == 1  # Singapore, November 2018
    assert day["total"] == tl["total"] - 1
    week = loaded.dyad_timeline("RUS", "JPN", interval="week")
    assert week["buckets"][0]["bucket"] == "2018-09-10"  # a Monday


def test_store_dyad_timeline_historical_only_on_request(loaded: Store) -> None:
    tl = loaded.dyad_timeline("SUN", "JPN", interval="year")
    assert tl["total"] == 0 and tl["excluded"]["historical"] == 1
    assert loaded.dyad_timeline("SUN", "JPN", interval="year", include_historical=True)["total"] == 1


def test_store_unknown_actor_raises(loaded: Store) -> None:
    with pytest.raises(UnknownActorError):
        loaded.dyad_timeline("RUS", "FRA")
    with pytest.raises(UnknownActorError) as e:
        loaded.actor("FRA")
    assert e.value.status == 404


def test_store_actor_profile(loaded: Store) -> None:
    p = loaded.actor("rus")
    assert p["name"] and p["kind"] == "country"
    assert p["partners"][0]["key"] == "JPN" and p["partners"][0]["count"] == 9
    assert {r["root"] for r in p["roots"]} >= {"04", "19"}
    assert sum(p["quad_counts"].values()) == sum(b["total"] for b in p["timeline"])
    assert [b["bucket"] for b in p["timeline"]][:3] == ["2018-09", "2018-10", "2018-11"]  # gaps filled
    assert p["timeline"][1]["total"] == 0
    assert p["latest_events"] and p["quotes"] == 2
    assert p["events"]["as_source"] + p["events"]["as_target"] >= p["events"]["total"]


def test_store_actors_ranked(loaded: Store) -> None:
    actors = loaded.actors()
    assert {a["key"] for a in actors} == {"RUS", "JPN", "USA", "CHN", "UKR", "IGO:UN", "SUN"}
    assert actors[0]["events"] >= actors[-1]["events"]
    assert [a["key"] for a in loaded.actors(text="nations")] == ["IGO:UN"]


def test_store_quotes_by_speaker_and_text(loaded: Store) -> None:
    assert loaded.quotes(speaker="Putin")["total"] == 2
    assert loaded.quotes(speaker="IGO:UN")["total"] == 2
    hit = loaded.quotes(text="defend every city")["items"]
    assert len(hit) == 1 and hit[0]["speaker"]["name"] == "Volodymyr Zelenskyy"
    assert hit[0]["article"]["title"]


def test_store_article_has_every_annotation(loaded: Store) -> None:
    a = loaded.article("kharkiv-shelling-2022-03-01")
    assert a["title"].startswith("Guterres")
    assert len(a["events"]) == 3 and len(a["unasserted_events"]) == 1
    assert len(a["quotes"]) == 2 and a["places"] and a["dates"] and a["actors"]
    for x in a["actors"] + a["places"] + a["dates"] + a["quotes"]:
        assert a["text"][x["start"] : x["end"]] == x["text"]
    with pytest.raises(NotFoundError):
        loaded.article("no-such-article")


def test_store_event_detail_lists_sources(loaded: Store) -> None:
    first = loaded.events(limit=1)["items"][0]
    ev = loaded.event(first["id"])
    assert ev["sources"][0]["id"] == first["article_id"] and ev["n_sources"] == 1
    with pytest.raises(NotFoundError):
        loaded.event(10**9)


def test_store_map_points_and_overview(loaded: Store) -> None:
    points = loaded.map_points()
    names = {p["name"] for p in points}
    assert {"Kharkiv", "Singapore", "Washington"} <= names
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    ov = loaded.overview()
    assert ov["counts"]["events"] == 24 and ov["counts"]["articles"] == 8
    assert ov["top_dyads"][0]["count"] == 9 and len(ov["latest_events"]) == 10


def _same_as_scan(store: Store) -> None:
    q = EventQuery(include_unasserted=False)
    fast, slow = store.top_dyads(100), store._top_dyads_scan(100, q)
    assert [(d["a"]["key"], d["b"]["key"], d["count"], d["quad_counts"]) for d in fast] == [
        (d["a"]["key"], d["b"]["key"], d["count"], d["quad_counts"]) for d in slow
    ]
    assert [d["goldstein_mean"] for d in fast] == pytest.approx([d["goldstein_mean"] for d in slow])
    fast_map = sorted((p["name"], p["count"], p["quad_counts"]["4"]) for p in store.map_points())
    slow_map = sorted((p["name"], p["count"], p["quad_counts"]["4"]) for p in store._map_points_scan(q, 1000))
    assert fast_map == slow_map


def test_store_running_totals_match_the_events(loaded: Store, records: list) -> None:
    import copy

    from storedata import load_records

    _same_as_scan(loaded)
    loaded.ingest(load_records("articles_v2.jsonl"))  # replaced annotations
    _same_as_scan(loaded)
    shrunk = copy.deepcopy(records[3])  # Kharkiv: drop two events
    shrunk["events"] = shrunk["events"][:1]
    loaded.ingest([shrunk])
    _same_as_scan(loaded)
    assert loaded.actors()[0]["events"] > 0


def test_store_actor_acting_on_itself_is_counted_once(store: Store, records: list) -> None:
    import copy

    rec = copy.deepcopy(records[3])  # Kharkiv article
    ev = copy.deepcopy(rec["events"][1])
    ev["id"] = "self"
    ev["target"] = dict(ev["source"], sector="OPP", text="Russian forces")
    rec["events"].append(ev)
    store.ingest([rec])
    p = store.actor("RUS")
    assert p["events"]["total"] == 4  # demanded of, shelled, accused by, and acting on itself
    assert (p["events"]["as_source"], p["events"]["as_target"]) == (2, 3)
    assert sum(r["count"] for r in p["roots"]) == 4
    assert sum(b["total"] for b in p["timeline"]) == 4
    me = next(x for x in p["partners"] if x["key"] == "RUS")
    assert me["count"] == 1


def test_store_events_page_carries_what_each_event_has(loaded: Store) -> None:
    """A page (read in a few statements for the whole page) gives each event the same evidence, article,
    number of sources and cluster counts as the event read alone."""
    for q in (EventQuery(), EventQuery.build(dyad=["RUS", "JPN"]), EventQuery.build(include_unasserted=True)):
        for item in loaded.events(q, limit=100)["items"]:
            alone = loaded.event(item["id"])
            alone.pop("sources")
            assert item == alone
    assert any(e["cluster"] for e in loaded.events(limit=100)["items"])


def test_store_events_dyad_page_reads_the_dyad_date_index(store: Store, records: list) -> None:
    if store.dialect != "sqlite":
        pytest.skip("SQLite's query plan")
    store.ingest(records)
    with store.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM events WHERE asserted = 1 AND pair = 'JPN|RUS' "
            "ORDER BY date_start DESC, id DESC LIMIT 51"
        ).all()
    assert "ix_events_pair_date" in " ".join(str(r[-1]) for r in plan)


def test_store_week_buckets_are_the_mondays_of_the_days(loaded: Store) -> None:
    e = S.events
    for day, monday in [
        ("2020-01-05", "2019-12-30"),  # a Sunday: the week began in the year before
        ("2020-01-06", "2020-01-06"),  # a Monday
        ("2020-02-29", "2020-02-24"),
        ("2024-12-31", "2024-12-30"),
        ("1901-03-01", "1901-02-25"),
        ("0950-06-18", "0950-06-15"),  # a Thursday, long ago
    ]:
        with loaded.write() as conn:
            conn.execute(
                update(e)
                .where(e.c.pair == "JPN|RUS")
                .values(date_start=day, date_precision="day", historical=False)
            )
        weeks = loaded.dyad_timeline("RUS", "JPN", interval="week")
        assert [b["bucket"] for b in weeks["buckets"]] == [monday], day
        assert weeks["total"] == weeks["buckets"][0]["total"] > 0


def test_store_bucket_range_steps_like_next_bucket() -> None:
    for first, last, interval in [
        ("2019-12-28", "2020-03-02", "day"),
        ("2019-12-30", "2021-01-04", "week"),
        ("2018-11", "2020-02", "month"),
        ("1999", "2003", "year"),
        ("2020-02-10", "2020-02-10", "week"),
    ]:
        stepped, cur = [], first
        while cur <= last:
            stepped.append(cur)
            cur = _next_bucket(cur, interval)
        assert list(_bucket_range(first, last, interval)) == stepped
    assert len(list(_bucket_range("1000-01-01", "2020-01-01", "day"))) == MAX_BUCKETS
