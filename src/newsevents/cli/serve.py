"""``newsevents serve``: the web UI and JSON API over a store."""

from __future__ import annotations

import argparse
from typing import Any

from ..store import Store
from ._store import add_db_argument


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "serve",
        help="serve the web UI and the JSON API over the store",
        description="Serve the analyst's web UI (overview, dyad timelines, event table, actors, map, quotes, "
        "articles) and the JSON API (/api/..., schema at /openapi.json). Works offline.",
    )
    add_db_argument(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    return p


def serve(store: Store, host: str, port: int) -> None:
    import uvicorn

    from ..web import create_app

    print(f"newsevents: serving {store._safe_url()} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


def run(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        serve(store, args.host, args.port)
    return 0
