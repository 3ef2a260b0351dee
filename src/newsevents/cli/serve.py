"""``newsevents serve``: the web UI and JSON API over a store."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from ..errors import AccessError, QueryError
from ..serving import CACHE_ENTRIES, ENV_SERVE, ENV_TOKEN, HOST, MAX_BODY, QUERY_TIMEOUT
from ..store import Store
from ..store.store import SERVING
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
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="server processes sharing the port (default 1); on a machine with several cores, about one per "
        "core serves more requests at once (each process has its own connections and response cache)",
    )
    p.add_argument(
        "--cache-entries",
        type=int,
        default=CACHE_ENTRIES,
        metavar="N",
        help=f"answers of GET /api/... kept per process until the store changes (default {CACHE_ENTRIES}; "
        "0: no cache)",
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
    workers: int = 1,
    cache_entries: int = CACHE_ENTRIES,
) -> None:
    import uvicorn

    settings = {
        "allow_writes": allow_writes,
        "max_body": max_body,
        "query_timeout": query_timeout or None,
        "cache_entries": cache_entries,
    }
    mode = "read-write" if allow_writes else "read-only"
    procs = f", {workers} processes" if workers > 1 else ""
    print(
        f"newsevents: serving {store._safe_url()} ({mode}{procs}) at http://{host}:{port}/  (Ctrl-C to stop)",
        flush=True,
    )
    if workers > 1:
        # each worker process builds its own app (and Store) from the settings in the environment; the
        # token stays in $NEWSEVENTS_TOKEN, which the workers inherit
        os.environ[ENV_SERVE] = json.dumps({"db": store.url, **settings})
        uvicorn.run(
            "newsevents.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            server_header=False,
        )
        return
    from ..web import create_app

    app = create_app(store, token=token, **settings)  # type: ignore[arg-type]
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def run(args: argparse.Namespace) -> int:
    token = os.environ.get(ENV_TOKEN) or None
    if args.allow_writes and not token:
        raise AccessError(f"--allow-writes needs a token: set ${ENV_TOKEN} (e.g. to a long random string)")
    if args.max_body < 1:
        raise QueryError("--max-body must be 1 or more", "max_body")
    if not 1 <= args.workers <= 64:
        raise QueryError("--workers must be between 1 and 64", "workers")
    if not 0 <= args.cache_entries <= 1_000_000:
        raise QueryError("--cache-entries must be between 0 and 1000000", "cache_entries")
    with Store(args.db, create=False, **SERVING) as store:
        serve(
            store,
            args.host,
            args.port,
            allow_writes=args.allow_writes,
            token=token,
            max_body=args.max_body,
            query_timeout=args.query_timeout,
            workers=args.workers,
            cache_entries=args.cache_entries,
        )
    return 0
