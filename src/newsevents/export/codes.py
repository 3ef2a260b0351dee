"""Country codes for the exports: ISO3 (our keys) to CAMEO country codes and to FIPS 10-4."""

from __future__ import annotations

import functools

from ..loader import data_path, read_rows

#: ISO 3166-1 alpha-3 codes that CAMEO spells differently (CAMEO kept older codes)
ISO_TO_CAMEO: dict[str, str] = {"ROU": "ROM"}


def cameo_country(iso3: str | None) -> str:
    """The CAMEO country code for one of our keys (ISO3 for nearly every country); '' for None."""
    if not iso3:
        return ""
    return ISO_TO_CAMEO.get(iso3, iso3)


@functools.cache
def _fips_table() -> dict[str, str]:
    rows = read_rows(
        data_path("codes/fips_iso3"),
        ["iso3", "fips"],
        checks={
            "iso3": lambda v: None if len(v) == 3 and v.isalpha() and v.isupper() else "is not ISO3",
            "fips": lambda v: None if len(v) == 2 and v.isalpha() and v.isupper() else "is not FIPS 10-4",
        },
        required=["iso3", "fips"],
    )
    return {r["iso3"]: r["fips"] for r in rows}


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 country code GDELT's geo columns use; '' when unknown."""
    return _fips_table().get(iso3 or "", "")


def iso3_of_fips(code: str) -> str:
    """The reverse crosswalk (for readers of GDELT files); '' when unknown."""
    for iso, f in _fips_table().items():
        if f == code:
            return iso
    return ""
