"""Exports: CSV, JSON Lines, Parquet, GDELT 2.0 event-table rows and PLOVER records, checked against
reference records written by hand from the published format descriptions (tests/data/reference_*)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from clusterdata import article, event, strike_reports
from newsevents.cli import main
from newsevents.errors import ExportError
from newsevents.export import export, gdelt, plover
from newsevents.export.codes import cameo_country, fips, iso3_of_fips
from newsevents.store import EventQuery, Store

DATA = Path(__file__).resolve().parent.parent / "data"


def _reference_gdelt() -> tuple[list[str], list[str]]:
    lines = [x for x in (DATA / "reference_gdelt_row.tsv").read_text().splitlines() if not x.startswith("#")]
    names, values = (line.split("\t") for line in lines)
    return names, values


def test_export_gdelt_row_matches_the_hand_written_reference(store: Store) -> None:
    store.ingest(strike_reports())
    out = io.StringIO()
    assert export(store, "gdelt", "-", out=out) == 1
    (line,) = out.getvalue().splitlines()
    got = line.split("\t")
    names, want = _reference_gdelt()
    assert len(got) == len(want) == len(names) == 61
    assert gdelt.COLUMNS == names
    for name, g, w in zip(names, got, want, strict=True):
        if w == "<YYYYMMDDHHMMSS>":
            assert re.fullmatch(r"20[0-9]{12}", g), name
        else:
            assert g == w, f"{name}: {g!r} != {w!r}"
    # the typed columns parse as GDELT's types
    row = dict(zip(names, got, strict=True))
    assert int(row["SQLDATE"]) == 20220310 and float(row["GoldsteinScale"]) == -10.0
    assert row["EventCode"] == "190" and row["EventRootCode"] == "19"


def test_export_plover_record_matches_the_hand_written_reference(store: Store) -> None:
    store.ingest(strike_reports())
    out = io.StringIO()
    export(store, "plover", "-", out=out)
    (line,) = out.getvalue().splitlines()
    got = json.loads(line)
    want = json.loads((DATA / "reference_plover.json").read_text())
    want.pop("_comment")
    assert set(got) == set(want)
    assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", got.pop("coded_date"))
    want.pop("coded_date")
    for k, v in want.items():
        assert got[k] == v, k
        assert type(got[k]) is type(v), k
    for required in ("id", "date", "actor", "event"):  # PLOVER's required fields
        assert got[required]


def _cluster(date: str, loc: dict[str, Any] | None, source: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": 7,
        "n_mentions": 1,
        "n_articles": 1,
        "n_sources": 1,
        "first_added": "2024-05-01T10:00:00+00:00",
        "first_url": None,
        "articles": [{"id": "a1", "url": None, "title": "t", "source": "S"}],
        "event": {
            "date": date,
            "cameo": "0234",
            "cameo_name": "x",
            "quad_class": 1,
            "goldstein": 3.4,
            "plover": "REQUEST",
            "plover_mode": "assist",
            "plover_context": "military, peacekeeping",
            "historical": True,
            "source": source,
            "target": None,
            "location": loc,
            "evidence": [{"sentence": "s", "start": 900, "end": 910}],
            "article_id": "a1",
        },
    }


def test_export_gdelt_coarse_dates_igo_actors_and_places() -> None:
    un = {
        "key": "IGO:UN",
        "name": "United Nations",
        "text": "UN",
        "country": None,
        "igo": "UN",
        "sector": "IGO",
    }
    state = {"name": "Texas", "text": "Texas", "country": "USA", "lat": 31.0, "lon": -99.0, "kind": "state"}
    row = dict(zip(gdelt.COLUMNS, gdelt.row(_cluster("2019-11", state, un), lead_end=500), strict=True))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20191101", "201911", "2019")
    assert (row["Actor1Code"], row["Actor1KnownGroupCode"], row["Actor1Type1Code"]) == ("IGO", "UN", "IGO")
    assert row["Actor2Code"] == "" and row["IsRootEvent"] == "0"  # evidence after the lead
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("0234", "023", "02")
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("2", "US")
    assert row["DATEADDED"] == "20240501100000" and row["SOURCEURL"] == "a1"
    year = dict(zip(gdelt.COLUMNS, gdelt.row(_cluster("2019", None, None), lead_end=None), strict=True))
    assert year["SQLDATE"] == "20190101" and year["ActionGeo_Type"] == ""
    rec = plover.record(_cluster("2019-11", state, un))
    assert (rec["date"], rec["enddate"]) == ("2019-11-01", "2019-11-30")
    assert rec["actor"][0]["code"] == "IGO" and rec["recipient"] == []
    assert rec["mode"] == ["assist", "historical"] and rec["context"] == ["military", "peacekeeping"]
    assert rec["event_loc"]["resolution"] == 2


def test_export_country_code_crosswalks() -> None:
    assert (fips("RUS"), fips("UKR"), fips("GBR"), fips("DEU"), fips("JPN")) == ("RS", "UP", "UK", "GM", "JA")
    assert fips("XXX") == "" and fips(None) == ""
    assert iso3_of_fips("UP") == "UKR"
    assert cameo_country("ROU") == "ROM" and cameo_country("RUS") == "RUS" and cameo_country(None) == ""


def test_export_csv_jsonl_parquet_carry_evidence_and_cluster_counts(store: Store, tmp_path: Path) -> None:
    store.ingest(strike_reports())
    store.ingest(
        [
            article(
                "fr",
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
    q = EventQuery.build(actor="UKR")
    assert export(store, "csv", tmp_path / "e.csv", q) == 4
    rows = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text())))
    assert len(rows) == 4 and {r["cluster_sources"] for r in rows} == {"4"}
    assert all(r["evidence_sentence"].startswith("Russian forces shelled Kharkiv") for r in rows)
    assert export(store, "jsonl", tmp_path / "e.jsonl") == 5
    recs = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert all(r["evidence"] and "cluster" in r for r in recs)
    import pyarrow.parquet as pq

    assert export(store, "parquet", tmp_path / "e.parquet") == 5
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 5
    df = table.to_pylist()
    assert df[0]["evidence"][0]["sentence"] and df[0]["quad_class"] in (3, 4)
    assert {r["cluster_articles"] for r in df} == {1, 4}


def test_export_errors() -> None:
    with pytest.raises(ExportError):
        export(None, "xml", "x")  # type: ignore[arg-type]


def test_export_cli_formats_and_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    with Store(db) as s:
        s.ingest(strike_reports())
    for fmt in ("csv", "jsonl", "gdelt", "plover", "parquet"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "-o", str(out), "--cameo", "19"]) == 0
        assert out.stat().st_size > 0
    assert len((tmp_path / "out.gdelt").read_text().splitlines()) == 1
    assert main(["export", "--db", db, "--format", "gdelt", "--actor", "FRA"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", "--db", db, "--format", "parquet"]) == 1
    assert "[E080]" in capsys.readouterr().err
    assert main(["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "no" / "such" / "f.csv")]) == 1


def test_export_docs_map_every_gdelt_column_and_name_the_commands() -> None:
    root = DATA.parent.parent
    doc = (root / "docs" / "exports.md").read_text(encoding="utf-8")
    for col in gdelt.COLUMNS:
        if col.startswith(("Actor1Geo_", "Actor2Geo_")):
            names = [col.split("_")[0] + "_*"]
        elif col.startswith(("Actor1", "Actor2")):
            names = [col, "Actor" + col[6:], col[6:].removesuffix("Code")]
        else:
            names = [col, col.replace("ActionGeo_", "")]
        assert any(n and n in doc for n in names), col
    readme = (root / "README.md").read_text(encoding="utf-8")
    for cmd in ("newsevents export", "newsevents watch", "newsevents cluster", "events --clustered"):
        assert cmd in readme, cmd
