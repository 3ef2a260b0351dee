"""End to end: the `newsevents code` command on good and bad input, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ..conftest import SEED


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "newsevents", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Caf\xe9 owners protested in Paris on Monday.".encode("latin-1"))
    (d / "lines.jsonl").write_text(
        '{"id": "good1", "text": "Russia attacked Ukraine on Monday.", "published": "2022-03-02"}\n'
        '{"id": "bro\n'
        '{"id": "notext"}\n'
        '{"id": "baddate", "text": "France and Germany signed a treaty.", "published": "sometime soon"}\n'
    )
    return d


def test_cli_code_bad_input_one_line_per_problem_and_exit_1(bad_batch):
    r = run("code", bad_batch)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("newsevents: error:")]
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("lines.jsonl:2" in e and "broken JSON" in e for e in errors)
    assert any("lines.jsonl:3" in e and "missing field 'text'" in e for e in errors)
    assert len(errors) == 4
    warnings = [ln for ln in r.stderr.splitlines() if ln.startswith("newsevents: warning:")]
    assert any("invalid UTF-8" in w for w in warnings)
    assert any("unparseable date" in w for w in warnings)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert {o["article"]["id"] for o in out} >= {"good1", "baddate"}
    baddate = next(o for o in out if o["article"]["id"] == "baddate")
    assert all(e["date"] is None for e in baddate["events"])  # no publication date, no date in the text


def test_cli_code_good_input_exit_0_and_stdin(tmp_path):
    line = json.dumps(
        {"id": "s", "text": "Japan and China held talks in Beijing on Monday.", "published": "2021-03-03"}
    )
    r = run("code", "-", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    (o,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert o["schema"] == "newsevents/article.v1"
    (e,) = [e for e in o["events"] if e["cameo"].startswith("04")]
    assert {e["source"]["key"], e["target"]["key"]} == {"JPN", "CHN"}
    assert e["date"] == "2021-03-01" and e["location"]["country"] == "CHN"


def test_cli_code_output_file_and_published_default(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Talks\n\nRussian and Japanese diplomats met in Tokyo on Tuesday.")
    out = tmp_path / "out.jsonl"
    r = run("code", f, "--published", "2019-01-23", "-o", out)
    assert r.returncode == 0, r.stderr
    o = json.loads(out.read_text())
    assert o["article"]["title"] == "Talks" and o["article"]["published"] == "2019-01-23"


def test_cli_code_jobs_2_gives_the_same_output(tmp_path):
    one = run("code", SEED)
    two = run("code", SEED, SEED.parent, "--jobs", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert two.stdout.splitlines()[0] == one.stdout.splitlines()[0]


def test_cli_code_unknown_model_is_a_clear_error():
    r = run("code", SEED, "--model", "no_such_model_xyz")
    assert r.returncode == 1 and "cannot load spaCy model" in r.stderr and "Traceback" not in r.stderr


def test_cli_seed_end_to_end_through_eval(tmp_path):
    """The acceptance pipe: code the seed, score it with eval."""
    from ..conftest import ROOT

    coded = run("code", SEED)
    r = run("eval", ROOT / "tests" / "data" / "seed_gold.json", "--system", "-", "--json", stdin=coded.stdout)
    d = json.loads(r.stdout)
    assert d["triples"]["recall"] == 1.0 and d["triples"]["precision"] >= 0.8
    assert d["events_dated"]["recall"] == 1.0
    assert d["quotes"]["recall"] == 1.0 and d["quotes"]["speaker_accuracy"] == 1.0
