from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from newsevents.cli import build_parser, main
from newsevents.cli.demo import sample_files
from newsevents.store import Store


def _fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.types import Actor, Article, ArticleResult, Event, Evidence

    def read_paths(paths: list[str]) -> Any:
        for p in paths:
            text = Path(p).read_text()
            yield Article(
                id=Path(p).stem, text=text, title=Path(p).stem, published=dt.date(2019, 1, 23), origin=p
            )

    class Pipeline:
        def code_batch(self, articles: list[Article]) -> list[ArticleResult]:
            out = []
            for a in articles:
                s = Actor("Russia", "Russia", "RUS", "RUS", start=0, end=6)
                t = Actor("Japan", "Japan", "JPN", "JPN", start=11, end=16)
                ev = Event(
                    "e1",
                    s,
                    t,
                    "046",
                    "Engage in negotiation",
                    "CONSULT",
                    None,
                    None,
                    1,
                    7.0,
                    "2019-01-22",
                    "text",
                    False,
                    None,
                    False,
                    "asserted",
                    [Evidence(a.text, 0, len(a.text), "met", 7, 10)],
                    "test",
                    0.9,
                )
                out.append(ArticleResult(a, actors=[s, t], events=[ev]))
            return out

    monkeypatch.setitem(sys.modules, "newsevents.pipeline", types.SimpleNamespace(Pipeline=Pipeline))
    monkeypatch.setitem(sys.modules, "newsevents.read", types.SimpleNamespace(read_paths=read_paths))


def test_cli_demo_builds_database_without_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_coder(monkeypatch)
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "a.txt").write_text("Russia met Japan.")
    (sample / "b.txt").write_text("Russia met Japan again.")
    (sample / ".gitkeep").write_text("")
    (sample / "README.md").write_text("not an article")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--no-serve", "--no-progress", "--sample", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "2 articles: 2 new" in out and "newsevents-demo.db" in out
    with Store(str(tmp_path / "newsevents-demo.db"), create=False) as s:
        assert s.counts()["events"] == 2
    assert main(["demo", "--no-serve", "--no-progress", "--sample", str(sample)]) == 0  # rerun: unchanged
    assert "2 unchanged" in capsys.readouterr().out


def test_cli_demo_empty_sample_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--no-serve", "--sample", str(tmp_path)]) == 1
    assert "no articles" in capsys.readouterr().err


def test_cli_demo_reads_bundled_sample_folder() -> None:
    files = sample_files()
    assert all(not Path(f).name.startswith(".") for f in files)


def test_cli_serve_and_demo_options() -> None:
    p = build_parser()
    a = p.parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9001"])
    assert (a.db, a.host, a.port) == ("x.db", "0.0.0.0", 9001)
    d = p.parse_args(["demo", "--no-serve", "--port", "9002"])
    assert d.no_serve and d.port == 9002 and d.db is None


def test_cli_serve_refuses_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "[E040]" in capsys.readouterr().err
