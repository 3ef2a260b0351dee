"""Real-world events (clusters) as rows of the GDELT 2.0 event table: 61 tab-separated columns.

The mapping of each column is documented in ``docs/exports.md``; columns we have no equivalent for are
empty. Dates less precise than a day are written as the first day of their month or year.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .codes import cameo_country, fips

ACTOR = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
]  # fmt: skip
GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS: list[str] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ACTOR],
    *[f"Actor2{c}" for c in ACTOR],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"Actor1Geo_{c}" for c in GEO],
    *[f"Actor2Geo_{c}" for c in GEO],
    *[f"ActionGeo_{c}" for c in GEO],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
assert len(COLUMNS) == 61

#: the lead of an article, for IsRootEvent: its first paragraph, at most this many characters
LEAD_CHARS = 500


def _actor(a: dict[str, Any] | None) -> list[str]:
    if not a or not (a.get("key") or a.get("text")):
        return [""] * len(ACTOR)
    key = a.get("key") or ""
    sector = a.get("sector") or ""
    igo = a.get("igo") or (key[4:] if key.startswith("IGO:") else "")
    country = cameo_country(a.get("country") or (key if len(key) == 3 else None))
    if key.startswith("IGO:"):
        code = "IGO"
    else:
        code = country + (sector if sector and sector != "IGO" else "")
    name = (a.get("name") or a.get("text") or "").upper()
    type1 = sector if sector and sector != "IGO" else ("IGO" if igo else "")
    return [code, name, country, igo, "", "", "", type1, "", ""]


def _geo(loc: dict[str, Any] | None, country_name: str | None) -> list[str]:
    if not loc or not (loc.get("country") or loc.get("lat") is not None):
        return [""] * len(GEO)
    kind = (loc.get("kind") or "").lower()
    iso = loc.get("country")
    us = iso == "USA"
    if kind == "country":
        gtype = 1
    elif kind in ("state", "region", "province", "adm1"):
        gtype = 2 if us else 5
    else:
        gtype = 3 if us else 4
    code = fips(iso)
    name = loc.get("name") or loc.get("text") or ""
    full = name if gtype == 1 or not country_name or country_name == name else f"{name}, {country_name}"
    lat, lon = loc.get("lat"), loc.get("lon")
    return [
        str(gtype),
        full,
        code,
        code if gtype == 1 else "",  # ADM1 of a country-level match is the country code in GDELT
        "",
        f"{lat:.4f}" if lat is not None else "",
        f"{lon:.4f}" if lon is not None else "",
        code if gtype == 1 else "",  # GDELT's FeatureID of a country is its FIPS code; we hold no GNS id
    ]


def first_day(date: str | None) -> dt.date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not date:
        return None
    return dt.date.fromisoformat({4: date + "-01-01", 7: date + "-01"}.get(len(date), date))


def _num(v: float) -> str:
    return str(float(v))  # GDELT writes one decimal at least: -10.0, 1.9


def row(cluster: dict[str, Any], lead_end: int | None, country_name: str | None = None) -> list[str]:
    """One cluster as the 61 GDELT columns (strings). ``lead_end``: where the first article's lead ends."""
    ev = cluster["event"]
    day = first_day(ev.get("date"))
    cameo = ev["cameo"]
    evid = ev.get("evidence") or []
    start = evid[0].get("start") if evid else None
    is_root = int(lead_end is not None and start is not None and start < lead_end)
    added = cluster.get("first_added") or ""
    added_s = ""
    if added:
        t = dt.datetime.fromisoformat(added)
        added_s = t.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S") if t.tzinfo else t.strftime("%Y%m%d%H%M%S")
    out = [
        str(cluster["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *_actor(ev.get("source")),
        *_actor(ev.get("target")),
        str(is_root),
        cameo,
        cameo[:3],
        cameo[:2],
        str(ev["quad_class"]),
        _num(float(ev["goldstein"])),
        str(cluster["n_mentions"]),
        str(cluster["n_sources"]),
        str(cluster["n_articles"]),
        "",  # AvgTone: no tone model
        *[""] * len(GEO),  # Actor1Geo: actors are not located
        *[""] * len(GEO),  # Actor2Geo
        *_geo(ev.get("location"), country_name),
        added_s,
        cluster.get("first_url") or (cluster["articles"][0]["id"] if cluster.get("articles") else ""),
    ]
    return [" ".join(str(v).split()) for v in out]  # no tabs or newlines inside a cell


def lead_end(text_head: str) -> int:
    """Where an article's lead (first paragraph, at most LEAD_CHARS characters) ends."""
    cut = text_head.find("\n\n")
    return min(cut if cut >= 0 else len(text_head), LEAD_CHARS)
