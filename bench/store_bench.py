"""Benchmark the store on a large SQLite database (run by hand, not a test).

    PYTHONPATH=src python bench/store_bench.py [--events 1000000] [--db bench.db] [--keep]

Generates a store of N synthetic events (Zipf-distributed actors over ten years, five events per
article, one evidence sentence each) straight through SQLAlchemy Core bulk inserts, then times the
queries an analyst's pages run: a dyad timeline, filtered event pages (with their total), an actor
profile. Target: under 300 ms each. Reports the median of 7 runs after one warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from newsevents.store import EventQuery, Store
from newsevents.store import schema as S
from newsevents.store.stats import rebuild_stats

CODES = [  # cameo, name, quad, goldstein, plover
    ("010", "Make statement", 1, 0.0, None),
    ("036", "Express intent to meet or negotiate", 1, 4.0, "AGREE"),
    ("040", "Consult", 1, 1.0, "CONSULT"),
    ("042", "Make a visit", 1, 1.9, "CONSULT"),
    ("046", "Engage in negotiation", 1, 7.0, "CONSULT"),
    ("051", "Praise or endorse", 1, 3.4, "SUPPORT"),
    ("057", "Sign formal agreement", 1, 8.0, "SUPPORT"),
    ("061", "Cooperate economically", 2, 6.4, "COOPERATE"),
    ("072", "Provide military aid", 2, 8.3, "AID"),
    ("102", "Demand policy support", 3, -5.0, "REQUEST"),
    ("111", "Criticize or denounce", 3, -2.0, "ACCUSE"),
    ("112", "Accuse", 3, -2.0, "ACCUSE"),
    ("138", "Threaten to use military force", 3, -7.0, "THREATEN"),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0, "COERCE"),
    ("173", "Arrest, detain", 4, -5.0, "COERCE"),
    ("190", "Use conventional military force", 4, -10.0, "ASSAULT"),
    ("195", "Employ aerial weapons", 4, -10.0, "ASSAULT"),
]
ACTORS = [
    "USA",
    "CHN",
    "RUS",
    "UKR",
    "JPN",
    "GBR",
    "FRA",
    "DEU",
    "IND",
    "IRN",
    "ISR",
    "PSE",
    "SYR",
    "TUR",
    "PRK",
    "KOR",
    "SAU",
    "EGY",
    "PAK",
    "AFG",
    "IRQ",
    "BRA",
    "MEX",
    "CAN",
    "AUS",
    "NGA",
    "ZAF",
    "ETH",
    "KEN",
    "VEN",
    "COL",
    "ARG",
    "ITA",
    "ESP",
    "POL",
    "BLR",
    "GEO",
    "ARM",
    "AZE",
    "KAZ",
    "VNM",
    "PHL",
    "IDN",
    "MYS",
    "THA",
    "MMR",
    "BGD",
    "LKA",
    "NPL",
    "SDN",
    "SSD",
    "LBY",
    "TUN",
    "DZA",
    "MAR",
    "MLI",
    "NER",
    "TCD",
    "SOM",
    "YEM",
    "QAT",
    "ARE",
    "JOR",
    "LBN",
    "CUB",
    "NIC",
    "HTI",
    "PER",
    "CHL",
    "BOL",
    "IGO:UN",
    "IGO:EU",
    "IGO:NATO",
    "IGO:AU",
    "IGO:G7",
    "IGO:WHO",
    "IGO:IMF",
    "IGO:ASEAN",
    "IGO:OPEC",
    "IGO:ICC",
]
PLACES = [
    ("Washington", "USA", 38.9, -77.04),
    ("Beijing", "CHN", 39.9, 116.4),
    ("Moscow", "RUS", 55.75, 37.62),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Tokyo", "JPN", 35.69, 139.69),
    ("London", "GBR", 51.5, -0.13),
    ("Gaza", "PSE", 31.5, 34.47),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Damascus", "SYR", 33.51, 36.29),
    (None, None, None, None),
]


def generate(store: Store, n_events: int, seed: int = 7) -> float:
    rnd = random.Random(seed)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(ACTORS))]
    start = dt.date(2015, 1, 1)
    days = (dt.date(2024, 12, 31) - start).days
    t0 = time.perf_counter()
    # bulk load as one would: drop the secondary indexes, load, build them again (sorted, much faster)
    indexes = [i for t in (S.events, S.event_evidence, S.event_sources, S.articles) for i in t.indexes]
    with store.write() as conn:
        for index in indexes:
            index.drop(conn)
    per_article, chunk = 5, 20_000
    eid = 0
    stamp = S.now()
    with store.write() as conn:
        conn.execute(
            insert(S.actors),
            [
                {
                    "key": k,
                    "name": k,
                    "kind": "igo" if k.startswith("IGO:") else "country",
                    "country": None if k.startswith("IGO:") else k,
                    "igo": None,
                }
                for k in ACTORS
            ],
        )
    while eid < n_events:
        arts, evs, evid, srcs = [], [], [], []
        for _ in range(chunk // per_article):
            if eid >= n_events:
                break
            aid = f"bench-{eid // per_article}"
            day = start + dt.timedelta(days=rnd.randrange(days))
            text = f"Synthetic article {aid}."
            arts.append(
                {
                    "id": aid,
                    "version": 1,
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "record_sha": aid,
                    "title": f"Article {aid}",
                    "published": day.isoformat(),
                    "source": "bench",
                    "url": None,
                    "text": text,
                    "n_events": per_article,
                    "n_unasserted": 0,
                    "n_quotes": 0,
                    "warnings": "[]",
                    "ingested_at": stamp,
                    "updated_at": stamp,
                }
            )
            for _k in range(per_article):
                if eid >= n_events:
                    break
                eid += 1
                a, b = rnd.choices(ACTORS, weights, k=2)
                while b == a:
                    b = rnd.choices(ACTORS, weights)[0]
                code, name, quad, gold, plover = rnd.choice(CODES)
                place = rnd.choice(PLACES)
                d = (day - dt.timedelta(days=rnd.randrange(3))).isoformat()
                sentence = f"{a} {name.lower()} {b} in {place[0] or 'an unnamed place'}, officials said."
                evs.append(
                    {
                        "id": eid,
                        "uid": f"{aid}#e{eid}",
                        "article_id": aid,
                        "coder_id": f"e{eid}",
                        "source_key": a,
                        "source_name": a,
                        "source_text": a,
                        "source_country": None,
                        "source_igo": None,
                        "source_sector": None,
                        "source_role": None,
                        "source_start": 0,
                        "source_end": len(a),
                        "target_key": b,
                        "target_name": b,
                        "target_text": b,
                        "target_country": None,
                        "target_igo": None,
                        "target_sector": None,
                        "target_role": None,
                        "target_start": None,
                        "target_end": None,
                        "pair": "|".join(sorted((a, b))),
                        "cameo": code,
                        "cameo_root": code[:2],
                        "cameo_name": name,
                        "plover": plover,
                        "plover_mode": None,
                        "plover_context": None,
                        "quad_class": quad,
                        "goldstein": gold,
                        "date": d,
                        "date_start": d,
                        "date_precision": "day",
                        "date_source": "text",
                        "historical": False,
                        "loc_text": place[0],
                        "loc_name": place[0],
                        "loc_country": place[1],
                        "loc_lat": place[2],
                        "loc_lon": place[3],
                        "loc_kind": "city" if place[0] else None,
                        "loc_start": None,
                        "loc_end": None,
                        "negated": False,
                        "modality": "asserted",
                        "asserted": rnd.random() > 0.03,
                        "mutual": False,
                        "rule": "bench",
                        "confidence": 0.8,
                    }
                )
                evid.append(
                    {
                        "event_id": eid,
                        "article_id": aid,
                        "seq": 0,
                        "sentence": sentence,
                        "start": 0,
                        "end": len(sentence),
                        "trigger": name.split()[0].lower(),
                        "trigger_start": None,
                        "trigger_end": None,
                    }
                )
                srcs.append({"event_id": eid, "article_id": aid, "article_version": 1, "added_at": stamp})
        with store.write() as conn:
            conn.execute(insert(S.articles), arts)
            conn.execute(insert(S.events), evs)
            conn.execute(insert(S.event_evidence), evid)
            conn.execute(insert(S.event_sources), srcs)
        print(f"\r  {eid:,} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print("  building indexes ...", file=sys.stderr)
    with store.write() as conn:
        for index in indexes:
            index.create(conn)
        rebuild_stats(conn)  # the running totals the write path keeps, built once after the bulk load
    print("  clustering ...", file=sys.stderr)
    t1 = time.perf_counter()
    summary = store.rebuild_clusters()  # the clusters the write path keeps, built once after the bulk load
    print(
        f"  clustered {summary['events']:,} events into {summary['clusters']:,} real-world events "
        f"in {time.perf_counter() - t1:.1f} s",
        file=sys.stderr,
    )
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - t0


def timed(fn: Any, runs: int = 7) -> tuple[float, float, Any]:
    t = time.perf_counter()
    result = fn()
    cold = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return cold, statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="bench-store.db")
    ap.add_argument("--keep", action="store_true", help="reuse an existing database of that name")
    args = ap.parse_args()
    path = Path(args.db)
    if path.exists() and not args.keep:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    store = Store(str(path))
    if store.counts()["events"] == 0:
        print(f"generating {args.events:,} events into {path} ...", file=sys.stderr)
        secs = generate(store, args.events)
        print(f"generated in {secs:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    counts = store.counts()
    print(f"store: {counts['events']:,} asserted events, {counts['articles']:,} articles")
    top = store.top_dyads(3)
    a, b = top[0]["a"]["key"], top[0]["b"]["key"]
    print(f"busiest dyad: {a}-{b} with {top[0]['count']:,} events")
    cases = [
        (f"dyad timeline {a}-{b}, month", lambda: store.dyad_timeline(a, b, interval="month")),
        (f"dyad timeline {a}-{b}, week", lambda: store.dyad_timeline(a, b, interval="week")),
        ("dyad timeline RUS-UKR, day", lambda: store.dyad_timeline("RUS", "UKR", interval="day")),
        (
            f"event page: dyad {a}-{b} + quad 4 + since 2020, with total",
            lambda: store.events(EventQuery.build(dyad=(a, b), quad=4, since="2020-01-01"), limit=50),
        ),
        (
            "event page: actor RUS + cameo 19 + 2022, with total",
            lambda: store.events(
                EventQuery.build(actor="RUS", cameo="19", since="2022", until="2022"), limit=50
            ),
        ),
        ("event page: no filter, with total", lambda: store.events(limit=50)),
        (
            "event page: plover ASSAULT, page 2 by cursor",
            lambda: store.events(
                EventQuery.build(plover="ASSAULT"),
                limit=50,
                cursor=store.events(EventQuery.build(plover="ASSAULT"), limit=50, with_total=False)[
                    "next_cursor"
                ],
            ),
        ),
        (
            "event page: text 'aerial' + dyad RUS-UKR",
            lambda: store.events(EventQuery.build(text="aerial", dyad=("RUS", "UKR")), limit=50),
        ),
        ("actor profile RUS", lambda: store.actor("RUS")),
        ("clusters page: no filter, with total", lambda: store.clusters(limit=50)),
        (
            f"clusters page: dyad {a}-{b}, 2+ sources, with total",
            lambda: store.clusters(EventQuery.build(dyad=(a, b)), limit=50, min_sources=2),
        ),
        ("overview (counts, top dyads, latest)", lambda: store.overview()),
    ]
    print(f"\n{'query':62} {'cold ms':>9} {'median ms':>10}")
    for name, fn in cases:
        cold, med, _ = timed(fn)
        flag = "" if med < 300 else "  (over 300 ms)"
        print(f"{name:62} {cold:9.1f} {med:10.1f}{flag}")
    store.close()


if __name__ == "__main__":
    main()
