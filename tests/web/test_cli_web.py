from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import build_parser, main
from newsevents.cli.demo import sample_files
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
