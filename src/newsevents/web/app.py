"""The web app: JSON API (``/api``), server-rendered pages, static files, one error handler.

Every response carries a Content-Security-Policy that allows scripts, styles and images from this
origin only (no inline script), so even a mistake in escaping could not run injected code.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NewsEventsError
from ..serving import CACHE_ENTRIES, ENV_SERVE, ENV_TOKEN, MAX_BODY, QUERY_TIMEOUT
from ..store import Store
from ..store.store import SERVING
from . import api, pages, write
from .cache import MAX_BYTES, ResponseCache, ResponseCacheMiddleware
from .security import CSP, SECURITY_HEADERS, BodyLimitMiddleware, SecurityHeadersMiddleware

log = logging.getLogger("newsevents.web")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _envelope(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, **extra}}


def error_response(request: Request, status: int, code: str, message: str, **extra: Any) -> Response:
    """The JSON envelope (API) or the error page (people); never a traceback. The security headers are
    set here too, because a 500 is sent from outside the middleware that adds them."""
    if _wants_json(request):
        response: Response = JSONResponse(_envelope(status, code, message, **extra), status_code=status)
    else:
        response = pages.render_error(request, status, code, message)
    for k, v in SECURITY_HEADERS.items():
        response.headers.setdefault(k, v)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="newsevents"'
    return response


def create_app(
    store: Store | str | None = None,
    *,
    allow_writes: bool = False,
    token: str | None = None,
    max_body: int = MAX_BODY,
    query_timeout: float | None = QUERY_TIMEOUT,
    cache_entries: int = CACHE_ENTRIES,
    cache_bytes: int = MAX_BYTES,
) -> FastAPI:
    """The app over a :class:`Store` (or a database URL; default ``$NEWSEVENTS_DB`` or newsevents.db).

    Read-only unless ``allow_writes`` (then ``POST /api/articles`` needs ``token`` as a bearer token).
    Request bodies over ``max_body`` bytes get 413; a read running over ``query_timeout`` seconds is
    cancelled with 503 (the store's ``query_timeout`` is set to it). Answers to ``GET /api/...`` are kept
    in a response cache of at most ``cache_entries`` entries and ``cache_bytes`` bytes (0 entries: none),
    valid while the store's generation is unchanged (see :mod:`newsevents.web.cache`).
    """
    the_store = store if isinstance(store, Store) else Store(store)
    the_store.query_timeout = query_timeout
    app = FastAPI(
        title="newsevents",
        summary="Who did what to whom, when and where, and who said what: coded news events.",
        version="0.1.0",
        docs_url=None,  # Swagger UI needs a CDN and inline script; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = the_store
    app.state.allow_writes = allow_writes
    app.state.token = token
    app.state.pipeline = None  # the coder, loaded on the first raw article posted
    app.state.pipeline_lock = threading.Lock()
    app.state.world = None  # loaded on the first map request
    app.state.cache = ResponseCache(max_entries=cache_entries, max_bytes=cache_bytes)
    app.include_router(api.router)
    app.include_router(write.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("newsevents.web", "static")]), name="static")

    app.add_middleware(
        ResponseCacheMiddleware,
        cache=app.state.cache,
        generation=the_store.generation,
        inline=the_store.quick_generation,
    )
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(SecurityHeadersMiddleware)

    @app.exception_handler(NewsEventsError)
    async def on_newsevents_error(request: Request, exc: NewsEventsError) -> Response:
        extra = {"param": exc.param} if getattr(exc, "param", None) else {}
        if exc.status >= 500:
            log.error("%s", exc)
        return error_response(request, exc.status, exc.code, exc.message, **extra)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            details.append({"param": where, "message": str(err.get("msg", "invalid"))})
        message = "; ".join(f"{d['param']}: {d['message']}" for d in details) or "invalid request"
        return error_response(request, 400, "E050", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = "E051" if exc.status_code == 404 else f"H{exc.status_code}"
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "E000", "internal error")

    return app


def app_from_env() -> FastAPI:
    """The app of one worker of ``newsevents serve --workers N`` (a uvicorn factory): the settings come
    from ``$NEWSEVENTS_SERVE`` (JSON, written by the serve command), the token from ``$NEWSEVENTS_TOKEN``."""
    settings = json.loads(os.environ[ENV_SERVE])
    store = Store(settings.pop("db"), create=False, **SERVING)
    return create_app(store, token=os.environ.get(ENV_TOKEN) or None, **settings)


__all__ = ["CSP", "app_from_env", "create_app"]
