"""``newsevents serve``: the web UI and JSON API over a store."""

from __future__ import annotations

import argparse
import os
from typing import Any

from ..errors import AccessError, QueryError
from ..serving import ENV_TOKEN, HOST, MAX_BODY, QUERY_TIMEOUT
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
    p.add_argument("--host", default=HOST, help=f"address to listen on (default {HOST}: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--allow-writes",
        action="store_true",
        help=f"enable POST /api/articles (needs ${ENV_TOKEN}: clients send 'Authorization: Bearer <token>'); "
        "read-only without it",
    )
    p.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        metavar="BYTES",
        help=f"largest request body (default {MAX_BODY}); larger ones get 413",
    )
    p.add_argument(
        "--query-timeout",
        type=float,
        default=QUERY_TIMEOUT,
        metavar="SECONDS",
        help=f"cancel a query running longer than this with 503 (default {QUERY_TIMEOUT:g}; 0: no limit)",
    )
    return p


def serve(
    store: Store,
    host: str,
    port: int,
    *,
    allow_writes: bool = False,
    token: str | None = None,
    max_body: int = MAX_BODY,
    query_timeout: float | None = QUERY_TIMEOUT,
) -> None:
    import uvicorn

    from ..web import create_app

    app = create_app(
        store, allow_writes=allow_writes, token=token, max_body=max_body, query_timeout=query_timeout or None
    )
    mode = "read-write" if allow_writes else "read-only"
    print(
        f"newsevents: serving {store._safe_url()} ({mode}) at http://{host}:{port}/  (Ctrl-C to stop)",
        flush=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def run(args: argparse.Namespace) -> int:
    token = os.environ.get(ENV_TOKEN) or None
    if args.allow_writes and not token:
        raise AccessError(f"--allow-writes needs a token: set ${ENV_TOKEN} (e.g. to a long random string)")
    if args.max_body < 1:
        raise QueryError("--max-body must be 1 or more", "max_body")
    with Store(args.db, create=False) as store:
        serve(
            store,
            args.host,
            args.port,
            allow_writes=args.allow_writes,
            token=token,
            max_body=args.max_body,
            query_timeout=args.query_timeout,
        )
    return 0
