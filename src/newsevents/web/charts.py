"""Charts drawn on the server as SVG (no JavaScript, no CDN): timelines, bars and the world map.

Every text that goes into the SVG is escaped. Tooltips are SVG ``<title>`` elements, which browsers show
natively.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

QUAD_COLORS = {"1": "#8fc98b", "2": "#1f7a3a", "3": "#f2a66f", "4": "#b8202e"}
QUAD_LABELS = {
    "1": "Verbal cooperation",
    "2": "Material cooperation",
    "3": "Verbal conflict",
    "4": "Material conflict",
}


def _e(v: Any) -> str:
    return str(escape(str(v)))


def _nice_max(v: float) -> int:
    if v <= 5:
        return 5
    mag = 10 ** int(math.floor(math.log10(v)))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * mag:
            return int(math.ceil(m * mag))
    return int(v)


def timeline_svg(
    buckets: list[dict[str, Any]],
    *,
    width: int = 960,
    height: int = 320,
    goldstein: bool = True,
    label: str = "events",
) -> Markup:
    """Stacked bars of events per QuadClass per bucket, with the mean Goldstein score as a line."""
    if not buckets:
        return Markup('<p class="empty">No dated events to chart.</p>')
    left, right, top, bottom = 48, 48 if goldstein else 16, 16, 56
    pw, ph = width - left - right, height - top - bottom
    n = len(buckets)
    step = pw / n
    bw = max(1.0, step * 0.8)
    ymax = _nice_max(max((b["total"] for b in buckets), default=1) or 1)
    out = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_e(label)} per period by QuadClass" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i in range(6):  # y grid and left axis (counts)
        v = ymax * i / 5
        y = top + ph - ph * i / 5
        out.append(f'<line class="grid" x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
    out.append(
        f'<text class="axis-label" x="12" y="{top + ph / 2}" transform="rotate(-90 12 {top + ph / 2})" '
        f'text-anchor="middle">{_e(label)}</text>'
    )
    every = max(1, math.ceil(n / 12))
    for i, b in enumerate(buckets):
        x = left + i * step + (step - bw) / 2
        y = top + ph
        parts = []
        for q in ("1", "2", "3", "4"):
            c = b["counts"].get(q, 0)
            if c:
                h = ph * c / ymax
                y -= h
                out.append(
                    f'<rect class="q{q}" x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                    f'fill="{QUAD_COLORS[q]}"><title>{_e(b["bucket"])}: {c} {_e(QUAD_LABELS[q].lower())}'
                    f"</title></rect>"
                )
                parts.append(f"{QUAD_LABELS[q]} {c}")
        tip = f"{b['bucket']}: {b['total']} {label}"
        if b.get("goldstein_mean") is not None:
            tip += f" — mean Goldstein {b['goldstein_mean']:+.2f}"
        out.append(
            f'<rect class="hit" x="{left + i * step:.1f}" y="{top}" width="{step:.1f}" height="{ph}" '
            f'fill="transparent"><title>{_e(tip)}{"&#10;" if parts else ""}{_e(", ".join(parts))}'
            f"</title></rect>"
        )
        if i % every == 0:
            cx = left + i * step + step / 2
            out.append(
                f'<text class="tick" x="{cx:.1f}" y="{top + ph + 16}" text-anchor="middle">'
                f"{_e(b['bucket'])}</text>"
            )
    out.append(f'<line class="axis" x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}"/>')
    if goldstein:

        def gy(g: float) -> float:
            return top + ph / 2 - (ph / 2) * g / 10

        for g in (-10, 0, 10):
            out.append(f'<text class="tick gs" x="{left + pw + 6}" y="{gy(g) + 4:.1f}">{g:+d}</text>')
        out.append(f'<line class="zero" x1="{left}" x2="{left + pw}" y1="{gy(0):.1f}" y2="{gy(0):.1f}"/>')
        pts = [
            (left + i * step + step / 2, gy(b["goldstein_mean"]))
            for i, b in enumerate(buckets)
            if b.get("goldstein_mean") is not None
        ]
        if len(pts) > 1:
            d = " ".join(f"{'M' if k == 0 else 'L'}{x:.1f},{y:.1f}" for k, (x, y) in enumerate(pts))
            out.append(f'<path class="goldstein" d="{d}" fill="none" stroke="#2b4c7e" stroke-width="2"/>')
        for x, y in pts:
            out.append(f'<circle class="goldstein-dot" cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#2b4c7e"/>')
        out.append(
            f'<text class="axis-label" x="{width - 8}" y="{top + ph / 2}" '
            f'transform="rotate(90 {width - 8} {top + ph / 2})" text-anchor="middle">mean Goldstein</text>'
        )
    lx = left
    for q in ("1", "2", "3", "4"):
        out.append(
            f'<rect x="{lx}" y="{height - 18}" width="12" height="12" fill="{QUAD_COLORS[q]}"/>'
            f'<text class="legend" x="{lx + 16}" y="{height - 8}">{_e(QUAD_LABELS[q])}</text>'
        )
        lx += 170
    if goldstein:
        out.append(
            f'<line x1="{lx}" x2="{lx + 16}" y1="{height - 12}" y2="{height - 12}" stroke="#2b4c7e" '
            f'stroke-width="2"/><text class="legend" x="{lx + 20}" y="{height - 8}">mean Goldstein</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def hbars_svg(
    rows: list[tuple[str, int, str]], *, width: int = 460, bar_h: int = 18, label_w: int = 200
) -> Markup:
    """Horizontal bars: (label, value, color)."""
    if not rows:
        return Markup('<p class="empty">Nothing to show.</p>')
    vmax = max(v for _, v, _ in rows) or 1
    h = len(rows) * (bar_h + 6) + 4
    out = [
        f'<svg class="chart hbars" viewBox="0 0 {width} {h}" xmlns="http://www.w3.org/2000/svg" role="img">'
    ]
    for i, (lab, v, color) in enumerate(rows):
        y = 2 + i * (bar_h + 6)
        w = (width - label_w - 50) * v / vmax
        out.append(
            f'<text class="tick" x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{_e(lab)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{max(w, 1):.1f}" height="{bar_h}" fill="{_e(color)}">'
            f"<title>{_e(lab)}: {v}</title></rect>"
            f'<text class="tick" x="{label_w + w + 4:.1f}" y="{y + bar_h - 5}">{v}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    path: str  # SVG path in map coordinates: x = longitude, y = -latitude


def load_world() -> list[Country]:
    """The bundled Natural Earth 1:110m countries (see scripts/make_world.py) as SVG paths."""
    raw = resources.files("newsevents.web").joinpath("static/world-110m.geojson").read_text(encoding="utf-8")
    out = []
    for f in json.loads(raw)["features"]:
        parts = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                parts.append("M" + "L".join(f"{x:g},{-y:g}" for x, y in ring) + "Z")
        out.append(Country(f["properties"]["iso_a3"], f["properties"]["name"], "".join(parts)))
    return out


def _shade(n: int, nmax: int) -> str:
    if n <= 0:
        return "#e9ecef"
    t = math.sqrt(n / nmax) if nmax else 0
    r, g, b = (int(219 - 150 * t), int(229 - 120 * t), int(241 - 60 * t))
    return f"#{r:02x}{g:02x}{b:02x}"


def world_svg(
    countries: list[Country], points: list[dict[str, Any]], by_country: dict[str, int], link: Any
) -> Markup:
    """An equirectangular world map: countries shaded by their events, a circle per event location.

    ``link(point)`` returns the URL a circle opens (the events at that place).
    """
    nmax = max(by_country.values(), default=0)
    out = [
        '<svg class="chart map" viewBox="-180 -84 360 144" xmlns="http://www.w3.org/2000/svg" role="img" '
        'aria-label="map of event locations" preserveAspectRatio="xMidYMid meet">',
        '<rect x="-180" y="-84" width="360" height="144" class="sea" fill="#f4f8fb"/>',
    ]
    for c in countries:
        n = by_country.get(c.iso3, 0)
        out.append(
            f'<path class="country" d="{c.path}" fill="{_shade(n, nmax)}" stroke="#9aa5b1" '
            f'stroke-width="0.15"><title>{_e(c.name)}: {n} event{"s" if n != 1 else ""} located here'
            f"</title></path>"
        )
    pmax = max((p["count"] for p in points), default=1)
    for p in sorted(points, key=lambda p: -p["count"]):
        r = 0.9 + 3.2 * math.sqrt(p["count"] / pmax)
        g = p["goldstein_mean"]
        color = "#1f7a3a" if g > 1 else "#b8202e" if g < -1 else "#6c757d"
        tip = f"{p['name'] or '?'} ({p['country'] or '?'}): {p['count']} events, mean Goldstein {g:+.2f}"
        out.append(
            f'<a href="{_e(link(p))}"><circle class="point" cx="{p["lon"]:.3f}" cy="{-p["lat"]:.3f}" '
            f'r="{r:.2f}" fill="{color}" fill-opacity="0.75" stroke="#fff" stroke-width="0.25">'
            f"<title>{_e(tip)}</title></circle></a>"
        )
    out.append("</svg>")
    return Markup("".join(out))
