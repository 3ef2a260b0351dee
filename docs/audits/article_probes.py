"""Shared pieces of the whole-article probe sets (`probes-round15-art1`, `probes-round16-home16`, `-gov16`).

A set's `gen.py` lists its articles with `art(...)` and their gold events with `ev(...)`, then calls `write(...)`,
which writes `<part>/input.jsonl` and one gold `<part>/<slug>.json` per article in the gold shape.
"""

import json
import os

Article = tuple  # (part, slug, source, published, title, text, events, quotes, notes)


def ev(i, s, t, root, codes, dates, loc, evid, opt=False, sym=False, also=None) -> dict:
    """One gold event: id, source and target keys, root, accepted codes, accepted dates, country, evidence."""
    e = {"id": i, "source": s, "target": t, "symmetric": sym, "root": root, "codes": codes, "dates": dates}
    if loc:
        e["location_country"] = loc
    e["evidence"] = evid
    if opt:
        e["optional"] = True
    if also:
        e["also_roots"] = also
    return e


def write(out: str, arts: list[Article], rid_prefix: str, license: str, notes: str) -> None:
    """Write parts a and b of ``arts`` under ``out``; ``notes`` opens every gold file's notes."""
    for part in ("a", "b"):
        with open(os.path.join(out, part, "input.jsonl"), "w") as inp:
            for p, slug, src, pub, title, text, events, quotes, note in arts:
                if p != part:
                    continue
                rec = {"id": f"{rid_prefix}-{slug}", "title": title, "published": pub, "source": src,
                       "url": f"https://example.invalid/{slug}", "text": text}
                inp.write(json.dumps(rec, ensure_ascii=False) + "\n")
                gold = dict(rec)
                del gold["text"]
                gold.update({"license": license, "text_file": None, "notes": notes + note, "events": events,
                             "quotes": list(quotes), "actors": [], "places": [], "dates": []})
                with open(os.path.join(out, part, f"{slug}.json"), "w") as fh:
                    json.dump(gold, fh, ensure_ascii=False, indent=1)
    print(len(arts))
