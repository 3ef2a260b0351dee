"""Display names for codes: CAMEO roots, QuadClasses and actor keys."""

from __future__ import annotations

import functools

CAMEO_ROOTS: dict[str, str] = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

QUAD_CLASSES: dict[int, str] = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}

#: keys ISO 3166-1 no longer lists but news still needs (history)
_HISTORICAL = {
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
}


@functools.cache
def country_name(iso3: str) -> str | None:
    """The common English name of an ISO3 country code, or None when it is not one."""
    if iso3 in _HISTORICAL:
        return _HISTORICAL[iso3]
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return None
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return None
    return str(getattr(c, "common_name", None) or c.name)


def actor_kind(key: str) -> str:
    if key.startswith("IGO:"):
        return "igo"
    if len(key) == 3 and key.isalpha() and key.isupper():
        return "country"
    return "other"
