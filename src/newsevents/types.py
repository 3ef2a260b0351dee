"""The records newsevents produces, and their JSON form (schema ``newsevents/article.v1``).

All records are plain dataclasses: they pickle, compare by value and serialise with ``to_dict``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "newsevents/article.v1"

Precision = Literal["day", "month", "year"]
Modality = Literal["asserted", "intent", "hypothetical", "future"]


@dataclass(slots=True)
class Article:
    """One input document."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "<input>"  # file (and line) it was read from, for messages
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Actor:
    """A resolved mention of who acts. ``key`` is an ISO3 country, ``IGO:NAME`` or None."""

    text: str
    name: str | None
    key: str | None
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    role: str | None = None
    start: int = 0
    end: int = 0
    kind: str = "unknown"  # person | country | igo | agent | group | pronoun | unknown
    rule: str = ""

    def rekeyed(self, key: str, rule: str) -> Actor:
        """This actor assigned to ``key`` (a country, or an IGO) by ``rule``."""
        igo = key.split(":", 1)[1] if key.startswith("IGO:") else None
        return Actor(
            text=self.text,
            name=self.name,
            key=key,
            country=None if igo else key,
            igo=igo,
            sector=self.sector,
            role=self.role,
            start=self.start,
            end=self.end,
            kind=self.kind,
            rule=rule,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "key": self.key,
            "country": self.country,
            "igo": self.igo,
            "sector": self.sector,
            "role": self.role,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class DateMention:
    text: str
    value: str  # YYYY | YYYY-MM | YYYY-MM-DD
    precision: Precision
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    verb: str | None
    speaker: Actor | None
    partial: bool = False
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "partial": self.partial,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Evidence:
    sentence: str
    start: int  # offsets of the sentence in the article text
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    id: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    quad_class: int
    goldstein: float
    date: str | None
    date_source: Literal["text", "published"] | None
    historical: bool
    location: Place | None
    negated: bool
    modality: Modality
    evidence: list[Evidence]
    rule: str
    confidence: float
    mutual: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "plover_context": self.plover_context,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "date_source": self.date_source,
            "historical": self.historical,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "mutual": self.mutual,
            "evidence": [e.to_dict() for e in self.evidence],
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class ArticleResult:
    """Everything coded from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    unasserted_events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "schema": SCHEMA,
            "article": {
                "id": a.id,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
                "sha256": a.sha256,
                "text": a.text,
            },
            "actors": [x.to_dict() for x in self.actors],
            "events": [x.to_dict() for x in self.events],
            "unasserted_events": [x.to_dict() for x in self.unasserted_events],
            "quotes": [x.to_dict() for x in self.quotes],
            "places": [x.to_dict() for x in self.places],
            "dates": [x.to_dict() for x in self.dates],
            "warnings": list(self.warnings),
        }
