"""One event per real-world event: clustering across articles, counts of articles and sources.

Every store test here runs on SQLite and on PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from clusterdata import STRIKE_TEXT, article, event, strike_reports
from newsevents.errors import NotFoundError, QueryError
from newsevents.store import EventQuery, Store
from newsevents.store.clusters import Member, fingerprint, matches, publisher, similarity


def _by_event(store: Store) -> dict[str, dict[str, Any]]:
    """Each stored event uid -> the cluster it belongs to (from the cluster list)."""
    out = {}
    for c in store.clusters(limit=1000)["items"]:
        for eid in c["event_ids"]:
            out[store.event(eid)["uid"]] = c
    return out


def _member(**kw: Any) -> Member:
    base = dict(
        id=1,
        source_key="RUS",
        target_key="UKR",
        mutual=False,
        cameo_root="19",
        date_start="2022-03-10",
        date_precision="day",
        date_source="text",
        loc_country="UKR",
        loc_name="Kharkiv",
    )
    base.update(kw)
    return Member(**base)  # type: ignore[arg-type]


def test_clusters_rule_date_windows_by_precision() -> None:
    a = _member()
    assert matches(a, _member(date_start="2022-03-11"))  # day: ±1
    assert not matches(a, _member(date_start="2022-03-12"))
    assert matches(a, _member(date_start="2022-03-12", date_source="published"))  # publication date: ±2
    assert not matches(a, _member(date_start="2022-03-13", date_source="published"))
    assert matches(a, _member(date_start="2022-03-01", date_precision="month"))  # same month
    assert not matches(a, _member(date_start="2022-04-01", date_precision="month"))
    assert not matches(
        _member(date_start="2022-03-31"), _member(date_start="2022-04-01", date_precision="month")
    )
    assert matches(a, _member(date_start="2022-01-01", date_precision="year"))  # same year
    assert not matches(a, _member(date_start="2021-01-01", date_precision="year"))
    assert not matches(a, _member(date_start="", date_precision="none"))  # undated: never


def test_clusters_rule_dyad_root_and_place() -> None:
    a = _member()
    assert not matches(a, _member(source_key="UKR", target_key="RUS"))  # the other direction
    assert matches(_member(mutual=True), _member(source_key="UKR", target_key="RUS"))  # unless mutual
    assert not matches(a, _member(cameo_root="18"))
    assert not matches(a, _member(loc_name="Kyiv"))  # same country, another place
    assert matches(a, _member(loc_name=None))  # a place name on one side only: same country is enough
    assert not matches(a, _member(loc_country="RUS", loc_name=None))
    assert not matches(a, _member(loc_country=None, loc_name=None))
    assert not matches(_member(source_key=None, target_key=None), _member(source_key=None, target_key=None))


def test_clusters_fingerprint_finds_copies_not_other_reports() -> None:
    copy_text = "By Staff Writer. " + STRIKE_TEXT + " More follows."
    other = strike_reports()[0]["article"]["text"]
    assert similarity(fingerprint(STRIKE_TEXT), fingerprint(STRIKE_TEXT)) == 1.0
    assert similarity(fingerprint(STRIKE_TEXT), fingerprint(copy_text)) >= 0.7
    assert similarity(fingerprint(STRIKE_TEXT), fingerprint(other)) < 0.2
    assert similarity(None, fingerprint(other)) == 0.0
    assert publisher(None, "https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert publisher("  Reuters ", "https://x.org") == "Reuters"
    assert publisher(None, None) == "(unknown)"


def test_clusters_same_strike_by_four_outlets_is_one_event(store: Store) -> None:
    store.ingest(strike_reports())
    page = store.clusters()
    assert page["total"] == 1
    c = page["items"][0]
    assert (c["n_mentions"], c["n_articles"], c["n_sources"], c["n_copies"]) == (4, 4, 4, 0)
    assert c["corroborated"] is True
    assert c["sources"] == ["Al Jazeera", "BBC News", "Reuters", "apnews.com"]
    assert {a["id"] for a in c["articles"]} == {"reuters-1", "bbc-1", "aljazeera-1", "ap-site-1"}
    assert c["date"] == "2022-03-10" and c["event"]["date_source"] == "text"  # the earliest precise report
    assert c["first_url"] == "https://www.reuters.com/world/europe/kharkiv-1"
    # every event keeps its own evidence and reports its cluster's counts
    detail = store.cluster(c["id"])
    assert len(detail["events"]) == 4
    assert all(ev["evidence"][0]["trigger"] == "shelled" for ev in detail["events"])
    evs = store.events(EventQuery.build(dyad=("RUS", "UKR")))["items"]
    assert {ev["cluster"]["id"] for ev in evs} == {c["id"]}
    assert all(ev["cluster"]["n_sources"] == 4 and ev["cluster"]["corroborated"] for ev in evs)


def test_clusters_syndicated_copies_count_once(store: Store) -> None:
    original = article(
        "ap-original",
        STRIKE_TEXT,
        [
            event(
                "RUS", "UKR", "190", "2022-03-10", place="Kharkiv", sentence=STRIKE_TEXT.split(", killing")[0]
            )
        ],
        source="Associated Press",
        published="2022-03-10",
    )
    same_text = copy.deepcopy(original)  # the same text under another id and publisher
    same_text["article"].update(id="yahoo-copy", source="Yahoo News")
    near = article(  # near-identical: a byline and a closing line added by the republisher
        "local-copy",
        "By AP staff. " + STRIKE_TEXT + " Check back for updates.",
        [
            event(
                "RUS", "UKR", "190", "2022-03-10", place="Kharkiv", sentence=STRIKE_TEXT.split(", killing")[0]
            )
        ],
        source="Local Herald",
        published="2022-03-11",
    )
    store.ingest([original, same_text, near])
    (c,) = store.clusters()["items"]
    assert (c["n_mentions"], c["n_articles"], c["n_copies"], c["n_sources"]) == (3, 1, 2, 1)
    assert c["sources"] == ["Associated Press"]  # the story's first publisher
    assert c["corroborated"] is False
    store.ingest(strike_reports()[:1])  # an independent report corroborates it
    (c,) = store.clusters()["items"]
    assert (c["n_articles"], c["n_sources"], c["corroborated"]) == (2, 2, True)


def test_clusters_near_duplicates_that_are_different_events_stay_apart(store: Store) -> None:
    s = "Russian forces shelled Kharkiv"
    text = f"{s} again. Officials counted the damage."
    recs = [
        article(
            "a", text, [event("RUS", "UKR", "190", "2022-03-10", place="Kharkiv", sentence=s)], source="A"
        ),
        # the same dyad four days later
        article(
            "b", text, [event("RUS", "UKR", "190", "2022-03-14", place="Kharkiv", sentence=s)], source="B"
        ),
        # the same day, another city of the same country
        article("c", text, [event("RUS", "UKR", "190", "2022-03-10", place="Kyiv", sentence=s)], source="C"),
        # the same day and city, another CAMEO root (a bombing, 18, not a fight, 19)
        article(
            "d", text, [event("RUS", "UKR", "183", "2022-03-10", place="Kharkiv", sentence=s)], source="D"
        ),
        # the other direction (not mutual)
        article(
            "e", text, [event("UKR", "RUS", "190", "2022-03-10", place="Kharkiv", sentence=s)], source="E"
        ),
        # month precision in another month
        article("f", text, [event("RUS", "UKR", "190", "2022-04", place="Kharkiv", sentence=s)], source="F"),
    ]
    store.ingest(recs)
    page = store.clusters(limit=100)
    assert page["total"] == 6
    assert all(c["n_articles"] == 1 and not c["corroborated"] for c in page["items"])


def test_clusters_mutual_meeting_in_either_direction_and_month_precision(store: Store) -> None:
    s = "Russia and Japan held talks"
    store.ingest(
        [
            article(
                "m1",
                f"{s} in Moscow on the peace treaty, the Kremlin said.",
                [event("RUS", "JPN", "046", "2019-01-22", place="Moscow", mutual=True, sentence=s)],
                source="TASS",
            ),
            article(
                "m2",
                f"{s}, and Tokyo called the meeting in the Russian capital useful but difficult.",
                [event("JPN", "RUS", "046", "2019-01-22", place="Moscow", mutual=True, sentence=s)],
                source="Kyodo",
            ),
            article(
                "m3",
                f"Earlier this month {s}; analysts expect little movement on the Kuril islands dispute.",
                [event("JPN", "RUS", "046", "2019-01", place="Moscow", sentence=s)],
                source="NHK",
            ),
        ]
    )
    (c,) = store.clusters()["items"]
    assert (c["n_articles"], c["n_sources"]) == (3, 3)
    assert c["date"] == "2019-01-22" and c["date_precision"] == "day"


def test_clusters_unasserted_events_are_not_clustered(store: Store) -> None:
    s = "Russian forces shelled Kharkiv"
    neg = event("RUS", "UKR", "190", "2022-03-10", place="Kharkiv", sentence=s, eid="n1")
    neg["negated"] = True
    rec = article("x", f"{s}, Moscow denied.", [], unasserted=[neg], source="X")
    store.ingest([rec])
    assert store.clusters()["total"] == 0
    ev = store.events(EventQuery.build(include_unasserted=True))["items"][0]
    assert ev["cluster"] is None


def test_clusters_follow_changed_articles_and_split_when_the_link_goes(store: Store) -> None:
    s = "Russian forces shelled Kharkiv"
    t = f"{s} overnight. Damage was reported."

    def rec(aid: str, day: str, src: str) -> dict[str, Any]:
        return article(
            aid, t + f" ({src})", [event("RUS", "UKR", "190", day, place="Kharkiv", sentence=s)], source=src
        )

    # 10th and 12th are two days apart: only the report dated the 11th links them
    store.ingest([rec("p", "2022-03-10", "P"), rec("q", "2022-03-12", "Q")])
    assert store.clusters()["total"] == 2
    store.ingest([rec("link", "2022-03-11", "L")])
    (c,) = store.clusters()["items"]
    assert (c["n_articles"], c["n_sources"]) == (3, 3)
    changed = rec("link", "2022-03-11", "L")  # the same article corrected: the event is gone
    changed["article"]["text"] += " Correction: the report was withdrawn."
    changed["events"] = []
    store.ingest([changed])
    page = store.clusters()
    assert page["total"] == 2
    assert sorted(x["n_articles"] for x in page["items"]) == [1, 1]
    before = [(x["n_articles"], x["n_sources"], x["event_ids"]) for x in page["items"]]
    store.rebuild_clusters()  # a full rebuild agrees with the incremental upkeep
    assert [(x["n_articles"], x["n_sources"], x["event_ids"]) for x in store.clusters()["items"]] == before


def test_clusters_rebuild_matches_incremental(store: Store, records: list[dict[str, Any]]) -> None:
    store.ingest(records + strike_reports())
    inc = sorted(
        (c["event_ids"], c["n_articles"], c["n_sources"]) for c in store.clusters(limit=1000)["items"]
    )
    summary = store.rebuild_clusters()
    full = sorted(
        (c["event_ids"], c["n_articles"], c["n_sources"]) for c in store.clusters(limit=1000)["items"]
    )
    assert full == inc
    assert summary["clusters"] == len(full) and summary["multi_article"] >= 1
    # ingest goes on after a rebuild (on PostgreSQL the id sequence was moved past the renumbered clusters)
    text = "France criticised Russia over the strike. It said so."
    fr = event("FRA", "RUS", "111", "2030-01-01", sentence="France criticised Russia", source_sector="GOV")
    store.ingest([article("after-rebuild", text, [fr], source="Le Monde")])
    assert store.clusters(limit=1000)["total"] == len(full) + 1


def test_clusters_filters_and_errors(store: Store) -> None:
    store.ingest(strike_reports())
    store.ingest(
        [
            article(
                "solo",
                "France criticised Russia. It said so.",
                [
                    event(
                        "FRA",
                        "RUS",
                        "111",
                        "2022-03-11",
                        sentence="France criticised Russia",
                        source_sector="GOV",
                    )
                ],
                source="Le Monde",
            )
        ]
    )
    assert store.clusters()["total"] == 2
    assert store.clusters(min_sources=2)["total"] == 1
    assert store.clusters(EventQuery.build(actor="FRA"))["items"][0]["n_sources"] == 1
    assert store.clusters(EventQuery.build(cameo="19", country="UKR"))["total"] == 1
    with pytest.raises(QueryError):
        store.clusters(min_sources=0)
    with pytest.raises(NotFoundError):
        store.cluster(999_999)


def test_clusters_one_batch_with_copies_and_a_late_link(store: Store) -> None:
    s = "Russian forces shelled Kharkiv"

    def rec(aid: str, day: str, src: str) -> dict[str, Any]:
        return article(
            aid, f"{s} ({src}).", [event("RUS", "UKR", "190", day, place="Kharkiv", sentence=s)], source=src
        )

    batch = [rec("a", "2022-03-10", "A"), rec("b", "2022-03-12", "B"), rec("a2", "2022-03-10", "A2")]
    batch += [rec("b2", "2022-03-12", "B2"), rec("link", "2022-03-11", "L"), rec("a3", "2022-03-10", "A3")]
    store.ingest(batch, batch_size=100)
    (c,) = store.clusters()["items"]
    assert c["n_mentions"] == 6 and len(c["event_ids"]) == 6
    inc = [(x["event_ids"], x["n_articles"]) for x in store.clusters()["items"]]
    store.rebuild_clusters()
    assert [(x["event_ids"], x["n_articles"]) for x in store.clusters()["items"]] == inc
