from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsevents.web.app import CSP

PAGES = [
    "/",
    "/events",
    "/events?a=RUS&b=JPN&cameo=04",
    "/dyads",
    "/dyads/RUS/JPN",
    "/dyads/JPN/RUS?interval=day",
    "/actors",
    "/actors/RUS",
    "/actors/IGO:UN",
    "/map",
    "/map?quad=4",
    "/quotes",
    "/quotes?speaker=Putin",
    "/articles",
    "/articles/seed-russia-japan-peace-treaty",
    "/articles/xss-test-article",
]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_csp_and_no_inline_script(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    html = r.text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", html), "inline event handler"
    assert not re.search(r"\sstyle\s*=", html), "inline style attribute"
    assert not re.search(r'(href|src|action)="\s*javascript:', html, re.I)


def test_pages_escape_every_piece_of_article_text(client: TestClient) -> None:
    for url in (
        "/articles/xss-test-article",
        "/events?text=praised",
        "/quotes?speaker=Guterres",
        "/",
        "/events/" + str(client.get("/api/events", params={"text": "praised"}).json()["items"][0]["id"]),
    ):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Japan</b>" not in html, url
        assert "<i>Blog</i>" not in html
    art = client.get("/articles/xss-test-article").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in art
    assert "&lt;img src=x onerror=alert(2)&gt;" in art
    assert "Comment &lt;script&gt;alert(" in art  # the title
    assert 'href="javascript:' not in art and "javascript:alert(3)" in art.replace(
        "&#34;", '"'
    )  # shown, not linked


def test_pages_event_table_opens_sentence_with_actors_and_trigger(client: TestClient) -> None:
    html = client.get("/events", params={"text": "shelled"}).text
    assert '<details class="ev">' in html
    assert re.search(r'<mark class="m-source"[^>]*>Russian forces</mark>', html)
    assert re.search(r'<mark class="m-trigger"[^>]*>shelled</mark>', html)
    assert re.search(r'<mark class="m-target"[^>]*>Kharkiv</mark>', html)
    assert "1 event " in html


def test_pages_article_marks_every_annotation(client: TestClient) -> None:
    html = client.get("/articles/kharkiv-shelling-2022-03-01").text
    for cls in ("m-actor", "m-place", "m-date", "m-quote", "m-trigger", "m-trigger-unasserted"):
        assert f'class="{cls}' in html or f" {cls}" in html, cls
    assert "Not asserted (1)" in html


def test_pages_bad_filters_show_error_not_500(client: TestClient) -> None:
    r = client.get("/events", params={"since": "<b>soon</b>", "actor": "x' OR 1=1"})
    assert r.status_code == 400
    assert "<b>soon</b>" not in r.text and "&lt;b&gt;soon&lt;/b&gt;" in r.text
    assert 'role="alert"' in r.text
    for url, status in (
        ("/actors/ZZZ", 404),
        ("/dyads/RUS/FRA", 404),
        ("/articles/nope", 404),
        ("/events/abc", 400),
        ("/events/999999", 404),
        ("/dyads/RUS/JPN?interval=hour", 400),
        ("/nowhere", 404),
        ("/map?since=never", 400),
        ("/events?limit=100000", 400),
        ("/quotes?offset=-4", 400),
    ):
        r = client.get(url)
        assert r.status_code == status, url
        assert r.headers["content-type"].startswith("text/html")


def test_pages_dyad_chart_and_map_are_svg(client: TestClient) -> None:
    html = client.get("/dyads/RUS/JPN").text
    assert '<svg class="chart timeline"' in html and 'class="goldstein"' in html
    assert html.count('class="q1"') >= 3
    m = client.get("/map").text
    assert m.count('class="country"') > 150  # Natural Earth countries
    assert m.count('class="point"') >= 5
    assert "Kharkiv" in m


def test_pages_static_files_served(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/world-110m.geojson").json()["type"] == "FeatureCollection"
