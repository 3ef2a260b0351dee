"""``newsevents eval``: score system output against gold files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "eval",
        help="score coded output against gold files",
        description="Score `newsevents code` output against gold article files (the shape of "
        "gold/README.md): triple P/R/F1, dated-event P/R/F1, quote recall, precision and speaker accuracy.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or directories of them")
    p.add_argument(
        "--system", required=True, metavar="OUT.jsonl", help="system output, or - for standard input"
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--explain",
        action="store_true",
        help="list every missed and spurious event with its sentence, and every missed quote, "
        "spurious quote and quote with a wrong speaker",
    )
    return p


def run(args: argparse.Namespace) -> int:
    from ..errors import GoldFileError
    from ..evaluate import format_report, load_gold, load_system, score

    gold = load_gold(args.gold)
    if not gold:
        raise GoldFileError(f"no gold articles found in {', '.join(args.gold)}")
    if args.system == "-":
        system = load_system(sys.stdin, "<stdin>")
    else:
        try:
            with open(args.system, encoding="utf-8") as f:
                system = load_system(f, args.system)
        except OSError as e:
            raise GoldFileError(f"{args.system}: cannot read ({e.strerror})") from e
    rep = score(gold, system)
    if args.json:
        d = rep.to_dict()
        if args.explain:
            d["missed"], d["spurious"] = rep.missed, rep.spurious
            d["quotes_missed"], d["quotes_spurious"] = rep.q_missed, rep.q_spurious
            d["quotes_wrong_speaker"] = rep.q_wrong_speaker
        print(json.dumps(d, indent=1))
    else:
        print(format_report(rep, explain=args.explain))
    return 0
