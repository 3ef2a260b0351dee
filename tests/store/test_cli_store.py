from __future__ import annotations

import copy
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.store import Store
from storedata import DATA, load_records

SRC = str(Path(__file__).resolve().parents[2] / "src")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_ingest_prints_summary_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = run_cli(capsys, "ingest", str(DATA / "articles.jsonl"), "--db", db, "--no-progress")
    assert code == 0
    assert "8 articles: 8 new, 0 unchanged, 0 updated; 24 events stored (+3 unasserted), 7 quotes" in out
    code, out, _ = run_cli(
        capsys,
        "ingest",
        str(DATA / "articles.jsonl"),
        str(DATA / "articles_v2.jsonl"),
        "--db",
        db,
        "--no-progress",
    )
    assert code == 0 and "9 articles: 0 new, 8 unchanged, 1 updated" in out


def test_cli_ingest_uses_env_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSEVENTS_DB", str(tmp_path / "env.db"))
    assert run_cli(capsys, "ingest", str(DATA / "articles.jsonl"), "--no-progress")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_cli_ingest_bad_record_exits_1_with_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text((DATA / "articles.jsonl").read_text().splitlines()[0] + "\n{not json\n")
    code, _, err = run_cli(capsys, "ingest", str(f), "--db", str(tmp_path / "s.db"), "--no-progress")
    assert code == 1 and "[E013]" in err and "bad.jsonl:2" in err


def test_cli_ingest_raw_without_coder_explains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "newsevents.pipeline", None)  # import fails as if absent
    code, _, err = run_cli(capsys, "ingest", str(DATA / "raw_articles.jsonl"), "--db", str(tmp_path / "s.db"))
    assert code == 1
    assert "[E043]" in err or "pipeline" in err


def test_cli_ingest_codes_raw_articles_with_the_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raw articles go through the real coder (spaCy model, dictionaries) before they are stored."""
    db = str(tmp_path / "s.db")
    code, out, _ = run_cli(
        capsys,
        "ingest",
        str(DATA / "raw_articles.jsonl"),
        str(DATA / "articles.jsonl"),
        "--db",
        db,
        "--no-progress",
    )
    assert code == 0 and "9 articles: 9 new" in out
    with Store(db) as s:
        ev = s.article("raw-1")["events"][0]
        assert ev["cameo"].startswith("04") and ev["date"] == "2019-02-01"


def test_cli_events_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    run_cli(capsys, "ingest", str(DATA / "articles.jsonl"), "--db", db, "--no-progress")
    code, out, err = run_cli(capsys, "events", "--db", db, "--dyad", "RUS", "JPN", "--cameo", "04")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["id", "date", "source", "target", "cameo"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2][lines[0].index("date") :].startswith("2019-")  # columns aligned under their headers
    assert "4 of 4 events" in err
    code, out, _ = run_cli(capsys, "events", "--db", db, "--quad", "4", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["quad"] for r in rows} == {"4"}
    code, out, _ = run_cli(
        capsys, "events", "--db", db, "--text", "tariffs", "--unasserted", "--format", "jsonl"
    )
    items = [json.loads(line) for line in out.splitlines()]
    assert len(items) == 2 and {i["asserted"] for i in items} == {True, False}
    code, out, _ = run_cli(
        capsys,
        "events",
        "--db",
        db,
        "--plover",
        "assault",
        "--since",
        "2022-01",
        "--until",
        "2022-12-31",
        "--format",
        "jsonl",
    )
    assert [json.loads(x)["cameo"] for x in out.splitlines()] == ["195"]


def test_cli_events_bad_filter_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    run_cli(capsys, "ingest", str(DATA / "articles.jsonl"), "--db", db, "--no-progress")
    code, _, err = run_cli(capsys, "events", "--db", db, "--since", "March")
    assert code == 1 and "[E050]" in err and "since" in err
    code, _, err = run_cli(capsys, "events", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "[E040]" in err


def test_cli_actors_and_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    run_cli(capsys, "ingest", str(DATA / "articles.jsonl"), "--db", db, "--no-progress")
    code, out, _ = run_cli(capsys, "actors", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["key"] for r in rows} >= {"RUS", "JPN", "IGO:UN", "CHN", "USA", "UKR"}
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--speaker", "Guterres")
    assert code == 0 and "Antonio Guterres" in out and "violence must stop" in out
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--text", "countermeasures", "--format", "jsonl")
    assert json.loads(out)["speaker"]["key"] == "CHN"


def _consistent(db: Path) -> int:
    """Check that every stored article has all of its annotations; return the number of articles."""
    con = sqlite3.connect(db)
    try:
        bad = con.execute("""
            SELECT a.id FROM articles a
            WHERE a.n_events + a.n_unasserted != (SELECT count(*) FROM events e WHERE e.article_id = a.id)
               OR a.n_quotes != (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
               OR (SELECT count(*) FROM event_sources s WHERE s.article_id = a.id)
                  != (SELECT count(*) FROM events e WHERE e.article_id = a.id)""").fetchall()
        assert bad == []
        orphans = con.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM event_evidence v WHERE v.event_id = e.id)"
        ).fetchone()[0]
        assert orphans == 0
        return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        con.close()


def test_cli_ingest_killed_midway_leaves_consistent_store(tmp_path: Path) -> None:
    base = load_records()
    big = tmp_path / "big.jsonl"
    n = 3000
    with big.open("w") as f:
        for i in range(n):
            rec = copy.deepcopy(base[i % len(base)])
            rec["article"]["id"] = f"{rec['article']['id']}-{i}"
            f.write(json.dumps(rec) + "\n")
    db = tmp_path / "kill.db"
    env = {**os.environ, "PYTHONPATH": SRC}
    cmd = [
        sys.executable,
        "-m",
        "newsevents",
        "ingest",
        str(big),
        "--db",
        str(db),
        "--batch-size",
        "25",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=5)
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 200:
                break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _consistent(db)
    assert 0 < partial < n and partial % 25 == 0  # whole batches only
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{n} articles: {n - partial} new, {partial} unchanged" in done.stdout
    assert _consistent(db) == n
