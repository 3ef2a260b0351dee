"""``newsevents demo``: code the bundled sample articles into a store and open the web UI on it."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..store import Store
from ..store.ingest import code_raw
from .serve import serve

DEMO_DB = "newsevents-demo.db"
ARTICLE_SUFFIXES = {".jsonl", ".json", ".txt", ".html", ".htm"}


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "demo",
        help="code the bundled sample into newsevents-demo.db and serve the web UI",
        description="Code every article of the bundled sample with the Pipeline, store the results (SQLite "
        f"file {DEMO_DB} in the working directory unless --db) and serve the web UI on 127.0.0.1.",
    )
    p.add_argument("--db", metavar="URL", help=f"database URL or SQLite path (default {DEMO_DB})")
    p.add_argument(
        "--sample", metavar="DIR", help="read the articles from this folder instead of the bundled one"
    )
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--no-serve", action="store_true", help="only build the database")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def sample_files(folder: Path | None = None) -> list[str]:
    """Every article file of the sample folder (articles only: not credits, hidden or Python files)."""
    base = folder or Path(str(resources.files("newsevents").joinpath("sample")))
    if not base.is_dir():
        return []
    return sorted(
        str(p)
        for p in base.iterdir()
        if p.is_file() and not p.name.startswith((".", "_")) and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def run(args: argparse.Namespace) -> int:
    files = sample_files(Path(args.sample) if args.sample else None)
    if not files:
        print("newsevents: error: the sample folder holds no articles", file=sys.stderr)
        return 1
    store = Store(args.db or DEMO_DB)
    try:
        with tqdm(unit="article", file=sys.stderr, desc="demo", disable=args.no_progress or None) as bar:
            stats = store.ingest(code_raw(files), on_record=bar.update)
        print(f"demo: {stats.summary()} in {store._safe_url()}")
        if not args.no_serve:
            serve(store, "127.0.0.1", args.port)
    finally:
        store.close()
    return 0
