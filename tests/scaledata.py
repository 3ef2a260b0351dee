"""Ten real articles from the bundled sample (several months and all three sources), and store dumps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "sample" / "news_open_sample.jsonl"
LINES = (0, 1, 5, 6, 10, 11, 80, 120, 160, 200)


def sample_lines() -> list[str]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [lines[i] for i in LINES]


def write_sample(path: Path) -> Path:
    path.write_text("\n".join(sample_lines()) + "\n", encoding="utf-8")
    return path


def dump_store(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, without ingest times and surrogate integer ids, sorted: two stores holding
    the same articles compare equal whatever order they were ingested in (floats to 9 places)."""
    from sqlalchemy import create_engine, select

    from newsevents.store import schema as S

    engine = create_engine(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name, table in S.metadata.tables.items():
            cols = [
                c
                for c in table.columns
                if not c.name.endswith("_at")
                # an ingest time; a row number; a count of write transactions
                and c.name not in ("first_added", "cluster_id", "generation")
                and not (c.name == "id" and str(c.type) == "INTEGER")
                and not c.name.endswith("event_id")
            ]
            rows = conn.execute(select(*cols)).all()
            # sums kept in stats tables depend on the order of addition: compare them to 9 places
            out[name] = sorted(
                tuple(json.dumps(round(v, 9) if isinstance(v, float) else v) for v in r) for r in rows
            )
    engine.dispose()
    return out
