"""The server's guards: request body limit, write permission (token) and the headers every response gets.

- Bodies over ``max_body`` bytes are refused with 413 before they are read (``Content-Length``) or as
  soon as the streamed body passes the limit.
- Writes (``POST /api/articles``) need the server started with ``--allow-writes`` and the token from
  ``$NEWSEVENTS_TOKEN`` as ``Authorization: Bearer <token>``, compared in constant time: no token is
  401, a wrong token (or writes disabled) is 403.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import Request

from ..errors import AccessError, AuthRequiredError, RequestTooLargeError
from ..serving import ENV_TOKEN, MAX_BODY

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _too_large(limit: int) -> RequestTooLargeError:
    return RequestTooLargeError(f"request body over the limit of {limit:,} bytes")


class BodyLimitMiddleware:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes (413 JSON envelope)."""

    def __init__(self, app: Any, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            ok = declared.isdigit() and int(declared) <= self.max_body
            if not ok:
                await self._refuse(send, 413 if declared.isdigit() else 400)
                return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _too_large(self.max_body)
            return message

        await self.app(scope, limited, send)

    async def _refuse(self, send: Any, status: int) -> None:
        code, message = (
            ("E062", str(_too_large(self.max_body).message))
            if status == 413
            else ("E050", "malformed Content-Length header")
        )
        body = json.dumps({"error": {"status": status, "code": code, "message": message}}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def require_writer(request: Request) -> None:
    """A FastAPI dependency: the request may write (writes enabled and the right bearer token)."""
    state = request.app.state
    if not getattr(state, "allow_writes", False):
        raise AccessError("writes are disabled: start the server with --allow-writes")
    token: str | None = getattr(state, "token", None)
    if not token:
        raise AccessError(f"writes need a token: set ${ENV_TOKEN} when starting the server")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise AuthRequiredError("this endpoint needs 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(value.strip().encode("utf-8"), token.encode("utf-8")):
        raise AccessError("wrong token")


class SecurityHeadersMiddleware:
    """ASGI middleware: every response carries :data:`SECURITY_HEADERS` (unless it set its own)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.raw = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.raw if k not in have
                ]
            await send(message)

        await self.app(scope, receive, with_headers)
