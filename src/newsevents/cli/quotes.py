"""``newsevents quotes``: who said what, from the store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._store import Col, actor_label, add_db_argument, add_format_argument, open_store, write

COLUMNS = [
    Col("id", lambda q: q["id"]),
    Col("date", lambda q: q["article"]["published"]),
    Col("speaker", lambda q: (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text"), 24),
    Col("key", lambda q: actor_label(q["speaker"]), 10),
    Col("verb", lambda q: q["verb"]),
    Col("quote", lambda q: q["text"], 70),
    Col("article", lambda q: q["article_id"], 30),
]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "quotes",
        help="list quotes with their speakers",
        description="List quotes from the store, newest article first.",
    )
    add_db_argument(p)
    p.add_argument("--speaker", metavar="WHO", help="speaker key (RUS, IGO:UN) or a part of the name (Putin)")
    p.add_argument("--text", metavar="WORDS", help="words in the quote (case-insensitive)")
    p.add_argument("--article", metavar="ID", help="quotes from this article")
    p.add_argument("--offset", type=int, default=0, help="skip this many rows")
    add_format_argument(p)
    return p


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        page = store.quotes(
            speaker=args.speaker, text=args.text, article=args.article, limit=args.limit, offset=args.offset
        )
    write(page["items"], COLUMNS, args.format)
    if args.format == "table":
        print(f"{len(page['items'])} of {page['total']} quotes", file=sys.stderr)
    return 0
