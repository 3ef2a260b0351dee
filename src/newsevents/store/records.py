"""Turn one ``newsevents/article.v1`` record (a dict) into the store's rows, validating it first."""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import RecordError
from ..types import SCHEMA
from .clusters import fingerprint

_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def is_record(obj: object) -> bool:
    """True for a coded record (schema article.v1); False for anything else (e.g. a raw article)."""
    return isinstance(obj, dict) and obj.get("schema") == SCHEMA


def record_sha(rec: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def validate(rec: Any, origin: str) -> None:
    """Raise one :class:`RecordError` that lists every problem of the record (or nothing)."""
    problems: list[str] = []
    if not isinstance(rec, dict):
        raise RecordError(origin, "a record must be a JSON object")
    if rec.get("schema") != SCHEMA:
        problems.append(f"schema is {rec.get('schema')!r}, expected {SCHEMA!r}")
    art = rec.get("article")
    if not isinstance(art, dict):
        problems.append("article: missing or not an object")
    else:
        if not isinstance(art.get("id"), str) or not art["id"].strip():
            problems.append("article.id: missing or empty")
        elif len(art["id"]) > 200:
            problems.append("article.id: longer than 200 characters")
        if not isinstance(art.get("text"), str):
            problems.append("article.text: missing (the store needs the full text the offsets index into)")
        pub = art.get("published")
        if pub is not None and (not isinstance(pub, str) or not _DATE.match(pub)):
            problems.append(f"article.published: {pub!r} is not YYYY-MM-DD")
    for name in ("actors", "events", "unasserted_events", "quotes", "places", "dates", "warnings"):
        if name in rec and not isinstance(rec[name], list):
            problems.append(f"{name}: not a list")
    for name in ("events", "unasserted_events"):
        items = rec.get(name)
        for i, ev in enumerate(items if isinstance(items, list) else []):
            where = f"{name}[{i}]"
            if not isinstance(ev, dict):
                problems.append(f"{where}: not an object")
                continue
            if not isinstance(ev.get("cameo"), str) or not re.match(r"^[0-9]{2,4}$", ev["cameo"]):
                problems.append(f"{where}.cameo: {ev.get('cameo')!r} is not a CAMEO code")
            if ev.get("quad_class") not in (1, 2, 3, 4):
                problems.append(f"{where}.quad_class: {ev.get('quad_class')!r} is not 1-4")
            if not _num(ev.get("goldstein")):
                problems.append(f"{where}.goldstein: {ev.get('goldstein')!r} is not a number")
            d = ev.get("date")
            if d is not None and (not isinstance(d, str) or not _DATE.match(d)):
                problems.append(f"{where}.date: {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            for side in ("source", "target"):
                if ev.get(side) is not None and not isinstance(ev[side], dict):
                    problems.append(f"{where}.{side}: not an object or null")
            if not isinstance(ev.get("evidence", []), list):
                problems.append(f"{where}.evidence: not a list")
    if problems:
        raise RecordError(origin, "; ".join(problems))


def _actor(prefix: str, a: dict[str, Any] | None) -> dict[str, Any]:
    a = a or {}
    key = a.get("key")
    return {
        f"{prefix}_key": key.upper() if isinstance(key, str) else None,
        f"{prefix}_name": a.get("name"),
        f"{prefix}_text": a.get("text"),
        f"{prefix}_country": a.get("country"),
        f"{prefix}_igo": a.get("igo"),
        f"{prefix}_sector": a.get("sector"),
        f"{prefix}_role": a.get("role"),
        f"{prefix}_start": a.get("start"),
        f"{prefix}_end": a.get("end"),
    }


def date_start(date: str | None, published: str | None) -> tuple[str, str]:
    """The first day of an event's date period and its precision (falling back to publication)."""
    for d in (date, published):
        if d and _DATE.match(d):
            precision = _PRECISION[len(d)]
            return (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10], precision
    return "", "none"


@dataclass
class RecordRows:
    """The rows of one record, ready to insert (events carry their evidence under ``_evidence``)."""

    article: dict[str, Any]
    actor_keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)


def to_rows(rec: dict[str, Any]) -> RecordRows:
    art = rec["article"]
    aid = art["id"]
    text = art["text"]
    published = art.get("published")
    rows = RecordRows(
        article={
            "id": aid,
            "sha256": art.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "record_sha": record_sha(rec),
            "title": art.get("title"),
            "published": published,
            "source": art.get("source"),
            "url": art.get("url"),
            "text": text,
            "n_events": len(rec.get("events") or []),
            "n_unasserted": len(rec.get("unasserted_events") or []),
            "n_quotes": len(rec.get("quotes") or []),
            "warnings": json.dumps(rec.get("warnings") or [], ensure_ascii=False),
            "fingerprint": fingerprint(text),
        }
    )

    def note_actor(a: dict[str, Any] | None) -> None:
        if not a or not isinstance(a.get("key"), str):
            return
        key = a["key"].upper()
        known = rows.actor_keys.setdefault(
            key, {"names": [], "country": a.get("country"), "igo": a.get("igo")}
        )
        if a.get("name") and not a.get("role") and a.get("sector") in (None, "IGO"):
            known["names"].append(a["name"])

    for i, a in enumerate(rec.get("actors") or []):
        note_actor(a)
        rows.mentions.append({"article_id": aid, "seq": i, **{k[2:]: v for k, v in _actor("a", a).items()}})
    for i, m in enumerate(rows.mentions):
        m["text"] = m["text"] or ""
        m["start"] = m["start"] or 0
        m["end"] = m["end"] or 0
        rows.mentions[i] = m

    seen_uids: set[str] = set()
    for name, asserted in (("events", True), ("unasserted_events", False)):
        for ev in rec.get(name) or []:
            note_actor(ev.get("source"))
            note_actor(ev.get("target"))
            coder_id = str(ev.get("id") or f"{name}-{len(rows.events)}")
            uid = f"{aid}#{coder_id}"
            n = 1
            while uid in seen_uids:
                n += 1
                uid = f"{aid}#{coder_id}~{n}"
            seen_uids.add(uid)
            src, tgt = _actor("source", ev.get("source")), _actor("target", ev.get("target"))
            sk, tk = src["source_key"], tgt["target_key"]
            start, precision = date_start(ev.get("date"), published)
            loc = ev.get("location") or {}
            plover = ev.get("plover")
            row: dict[str, Any] = {
                "uid": uid,
                "article_id": aid,
                "coder_id": coder_id,
                **src,
                **tgt,
                "pair": "|".join(sorted((sk, tk))) if sk and tk else None,
                "cameo": ev["cameo"],
                "cameo_root": ev["cameo"][:2],
                "cameo_name": ev.get("cameo_name"),
                "plover": plover.upper() if isinstance(plover, str) else None,
                "plover_mode": ev.get("plover_mode"),
                "plover_context": ev.get("plover_context"),
                "quad_class": ev["quad_class"],
                "goldstein": float(ev["goldstein"]),
                "date": ev.get("date"),
                "date_start": start,
                "date_precision": precision,
                "date_source": ev.get("date_source"),
                "historical": bool(ev.get("historical")),
                "loc_text": loc.get("text"),
                "loc_name": loc.get("name"),
                "loc_country": loc.get("country"),
                "loc_lat": loc.get("lat") if _num(loc.get("lat")) else None,
                "loc_lon": loc.get("lon") if _num(loc.get("lon")) else None,
                "loc_kind": loc.get("kind"),
                "loc_start": loc.get("start"),
                "loc_end": loc.get("end"),
                "negated": bool(ev.get("negated")),
                "modality": ev.get("modality") or "asserted",
                "asserted": asserted,
                "mutual": bool(ev.get("mutual")),
                "rule": ev.get("rule"),
                "confidence": ev.get("confidence") if _num(ev.get("confidence")) else None,
                "_evidence": [
                    {
                        "article_id": aid,
                        "seq": j,
                        "sentence": e.get("sentence") or "",
                        "start": e.get("start"),
                        "end": e.get("end"),
                        "trigger": e.get("trigger"),
                        "trigger_start": e.get("trigger_start"),
                        "trigger_end": e.get("trigger_end"),
                    }
                    for j, e in enumerate(ev.get("evidence") or [])
                    if isinstance(e, dict)
                ],
            }
            rows.events.append(row)

    for i, q in enumerate(rec.get("quotes") or []):
        note_actor(q.get("speaker"))
        rows.quotes.append(
            {
                "article_id": aid,
                "seq": i,
                "text": q.get("text") or "",
                "start": q.get("start"),
                "end": q.get("end"),
                "verb": q.get("verb"),
                "partial": bool(q.get("partial")),
                "rule": q.get("rule"),
                **_actor("speaker", q.get("speaker")),
            }
        )
    for i, p in enumerate(rec.get("places") or []):
        rows.places.append(
            {
                "article_id": aid,
                "seq": i,
                "text": p.get("text") or "",
                "name": p.get("name"),
                "country": p.get("country"),
                "lat": p.get("lat") if _num(p.get("lat")) else None,
                "lon": p.get("lon") if _num(p.get("lon")) else None,
                "kind": p.get("kind"),
                "start": p.get("start"),
                "end": p.get("end"),
            }
        )
    for i, d in enumerate(rec.get("dates") or []):
        rows.dates.append(
            {
                "article_id": aid,
                "seq": i,
                "text": d.get("text") or "",
                "value": d.get("value"),
                "precision": d.get("precision"),
                "start": d.get("start"),
                "end": d.get("end"),
            }
        )
    return rows
