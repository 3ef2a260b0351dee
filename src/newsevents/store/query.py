"""Validated query parameters, shared by the CLI and the web API.

Everything a user types reaches SQL only as a bound parameter; these helpers reject what cannot be a
key, a code or a date before any SQL runs, with a :class:`QueryError` that names the parameter.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..errors import QueryError

MAX_LIMIT = 1000
MAX_TEXT = 200

_KEY = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9][A-Z0-9_.&-]{0,40})$")
_CAMEO = re.compile(r"^[0-9]{2,4}$")
_PLOVER = re.compile(r"^[A-Za-z][A-Za-z_ -]{0,39}$")
_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
INTERVALS = ("day", "week", "month", "year")


def actor_key(value: str, param: str = "actor") -> str:
    """An actor key: an ISO3 country (``RUS``) or ``IGO:NAME``; case-insensitive on input."""
    v = value.strip().upper()
    if not _KEY.match(v):
        raise QueryError(
            f"{param}: {value[:60]!r} is not an actor key (an ISO3 country such as RUS, or IGO:NAME such "
            "as IGO:UN)",
            param,
        )
    return v


def cameo_prefix(value: str) -> str:
    v = value.strip()
    if not _CAMEO.match(v):
        raise QueryError(
            f"cameo: {value[:20]!r} is not a CAMEO code or prefix (2 to 4 digits, e.g. 04 or 042)", "cameo"
        )
    return v


def plover_type(value: str) -> str:
    v = value.strip().upper().replace(" ", "_").replace("-", "_")
    if not _PLOVER.match(v):
        raise QueryError(
            f"plover: {value[:40]!r} is not a PLOVER event type (e.g. CONSULT, ASSAULT)", "plover"
        )
    return v


def quad_class(value: int | str) -> int:
    try:
        q = int(value)
    except (TypeError, ValueError):
        q = 0
    if q not in (1, 2, 3, 4):
        raise QueryError(f"quad: {str(value)[:20]!r} is not a QuadClass (1 to 4)", "quad")
    return q


def date_bound(value: str, param: str, end: bool = False) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a day: the first of the period, or the last if ``end``."""
    m = _DATE.match(value.strip())
    if not m:
        raise QueryError(f"{param}: {value[:30]!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", param)
    y, mo, d = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    try:
        if d is None:
            day = calendar.monthrange(y, mo)[1] if end else 1
        else:
            day = int(d)
        return dt.date(y, mo, day).isoformat()
    except ValueError:
        raise QueryError(f"{param}: {value[:30]!r} is not a valid date", param) from None


def free_text(value: str, param: str = "text") -> str:
    v = value.strip()
    if len(v) > MAX_TEXT:
        raise QueryError(f"{param}: at most {MAX_TEXT} characters", param)
    return v


def limit(value: int, maximum: int = MAX_LIMIT) -> int:
    if not 1 <= value <= maximum:
        raise QueryError(f"limit: must be between 1 and {maximum}, not {value}", "limit")
    return value


def offset(value: int) -> int:
    if value < 0 or value > 10_000_000:
        raise QueryError(f"offset: must be between 0 and 10000000, not {value}", "offset")
    return value


def interval(value: str) -> str:
    if value not in INTERVALS:
        raise QueryError(f"interval: {value[:20]!r} is not one of {', '.join(INTERVALS)}", "interval")
    return value


def encode_cursor(date_start: str, event_id: int) -> str:
    return base64.urlsafe_b64encode(f"{date_start}|{event_id}".encode()).decode().rstrip("=")


def decode_cursor(value: str) -> tuple[str, int]:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        d, i = raw.split("|")
        if d and not re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", d):
            raise ValueError(d)
        return d, int(i)
    except (ValueError, UnicodeDecodeError):
        raise QueryError("cursor: not a cursor this API returned", "cursor") from None


@dataclass(slots=True)
class EventQuery:
    """Filters over events. Build with :meth:`build`, which validates every parameter."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    cameo: str | None = None
    plover: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article: str | None = None
    country: str | None = None  # where the event happened (ISO3)
    include_unasserted: bool = False

    @classmethod
    def build(
        cls,
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | list[str] | None = None,
        directed: bool = False,
        cameo: str | None = None,
        plover: str | None = None,
        quad: int | str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        article: str | None = None,
        country: str | None = None,
        include_unasserted: bool = False,
    ) -> EventQuery:
        problems: list[QueryError] = []

        def check(fn, *a, **k):  # type: ignore[no-untyped-def]
            try:
                return fn(*a, **k)
            except QueryError as e:
                problems.append(e)
                return None

        q = cls(directed=directed, include_unasserted=include_unasserted)
        if actor:
            q.actor = check(actor_key, actor, "actor")
        if dyad:
            if len(dyad) != 2:
                problems.append(QueryError("dyad: needs two actor keys", "dyad"))
            else:
                a, b = check(actor_key, dyad[0], "dyad"), check(actor_key, dyad[1], "dyad")
                if a and b:
                    q.dyad = (a, b)
        if cameo:
            q.cameo = check(cameo_prefix, cameo)
        if plover:
            q.plover = check(plover_type, plover)
        if quad not in (None, ""):
            q.quad = check(quad_class, quad)  # type: ignore[arg-type]
        if since:
            q.since = check(date_bound, since, "since")
        if until:
            q.until = check(date_bound, until, "until", end=True)
        if q.since and q.until and q.since > q.until:
            problems.append(QueryError(f"since ({q.since}) is after until ({q.until})", "since"))
        if text:
            q.text = check(free_text, text) or None
        if article:
            q.article = check(free_text, article, "article")
        if country:
            c = check(actor_key, country, "country")
            if c and c.startswith("IGO:"):
                problems.append(QueryError("country: needs an ISO3 country code", "country"))
            q.country = c
        if problems:
            if len(problems) == 1:
                raise problems[0]
            raise QueryError("; ".join(p.message for p in problems), problems[0].param)
        return q

    def as_params(self) -> dict[str, str]:
        """The filters as URL query parameters (for links and the next page)."""
        out: dict[str, str] = {}
        if self.actor:
            out["actor"] = self.actor
        if self.dyad:
            out["a"], out["b"] = self.dyad
        if self.directed:
            out["directed"] = "true"
        for name in ("cameo", "plover", "since", "until", "text", "article", "country"):
            v = getattr(self, name)
            if v:
                out[name] = str(v)
        if self.quad:
            out["quad"] = str(self.quad)
        if self.include_unasserted:
            out["unasserted"] = "true"
        return out
