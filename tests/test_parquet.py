"""Parquet shards: records flattened into three month-partitioned datasets and rebuilt exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsevents import parquet
from newsevents.errors import ParquetError
from newsevents.read import article_from_record
from scaledata import sample_lines

from .conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


def canon(rec):
    return json.dumps(rec, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def coded(pipe):
    arts = [article_from_record(json.loads(line), f"sample:{i}") for i, line in enumerate(sample_lines())]
    return [r.to_dict() for r in pipe.code_batch(arts)]


def test_parquet_roundtrip_rebuilds_records_exactly(coded, tmp_path):
    stats = parquet.write_records(coded, tmp_path / "out", rows_per_part=3)
    assert stats.articles == len(coded)
    assert stats.events == sum(len(r["events"]) + len(r["unasserted_events"]) for r in coded)
    back = {rec["article"]["id"]: rec for rec, _origin in parquet.iter_records(tmp_path / "out")}
    assert len(back) == len(coded)
    for rec in coded:
        assert canon(back[rec["article"]["id"]]) == canon(rec)


def test_parquet_partitions_by_publication_month(coded, tmp_path):
    parquet.write_records(coded, tmp_path / "out")
    months = {r["article"]["published"][:7] for r in coded}
    for dataset in parquet.DATASETS:
        found = {p.name for p in (tmp_path / "out" / dataset).iterdir()}
        assert found == {f"month={m}" for m in months}
    arts = sorted(p.relative_to(tmp_path / "out" / "articles") for p in parquet.part_files(tmp_path / "out"))
    for dataset in ("events", "quotes"):
        assert (
            sorted(
                p.relative_to(tmp_path / "out" / dataset) for p in (tmp_path / "out" / dataset).glob("*/*")
            )
            == arts
        )


def test_parquet_keeps_unknown_fields_nulls_and_undated_articles(pipe, tmp_path):
    seed = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    rec = pipe.code_batch([article_from_record(seed, "seed")])[0].to_dict()
    assert rec["events"] and rec["quotes"]
    rec["article"]["published"] = None
    rec["article"]["lang"] = "en"
    rec["coder"] = {"version": "9"}
    rec["events"][0]["source"] = None
    rec["events"][0]["new_field"] = [1, 2]
    rec["events"][0]["target"] = {**(rec["events"][0]["target"] or {"text": "x"}), "wikidata": "Q1"}
    rec["quotes"][0]["speaker"] = None
    rec["warnings"] = ["a warning"]
    parquet.write_records([rec], tmp_path / "out")
    assert (tmp_path / "out" / "articles" / "month=none").is_dir()
    [(back, origin)] = list(parquet.iter_records(tmp_path / "out"))
    assert canon(back) == canon(rec)
    assert "month=none" in origin


def test_parquet_two_runs_into_one_directory_keep_both(coded, tmp_path):
    parquet.write_records(coded[:4], tmp_path / "out")
    parquet.write_records(coded[4:], tmp_path / "out")
    ids = [rec["article"]["id"] for rec, _ in parquet.iter_records(tmp_path / "out")]
    assert sorted(ids) == sorted(r["article"]["id"] for r in coded)


def test_parquet_columns_are_typed_and_flat(coded, tmp_path):
    import pyarrow.dataset as ds

    parquet.write_records(coded, tmp_path / "out")
    events = ds.dataset(tmp_path / "out" / "events", partitioning="hive").to_table()
    assert {"source_key", "target_key", "location_lat", "evidence", "month"} <= set(events.column_names)
    assert str(events.schema.field("goldstein").type) == "double"
    row = events.slice(0, 1).to_pylist()[0]
    assert isinstance(json.loads(row["evidence"]), list)
    assert re.match(r"^\d{4}-\d{2}$", str(row["month"]))


def test_parquet_not_a_shard_directory_is_a_parquet_error(tmp_path):
    with pytest.raises(ParquetError, match="E070.*no 'articles' dataset"):
        list(parquet.iter_records(tmp_path))


def test_parquet_every_column_is_documented():
    doc = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    missing = [
        f"{name}.{col}"
        for name, cols in parquet.column_types().items()
        for col, _type in cols
        if f"`{col}`" not in doc and not re.match(r"^(source|target|speaker|location)_", col)
    ]
    assert not missing, f"columns not documented in docs/scale.md: {missing}"
