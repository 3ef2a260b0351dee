"""The running totals in ``event_stats``: what an article's events add, and rebuilding them all."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, delete, func, select, true

from . import schema as S

Deltas = dict[tuple[str, str, int], list[float]]


def place_key(name: Any, country: Any, lat: Any, lon: Any) -> str | None:
    if lat is None or lon is None:
        return None
    return f"{name or ''}\t{country or ''}\t{float(lat):.4f}\t{float(lon):.4f}"


def deltas(events: Iterable[Mapping[str, Any]], n_col: str | None = None) -> Deltas:
    """Totals of asserted events per (kind, key, quad_class); quad_class 0 is the total of the key.

    ``events`` are event rows (dicts with pair, source_key, target_key, loc_*, quad_class, goldstein,
    asserted), or grouped rows with their count in ``n_col`` and the Goldstein sum in ``goldstein``.
    """
    out: Deltas = defaultdict(lambda: [0, 0.0])
    for ev in events:
        if not ev["asserted"]:
            continue
        n = int(ev[n_col]) if n_col else 1
        g = float(ev["goldstein"] or 0.0)
        keys = [
            ("pair", ev["pair"]),
            ("source", ev["source_key"]),
            ("target", ev["target_key"]),
            ("place", place_key(ev["loc_name"], ev["loc_country"], ev["loc_lat"], ev["loc_lon"])),
        ]
        for kind, key in keys:
            if key is None:
                continue
            for q in (ev["quad_class"], 0):
                d = out[(kind, key, q)]
                d[0] += n
                d[1] += g
    return out


def apply(conn: Connection, d: Deltas, sign: int = 1) -> None:
    """Add (sign 1) or take away (sign -1) totals; rows that reach zero are removed."""
    if not d:
        return
    t = S.event_stats
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(t)
    stmt = stmt.on_conflict_do_update(
        index_elements=[t.c.kind, t.c.key, t.c.quad_class],
        set_={"n": t.c.n + stmt.excluded.n, "gsum": t.c.gsum + stmt.excluded.gsum},
    )
    rows = [
        {"kind": k, "key": key, "quad_class": q, "n": sign * int(v[0]), "gsum": sign * v[1]}
        for (k, key, q), v in sorted(d.items())
    ]
    conn.execute(stmt, rows)
    if sign < 0:
        conn.execute(
            delete(t).where(
                and_(t.c.kind == _p("kind"), t.c.key == _p("key"), t.c.quad_class == _p("q"), t.c.n <= 0)
            ),
            [{"kind": k, "key": key, "q": q} for (k, key, q) in d],
        )


def _p(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)


def keyed_columns() -> list[Any]:
    """The event columns the running totals are kept by (dyad, pair, place, QuadClass)."""
    e = S.events.c
    return [e.pair, e.source_key, e.target_key, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.quad_class]


def rebuild_stats(conn: Connection) -> None:
    """Recompute every total from the events (for an upgrade, or after a bulk load)."""
    e = S.events.c
    conn.execute(delete(S.event_stats))
    grouped = conn.execute(
        select(
            *keyed_columns(),
            func.count().label("n"),
            func.sum(e.goldstein).label("goldstein"),
            e.asserted,
        )
        .where(e.asserted == true())
        .group_by(
            e.pair,
            e.source_key,
            e.target_key,
            e.loc_name,
            e.loc_country,
            e.loc_lat,
            e.loc_lon,
            e.quad_class,
            e.asserted,
        )
    ).mappings()
    apply(conn, deltas(grouped, n_col="n"))
