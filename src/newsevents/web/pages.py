"""Server-rendered pages for analysts. Every value reaches HTML through Jinja2 with autoescape on."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from ..errors import QueryError
from ..store import EventQuery, Store
from ..store.names import CAMEO_ROOTS, QUAD_CLASSES
from . import charts
from .charts import QUAD_COLORS
from .highlight import mark_article, mark_evidence

router = APIRouter(include_in_schema=False)


def _href(url: Any) -> str | None:
    """Only http(s) URLs become links (an article's url could be ``javascript:``)."""
    u = str(url or "")
    return u if u.lower().startswith(("http://", "https://")) else None


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("newsevents.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["q"] = lambda v: quote(str(v), safe="")
    env.filters["href"] = _href
    env.filters["gs"] = lambda v: "" if v is None else f"{float(v):+.1f}"
    env.globals.update(
        QUAD_CLASSES=QUAD_CLASSES,
        QUAD_COLORS=QUAD_COLORS,
        CAMEO_ROOTS=CAMEO_ROOTS,
        mark_evidence=mark_evidence,
        urlencode=urlencode,
    )
    return env


templates = Jinja2Templates(env=_env())


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def render_error(request: Request, status: int, code: str, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, code=code, message=message)


def _get(request: Request, name: str, maxlen: int = 200) -> str | None:
    v = request.query_params.get(name)
    if v is None or not v.strip():
        return None
    if len(v) > maxlen:
        raise QueryError(f"{name}: at most {maxlen} characters", name)
    return v.strip()


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    v = _get(request, name, 12)
    if v is None:
        return default
    try:
        n = int(v)
    except ValueError:
        raise QueryError(f"{name}: {v!r} is not a whole number", name) from None
    if not lo <= n <= hi:
        raise QueryError(f"{name}: must be between {lo} and {hi}", name)
    return n


def _flag(request: Request, name: str) -> bool:
    return (request.query_params.get(name) or "").lower() in ("1", "true", "on", "yes")


def _form(request: Request) -> dict[str, Any]:
    """The raw filter values of a page's query string, to refill its form."""
    form: dict[str, Any] = {
        k: (request.query_params.get(k) or "")[:200]
        for k in (
            "actor",
            "a",
            "b",
            "cameo",
            "plover",
            "quad",
            "since",
            "until",
            "text",
            "country",
            "article",
        )
    }
    form["directed"] = _flag(request, "directed")
    form["unasserted"] = _flag(request, "unasserted")
    return form


def _query_from(request: Request) -> tuple[EventQuery, dict[str, Any]]:
    """The event filters of a page's query string, and the raw values to refill the form."""
    form = _form(request)
    dyad = None
    if form["a"] or form["b"]:
        if not (form["a"] and form["b"]):
            raise QueryError("dyad: give both actors (A and B)", "dyad")
        dyad = (form["a"], form["b"])
    q = EventQuery.build(
        actor=_get(request, "actor", 64),
        dyad=dyad,
        directed=form["directed"],
        cameo=_get(request, "cameo", 8),
        plover=_get(request, "plover", 40),
        quad=_get(request, "quad", 2),
        since=_get(request, "since", 10),
        until=_get(request, "until", 10),
        text=_get(request, "text"),
        country=_get(request, "country", 3),
        article=_get(request, "article"),
        include_unasserted=form["unasserted"],
    )
    return q, form


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    store = store_of(request)
    ov = store.overview()
    c = ov["counts"]
    quad_bars = charts.hbars_svg(
        [(QUAD_CLASSES[int(k)], v, QUAD_COLORS[k]) for k, v in c["quad_counts"].items()], label_w=160
    )
    return render(request, "overview.html", ov=ov, quad_bars=quad_bars, page="overview")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> Response:
    store = store_of(request)
    form = _form(request)
    try:
        q, form = _query_from(request)
        limit = _int(request, "limit", 50, 1, 500)
        cursor = _get(request, "cursor", 100)
        result = store.events(q, limit=limit, cursor=cursor)
    except QueryError as e:
        return render(request, "events.html", status=e.status, error=e, form=form, result=None, page="events")
    params = q.as_params()
    next_url = None
    if result["next_cursor"]:
        next_url = "/events?" + urlencode({**params, "limit": limit, "cursor": result["next_cursor"]})
    return render(
        request,
        "events.html",
        form=form,
        result=result,
        next_url=next_url,
        first=not cursor,
        params=params,
        page="events",
        error=None,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Response:
    if not event_id.isdigit() or len(event_id) > 18:
        raise QueryError(f"event id: {event_id[:30]!r} is not a number", "event_id")
    ev = store_of(request).event(int(event_id))
    return render(request, "event.html", ev=ev, page="events")


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, a: str, b: str) -> Response:
    store = store_of(request)
    interval = _get(request, "interval", 8) or "month"
    directed = _flag(request, "directed")
    historical = _flag(request, "historical")
    tl = store.dyad_timeline(a, b, interval=interval, directed=directed, include_historical=historical)
    ka, kb = tl["a"]["key"], tl["b"]["key"]
    chart = charts.timeline_svg(tl["buckets"], label="events")
    evs = store.events(EventQuery.build(dyad=(ka, kb), directed=directed), limit=50)
    return render(
        request,
        "dyad.html",
        tl=tl,
        chart=chart,
        events=evs,
        interval=interval,
        directed=directed,
        historical=historical,
        page="dyads",
        events_url="/events?" + urlencode({"a": ka, "b": kb, **({"directed": "true"} if directed else {})}),
    )


@router.get("/dyads", response_class=HTMLResponse)
def dyads_page(request: Request) -> Response:
    return render(request, "dyads.html", dyads=store_of(request).top_dyads(100), page="dyads")


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> Response:
    text = _get(request, "text", 100)
    return render(
        request,
        "actors.html",
        actors=store_of(request).actors(limit=500, text=text),
        text=text or "",
        page="actors",
    )


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor_page(request: Request, key: str) -> Response:
    store = store_of(request)
    interval = _get(request, "interval", 8) or "month"
    p = store.actor(key, interval=interval)
    buckets = [{**b, "counts": b["counts"], "goldstein_mean": None} for b in p["timeline"]]
    chart = charts.timeline_svg(buckets, goldstein=False, label="events")
    roots = charts.hbars_svg(
        [(f"{r['root']} {r['name'] or ''}", r["count"], "#4c6e9e") for r in p["roots"]], label_w=240
    )
    return render(request, "actor.html", p=p, chart=chart, roots=roots, interval=interval, page="actors")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> Response:
    store = store_of(request)
    form = _form(request)
    try:
        q, form = _query_from(request)
        points = store.map_points(q)
    except QueryError as e:
        return render(
            request, "map.html", status=e.status, error=e, form=form, svg=None, points=[], page="map"
        )
    if request.app.state.world is None:
        request.app.state.world = charts.load_world()
    by_country: dict[str, int] = {}
    for p in points:
        if p["country"]:
            by_country[p["country"]] = by_country.get(p["country"], 0) + p["count"]
    base = q.as_params()

    def link(p: dict[str, Any]) -> str:
        return "/events?" + urlencode(
            {**base, "country": p["country"] or "", "text": ""} if p["country"] else base
        )

    svg = charts.world_svg(request.app.state.world, points, by_country, link)
    return render(request, "map.html", svg=svg, points=points, form=form, error=None, page="map", link=link)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request) -> Response:
    store = store_of(request)
    speaker, text = _get(request, "speaker", 100), _get(request, "text")
    offset = _int(request, "offset", 0, 0, 10_000_000)
    result = store.quotes(speaker=speaker, text=text, limit=50, offset=offset)
    more = offset + len(result["items"]) < result["total"]
    next_url = (
        "/quotes?"
        + urlencode({k: v for k, v in (("speaker", speaker), ("text", text)) if v} | {"offset": offset + 50})
        if more
        else None
    )
    return render(
        request,
        "quotes.html",
        result=result,
        speaker=speaker or "",
        text=text or "",
        next_url=next_url,
        page="quotes",
    )


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> Response:
    offset = _int(request, "offset", 0, 0, 10_000_000)
    result = store_of(request).articles(limit=100, offset=offset)
    next_url = f"/articles?offset={offset + 100}" if offset + 100 < result["total"] else None
    return render(request, "articles.html", result=result, next_url=next_url, page="articles")


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    art = store_of(request).article(article_id)
    return render(request, "article.html", art=art, marked=mark_article(art), page="articles")


__all__ = ["router", "render_error"]
