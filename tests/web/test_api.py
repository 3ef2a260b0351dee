from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsevents.web.app import CSP


def test_api_events_filters_and_total(client: TestClient) -> None:
    r = client.get("/api/events", params={"dyad": "JPN,RUS", "cameo": "04", "limit": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 4 and len(body["items"]) == 2 and body["next_cursor"]
    assert {e["cameo"][:2] for e in body["items"]} == {"04"}
    r = client.get(
        "/api/events", params={"actor": "ukr", "quad": 4, "since": "2022-03", "until": "2022-03-31"}
    )
    assert [e["cameo"] for e in r.json()["items"]] == ["195"]
    r = client.get("/api/events", params={"text": "kremlin", "unasserted": "true"})
    assert r.json()["total"] == 1 and r.json()["items"][0]["asserted"] is False
    r = client.get("/api/events", params={"plover": "aid", "country": "USA"})
    assert [e["cameo"] for e in r.json()["items"]] == ["072"]


def test_api_events_cursor_and_offset_pages(client: TestClient) -> None:
    everything = [e["id"] for e in client.get("/api/events", params={"limit": 1000}).json()["items"]]
    seen, cursor = [], None
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == everything
    page2 = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    assert [e["id"] for e in page2["items"]] == everything[4:8] and page2["total"] == len(everything)


def test_api_dyad_timeline_counts_per_quad_and_goldstein(client: TestClient) -> None:
    r = client.get("/api/dyads/RUS/JPN/timeline", params={"interval": "month"})
    assert r.status_code == 200
    tl = r.json()
    jan = next(b for b in tl["buckets"] if b["bucket"] == "2019-01")
    assert jan["counts"] == {"1": 3, "2": 0, "3": 0, "4": 0} and jan["goldstein_mean"] == pytest.approx(4.8)
    weeks = client.get("/api/dyads/JPN/RUS/timeline", params={"interval": "week"}).json()
    assert all(b["bucket"] >= "2018-09-10" for b in weeks["buckets"])
    days = client.get("/api/dyads/RUS/JPN/timeline", params={"interval": "day"}).json()
    assert days["excluded"]["coarser_dates"] == 1
    directed = client.get("/api/dyads/JPN/RUS/timeline", params={"directed": "true"}).json()
    assert directed["total"] < tl["total"]


def test_api_actor_profile(client: TestClient) -> None:
    p = client.get("/api/actors/IGO:UN").json()
    assert p["name"] == "United Nations" and p["kind"] == "igo"
    assert {x["key"] for x in p["partners"]} == {"RUS", "JPN"}
    assert p["quotes"] == 2 and p["roots"] and p["timeline"]
    assert client.get("/api/actors").json()[0]["events"] >= 1


def test_api_quotes_and_articles(client: TestClient) -> None:
    q = client.get("/api/quotes", params={"speaker": "zelenskyy"}).json()
    assert q["total"] == 1 and q["items"][0]["speaker"]["key"] == "UKR"
    art = client.get("/api/articles/seed-russia-japan-peace-treaty").json()
    assert art["text"].startswith("Russia President") and len(art["events"]) == 6
    assert {"actors", "places", "dates", "quotes", "unasserted_events", "versions"} <= set(art)
    listing = client.get("/api/articles").json()
    assert listing["total"] == 8
    assert client.get("/api/stats").json()["events"] == 24
    assert client.get("/api/map").json()[0]["count"] >= 1
    assert client.get("/api/dyads").json()[0]["count"] == 9


def test_api_event_detail(client: TestClient) -> None:
    eid = client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]
    ev = client.get(f"/api/events/{eid}").json()
    assert ev["sources"] and ev["evidence"]


BAD = [
    ("/api/events?limit=5000", 400, "limit"),
    ("/api/events?limit=0", 400, "limit"),
    ("/api/events?offset=-1", 400, "offset"),
    ("/api/events?since=2019-02-30", 400, "since"),
    ("/api/events?since=last%20week", 400, "since"),
    ("/api/events?until=2019-13", 400, "until"),
    ("/api/events?since=2020&until=2019", 400, "since"),
    ("/api/events?quad=9", 400, "quad"),
    ("/api/events?quad=one", 400, "quad"),
    ("/api/events?cameo=1;DROP%20TABLE%20events", 400, "cameo"),
    ("/api/events?actor=RUS'%20OR%201=1--", 400, "actor"),
    ("/api/events?actor=%3Cscript%3Ealert(1)%3C/script%3E", 400, "actor"),
    ("/api/events?dyad=RUS", 400, "dyad"),
    ("/api/events?dyad=RUS,JPN,CHN", 400, "dyad"),
    ("/api/events?cursor=garbage", 400, "cursor"),
    ("/api/events?cursor=MjAxOS0wMS0yM3x4", 400, "cursor"),
    ("/api/events?text=" + "x" * 300, 400, "text"),
    ("/api/events?plover=%3Cb%3E", 400, "plover"),
    ("/api/events/abc", 400, "event_id"),
    ("/api/events/99999999999999999999999", 400, "event_id"),
    ("/api/events/123456", 404, None),
    ("/api/dyads/RUS/FRA/timeline", 404, None),
    ("/api/dyads/RUS/JPN/timeline?interval=hour", 400, "interval"),
    ("/api/dyads/RUS/%3Cimg%3E/timeline", 400, "dyad"),
    ("/api/actors/ZZZ", 404, None),
    ("/api/actors/robert'); DROP TABLE actors;--", 400, "key"),
    ("/api/articles/no-such-article", 404, None),
    ("/api/articles/" + "a" * 300, 400, "article_id"),
    ("/api/quotes?limit=100000", 400, "limit"),
    ("/api/quotes?speaker=" + "y" * 300, 400, "speaker"),
    ("/api/map?since=yesterday", 400, "since"),
    ("/api/nothing-here", 404, None),
]


@pytest.mark.parametrize(("url", "status", "param"), BAD, ids=[u[:50] for u, _, _ in BAD])
def test_api_bad_input_gets_4xx_json_envelope(
    client: TestClient, url: str, status: int, param: str | None
) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status and err["code"].startswith("E") and err["message"]
    if param:
        assert param in err["message"] or err.get("param") == param
    assert r.headers["content-security-policy"] == CSP


def test_api_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/events",
        "/api/events/{event_id}",
        "/api/dyads/{a}/{b}/timeline",
        "/api/actors/{key}",
        "/api/quotes",
        "/api/articles/{article_id}",
        "/api/map",
        "/api/actors",
        "/api/dyads",
    } <= paths
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "dyad",
        "directed",
        "cameo",
        "plover",
        "quad",
        "since",
        "until",
        "text",
        "limit",
        "offset",
        "cursor",
    } <= params
    assert not any(p.startswith("/events") for p in paths)  # HTML pages stay out of the API schema
