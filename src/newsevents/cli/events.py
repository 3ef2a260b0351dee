"""``newsevents events``: events from the store, filtered."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..store import EventQuery
from ._store import Col, actor_label, add_db_argument, add_format_argument, open_store, write

COLUMNS = [
    Col("id", lambda e: e["id"]),
    Col("date", lambda e: e["date"]),
    Col("source", lambda e: actor_label(e["source"]), 14),
    Col("target", lambda e: actor_label(e["target"]), 14),
    Col("cameo", lambda e: e["cameo"]),
    Col("event", lambda e: e["cameo_name"], 30),
    Col("quad", lambda e: e["quad_class"]),
    Col("goldstein", lambda e: e["goldstein"]),
    Col("plover", lambda e: e["plover"], 12),
    Col("where", lambda e: (e["location"] or {}).get("name"), 16),
    Col("evidence", lambda e: e["evidence"][0]["sentence"] if e["evidence"] else "", 60),
    Col("article", lambda e: e["article_id"], 30),
    Col("articles", lambda e: (e.get("cluster") or {}).get("n_articles")),
    Col("sources", lambda e: (e.get("cluster") or {}).get("n_sources")),
]

CLUSTER_COLUMNS = [
    Col("cluster", lambda c: c["id"]),
    Col("date", lambda c: c["date"]),
    Col("source", lambda c: actor_label(c["event"]["source"]), 14),
    Col("target", lambda c: actor_label(c["event"]["target"]), 14),
    Col("cameo", lambda c: c["event"]["cameo"]),
    Col("event", lambda c: c["event"]["cameo_name"], 30),
    Col("quad", lambda c: c["event"]["quad_class"]),
    Col("where", lambda c: (c["event"]["location"] or {}).get("name"), 16),
    Col("mentions", lambda c: c["n_mentions"]),
    Col("articles", lambda c: c["n_articles"]),
    Col("sources", lambda c: c["n_sources"]),
    Col("corroborated", lambda c: c["corroborated"]),
    Col("publishers", lambda c: "; ".join(c["sources"]), 40),
    Col("evidence", lambda c: c["event"]["evidence"][0]["sentence"] if c["event"]["evidence"] else "", 60),
]


def add_filters(p: argparse.ArgumentParser) -> None:
    """The event filters, shared with ``newsevents export``."""
    _filters(p)


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "events",
        help="list coded events from the store",
        description="List events from the store, newest first. Negated and hypothetical events are left out "
        "unless --unasserted. Dates: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    add_db_argument(p)
    add_filters(p)
    p.add_argument("--offset", type=int, default=0, help="skip this many rows")
    p.add_argument(
        "--clustered",
        action="store_true",
        help="one row per real-world event (reports of it by several articles clustered), with how many "
        "articles and distinct sources report it",
    )
    p.add_argument(
        "--min-sources", type=int, default=1, metavar="N", help="with --clustered: reported by N+ sources"
    )
    add_format_argument(p)
    return p


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", metavar="KEY", help="events with this actor on either side (RUS, IGO:UN)")
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="events between A and B, either direction")
    p.add_argument(
        "--directed", action="store_true", help="with --dyad: only A acting on B (and mutual acts)"
    )
    p.add_argument("--cameo", metavar="CODE", help="CAMEO code or prefix: 04 is every consult event")
    p.add_argument("--plover", metavar="TYPE", help="PLOVER event type, e.g. CONSULT, ASSAULT")
    p.add_argument(
        "--quad", type=int, choices=(1, 2, 3, 4), help="QuadClass: 1 verbal coop ... 4 material conflict"
    )
    p.add_argument("--since", metavar="DATE", help="events on or after this date")
    p.add_argument("--until", metavar="DATE", help="events on or before this date")
    p.add_argument("--text", metavar="WORDS", help="words in the evidence sentence (case-insensitive)")
    p.add_argument("--article", metavar="ID", help="events reported by this article")
    p.add_argument("--country", metavar="ISO3", help="events located in this country")
    p.add_argument(
        "--unasserted", action="store_true", help="include negated, hypothetical and future events"
    )


def query_of(args: argparse.Namespace) -> EventQuery:
    return EventQuery.build(
        actor=args.actor,
        dyad=args.dyad,
        directed=args.directed,
        cameo=args.cameo,
        plover=args.plover,
        quad=args.quad,
        since=args.since,
        until=args.until,
        text=args.text,
        article=args.article,
        country=args.country,
        include_unasserted=args.unasserted,
    )


def run(args: argparse.Namespace) -> int:
    q = query_of(args)
    with open_store(args) as store:
        if args.clustered:
            page = store.clusters(q, limit=args.limit, offset=args.offset, min_sources=args.min_sources)
        else:
            page = store.events(q, limit=args.limit, offset=args.offset)
    write(page["items"], CLUSTER_COLUMNS if args.clustered else COLUMNS, args.format)
    if args.format == "table":
        shown = len(page["items"])
        what = "real-world events" if args.clustered else "events"
        print(f"{shown} of {page['total']} {what}", file=sys.stderr)
    return 0
