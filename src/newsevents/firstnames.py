"""A person's sex from the first name, when the name is clear.

The names are the versioned data file ``names/first_names`` (read through the one loader): the US Social
Security Administration's baby-name counts (US Government data, public domain), reduced by
``scripts/build_first_names.py`` to the names given to many babies since 1920. A name counts as one sex's
only when almost all its babies were of that sex ("Janet", "Joe"); any other name gives no guess ("Jean",
"Kim", "Taylor", a name the table lacks).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from .loader import data_path, one_of, read_rows

#: "Moon Jae-in", "Park Geun-hye": a surname first, before a hyphenated given name
SURNAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: the data file's sex column: "either" is a name of both sexes (no guess)
SEX_VALUES = {"m": "m", "f": "f", "either": ""}


def load_first_names(path: str | Path) -> Mapping[str, str]:
    """A first-names file (columns ``name``, ``sex``) as lower-cased name -> "m", "f", or "" for a name of
    both sexes; a bad entry raises one ``DataFileError`` listing every bad line."""
    rows = read_rows(path, ["name", "sex"], {"sex": one_of(SEX_VALUES)}, ["name", "sex"])
    return MappingProxyType({r["name"].lower(): SEX_VALUES[r["sex"]] for r in rows})


@functools.cache
def first_name_sexes() -> Mapping[str, str]:
    """The bundled first names (read once per process)."""
    return load_first_names(data_path("names/first_names"))


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
