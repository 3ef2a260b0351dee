"""``newsevents cluster``: show or rebuild the clusters (one per real-world event) of the store."""

from __future__ import annotations

import argparse
from typing import Any

from ._store import add_db_argument, open_store


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "cluster",
        help="count or rebuild the clusters of reports of the same real-world event",
        description="Events of different articles with the same dyad (either direction when mutual), "
        "CAMEO root, place and a date within the window of its precision are one real-world event. "
        "Ingest keeps the clusters up to date; --rebuild recomputes all of them (after changing the "
        "rules, or to renumber them). Without --rebuild, prints how many there are.",
    )
    add_db_argument(p)
    p.add_argument("--rebuild", action="store_true", help="recompute every cluster from the stored events")
    return p


def run(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if args.rebuild:
            s = store.rebuild_clusters()
            print(
                f"clustered {s['events']} events into {s['clusters']} real-world events "
                f"({s['multi_article']} reported by more than one article)"
            )
            return 0
        page = store.clusters(limit=1)
        corroborated = store.clusters(limit=1, min_sources=2)["total"]
    print(f"{page['total']} real-world events, {corroborated} corroborated by two or more sources")
    return 0
