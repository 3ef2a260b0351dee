"""The server's settings, declared once (``newsevents serve`` options and ``create_app`` defaults).

Kept outside the ``web`` package so the command line can show them without importing FastAPI.
"""

from __future__ import annotations

#: largest request body in bytes: 1 MiB (a million-character article fits in one JSON body); over it: 413
MAX_BODY = 1024 * 1024
#: seconds a query may run before it is cancelled with 503
QUERY_TIMEOUT = 10.0
#: environment variable holding the bearer token that writes need
ENV_TOKEN = "NEWSEVENTS_TOKEN"
#: where the server listens unless told otherwise
HOST = "127.0.0.1"
#: answers of GET /api/... kept per server process (the response cache; 0: none)
CACHE_ENTRIES = 4096
#: environment variable through which `newsevents serve --workers N` hands its settings to the workers
ENV_SERVE = "NEWSEVENTS_SERVE"
