"""The ``newsevents`` command line: one module per command, each with ``add_parser`` and ``run``.

Library code raises :class:`~newsevents.errors.NewsEventsError`; only this package prints and exits.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import NewsEventsError

#: command name -> module (relative to this package) that implements it
COMMANDS: dict[str, str] = {
    "code": ".code",
    "eval": ".evaluate",
    "ingest": ".ingest",
    "events": ".events",
    "actors": ".actors",
    "quotes": ".quotes",
    "cluster": ".cluster",
    "export": ".export",
    "watch": ".watch",
    "serve": ".serve",
    "demo": ".demo",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Who did what to whom, when and where, and who said what: event records from news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for modname in COMMANDS.values():
        mod = importlib.import_module(modname, __name__)
        p = mod.add_parser(sub)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except NewsEventsError as e:
        print(f"newsevents: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
