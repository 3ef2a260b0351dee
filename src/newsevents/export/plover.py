"""Real-world events (clusters) as PLOVER JSON records (one per line), after the PLOVER manual's
"Data Fields". The mapping is documented in ``docs/exports.md``."""

from __future__ import annotations

import calendar
import re
from typing import Any

from .. import __version__

#: PLOVER location resolution by our place kinds (5 sub-city, 4 city, 3 district, 2 province, 1 country)
RESOLUTION = {"country": 1, "state": 2, "region": 2, "province": 2, "district": 3, "city": 4, "town": 4}


def _entity(a: dict[str, Any] | None) -> dict[str, Any] | None:
    if not a or not (a.get("key") or a.get("text")):
        return None
    key = a.get("key") or ""
    out: dict[str, Any] = {
        "code": "IGO" if key.startswith("IGO:") else (a.get("country") or key or None),
        "sector": a.get("sector"),
        "entity_text": a.get("text"),
    }
    if a.get("name"):
        out["identifier_text"] = a["name"]
    if a.get("role"):
        out["office"] = a["role"]
    if a.get("igo"):
        out["igo"] = a["igo"]
    return out


def _period(date: str | None) -> tuple[str | None, str | None]:
    """(date, enddate): a day is itself; a month or a year spans from its first to its last day."""
    if not date:
        return None, None
    if len(date) == 10:
        return date, None
    if len(date) == 7:
        y, m = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(y, m)[1]:02d}"
    return f"{date}-01-01", f"{date}-12-31"


def record(cluster: dict[str, Any]) -> dict[str, Any]:
    """One cluster as a PLOVER record."""
    ev = cluster["event"]
    date, enddate = _period(ev.get("date"))
    actor = _entity(ev.get("source"))
    recipient = _entity(ev.get("target"))
    modes = [ev["plover_mode"]] if ev.get("plover_mode") else []
    if ev.get("historical"):
        modes.append("historical")
    contexts = [c.strip() for c in re.split(r"[,;|]", ev.get("plover_context") or "") if c.strip()]
    loc = ev.get("location")
    art = (cluster.get("articles") or [{}])[0]
    first = next((a for a in cluster.get("articles") or [] if a.get("url") == cluster.get("first_url")), art)
    evid = ev.get("evidence") or []
    out: dict[str, Any] = {
        "id": f"newsevents-{cluster['id']}",
        "has_event": True,
        "date": date,
    }
    if enddate:
        out["enddate"] = enddate
    out.update(
        {
            "actor": [actor] if actor else [],
            "recipient": [recipient] if recipient else [],
            "event": [ev["plover"]] if ev.get("plover") else [],
            "mode": modes,
            "context": contexts,
            "event_loc": {
                "extracted_place": loc.get("text"),
                "resolved_place": loc.get("name"),
                "lat": loc.get("lat"),
                "lon": loc.get("lon"),
                "country_code": loc.get("country"),
                "feature_class": loc.get("kind"),
                "resolution": RESOLUTION.get((loc.get("kind") or "").lower()),
            }
            if loc
            else None,
            "event_text": [e["sentence"] for e in evid],
            "quad_code": ev["quad_class"],
            "event_scale": float(ev["goldstein"]),
            "text_info": {
                "sequence": 0,
                "start": evid[0].get("start") if evid else None,
                "end": evid[0].get("end") if evid else None,
                "text_story": ev.get("article_id"),
            },
            "cite_info": {
                "corpus": "newsevents",
                "citation": first.get("url") or first.get("id"),
                "url": first.get("url"),
                "title": first.get("title"),
                "language": "en",
                "publication": first.get("source"),
                "license": None,
                "copyright": None,
                "coder": "newsevents",
                "codebook": f"CAMEO {ev['cameo']} ({ev.get('cameo_name') or ''}) mapped to PLOVER",
                "version": __version__,
            },
            "coder": "newsevents",
            "coded_date": (cluster.get("first_added") or "")[:10] or None,
            "num_articles": cluster["n_articles"],
            "num_sources": cluster["n_sources"],
            "num_mentions": cluster["n_mentions"],
        }
    )
    return out
