"""Coding on a real Dask cluster (two worker processes on 127.0.0.1): the same records as one process,
each worker loading the pipeline once; Parquet shards from the cluster ingest like the JSON Lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsevents.cli import main
from newsevents.cluster import code_on_cluster, plugin_name
from newsevents.pipeline import Pipeline
from newsevents.read import article_from_record
from newsevents.store import Store
from scaledata import dump_store, sample_lines, write_sample

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def articles():
    return [article_from_record(json.loads(line), f"sample:{i}") for i, line in enumerate(sample_lines())]


@pytest.fixture(scope="module")
def single(pipe, articles):
    return [json.dumps(r.to_dict(), ensure_ascii=False) for r in pipe.code_batch(articles)]


def test_cluster_output_equals_single_process_record_for_record(client, articles, single):
    out = list(code_on_cluster(client, Pipeline(), articles, chunk=2))
    assert [json.dumps(r, ensure_ascii=False) for r in out] == single
    # both workers took part, and each loaded the pipeline exactly once
    name = plugin_name(Pipeline())
    loads = client.run(lambda dask_worker: dask_worker.plugins[name].pipe.loads)
    assert sorted(loads.values()) == [1, 1]


def test_cluster_second_run_reuses_the_loaded_workers(client, articles, single):
    out = list(code_on_cluster(client, Pipeline(), articles[:3], chunk=1, window=1))
    assert [json.dumps(r, ensure_ascii=False) for r in out] == single[:3]
    name = plugin_name(Pipeline())
    assert sorted(client.run(lambda dask_worker: dask_worker.plugins[name].pipe.loads).values()) == [1, 1]


def test_cli_code_scheduler_writes_jsonl_in_input_order(client, tmp_path, capsys, single):
    src = write_sample(tmp_path / "ten.jsonl")
    assert main(["code", str(src), "--scheduler", client.scheduler.address, "--chunk", "3"]) == 0
    assert capsys.readouterr().out.splitlines() == single


def test_cli_code_workers_parquet_ingests_like_jsonl(tmp_path, single):
    """`--workers 2 --out DIR` (its own local cluster) -> `ingest --parquet` == ingesting the JSONL."""
    src = write_sample(tmp_path / "ten.jsonl")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsevents",
            "code",
            str(src),
            "--workers",
            "2",
            "--chunk",
            "2",
            "--out",
            str(tmp_path / "shards"),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert r.returncode == 0, r.stderr
    assert "wrote 10 articles" in r.stderr
    assert (tmp_path / "shards" / "events").is_dir()
    jsonl = tmp_path / "single.jsonl"
    jsonl.write_text("\n".join(single) + "\n", encoding="utf-8")
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["ingest", str(jsonl), "--db", a, "--no-progress"]) == 0
    assert main(["ingest", "--parquet", str(tmp_path / "shards"), "--db", b, "--no-progress"]) == 0
    assert dump_store(a) == dump_store(b)
    with Store(b) as store:
        assert store.ingest([json.loads(x) for x in single]).unchanged == 10  # the same records exactly


def test_cli_code_unreachable_scheduler_is_one_error_line(tmp_path):
    src = write_sample(tmp_path / "ten.jsonl")
    r = subprocess.run(
        [sys.executable, "-m", "newsevents", "code", str(src), "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert r.returncode == 1
    assert "[E071] cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.stderr
    assert "Traceback" not in r.stderr
