"""Shared writer of the quote-speaker probe sets (`probes-round15-spk8`, `probes-round16-spk9`, `-spk10`).

Each set's `build.py` lists its articles; each article lists its quoted spans' speakers in text order: (speaker,
verb) or None for an optional span with no speaker (a title, a scare quote). The spans are found with the coder's
own quote pattern, so the gold texts are exactly the quoted words.
"""

import json
import re
import sys
from pathlib import Path

QUOTE_RE = re.compile(r"“([^“”\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»\n]{2,}?)»")


class QuoteProbes:
    """The articles of one probe set, parts "a" (studied) and "b" (held back)."""

    def __init__(self, here: Path, name: str, round_no: int) -> None:
        self.here, self.name, self.round_no = here, name, round_no
        self.articles: dict[str, list[tuple[str, str, str, str, list]]] = {"a": [], "b": []}

    def art(self, part: str, aid: str, title: str, date: str, text: str, speakers: list) -> None:
        self.articles[part].append((aid, title, date, text.strip(), speakers))

    def build(self) -> None:
        license = f"probe text written for newsevents round {self.round_no} ({self.name}); CC0"
        build_quote_probes(self.here, self.articles, self.name, self.round_no, license)


def build_quote_probes(here: Path, articles: dict[str, list], name: str, round_no: int, license: str) -> None:
    """Write `<part>/input.jsonl` and one gold `<part>/<id>.json` per article under ``here``."""
    for part, arts in articles.items():
        out = here / part
        out.mkdir(exist_ok=True)
        lines = []
        for aid, title, date, text, speakers in arts:
            spans = [next(g for g in m.groups() if g is not None) for m in QUOTE_RE.finditer(text)]
            if len(spans) != len(speakers):
                sys.exit(f"{aid}: {len(spans)} spans, {len(speakers)} speakers: {spans}")
            rec = {
                "id": f"{name}-{aid}",
                "title": title,
                "published": date,
                "source": f"probe (newsevents round {round_no}, {name})",
                "url": f"probe://{name}/{aid}",
                "text": text,
                "license": license,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
            quotes = []
            for span, sp in zip(spans, speakers):
                if sp is None:
                    quotes.append({"speaker": None, "text": span, "partial": True, "optional": True})
                    continue
                speaker, verb = sp
                short = len(re.findall(r"\w+", span)) <= 2  # one or two words: optional, as in the dev sets
                q = {"speaker": speaker, "text": span, "verb": verb or None, "optional": short}
                if not re.search(r"[.!?,]\W*$", span) or span[:1].islower():
                    q["partial"] = True
                quotes.append(q)
            gold = {
                "id": rec["id"],
                "title": title,
                "published": date,
                "source": rec["source"],
                "url": rec["url"],
                "license": license,
                "notes": f"{name} quote probe, written before the coder was run; events not annotated.",
                "events": [],
                "quotes": quotes,
            }
            (out / f"{aid}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        (out / "input.jsonl").write_text("\n".join(lines) + "\n")
        print(part, len(arts), "articles", sum(len(a[4]) for a in arts), "quotes")
