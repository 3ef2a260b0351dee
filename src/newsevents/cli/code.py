"""``newsevents code``: articles in, one JSON object per article per line out."""

from __future__ import annotations

import argparse
import json
import sys
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
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    return p


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
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.jobs == 1:
            records = (r.to_dict() for r in pipe.code_stream(articles()))
        else:
            records = code_parallel(pipe, articles(), args.jobs)
        for rec in records:
            for w in rec["warnings"]:
                print(f"newsevents: warning: {w}", file=sys.stderr)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    report_errors()
    return 1 if errors else 0
