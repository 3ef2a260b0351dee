"""``newsevents ingest``: load coded records (or raw articles, coded on the way) into the store."""

from __future__ import annotations

import argparse
import itertools
import sys
from typing import Any

from tqdm import tqdm

from ..store import Store
from ..store.ingest import code_raw, count_lines, is_record_file, read_records
from ._store import add_db_argument


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "ingest",
        help="load coded articles (JSONL from `newsevents code`) or raw articles into the store",
        description="Load articles into the store. Files of coded records (the JSON Lines that `newsevents "
        "code` writes) are stored as they are; any other file is read and coded first. Ingesting the same "
        "article again changes nothing; a changed text for the same id stores a new version and replaces "
        "its annotations. Each batch is one transaction: an interrupted ingest leaves the store consistent "
        "and rerunning it completes the work. Use - to read records from standard input.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="JSONL record files, or raw article files")
    p.add_argument(
        "--parquet",
        action="append",
        default=[],
        metavar="DIR",
        help="a Parquet shard directory written by `newsevents code --out DIR` (repeatable)",
    )
    add_db_argument(p)
    p.add_argument("--batch-size", type=int, default=200, help="records per transaction (default 200)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.parquet:
        print("newsevents: error: ingest needs PATH(s) or --parquet DIR", file=sys.stderr)
        return 2
    record_paths = [p for p in args.paths if is_record_file(p)]
    raw_paths = [p for p in args.paths if p not in record_paths]
    sources = itertools.chain(read_records(record_paths), code_raw(raw_paths) if raw_paths else ())
    total = count_lines(record_paths) if not raw_paths else None
    if args.parquet:
        from ..parquet import count_articles, iter_records

        sources = itertools.chain(sources, *(iter_records(d) for d in args.parquet))
        if total is not None:
            total += sum(count_articles(d) for d in args.parquet)
    with (
        Store(args.db) as store,
        tqdm(
            total=total,
            unit="article",
            file=sys.stderr,
            desc="ingest",
            disable=args.no_progress or None,
            dynamic_ncols=True,
        ) as bar,
    ):
        stats = store.ingest(sources, batch_size=max(1, args.batch_size), on_record=bar.update)
    print(f"ingested {stats.summary()} into {store._safe_url()}")
    return 0
