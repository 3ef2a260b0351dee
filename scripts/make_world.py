"""Build ``src/newsevents/web/static/world-110m.geojson`` from Natural Earth data shipped on PyPI.

Source: the wheel ``geopandas==0.14.4`` (BSD-3), which bundles Natural Earth's 1:110m Admin 0 countries
(public domain) as ``geopandas/datasets/naturalearth_lowres``. Run by hand, offline once the wheel is here::

    pip download --no-deps geopandas==0.14.4 -d /tmp/geo
    python scripts/make_world.py /tmp/geo/geopandas-0.14.4-py3-none-any.whl

The shapefile is read with the standard library (``struct``): polygons, ``name`` and ``iso_a3``. Rings are
rounded to 0.1 degree and thinned (points closer than 0.3 degree to the previous kept point are dropped),
which keeps a world map recognisable at a tenth of the size.
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parents[1] / "src/newsevents/web/static/world-110m.geojson"


def read_dbf(data: bytes) -> list[dict[str, str]]:
    nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    rows = []
    for i in range(nrec):
        rec = data[hlen + i * rlen : hlen + (i + 1) * rlen]
        off = 1
        row = {}
        for name, length in fields:
            row[name] = rec[off : off + length].decode("utf-8", "replace").strip()
            off += length
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    pos = 100
    shapes = []
    while pos < len(data):
        _num, clen = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + clen * 2]
        pos += 8 + clen * 2
        stype = struct.unpack("<i", content[:4])[0]
        if stype != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{nparts}i", content[44 : 44 + 4 * nparts]))
        pts_off = 44 + 4 * nparts
        coords = struct.unpack(f"<{2 * npoints}d", content[pts_off : pts_off + 16 * npoints])
        points = [(coords[2 * k], coords[2 * k + 1]) for k in range(npoints)]
        rings = [points[a:b] for a, b in zip(parts, parts[1:] + [npoints], strict=True)]
        shapes.append(rings)
    return shapes


def thin(ring: list[tuple[float, float]], tol: float = 0.3) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, 1), round(y, 1)]
        if out and abs(p[0] - out[-1][0]) < tol and abs(p[1] - out[-1][1]) < tol:
            continue
        out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        rows = read_dbf(z.read(BASE + ".dbf"))
        shapes = read_shp(z.read(BASE + ".shp"))
    features = []
    for row, rings in zip(rows, shapes, strict=True):
        polys = [r for r in (thin(ring) for ring in rings) if len(r) >= 4]
        if not polys:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": row["name"], "iso_a3": row["iso_a3"], "continent": row["continent"]},
                "geometry": {"type": "MultiPolygon", "coordinates": [[p] for p in polys]},
            }
        )
    doc = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14.4 "
        "naturalearth_lowres; simplified by scripts/make_world.py",
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(features)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
