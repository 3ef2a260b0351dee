"""Parquet shards of coded articles: written by ``newsevents code --out DIR``, read back by ``ingest``.

A shard directory holds three Hive-partitioned datasets, split by the article's publication month::

    DIR/articles/month=2021-05/part-<run>-00000.parquet
    DIR/events/month=2021-05/part-<run>-00000.parquet     (same file name: the same articles)
    DIR/quotes/month=2021-05/part-<run>-00000.parquet
    DIR/articles/month=none/...                           (articles without a publication date)

Each ``part`` file of ``articles`` has a matching file of the same name in ``events`` and ``quotes``
holding those articles' events and quotes (``article_row`` is the row of the article in it). Files are
written under a dot-name and renamed when complete, so readers (and ``ingest --parquet``) never see a
half-written file; ``<run>`` is unique per run, so several runs can write into one directory.

Nested objects: actors and places inside events and quotes are **flattened** into prefixed columns
(``source_key``, ``target_country``, ``location_lat``, ``speaker_name``...) so they can be filtered and
grouped directly; lists (an event's ``evidence``, an article's ``actors``, ``places``, ``dates``,
``warnings``) are **JSON strings**. Fields this release does not know go, as JSON, into ``extra``. The
columns are listed in ``docs/scale.md``; :func:`iter_records` rebuilds the exact ``article.v1`` records.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ParquetError
from .types import SCHEMA

DATASETS = ("articles", "events", "quotes")
NO_MONTH = "none"

ACTOR_FIELDS: dict[str, str] = {
    "text": "string",
    "name": "string",
    "key": "string",
    "country": "string",
    "igo": "string",
    "sector": "string",
    "role": "string",
    "start": "int64",
    "end": "int64",
}
PLACE_FIELDS: dict[str, str] = {
    "text": "string",
    "name": "string",
    "country": "string",
    "lat": "float64",
    "lon": "float64",
    "kind": "string",
    "start": "int64",
    "end": "int64",
}
#: scalar fields of an event, in record order; ``source``/``target``/``location`` flattened around them
EVENT_FIELDS: dict[str, str] = {
    "id": "string",
    "cameo": "string",
    "cameo_name": "string",
    "plover": "string",
    "plover_mode": "string",
    "plover_context": "string",
    "quad_class": "int64",
    "goldstein": "float64",
    "date": "string",
    "date_source": "string",
    "historical": "bool",
    "negated": "bool",
    "modality": "string",
    "mutual": "bool",
    "rule": "string",
    "confidence": "float64",
}
EVENT_NESTED: dict[str, dict[str, str]] = {
    "source": ACTOR_FIELDS,
    "target": ACTOR_FIELDS,
    "location": PLACE_FIELDS,
}
EVENT_JSON = ("evidence",)
QUOTE_FIELDS: dict[str, str] = {
    "text": "string",
    "start": "int64",
    "end": "int64",
    "verb": "string",
    "partial": "bool",
    "rule": "string",
}
QUOTE_NESTED: dict[str, dict[str, str]] = {"speaker": ACTOR_FIELDS}
ARTICLE_FIELDS: dict[str, str] = {
    "id": "string",
    "title": "string",
    "published": "string",
    "source": "string",
    "url": "string",
    "sha256": "string",
    "text": "string",
}
ARTICLE_JSON = ("actors", "places", "dates", "warnings")
_RECORD_KEYS = {"schema", "article", "events", "unasserted_events", "quotes", *ARTICLE_JSON}


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}[name]


def _columns(fields: dict[str, str], nested: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    cols = list(fields.items())
    for prefix, sub in nested.items():
        cols += [(f"{prefix}_{k}", t) for k, t in sub.items()]
    return cols


def column_types() -> dict[str, list[tuple[str, str]]]:
    """Every dataset's columns with their Arrow types (besides the ``month`` partition key)."""
    link = [("article_id", "string"), ("article_row", "int64"), ("published", "string")]
    return {
        "articles": [
            *ARTICLE_FIELDS.items(),
            ("n_events", "int64"),
            ("n_unasserted", "int64"),
            ("n_quotes", "int64"),
            *[(k, "string") for k in ARTICLE_JSON],
            ("schema", "string"),
            ("extra", "string"),
        ],
        "events": [
            *link,
            ("position", "int64"),
            ("unasserted", "bool"),
            *_columns(EVENT_FIELDS, EVENT_NESTED),
            *[(k, "string") for k in EVENT_JSON],
            ("extra", "string"),
        ],
        "quotes": [
            *link,
            ("position", "int64"),
            *_columns(QUOTE_FIELDS, QUOTE_NESTED),
            ("extra", "string"),
        ],
    }


def arrow_schemas() -> dict[str, Any]:
    import pyarrow as pa

    return {name: pa.schema([(c, _arrow_type(t)) for c, t in cols]) for name, cols in column_types().items()}


def _json(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def _flatten(
    obj: dict[str, Any], fields: dict[str, str], nested: dict[str, dict[str, str]], json_fields: Iterable[str]
) -> dict[str, Any]:
    row: dict[str, Any] = {k: obj.get(k) for k in fields}
    extra: dict[str, Any] = {k: v for k, v in obj.items() if k not in fields and k not in nested}
    for k in json_fields:
        extra.pop(k, None)
        row[k] = _json(obj.get(k))
    for prefix, sub in nested.items():
        value = obj.get(prefix)
        if isinstance(value, dict):
            row.update({f"{prefix}_{k}": value.get(k) for k in sub})
            more = {k: v for k, v in value.items() if k not in sub}
            if more:
                extra[f"{prefix}."] = more
        else:
            row.update({f"{prefix}_{k}": None for k in sub})
            if value is not None:
                extra[prefix] = value
    row["extra"] = _json(extra) if extra else None
    return row


def _unflatten(
    row: dict[str, Any], fields: dict[str, str], nested: dict[str, dict[str, str]], json_fields: Iterable[str]
) -> dict[str, Any]:
    extra = json.loads(row["extra"]) if row.get("extra") else {}
    obj: dict[str, Any] = {k: row[k] for k in fields}
    for prefix, sub in nested.items():
        values = {k: row[f"{prefix}_{k}"] for k in sub}
        if prefix in extra:
            obj[prefix] = extra.pop(prefix)
        elif all(v is None for v in values.values()) and f"{prefix}." not in extra:
            obj[prefix] = None
        else:
            obj[prefix] = {**values, **extra.pop(f"{prefix}.", {})}
    for k in json_fields:
        obj[k] = json.loads(row[k])
    obj.update(extra)
    return obj


def month_of(record: dict[str, Any]) -> str:
    published = (record.get("article") or {}).get("published")
    if isinstance(published, str) and len(published) >= 7:
        return published[:7]
    return NO_MONTH


def to_rows(record: dict[str, Any], row: int) -> dict[str, list[dict[str, Any]]]:
    """One article.v1 record as rows of the three datasets (``row``: its row in the articles part)."""
    art = record["article"]
    a = {k: art.get(k) for k in ARTICLE_FIELDS}
    a["n_events"] = len(record.get("events") or [])
    a["n_unasserted"] = len(record.get("unasserted_events") or [])
    a["n_quotes"] = len(record.get("quotes") or [])
    for k in ARTICLE_JSON:
        a[k] = _json(record.get(k))
    a["schema"] = record.get("schema")
    extra: dict[str, Any] = {}
    more_art = {k: v for k, v in art.items() if k not in ARTICLE_FIELDS}
    if more_art:
        extra["article."] = more_art
    extra.update({k: v for k, v in record.items() if k not in _RECORD_KEYS})
    a["extra"] = _json(extra) if extra else None
    link = {"article_id": art["id"], "article_row": row, "published": art.get("published")}
    events = []
    for unasserted, key in ((False, "events"), (True, "unasserted_events")):
        for i, ev in enumerate(record.get(key) or []):
            flat = _flatten(ev, EVENT_FIELDS, EVENT_NESTED, EVENT_JSON)
            events.append({**link, "position": i, "unasserted": unasserted, **flat})
    quotes = [
        {**link, "position": i, **_flatten(q, QUOTE_FIELDS, QUOTE_NESTED, ())}
        for i, q in enumerate(record.get("quotes") or [])
    ]
    return {"articles": [a], "events": events, "quotes": quotes}


def from_rows(
    article: dict[str, Any], events: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> dict[str, Any]:
    """The article.v1 record back from its rows (events and quotes in any order)."""
    extra = json.loads(article["extra"]) if article.get("extra") else {}
    art = {k: article[k] for k in ARTICLE_FIELDS}
    art.update(extra.pop("article.", {}))
    rec: dict[str, Any] = {"schema": article["schema"], "article": art}
    rec["actors"] = json.loads(article["actors"])
    by_kind: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    for ev in sorted(events, key=lambda e: (e["unasserted"], e["position"])):
        by_kind[ev["unasserted"]].append(_unflatten(ev, EVENT_FIELDS, EVENT_NESTED, EVENT_JSON))
    rec["events"] = by_kind[False]
    rec["unasserted_events"] = by_kind[True]
    rec["quotes"] = [
        _unflatten(q, QUOTE_FIELDS, QUOTE_NESTED, ()) for q in sorted(quotes, key=lambda q: q["position"])
    ]
    for k in ("places", "dates", "warnings"):
        rec[k] = json.loads(article[k])
    rec.update(extra)
    return rec


# ---- writing --------------------------------------------------------------------------------------


def run_token() -> str:
    """A file-name token unique to one run (time, process, random)."""
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"{now}-{os.getpid()}-{os.urandom(3).hex()}"


@dataclass
class _Buffer:
    articles: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class WriteStats:
    articles: int = 0
    events: int = 0
    quotes: int = 0
    files: int = 0

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.events} events, {self.quotes} quotes in "
            f"{self.files} part files per dataset"
        )


class ShardWriter:
    """Buffers records per publication month and writes a part file (per dataset) every
    ``rows_per_part`` articles of a month, and the rest on :meth:`close`. Use as a context manager."""

    def __init__(self, out_dir: str | Path, rows_per_part: int = 5000, compression: str = "zstd") -> None:
        try:
            import pyarrow  # noqa: F401
        except ModuleNotFoundError as e:
            raise ParquetError(
                "Parquet output needs pyarrow: pip install 'newsevents[cluster]' (or pyarrow)"
            ) from e
        self.out = Path(out_dir)
        if self.out.exists() and not self.out.is_dir():
            raise ParquetError(f"{self.out}: exists and is not a directory")
        self.rows_per_part = max(1, rows_per_part)
        self.compression = compression
        self.token = run_token()
        self.stats = WriteStats()
        self._seq = 0
        self._buffers: dict[str, _Buffer] = {}
        self._schemas = arrow_schemas()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, record: dict[str, Any]) -> None:
        month = month_of(record)
        buf = self._buffers.setdefault(month, _Buffer())
        rows = to_rows(record, len(buf.articles))
        buf.articles += rows["articles"]
        buf.events += rows["events"]
        buf.quotes += rows["quotes"]
        self.stats.articles += 1
        self.stats.events += len(rows["events"])
        self.stats.quotes += len(rows["quotes"])
        if len(buf.articles) >= self.rows_per_part:
            self._flush(month)

    def close(self) -> None:
        for month in sorted(self._buffers):
            self._flush(month)

    def _flush(self, month: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        buf = self._buffers.pop(month, None)
        if buf is None or not buf.articles:
            return
        name = f"part-{self.token}-{self._seq:05d}.parquet"
        self._seq += 1
        for dataset in DATASETS:
            folder = self.out / dataset / f"month={month}"
            folder.mkdir(parents=True, exist_ok=True)
            table = pa.Table.from_pylist(getattr(buf, dataset), schema=self._schemas[dataset])
            tmp = folder / f".{name}.tmp"
            try:
                pq.write_table(table, tmp, compression=self.compression)
                os.replace(tmp, folder / name)
            except OSError as e:
                raise ParquetError(f"{folder / name}: cannot write ({e.strerror or e})") from e
        self.stats.files += 1


def write_records(
    records: Iterable[dict[str, Any]], out_dir: str | Path, rows_per_part: int = 5000
) -> WriteStats:
    with ShardWriter(out_dir, rows_per_part) as w:
        for rec in records:
            w.add(rec)
    return w.stats


# ---- reading --------------------------------------------------------------------------------------


def part_files(root: str | Path) -> list[Path]:
    """The complete ``articles`` part files under a shard directory, by month then name."""
    base = Path(root)
    if not (base / "articles").is_dir():
        raise ParquetError(f"{base}: not a newsevents Parquet directory (no 'articles' dataset in it)")
    return sorted(
        p for p in (base / "articles").glob("month=*/*.parquet") if not p.name.startswith((".", "_"))
    )


def count_articles(root: str | Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in part_files(root))


def iter_records(root: str | Path) -> Iterator[tuple[dict[str, Any], str]]:
    """Every article.v1 record of a shard directory with its origin (``file#row``), one part at a time
    (memory stays at one part file's size)."""
    try:
        import pyarrow.parquet as pq
    except ModuleNotFoundError as e:
        raise ParquetError("reading Parquet needs pyarrow: pip install 'newsevents[cluster]'") from e
    base = Path(root)
    for art_path in part_files(base):
        rel = art_path.relative_to(base / "articles")

        def read(dataset: str, rel: Path = rel) -> list[dict[str, Any]]:
            path = base / dataset / rel
            if not path.exists():
                raise ParquetError(f"{path}: missing (every articles part has its {dataset} part)")
            try:
                return list(pq.ParquetFile(path).read().to_pylist())
            except Exception as e:  # pyarrow raises several types for damaged files
                raise ParquetError(f"{path}: cannot read ({e})") from e

        articles = read("articles")
        events: dict[int, list[dict[str, Any]]] = {}
        quotes: dict[int, list[dict[str, Any]]] = {}
        for ev in read("events"):
            events.setdefault(ev["article_row"], []).append(ev)
        for q in read("quotes"):
            quotes.setdefault(q["article_row"], []).append(q)
        for i, a in enumerate(articles):
            rec = from_rows(a, events.get(i, []), quotes.get(i, []))
            if rec.get("schema") != SCHEMA:
                raise ParquetError(f"{art_path}#{i}: schema {rec.get('schema')!r}, expected {SCHEMA!r}")
            yield rec, f"{art_path}#{i}"
