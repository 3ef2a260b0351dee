"""The one loader for newsevents' data files.

Every data file is a UTF-8 TSV named ``<name>.v<version>.tsv``. Lines starting with ``#`` are comments
(the first ones give the file's provenance); the first other line names the columns; every following
non-blank line is one entry. A loader validates every entry and raises one :class:`DataFileError` that
lists every bad entry with its line number, instead of stopping at the first.

Users add their own entries by passing extra files of the same shape (``extra=`` paths).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import DataFileError

#: file name -> the versions this release can read (newest first)
KNOWN_FILES: dict[str, tuple[int, ...]] = {
    "ontology/cameo": (1,),
    "actors/countries": (1,),
    "actors/igos": (1,),
    "actors/people": (1,),
    "actors/agents": (1,),
    "actors/groups": (1,),
    "places/extra_places": (1,),
    "patterns/verbs": (1,),
    "patterns/modality": (1,),
    "codes/fips_iso3": (1,),
    "names/first_names": (1,),
}

Validator = Callable[[str], str | None]  # returns a problem, or None when the value is fine


@dataclass(frozen=True, slots=True)
class Row:
    """One entry of a data file: its values by column, and where it came from."""

    values: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def get(self, key: str, default: str = "") -> str:
        v = self.values.get(key, default)
        return default if v in ("", "-") else v

    def list(self, key: str) -> list[str]:
        v = self.get(key)
        return [x.strip() for x in v.split("|") if x.strip()] if v else []


def data_path(name: str, version: int | None = None) -> Path:
    """The bundled file for ``name`` (e.g. ``actors/people``); unknown names or versions are rejected."""
    if name not in KNOWN_FILES:
        raise DataFileError(name, [f"unknown data file {name!r}; known: {', '.join(sorted(KNOWN_FILES))}"])
    versions = KNOWN_FILES[name]
    v = versions[0] if version is None else version
    if v not in versions:
        raise DataFileError(name, [f"version {v} is not readable; readable: {versions}"])
    folder, stem = name.split("/")
    ref = resources.files("newsevents.data").joinpath(folder, f"{stem}.v{v}.tsv")
    return Path(str(ref))


def read_rows(
    path: str | Path,
    columns: Sequence[str],
    checks: dict[str, Validator] | None = None,
    required: Iterable[str] = (),
    problems: list[str] | None = None,
) -> list[Row]:
    """Read a TSV data file, validating every row; raise once with every problem found.

    When ``problems`` is given, problems are appended to it instead of raised, so that a caller can
    add its own cross-row checks and raise one error at the end.
    """
    path = Path(path)
    own = problems is None
    probs: list[str] = [] if problems is None else problems
    checks = checks or {}
    required = set(required)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(str(path), [f"cannot read: {e}"]) from e
    rows: list[Row] = []
    header: list[str] | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                probs.append(f"line {n}: header lacks column(s) {', '.join(missing)}")
                break
            continue
        if len(cells) > len(header):
            probs.append(f"line {n}: {len(cells)} cells but {len(header)} columns")
            continue
        cells += [""] * (len(header) - len(cells))
        values = {h: c.strip() for h, c in zip(header, cells, strict=True)}
        bad = False
        for col in required:
            if values.get(col, "") in ("", "-"):
                probs.append(f"line {n}: empty {col}")
                bad = True
        for col, check in checks.items():
            v = values.get(col, "")
            if v in ("", "-"):
                continue
            p = check(v)
            if p:
                probs.append(f"line {n}: {col} {p}")
                bad = True
        if not bad:
            rows.append(Row(values, str(path), n))
    if header is None and not probs:
        probs.append("no header line")
    if own and probs:
        raise DataFileError(str(path), probs)
    return rows


# --- validators -------------------------------------------------------------------------------

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CAMEO = re.compile(r"^(0[1-9]|1\d|20)\d{0,2}$")


def one_of(allowed: Iterable[str], multi: bool = False) -> Validator:
    allowed_set = frozenset(allowed)

    def check(v: str) -> str | None:
        vals = v.split("|") if multi else [v]
        bad = [x for x in vals if x not in allowed_set]
        return f"has unknown value(s) {', '.join(repr(b) for b in bad)}" if bad else None

    return check


def iso3(v: str) -> str | None:
    return None if _ISO3.match(v) else f"{v!r} is not an ISO3 code"


def iso3_list(v: str) -> str | None:
    bad = [x for x in v.split("|") if not _ISO3.match(x)]
    return f"has non-ISO3 value(s) {bad}" if bad else None


def date(v: str) -> str | None:
    return None if _DATE.match(v) else f"{v!r} is not YYYY[-MM[-DD]]"


def cameo(v: str) -> str | None:
    return None if _CAMEO.match(v) else f"{v!r} is not a CAMEO code"


def number(lo: float, hi: float) -> Validator:
    def check(v: str) -> str | None:
        try:
            x = float(v)
        except ValueError:
            return f"{v!r} is not a number"
        return None if lo <= x <= hi else f"{x} is outside {lo}..{hi}"

    return check


def regex(v: str) -> str | None:
    try:
        re.compile(v)
    except re.error as e:
        return f"bad regular expression: {e}"
    return None


SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB PTY BUS MED CVL NGO IGO EDU HLT REL LAB AGR ELI SPY CRM REF ENV UAF "
    "INS SEP IMG MOD RAD DEV HRI ETH".split()
)
