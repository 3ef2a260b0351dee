"""``newsevents code``: articles in, one JSON object per article per line out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from ..errors import InputError
from ..nlp import DEFAULT_MODEL


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "code",
        help="code articles into event records (JSON Lines)",
        description="Read articles (.txt, .html, .json, .jsonl, directories, or - for JSON Lines on "
        "standard input) and write one newsevents/article.v1 JSON object per article per line.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for articles that carry none (relative dates resolve against it)",
    )
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"spaCy model name or path (default {DEFAULT_MODEL})"
    )
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FILE",
        help="extra dictionary or pattern file of a bundled file's shape (repeatable)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines here instead of standard output")
    cl = p.add_argument_group(
        "cluster", "code on a Dask cluster (needs newsevents[cluster]; see README, 'Coding on a cluster')"
    )
    where = cl.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="the address of an existing Dask scheduler"
    )
    where.add_argument(
        "--workers", type=int, metavar="N", help="start a local Dask cluster of N worker processes"
    )
    cl.add_argument(
        "--chunk",
        type=int,
        default=16,
        metavar="N",
        help="articles per task sent to a worker process (--jobs) or cluster worker (default 16)",
    )
    out = p.add_argument_group("Parquet output")
    out.add_argument(
        "--out",
        metavar="DIR",
        help="write Parquet shards (articles, events, quotes, partitioned by publication month) here",
    )
    out.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        help="jsonl (default; to standard output or -o) or parquet (default with --out; needs --out)",
    )
    return p


def _warn(rec: dict[str, Any]) -> None:
    for w in rec["warnings"]:
        print(f"newsevents: warning: {w}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..pipeline import Pipeline, code_parallel
    from ..read import read_paths

    default_pub = None
    if args.published:
        try:
            default_pub = dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"newsevents: error: --published {args.published!r} is not YYYY-MM-DD", file=sys.stderr)
            return 2
    if args.jobs < 1:
        print("newsevents: error: --jobs must be 1 or more", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("newsevents: error: --workers must be 1 or more", file=sys.stderr)
        return 2
    if args.chunk < 1:
        print("newsevents: error: --chunk must be 1 or more", file=sys.stderr)
        return 2
    if (args.scheduler or args.workers) and args.jobs != 1:
        print("newsevents: error: --jobs is for this machine; on a cluster use --workers", file=sys.stderr)
        return 2
    fmt = args.format or ("parquet" if args.out else "jsonl")
    if fmt == "parquet" and not args.out:
        print("newsevents: error: --format parquet needs --out DIR", file=sys.stderr)
        return 2
    if fmt == "jsonl" and args.out:
        print("newsevents: error: --out writes Parquet; JSON Lines go to -o FILE or stdout", file=sys.stderr)
        return 2
    if args.out and args.output:
        print("newsevents: error: give either -o FILE (JSON Lines) or --out DIR (Parquet)", file=sys.stderr)
        return 2
    errors: list[InputError] = []
    reported = 0

    def report_errors() -> None:
        nonlocal reported
        for e in errors[reported:]:
            print(f"newsevents: error: {e}", file=sys.stderr)
        reported = len(errors)

    def articles() -> Any:
        for art in read_paths(args.paths, errors):
            report_errors()
            if art.published is None and default_pub is not None:
                art.published = default_pub
            yield art
        report_errors()

    pipe = Pipeline(model=args.model, data=args.data)
    with ExitStack() as stack:
        if args.scheduler or args.workers:
            from ..cluster import code_on_cluster, connect

            client = stack.enter_context(connect(args.scheduler, args.workers))
            records: Iterator[dict[str, Any]] = code_on_cluster(client, pipe, articles(), chunk=args.chunk)
        elif args.jobs == 1:
            records = (r.to_dict() for r in pipe.code_stream(articles()))
        else:
            records = code_parallel(pipe, articles(), args.jobs, chunk=args.chunk)
        if fmt == "parquet":
            from ..parquet import ShardWriter

            writer = stack.enter_context(ShardWriter(args.out))
            for rec in records:
                _warn(rec)
                writer.add(rec)
            writer.close()
            print(f"newsevents: wrote {writer.stats.summary()} to {args.out}", file=sys.stderr)
        else:
            out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
            try:
                for rec in records:
                    _warn(rec)
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            finally:
                if out is not sys.stdout:
                    out.close()
                else:
                    out.flush()
    report_errors()
    return 1 if errors else 0
