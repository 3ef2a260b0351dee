"""The one write endpoint: ``POST /api/articles`` (off unless the server runs with ``--allow-writes``).

The body is JSON: one object or a list of objects, each either a coded record (``newsevents/article.v1``,
as ``newsevents code`` writes them) or a raw article (``text`` required; ``id``, ``title``, ``published``,
``source``, ``url``), which the server codes first. Bad items are reported one line each in ``errors``
and the others are stored; a body with nothing storable is a 400 with every problem listed.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..errors import EmptyInputError, InputError, RecordError
from ..read import article_from_record, decode_bytes
from ..store.records import is_record, validate
from .security import require_writer

router = APIRouter(prefix="/api", tags=["api"])

#: items per request (the body limit bounds their size)
MAX_ITEMS = 1000
_RAW = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string"},
        "id": {"type": "string"},
        "title": {"type": "string"},
        "published": {"type": "string", "description": "YYYY-MM-DD (or any date form the reader accepts)"},
        "source": {"type": "string"},
        "url": {"type": "string"},
    },
}
_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "description": "a raw article or a coded newsevents/article.v1 record, or a list of them",
                "anyOf": [_RAW, {"type": "array", "items": _RAW, "minItems": 1, "maxItems": MAX_ITEMS}],
            }
        }
    },
}


def _pipeline(app: Any) -> Any:
    with app.state.pipeline_lock:
        if app.state.pipeline is None:
            from ..pipeline import Pipeline

            pipe = Pipeline()
            _ = pipe.resources
            app.state.pipeline = pipe
        return app.state.pipeline


def ingest_body(app: Any, body: bytes) -> tuple[int, dict[str, Any]]:
    """(HTTP status, response) for one request body. Raises InputError for a body that is not JSON."""
    if not body.strip():
        raise EmptyInputError("body", "empty request body")
    text, warnings = decode_bytes(body, "body")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise RecordError("body", f"broken JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except RecursionError:
        raise RecordError("body", "JSON nested too deeply") from None
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        raise EmptyInputError("body", "empty JSON list")
    if len(items) > MAX_ITEMS:
        raise RecordError("body", f"{len(items)} items; at most {MAX_ITEMS} per request")
    records: list[tuple[dict[str, Any], str]] = []
    raw: list[Any] = []
    errors: list[InputError] = []
    for i, item in enumerate(items):
        where = f"body[{i}]" if isinstance(obj, list) else "body"
        try:
            if is_record(item):
                validate(item, where)
                records.append((item, where))
            else:
                raw.append(article_from_record(item, where))
        except InputError as e:
            errors.append(e)
    if raw:
        for art, result in zip(raw, _pipeline(app).code_batch(raw), strict=True):
            records.append((result.to_dict(), art.origin))
    for rec, _ in records:
        warnings += [w for w in rec.get("warnings") or [] if isinstance(w, str)]
    problems = [{"code": e.code, "source": e.source, "message": str(e)} for e in errors]
    if not records:
        first = errors[0]
        return 400, {
            "error": {"status": 400, "code": first.code, "message": first.message, "details": problems}
        }
    stats = app.state.store.ingest(records, batch_size=200)
    return 200, {
        "ingested": stats.as_dict(),
        "articles": [rec["article"]["id"] for rec, _ in records],
        "errors": [p["message"] for p in problems],
        "warnings": warnings,
    }


@router.post(
    "/articles",
    summary="Store articles: coded article.v1 records, or raw articles coded on the way (needs a token)",
    openapi_extra={"requestBody": _BODY},
    responses={
        400: {"description": "nothing in the body could be stored"},
        401: {"description": "no bearer token"},
        403: {"description": "writes disabled, or a wrong token"},
        413: {"description": "body over the size limit"},
    },
)
async def post_articles(request: Request, _: Annotated[None, Depends(require_writer)]) -> Any:
    body = await request.body()
    status, payload = await run_in_threadpool(ingest_body, request.app, body)
    return JSONResponse(payload, status_code=status)
