"""Events as flat rows (CSV, Parquet) and as full JSON records (JSON Lines), evidence included."""

from __future__ import annotations

import json
from typing import Any

#: the flat columns, in order (CSV header and Parquet schema)
COLUMNS = [
    "id", "uid", "article_id", "cluster_id", "date", "date_precision", "date_source", "historical",
    "source_key", "source_name", "source_text", "source_sector", "source_role",
    "target_key", "target_name", "target_text", "target_sector", "target_role",
    "mutual", "cameo", "cameo_name", "cameo_root", "root_name", "plover", "plover_mode", "plover_context",
    "quad_class", "goldstein", "location_name", "location_country", "location_lat", "location_lon",
    "location_kind", "negated", "modality", "asserted", "rule", "confidence",
    "evidence_sentence", "evidence_trigger", "evidence_start", "evidence_end", "evidence_count",
    "article_title", "article_published", "article_source",
    "cluster_mentions", "cluster_articles", "cluster_sources", "cluster_corroborated",
]  # fmt: skip


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row: the first evidence sentence in its own columns, the rest counted."""
    row: dict[str, Any] = {k: ev.get(k) for k in COLUMNS if k in ev}
    for side in ("source", "target"):
        a = ev.get(side) or {}
        for k in ("key", "name", "text", "sector", "role"):
            row[f"{side}_{k}"] = a.get(k)
    loc = ev.get("location") or {}
    for k in ("name", "country", "lat", "lon", "kind"):
        row[f"location_{k}"] = loc.get(k)
    evid = ev.get("evidence") or []
    first = evid[0] if evid else {}
    row["evidence_sentence"] = first.get("sentence")
    row["evidence_trigger"] = first.get("trigger")
    row["evidence_start"] = first.get("start")
    row["evidence_end"] = first.get("end")
    row["evidence_count"] = len(evid)
    art = ev.get("article") or {}
    row["article_title"] = art.get("title")
    row["article_published"] = art.get("published")
    row["article_source"] = art.get("source")
    cl = ev.get("cluster") or {}
    row["cluster_mentions"] = cl.get("n_mentions")
    row["cluster_articles"] = cl.get("n_articles")
    row["cluster_sources"] = cl.get("n_sources")
    row["cluster_corroborated"] = cl.get("corroborated")
    return {k: row.get(k) for k in COLUMNS}


def jsonl_line(ev: dict[str, Any]) -> str:
    return json.dumps(ev, ensure_ascii=False) + "\n"


def parquet_schema() -> Any:
    import pyarrow as pa

    types = {
        "id": pa.int64(), "cluster_id": pa.int64(), "historical": pa.bool_(), "mutual": pa.bool_(),
        "quad_class": pa.int8(), "goldstein": pa.float64(), "location_lat": pa.float64(),
        "location_lon": pa.float64(), "negated": pa.bool_(), "asserted": pa.bool_(),
        "confidence": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64(),
        "evidence_count": pa.int32(), "cluster_mentions": pa.int64(), "cluster_articles": pa.int64(),
        "cluster_sources": pa.int64(), "cluster_corroborated": pa.bool_(),
    }  # fmt: skip
    fields = [pa.field(c, types.get(c, pa.string())) for c in COLUMNS]
    evidence = pa.list_(
        pa.struct(
            [
                pa.field("sentence", pa.string()),
                pa.field("start", pa.int64()),
                pa.field("end", pa.int64()),
                pa.field("trigger", pa.string()),
                pa.field("trigger_start", pa.int64()),
                pa.field("trigger_end", pa.int64()),
            ]
        )
    )
    return pa.schema([*fields, pa.field("evidence", evidence)])
