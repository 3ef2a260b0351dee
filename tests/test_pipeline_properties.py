"""Property tests of the whole pipeline (real spaCy model): any text gives a valid article.v1 record whose
offsets all lie inside the text and point at what they claim, and the same text gives the same record,
in the same Pipeline and in a fresh one.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.pipeline import Pipeline

FRAGMENTS = [
    "Russia attacked Ukraine on Monday.",
    "Putin met Abe in Moscow on Tuesday.",
    '"We will never give up," the president said.',
    "\u201cThe talks were useful,\u201d Lavrov told reporters in Geneva.",
    "The United Nations condemned the strikes.",
    "France and Germany signed a treaty on 12 March 2019.",
    "Police arrested 12 protesters in Paris.",
    "He said: \u201c",
    '"',
    "\u201d",
    "'",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\x00",
    "\x0b\x0c\x1b",
    "\u2028",
    "\ufeff",
    "\u200b",
    "caf\u00e9 \u0645\u0631\u062d\u0628\u0627 \u4f60\u597d \U0001f600",
    "e\u0301",
    "Read more:",
    "...",
]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=12).map("".join)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _span(text: str, obj: dict[str, Any], what: str) -> None:
    s, e = obj["start"], obj["end"]
    assert isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text), (what, s, e)


def _actor(text: str, a: dict[str, Any] | None, what: str) -> None:
    if a is None:
        return
    assert set(a) >= {"text", "name", "key", "country", "igo", "sector", "role", "start", "end"}, what
    assert isinstance(a["text"], str) and (a["key"] is None or isinstance(a["key"], str)), what
    _span(text, a, what)


def _place(text: str, p: dict[str, Any] | None, what: str) -> None:
    if p is None:
        return
    assert isinstance(p["name"], str) and (p["country"] is None or len(p["country"]) == 3), what
    _span(text, p, what)


def validate_article_v1(rec: dict[str, Any], text: str) -> None:
    """A hand validator of the newsevents/article.v1 contract (docs/output.md), offsets included."""
    json.dumps(rec, allow_nan=False)
    assert rec["schema"] == "newsevents/article.v1"
    assert set(rec) >= {
        "article",
        "actors",
        "events",
        "unasserted_events",
        "quotes",
        "places",
        "dates",
        "warnings",
    }
    art = rec["article"]
    assert isinstance(art["id"], str) and art["id"]
    assert art["published"] is None or DATE.match(art["published"])
    assert art["text"] == text and art["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    for i, a in enumerate(rec["actors"]):
        _actor(text, a, f"actors[{i}]")
    for i, p in enumerate(rec["places"]):
        _place(text, p, f"places[{i}]")
    for i, d in enumerate(rec["dates"]):
        assert DATE.match(d["value"]) and d["precision"] in ("day", "month", "year"), d
        _span(text, d, f"dates[{i}]")
    for i, q in enumerate(rec["quotes"]):
        _span(text, q, f"quotes[{i}]")
        assert q["text"] == text[q["start"] : q["end"]], (i, q)
        _actor(text, q["speaker"], f"quotes[{i}].speaker")
    for kind in ("events", "unasserted_events"):
        for i, ev in enumerate(rec[kind]):
            where = f"{kind}[{i}]"
            assert isinstance(ev["id"], str) and re.fullmatch(r"\d{2,4}", ev["cameo"]), where
            assert ev["quad_class"] in (1, 2, 3, 4) and -10 <= ev["goldstein"] <= 10, where
            assert ev["date"] is None or DATE.match(ev["date"]), where
            assert ev["date_source"] in ("text", "published", None), where
            assert ev["modality"] in ("asserted", "intent", "hypothetical", "future"), where
            assert isinstance(ev["negated"], bool) and isinstance(ev["historical"], bool), where
            assert 0 <= ev["confidence"] <= 1 and isinstance(ev["rule"], str), where
            _actor(text, ev["source"], f"{where}.source")
            _actor(text, ev["target"], f"{where}.target")
            _place(text, ev["location"], f"{where}.location")
            assert ev["evidence"], where
            for ent in ev["evidence"]:
                _span(text, ent, f"{where}.evidence")
                assert ent["sentence"] == text[ent["start"] : ent["end"]], (where, ent)
                ts, te = ent["trigger_start"], ent["trigger_end"]
                assert ent["start"] <= ts <= te <= ent["end"], (where, ent)
                assert text[ts:te] == ent["trigger"], (where, ent)
    assert all(isinstance(w, str) for w in rec["warnings"])


@pytest.fixture(scope="module")
def fresh() -> Pipeline:
    """A second pipeline, loaded on its own: the same text must give the same record in it."""
    p = Pipeline()
    _ = p.resources
    return p


@given(text=TEXTS)
@PROPERTY_SETTINGS
def test_pipeline_any_text_gives_valid_record_with_true_offsets(pipe: Pipeline, text: str) -> None:
    rec = pipe.code_text(text, published="2019-01-23").to_dict()
    validate_article_v1(rec, text)


@given(text=TEXTS)
@PROPERTY_SETTINGS
def test_pipeline_same_input_same_output(pipe: Pipeline, fresh: Pipeline, text: str) -> None:
    first = pipe.code_text(text, published="2019-01-23").to_dict()
    again = pipe.code_text(text, published="2019-01-23").to_dict()
    other = fresh.code_text(text, published="2019-01-23").to_dict()
    assert first == again == other
