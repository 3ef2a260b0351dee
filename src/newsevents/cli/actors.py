"""``newsevents actors``: the actors in the store with their counts."""

from __future__ import annotations

import argparse
from typing import Any

from ._store import Col, add_db_argument, add_format_argument, open_store, write

COLUMNS = [
    Col("key", lambda a: a["key"]),
    Col("name", lambda a: a["name"], 30),
    Col("kind", lambda a: a["kind"]),
    Col("events", lambda a: a["events"]),
    Col("as_source", lambda a: a["as_source"]),
    Col("as_target", lambda a: a["as_target"]),
    Col("mentions", lambda a: a["mentions"]),
    Col("quotes", lambda a: a["quotes"]),
]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "actors",
        help="list actors with their event, mention and quote counts",
        description="List the actors in the store, most active first.",
    )
    add_db_argument(p)
    p.add_argument("--text", metavar="WORDS", help="only actors whose key or name contains this")
    add_format_argument(p)
    return p


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        items = store.actors(limit=args.limit, text=args.text)
    write(items, COLUMNS, args.format)
    return 0
