"""Shared helpers of the store commands: the ``--db`` option and table/CSV/JSONL output."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from ..store import Store
from ..store.store import DEFAULT_SQLITE, ENV_DB

FORMATS = ("table", "csv", "jsonl")


def add_db_argument(p: argparse.ArgumentParser, default_help: str = DEFAULT_SQLITE) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        help=f"database: an SQLite file path or sqlite:///..., or postgresql+psycopg://user:pw@host/db "
        f"(default: ${ENV_DB}, else {default_help} in the working directory)",
    )


def add_format_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="output: aligned table (default), CSV with a header, or one JSON object per line",
    )
    p.add_argument("--limit", type=int, default=50, help="at most this many rows (1-1000, default 50)")


def open_store(args: argparse.Namespace, create: bool = False) -> Store:
    return Store(args.db, create=create)


@dataclass(frozen=True)
class Col:
    header: str
    get: Callable[[dict[str, Any]], Any]
    width: int = 40  # table only: longer values are cut with an ellipsis


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())


def write(items: Sequence[dict[str, Any]], cols: Sequence[Col], fmt: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        for it in items:
            out.write(json.dumps(it, ensure_ascii=False) + "\n")
        return
    rows = [[_cell(c.get(it)) for c in cols] for it in items]
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow([c.header for c in cols])
        w.writerows(rows)
        return
    cut = [
        [v if len(v) <= c.width else v[: c.width - 1] + "…" for v, c in zip(r, cols, strict=True)]
        for r in rows
    ]
    widths = [max([len(c.header)] + [len(r[i]) for r in cut]) for i, c in enumerate(cols)]
    numeric = [all(_is_num(r[i]) for r in cut) and bool(cut) for i in range(len(cols))]

    def line(vals: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if n else v.ljust(w) for v, w, n in zip(vals, widths, numeric, strict=True)
        )

    out.write(line([c.header for c in cols]).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cut:
        out.write(line(r).rstrip() + "\n")


def _is_num(v: str) -> bool:
    if v == "":
        return True
    try:
        float(v)
    except ValueError:
        return False
    return True


def actor_label(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    return a.get("key") or f"?{a.get('text') or ''}"
