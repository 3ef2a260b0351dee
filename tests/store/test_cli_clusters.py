"""`newsevents events --clustered` and `newsevents cluster [--rebuild]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clusterdata import strike_reports
from newsevents.cli import main
from newsevents.store import Store


def test_cli_events_clustered_and_cluster_rebuild(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    with Store(db) as s:
        s.ingest(strike_reports())
    assert main(["events", "--db", db, "--clustered"]) == 0
    out, err = capsys.readouterr()
    header, _, row = out.splitlines()
    assert header.split()[:2] == ["cluster", "date"] and "sources" in header and "corroborated" in header
    assert "Reuters" in row and " 4 " in row and "yes" in row
    assert "1 of 1 real-world events" in err
    assert main(["events", "--db", db, "--clustered", "--format", "jsonl", "--min-sources", "4"]) == 0
    (item,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert item["n_sources"] == 4 and len(item["articles"]) == 4 and item["event"]["evidence"]
    assert main(["events", "--db", db, "--clustered", "--min-sources", "5", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # the header only
    assert main(["events", "--db", db, "--format", "csv"]) == 0
    assert {line.split(",")[-2:] == ["4", "4"] for line in capsys.readouterr().out.splitlines()[1:]} == {True}
    assert main(["cluster", "--db", db]) == 0
    assert "1 real-world events, 1 corroborated" in capsys.readouterr().out
    assert main(["cluster", "--db", db, "--rebuild"]) == 0
    assert "clustered 4 events into 1 real-world events" in capsys.readouterr().out
    assert main(["cluster", "--db", str(tmp_path / "missing.db")]) == 1
