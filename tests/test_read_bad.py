"""The bad-input corpus (tests/data/bad/, plus big files generated here) through every reader, the
`newsevents code` command and the write API: each bad input gets its one-line error or warning naming it,
nothing crashes, and the good article next to it is still coded.

Choices: a file over 64 MB is refused unread; a text over 2,000,000 characters (such as a 50 MB text) is
refused with its length (coding it would take hours and gigabytes); a single line of a million characters
is coded, cut into pieces at spaces by the coder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsevents.errors import InputError
from newsevents.read import read_paths
from newsevents.store import Store
from newsevents.web import create_app

BAD = Path(__file__).parent / "data" / "bad"
GOOD = {"id": "good", "text": "Russia attacked Ukraine on Monday.", "published": "2022-03-07"}
PROSE = "Protesters marched in Paris on Monday. "
MB = 1024 * 1024
DATE_WARN = "{p}: unparseable date {v}; events keep date null unless the text dates them"
BROKEN = "broken JSON (Unterminated string starting at at"

# file -> (errors, warnings, articles read besides the good one); {p} is the bad file's path
CASES: dict[str, tuple[list[str], list[str], int]] = {
    "empty.txt": (["[E011] {p}: empty file"], [], 0),
    "blank.txt": (["[E011] {p}: empty file"], [], 0),
    "binary.txt": (["[E012] {p}: binary file, not text"], [], 0),
    "truncated.json": ([f"[E013] {{p}}: {BROKEN} line 1 column 21)"], [], 0),
    "truncated.jsonl": ([f"[E013] {{p}}:1: {BROKEN} column 21)"], [], 0),
    "truncated.html": ([], [], 1),
    "gzipped.json": (["[E012] {p}: binary file, not text"], [], 0),
    "invalid_utf8.txt": ([], ["{p}: invalid UTF-8 at byte 42; 3 character(s) replaced"], 1),
    "utf16_bom.txt": ([], [], 1),
    "utf16_bom.json": ([], [], 1),
    "deep.html": (["[E011] {p}: no article text found in the HTML"], [], 0),
    "no_body.html": (["[E011] {p}: no article text found in the HTML"], [], 0),
    "text_number.json": (["[E013] {p}: field 'text' must be a string, got number"], [], 0),
    "list_of_numbers.json": (
        [f"[E013] {{p}}[{i}]: expected a JSON object, got number" for i in range(3)],
        [],
        0,
    ),
    "null.json": (["[E013] {p}: expected a JSON object, got null"], [], 0),
    "text_null.json": (["[E013] {p}: field 'text' is null"], [], 0),
    "title_list.json": (["[E013] {p}: field 'title' must be a string, got array"], [], 0),
    "date_feb30.json": ([], [DATE_WARN.replace("{v}", "'2019-02-30'")], 1),
    "date_yesterday.json": ([], [DATE_WARN.replace("{v}", "'yesterday'")], 1),
    "date_1e12.json": ([], [], 1),
    "date_empty.json": ([], [], 1),
    "date_dmy.json": ([], [], 1),
    "date_unix.json": ([], [], 1),
    "date_unix_string.json": ([], [], 1),
    "only_quotes.txt": ([], [], 1),
    "big_50mb.txt": (
        [
            "[E010] {p}: text too long (52,428,800 characters; the limit is 2,000,000 per article): "
            "split it into articles"
        ],
        [],
        0,
    ),
    "over_64mb.txt": (["[E010] {p}: file too large (65 MB; limit 64 MB)"], [], 0),
    "million_line.txt": ([], [], 1),
}
PUBLISHED = {
    "date_1e12": "2001-09-09",  # milliseconds since 1970, as JavaScript writes them
    "date_dmy": "2019-12-31",
    "date_unix": "2019-01-01",
    "date_unix_string": "2019-01-01",
}


def million_line() -> str:
    """One line of exactly 1,000,000 characters: a sentence, 99 long runs of letters, the sentence again."""
    first = "Russia attacked Ukraine on Monday. "
    filler = ("x" * 9_999 + " ") * 99
    last = "Russia attacked Ukraine on Monday."
    pad = 1_000_000 - len(first) - len(filler) - len(last) - 2
    return first + filler + "y" * pad + ". " + last


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("big")
    big = d / "big_50mb.txt"
    with big.open("w", encoding="ascii") as f:
        block = PROSE * (MB // len(PROSE)) + " " * (MB % len(PROSE))
        for _ in range(50):
            f.write(block)
    over = d / "over_64mb.txt"
    with over.open("wb") as f:
        f.truncate(65 * MB)  # sparse: no disk used
    line = d / "million_line.txt"
    line.write_text(million_line(), encoding="ascii")
    return {p.name: p for p in (big, over, line)}


def _source(name: str, big_files: dict[str, Path]) -> Path:
    return big_files.get(name) or BAD / name


def _batch(name: str, tmp_path: Path, big_files: dict[str, Path]) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a_good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    src = _source(name, big_files)
    if src.stat().st_size > 8 * MB:
        (d / name).symlink_to(src)
    else:
        shutil.copy(src, d / name)
    return d


def test_read_bad_corpus_is_complete() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.name != "README.md"}
    assert on_disk == set(CASES) - {"big_50mb.txt", "over_64mb.txt", "million_line.txt"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_read_bad_input_one_line_and_the_rest_is_coded(
    name: str, tmp_path: Path, big_files: dict[str, Path], pipe: Any
) -> None:
    want_errors, want_warnings, n_read = CASES[name]
    d = _batch(name, tmp_path, big_files)
    p = str(d / name)
    errors: list[InputError] = []
    articles = list(read_paths([d], errors))
    assert [str(e) for e in errors] == [m.format(p=p) for m in want_errors]
    assert all("\n" not in str(e) for e in errors)
    assert [w for a in articles for w in a.warnings] == [m.format(p=p) for m in want_warnings]
    assert len(articles) == 1 + n_read and articles[0].id == "good"
    results = pipe.code_batch(articles)
    good = results[0].to_dict()
    assert any(e["source"]["key"] == "RUS" and e["target"]["key"] == "UKR" for e in good["events"])
    for r in results[1:]:
        rec = r.to_dict()
        json.dumps(rec)
        stem = Path(name).stem
        if stem in PUBLISHED:
            assert rec["article"]["published"] == PUBLISHED[stem]
        elif stem.startswith("date_"):
            assert rec["article"]["published"] is None
    if name == "million_line.txt":
        (rec,) = [r.to_dict() for r in results[1:]]
        assert len(rec["article"]["text"]) == 1_000_000
        attack = [e for e in rec["events"] if e["cameo"].startswith("19")]
        starts = sorted(ev["start"] for e in attack for ev in e["evidence"])
        assert starts[0] == 0 and starts[-1] == 1_000_000 - len("Russia attacked Ukraine on Monday.")
        text = rec["article"]["text"]
        assert all(text[ev["start"] : ev["end"]] == ev["sentence"] for e in attack for ev in e["evidence"])


def test_cli_code_bad_corpus_no_traceback(tmp_path: Path, big_files: dict[str, Path]) -> None:
    d = tmp_path / "all"
    shutil.copytree(BAD, d)
    (d / "README.md").unlink()
    for name, path in big_files.items():
        if name != "million_line.txt":  # coded in the test above; here it would only add time
            (d / name).symlink_to(path)
    (d / "a_good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "newsevents", "code", str(d)], capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert all(ln.startswith(("newsevents: error: [E01", "newsevents: warning: ")) for ln in lines), lines
    n_errors = sum(len(CASES[n][0]) for n in CASES if n != "million_line.txt")
    n_warnings = sum(len(CASES[n][1]) for n in CASES)
    assert len(lines) == n_errors + n_warnings
    for name, (errs, warns, _) in CASES.items():
        if name != "million_line.txt":
            for m in errs:
                assert f"newsevents: error: {m.format(p=d / name)}" in lines
            for m in warns:
                assert f"newsevents: warning: {m.format(p=d / name)}" in lines
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(records) == 1 + sum(CASES[n][2] for n in CASES if n != "million_line.txt")
    assert all(rec["schema"] == "newsevents/article.v1" for rec in records)
    assert any(rec["article"]["id"] == "good" and rec["events"] for rec in records)


# ---- the same corpus through the write API ---------------------------------------------------------

TOKEN = "bad-corpus-token"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, pipe: Any) -> Any:
    store = Store(str(tmp_path_factory.mktemp("api") / "bad.db"))
    app = create_app(store, allow_writes=True, token=TOKEN)
    app.state.pipeline = pipe
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store
    store.close()


API_CASES: list[tuple[str, bytes | str, int, str]] = [  # name, body, status, message (error or warning)
    ("empty", b"", 400, "[E011] body: empty request body"),
    ("binary", bytes(range(256)) * 4, 400, "[E012] body: binary file, not text"),
    ("truncated json", b'{"text": "Russia attac', 400, f"[E013] body: {BROKEN} line 1 column 10)"),
    (
        "html",
        b"<html><body><p>Hi</p></body></html>",
        400,
        "[E013] body: broken JSON (Expecting value at line 1 column 1)",
    ),
    ("deep json", b"[" * 10_000 + b"]" * 10_000, 400, "[E013] body: JSON nested too deeply"),
    ("text number", b'{"text": 42}', 400, "[E013] body: field 'text' must be a string, got number"),
    ("list of numbers", b"[1, 2, 3]", 400, "[E013] body[0]: expected a JSON object, got number"),
    ("null", b"null", 400, "[E013] body: expected a JSON object, got null"),
    ("only quotes", json.dumps({"text": '""\u201c\u201d""'}).encode(), 200, ""),
    (
        "invalid utf-8",
        b'{"text": "Protesters marched in Paris on Monday. Caf\xe9."}',
        200,
        "body: invalid UTF-8 at byte 52; 1 character(s) replaced",
    ),
    ("utf-16 bom", json.dumps({"text": PROSE}).encode("utf-16"), 200, ""),
    (
        "bad date",
        json.dumps({"text": PROSE, "published": "2019-02-30"}).encode(),
        200,
        "body: unparseable date '2019-02-30'; events keep date null unless the text dates them",
    ),
    (
        "yesterday",
        json.dumps({"text": PROSE, "published": "yesterday"}).encode(),
        200,
        "body: unparseable date 'yesterday'; events keep date null unless the text dates them",
    ),
    ("over 1 MiB", b"[" + b" " * MB + b"]", 413, "[E062] request body over the limit of 1,048,576 bytes"),
]


@pytest.mark.parametrize("name,body,status,message", API_CASES, ids=[c[0] for c in API_CASES])
def test_api_bad_body_one_line_never_500(api: Any, name: str, body: bytes, status: int, message: str) -> None:
    client, _ = api
    r = client.post("/api/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == status, r.text
    out = r.json()
    if status >= 400:
        err = out["error"]
        assert f"[{err['code']}] {err['message']}" == message
    else:
        assert sum(out["ingested"][k] for k in ("new", "unchanged", "updated")) == 1
        assert out["warnings"] == ([message] if message else [])


def test_api_bad_items_reported_good_ones_stored(api: Any) -> None:
    client, store = api
    body = [{"text": 42}, {"id": "api-good", **{k: v for k, v in GOOD.items() if k != "id"}}, None]
    r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200
    assert r.json()["errors"] == [
        "[E013] body[0]: field 'text' must be a string, got number",
        "[E013] body[2]: expected a JSON object, got null",
    ]
    assert r.json()["articles"] == ["api-good"]
    art = store.article("api-good")
    assert any(e["source"]["key"] == "RUS" for e in art["events"])


def test_api_million_character_line_is_coded(api: Any) -> None:
    client, store = api
    body = json.dumps({"id": "million", "text": million_line()}).encode()
    assert len(body) < MB
    r = client.post("/api/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    assert store.article("million")["events"]
