from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.evaluate import load_gold, score, triple_matches

from .conftest import SHARED

GOLD = {
    "id": "a1",
    "events": [
        {
            "id": "e1",
            "source": "RUS",
            "target": "JPN",
            "symmetric": True,
            "root": "04",
            "dates": ["2019-01-22"],
            "location_country": "SGP",
        },
        {
            "id": "e2",
            "source": "RUS",
            "target": "UKR",
            "symmetric": False,
            "root": "19",
            "also_roots": ["18"],
            "dates": ["2019-01"],
        },
        {"id": "e3", "source": None, "target": "JPN", "root": "05", "dates": ["2019"], "optional": True},
    ],
    "quotes": [{"speaker": "Vladimir Putin", "text": "We discussed the outlook for a treaty."}],
}


def ev(s, t, cameo, date=None, country=None):
    return {
        "source": {"key": s} if s else None,
        "target": {"key": t} if t else None,
        "cameo": cameo,
        "date": date,
        "location": {"country": country} if country else None,
    }


def test_evaluate_symmetric_reversed_and_also_roots():
    assert triple_matches(GOLD["events"][0], "JPN", "RUS", "04")
    assert not triple_matches(GOLD["events"][1], "UKR", "RUS", "19")
    assert triple_matches(GOLD["events"][1], "RUS", "UKR", "18")
    assert triple_matches(GOLD["events"][2], "CHN", "JPN", "05")  # null gold actor matches anything


def test_evaluate_scores_triples_dates_and_quotes():
    system = {
        "a1": {
            "events": [
                ev("JPN", "RUS", "046", "2019-01-22", "SGP"),
                ev("RUS", "UKR", "190", "2019-01-05"),
                ev("USA", "CHN", "111", "2019-01-23"),
                ev("RUS", "JPN", "010", "2019-01-23"),
            ],
            "quotes": [{"text": "We discussed the outlook for a treaty", "speaker": {"name": "Putin"}}],
        }
    }
    d = score({"a1": GOLD}, system).to_dict()
    assert d["triples"]["recall"] == 1.0
    assert d["triples"]["precision"] == round(2 / 3, 3)  # root 01 is dropped, USA-CHN is spurious
    assert d["events_dated"]["recall"] == 1.0  # "2019-01" prefixes "2019-01-05"
    assert d["quotes"] == {"recall": 1.0, "precision": 1.0, "speaker_accuracy": 1.0}


def test_evaluate_location_is_required_when_gold_gives_it():
    system = {"a1": {"events": [ev("RUS", "JPN", "040", "2019-01-22", "RUS")], "quotes": []}}
    d = score({"a1": GOLD}, system).to_dict()
    assert d["triples"]["recall"] == 0.5 and d["events_dated"]["recall"] == 0.0


@pytest.mark.skipif(
    not (SHARED / "tools" / "score_reference.py").exists(), reason="shared reference scorer absent"
)
def test_evaluate_matches_the_reference_scorer(tmp_path, pipe):
    seed = Path(__file__).parent / "data" / "seed_gold.json"
    out = tmp_path / "out.jsonl"
    from newsevents.read import read_paths

    from .conftest import SEED

    with out.open("w") as f:
        for r in pipe.code_batch(list(read_paths([SEED]))):
            f.write(json.dumps(r.to_dict()) + "\n")
    ref = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_reference.py"),
            str(seed),
            "--system",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    ours = score(
        load_gold([seed]),
        {json.loads(x)["article"]["id"]: json.loads(x) for x in out.read_text().splitlines()},
    ).to_dict()
    theirs = json.loads(ref.stdout)
    for k in ("triples", "events_dated", "quotes"):
        assert ours[k] == theirs[k]


def test_evaluate_explain_lists_missed_spurious_and_wrong_speaker_quotes(tmp_path, capsys):
    from newsevents.cli import main

    gold = {
        "id": "q1",
        "title": "A quotes-only article",
        "events": [],
        "quotes": [
            {"speaker": "Maria Lopez", "text": "The bridge will reopen in spring.", "verb": "said"},
            {"speaker": "Tom Reyes", "text": "We were never told about the cracks.", "verb": "said"},
            {"speaker": "City Council", "text": "closed until further notice", "partial": True},
            {"speaker": None, "text": "safe", "optional": True},
        ],
    }
    (tmp_path / "q1.json").write_text(json.dumps(gold))
    system = {
        "article": {"id": "q1"},
        "events": [],
        "quotes": [
            {"text": "The bridge will reopen in spring.", "speaker": {"text": "Lopez", "name": "Lopez"}},
            {"text": "We were never told about the cracks.", "speaker": {"text": "the mayor", "name": None}},
            {"text": "Road Works Weekly", "speaker": None, "rule": "quote:bare"},
        ],
    }
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(system) + "\n")
    assert main(["eval", str(tmp_path / "q1.json"), "--system", str(out), "--explain"]) == 0
    text = capsys.readouterr().out
    # the figures are the scorer's own: 2 of 3 required found, 2 of 3 system quotes right, 1 of 2 speakers
    assert "quotes R=0.667 P=0.667 speaker=0.5" in text
    lines = [x for x in text.splitlines() if "QUOTE" in x or x.startswith("SPEAKER")]
    assert lines == [
        'MISSED-QUOTE   q1 speaker=City Council: "closed until further notice"',
        'SPURIOUS-QUOTE q1 speaker=None (quote:bare): "Road Works Weekly"',
        'SPEAKER        q1 gold=Tom Reyes system=the mayor: "We were never told about the cracks."',
    ]
