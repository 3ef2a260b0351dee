"""Hand-made ``newsevents/article.v1`` records for the clustering and export tests.

``article()`` builds one record around one or more events; ``event()`` builds an event with actors,
a date (with where it came from), a place and one evidence sentence whose offsets point into the text.
"""

from __future__ import annotations

import hashlib
from typing import Any

COUNTRIES = {
    "RUS": "Russia",
    "UKR": "Ukraine",
    "JPN": "Japan",
    "USA": "United States",
    "FRA": "France",
}
CAMEO = {  # code: (name, quad, goldstein, plover, mode, context)
    "190": ("Use conventional military force, not specified below", 4, -10.0, "ASSAULT", None, "military"),
    "195": ("Employ aerial weapons", 4, -10.0, "ASSAULT", "aerial", "military"),
    "183": ("Conduct suicide, car, or other non-military bombing", 4, -10.0, "ASSAULT", "bomb", "terrorism"),
    "046": ("Engage in negotiation", 1, 7.0, "CONSULT", None, "diplomatic"),
    "111": ("Criticize or denounce", 3, -2.0, "ACCUSE", "disapprove", None),
}
PLACES = {  # name: (country, lat, lon, kind)
    "Kharkiv": ("UKR", 49.98, 36.25, "city"),
    "Kyiv": ("UKR", 50.45, 30.52, "city"),
    "Moscow": ("RUS", 55.75, 37.62, "city"),
    "Paris": ("FRA", 48.85, 2.35, "city"),
}


def actor(key: str | None, text: str | None = None, sector: str | None = None) -> dict[str, Any] | None:
    if key is None and text is None:
        return None
    name = COUNTRIES.get(key or "", text)
    return {
        "text": text or name,
        "name": name,
        "key": key,
        "country": key,
        "igo": None,
        "sector": sector,
        "role": None,
        "start": None,
        "end": None,
    }


def event(
    source: str | None,
    target: str | None,
    cameo: str,
    date: str | None,
    *,
    place: str | None = None,
    date_source: str = "text",
    mutual: bool = False,
    sentence: str = "",
    trigger: str = "",
    source_sector: str | None = "MIL",
    target_sector: str | None = None,
    eid: str = "e1",
) -> dict[str, Any]:
    name, quad, gs, plover, mode, context = CAMEO[cameo]
    loc = None
    if place:
        country, lat, lon, kind = PLACES[place]
        loc = {"text": place, "name": place, "country": country, "lat": lat, "lon": lon, "kind": kind}
    return {
        "id": eid,
        "source": actor(source, sector=source_sector),
        "target": actor(target, sector=target_sector),
        "cameo": cameo,
        "cameo_name": name,
        "plover": plover,
        "plover_mode": mode,
        "plover_context": context,
        "quad_class": quad,
        "goldstein": gs,
        "date": date,
        "date_source": date_source,
        "historical": False,
        "location": loc,
        "negated": False,
        "modality": "asserted",
        "mutual": mutual,
        "evidence": [{"sentence": sentence, "trigger": trigger}],
        "rule": "test",
        "confidence": 0.9,
    }


def article(
    aid: str,
    text: str,
    events: list[dict[str, Any]],
    *,
    published: str = "2022-03-11",
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    unasserted: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A record whose events' evidence offsets are found in ``text``."""
    for ev in [*events, *(unasserted or [])]:
        for e in ev["evidence"]:
            sent = e["sentence"] or text.split(". ")[0]
            e["sentence"] = sent
            start = text.find(sent)
            e["start"], e["end"] = (start, start + len(sent)) if start >= 0 else (None, None)
            t = e.get("trigger") or ""
            ts = text.find(t, max(start, 0)) if t else -1
            e["trigger_start"], e["trigger_end"] = (ts, ts + len(t)) if ts >= 0 else (None, None)
    return {
        "schema": "newsevents/article.v1",
        "article": {
            "id": aid,
            "title": title or text.split(". ")[0][:80],
            "published": published,
            "source": source,
            "url": url,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "text": text,
        },
        "actors": [],
        "events": events,
        "unasserted_events": unasserted or [],
        "quotes": [],
        "places": [],
        "dates": [],
        "warnings": [],
    }


STRIKE_TEXT = (
    "Russian forces shelled the centre of Kharkiv on Thursday, killing at least six people, regional "
    "officials said. The strike hit a residential block near the main square, and rescuers were searching "
    "the rubble late into the night while air raid sirens sounded across the city."
)


def strike_reports() -> list[dict[str, Any]]:
    """One strike on Kharkiv on 2022-03-10, reported by four outlets with their own words and dates."""
    s = "Russian forces shelled Kharkiv"
    return [
        article(
            "reuters-1",
            "Russian forces shelled Kharkiv on Thursday, killing six, Ukrainian officials said. "
            "Ukraine's emergency service said fires broke out in three buildings.",
            [
                event(
                    "RUS",
                    "UKR",
                    "190",
                    "2022-03-10",
                    place="Kharkiv",
                    sentence=s + " on Thursday",
                    trigger="shelled",
                )
            ],
            source="Reuters",
            url="https://www.reuters.com/world/europe/kharkiv-1",
            published="2022-03-10",
        ),
        article(
            "bbc-1",
            "Russian forces shelled Kharkiv again, the BBC was told by residents. The barrage lasted hours "
            "and left the old town without power, according to the mayor.",
            [
                event(
                    "RUS",
                    "UKR",
                    "190",
                    "2022-03-10",
                    place="Kharkiv",
                    sentence=s + " again",
                    trigger="shelled",
                )
            ],
            source="BBC News",
            url="https://www.bbc.co.uk/news/world-europe-1",
        ),
        article(  # a day later by the text ("on Friday" read against a late report): within ±1 day
            "aljazeera-1",
            "Russian forces shelled Kharkiv overnight into Friday. Residents sheltered in metro stations as "
            "the bombardment continued, an Al Jazeera correspondent reported.",
            [
                event(
                    "RUS",
                    "UKR",
                    "190",
                    "2022-03-11",
                    place="Kharkiv",
                    sentence=s + " overnight",
                    trigger="shelled",
                )
            ],
            source="Al Jazeera",
            published="2022-03-11",
        ),
        article(  # no source: the publisher is the URL's domain; the date is the publication date (±2 days)
            "ap-site-1",
            "Russian forces shelled Kharkiv, officials in the northeastern Ukrainian city said, with "
            "casualty figures still rising on Saturday morning.",
            [
                event(
                    "RUS",
                    "UKR",
                    "190",
                    "2022-03-12",
                    place="Kharkiv",
                    date_source="published",
                    sentence=s + ", officials",
                    trigger="shelled",
                )
            ],
            url="https://apnews.com/article/kharkiv-shelling",
            published="2022-03-12",
        ),
    ]
