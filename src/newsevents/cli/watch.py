"""``newsevents watch``: poll RSS/Atom feeds, code each new item's page and store it."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from ..errors import InputError
from ..store import Store
from ..watch import FeedWatcher, RoundReport, WatchSettings, feeds_from_file, parse_interval
from ._store import add_db_argument


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "watch",
        help="poll RSS/Atom feeds and store each new item, coded",
        description="Poll the feeds listed in FEEDS.txt (one URL per line, # comments) every --every, with "
        "conditional requests (ETag / Last-Modified). Each new item's page is fetched, read, coded and "
        "stored; items already taken (by guid or URL) are skipped. A feed that is down, slow or malformed "
        "is logged (one line) and retried with exponential back-off, without stopping the others. "
        "With --once the exit status is 1 when every feed failed.",
    )
    p.add_argument("feeds", metavar="FEEDS.txt", help="file with one feed URL per line")
    add_db_argument(p)
    p.add_argument("--every", default="15m", metavar="INTERVAL", help="time between rounds: 90, 30s, 15m, 2h")
    p.add_argument("--once", action="store_true", help="poll every feed once and stop")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    p.add_argument(
        "--max-bytes", type=int, default=5_000_000, help="largest feed or page accepted (default 5000000)"
    )
    p.add_argument("--quiet", action="store_true", help="log failures only")
    return p


def run(args: argparse.Namespace) -> int:
    try:
        every = parse_interval(args.every)
    except ValueError as e:
        raise InputError("--every", str(e)) from None
    feeds = feeds_from_file(args.feeds)
    if not feeds:
        raise InputError(args.feeds, "no feed URLs in the file")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    logger = logging.getLogger("newsevents.watch")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if args.quiet else logging.INFO)
    settings = WatchSettings(timeout=args.timeout, max_bytes=args.max_bytes)
    last: list[RoundReport] = []

    def on_round(r: RoundReport) -> None:
        last[:] = [r]
        print(f"watch: {r.summary()}", file=sys.stderr)

    try:
        with Store(args.db) as store:
            FeedWatcher(store, feeds, settings=settings).run(
                every, rounds=1 if args.once else None, on_round=on_round
            )
    finally:
        logger.removeHandler(handler)
    # --once from cron: exit 1 when every feed failed this round, so the failure is noticed
    if args.once and last and last[0].failed and len(last[0].failed) == len(feeds):
        return 1
    return 0
