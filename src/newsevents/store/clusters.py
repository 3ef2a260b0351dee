"""One event per real-world event: clustering the events of many articles, and counting who reports it.

Two asserted events are the same real-world event (:func:`matches`) when all of these hold:

- **the same dyad**: the same source and target actor keys; either direction when either event is mutual
  ("A and B met"). Events without any actor key are never clustered;
- **the same CAMEO root** (``19`` fight, ``04`` consult, ...);
- **a date within the window of its precision**: two day-precise dates at most 1 day apart, or 2 days when
  either date came from the publication date rather than the text (``date_source == "published"``:
  an article published the morning after describes "yesterday"); a month-precise date matches any date in
  that month, a year-precise one any date in that year. Undated events are never clustered;
- **the same place**: the same country of the event's location (both unknown counts as the same), and the
  same place name when both events name one.

Clusters are the connected groups of that relation (single linkage), so a chain of reports one day apart
stays one event. Every asserted event belongs to exactly one cluster (a singleton when nothing matches);
negated, hypothetical and future events belong to none.

Each cluster counts, like GDELT's NumMentions/NumArticles/NumSources: ``n_mentions`` (event records),
``n_articles`` (distinct stories: articles with the same text hash, or near-identical text by
:func:`similarity`, are one story; the extra copies are ``n_copies``) and ``n_sources`` (distinct
publishers of those stories: an article's ``source``, else its URL's domain; articles with neither count
together as one unknown publisher). A cluster is ``corroborated`` when ``n_sources >= 2``. A story's
publisher is that of its earliest copy, so a syndicated copy never corroborates its original.

The write path keeps clusters up to date incrementally (:func:`assign` for new events, :func:`recluster`
after an article's events are removed); :func:`rebuild_clusters` recomputes all of them in one pass.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import heapq
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, bindparam, case, delete, func, insert, select, true, update

from . import schema as S

#: tolerance in days between two day-precise dates, by where the date came from
DAY_WINDOW = {"text": 1, "published": 2}
#: words per shingle, sketch size, and the estimated resemblance from which two texts are copies
SHINGLE = 4
SKETCH = 64
COPY_THRESHOLD = 0.7
UNKNOWN_PUBLISHER = "(unknown)"

_WORD = re.compile(r"\w+", re.UNICODE)


# -- text fingerprints (syndicated copies) ------------------------------------------------------------


def fingerprint(text: str) -> str:
    """A bottom-k sketch of the text's word 4-shingles: the 64 smallest 64-bit shingle hashes, in hex."""
    words = _WORD.findall(text.lower())
    if not words:
        return ""
    n = min(SHINGLE, len(words))
    hashes = {
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + n]).encode(), digest_size=8).digest(), "big")
        for i in range(len(words) - n + 1)
    }
    return " ".join(f"{h:016x}" for h in heapq.nsmallest(SKETCH, hashes))


def similarity(a: str | None, b: str | None) -> float:
    """Estimated resemblance (Jaccard) of two texts from their sketches; 0.0 when either is missing."""
    if not a or not b:
        return 0.0
    sa, sb = set(a.split()), set(b.split())
    union = heapq.nsmallest(SKETCH, sa | sb)
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def fill_fingerprints(conn: Connection) -> None:
    """Fingerprint every stored article that has none (the v3 upgrade)."""
    a = S.articles.c
    todo = conn.execute(select(a.id, a.text).where(a.fingerprint.is_(None))).all()
    stmt = update(S.articles).where(a.id == bindparam("aid")).values(fingerprint=bindparam("fp"))
    for i in range(0, len(todo), 500):
        conn.execute(stmt, [{"aid": aid, "fp": fingerprint(text)} for aid, text in todo[i : i + 500]])


def publisher(source: str | None, url: str | None) -> str:
    """Who published an article: its ``source``, else its URL's host without ``www.``."""
    if source and source.strip():
        return " ".join(source.split())
    if url:
        host = urlsplit(url.strip()).hostname or ""
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return UNKNOWN_PUBLISHER


# -- the matching rule -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """What the matching rule needs of an event."""

    id: int
    source_key: str | None
    target_key: str | None
    mutual: bool
    cameo_root: str
    date_start: str
    date_precision: str
    date_source: str | None
    loc_country: str | None
    loc_name: str | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Member:
        return cls(
            id=int(row["id"]),
            source_key=row["source_key"],
            target_key=row["target_key"],
            mutual=bool(row["mutual"]),
            cameo_root=row["cameo_root"],
            date_start=row["date_start"] or "",
            date_precision=row["date_precision"] or "none",
            date_source=row["date_source"],
            loc_country=row["loc_country"],
            loc_name=row["loc_name"],
        )

    @property
    def clusterable(self) -> bool:
        return bool(self.date_start) and (self.source_key is not None or self.target_key is not None)

    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day the event's date can mean."""
        d = dt.date.fromisoformat(self.date_start)
        if self.date_precision == "year":
            return d, dt.date(d.year, 12, 31)
        if self.date_precision == "month":
            nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            return d, nxt - dt.timedelta(days=1)
        return d, d

    @property
    def tolerance(self) -> int:
        if self.date_precision != "day":
            return 0
        return DAY_WINDOW["published" if self.date_source == "published" else "text"]


_MEMBER_COLUMNS = (
    S.events.c.id,
    S.events.c.source_key,
    S.events.c.target_key,
    S.events.c.mutual,
    S.events.c.cameo_root,
    S.events.c.date_start,
    S.events.c.date_precision,
    S.events.c.date_source,
    S.events.c.loc_country,
    S.events.c.loc_name,
)


def _same_dyad(a: Member, b: Member) -> bool:
    if (a.source_key, a.target_key) == (b.source_key, b.target_key):
        return True
    return (a.mutual or b.mutual) and (a.source_key, a.target_key) == (b.target_key, b.source_key)


def _dates_match(a: Member, b: Member) -> bool:
    (a0, a1), (b0, b1) = a.period(), b.period()
    tol = max(a.tolerance, b.tolerance) if a.date_precision == b.date_precision == "day" else 0
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap <= tol


def _same_place(a: Member, b: Member) -> bool:
    if a.loc_country != b.loc_country:
        return False
    if a.loc_name and b.loc_name:
        return a.loc_name.casefold() == b.loc_name.casefold()
    return True


def matches(a: Member, b: Member) -> bool:
    """True when two events are reports of the same real-world event (the rule in the module docstring)."""
    return (
        a.clusterable
        and b.clusterable
        and a.cameo_root == b.cameo_root
        and _same_dyad(a, b)
        and _same_place(a, b)
        and _dates_match(a, b)
    )


# -- incremental maintenance -------------------------------------------------------------------------


@functools.cache
def _candidate_stmt(by_pair: bool, no_source: bool, no_target: bool, no_country: bool) -> Any:
    """The (immutable, reusable) query for :func:`_candidates`, built once per shape."""
    e = S.events.c
    conds = [
        e.asserted == true(),
        e.cluster_id.is_not(None),
        e.cameo_root == bindparam("root"),
        e.id != bindparam("eid"),
        e.date_start >= bindparam("first"),
        e.date_start <= bindparam("last"),
        e.loc_country.is_(None) if no_country else e.loc_country == bindparam("country"),
    ]
    if by_pair:
        conds.append(e.pair == bindparam("pair"))
    else:
        conds.append(e.source_key.is_(None) if no_source else e.source_key == bindparam("source"))
        conds.append(e.target_key.is_(None) if no_target else e.target_key == bindparam("target"))
    # what the rule compares, once per distinct value (copies of one story add no rows)
    cols = [c for c in _MEMBER_COLUMNS if c.name != "id"]
    return select(*cols, e.cluster_id).where(*conds).distinct()


def _candidates(conn: Connection, m: Member) -> list[tuple[Member, int]]:
    """Clustered events that could match ``m`` (same root, dyad either way, place country, near date)."""
    lo, hi = m.period()
    by_pair = m.source_key is not None and m.target_key is not None
    stmt = _candidate_stmt(by_pair, m.source_key is None, m.target_key is None, m.loc_country is None)
    params: dict[str, Any] = {
        "root": m.cameo_root,
        "eid": m.id,
        "first": dt.date((lo - dt.timedelta(days=2)).year, 1, 1).isoformat(),
        "last": (hi + dt.timedelta(days=2)).isoformat(),
    }
    if m.loc_country is not None:
        params["country"] = m.loc_country
    if by_pair:
        params["pair"] = "|".join(sorted((m.source_key or "", m.target_key or "")))
    else:
        if m.source_key is not None:
            params["source"] = m.source_key
        if m.target_key is not None:
            params["target"] = m.target_key
    rows = conn.execute(stmt, params).mappings()
    return [(Member.of({**r, "id": 0}), int(r["cluster_id"])) for r in rows]


def _new_cluster(conn: Connection, m: Member) -> int:
    stamp = S.now()
    return int(
        conn.execute(
            insert(S.clusters)
            .values(
                rep_event_id=m.id,
                cameo_root=m.cameo_root,
                date_start=m.date_start,
                date_precision=m.date_precision,
                n_mentions=0,
                n_articles=0,
                n_sources=0,
                n_copies=0,
                corroborated=False,
                sources="[]",
                first_added=stamp,
                updated_at=stamp,
            )
            .returning(S.clusters.c.id)
        ).scalar_one()
    )


def assign(conn: Connection, event_ids: Sequence[int]) -> set[int]:
    """Put new asserted events into clusters (joining, or merging, the clusters they match) and refresh
    the counts of every cluster touched. Returns the ids of those clusters."""
    if not event_ids:
        return set()
    e = S.events.c
    ids = sorted(set(event_ids))
    members: list[Member] = []
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(*_MEMBER_COLUMNS).where(e.id.in_(ids[i : i + 500]), e.asserted == true()))
        members += [Member.of(r) for r in rows.mappings()]
    members.sort(key=lambda m: m.id)
    touched: set[int] = set()
    merged: dict[int, int] = {}  # cluster id -> the cluster it was merged into
    # An event equal to an earlier one in every field the rule reads (a syndicated copy, the same event
    # reported in the same words) matches exactly the same clusters: it joins that one without a query.
    same: dict[tuple[Any, ...], int] = {}
    pending: list[dict[str, int]] = []

    def resolve(cid: int) -> int:
        while cid in merged:
            cid = merged[cid]
        return cid

    for m in members:
        sig = (m.source_key, m.target_key, m.mutual, m.cameo_root, m.date_start, m.date_precision,
               m.date_source, m.loc_country, m.loc_name)  # fmt: skip
        if m.clusterable and sig in same:
            cid = resolve(same[sig])
            pending.append({"eid": m.id, "cid": cid})
            touched.add(cid)
            continue
        found = sorted({cid for c, cid in _candidates(conn, m) if matches(m, c)}) if m.clusterable else []
        if not found:
            cid = _new_cluster(conn, m)
        else:
            cid = found[0]
            if len(found) > 1:  # this event links clusters that were apart: merge them into the oldest
                conn.execute(update(S.events).where(e.cluster_id.in_(found[1:])).values(cluster_id=cid))
                conn.execute(delete(S.clusters).where(S.clusters.c.id.in_(found[1:])))
                touched -= set(found[1:])
                merged.update({old: cid for old in found[1:]})
        conn.execute(update(S.events).where(e.id == m.id).values(cluster_id=cid))
        touched.add(cid)
        if m.clusterable:
            same[sig] = cid
    if pending:
        for p in pending:
            p["cid"] = resolve(p["cid"])
        conn.execute(
            update(S.events).where(e.id == bindparam("eid")).values(cluster_id=bindparam("cid")), pending
        )
    summarise(conn, touched)
    return touched


def clusters_of_article(conn: Connection, article_id: str) -> set[int]:
    e = S.events.c
    return {
        int(c)
        for (c,) in conn.execute(
            select(e.cluster_id).where(e.article_id == article_id, e.cluster_id.is_not(None)).distinct()
        )
    }


def recluster(conn: Connection, cluster_ids: Iterable[int]) -> None:
    """Cluster again what remains of clusters whose events were removed (a cluster may split in two)."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    e = S.events.c
    remaining = [int(i) for (i,) in conn.execute(select(e.id).where(e.cluster_id.in_(ids)).order_by(e.id))]
    conn.execute(update(S.events).where(e.cluster_id.in_(ids)).values(cluster_id=None))
    conn.execute(delete(S.clusters).where(S.clusters.c.id.in_(ids)))
    assign(conn, remaining)


# -- rebuilding everything ------------------------------------------------------------------------------


def _union_find_groups(members: list[Member]) -> list[list[Member]]:
    """Connected groups of ``matches`` within one block (same root, dyad either way, place country)."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(members)), key=lambda i: members[i].period()[0])
    periods = [members[i].period() for i in order]
    for x, i in enumerate(order):
        hi = periods[x][1] + dt.timedelta(days=2)
        for y in range(x + 1, len(order)):
            if periods[y][0] > hi:
                break  # sorted by start: no later event can be within the window
            j = order[y]
            if matches(members[i], members[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Member]] = defaultdict(list)
    for i, m in enumerate(members):
        groups[find(i)].append(m)
    return sorted((sorted(g, key=lambda m: m.id) for g in groups.values()), key=lambda g: g[0].id)


def rebuild_clusters(conn: Connection) -> int:
    """Recompute every cluster from the stored events (``newsevents cluster --rebuild``, the v3 upgrade).
    Returns the number of clusters."""
    e = S.events.c
    conn.execute(update(S.events).where(e.cluster_id.is_not(None)).values(cluster_id=None))
    conn.execute(delete(S.clusters))
    blocks: dict[tuple[Any, ...], list[Member]] = defaultdict(list)
    singles: list[Member] = []
    for r in conn.execute(select(*_MEMBER_COLUMNS).where(e.asserted == true()).order_by(e.id)).mappings():
        m = Member.of(r)
        if not m.clusterable:
            singles.append(m)
            continue
        keys = tuple(sorted((m.source_key or "", m.target_key or "")))
        blocks[(m.cameo_root, keys, m.loc_country)].append(m)
    groups = [g for block in blocks.values() for g in _union_find_groups(block)] + [[m] for m in singles]
    groups.sort(key=lambda g: g[0].id)  # cluster ids follow the order the events were stored in
    stamp = S.now()
    all_ids = list(range(1, len(groups) + 1))  # the table is empty: number the clusters from 1, in bulk
    rows = [
        {
            "id": cid,
            "rep_event_id": g[0].id,
            "cameo_root": g[0].cameo_root,
            "date_start": g[0].date_start,
            "date_precision": g[0].date_precision,
            "n_mentions": 0,
            "n_articles": 0,
            "n_sources": 0,
            "n_copies": 0,
            "corroborated": False,
            "sources": "[]",
            "first_added": stamp,
            "updated_at": stamp,
        }
        for cid, g in zip(all_ids, groups, strict=True)
    ]
    for i in range(0, len(rows), 2000):
        conn.execute(insert(S.clusters), rows[i : i + 2000])
    if conn.dialect.name == "postgresql" and rows:  # explicit ids: move the id sequence past them
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('clusters', 'id'), (SELECT max(id) FROM clusters))"
        )
    stmt = update(S.events).where(e.id == bindparam("eid")).values(cluster_id=bindparam("cid"))
    pending = [{"eid": m.id, "cid": cid} for cid, g in zip(all_ids, groups, strict=True) for m in g]
    for i in range(0, len(pending), 2000):
        conn.execute(stmt, pending[i : i + 2000])
    for i in range(0, len(all_ids), 500):
        summarise(conn, all_ids[i : i + 500])
    return len(all_ids)


# -- counts ---------------------------------------------------------------------------------------------


def _stories(arts: list[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Articles grouped into stories: the same text hash, or near-identical text, is one story."""
    by_sha: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for a in arts:
        by_sha[a["sha256"]].append(a)
    groups = list(by_sha.values())
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sketches = [set((g[0]["fingerprint"] or "").split()) for g in groups]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if not sketches[i] or not sketches[j] or len(sketches[i] & sketches[j]) < SKETCH // 4:
                continue  # cheap reject: copies share most of their smallest shingles
            if find(i) != find(j) and (
                similarity(groups[i][0]["fingerprint"], groups[j][0]["fingerprint"]) >= COPY_THRESHOLD
            ):
                parent[find(i)] = find(j)
    stories: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for i, g in enumerate(groups):
        stories[find(i)].extend(g)
    return [sorted(g, key=_first_key) for g in stories.values()]


def _first_key(a: Mapping[str, Any]) -> tuple[str, str, str]:
    return (a["published"] or "9999", a["ingested_at"] or "", a["id"])


def summarise(conn: Connection, cluster_ids: Iterable[int]) -> None:
    """Recompute the representative event and the counts of the given clusters from their events."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    e, a = S.events.c, S.articles.c
    # the representative: most precise date, from the text rather than the publication date, first stored
    rank = case(
        (e.date_precision == "day", 0),
        (e.date_precision == "month", 1),
        (e.date_precision == "year", 2),
        else_=3,
    )
    ordered = (
        select(
            e.id,
            e.source_key,
            e.target_key,
            e.pair,
            e.cameo_root,
            e.date_start,
            e.date_precision,
            e.loc_country,
            e.loc_name,
            e.cluster_id,
            func.row_number()
            .over(
                partition_by=e.cluster_id,
                order_by=(rank, case((e.date_source == "published", 1), else_=0), e.id),
            )
            .label("rn"),
        )
        .where(e.cluster_id.in_(ids))
        .subquery()
    )
    reps = {
        int(r["cluster_id"]): r for r in conn.execute(select(ordered).where(ordered.c.rn == 1)).mappings()
    }
    mentions: dict[int, int] = dict(
        conn.execute(
            select(e.cluster_id, func.count()).where(e.cluster_id.in_(ids)).group_by(e.cluster_id)
        ).all()
    )
    # one row per (cluster, text hash): how many articles carry that text, and the first of them
    # (rows stay few when a story is syndicated to hundreds of sites)
    per_text = (
        select(
            e.cluster_id,
            a.id,
            a.source,
            a.url,
            a.published,
            a.sha256,
            a.ingested_at,
            func.row_number()
            .over(
                partition_by=(e.cluster_id, a.sha256),
                order_by=(func.coalesce(a.published, "9999"), a.ingested_at, a.id),
            )
            .label("rn"),
        )
        .join(S.articles, a.id == e.article_id)
        .where(e.cluster_id.in_(ids))
        .subquery()
    )
    texts: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(select(per_text).where(per_text.c.rn == 1)).mappings():
        d = dict(r)
        texts[int(d.pop("cluster_id"))].append({**d, "fingerprint": None})
    n_arts: dict[tuple[int, str], int] = {}
    added: dict[int, str] = {}
    for cid, sha, n, first in conn.execute(
        select(e.cluster_id, a.sha256, func.count(func.distinct(a.id)), func.min(a.ingested_at))
        .join(S.articles, a.id == e.article_id)
        .where(e.cluster_id.in_(ids))
        .group_by(e.cluster_id, a.sha256)
    ):
        n_arts[(int(cid), sha)] = int(n)
        added[int(cid)] = min(added.get(int(cid), first), first)
    # fingerprints only where a cluster holds more than one distinct text
    needed = sorted({t["id"] for ts in texts.values() if len(ts) > 1 for t in ts})
    fps: dict[str, str | None] = {}
    for i in range(0, len(needed), 500):
        fps.update(conn.execute(select(a.id, a.fingerprint).where(a.id.in_(needed[i : i + 500]))).all())
    for ts in texts.values():
        for t in ts:
            t["fingerprint"] = fps.get(t["id"])
    stamp = S.now()
    rows = []
    empty = []
    for cid in ids:
        rep = reps.get(cid)
        if rep is None:
            empty.append(cid)
            continue
        ts = sorted(texts.get(cid, []), key=_first_key)
        stories = _stories(ts)
        firsts_ = sorted((st[0] for st in stories), key=_first_key)
        pubs = sorted({publisher(f["source"], f["url"]) for f in firsts_})
        n_articles = sum(n_arts.get((cid, t["sha256"]), 1) for t in ts)
        rows.append(
            {
                "cid": cid,
                "rep_event_id": rep["id"],
                "source_key": rep["source_key"],
                "target_key": rep["target_key"],
                "pair": rep["pair"],
                "cameo_root": rep["cameo_root"],
                "date_start": rep["date_start"] or "",
                "date_precision": rep["date_precision"],
                "loc_country": rep["loc_country"],
                "loc_name": rep["loc_name"],
                "n_mentions": mentions[cid],
                "n_articles": len(stories),
                "n_sources": len(pubs),
                "n_copies": n_articles - len(stories),
                "corroborated": len(pubs) >= 2,
                "sources": json.dumps(pubs, ensure_ascii=False),
                "first_url": next((f["url"] for f in firsts_ if f["url"]), None),
                "first_added": added.get(cid, stamp),
                "updated_at": stamp,
            }
        )
    if empty:
        conn.execute(delete(S.clusters).where(S.clusters.c.id.in_(empty)))
    if rows:
        c = S.clusters.c
        conn.execute(
            update(S.clusters)
            .where(c.id == bindparam("cid"))
            .values({k: bindparam("v_" + k) for k in rows[0] if k != "cid"}),
            [{("v_" + k if k != "cid" else k): v for k, v in r.items()} for r in rows],
        )


def count_clusters(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(S.clusters)).scalar_one())
