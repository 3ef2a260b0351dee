"""``newsevents export``: the store's events as CSV, JSON Lines, Parquet, GDELT 2.0 rows or PLOVER JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..export import FORMATS, export
from ._store import add_db_argument, open_store
from .events import add_filters, query_of


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "export",
        help="export events: csv, jsonl, parquet, gdelt (GDELT 2.0 event table) or plover (PLOVER JSON)",
        description="Export the store's events, filtered like `newsevents events`. csv, jsonl and parquet "
        "hold one record per coded event with its evidence and its cluster's counts; gdelt (61 "
        "tab-separated columns of the GDELT 2.0 event table) and plover (PLOVER JSON Lines) hold one "
        "record per real-world event. The field mappings are in docs/exports.md.",
    )
    add_db_argument(p)
    p.add_argument("--format", choices=FORMATS, required=True, help="output format")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="output file (default: stdout)")
    add_filters(p)
    return p


def run(args: argparse.Namespace) -> int:
    q = query_of(args)
    with open_store(args) as store:
        if args.output == "-":
            n = export(store, args.format, "-", q, out=sys.stdout)
        else:
            n = export(store, args.format, args.output, q)
    what = "real-world events" if args.format in ("gdelt", "plover") else "events"
    print(
        f"exported {n} {what} as {args.format}" + (f" to {args.output}" if args.output != "-" else ""),
        file=sys.stderr,
    )
    return 0
