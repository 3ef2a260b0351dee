"""Drive the real UI in headless Chromium (Debian's /usr/bin/chromium) against uvicorn on 127.0.0.1.

Screenshots of every page go to artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storedata import load_records

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from newsevents.store import Store
    from newsevents.web import create_app

    store = Store(str(tmp_path_factory.mktemp("browser") / "ui.db"))
    store.ingest(load_records())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright==1.65.*)")
    if not shutil.which(CHROMIUM):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.problems = problems
    yield pg
    context.close()


PAGES = [
    ("overview", "/"),
    ("events", "/events"),
    ("dyad", "/dyads/RUS/JPN"),
    ("dyads", "/dyads"),
    ("actors", "/actors"),
    ("actor", "/actors/RUS"),
    ("map", "/map"),
    ("quotes", "/quotes"),
    ("articles", "/articles"),
    ("article", "/articles/seed-russia-japan-peace-treaty"),
    ("article-xss", "/articles/xss-test-article"),
    ("event", "/events/1"),
    ("not-found", "/actors/ZZZ"),
]


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[n for n, _ in PAGES])
def test_browser_page_renders_without_errors(server: str, page: Any, name: str, path: str) -> None:
    response = page.goto(server + path)
    assert response.status == (404 if name == "not-found" else 200)
    assert page.locator("header.top .brand").is_visible()
    assert page.locator("h1").first.is_visible()
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    problems = [
        p for p in page.problems if not (name == "not-found" and "status of 404" in p)
    ]  # the page itself
    assert problems == [], problems  # no CSP violations, script errors or alerts


def test_browser_event_filter_and_evidence(server: str, page: Any) -> None:
    page.goto(server + "/events")
    assert page.locator("tr.event").count() == 24
    page.fill("input[name=actor]", "ukr")
    page.select_option("select[name=quad]", "4")
    page.click("form#event-filters button[type=submit]")
    page.wait_for_url("**/events?*")
    assert (
        "actor=ukr" in page.url and "quad=4" in page.url and "cameo=" not in page.url
    )  # empty fields dropped
    rows = page.locator("tr.event")
    assert rows.count() == 1
    assert "1 event" in page.locator("#result-count").inner_text()
    rows.first.locator("details.ev summary").click()
    sentence = rows.first.locator("blockquote.sentence")
    assert sentence.is_visible()
    assert sentence.locator("mark.m-source").inner_text() == "Russian forces"
    assert sentence.locator("mark.m-trigger").inner_text() == "shelled"
    assert sentence.locator("mark.m-target").inner_text() == "Kharkiv"
    page.screenshot(path=str(SHOTS / "events-filtered-evidence.png"), full_page=True)
    page.locator("[data-toggle-details]").click()  # the one open row closes again
    assert not sentence.is_visible()
    assert page.problems == []


def test_browser_dyad_interval_picker_redraws_chart(server: str, page: Any) -> None:
    page.goto(server + "/dyads/RUS/JPN")
    bars_month = page.locator("svg.timeline rect.hit").count()
    page.select_option("select[name=interval]", "week")
    page.wait_for_url("**interval=week*")
    assert page.locator("svg.timeline rect.hit").count() > bars_month
    page.screenshot(path=str(SHOTS / "dyad-week.png"), full_page=True)
    assert page.problems == []


def test_browser_script_in_article_text_is_shown_not_run(server: str, page: Any) -> None:
    page.goto(server + "/articles/xss-test-article")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    assert page.problems == []  # no alert dialog


def test_browser_map_links_to_events(server: str, page: Any) -> None:
    page.goto(server + "/map")
    assert page.locator("svg.map path.country").count() > 150
    page.locator("svg.map circle.point").first.click()
    page.wait_for_url("**/events?*country=*")
    assert page.locator("tr.event").count() >= 1
    assert page.problems == []
