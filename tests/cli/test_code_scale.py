"""`newsevents code` engine and output options that are refused before any work starts."""

from __future__ import annotations

import pytest

from newsevents.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "parquet"], "--format parquet needs --out DIR"),
        (["--out", "DIR", "--format", "jsonl"], "--out writes Parquet"),
        (["--out", "DIR", "-o", "x.jsonl"], "either -o FILE"),
        (["--workers", "2", "--jobs", "2"], "--jobs is for this machine"),
        (["--workers", "0"], "--workers must be 1 or more"),
        (["--chunk", "0"], "--chunk must be 1 or more"),
    ],
)
def test_code_refuses_contradictory_engine_and_output_options(args, message, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Japan and China held talks.", encoding="utf-8")
    assert main(["code", str(src), *args]) == 2
    assert message in capsys.readouterr().err


def test_code_scheduler_and_workers_are_exclusive(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["code", "x.txt", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_ingest_needs_paths_or_parquet(capsys):
    assert main(["ingest", "--db", "sqlite://"]) == 2
    assert "--parquet DIR" in capsys.readouterr().err


def test_ingest_parquet_not_a_shard_directory_is_one_error(tmp_path, capsys):
    assert main(["ingest", "--parquet", str(tmp_path), "--db", f"sqlite:///{tmp_path / 's.db'}"]) == 1
    assert "[E070]" in capsys.readouterr().err
