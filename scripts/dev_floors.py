"""Rewrite tests/data/dev_floors.json from the current coder: per dev gold article, the required events it
finds, its spurious triples and the required quotes it matches. Run after a change that improves the coder
(never to hide a regression: compare with `git diff tests/data/dev_floors.json` first).

    .venv/bin/python scripts/dev_floors.py
"""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.evaluate import load_gold, score
from newsevents.pipeline import Pipeline
from newsevents.read import read_paths

ROOT = Path(__file__).resolve().parent.parent
#: every set under gold/dev but the quotes-only ones, as tests/test_dev_gold.py reads them
SETS = tuple(
    sorted(p.name for p in (ROOT / "gold/dev").iterdir() if p.is_dir() and not p.name.startswith("quotes"))
)
OUT = ROOT / "tests/data/dev_floors.json"


def main() -> None:
    gold = {k: v for name in SETS for k, v in load_gold([ROOT / "gold/dev" / name]).items()}
    arts = list(read_paths([ROOT / "gold/dev" / name / "input.jsonl" for name in SETS]))
    coded = {r.article.id: r.to_dict() for r in Pipeline().code_batch(arts)}
    floors: dict[str, object] = {"#": json.loads(OUT.read_text())["#"]}
    for aid in sorted(gold):
        rep = score({aid: gold[aid]}, {aid: coded[aid]})
        pa = rep.per_article[aid]
        floors[aid] = {"found": pa["found"], "spurious": pa["triples_fp"], "quotes": rep.q_hit}
    OUT.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
