"""``export``: write the events of a store (filtered like ``newsevents events``) in one format."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, TextIO

from ..errors import ExportError
from ..store import EventQuery, Store
from . import gdelt, plover, tables

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")


def export(
    store: Store, fmt: str, path: str | Path, q: EventQuery | None = None, *, out: TextIO | None = None
) -> int:
    """Write the matching events to ``path`` (or the text stream ``out``); returns the number of records.

    csv, jsonl and parquet hold one record per coded event (with its evidence and its cluster's counts);
    gdelt and plover hold one record per real-world event (a cluster of reports)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    q = q or EventQuery()
    if fmt == "parquet":
        if out is not None:
            raise ExportError("parquet is binary: give a file name (-o FILE)")
        return _parquet(store, q, Path(path))
    if out is not None:
        return _text(store, fmt, q, out)
    try:
        with open(path, "w", encoding="utf-8", newline="") as f:
            return _text(store, fmt, q, f)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror}") from None


def _text(store: Store, fmt: str, q: EventQuery, f: TextIO) -> int:
    n = 0
    if fmt == "csv":
        w = csv.writer(f, lineterminator="\n")
        w.writerow(tables.COLUMNS)
        for ev in store.iter_events(q):
            w.writerow(["" if v is None else v for v in tables.flat(ev).values()])
            n += 1
    elif fmt == "jsonl":
        for ev in store.iter_events(q):
            f.write(tables.jsonl_line(ev))
            n += 1
    elif fmt == "gdelt":
        for batch in store.iter_clusters(q):
            heads = store.article_heads([c["event"]["article_id"] for c in batch], gdelt.LEAD_CHARS)
            for c in batch:
                head = heads.get(c["event"]["article_id"])
                loc = c["event"].get("location") or {}
                name = _country_name(loc.get("country"))
                f.write("\t".join(gdelt.row(c, gdelt.lead_end(head) if head is not None else None, name)))
                f.write("\n")
                n += 1
    else:  # plover
        for batch in store.iter_clusters(q):
            for c in batch:
                f.write(json.dumps(plover.record(c), ensure_ascii=False) + "\n")
                n += 1
    return n


def _country_name(iso3: str | None) -> str | None:
    from ..store.names import country_name

    return country_name(iso3) if iso3 else None


def _parquet(store: Store, q: EventQuery, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:  # pragma: no cover - pyarrow is a pinned dependency
        raise ExportError("parquet export needs pyarrow (pip install pyarrow)") from None
    schema = tables.parquet_schema()
    n = 0
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            batch: list[dict[str, Any]] = []
            for ev in store.iter_events(q):
                batch.append({**tables.flat(ev), "evidence": ev.get("evidence") or []})
                if len(batch) >= 5000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e}") from None
    return n
