"""The JSON API under ``/api`` (its OpenAPI schema is served at ``/openapi.json``).

The endpoints are coroutines that hand the store's work to the thread pool (:func:`run_in_threadpool`):
FastAPI would run a plain function there too, but would then also send the parameter checks of
:func:`event_query` and the check of the returned dict each to a thread of their own, and under load every
trip to the pool waits its turn on the event loop.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from ..store import EventQuery, Store
from ..store.query import MAX_LIMIT

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=200)]
Key = Annotated[str, Path(max_length=64, description="actor key: ISO3 country (RUS) or IGO:NAME (IGO:UN)")]


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


async def event_query(
    actor: Annotated[str | None, Query(max_length=64, description="actor key on either side")] = None,
    dyad: Annotated[
        str | None, Query(max_length=130, description="two actor keys, comma-separated: RUS,JPN")
    ] = None,
    directed: Annotated[bool, Query(description="with dyad: only the first acting on the second")] = False,
    cameo: Annotated[
        str | None, Query(max_length=8, description="CAMEO code or prefix (04 = every consult)")
    ] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER event type")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4")] = None,
    since: Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    text: Annotated[str | None, Query(max_length=200, description="words in the evidence sentence")] = None,
    article: Annotated[
        str | None, Query(max_length=200, description="events reported by this article")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=3, description="events located in this ISO3 country")
    ] = None,
    unasserted: Annotated[bool, Query(description="include negated/hypothetical/future events")] = False,
) -> EventQuery:
    pair = [p for p in dyad.split(",")] if dyad else None
    return EventQuery.build(
        actor=actor,
        dyad=pair,
        directed=directed,
        cameo=cameo,
        plover=plover,
        quad=quad,
        since=since,
        until=until,
        text=text,
        article=article,
        country=country,
        include_unasserted=unasserted,
    )


@router.get("/events", summary="Events, filtered and paginated (newest first)")
async def list_events(
    request: Request,
    q: Annotated[EventQuery, Depends(event_query)],
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Annotated[str | None, Query(max_length=100, description="next_cursor of a page")] = None,
) -> dict[str, Any]:
    """Filters combine with AND. The response carries ``total`` (all matches), ``items`` and
    ``next_cursor`` (pass it as ``cursor`` for the next page; stable while events are added)."""
    return await run_in_threadpool(store_of(request).events, q, limit=limit, offset=offset, cursor=cursor)


@router.get("/events/{event_id}", summary="One event with its evidence and every article reporting it")
async def get_event(request: Request, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).event, event_id)


@router.get("/clusters", summary="Real-world events (reports clustered across articles), newest first")
async def list_clusters(
    request: Request,
    q: Annotated[EventQuery, Depends(event_query)],
    limit: Limit = 50,
    offset: Offset = 0,
    min_sources: Annotated[
        int, Query(ge=1, le=10_000, description="reported by at least this many sources")
    ] = 1,
) -> dict[str, Any]:
    """One item per real-world event: the events of several articles with the same dyad, CAMEO root, place
    and date window. Each carries ``n_mentions``, ``n_articles`` (syndicated copies once), ``n_sources``
    (distinct publishers), ``corroborated`` (two or more sources), the publishers, the representative event
    with its evidence and every reporting article. A cluster is listed when any of its events matches."""
    return await run_in_threadpool(
        store_of(request).clusters, q, limit=limit, offset=offset, min_sources=min_sources
    )


@router.get("/clusters/{cluster_id}", summary="One real-world event with every report of it and its evidence")
async def get_cluster(request: Request, cluster_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).cluster, cluster_id)


@router.get("/dyads", summary="The pairs of actors with most events")
async def list_dyads(
    request: Request, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[dict[str, Any]]:
    return await run_in_threadpool(store_of(request).top_dyads, limit)


@router.get(
    "/dyads/{a}/{b}/timeline",
    summary="Events between two actors per day, week, month or year: counts per QuadClass and mean Goldstein",
)
async def dyad_timeline(
    request: Request,
    a: Key,
    b: Key,
    interval: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month",
    directed: bool = False,
    historical: bool = False,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
) -> dict[str, Any]:
    return await run_in_threadpool(
        store_of(request).dyad_timeline,
        a,
        b,
        interval=interval,
        directed=directed,
        include_historical=historical,
        since=since,
        until=until,
    )


@router.get("/actors", summary="Actors with their counts, most active first")
async def list_actors(
    request: Request, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100, text: Text = None
) -> list[dict[str, Any]]:
    return await run_in_threadpool(store_of(request).actors, limit=limit, text=text)


@router.get("/actors/{key}", summary="An actor's profile: partners, CAMEO roots, timeline, latest events")
async def get_actor(
    request: Request, key: Key, interval: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month"
) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).actor, key, interval=interval)


@router.get("/quotes", summary="Quotes with their speakers")
async def list_quotes(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    speaker: Annotated[str | None, Query(max_length=100, description="key or part of a name")] = None,
    text: Text = None,
    article: Text = None,
) -> dict[str, Any]:
    return await run_in_threadpool(
        store_of(request).quotes, speaker=speaker, text=text, article=article, limit=limit, offset=offset
    )


@router.get("/articles", summary="Articles, newest first")
async def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).articles, limit=limit, offset=offset)


@router.get("/articles/{article_id:path}", summary="An article with its text and all its annotations")
async def get_article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).article, article_id)


@router.get("/map", summary="Event locations with counts and mean Goldstein")
async def map_points(
    request: Request,
    actor: str | None = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    cameo: Annotated[str | None, Query(max_length=8)] = None,
) -> list[dict[str, Any]]:
    q = EventQuery.build(actor=actor, quad=quad, since=since, until=until, cameo=cameo)
    return await run_in_threadpool(store_of(request).map_points, q)


@router.get("/stats", summary="Counts of articles, events, actors, quotes and places")
async def stats(request: Request) -> dict[str, Any]:
    return await run_in_threadpool(store_of(request).counts)
