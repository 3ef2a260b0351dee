from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import build_parser, main
from newsevents.cli.demo import sample_files
from newsevents.serving import CACHE_ENTRIES
from newsevents.store import Store


def test_cli_demo_builds_database_without_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo codes its sample with the real coder; credits and hidden files are not articles."""
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "a.txt").write_text("Talks\n\nRussia and Japan held talks in Moscow on Tuesday.")
    (sample / "b.txt").write_text("Visit\n\nJapanese Prime Minister Shinzo Abe visited Moscow on Tuesday.")
    (sample / ".gitkeep").write_text("")
    (sample / "CREDITS.md").write_text("not an article")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--no-serve", "--no-progress", "--sample", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "2 articles: 2 new" in out and "newsevents-demo.db" in out
    with Store(str(tmp_path / "newsevents-demo.db"), create=False) as s:
        assert s.counts()["events"] >= 2
    assert main(["demo", "--no-serve", "--no-progress", "--sample", str(sample)]) == 0  # rerun: unchanged
    assert "2 unchanged" in capsys.readouterr().out


def test_cli_demo_empty_sample_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--no-serve", "--sample", str(tmp_path)]) == 1
    assert "no articles" in capsys.readouterr().err


def test_cli_demo_reads_bundled_sample_folder() -> None:
    names = {Path(f).name for f in sample_files()}
    assert names == {"seed-russia-japan.jsonl", "news_open_sample.jsonl"}  # CREDITS.md is not an article


def test_cli_demo_seed_events_on_the_dyad_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Acceptance: the demo shows the Russia-Japan seed events on the dyad page, each opening its sentence."""
    from fastapi.testclient import TestClient

    from newsevents.web import create_app

    sample = tmp_path / "sample"
    sample.mkdir()
    seed = next(f for f in sample_files() if f.endswith("seed-russia-japan.jsonl"))
    (sample / "seed.jsonl").write_text(Path(seed).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--no-serve", "--no-progress", "--sample", str(sample)]) == 0
    with Store(str(tmp_path / "newsevents-demo.db"), create=False) as store:
        with TestClient(create_app(store)) as client:
            page = client.get("/dyads/RUS/JPN")
            assert page.status_code == 200
            events = client.get("/api/events", params={"dyad": "RUS,JPN", "limit": 100}).json()["items"]
            assert {e["cameo"][:2] for e in events} >= {"03", "04", "05"}
            for e in events:
                assert f"/events/{e['id']}" in page.text  # each event on the dyad page links to its sentence
                detail = client.get(f"/events/{e['id']}")
                assert detail.status_code == 200
                assert e["evidence"][0]["trigger"] in detail.text


def test_cli_serve_and_demo_options() -> None:
    p = build_parser()
    a = p.parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9001"])
    assert (a.db, a.host, a.port) == ("x.db", "0.0.0.0", 9001)
    d = p.parse_args(["demo", "--no-serve", "--port", "9002"])
    assert d.no_serve and d.port == 9002 and d.db is None


def test_cli_serve_refuses_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "[E040]" in capsys.readouterr().err


def test_cli_serve_workers_and_cache_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = build_parser()
    a = p.parse_args(["serve"])
    assert a.workers == 1 and a.cache_entries == CACHE_ENTRIES == 4096
    a = p.parse_args(["serve", "--workers", "2", "--cache-entries", "0"])
    assert a.workers == 2 and a.cache_entries == 0
    Store(str(tmp_path / "s.db")).close()
    assert main(["serve", "--db", str(tmp_path / "s.db"), "--workers", "0"]) == 1
    assert "--workers must be between 1 and 64" in capsys.readouterr().err


def test_cli_serve_with_two_workers_answers_and_sees_writes(tmp_path: Path) -> None:
    """Two worker processes on one port (127.0.0.1): both answer, and a write by another process is seen
    by the next read whichever worker takes it (each keeps its own response cache)."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    from storedata import load_records

    records = load_records()
    db = tmp_path / "w.db"
    with Store(str(db)) as s:
        s.ingest(records[:2])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    env.pop("NEWSEVENTS_TOKEN", None)
    cmd = [
        sys.executable,
        "-m",
        "newsevents",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--workers",
        "2",
    ]
    log = tmp_path / "serve.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        # a new connection per request, so the requests spread over the workers
        before = [httpx.get(f"{base}/api/stats", timeout=10).json()["events"] for _ in range(8)]
        assert len(set(before)) == 1
        with Store(str(db)) as s:
            s.ingest(records[2:])
        after = [httpx.get(f"{base}/api/stats", timeout=10).json()["events"] for _ in range(8)]
        assert len(set(after)) == 1 and after[0] > before[0]
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
