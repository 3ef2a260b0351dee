"""Mark spans of text (actors, places, triggers...) as HTML, escaping every character of the text.

Spans may overlap or nest: the text is cut at every span boundary and each piece is wrapped once with
the classes and titles of all the spans that cover it. Spans whose offsets do not fit the text are
dropped, never trusted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    cls: str  # CSS class, e.g. "actor", "place", "trigger"
    title: str = ""


def mark(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as escaped HTML with ``<mark class="...">`` around each annotated piece."""
    good = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not good:
        return Markup(escape(text))
    cuts = sorted({0, len(text), *(s.start for s in good), *(s.end for s in good)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        cover = [s for s in good if s.start <= a and b <= s.end]
        if not cover:
            out.append(str(piece))
            continue
        classes = " ".join(dict.fromkeys(f"m-{s.cls}" for s in cover))
        titles = "; ".join(dict.fromkeys(s.title for s in cover if s.title))
        out.append(f'<mark class="{classes}" title="{escape(titles)}">{piece}</mark>')
    return Markup("".join(out))


def _locate(
    sentence: str, base: int | None, start: Any, end: Any, surface: str | None
) -> tuple[int, int] | None:
    """Where a span falls in a sentence: by absolute offsets (checked), by relative ones, or by its text."""
    if isinstance(start, int) and isinstance(end, int):
        for rel in ((start - base, end - base) if base is not None else None, (start, end)):
            if rel and 0 <= rel[0] < rel[1] <= len(sentence):
                if not surface or sentence[rel[0] : rel[1]] == surface:
                    return rel
    if surface:
        i = sentence.find(surface)
        if i >= 0:
            return i, i + len(surface)
    return None


def evidence_spans(event: dict[str, Any], evidence: dict[str, Any]) -> list[Span]:
    """Spans of the source actor, target actor and trigger inside one evidence sentence."""
    sentence = evidence.get("sentence") or ""
    base = evidence.get("start") if isinstance(evidence.get("start"), int) else None
    spans: list[Span] = []
    for side, cls in (("source", "source"), ("target", "target")):
        a = event.get(side)
        if a:
            at = _locate(sentence, base, a.get("start"), a.get("end"), a.get("text"))
            if at:
                spans.append(
                    Span(*at, cls, f"{side}: {a.get('name') or a.get('text')} ({a.get('key') or '?'})")
                )
    trig = evidence.get("trigger")
    at = _locate(sentence, base, evidence.get("trigger_start"), evidence.get("trigger_end"), trig)
    if at:
        spans.append(Span(*at, "trigger", f"{event.get('cameo')} {event.get('cameo_name') or ''}".strip()))
    return spans


def mark_evidence(event: dict[str, Any], evidence: dict[str, Any]) -> Markup:
    return mark(evidence.get("sentence") or "", evidence_spans(event, evidence))


def article_spans(article: dict[str, Any]) -> list[Span]:
    """Every annotation of an article as spans over its text."""
    spans: list[Span] = []
    for q in article.get("quotes", []):
        if isinstance(q.get("start"), int) and isinstance(q.get("end"), int):
            who = (q.get("speaker") or {}).get("name") or "unknown speaker"
            spans.append(Span(q["start"], q["end"], "quote", f"quote by {who}"))
    for a in article.get("actors", []):
        spans.append(
            Span(
                a["start"],
                a["end"],
                "actor",
                f"actor {a.get('key') or '?'}: {a.get('name') or a.get('text')}"
                + (f", {a['role']}" if a.get("role") else ""),
            )
        )
    for p in article.get("places", []):
        if isinstance(p.get("start"), int) and isinstance(p.get("end"), int):
            spans.append(
                Span(p["start"], p["end"], "place", f"place: {p.get('name')} ({p.get('country') or '?'})")
            )
    for d in article.get("dates", []):
        if isinstance(d.get("start"), int) and isinstance(d.get("end"), int):
            spans.append(Span(d["start"], d["end"], "date", f"date: {d.get('value')} ({d.get('precision')})"))
    for ev in article.get("events", []) + article.get("unasserted_events", []):
        for e in ev.get("evidence", []):
            ts, te = e.get("trigger_start"), e.get("trigger_end")
            text = article.get("text") or ""
            if not (isinstance(ts, int) and isinstance(te, int) and text[ts:te] == e.get("trigger")):
                base = e.get("start") if isinstance(e.get("start"), int) else None
                at = _locate(e.get("sentence") or "", base, ts, te, e.get("trigger"))
                if at is None or base is None:
                    continue
                ts, te = base + at[0], base + at[1]
            cls = "trigger" if ev.get("asserted", True) else "trigger-unasserted"
            spans.append(Span(ts, te, cls, f"event {ev.get('cameo')} {ev.get('cameo_name') or ''}".strip()))
    return spans


def mark_article(article: dict[str, Any]) -> Markup:
    return mark(article.get("text") or "", article_spans(article))
