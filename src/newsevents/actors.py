"""Actors: who acts, resolved against the actor dictionary.

The dictionary (``actors/*.tsv`` data files) knows countries (names, demonyms, capitals and seats of
power used as metonyms), intergovernmental organisations, named groups, people with the offices they
held and when, and agent nouns ("police", "foreign minister", "rebels") with their sectors.

:func:`find_mentions` walks a parsed document and returns every actor mention in text order;
:class:`Mentions` then answers, for any token, which actor the phrase it heads refers to, with
pronouns, surnames and phrases such as "the two sides" resolved to earlier mentions.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .errors import DataFileError
from .firstnames import first_name_sex, first_name_sexes
from .loader import SECTORS, data_path, date, iso3, one_of, read_rows
from .nlp import sent_of, sentence_before, sentence_before_quote, text_of
from .types import Actor

if TYPE_CHECKING:
    from .places import Candidate

ROLES = (
    "head_of_state head_of_government foreign_minister defence_minister finance_minister interior_minister "
    "central_bank_governor opposition_leader party_leader secretary_general other"
).split()
ROLE_ORDER = {r: i for i, r in enumerate(ROLES)}
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: letters written after a name for a rank or an honour ("Jane Doe QC", "John Roe MP"): not a surname
POST_NOMINALS = frozenset({"QC", "KC", "SC", "MP", "MSP", "MEP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE"})
#: countries whose leaders' names are written family name first in English ("Xi Jinping", "Moon Jae-in")
# (not Hungary: its names are family name first at home, but English news writes "Viktor Orbán")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "KHM"})
_KEY = re.compile(r"^([A-Z]{3}|IGO:[A-Z0-9+&-]+)$")


def _key(v: str) -> str | None:
    return None if _KEY.match(v) else f"{v!r} is not an ISO3 or IGO: key"


def _as_date(s: str, end: bool = False) -> dt.date | None:
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if end:
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(parts[0], parts[1], 1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


#: the most words of a body's name written in capitalised common words ("Reporters Without Borders")
MAX_NAME_WORDS = 6
#: lower-case words inside such a name ("Save the Children", "Committee for the Protection of Journalists")
NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "in", "without"})

#: how many years after leaving office a leader is still named by the bare surname
LEADER_YEARS = 10
#: how many years after leaving office another official (a minister, a speaker) is still named by the bare
#: surname when no one else in the dictionary has it
OFFICIAL_YEARS = 4
#: the offices that make a "former leader" known by surname alone
LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})

#: the gazetteer rank (about the population) below which a town matched under another name or spelling
#: gives way to a known person of that surname ("Pompeo" is not Pompéu, Brazil)
TOWN_RANK = 100_000
#: the rules that find a person by a surname alone (``_no_surname`` checks their one-word mentions)
SURNAME_RULES = ("dict:surname", "coref:surname")
#: month names that are also surnames of the dictionary ("May", "August")
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
#: words of a title that make it a deputy's office ("Vice Minister", "Deputy Prime Minister")
DEPUTY_WORDS = frozenset({"vice", "deputy", "under", "assistant"})
#: courtesy titles before a surname ("Mr. Sullivan", "Ms. Psaki")
HONORIFICS = frozenset("mr mrs ms miss dr".split())
#: sectors of office titles that the NER may take into a person's name ("Special Representative Kim")
TITLE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by one person."""

    name: str
    key: str
    sector: str
    role: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name in the dictionary stands for."""

    key: str | None
    name: str
    kind: str  # country | capital | seat | igo | group
    sector: str | None = None


@dataclass(slots=True)
class ActorDictionary:
    """All actor data, indexed for look-up. Build with :meth:`load`."""

    names: dict[str, Entry] = field(default_factory=dict)  # lower-cased names and aliases
    exact: dict[str, Entry] = field(default_factory=dict)  # case-sensitive abbreviations (UN, WHO)
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased demonym -> ISO3
    people: dict[str, list[Term]] = field(default_factory=dict)  # lower-cased full name -> terms
    surnames: dict[str, set[str]] = field(default_factory=dict)  # lower-cased surname -> full names
    first_words: set[str] = field(default_factory=set)  # lower-cased first words of names ("ryan", "pavel")
    canonical: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> canonical person name
    offices: dict[tuple[str, str], list[Term]] = field(default_factory=dict)  # (key, role) -> terms
    agents: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # phrase -> (sector, role)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> name
    country_aliases: dict[str, list[str]] = field(default_factory=dict)  # ISO3 -> other names ("UK")
    max_agent_words: int = 1
    demonym_variants: dict[str, list[str]] = field(default_factory=dict)  # one letter dropped -> demonyms
    agent_starts: set[str] = field(default_factory=set)  # first words of the agent phrases
    agent_words: set[str] = field(default_factory=set)  # every word of the agent phrases

    # --- loading ------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> ActorDictionary:
        """Read the bundled actor files (and user files of the same shapes, by file-name stem)."""
        d = cls()
        problems: dict[str, list[str]] = defaultdict(list)

        def rows(name: str, columns: list[str], checks: dict, required: list[str]) -> list:
            paths = [data_path(name)] + [
                Path(p) for p in extra if Path(p).name.startswith(name.split("/")[1])
            ]
            out = []
            for p in paths:
                out += read_rows(p, columns, checks, required, problems[str(p)])
            return out

        for r in rows(
            "actors/countries",
            ["iso3", "name", "aliases", "demonyms", "capitals", "seats"],
            {"iso3": iso3, "start": date, "end": date},
            ["iso3", "name"],
        ):
            k = r["iso3"]
            d.country_names[k] = r["name"]
            d.country_aliases[k] = r.list("aliases")
            for n in [r["name"], *r.list("aliases")]:
                d._add_name(n, Entry(k, r["name"], "country", None))
            for n in r.list("demonyms"):
                d.demonyms.setdefault(n.lower(), k)
            for n in r.list("capitals"):
                d._add_name(n, Entry(k, r["name"], "capital", "GOV"), override=False)
            for s in r.list("seats"):
                n, _, sec = s.partition("=")
                d._add_name(n, Entry(k, r["name"], "seat", sec or "GOV"))
        for n in d.demonyms:
            for v in _one_dropped(n):
                d.demonym_variants.setdefault(v, []).append(n)
        for r in rows("actors/igos", ["key", "name", "aliases", "sector"], {"key": _key}, ["key", "name"]):
            e = Entry(r["key"], r["name"], "igo", r.get("sector") or "IGO")
            for n in [r["name"], *r.list("aliases")]:
                d._add_name(n, e)
        for r in rows(
            "actors/groups",
            ["name", "aliases", "key", "sector"],
            {"key": _key, "sector": one_of(SECTORS)},
            ["name", "sector"],
        ):
            e = Entry(r.get("key") or None, r["name"], "group", r["sector"])
            for n in [r["name"], *r.list("aliases")]:
                d._add_name(n, e, override=False)
        for r in rows(
            "actors/agents",
            ["phrase", "sector", "sectors_also", "role"],
            {"sector": one_of(SECTORS), "role": one_of(ROLES)},
            ["phrase", "sector"],
        ):
            phrase = r["phrase"].lower()
            d.agents[phrase] = (r["sector"], r.get("role") or None)
            d.max_agent_words = max(d.max_agent_words, len(phrase.split()))
            d.agent_starts.add(phrase.split(" ")[0])
            d.agent_words.update(phrase.split())
        for r in rows(
            "actors/people",
            ["name", "aliases", "key", "sector", "role", "title", "start", "end"],
            {"key": _key, "start": date, "end": date, "role": one_of(ROLES), "sector": one_of(SECTORS)},
            ["name", "key", "sector", "role"],
        ):
            t = Term(
                r["name"],
                r["key"],
                r["sector"],
                r["role"],
                r.get("title"),
                _as_date(r.get("start")),
                _as_date(r.get("end"), end=True),
            )
            if t.start and t.end and t.start > t.end:
                problems[r.path].append(f"line {r.line}: start after end")
                continue
            d.people.setdefault(r["name"].lower(), []).append(t)
            d.offices.setdefault((t.key, t.role), []).append(t)
            for n in [r["name"], *r.list("aliases")]:
                d.canonical[n.lower()] = r["name"]
                parts = [w for w in n.replace(",", " ").split() if w.lower().rstrip(".") not in NAME_SUFFIXES]
                d.surnames.setdefault(parts[-1].lower(), set()).add(r["name"])
                if len(parts) > 1:
                    d.first_words.add(parts[0].lower())
                if t.key in FAMILY_NAME_FIRST and len(parts) > 1:
                    d.surnames.setdefault(parts[0].lower(), set()).add(r["name"])
        bad = {p: v for p, v in problems.items() if v}
        if bad:
            allp = [f"{Path(p).name} {x}" for p, v in bad.items() for x in v]
            raise DataFileError(", ".join(Path(p).name for p in bad), allp)
        return d

    def _add_name(self, name: str, entry: Entry, override: bool = True) -> None:
        name = name.strip()
        if not name:
            return
        abbrev = name.replace(".", "").isupper() and len(name.replace(".", "")) <= 6
        table = self.exact if abbrev else self.names
        k = name if abbrev else name.lower()
        if override or k not in table:
            table[k] = entry

    # --- look-ups -----------------------------------------------------------------------------
    def lookup_name(self, text: str) -> Entry | None:
        """A country, capital, seat, IGO or group by name (abbreviations are case-sensitive)."""
        t = _clean(text)
        if t in self.exact:
            return self.exact[t]
        low = t.lower()
        if low in self.names:
            return self.names[low]
        if low.startswith("the "):
            return self.names.get(low[4:]) or self.exact.get(t[4:])
        return None

    def countries_in(self, text: str) -> set[str]:
        """The countries a short text (a headline) names, by a country's name or a demonym: "Puerto Rico's
        governor Rosselló resigns" names PRI."""
        words = [re.sub(r"['’]s$", "", w.strip(',.:;!?"()')) for w in text.split()]
        keys: set[str] = set()
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                e = self.lookup_name(" ".join(words[i : i + n]))
                if e is not None and e.kind == "country" and e.key:
                    keys.add(e.key)
        for w in words:
            if w[:1].isupper() and (k := self.demonyms.get(w.lower())):
                keys.add(k)
        return keys

    def demonym(self, word: str) -> str | None:
        w = _clean(word).lower()
        if w in self.demonyms:
            return self.demonyms[w]
        if w.endswith("'s"):
            return None
        if len(w) >= 6 and w[0].isalpha():
            if len(w) < FUZZY_ONE_EDIT_BELOW:  # only one letter can differ: look up the one-letter variants
                near = list({k for v in _one_dropped(w) for k in self.demonym_variants.get(v, ())})
            else:
                # the rest are below 0.92 by their length alone
                near = [k for k in self.demonyms if abs(len(k) - len(w)) <= len(w) // 5 + 1]
            m = difflib.get_close_matches(w, near, n=1, cutoff=0.92)
            if m:
                return self.demonyms[m[0]]
        return None

    def person(self, name: str, on: dt.date | None) -> tuple[str, Term | None] | None:
        """A known person by full name or alias: (canonical name, the term held on ``on``)."""
        canon = self.canonical.get(_clean(name).lower())
        if canon is None:
            return None
        return canon, self.term_on(canon, on)

    def term_on(self, canon: str, on: dt.date | None) -> Term | None:
        terms = self.people.get(canon.lower(), [])
        if not terms:
            return None
        day = on or dt.date.today()
        active = [t for t in terms if t.active(day)]
        if active:
            return min(active, key=lambda t: ROLE_ORDER.get(t.role, 99))
        # out of office, a former (or future) official is still of his country: Bachelet in 2024 is Chile's,
        # not the UN's; Ban Ki-moon in 2019 is South Korea's. An international post counts only while it is
        # held (Ajay Banga in 2022, a year before the World Bank, is no one's).
        terms = [t for t in terms if not t.key.startswith("IGO:")]
        if not terms:
            return None
        past = [t for t in terms if t.end and t.end < day]
        if past:
            return max(past, key=lambda t: t.end or dt.date.min)
        return min(terms, key=lambda t: t.start or dt.date.min)

    def by_surname(self, surname: str, on: dt.date | None) -> list[str]:
        names = sorted(self.surnames.get(surname.lower(), ()))
        if on is None or len(names) <= 1:
            return names
        active = [n for n in names if any(t.active(on) for t in self.people[n.lower()])]
        return active or names

    def active_by_surname(self, surname: str, on: dt.date | None) -> list[str]:
        """People with this surname who held an office on the day: a bare surname names someone in office."""
        if on is None:
            return []
        return [
            n
            for n in self.surnames.get(surname.lower(), ())
            if any(t.active(on) for t in self.people[n.lower()])
        ]

    def former_leader(self, surname: str, on: dt.date | None) -> str | None:
        """The one person in the dictionary with this surname who led a country or government for a year or
        more, ending in the last ``LEADER_YEARS`` or starting within two years of the day, when no one of that
        surname is in office on the day and no other leader ever had it: a bare "Obama" in 2021 or "Biden" in
        2020 is still that person, and "Johnson" in 2023 is Boris Johnson, though a later Speaker shares the
        name; a "Taylor" in 2022 is not Liberia's, nor a "Mori" Micronesia's (Japan had a Mori too)."""
        names = self.surnames.get(surname.lower(), ())
        if on is None or self.active_by_surname(surname, on):
            return None
        leaders = [n for n in names if any(t.role in LEADER_ROLES for t in self.people[n.lower()])]
        if len(leaders) != 1:
            return None
        for t in self.people[leaders[0].lower()]:
            year_or_more = t.start is not None and ((t.end or on) - t.start).days >= 365
            if t.role in LEADER_ROLES and year_or_more and _near_term(t, on, LEADER_YEARS):
                return leaders[0]
        return None

    def known_official(self, surname: str, on: dt.date | None) -> str | None:
        """The only person in the dictionary with this surname, out of office on the day, whose office ended
        in the last ``OFFICIAL_YEARS`` or starts within two years of the day: "Pompeo" in 2022, "Blinken" in
        2019, "Baerbock" a month before she became foreign minister are still known by the surname alone; not
        a word that starts someone's name in the dictionary."""
        names = self.surnames.get(surname.lower(), ())
        if on is None or len(names) != 1 or surname.lower() in self.first_words:
            return None  # "Ryan", "Pavel", "Khalid" are also given names: anyone's
        (name,) = names
        terms = self.people[name.lower()]
        if any(t.start is None or t.active(on) for t in terms):
            return None
        return name if any(_near_term(t, on, OFFICIAL_YEARS) for t in terms) else None

    def holder(self, key: str, role: str, on: dt.date | None) -> Term | None:
        """Who held ``role`` for ``key`` on the day."""
        terms = self.holders(key, role, on)
        return terms[0] if terms else None

    def holders(self, key: str, role: str, on: dt.date | None) -> list[Term]:
        """Every term of ``role`` for ``key`` active on the day: role "other" has many offices at once (a vice
        president, an attorney general, a speaker)."""
        day = on or dt.date.today()
        return [t for t in self.offices.get((key, role), []) if t.active(day)]

    def agent(self, phrase: str) -> tuple[str, str | None] | None:
        p = phrase.lower()
        if p in self.agents:
            return self.agents[p]
        return None


#: below this length a word within a similarity ratio of 0.92 of a demonym differs from it by at most one
#: letter dropped, added, changed or swapped (2*matches/(len1+len2) >= 0.92 leaves one unmatched letter
#: a side), so the fuzzy look-up only needs the demonyms that share a one-letter-dropped variant
FUZZY_ONE_EDIT_BELOW = 12


def _one_dropped(word: str) -> set[str]:
    """The word and every form of it with one letter dropped."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _title_fits(term: Term, role: str, phrase: str, named_before: bool = False) -> bool:
    """Whether an agent phrase names the office ``term`` holds. The people of role "other" hold many
    different offices (a vice president, a special envoy), so "the US senator" or "Ford's spokesman" is not
    the one "other" office holder of its country: the holder's title must be in the phrase, with its brief
    ("special envoy for Yemen"; ``phrase`` carries the "for X" that follows the noun). A title without its
    brief fits only when the holder was named before in the text ("the Special Envoy" after "Special Envoy
    for Yemen Hans Grundberg") and the phrase gives no other brief."""
    if role != "other":
        return True
    title = " ".join(term.title.lower().replace("-", " ").split())
    phrase = " ".join(phrase.replace("-", " ").split())
    core, scoped, _ = title.partition(" for ")
    if not title or title in phrase:
        return bool(title)
    return bool(scoped) and named_before and core in phrase and not re.search(r" (for|to) ", phrase)


def _office_scope(head: Token) -> str:
    """The "for/to X" that narrows an office named by an agent noun ("special envoy for Yemen",
    "ambassador to Japan"), as " for yemen"; empty when the noun has none."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to"):
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objs:
                obj = objs[0]
                return " " + prep.lower_ + " " + obj.doc[obj.left_edge.i : obj.i + 1].text.lower()
    return ""


def question_label(t: Token) -> bool:
    """The "Q" that opens a question in a transcript ("Go ahead. Q Jen, one more question", a line "Q Thank
    you."): a turn label, not a first name."""
    if t.text != "Q" or t.i + 1 >= len(t.doc) or not t.whitespace_:
        return False
    if t.i == 0:
        return True
    before = text_of(t.doc)[: t.idx].rstrip(" \t")
    return before == "" or before.endswith("\n") or before[-1] in '.!?”"’)—–…'


#: words that may stand between a transcript's "Q" and the name of the one it asks: "Q Thank you, Jen."
GREETINGS = frozenset("thanks thank you and so okay ok hi hey yes yeah".split())


def addressed(t: Token) -> bool:
    """A name the question of a transcript opens with, of the one it asks ("Q Jen, one more question",
    "Q Thanks, Karine."): the "you" of that question, never a "he" or "she" after it."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is None or nxt.text not in (",", ".", "?", "—", "–"):
        return False
    k = t.i - 1
    while k >= 0 and t.i - k <= 6:
        w = t.doc[k]
        if question_label(w):
            return True
        if not (w.is_space or w.text in (",", ".") or w.lower_ in GREETINGS or w.pos_ == "PROPN"):
            return False
        k -= 1
    return False


#: words of a call-on or a greeting that may make up the rest of a sentence whose only name is the one called
#: on ("Go ahead, Jonathan.", "Yes, Kaitlan?", "So, Jonathan, over to you.", "Thank you, Mr. President.")
CALL_ON_WORDS = GREETINGS | frozenset(
    "go ahead please sure yep right all well but then now over to again very much good morning afternoon "
    "evening great".split()
)
#: address words that make a title a form of address: "Mr. President", "Madam Secretary"
ADDRESS_WORDS = frozenset("mr mr. madam madame ms ms. mrs mrs. dr dr.".split())


def vocative(doc: Doc, start: int, end: int, head: int) -> bool:
    """The words ``doc[start:end]`` (head ``head``) name the one spoken to, set off by commas or the ends of a
    sentence: "Go ahead, Jonathan.", "Thank you, Jen.", "Yes, Kaitlan?", "And, Rochelle, can you ...",
    "Jonathan, thank you very much.", "Mr. Secretary, your opening remarks.", a transcript's "Q Jen, ..."
    (`addressed`). The one called on is neither an actor nor an antecedent of a later "he" or "she"."""
    if addressed(doc[end - 1]):
        return True
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    sent = sent_of(doc[head])
    first = start == sent.start or prev is not None and (prev.text in (",", ":") or prev.is_space)
    if not first or nxt is None or nxt.text not in (",", ".", "?", "!"):
        return False  # a name alone on a line (a byline, a heading) is not called on
    # the stretch of the sentence around the name, between a turn's label (a colon) or a sentence end the
    # parser missed ("MS. PSAKI: Go ahead, Jonathan. Q — his stance ...") and the next end
    lo = max((t.i + 1 for t in doc[sent.start : start] if t.text in (":", ".", "?", "!")), default=sent.start)
    hi = next((t.i for t in doc[end : sent.end] if t.text in (".", "?", "!")), sent.end)
    rest = [t for t in doc[lo:hi] if not start <= t.i < end and not t.is_punct and not t.is_space]
    if all(t.lower_ in CALL_ON_WORDS for t in rest):
        return True  # "Go ahead, Jonathan.", "Yes, Kaitlan?", "Nadia."
    if nxt.text != ",":
        # "I want to thank you, Jonathan." ends a sentence: set off by a comma after "you", the one thanked
        thanked = start >= 2 and doc[start - 2].lower_ in ("you", "thanks")
        return prev is not None and prev.text == "," and thanked
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.lower_ in ("thank", "thanks"):
        return True  # "Anita, thank you."
    return doc[head].dep_ in ("npadvmod", "intj") and (
        doc[start].lower_ in ADDRESS_WORDS or doc[head].pos_ == "PROPN"
    )  # "And, Rochelle, can you ...", "to your point, Jonathan, we continue", "Mr. Secretary, before we ..."


def _called_on(doc: Doc, m: Mention) -> bool:
    """A mention of a person (or of a title, or a first name the NER took for a place: "And, Rochelle, can you
    ...") that is a `vocative`."""
    one_name = m.end - m.start == 1 and doc[m.head].lower_ in first_name_sexes()
    if m.actor.kind not in ("person", "agent") and not one_name:
        return False
    return vocative(doc, m.start, m.end, m.head)


def _clean(text: str) -> str:
    t = text.strip().strip("\"'“”‘’()[],;:")
    t = re.sub(r"\s+", " ", t)
    if t.endswith("'s") or t.endswith("’s"):
        t = t[:-2]
    return t


# ------------------------------------------------------------------------------------------------
# Mentions in a document

#: nouns of a body that "the" alone makes the one of that kind named before ("the ministry", "the delegation")
BODY_ANAPHORS = frozenset({"ministry", "delegation"})
#: sectors of agent nouns that name institutions, not people ("the government", "the court")
INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "IGO", "BUS", "MED", "PTY"})
#: agent nouns of other sectors that name a body or a building, never a he or a she
BODIES = frozenset(
    "hospital clinic school university college prison police army navy force church mosque station "
    "union".split()
)
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_GROUP = {"they", "them", "their"}
PRONOUNS_SELF = {"we", "us", "our", "i", "me", "my"}
#: the pronouns the resolver gives an antecedent: of a person, of a group, and "it"
PRONOUNS_THIRD = frozenset(PRONOUNS_PERSON | PRONOUNS_GROUP | {"it", "its"})
#: prepositions that make a country or city the place of something, not an actor ("villages in Bangladesh")
PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "within", "inside", "near", "around"})
#: nouns of a settlement whose "of" object is its name ("the town of Avdiivka", "the port city of Odesa")
SETTLEMENTS = frozenset("town city village port suburb settlement municipality district".split())
PAIR_PHRASES = re.compile(
    r"^(the |both )?(two |both )?(sides|parties|countries|nations|leaders|governments|states|"
    r"presidents|ministers|delegations|neighbours|neighbors|allies)$"
)
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: the last word of "Cuban American", "Chinese-American(s)" (spaCy splits the hyphen off)
AMERICAN_WORDS = frozenset({"american", "americans"})
#: the rule of a pair of countries written "Israeli-Palestinian", which the tokenizer splits in three
SPLIT_PAIR_RULE = "dict:hyphen-pair:split"
#: words that name the two sides of a divided nation as one ("inter-Korean talks", "cross-Strait ties"):
#: the lower-cased halves the tokenizer splits at the hyphen, and the two countries they name
DIVIDED_PAIRS: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (("inter", "korean"), ("KOR", "PRK")),
    (("cross", "strait"), ("CHN", "TWN")),
)
#: the adjective of the U.S. Congress, which puts a party's members in it rather than naming another party
LEGISLATURE_WORDS = frozenset({"congressional"})
#: titles a government's statement uses for its counterparts more than for its own officials
FOREIGN_TITLES = re.compile(
    r"\b(minister|president|premier|prime|king|queen|chancellor|emir|sultan|prince)\b", re.I
)
#: titles of royalty and of Gulf rulers' families: never a republic's own official ("Sheikh X")
ROYAL_TITLES = re.compile(r"\b(sheikh|shaikh|emir|amir|king|queen|sultan|prince|princess|crown)\b", re.I)
#: offices that "general" after them makes another office ("Secretary General", "Attorney General")
GENERAL_OFFICES = frozenset({"secretary", "attorney", "director", "governor"})
#: a European ministry's junior office ("State Secretary for Foreign Affairs"): not a "Secretary of State"
STATE_SECRETARY = re.compile(r"\bstate secretar(y|ies)\b", re.I)


def _state_secretary(text: str, title: str) -> bool:
    """ "the State Secretary", "Oscar X, State Secretary for Foreign Affairs": a title no U.S. official holds
    (``title`` is the person's title words, sorted: "Secretary of State" has "of" among them)."""
    words = set(title.split())
    return STATE_SECRETARY.search(text) is not None or ({"state", "secretary"} <= words and "of" not in words)


#: the publisher's own government named alone, capitalised ("the Administration", "this Administration")
OWN_ADMINISTRATION = re.compile(r"(?:[Tt]he |[Tt]his |[Oo]ur )?Administration")
#: words that make a title a junior office ("Deputy Secretary", "Acting Assistant Secretary")
JUNIOR_TITLES = re.compile(r"\b(deputy|assistant|under|acting|principal|special|senior|associate)\b", re.I)
#: a junior word right before a title mention that left it out ("Assistant [Secretary of State]")
JUNIOR_BEFORE = re.compile(r"\b(deputy|assistant|under|acting|principal|associate)\s+$", re.I)
#: a junior word that opens the whole title before a name ("Under Secretary of State Jose W. Fernandez",
#: "Under Secretary for Economic Growth X"): the parser may leave it out of the person's mention
JUNIOR_TITLE_BEFORE = re.compile(
    r"\b(?:Deputy|Assistant|Under|Acting|Principal|Associate)\s+(?:(?:[A-Z][\w.’'-]*|of|for|the)\s+){1,8}$"
)
#: the rest of a long title between it and the name ("... for Population, Refugees, and Migration (PRM) ")
TITLE_TAIL = re.compile(r"\s+(?:for|of)\s+[A-Z][^.;:!?\"“”()]{0,80}(?:\([A-Z]{2,6}\))?\s*$")
PRECEDING_TITLE_DEPS = {"compound", "amod", "nmod", "poss", "det", "case"}


@dataclass(slots=True)
class Mention:
    """An actor mention: a token span, its head and the actor it resolves to."""

    start: int  # token offsets in the doc
    end: int
    head: int
    actor: Actor
    pair: tuple[Actor, Actor] | None = None  # "the two sides": both actors


class Mentions:
    """The actor mentions of one document, with look-up by token."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.by_token: dict[int, Mention] = {}
        for m in self.items:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)

    def at(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def actors(self) -> list[Actor]:
        return [m.actor for m in self.items]


class ActorResolver:
    """Finds and resolves the actor mentions of a parsed document."""

    def __init__(
        self, dictionary: ActorDictionary, places: object | None = None, words: frozenset[str] = frozenset()
    ) -> None:
        self.d = dictionary
        self.places = places  # a Gazetteer: GPE names that are cities resolve to their country
        self.words = words  # English common words (lower case): "Price", "Brown" are no bare surname
        self.titles: dict[int, set[str]] = {}  # person mention start -> title words used with it
        # surname -> latest earlier person mention with it, kept up to date as the mention list grows
        self._surnames: tuple[list[Mention], int, dict[str, Mention], Counter[tuple[str, str]]] | None = None

    # ---- entity-level resolution -------------------------------------------------------------
    def resolve_name(self, text: str, label: str, on: dt.date | None) -> Actor | None:
        """An actor from a named-entity span (no context)."""
        d = self.d
        clean = _clean(text)
        if not clean:
            return None
        if label == "PERSON" or (label in ("ORG", "GPE") and d.canonical.get(clean.lower())):
            hit = d.person(clean, on)
            if hit:
                return self._person_actor(text, hit[0], hit[1], "dict:person")
            words = clean.split()
            if label == "PERSON" and len(words) > 2:
                # NER took in a word of the title ("Affairs Mukhtar Tileuberdi"): the name is at the end
                hit = d.person(" ".join(words[-2:]), on)
                if hit:
                    return self._person_actor(text, hit[0], hit[1], "dict:person")
            if label == "PERSON":
                e = d.lookup_name(clean)
                if e is not None and e.kind in ("country", "capital", "igo"):
                    return self._entry_actor(text, e)  # NER calls some capitals people ("Kyiv")
                one_word = len(words) == 1
                if e is not None and e.kind == "group" and not (one_word and clean.lower() in d.surnames):
                    # "Boko Haram", "Hizballah"; not a one-word name that is also a known person's surname
                    return self._entry_actor(text, e)
                place = self._known_place(clean)
                if place is not None:
                    return place
                return Actor(text=text, name=clean, key=None, kind="person", rule="unknown-person")
        if label == "NORP":
            k = d.demonym(clean)
            if k:
                return Actor(
                    text=text,
                    name=d.country_names.get(k, k),
                    key=k,
                    country=k,
                    kind="country",
                    rule="demonym",
                )
            e = d.lookup_name(clean)
            if e and e.kind == "group":
                return self._entry_actor(text, e)
            return self._known_place(clean)  # NER calls some cities nationalities ("Aleppo")
        e = d.lookup_name(clean)
        if e:
            return self._entry_actor(text, e)
        if label == "ORG":
            place = self._known_place(clean)  # NER calls some regions organisations ("Crimea")
            if place is not None:
                return place
        if label in ("GPE", "LOC") and self.places is not None:
            place = self.places.lookup(clean)  # type: ignore[attr-defined]
            if place is not None and place.country:
                person = self._person_not_town(text, clean, place, on)
                if person is not None:
                    return person
                return Actor(
                    text=text,
                    name=place.name,
                    key=place.country,
                    country=place.country,
                    kind="place",
                    rule="gazetteer",
                )
        k = d.demonym(clean)
        if k and label in ("GPE", "NORP"):
            return Actor(
                text=text, name=d.country_names.get(k, k), key=k, country=k, kind="country", rule="demonym"
            )
        if " " not in clean and clean[:1].isupper():
            # NER often calls a surname an ORG ("Biden"; "Trump" in 2022, a leader out of office)
            return self.in_office(text, clean, on, "dict:surname") or self.former(text, clean, on)
        return None

    def _person_not_town(self, text: str, word: str, place: Candidate, on: dt.date | None) -> Actor | None:
        """A known person's bare surname that the NER took for a place and the gazetteer matched to a town
        under another spelling or name ("Pompeo" for Pompéu, Brazil; "Lula" for Luleå, Sweden): the person
        in office (or the known former one), unless the word is an English word, names a city as written, or
        the town is a big one ("Hague" for The Hague)."""
        if (
            " " in word
            or place.kind != "city"
            or place.rank >= TOWN_RANK
            or place.name.casefold() == word.casefold()
            or self._common_word(word)
        ):
            return None
        return self.in_office(text, word, on, "dict:surname") or self.former(text, word, on, True)

    def _common_word(self, word: str) -> bool:
        """Whether ``word`` may be an English common word ("Price", "Brown", "Wallace"), so no bare surname;
        every word may be one when the model gave no word list."""
        return not self.words or word.lower() in self.words

    def in_office(self, text: str, surname: str, on: dt.date | None, rule: str) -> Actor | None:
        """The one person of the dictionary with this surname in office on the day, as an actor written
        ``text``; None when there is no one or more than one."""
        names = self.d.active_by_surname(surname, on)
        if len(names) != 1:
            return None
        return self._person_actor(text, names[0], self.d.term_on(names[0], on), rule)

    def former(self, text: str, surname: str, on: dt.date | None, bare: bool = False) -> Actor | None:
        """A known leader out of office by surname alone ("Obama" in 2022), as an actor written ``text``;
        when the surname stands ``bare`` (no title, no capitalised word before it), also another official
        whom no one else in the dictionary shares the surname with ("Pompeo" in 2022), unless the surname
        is an English word ("Wallace", "Garland"): "Governor Carney" in 2021 is not the former banker."""
        leader = self.d.former_leader(surname, on)
        if leader is None and bare and not self._common_word(surname):
            leader = self.d.known_official(surname, on)
        if leader is None:
            return None
        return self._person_actor(text, leader, self.d.term_on(leader, on), "dict:surname+former")

    def author(self, source: str | None, on: dt.date | None) -> Actor | None:
        """The publisher as an actor, when it is one ("U.S. Department of State", "The White House")."""
        if not source:
            return None
        text = re.sub(r"^(the|u\.?s\.?)\s+", "", source.strip(), flags=re.I)
        text = re.sub(r"^department of state$", "State Department", text, flags=re.I)
        e = self.d.lookup_name(text) or self.d.lookup_name(source)
        if e is None or e.kind not in ("seat", "igo", "country", "group"):
            return None
        if e.kind == "group" and e.sector not in ("GOV", "MIL", "IGO", "JUD", "LEG"):
            return None  # a news agency writing "we" is not an actor in its stories
        a = self._entry_actor(source, e)
        a.rule = "author"
        return a

    def office_holder(self, author: Actor | None, role: str, on: dt.date | None) -> Actor | None:
        """The publisher's own holder of an office on the day ("THE PRESIDENT:" in a White House
        transcript is the sitting President), as a person actor."""
        if author is None or not author.key or author.kind != "country" or role in ("", "other"):
            return None
        if role.startswith("title:"):  # an office with no role of its own ("THE VICE PRESIDENT:"): by title
            title, day = role[len("title:") :].lower(), on or dt.date.today()
            held = {
                t.name: t
                for terms in self.d.people.values()
                for t in terms
                if t.key == author.key and t.title.lower() == title and t.active(day)
            }
            t = next(iter(held.values())) if len(held) == 1 else None
        else:
            t = self.d.holder(author.key, role, on)
        return self._person_actor(t.name, t.name, t, "title+publisher") if t is not None else None

    def titled_people(self, doc: Doc, mentions: Mentions) -> None:
        """A person of unknown country right after a title that has one: "Indonesia's chief security minister
        Wiranto", "United States Senator Robert F. Kennedy". Later mentions of the name follow."""
        items = mentions.items

        def title_key(i: int, m: Mention) -> tuple[str, str] | None:
            if i == 0:
                return None
            p = items[i - 1]
            # "World Health Organization (WHO) Director-General X": the closing bracket of an abbreviation
            bracketed = p.start > 0 and doc[p.start - 1].text == "(" and doc[p.end : p.end + 1].text == ")"
            allowed = ("-", "'", "’", ")") if bracketed else ("-", "'", "’")
            if any(t.is_punct and t.text not in allowed for t in doc[p.end : m.start]):
                return None  # "In Dhaka, Ambassador Hussain met ...": a place before the comma titles no one
            gap = [t for t in doc[p.end : m.start] if not t.is_punct or t.text == "-"]
            if not gap and p.actor.kind in ("country", "igo") and self.d.agent(doc[m.start].lemma_.lower()):
                gap = [doc[m.start]]  # the title is part of the name's mention: "Senator Robert F. Kennedy"
            titled = p.actor.key and (
                (p.actor.kind == "agent" and p.actor.role and not gap)
                or (
                    p.actor.kind in ("country", "igo", "place")
                    and 0 < len(gap) <= 3
                    and (any(self.d.agent(t.lemma_.lower()) for t in gap) or self._agent_in(gap) is not None)
                    and all(t.text[:1].isupper() for t in gap)
                )
            )
            same_sentence = sent_of(doc[p.start]).start == sent_of(doc[m.start]).start
            key = p.actor.key if titled and same_sentence else None
            if key is None and i >= 2 and p.actor.kind == "agent" and p.actor.key is None and not gap:
                # "World Health Organization (WHO) Director-General Tedros": the body before an unkeyed title
                q = items[i - 2]
                between = [t.text for t in doc[q.end : p.start]]
                if q.actor.kind in ("igo", "country") and q.actor.key and between in ([], [")"]):
                    key = q.actor.key
            return (key, f"{m.actor.rule}+title-before") if key else None

        _key_people(mentions, title_key, "title", lambda m: True)

    def publisher_officials(
        self,
        mentions: Mentions,
        author: Actor | None,
        quote_spans: list[tuple[int, int]],
        on: dt.date | None = None,
        doc_text: str = "",
    ) -> None:
        """A government's own statement names its officials without their country ("Under Secretary
        Nuland met ...", "the Vice President traveled ..."): outside quotes, an official of no stated
        country is the publisher's, unless the title is one the statement uses for counterparts
        ("Foreign Minister X") and the publisher's own holder of that office is someone else. ``doc_text``
        is the document's text (a junior word the mention left out: "Assistant [Secretary of State]")."""
        if author is None or not author.key or author.kind != "country":
            return
        ours: dict[str, Actor] = {}  # names of the people keyed as ours below: their later "he"/"she" follow
        for m in mentions.items:
            a = m.actor
            if (
                a.key is None
                and a.kind == "person"
                and a.name in ours
                and (a.rule or "").startswith("coref:pronoun")
                and not _in(a.start, quote_spans)
            ):
                m.actor = a.rekeyed(author.key, f"{a.rule}+publisher")
                continue
            if (own := self._own_office_alone(a, author.key, quote_spans, on)) is not None:
                m.actor = own  # "The President reaffirmed ...": not the foreign president just named
                continue
            if (
                a.key is None
                and a.kind == "agent"
                and OWN_ADMINISTRATION.fullmatch(a.text or "")
                and not _in(a.start, quote_spans)
            ):
                # "the Administration is calling on Congress to ...": in a government's own statement the
                # capitalised Administration named alone is the publisher's
                m.actor = a.rekeyed(author.key, f"{a.rule}+publisher")
                continue
            # a title of a church ("Cardinal Joseph Zen", "Bishop X") names no official of the publisher
            official = a.sector in ("GOV", "MIL") or ("title" in (a.rule or "") and a.sector != "REL")
            person = a.kind == "person" or (a.kind == "agent" and a.role is not None)  # "the Vice President"
            if a.key is None and person and official and not _in(a.start, quote_spans):
                text = a.text or ""
                title = " ".join(sorted(self.titles.get(m.start, set())))
                holder = self.d.holder(author.key, a.role, on) if a.role and a.role != "other" else None
                before = doc_text[max(0, a.start - 30) : a.start]
                junior = (  # "Deputy Secretary Sherman", "Assistant Secretary of State for ... Noyes"
                    JUNIOR_TITLES.search(f"{title} {text}") is not None
                    or JUNIOR_BEFORE.search(before) is not None
                    or JUNIOR_TITLE_BEFORE.search(doc_text[max(0, a.start - 120) : a.start]) is not None
                )
                if (
                    holder is not None
                    and not junior
                    and (a.rule == "coref:title" or _surname_of(holder.name, text))
                ):
                    m.actor = self._person_actor(text, holder.name, holder, "title+publisher")
                    m.actor.start, m.actor.end = a.start, a.end
                elif (k := self._title_demonym(m.start, author.key)) is not None:
                    m.actor = a.rekeyed(k, f"{a.rule}+title-demonym")  # "Afghan National Security Advisor X"
                elif (
                    junior
                    or (
                        a.role in (None, "other")
                        and (a.kind == "agent" or not FOREIGN_TITLES.search(text))
                        and not ROYAL_TITLES.search(title)  # "Sheikh Mohammed bin Zayed"
                    )
                ) and not (
                    self._minister_abroad(m.start, author.key, on, a) or _state_secretary(text, title)
                ):
                    # a counterpart is named ("President Tebboune"); "the Vice President" alone is ours
                    m.actor = a.rekeyed(author.key, f"{a.rule}+publisher")
                    if a.kind == "person" and a.name:
                        ours[a.name] = m.actor
        # "Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya": a long title the
        # parser broke up still names the person right after it; later mentions of the name follow
        items = mentions.items

        def after_own_title(i: int, m: Mention) -> tuple[str, str] | None:
            near = [
                p
                for p in items[max(0, i - 4) : i]
                if 0 <= m.start - p.end <= 12
                or (p.actor.end is not None and TITLE_TAIL.match(doc_text[p.actor.end : m.actor.start or 0]))
            ]
            titled = any(p.actor.kind == "agent" and p.actor.role and p.actor.key == author.key for p in near)
            own = author.key if m.actor.rule == "unknown-person" and titled else None
            return (own, "title-before+publisher") if own else None

        _key_people(mentions, after_own_title, "publisher", lambda m: not _in(m.actor.start, quote_spans))

    def _own_office_alone(
        self, a: Actor, own: str, quote_spans: list[tuple[int, int]], on: dt.date | None
    ) -> Actor | None:
        """ "President Biden spoke with President Duque of Colombia. The President reaffirmed ...": in a
        government's statement the capitalised office alone ("the President", "the President's commitment") is
        the publisher's own holder of it, not the latest person of that title (a foreign counterpart) nor no
        one: that holder as an actor (the office, not a person, when it had no one: a person would change what
        a later "she" stands for), else None."""
        text = a.text or ""
        titled = a.rule == "coref:title" or (a.key is None and a.kind == "agent")
        if not titled or a.key == own or _in(a.start, quote_spans) or not a.role:
            return None
        words = text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
            return None
        holder = self.d.holder(own, a.role, on)
        if holder is None or words[1].lower() not in _short_titles(holder.title):
            return None
        if a.rule != "coref:title":
            return a.rekeyed(own, f"{a.rule}+publisher")
        actor = self._person_actor(text, holder.name, holder, "title+publisher")
        actor.start, actor.end = a.start, a.end
        return actor

    def _title_demonym(self, start: int, own: str) -> str | None:
        """The country of a nationality word in a person's title ("Angolan Minister of State X", "Afghan
        National Security Advisor Y"), when it is not the publisher's own."""
        keys = {k for w in self.titles.get(start, ()) if (k := self.d.demonyms.get(w))}
        keys.discard(own)
        return next(iter(keys)) if len(keys) == 1 else None

    def _minister_abroad(self, start: int, own: str, on: dt.date | None, a: Actor | None = None) -> bool:
        """ "Deputy Foreign Minister X", "Deputy Minister Y" in a statement of a government whose head of
        government is no minister (the U.S.): a minister is a counterpart, not one of the publisher's own; so
        is "the Deputy Foreign Minister" that stands for such a person named before."""
        words = set(self.titles.get(start, ()))
        if a is not None and a.rule == "coref:title":
            words |= {w.lower() for w in (a.text or "").split()}
        if "minister" not in words:
            return False
        head = self.d.holder(own, "head_of_government", on) or self.d.holder(own, "head_of_state", on)
        return head is not None and "minister" not in head.title.lower()

    def _title_place(self, words: Span | Sequence[Token]) -> str | None:
        """The country of a place named as part of an office title ("Wisconsin Governor", "Kharkiv Mayor"):
        a run of capitalised proper nouns, not office words, that the gazetteer knows, and that the NER took
        for a place unless it is a region or a city of 100,000 ("Federal Judge" is no town in Argentina)."""
        if self.places is None:
            return None
        runs: list[list[Token]] = []
        run: list[Token] = []
        for t in [*words, None]:
            if t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and not self.d.agent(t.lemma_):
                run.append(t)
                continue
            if run:
                runs.append(run)
            run = []
        for n, run in enumerate(runs):
            name = " ".join(x.text for x in run)
            c = self.places.lookup(name)  # type: ignore[attr-defined]
            ner_place = all(x.ent_type_ in ("GPE", "LOC") for x in run)
            if c is not None and c.country and (ner_place or c.kind != "city" or c.rank >= 100_000):
                after = runs[n + 1] if n + 1 < len(runs) else None
                if after is not None and after[0].i == run[-1].i + 2 and run[-1].nbor().text == ",":
                    # "mayor of Birmingham, Alabama": the town of that name in the state or country after it
                    q = self.places.lookup(" ".join(x.text for x in after))  # type: ignore[attr-defined]
                    if (
                        q is not None
                        and q.country
                        and q.kind in ("country", "state", "region")
                        and any(x.country == q.country for x in self.places.candidates(name))  # type: ignore[attr-defined]
                    ):
                        return q.country
                return c.country
        return None

    def _settlement(self, name: str) -> Actor | None:
        """A place the gazetteer knows by the name of a town the text calls one ("the town of X")."""
        return self._gazetteer_place(name, _clean(name))

    def _known_place(self, name: str) -> Actor | None:
        """A one-word name that is a sizeable city or a listed region, when NER took it for a person, an
        organisation or a nationality."""
        if " " in name or self.d.by_surname(name, None):
            return None
        return self._gazetteer_place(name, name, min_rank=100_000)

    def _gazetteer_place(self, text: str, lookup: str, min_rank: int = 0) -> Actor | None:
        """The place the gazetteer knows by ``lookup`` (of at least ``min_rank``), as an actor of its country
        written ``text``."""
        c = self.places.lookup(lookup) if self.places is not None else None  # type: ignore[attr-defined]
        if c is None or not c.country or c.rank < min_rank:
            return None
        return Actor(text=text, name=c.name, key=c.country, country=c.country, kind="place", rule="gazetteer")

    def _entry_actor(self, text: str, e: Entry) -> Actor:
        if e.kind in ("country", "capital", "seat"):
            sector = "GOV" if e.kind in ("capital", "seat") else None
            if e.kind == "seat":
                sector = e.sector
            return Actor(
                text=text,
                name=e.name,
                key=e.key,
                country=e.key,
                sector=sector,
                kind="country",
                rule=f"dict:{e.kind}",
            )
        if e.kind == "igo":
            short = e.key.split(":", 1)[1] if e.key else None
            return Actor(
                text=text, name=e.name, key=e.key, igo=short, sector="IGO", kind="igo", rule="dict:igo"
            )
        country = e.key if e.key and not e.key.startswith("IGO:") else None
        return Actor(
            text=text,
            name=e.name,
            key=e.key,
            country=country,
            sector=e.sector,
            kind="group",
            rule="dict:group",
        )

    def _person_actor(self, text: str, canon: str, term: Term | None, rule: str) -> Actor:
        if term is None:
            return Actor(text=text, name=canon, key=None, kind="person", rule=rule)
        country = term.key if not term.key.startswith("IGO:") else None
        igo = term.key.split(":", 1)[1] if term.key.startswith("IGO:") else None
        return Actor(
            text=text,
            name=canon,
            key=term.key,
            country=country,
            igo=igo,
            sector=term.sector,
            role=term.role,
            kind="person",
            rule=rule,
        )

    # ---- document-level -----------------------------------------------------------------------
    def find(
        self,
        doc: Doc,
        on: dt.date | None,
        skip: Iterable[tuple[int, int]] = (),
        quoted: Iterable[tuple[int, int]] = (),
    ) -> Mentions:
        """Every actor mention in ``doc``, resolved, with coreference inside the document. ``quoted`` are the
        character spans of direct quotes: a pronoun outside them never refers to a name inside one."""
        skip_spans = list(skip)
        quote_spans = list(quoted)
        self.titles = {}
        mentions: list[Mention] = []
        taken: set[int] = set()
        for m in self._split_hyphen_pairs(doc):
            if not any(s <= doc[m.start].idx < e for s, e in skip_spans):
                mentions.append(m)
                taken.update(range(m.start, m.end))
        for span in self._entity_spans(doc):
            if any(s <= span.start_char < e for s, e in skip_spans) or any(t.i in taken for t in span):
                continue
            m = self._entity_mention(doc, span, on, mentions)
            if m and not _no_surname(doc, m):
                mentions.append(m)
                taken.update(range(m.start, m.end))
        for m in self._dictionary_mentions(doc, on, taken, skip_spans):
            if _no_surname(doc, m):
                continue  # "any NGO or government": the acronym, not a person surnamed Ngo
            mentions.append(m)
            taken.update(range(m.start, m.end))
        # "Go ahead, Jonathan.": the one called on is no antecedent of a later title ("the President")
        mentions[:] = [m for m in mentions if not _called_on(doc, m)]
        for m in self._agent_mentions(doc, on, taken, sorted(mentions, key=lambda x: x.start)):
            if not any(s <= doc[m.start].idx < e for s, e in skip_spans):
                mentions.append(m)
                taken.update(range(m.start, m.end))
        mentions.sort(key=lambda m: m.start)
        for m in self._surname_mentions(doc, taken, skip_spans, mentions):
            if _no_surname(doc, m):
                continue
            mentions.append(m)
            taken.update(range(m.start, m.end))
        mentions.sort(key=lambda m: m.start)
        mentions[:] = [
            m
            for m in mentions
            if not _negated_name(doc, m.start)  # "a Major Non-NATO Ally"
            and not _feature_name(doc, m.start, m.end)  # "the Congo Basin", "the Sea of Japan"
            and not title_or_currency(doc, m.start, m.end)  # "entitled America", "US dollars"
            and not _common_acronym(doc, m, mentions)  # "CCTV captured their arrival"
            and not self._acronym_defined_otherwise(doc, m)  # "American Academy of Pediatrics (AAP)"
            and not _city_named(doc, m)  # "the Minsk agreements", "the Paris Club"
            and not self._other_party(doc, m)  # "the Liberal Democrats" are not the US Democratic Party
            and not _called_on(doc, m)  # "Go ahead, Jonathan.": the one spoken to acts in nothing said
        ]
        mentions[:] = [_as_relative(doc, m) for m in mentions]
        self._places_in_regions(doc, mentions)
        resolved: list[Mention] = list(mentions)
        # the mentions outside quotations, kept up to date (antecedents for a pronoun in the narrative)
        outside = [m for m in resolved if not _in(doc[m.start].idx, quote_spans)] if quote_spans else resolved
        personal: dict[int, bool] = {}  # mention id -> can it be he/she (see _antecedent)
        for tok in doc:
            if any(s <= tok.idx < e for s, e in skip_spans):
                continue
            if _definite_group(tok):
                self._group_anaphor(tok, resolved, taken)
                continue
            if tok.i in taken:
                continue
            low = tok.lower_
            if tok.pos_ == "PRON" and low in PRONOUNS_THIRD:
                narrative = bool(quote_spans) and not _in(tok.idx, quote_spans)
                prior = outside if narrative else resolved
                ante = self._antecedent(prior, tok, low, personal, mentions)
                if ante:
                    a = ante.actor
                    copy = copy_at(a, tok, "coref:pronoun")
                    if (
                        (low in PRONOUNS_PERSON or low == "it")
                        and a.kind == "agent"
                        and not a.name
                        and a.text
                    ):
                        # "a trauma doctor ... He said": the pronoun names the one described
                        copy.name = re.sub(r"^(?:an?|the|one)\s+", "", a.text, flags=re.I)
                    found = Mention(tok.i, tok.i + 1, tok.i, copy, ante.pair)
                    resolved.append(found)
                    if narrative:
                        outside.append(found)
        resolved.sort(key=lambda m: m.start)
        return Mentions(resolved)

    def _acronym_defined_otherwise(self, doc: Doc, m: Mention) -> bool:
        """Whether the mention is an abbreviation of the dictionary ("AAP": India's Aam Aadmi Party) that the
        article spells out as another body's ("the American Academy of Pediatrics (AAP)"): a name in
        capitalised words whose initials make the abbreviation, right before it in brackets or right after it
        in brackets, that the dictionary does not know as the same body."""
        text = doc[m.start : m.end].text
        e = self.d.exact.get(text)
        if e is None or not text.isalpha() or not text.isupper():
            return False
        spelled = _spelled_out(text_of(doc), text)
        if not spelled:
            return False
        # the dictionary's names of this body, gathered only for an abbreviation the article spells out
        own = [n for n, x in self.d.names.items() if (x.key, x.name) == (e.key, e.name)] + [e.name]
        for long in spelled:
            other = self.d.lookup_name(long)
            if other is not None and (other.key, other.name) == (e.key, e.name):
                continue
            if other is not None or not any(_name_words(long) & _name_words(n) for n in own):
                # another body of the dictionary, or no telling word in common with any of this one's names
                # ("Comprehensive Test Ban Treaty Organization" is the CTBTO under another spelling)
                return True
        return False

    @staticmethod
    def _group_anaphor(tok: Token, resolved: list[Mention], taken: set[int]) -> None:
        """ "Boko Haram fighters ambushed a convoy ... the group's fighters fired grenades", "an attack by the
        group": "the group" is the armed group last named before it (when the last group named is armed:
        "Amnesty ... the group" is left alone). As the owner of an agent of no country ("the group's
        fighters") it gives that agent its key."""
        groups = [
            m
            for m in resolved
            if m.end <= tok.i
            and m.actor.rule != "coref:group"
            and (m.actor.kind == "group" or m.actor.sector in ARMED_SECTORS)
        ]
        ante = max(groups, key=lambda m: m.start) if groups else None
        if ante is None or ante.actor.sector not in ARMED_SECTORS or not ante.actor.key:
            return
        if tok.i not in taken:
            det = tok.i - 1
            resolved.append(
                Mention(det, tok.i + 1, tok.i, copy_at(ante.actor, tok.doc[det : tok.i + 1], "coref:group"))
            )
            taken.update((det, tok.i))
            return
        # "the group's fighters" (the group owns an agent), "the militants" (the agent itself)
        owner = next((m for m in resolved if m.start <= tok.i < m.end), None)
        if (
            owner is not None
            and owner.actor.key is None
            and (tok.dep_ == "poss" if owner.head != tok.i else tok.lemma_.lower() != "group")
        ):
            owner.actor.key = owner.actor.country = ante.actor.key
            owner.actor.rule = "coref:group"

    def _other_party(self, doc: Doc, m: Mention) -> bool:
        """A one-word party name of the dictionary ("Democrats", "Republicans") under a capitalised word
        of its own name that is no place or body ("Liberal Democrats", "Free Democrats", "Social
        Democrats"): another party, of another country; "House Democrats", "Congressional Republicans",
        "Georgia Democrats" and "American Democrats" stay the dictionary's party."""
        if m.end - m.start != 1 or m.start == 0 or m.actor.kind != "group" or m.actor.sector != "PTY":
            return False
        prev = doc[m.start - 1]
        return (
            prev.head.i == m.start
            and prev.dep_ in ("compound", "amod")
            # a capital that is no sentence's first letter: not "Other Republicans", "Many Democrats"
            and (prev.pos_ == "PROPN" or (prev.pos_ == "ADJ" and not prev.is_sent_start))
            and prev.text[:1].isupper()
            and prev.ent_type_ in ("", "NORP")
            and prev.lower_ not in LEGISLATURE_WORDS  # "Congressional Republicans": the party in Congress
            and self.d.demonym(prev.text) != m.actor.key
            and self.d.lookup_name(prev.text) is None
        )

    def _places_in_regions(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "San Jose, California", "Tripoli, Lebanon": a city named with its state or country after a comma
        is the one in that country, not the better-known one elsewhere (a capital of the dictionary)."""
        if self.places is None:
            return
        for m1, m2 in zip(mentions, mentions[1:], strict=False):
            a, b = m1.actor, m2.actor
            if (
                m2.start != m1.end + 1
                or doc[m1.end].text != ","
                or a.rule not in ("dict:capital", "gazetteer")
                or not b.key
                or b.key == a.key
                or b.key.startswith("IGO")
                or not (b.rule == "dict:country" or self._is_region(b.text or ""))
            ):
                continue
            if any(c.country == b.key for c in self.places.candidates(a.text or "")):  # type: ignore[attr-defined]
                m1.actor = a.rekeyed(b.key, "place-in-region")

    def _is_region(self, name: str) -> bool:
        """Whether the best-known place of a name is a first-level region ("California", "Ontario")."""
        c = self.places.lookup(name) if self.places is not None else None  # type: ignore[attr-defined]
        return c is not None and c.kind == "state"

    def _surname_mentions(
        self, doc: Doc, taken: set[int], skip: list[tuple[int, int]], prior: list[Mention]
    ) -> Iterable[Mention]:
        """A bare surname the NER missed or mislabelled ("Radmall said", "Day said"): a capitalised proper
        noun, mentioned nowhere else as an actor, that is the last word of an earlier person's full name."""
        people = [m for m in prior if m.actor.kind == "person" and m.actor.name and " " in m.actor.name]
        if not people:
            return
        for tok in doc:
            if (
                tok.i in taken
                or tok.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB")
                or not tok.text[:1].isupper()
                or tok.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP")
                or _in(tok.idx, skip)
            ):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
                continue  # part of a longer name
            if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper():
                continue
            for m in reversed(people):
                if m.start < tok.i and m.actor.name and m.actor.name.split()[-1] == tok.text:
                    yield Mention(tok.i, tok.i + 1, tok.i, copy_at(m.actor, tok, "coref:surname"))
                    break

    def _entity_spans(self, doc: Doc) -> list[Span]:
        """Named-entity spans, with adjacent PERSON pieces joined ("Vladimir" + "Putin")."""
        ents = [e for e in doc.ents if e.label_ in ACTOR_ENTS]
        out: list[Span] = []
        for e in ents:
            if (
                out
                and e.label_ == "PERSON"
                and out[-1].label_ == "PERSON"
                and all(t.is_space for t in doc[out[-1].end : e.start])
            ):
                out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")
                continue
            if e.label_ == "PERSON" and len(e) > 1 and question_label(doc[e.start]):
                e = Span(doc, e.start + 1, e.end, label="PERSON")  # "Q Jen, one more question": not "Q Jen"
            if e.label_ == "PERSON":
                # a first name the NER left out ("Sadiq" of "Sadiq Khan"): a capitalised proper noun right
                # before the name that hangs on it and is no title
                s = e.start
                while (
                    s > 0
                    and doc[s - 1].pos_ == "PROPN"
                    and doc[s - 1].text[:1].isupper()
                    and doc[s - 1].head.i in range(s, e.end)
                    and doc[s - 1].dep_ == "compound"
                    and not doc[s - 1].ent_type_
                    and self.d.agent(doc[s - 1].lemma_.lower()) is None
                    and not question_label(doc[s - 1])
                ):
                    s -= 1
                # a hyphenated family name the NER cut at a hyphen ("Prayuth Chan" of "Chan-o-cha")
                end = e.end
                while (
                    end + 1 < len(doc)
                    and doc[end].text == "-"
                    and not doc[end - 1].whitespace_
                    and not doc[end].whitespace_
                    and doc[end + 1].is_alpha
                ):
                    end += 2
                if s != e.start or end != e.end:
                    e = Span(doc, s, end, label="PERSON")
            out.append(e)
        return self._joined_group_names(doc, out)

    def _joined_group_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A group of the dictionary whose name the NER cut in two ("Sweden" GPE + "Democrats" NORP, "New
        Democratic Party"): an entity and the capitalised proper nouns right after it (entities or not) are
        one name when together they are a group's name, so "Sweden Democrats" is not the U.S. Democrats."""
        out: list[Span] = []
        i = 0
        while i < len(spans):
            e = spans[i]
            end = e.end
            best = None
            while (
                end < len(doc)
                and end - e.start < 6
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
            ):
                end += 1
                entry = self.d.lookup_name(doc[e.start : end].text)
                if entry is not None and entry.kind == "group":
                    best = end
            if best is None:
                out.append(e)
                i += 1
                continue
            out.append(Span(doc, e.start, best, label="ORG"))
            i += 1
            while i < len(spans) and spans[i].start < best:
                i += 1  # the pieces taken into the name
        return out

    def _by_surname(self, prior: list[Mention]) -> dict[str, Mention]:
        """Per surname, the latest mention of the person of ``prior`` named most often by it: after "Joe
        Biden" six times and "Hunter Biden's laptop" once, "Biden" is still Joe Biden (an index, so long
        texts stay linear)."""
        seen = self._surnames
        if seen is None or seen[0] is not prior or seen[1] > len(prior):
            seen = (prior, 0, {}, Counter())
        index, counts = seen[2], seen[3]

        def put(w: str, m: Mention) -> None:
            name = m.actor.name or ""
            counts[(w, name)] += 1
            cur = index.get(w)
            if (
                cur is None
                or cur.actor.name == name
                or counts[(w, name)] >= counts[(w, cur.actor.name or "")]
            ):
                index[w] = m

        for m in prior[seen[1] :]:
            if m.actor.kind == "person" and m.actor.name and len(m.actor.name.split()) > 1:
                words = m.actor.name.split()
                # "Ricardo Rosselló Nevares" is also "Rosselló": a family name need not come last
                for w in words[1:-1] if len(words) > 2 else []:
                    if w[:1].isupper() and len(w) > 2 and w not in index:
                        index[w] = m
                if _family_name_first(words, m.actor.key) and words[0] not in index:
                    index[words[0]] = m  # "Choi Jong-kun ... Choi said": the family name comes first
                put(words[-2] if words[-1] in POST_NOMINALS else words[-1], m)
        self._surnames = (prior, len(prior), index, counts)
        return index

    @staticmethod
    def _by_first_name(prior: list[Mention], word: str) -> Mention | None:
        """The one person named before in full whose first name is ``word`` ("Ann Linde ... I'm grateful
        to Ann"): a name a gazetteer also knows as a small town is that person. None when no one, or more
        than one person, has that first name."""
        if not word[:1].isupper() or len(word) < 3:
            return None
        found: dict[str, Mention] = {}
        for m in prior:
            words = (m.actor.name or "").split()
            if m.actor.kind == "person" and len(words) > 1 and words[0] == word:
                found[m.actor.name or ""] = m
        return next(iter(found.values())) if len(found) == 1 else None

    def _pair_blocks(self, doc: Doc, start: int, end: int, name: str | None) -> bool:
        """A one-word name that is half of a hyphenated pair names the office holder ``name`` found by its
        surname only when the pair is a ticket of two names of that holder's country ("Obama-Biden
        administration" in 2021: Joe Biden): not the St Kitts Harris for the "Harris" of "Biden-Harris", nor
        anyone for half of a double-barrelled name ("MS. JEAN-PIERRE")."""
        other = _hyphen_partner(doc, start) if end - start == 1 and name else None
        if other is None or not name:
            return False
        people = self.d.people

        def keys(word: str) -> set[str]:
            return {t.key for n in self.d.surnames.get(word.lower(), ()) for t in people.get(n.lower(), ())}

        shared = keys(doc[start].text) & keys(other.text)
        return not shared & {t.key for t in people.get(name.lower(), ())}

    def _entity_mention(
        self, doc: Doc, span: Span, on: dt.date | None, prior: list[Mention]
    ) -> Mention | None:
        label = span.label_
        start, end = span.start, span.end
        if doc[start].lower_ == "the":
            start += 1
        if label == "PERSON" and doc[start].text == "Lady" and start > 0 and doc[start - 1].text == "First":
            return self._first_lady(doc, start + 1, set(), on)  # "First Lady Zelenska": the NER cut the title
        actor = None
        if end - start == 1 and doc[start].text in POST_NOMINALS:
            return None  # "QC" left over after a name: rank letters, no one's surname
        if label == "PERSON" and _has_digit(doc[start:end].text):
            return None  # "COVID-19", "Section 7031(c)": no one's name has a digit
        if end - start == 1 and label in ("ORG", "GPE", "NORP", "PERSON"):
            hit = self._by_surname(prior).get(doc[start].text)
            people = self.d.demonyms.get(_clean(doc[start].text).lower())
            if hit is not None and people and not (hit.actor.name or "").endswith(doc[start].text):
                hit = None  # "Rohingya" after "the Rohingya Humanitarian Crisis": the people, not that name
            if hit is not None:
                actor = copy_at(hit.actor, doc[start:end], "coref:surname")
        elif end - start == 2 and label == "PERSON" and doc[start].lower_.rstrip(".") in HONORIFICS:
            hit = self._by_surname(prior).get(
                doc[start + 1].text
            )  # "Mr. Sullivan": the Sullivan named before
            if hit is not None:
                actor = copy_at(hit.actor, doc[start:end], "coref:surname")
        if actor is None:
            actor = self.resolve_name(doc[start:end].text, label, on)
            # "the Biden-Harris campaign": a ticket's name, not whoever holds an office as Harris elsewhere
            if (
                actor is not None
                and actor.rule == "dict:surname"
                and self._pair_blocks(doc, start, end, actor.name)
            ):
                actor = None
        if end - start == 1 and label in ("GPE", "PERSON") and (actor is None or actor.rule == "gazetteer"):
            hit = self._by_first_name(prior, doc[start].text)  # "But Ann, welcome": Ann Linde, not a town
            if hit is not None:
                actor = copy_at(hit.actor, doc[start:end], "coref:first-name")
        if (actor is None or actor.rule == "unknown-person") and _named_settlement(doc[start:end]):
            actor = self._settlement(doc[start:end].text) or actor
        exact_demonym = self.d.demonyms.get(_clean(doc[start].text).lower()) if end - start == 1 else None
        if (actor is None or actor.key is None) and (k := exact_demonym):
            # "Armenian and Azerbaijani forces": a nationality word the NER took for a name
            name = self.d.country_names.get(k, k)
            actor = Actor(text=doc[start].text, name=name, key=k, country=k, kind="country", rule="demonym")
        if actor is None and label == "ORG" and all(t.pos_ == "PROPN" for t in doc[start:end]):
            for (
                c
            ) in span.root.children:  # "Ricardo Rosselló, Puerto Rico's governor,": a person the NER missed
                office = self.d.agent(c.lemma_.lower()) if c.dep_ == "appos" else None
                if office is not None and office[1] is not None:
                    text = doc[start:end].text
                    actor = Actor(text=text, name=text, key=None, kind="person", rule="unknown-person")
                    label = "PERSON"
                    break
        if label == "PERSON" and actor is not None and actor.key is None:
            actor = self._resolve_unknown_person(doc, span, on, prior) or actor
        if label == "PERSON" and actor is not None and actor.key is None:
            for c in span.root.children:  # "Ricardo Rosselló, Puerto Rico's governor,": the apposition's
                k = self._key_of_modifiers(doc, c, c.left_edge.i, on) if c.dep_ == "appos" else None
                if k:
                    actor = actor.rekeyed(k, f"{actor.rule}+apposition")
                    break
        if label == "PERSON" and actor is not None and actor.key is None:
            k = self._nationality_beside(span)
            if k:
                actor = actor.rekeyed(k, f"{actor.rule}+nationality")
        if label == "PERSON" and actor is not None and actor.key is None:
            # "Joanna Cherry of the Scottish National Party", "Senator Marco Rubio of Florida": of what the
            # "of" phrase after the name keys (a party, a country, a state)
            of = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= end]
            k = self._of_key(doc, span, of)
            if k:
                actor = actor.rekeyed(k, f"{actor.rule}+of")
                group = self._of_group(doc, of)
                if group is not None and group.kind == "group" and group.sector and actor.sector is None:
                    actor = replace(actor, sector=group.sector)  # a party's member: "PTY", not the government
        if actor is None and label == "ORG":
            actor = self._org_by_head(doc[start:end], on)
        if actor is None and label in ("ORG", "GPE", "NORP"):
            named = self._trailing_person(doc, start, end, prior)
            if named is not None:
                start, actor = named
        if actor is None:
            return None
        if actor.rule == "demonym" and actor.key != "USA" and _hyphenated_american(doc, start, end):
            actor = actor.rekeyed("USA", "demonym+american")  # "Cuban American leaders" are Americans
        actor.start, actor.end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        actor.text = doc[start:end].text
        # title words before a person ("Japanese Prime Minister Shinzo Abe") belong to the mention; not before
        # a place the NER took for a person ("in northern Tigray": the place is "Tigray")
        if label == "PERSON" and actor.kind != "place":
            left = _left_modifiers(doc[start:end])
            s = left[0].i if left else start
            while s < start and doc[s].dep_ in ("punct", "det", "case"):
                s += 1
            titles = {t.lemma_.lower() for t in doc[s:start]}
            titles |= _appositive_titles(span.root)
            self.titles[s] = titles
            start = s
        return Mention(start, end, span.root.i, actor)

    def _nationality_beside(self, span: Span) -> str | None:
        """ "An Australian, Brenton Tarrant, appeared in court", "Brenton Tarrant, an Australian,": a person
        named in apposition with a nationality noun is of that country."""
        root = span.root
        near = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            near.append(root.head)
        for t in near:
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.tag_ != "NNPS" and not t.text.endswith("s"):
                k = self.d.demonyms.get(t.text.lower())
                if k and any(c.dep_ == "det" or c.dep_ == "amod" for c in t.children):
                    return k
        return None

    def _trailing_person(
        self, doc: Doc, start: int, end: int, prior: list[Mention]
    ) -> tuple[int, Actor] | None:
        """An entity the NER mislabelled that ends in a person's name the text also gives as a PERSON
        ("United States Senator from Vermont Bernie Sanders" tagged ORG, "Sanders" a PERSON later on)."""
        last = doc[end - 1]
        surnames = doc.user_data.get("newsevents_person_surnames")
        if surnames is None:
            surnames = sorted({e[-1].text for e in doc.ents if e.label_ == "PERSON"})
            doc.user_data["newsevents_person_surnames"] = surnames
        if (
            last.text not in surnames
            or last.pos_ != "PROPN"
            or (end - start == 1 and last.text in POST_NOMINALS)
        ):
            return None
        i = end - 1
        while (
            i > start
            and end - i < 3
            and doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].text[:1].isupper()
            and self.d.lookup_name(doc[i - 1].text) is None
            and self.d.demonym(doc[i - 1].text) is None
            and self.d.agent(doc[i - 1].lemma_.lower()) is None
            and (self.places is None or self.places.lookup(doc[i - 1].text) is None)  # type: ignore[attr-defined]
        ):
            i -= 1
        span = doc[i:end]
        word = _surname_word(doc, start, end)  # "Melly QC" is Melly, not the earlier "Durham Hall QC"
        for m in reversed(prior):  # "Qaboos" after "Qaboos bin Said"
            if m.actor.kind == "person" and m.actor.name and word in m.actor.name.split():
                return i, copy_at(m.actor, span, "coref:name")
        return i, Actor(text=span.text, name=span.text, key=None, kind="person", rule="unknown-person")

    def _org_by_head(self, span: Span, on: dt.date | None) -> Actor | None:
        """An ORG not in the dictionary: "the Russian Foreign Ministry", "Japan's parliament"."""
        agent = self._agent_in(span)
        if agent is None:
            return None
        sector, role = agent
        key = None
        for t in span:
            if t.ent_type_ in ("NORP", "GPE"):
                key = self.d.demonym(t.text) or getattr(self.d.lookup_name(t.text), "key", None)
                if key:
                    break
            elif (
                t.text[:1].isupper()
                and t.pos_ in ("ADJ", "PROPN")
                and self.d.lookup_name(t.text) is None  # a nationality word, not a country's name
                and (key := self.d.demonym(t.text))
            ):
                break  # "the Ukrainian Ministry of Foreign Affairs": the NER took the nationality in
        for c in span.root.children if key is None else ():
            if (
                c.dep_ == "poss" and c.i < span.start and c.ent_type_ == "GPE"
            ):  # "Russia's Ministry of Defense"
                owner = _ent_span(span.doc, c)
                key = getattr(
                    self.d.lookup_name(_clean(owner.text if owner is not None else c.text)), "key", None
                )
        if key is None:
            return None
        return Actor(
            text=span.text,
            name=span.text,
            key=key,
            country=key if not key.startswith("IGO") else None,
            sector=sector,
            role=role,
            kind="agent",
            rule="org:agent+country",
        )

    def _agent_in(self, span: Span | Sequence[Token]) -> tuple[str, str | None] | None:
        lemmas = [t.lemma_.lower() for t in span]
        n = len(lemmas)
        for size in range(min(self.d.max_agent_words, n), 0, -1):
            for i in range(n - size, -1, -1):
                hit = self.d.agent(" ".join(lemmas[i : i + size]))
                if hit:
                    return hit
        return None

    def _resolve_unknown_person(
        self, doc: Doc, span: Span, on: dt.date | None, prior: list[Mention]
    ) -> Actor | None:
        """A person not in the dictionary by full name: surname look-up, earlier mention, or title."""
        words = [w for w in span.text.replace(",", " ").split() if w.lower().rstrip(".") not in NAME_SUFFIXES]
        if len(words) == 2 and words[0].lower().rstrip(".") in HONORIFICS:
            words = words[1:]  # "Mr Biden" named first: the surname alone
        if not words:
            return None  # a "name" that is only a suffix ("Jr.")
        left = _left_modifiers(span)
        if left and (hit := self.d.person(f"{left[-1].text} {span.text}", on)):
            # "Prince Charles", "Queen Elizabeth": the NER left out the title that the known name has
            return self._person_actor(span.text, hit[0], hit[1], "dict:person+title")
        if not left and (inner := self._title_inside(span)):
            # "Special Representative Kim", "Counselor Chollet": the NER took the title into the name; the
            # title is read as if it stood before the name, the rest as the name, which may be the first
            # word of a name written family name first ("Liu Xiaoming") that was named before
            left, words = list(span[:inner]), words[inner:]
            for m in reversed(prior):
                if len(words) == 1 and m.actor.kind == "person" and (m.actor.name or "").split()[:1] == words:
                    return copy_at(m.actor, span, "coref:surname")
        if "of" in words[1:-1]:
            # "Prime Minister Mitsotakis of Greece" taken whole by the NER: the person of that country
            cut = words.index("of", 1)
            e = self.d.lookup_name(" ".join(words[cut + 1 :]))
            if e is not None and e.kind == "country" and e.key:
                name = " ".join(words[:cut])
                names = [
                    n
                    for n in self.d.by_surname(words[cut - 1], on)
                    if (tm := self.d.term_on(n, on)) is not None and tm.key == e.key
                ]
                if len(names) == 1:
                    return self._person_actor(
                        span.text, names[0], self.d.term_on(names[0], on), "dict:surname+of"
                    )
                return Actor(
                    text=span.text, name=name, key=e.key, country=e.key, kind="person", rule="name+of"
                )
        if len(words) == 1:
            surname = re.sub(r"['’]s?$", "", words[0])  # "Kallas's" is Kallas (rstrip would eat the "s")
            for m in reversed(prior):
                if m.actor.kind == "person" and m.actor.name and _called(m.actor.name, m.actor.key, surname):
                    return copy_at(m.actor, span, "coref:surname")
            names = self.d.active_by_surname(surname, on)
            names = [n for n in names if not self._pair_blocks(span.doc, span.start, span.end, n)]
            if left and _deputy_title(" ".join(t.lower_ for t in left)):
                # "Vice Minister Choi": a deputy is not the head of state or government of that surname
                names = [
                    n
                    for n in names
                    if (tm := self.d.term_on(n, on))
                    and tm.role not in ("head_of_state", "head_of_government")
                ]
            if len(names) > 1 and (title := " ".join(t.lower_ for t in _left_modifiers(span))):
                # "Vice President Harris" in 2022: the Harris in office with that title
                titled = [n for n in names if (tm := self.d.term_on(n, on)) and tm.title.lower() in title]
                names = titled or names
            if len(names) == 1:
                term = self.d.term_on(names[0], on)
                return self._person_actor(span.text, names[0], term, "dict:surname")
        else:
            surname = words[-1]
            for m in reversed(prior):
                if (
                    m.actor.kind == "person"
                    and m.actor.name
                    and m.actor.name.split()[-1] == surname
                    and m.actor.key
                    and _same_given_name(m.actor.name.split()[0], words[0])  # not "Hunter Biden" for Joe
                ):
                    return copy_at(m.actor, span, "coref:name")
            # "Antony J. Blinken" for "Antony Blinken": same surname, compatible first name
            # the first name is the first word, or the one before the surname when NER took in a word of
            # the title ("Affairs Mukhtar Tileuberdi")
            names = [n for n in self.d.by_surname(surname, on) if _first_name_fits(n, words)]
            if len(names) == 1:
                return self._person_actor(
                    span.text, names[0], self.d.term_on(names[0], on), "dict:surname+first"
                )
        # no one of that surname in office, none named before: a known leader out of office ("Obama" in 2022)
        bare = not left and (span.start == 0 or not span.doc[span.start - 1].text[:1].isupper())
        former = self.former(span.text, surname, on, bare) if len(words) == 1 else None
        # title in front (``left``): "Iranian Foreign Minister Hossein Amirabdollahian"
        # appositive after: "Hossein Amirabdollahian, Iran's foreign minister"
        appos = [c for c in span.root.children if c.dep_ == "appos"]
        for group in (left, *[list(a.subtree) for a in appos]):
            if not group:
                continue
            agent = self._agent_in(group)
            key = None
            for n, t in enumerate(group):
                if n > 0 and group[n - 1].text == "New":
                    continue  # "New Jersey Governor", "New Mexico Governor": a place's name, not the country
                if t.i > 0 and t.doc[t.i - 1].lower_ in ("to", "for"):
                    # "Ambassador to Bangladesh Peter Haas", "Special Envoy for Yemen Tim Lenderking": where
                    # an envoy serves or what his brief is, not whose he is
                    continue
                k = self._pair_demonym(group, n)  # "South African National Security Advisor"
                if k is None and (t.ent_type_ in ("NORP", "ORG") or t.pos_ == "ADJ"):
                    # "Israeli National Security Advisor": the tagger may take the title for a body's name
                    k = self.d.demonym(t.text)
                if k is None and not t.ent_type_ and t.text.isupper() and len(t.text) > 1:
                    # "ROK First Vice Foreign Minister Choi Jong Kun": a country's abbreviation the NER missed
                    e = self.d.exact.get(t.text)
                    k = e.key if e is not None and e.kind == "country" else None
                if k is None and t.ent_type_ in ("GPE", "ORG", "NORP"):
                    # "Apple Daily founder Jimmy Lai": the whole name, not a word of it ("Apple")
                    # ("US Libertarian Party" has no country of its own: then "US")
                    whole = _ent_span(t.doc, t)
                    e = self.d.lookup_name(whole.text if whole is not None else t.text)
                    e = e if e is not None and e.key else self.d.lookup_name(t.text)
                    k = e.key if e else None
                if k:
                    key = k
                    break
            if agent and not key and group is left:
                key = self._bracketed_country(span.doc, left[0].i)
            if agent and not key:
                key = self._title_place(group)  # "Wisconsin Governor Tony Evers"
            if not key and former is not None:
                return former  # "President Obama" in 2022: the title adds no country
            if agent or key:
                sector = agent[0] if agent else None
                return Actor(
                    text=span.text,
                    name=span.text,
                    key=key,
                    country=key if key and not key.startswith("IGO") else None,
                    igo=key.split(":")[1] if key and key.startswith("IGO:") else None,
                    sector=sector,
                    role=agent[1] if agent else None,
                    kind="person",
                    rule="title+name",
                )
        return former

    def _bracketed_country(self, doc: Doc, start: int) -> str | None:
        """The country whose bracketed abbreviation ends right before a title at ``start``: "Republic of Korea
        (ROK) First Vice Foreign Minister Choi Jong Kun" is South Korea's."""
        if start < 3 or doc[start - 1].text != ")" or doc[start - 3].text != "(":
            return None
        e = self.d.exact.get(doc[start - 2].text)
        return e.key if e is not None and e.kind == "country" else None

    def _title_inside(self, span: Span) -> int:
        """How many leading words of a person's name are an office title the agent dictionary holds
        ("Special Representative Kim": 2), when capitalised words of a name follow; else 0."""
        lemmas = [t.lemma_.lower() for t in span]
        for n in range(min(self.d.max_agent_words, len(span) - 1), 0, -1):
            hit = self.d.agent(" ".join(lemmas[:n]))
            if hit and hit[0] in TITLE_SECTORS and all(t.text[:1].isupper() for t in span[n:]):
                return n
        return 0

    def _pair_demonym(self, toks: Span | Sequence[Token], n: int) -> str | None:
        """The country of a demonym of two words starting at ``toks[n]`` ("South African")."""
        return self.d.demonym(f"{toks[n].text} {toks[n + 1].text}") if n + 1 < len(toks) else None

    def _title_case_name(self, doc: Doc, i: int, taken: set[int]) -> Mention | None:
        """A body's name of capitalised common words that the tagger did not take for a proper name
        ("Reporters Without Borders", "Save the Children"): the longest run of capitalised words and
        lower-case joining words from ``i`` that the dictionary knows as a group or an international body."""
        end = i
        while (
            end < len(doc)
            and end - i < MAX_NAME_WORDS
            and end not in taken
            and (doc[end].text[:1].isupper() or (end > i and doc[end].lower_ in NAME_JOINERS))
        ):
            end += 1
        for stop in range(end, i + 1, -1):
            toks = doc[i:stop]
            if toks[-1].lower_ in NAME_JOINERS or all(t.pos_ == "PROPN" for t in toks):
                continue  # proper-noun runs are looked up as such
            e = self.d.lookup_name(toks.text)
            if e is not None and e.kind in ("igo", "group"):
                actor = self._entry_actor(toks.text, e)
                actor.start, actor.end = toks.start_char, toks.end_char
                return Mention(i, stop, toks.root.i, actor)
        return None

    def _dictionary_mentions(
        self, doc: Doc, on: dt.date | None, taken: set[int], skip: list[tuple[int, int]]
    ) -> Iterable[Mention]:
        """Known names the NER missed ("Kyiv", "Scholz"): capitalised proper-noun runs in the dictionary."""
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if (
                i in taken
                or tok.pos_ not in ("PROPN", "ADJ", "NOUN")
                or not tok.text[:1].isupper()
                or _in(tok.idx, skip)
            ):
                i += 1
                continue
            found = self._hyphen_pair(tok) or self._country_as_noun(tok)
            if found is not None:
                yield found
                i += 1
                continue
            lady = self._first_lady(doc, i + 2, taken, on) if tok.text == "First" else None
            if lady is not None:
                yield lady
                i = lady.end
                continue
            named = self._title_case_name(doc, i, taken)
            if named is not None:
                yield named
                i = named.end
                continue
            if tok.pos_ != "PROPN":
                e = self.d.exact.get(tok.text) if tok.pos_ == "NOUN" and tok.text.isupper() else None
                if e is not None and e.kind in ("igo", "group", "country") and len(tok.text) > 2:
                    # "UNICEF reported ...": an abbreviation the tagger took for a common noun
                    actor = self._entry_actor(tok.text, e)
                    actor.start, actor.end = tok.idx, tok.idx + len(tok.text)
                    yield Mention(i, i + 1, i, actor)
                elif tok.pos_ == "NOUN":
                    found = self._noun_surname(doc, i, on)
                    if found is not None:
                        yield found
                i += 1
                continue
            for size in range(min(4, n - i), 0, -1):
                toks = doc[i : i + size]
                if any(t.i in taken or t.pos_ not in ("PROPN", "PART") for t in toks):
                    continue
                text = toks.text
                e = self.d.lookup_name(text)
                actor: Actor | None = None
                if e is not None and _national_body(doc, i, e):
                    continue  # "National Security Council": a country's own council, not the UN's
                if e is not None and (e.kind != "group" or toks[0].i != sent_of(toks[0]).start or size > 1):
                    actor = self._entry_actor(text, e)
                elif self.d.canonical.get(text.lower()):
                    hit = self.d.person(text, on)
                    if hit and not (size == 1 and self._pair_blocks(doc, i, i + 1, hit[0])):
                        actor = self._person_actor(text, hit[0], hit[1], "dict:person")
                elif size == 1 and not _other_first_name(doc, i, self.d):
                    names = self.d.by_surname(text, on)
                    if (
                        len(names) == 1
                        and not self._pair_blocks(doc, i, i + 1, names[0])
                        and on is not None
                        and self.d.term_on(names[0], on) is not None
                        and any(t.active(on) for t in self.d.people[names[0].lower()])
                    ):
                        actor = self._person_actor(
                            text, names[0], self.d.term_on(names[0], on), "dict:surname"
                        )
                    elif names:
                        actor = self._former_word(doc, i, on)  # "Odinga praised ..." in 2019
                if actor is None and _named_settlement(toks):
                    actor = self._settlement(text)  # "shelled the city of Kharkiv overnight", NER missed
                elif actor is None and size == 1 and _bare_place_slot(tok):
                    actor = self._known_place(text)  # "strikes in Kharkiv overnight": a sizeable city
                if actor is not None:
                    actor.start, actor.end = toks.start_char, toks.end_char
                    found = Mention(i, i + size, toks.root.i, actor)
                    break
            if found is None:
                found = self._first_lady(doc, i, taken, on)
            if found is None:
                found = self._titled_name(doc, i, taken, on)
            if found is None:
                i += 1
                continue
            yield found
            i = found.end

    def _first_lady(self, doc: Doc, i: int, taken: set[int], on: dt.date | None) -> Mention | None:
        """ "First Lady Zelenska", "First Lady Olena Zelenska": the spouse of the one head of state or
        government in office whose surname is hers (up to a feminine ending: Zelenska, Zelenskyy), of that
        leader's country. The NER often takes no name after the title; "First" is a title's word here."""
        if i < 2 or [t.text for t in doc[i - 2 : i]] != ["First", "Lady"] or on is None:
            return None
        j = i
        while (
            j < len(doc)
            and j - i < 3
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and j not in taken
        ):
            j += 1
        if j == i or not doc[j - 1].text.isalpha():
            return None
        stem = _surname_stem(doc[j - 1].text)
        keys = {
            t.key
            for surname, names in self.d.surnames.items()
            if len(stem) >= 4 and _surname_stem(surname) == stem
            for n in names
            for t in self.d.people[n.lower()]
            if t.active(on) and t.role in ("head_of_state", "head_of_government") and t.key
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        span = doc[i:j]
        actor = Actor(
            text=span.text,
            name=span.text,
            key=key,
            country=key,
            start=span.start_char,
            end=span.end_char,
            kind="person",
            rule="title:first-lady+spouse",
        )
        self.titles[i - 2] = {"first", "lady"}
        return Mention(i - 2, j, doc[j - 1].i, actor)

    def _noun_surname(self, doc: Doc, i: int, on: dt.date | None) -> Mention | None:
        """A known person's bare surname that the tagger took for a common noun, mostly at the head of a
        sentence ("Starmer accused ...", "Guterres condemned ..."): a title-case word outside every entity
        and every longer name, not an English word ("Price", "Brown", "Wallace" stay out), naming the one
        person of the dictionary with that surname in office on the day, or a known leader out of office."""
        tok = doc[i]
        if (
            tok.ent_type_
            or not tok.text.isalpha()
            or not tok.text[1:].islower()
            or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper())
            or (i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
            or self._common_word(tok.text)
        ):
            return None
        actor = self.in_office(tok.text, tok.text, on, "dict:surname")
        if actor is not None and self._pair_blocks(doc, i, i + 1, actor.name):
            return None
        actor = actor or self._former_word(doc, i, on)
        if actor is None:
            return None
        actor.start, actor.end = tok.idx, tok.idx + len(tok.text)
        return Mention(i, i + 1, i, actor)

    def _former_word(self, doc: Doc, i: int, on: dt.date | None) -> Actor | None:
        """The known leader out of office named by the one word at ``i`` that the NER missed ("Odinga" in
        2019), unless that word is an English word ("Brown", "May") or half of someone else's pair."""
        word = doc[i].text
        if self._common_word(word):
            return None
        actor = self.former(word, word, on, i == 0 or not doc[i - 1].text[:1].isupper())
        if actor is None or self._pair_blocks(doc, i, i + 1, actor.name):
            return None
        return actor

    def _country_as_noun(self, tok: Token) -> Mention | None:
        """A country name the parser took for a common noun ("Bahrain restored relations")."""
        if tok.pos_ != "NOUN":
            return None
        e = self.d.lookup_name(tok.text)
        if e is None or e.kind != "country":
            return None
        a = self._entry_actor(tok.text, e)
        a.start, a.end = tok.idx, tok.idx + len(tok)
        return Mention(tok.i, tok.i + 1, tok.i, a)

    def _hyphen_pair(self, tok: Token) -> Mention | None:
        """ "U.S.-Spain working group", "Russia-Ukraine talks": two countries named as one word."""
        parts = [p for p in re.split(r"[-–]", tok.text) if p]
        if len(parts) != 2:
            return None
        sides: list[Actor] = []
        for part in parts:
            e = self.d.lookup_name(re.sub(r"^(U\.S\.?|US)$", "United States", part))
            if e is not None and e.kind == "igo" and e.key and part.isupper():
                # "U.S.-ASEAN Special Summit", "EU-China summit": an organisation by its short name
                a = replace(self._entry_actor(part, e), name=None, rule="dict:hyphen-pair")
                a.start = tok.idx + tok.text.index(part)
                a.end = a.start + len(part)
                sides.append(a)
                continue
            key = e.key if e is not None and e.kind == "country" else self.d.demonym(part)
            if key is None:
                return None
            a = Actor(text=part, name=None, key=key, country=key, kind="country", rule="dict:hyphen-pair")
            a.start = tok.idx + tok.text.index(part)
            a.end = a.start + len(part)
            sides.append(a)
        if sides[0].key == sides[1].key:
            return None
        return Mention(tok.i, tok.i + 1, tok.i, sides[0], (sides[0], sides[1]))

    def _split_hyphen_pairs(self, doc: Doc) -> Iterator[Mention]:
        """ "Israeli-Palestinian talks", "Kyrgyz-Tajik clashes", "Armenia-Azerbaijan talks": two countries
        joined by a hyphen the tokenizer split off, as one mention of the pair (not "Chinese-American")."""
        dashes = [t.i for t in doc if t.text in ("-", "–")]  # one pass over the words, not three
        for i in (d - 1 for d in dashes if 1 <= d < len(doc) - 1):
            a, dash, b = doc[i], doc[i + 1], doc[i + 2]
            divided = next((ks for w, ks in DIVIDED_PAIRS if w == (a.lower_, b.lower_)), None)
            if (
                a.whitespace_
                or dash.whitespace_
                or not (divided is not None or a.text[:1].isupper() and b.text[:1].isupper())
                or b.lower_ in AMERICAN_WORDS  # "Chinese-American scientists" are Americans
                or (i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_)
                or (i + 3 < len(doc) and doc[i + 3].text in ("-", "–") and not b.whitespace_)
            ):
                continue
            sides: list[Actor] = []
            for n, t in enumerate((a, b)):
                e = self.d.lookup_name(re.sub(r"^(U\.S\.?|US)$", "United States", t.text))
                key = e.key if e is not None and e.kind == "country" else self.d.demonyms.get(t.lower_)
                if divided is not None:
                    key = divided[n]  # "inter-Korean": the word names both Koreas, not its halves
                if key is None:
                    break
                s = Actor(text=t.text, name=None, key=key, country=key, kind="country", rule=SPLIT_PAIR_RULE)
                s.start, s.end = t.idx, t.idx + len(t.text)
                sides.append(s)
            if len(sides) != 2 or sides[0].key == sides[1].key:
                continue
            head = next((t.i for t in (b, a) if not i <= t.head.i < i + 3), b.i)
            yield Mention(i, i + 3, head, sides[0], (sides[0], sides[1]))

    def _titled_name(self, doc: Doc, i: int, taken: set[int], on: dt.date | None = None) -> Mention | None:
        """A name the NER missed, right after an office title: "Interior Minister Joachim Brudziński",
        "Mayor of London Sadiq Khan", "Legislator Tanya Chan"."""
        j = i
        while (
            j < len(doc)
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and j not in taken
            and doc[j].ent_type_ in ("", "PERSON")
        ):
            j += 1
        if j - i < 2 or i == 0 or self.d.agent(doc[j - 1].lemma_.lower()) is not None:
            return None  # "Senate Minority Leader": a name does not end in an office word
        k = i - 1
        if k >= 2 and doc[k - 1].lower_ == "of" and doc[k].pos_ == "PROPN":
            k -= 2  # "Mayor of London"
        title = doc[k]
        if not title.text[:1].isupper() or self.d.agent(title.lemma_.lower()) is None:
            return None
        sector, role = self.d.agent(title.lemma_.lower()) or (None, None)
        span = doc[i:j]
        for n in range(i, j - 1):  # "Minister of Foreign Affairs Mukhtar Tileuberdi": a known name at the end
            hit = self.d.person(doc[n:j].text, on)
            if hit:
                known = self._person_actor(doc[n:j].text, hit[0], hit[1], "dict:person")
                known.start, known.end = doc[n].idx, doc[j - 1].idx + len(doc[j - 1])
                return Mention(n, j, doc[n:j].root.i, known)
        start = k
        while start > 0 and doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 1].text[:1].isupper():
            start -= 1  # "Interior Minister", "Deputy Prime Minister"
        key = None
        title = doc[start:i]
        for n, t in enumerate(title):
            key = key or self._pair_demonym(title, n)  # "South African"
            key = key or self.d.demonym(t.text) or getattr(self.d.lookup_name(t.text), "key", None)
        key = key or self._title_place(doc[start:k])
        actor = Actor(
            text=span.text,
            name=span.text,
            key=key,
            country=key if key and ":" not in key else None,
            sector=sector,
            role=role,
            start=span.start_char,
            end=span.end_char,
            kind="person",
            rule="title+unknown-name",
        )
        self.titles[start] = {t.lemma_.lower() for t in doc[start:i]}
        return Mention(start, j, span.root.i, actor)

    def _title_antecedent(
        self, head: Token, role: str | None, prior: list[Mention], words: Sequence[str] = ()
    ) -> Mention | None:
        """ "the president", "the mayor": the latest person before it with that title or office. A title of
        several words ("the vice president") needs them all."""
        lemma = head.lemma_.lower()
        need = {w for w in words if w != "the"} | {lemma}
        # an office's noun ("the Prime Minister"), not a noun of an appositive ("the first person")
        office = (hit := self.d.agent(lemma)) is not None and hit[0] in TITLE_SECTORS
        for m in reversed(prior):
            if m.start >= head.i or m.actor.kind != "person":
                continue
            titles = self.titles.get(m.start, set())
            if lemma in GENERAL_OFFICES and "general" in titles and "general" not in need:
                continue  # "the Secretary" is not the Secretary General named last
            if (titles & DEPUTY_WORDS) and not (need & DEPUTY_WORDS) and office:
                continue  # "the Prime Minister" is not the Deputy Prime Minister named last
            if need <= titles or (len(need) == 1 and role and role != "other" and m.actor.role == role):
                return m
        return None

    def _agent_mentions(
        self, doc: Doc, on: dt.date | None, taken: set[int], taken_mentions: list[Mention]
    ) -> Iterable[Mention]:
        """Agent nouns ("police", "the Russian President", "the two sides") with their country."""
        i = 0
        n = len(doc)
        yielded: list[Mention] = []
        while i < n:
            tok = doc[i]
            if tok.i in taken or not (tok.pos_ in ("NOUN", "PROPN") or _nominal_participle(tok)):
                i += 1
                continue
            if (tok.lower_ if _nominal_participle(tok) else tok.lemma_.lower()) not in self.d.agent_starts:
                i += 1  # no agent phrase starts with this word
                continue
            hit = None
            for size in range(self.d.max_agent_words, 0, -1):
                if i + size > n:
                    continue
                toks = doc[i : i + size]
                if any(t.i in taken for t in toks):
                    continue
                phrase = " ".join(t.lower_ if _nominal_participle(t) else t.lemma_.lower() for t in toks)
                # "Vice-President" comes as three tokens: the hyphenated title, not the "President" in it
                a = self.d.agent(phrase) or (
                    self.d.agent(phrase.replace(" - ", "-")) if " - " in phrase else None
                )
                if a:
                    hit = (size, a)
                    break
            if not hit:
                i += 1
                continue
            size, (sector, role) = hit
            head = doc[i + size - 1]
            start = _phrase_start(doc, head, i)
            key = self._key_of_modifiers(doc, head, start, on)
            if key is None and role and size > 2 and doc[i + 1].lower_ in ("of", "for"):
                # "an Israeli head of state", "the Israeli minister of defense": a title's own head is its
                # first word, and a country word before the title hangs on that one
                wider = _phrase_start(doc, doc[i], i)
                if wider < start and (key := self._key_of_modifiers(doc, head, wider, on)):
                    start = wider
            phrase_text = doc[start : head.i + 1].text.lower()
            pair = PAIR_PHRASES.match(re.sub(r"^the two countries' ", "the two ", phrase_text))
            key = key or self._owner_key(doc, start, head, taken_mentions)
            if key is None and head.pos_ == "PROPN":
                # "Far Eastern Bank, a Russian bank,": a name whose apposition gives its country
                key = next(
                    (
                        k
                        for c in head.children
                        if c.dep_ == "appos" and (k := self._key_of_modifiers(doc, c, c.left_edge.i, on))
                    ),
                    None,
                )
            actor = Actor(
                text=doc[start : head.i + 1].text,
                name=None,
                key=key,
                country=key if key and not key.startswith("IGO") else None,
                igo=key.split(":")[1] if key and key.startswith("IGO:") else None,
                sector=sector,
                role=role,
                kind="agent",
                rule="agent",
            )
            actor.start, actor.end = doc[start].idx, head.idx + len(head)
            group = self._stateless_group_in(doc[start : head.i]) if key is None else None
            if group is not None:
                # "Islamic State fighters": the group's people, of no country, not one guessed for them
                actor = copy_at(group, doc[start : head.i + 1], "dict:group+agent")
                actor.sector = group.sector or sector
            if key is None and group is None and doc[start].lower_ == "the" and head.tag_ != "NNS":
                words = [t.lemma_.lower() for t in doc[start : head.i] if t.dep_ == "compound"]
                ante = self._title_antecedent(head, role, taken_mentions, words)
                why = "coref:title"
                if ante is None and not words and head.lemma_.lower() in BODY_ANAPHORS:
                    ante, why = _body_antecedent(head, [*taken_mentions, *yielded]), "coref:body"
                if ante is not None:
                    actor = copy_at(ante.actor, doc[start : head.i + 1], why)
                    yielded.append(Mention(start, head.i + 1, head.i, actor))
                    yield yielded[-1]
                    i = head.i + 1
                    continue
            if key and role and head.lemma_.lower() not in ("minister",) and head.tag_ != "NNS":
                scoped = phrase_text + _office_scope(head)
                before = {m.actor.name for m in taken_mentions if m.start < start}
                terms = self.d.holders(key, role, on)
                fits = [h for h in terms if _title_fits(h, role, scoped, h.name in before)]
                t = fits[0] if fits else None
                if t is not None:
                    actor.name = t.name
                    actor.rule = "agent:office-holder"
            yielded.append(Mention(start, head.i + 1, head.i, actor))
            yield yielded[-1]
            i = head.i + 1
            _ = pair

    def _stateless_group_in(self, words: Span) -> Actor | None:
        """A group of the dictionary with no country named among an agent's modifiers ("Islamic State
        fighters", "ICRC staff")."""
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                part = words[i : i + n]
                if not part[0].text[:1].isupper():
                    continue
                e = self.d.lookup_name(part.text)
                if e is not None and e.kind == "group" and e.key is None:
                    return self._entry_actor(part.text, e)
        return None

    def _owner_key(self, doc: Doc, start: int, head: Token, prior: list[Mention]) -> str | None:
        """The country of a possessive pronoun that opens an agent phrase in object position: "asked his
        foreign minister to ..." (the asker's, the subject of the verb the phrase is the object of)."""
        pron = doc[start]
        low = pron.lower_
        if pron.dep_ != "poss" or pron.pos_ != "PRON" or low not in ("his", "her"):
            return None  # "its/their people": often the object's own country, so no self-directed acts
        verb = head.head
        if head.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for m in prior:
                if m.start <= subj.i < m.end and m.actor.kind == "person" and m.actor.key:
                    return m.actor.key
        return None

    def _key_of_modifiers(self, doc: Doc, head: Token, start: int, on: dt.date | None = None) -> str | None:
        """The country/IGO a noun phrase belongs to: "Russian", "Russia's", "of Japan", and "the
        Ortega-Murillo regime" (a leader in office on the date)."""
        cands: list[Token] = [t for t in doc[start : head.i] if not _negated_name(doc, t.i)]
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for g in c.children:  # "the Government of the Czech Republic"
                    if g.dep_ == "pobj" and g.pos_ == "PROPN":
                        phrase = " ".join(x.text for x in g.subtree if x.dep_ not in ("det", "prep", "punct"))
                        e = self.d.lookup_name(phrase)
                        if e and e.key:
                            return e.key
                cands += [g for g in c.children if g.dep_ == "pobj"]
                for g in list(c.children):
                    cands += [x for x in g.subtree]
        if (k := self._country_run(doc, start, head.i)) is not None:
            return k  # "the United States Supreme Court", "the United Kingdom Parliament"
        for t in cands:
            whole = _ent_span(doc, t) if t.ent_type_ in ("GPE", "LOC") else None
            if whole is not None and len(whole) > 1:
                # "Northern Ireland's political leaders": the whole place, not the "Ireland" inside it
                name = _clean(whole.text)
                e = self.d.lookup_name(name)
                if e and e.key:
                    return e.key
                place = self.places.lookup(name) if self.places is not None else None  # type: ignore[attr-defined]
                if place is not None and place.country and _region_or_bigger(place):
                    return str(place.country)
            if t.i + 1 < head.i and t.text[:1].isupper() and (k := self._pair_demonym(doc, t.i)):
                return k  # "Sri Lankan authorities", "South Korean police": a demonym of two words
            if t.ent_type_ == "NORP" or (t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()):
                k = self.d.demonym(t.text)  # "Azerbaijani troops", also when tagged a proper noun
                if k and k != "USA" and _hyphenated_american(doc, t.i, t.i + 1):
                    return "USA"  # "Cuban American leaders"
                if k:
                    return k
            if t.ent_type_ in ("GPE", "ORG") or t.pos_ == "PROPN":
                e = self.d.lookup_name(t.text)
                if e and e.key:
                    return e.key
                ent = _ent_span(doc, t)
                if ent is not None:
                    e = self.d.lookup_name(ent.text)
                    if e and e.key:
                        return e.key
                if t.ent_type_ == "GPE" and len(ent or ()) == 1 and self.places is not None:
                    place = self.places.lookup(t.text)  # type: ignore[attr-defined]
                    if place is not None and place.country and _region_or_bigger(place):
                        return str(place.country)  # "Sindh police", "Texas officials"
                if (city := self._big_city_body(t, head)) is not None:
                    return city  # "Toronto Police", "Mumbai prosecutors"
        for t in doc[start : head.i]:
            if t.pos_ == "PROPN" and on is not None:
                names = self.d.active_by_surname(t.text, on)
                if len(names) == 1 and not self._pair_blocks(doc, t.i, t.i + 1, names[0]):
                    term = self.d.term_on(names[0], on)
                    if term is not None and term.key:
                        return term.key
        return None

    def _of_key(self, doc: Doc, span: Span, preps: list[Token]) -> str | None:
        """The country the name right after a person's "of" keys, in the same sentence and paragraph: a
        country, a group in the dictionary ("of the Scottish National Party"), a state or region ("of
        Louisiana")."""
        for p in preps:
            for g in p.children:
                if g.dep_ != "pobj" or g.sent != span.root.sent or "\n" in doc[span.end - 1 : g.i + 1].text:
                    continue
                ent = _ent_span(doc, g)
                name = _clean(ent.text) if ent is not None else g.text
                if name.isupper():
                    continue  # "Sabrina Bennoui, of RSF": an abbreviation may stand for another body
                e = self.d.lookup_name(name)
                if e is not None and e.key:
                    return e.key
                place = self.places.lookup(name) if self.places is not None else None  # type: ignore[attr-defined]
                if place is not None and place.country and _region_or_bigger(place):
                    return str(place.country)
        return None

    def _of_group(self, doc: Doc, preps: list[Token]) -> Entry | None:
        """The dictionary group an "of" phrase names ("of the Scottish National Party"), if any."""
        for p in preps:
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                ent = _ent_span(doc, g)
                e = self.d.lookup_name(_clean(ent.text) if ent is not None else g.text)
                if e is not None and e.kind == "group":
                    return e
        return None

    def _country_run(self, doc: Doc, start: int, end: int) -> str | None:
        """A country named by two or more proper nouns in front of a body's noun, inside a name the tagger
        takes whole ("the United States Supreme Court", "the United Kingdom Parliament")."""
        for i in range(start, end - 1):
            for j in range(end, i + 1, -1):
                if all(t.pos_ == "PROPN" for t in doc[i:j]):
                    e = self.d.lookup_name(doc[i:j].text)
                    if e is not None and e.key and e.kind == "country":
                        return e.key
        return None

    def _big_city_body(self, t: Token, head: Token) -> str | None:
        """The country of a big city naming a city's own body: "Toronto Police", "Mumbai prosecutors" (not a
        small town, whose name is often a person's or another place's)."""
        if t.pos_ != "PROPN" or head.lemma_.lower() not in CITY_BODIES or self.places is None:
            return None
        place = self.places.lookup(t.text)  # type: ignore[attr-defined]
        if place is None or not place.country or place.kind != "city" or place.rank < BIG_CITY:
            return None
        return str(place.country)

    def _antecedent(
        self,
        prior: list[Mention],
        tok: Token,
        pron: str,
        personal: dict[int, bool] | None = None,
        named: Sequence[Mention] = (),
    ) -> Mention | None:
        """The mention a pronoun stands for; ``personal`` caches, per mention, whether it can be he/she;
        ``named`` are the document's mentions that tell a person's sex (`person_sex`)."""
        cands = [m for m in prior if m.start < tok.i and (m.actor.key or m.actor.kind in ("person", "agent"))]
        if pron in PRONOUNS_PERSON:
            doc = tok.doc
            cache = {} if personal is None else personal

            def is_personal(m: Mention) -> bool:
                known = cache.get(id(m))
                if known is None:
                    known = cache[id(m)] = _personal(doc, m)
                return known

            people = [
                m
                for m in cands
                if (is_personal(m) or (pron in ("he", "she") and _office_title(doc, m)))
                and not _met_in_fronted_phrase(doc, m, tok)
            ]
            pick = _person_antecedent(tok, pron, people)
            if pick is None or not other_sex(doc, pick.actor, PRONOUN_GENDER[pron], named):
                return pick
            # a pick of the other sex: the next person not of it named in the pronoun's paragraph, or none
            para = text_of(doc).rfind("\n\n", 0, tok.idx)
            rest = [
                m
                for m in people
                if doc[m.start].idx > para and not other_sex(doc, m.actor, PRONOUN_GENDER[pron], named)
            ]
            return _person_antecedent(tok, pron, rest)
        if pron == "it" and _expletive(tok):
            return None  # "It was the agency's inquiry that ...", "it is vital to ...": no one
        if pron in ("it", "its"):
            body = None
            if pron == "it":  # also an organisation of no country: "Amnesty International ... It said"
                groups = [m for m in prior if m.start < tok.i and not m.actor.key and m.actor.kind == "group"]
                body = _body_subject_before(tok, sorted(cands + groups, key=lambda m: m.start))
            if body is not None:
                return body
            if pron == "it" and _thing_subject_before(tok, prior):
                return None  # "Typhoon Phanfone hit Boracay. It also blocked roads": the storm, no actor
            # the nearest body before the pronoun in the text (pronoun copies are kept after the other
            # mentions, so list order is not text order)
            bodies = [m for m in cands if m.actor.key and m.actor.kind in ("country", "igo", "group")]
            doc = tok.doc
            first = sent_of(tok).start
            owners = [
                m
                for m in bodies
                if m.start >= first and doc[m.head].dep_ == "poss" and m.actor.rule != "coref:pronoun"
            ]
            if pron == "its" and owners:  # "Colombia's contributions as a NATO partner, its commitment ...":
                return max(owners, key=lambda m: m.start)  # the parallel owner, not a nearer name
            return max(bodies, key=lambda m: m.start) if bodies else None
        doc = tok.doc
        shared = _conjoined_subject(tok, cands)
        if shared is not None:
            return shared  # "Russian officials have jailed dissidents, and they continue to do so"
        near = sent_of(tok).start
        if near > 0:
            near = sent_of(doc[near - 1]).start  # the sentence before
        own = _singular_subject_keys(tok, cands) if pron == "their" else set()
        for m in reversed(cands):  # they/them/their
            if m.actor.rule == "coref:pronoun" and m.start < near:
                continue  # a "they" resolved further back than the sentence before is no antecedent now
            if m.actor.rule == "coref:pronoun" and m.actor.text.lower() in ("it", "its"):
                continue  # a singular pronoun's body is no antecedent for a plural one
            head = doc[m.head]
            place = m.actor.rule in ("dict:capital", "gazetteer") or m.actor.kind == "country"
            if place and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
                continue  # "met in Tokyo. They ...", "villages in Bangladesh. They said": a place, not actors
            if m.actor.key and m.actor.kind in ("country", "group", "agent"):
                # "the Department is designating their family members": its own would be "its"
                return None if m.actor.key in own else m
            if m.actor.kind == "igo" and head.dep_ == "nsubj" and sent_of(head).start == sent_of(tok).start:
                return m  # "UNICEF said they had delivered ...": the body speaking of itself in the plural
            if (
                m.actor.key is None
                and m.actor.kind == "agent"
                and head.tag_ in ("NNS", "NNPS")
                and sent_of(head).start == sent_of(tok).start
            ):
                return None  # "designated six individuals for their support of ...": theirs, of no country
        return None


def _person_antecedent(tok: Token, pron: str, people: list[Mention]) -> Mention | None:
    """The person a he/she/him/her/his stands for among ``people`` (persons named before it): the subject of
    its own sentence, else of the latest sentence that names one of them."""
    if not people:
        return None
    doc = tok.doc
    first = sent_of(tok).start  # every candidate starts before the pronoun
    here = [m for m in people if m.start >= first]
    if here:  # the subject of the sentence first ("Putin thanked Abe for what he described")
        if pron in ("him", "her"):
            # "Macron telephoned Erdogan, asking him to ...": the object is not its verb's own subject
            others = [m for m in here if doc[m.head] not in _own_subjects(tok)]
            if others and len(others) < len(here):
                return others[-1]
        subjects = [m for m in here if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        return subjects[-1] if subjects else here[-1]
    # an earlier sentence: its subject is the likeliest antecedent, else its last person
    # the latest in text order: the pronoun copies are kept after the other mentions, so the last
    # in the list is the last resolved pronoun, not a person named after it ("Jane Roe ... her life.
    # Actress Ann Lee ... . She left": Lee, not Roe)
    last_sent = sent_of(doc[max(people, key=lambda m: m.start).start])
    in_last = [m for m in people if last_sent.start <= m.start < last_sent.end]
    subjects = [m for m in in_last if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else in_last[-1]


#: the sex a he/she pronoun stands for
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
#: words that tell a person's sex when they stand right before the name or in apposition to it
GENDERED = {
    **dict.fromkeys(
        "mrs mrs. ms ms. miss madam dame lady queen princess duchess baroness woman wife mother daughter "
        "sister girl girlfriend actress chairwoman spokeswoman congresswoman businesswoman sportswoman "
        "policewoman grandmother aunt niece widow fiancée".split(),
        "f",
    ),
    **dict.fromkeys(
        "mr mr. sir lord king prince duke baron man husband father son brother boy boyfriend chairman "
        "spokesman congressman businessman sportsman policeman grandfather uncle nephew widower".split(),
        "m",
    ),
}


def person_sex(name: str, mentions: Iterable[Mention], doc: Doc) -> str | None:
    """A named person's sex as the text itself shows it: a gendered word right before a mention ("Mrs",
    "actress", "spokesman") or in apposition to it ("Ann Lee, his widow", "my husband, Joe,"). A his/her
    near the name is no sign ("Meltzer tweeted after hearing the news of her death"). None when the text
    shows both. When the text shows neither, the sex of a clear first name ("Jo Jorgensen",
    `first_name_sex`), else None."""
    cache = doc.user_data.setdefault("person_sex", {})
    if name in cache:
        return cache[name]
    seen = set()
    for m in mentions:
        if m.actor.name != name or m.actor.kind != "person" or m.actor.rule == "coref:pronoun":
            continue
        head = doc[m.head]
        words = [doc[m.start - 1]] if m.start > 0 else []
        words += [t for t in doc[m.start : m.head]]
        words += [c for c in head.children if c.dep_ == "appos" and not _names_another(c)]
        if head.dep_ == "appos":
            words.append(head.head)  # "My husband, Joe, has always said": the noun the name stands beside
        seen |= {GENDERED[w.lower_] for w in words if w.lower_ in GENDERED}
    cache[name] = seen.pop() if len(seen) == 1 else None if seen else first_name_sex(name)
    return cache[name]


def other_sex(doc: Doc, a: Actor, sex: str | None, named: Iterable[Mention]) -> bool:
    """ "Police officer Monika Kosiec said they believe him to be 25": a named person whose sex the text or a
    clear first name shows (`person_sex`) is no he/him/his of the other sex, nor she/her of it (``sex``, the
    pronoun's: "m" or "f"; None for no pronoun)."""
    if sex is None or a.kind != "person" or not a.name:
        return False
    return person_sex(a.name, named, doc) not in (None, sex)


def _names_another(noun: Token) -> bool:
    """ "Jim Boyle, his wife Anna, and son Peter": an apposition that carries a name of its own ("wife Anna")
    is another person of a list the parser hung on the first name, not a word about that name's bearer."""
    return any(c.dep_ in ("appos", "compound", "flat") and c.tag_ in ("NNP", "NNPS") for c in noun.children)


def _near_term(t: Term, on: dt.date, years_after: int) -> bool:
    """Whether the office ``t`` ended at most ``years_after`` years before the day (or goes on) and began at
    most two years after it: its holder is still, or already, known by the surname."""
    return (
        t.start is not None
        and (t.end or on) >= on - dt.timedelta(days=365 * years_after)
        and t.start <= on + dt.timedelta(days=365 * 2)
    )


def _own_subjects(pron: Token) -> list[Token]:
    """The subject of the verb an object "him"/"her" depends on, or, for a verb without its own subject (a
    participle "..., asking him", a purpose "to tell him", a joined verb "and invited him"), the subject
    of the verb it hangs on: someone an object pronoun of that verb cannot stand for."""
    if pron.dep_ not in ("dobj", "dative"):
        return []
    verb = pron.head
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head is verb:
            return subj
        verb = verb.head
    return []


def _met_in_fronted_phrase(doc: Doc, m: Mention, pron: Token) -> bool:
    """ "Following a meeting with Stoltenberg, she met ...", "After talks with Macron, he flew home": a person
    named as the object in a phrase put before the subject he/she of the same verb is someone else than the
    subject (who is named before, or is the author's own)."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = doc[m.head]
    if head.dep_ not in ("pobj", "dobj") or head.i >= pron.i:
        return False  # "During Blinken's visit to Israel, he ...": the owner of the phrase is the subject
    return any(
        c.dep_ in ("prep", "advcl") and c.i < pron.i and c.left_edge.i <= head.i <= c.right_edge.i
        for c in pron.head.children
    )


def _singular_subject_keys(tok: Token, cands: list[Mention]) -> set[str | None]:
    """The keys of the singular subjects ("the Department of State", not "Japan and Korea") of the verbs a
    "their" depends on: a plural possessive is not theirs."""
    first = sent_of(tok).start
    out: set[str | None] = set()
    for m in cands:
        head = tok.doc[m.head]
        if (
            first <= m.start < tok.i
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.head in tok.ancestors
            and head.tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in head.children)
        ):
            out.add(m.actor.key)
    return out


def _conjoined_subject(tok: Token, cands: list[Mention]) -> Mention | None:
    """ "X have jailed dissidents, and they continue ...": "they" as the subject of a clause joined to one
    whose subject is a plural actor of a country is that subject, not the nearer object."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    first = verb.head
    for m in cands:
        if not first.left_edge.i <= m.start < tok.i:
            continue
        head = tok.doc[m.head]
        if (
            head.head.i == first.i
            and head.dep_ == "nsubj"
            and m.actor.key
            and m.actor.kind in ("agent", "group")
        ):
            return m
    return None


def _hyphenated_american(doc: Doc, start: int, end: int) -> bool:
    """ "Cuban American leaders", "Chinese-American scientists", "Iranian Americans": a nationality joined to
    "American" names Americans of that origin (in the span, or just after it), not the other country."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) > 1 and words[-1] in AMERICAN_WORDS:
        return True
    after = [t.lower_ for t in doc[end : end + 2]]
    return after[:1] in (["american"], ["americans"]) or (
        after[:1] == ["-"] and after[1:] in (["american"], ["americans"])
    )


def _deputy_title(title: str) -> bool:
    """Whether a (lower-case) title names a deputy's office ("vice minister", "deputy secretary")."""
    return bool(DEPUTY_WORDS & set(re.split(r"[\s-]+", title)))


def _no_surname(doc: Doc, m: Mention) -> bool:
    """Whether a one-word mention taken by surname for a known person is no surname here: an acronym in
    capitals (see ``_capitals_no_surname``) or a month in a date ("May 24", "24 May" is not Theresa May)."""
    if m.end - m.start != 1 or m.actor.kind != "person" or not (m.actor.rule or "").startswith(SURNAME_RULES):
        return False
    tok = doc[m.start]
    if tok.text in MONTHS and (
        tok.ent_type_ == "DATE"
        or (m.end < len(doc) and doc[m.end].like_num)
        or (m.start > 0 and doc[m.start - 1].like_num)
    ):
        return True
    return _capitals_no_surname(doc, m)


def _capitals_no_surname(doc: Doc, m: Mention) -> bool:
    """Whether the mention is one all-capitals word ("NGO", "(IN)" for Indiana) taken by surname for a known
    person whose name is written in mixed case (Ngo Xuan Lich, Moon Jae-in): capitals spell an acronym, not a
    surname, unless the word stands in a run of capitals (the label "PRESIDENT YOON:", a heading in capitals)
    or heads a speaker's label ("BLINKEN:")."""
    a = m.actor
    if (
        m.end - m.start != 1
        or a.kind != "person"
        or not a.name
        or not (a.rule or "").startswith(SURNAME_RULES)
    ):
        return False
    letters = re.sub(r"[^\w]|[\d_]", "", doc[m.start].text)
    if len(letters) < 2 or not letters.isupper() or a.name.isupper():
        return False

    def capitals(i: int) -> bool:
        w = re.sub(r"[^\w]|[\d_]", "", doc[i].text) if 0 <= i < len(doc) else ""
        return len(w) > 1 and w.isupper()

    after = doc[m.end].text if m.end < len(doc) else ""
    return not (capitals(m.start - 1) or capitals(m.end) or after == ":")


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _national_body(doc: Doc, i: int, e: Entry) -> bool:
    """An international body's name ("Security Council") as the tail of a capitalised "National ..." name:
    the name of a country's own body ("the National Security Council")."""
    return e.kind == "igo" and i > 0 and doc[i - 1].text == "National"


def _negated_name(doc: Doc, i: int) -> bool:
    """ "Non-NATO", "non-EU": a name after "non-" names what something is not."""
    return i >= 2 and doc[i - 1].text in ("-", "‑") and doc[i - 2].lower_ == "non"


#: words that introduce the title of a work: a name right after one is its title ("entitled America")
TITLE_INTRO = frozenset("entitled titled".split())
#: nouns of money: a country's name or demonym just before one names the currency ("six million US dollars")
CURRENCY_NOUNS = frozenset(
    "dollar dollars cent cents pound pounds euro euros yuan yen rupee rupees peso pesos franc francs".split()
)


def title_or_currency(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is the title of a work ("an artwork entitled America") or names a
    currency ("five million US dollars"): no actor and no place of the story, which neither may locate."""
    if start >= 1 and doc[start - 1].lower_ in TITLE_INTRO:
        return True
    return end < len(doc) and doc[end].lower_ in CURRENCY_NOUNS and doc[end].pos_ == "NOUN"


#: acronyms of a body that also stand for something else, with the other reading's full names ("" for a common
#: noun): "CCTV captured their arrival" (closed-circuit cameras, not China Central Television), "RSF said the
#: journalist was detained" (Reporters Without Borders, not Sudan's Rapid Support Forces)
OTHER_READINGS = {"CCTV": (), "RSF": ("reporters without borders", "reporters sans frontières")}


def _common_acronym(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention is an acronym that stands for something else here ("CCTV": China Central
    Television, or security cameras): its other reading when the article spells that out, or names the body's
    country nowhere else."""
    text = doc[m.start : m.end].text
    if text not in OTHER_READINGS:
        return False
    if any(name in text_of(doc).lower() for name in OTHER_READINGS[text]):
        return True
    own = m.actor.country
    return not any(
        o.actor.country == own and doc[o.start : o.end].text not in OTHER_READINGS for o in mentions
    )


#: words that many bodies' names share, telling none of them apart ("party", "council", "international")
BODY_NAME_WORDS = frozenset(
    "national international party organization organisation council committee association union front "
    "movement people peoples democratic republic federation society agency alliance congress league world "
    "united american new".split()
)


def _name_words(name: str) -> set[str]:
    """The telling words of a body's name, by their first five letters ("Organisation": "Organization")."""
    words = re.findall(r"[a-z]+", name.lower())
    return {w[:5] for w in words if w not in NAME_JOINERS and w not in BODY_NAME_WORDS and len(w) > 2}


def _spelled_out(text: str, abbrev: str) -> list[str]:
    """The names ``text`` spells ``abbrev`` out as: "Full Name (ABBREV)" or "ABBREV (Full Name)", the name's
    capitalised words giving the letters in order and lower-case joiners ("of", "and") between them."""
    out: list[str] = []
    word = r"[A-Z][\w'’.&-]*"
    name = rf"{word}(?:\s+(?:(?:{'|'.join(sorted(NAME_JOINERS))})\s+)*{word}){{{len(abbrev) - 1}}}"
    before = re.compile(rf"({name})\s*\(\s*{re.escape(abbrev)}\s*\)")
    after = re.compile(rf"\b{re.escape(abbrev)}\s*\(\s*({name})\s*\)")
    for rx in (before, after):
        for hit in rx.finditer(text):
            long = hit.group(1)
            initials = "".join(w[0] for w in long.split() if w.lower() not in NAME_JOINERS)
            if initials.upper() == abbrev.upper():
                out.append(long)
    return out


#: nouns of kinship: a one-word name set beside one names that relative ("her mother, Anwar,")
KIN_NOUNS = frozenset(
    "mother father brother sister son daughter wife husband uncle aunt cousin nephew niece grandmother "
    "grandfather grandson granddaughter widow widower parent".split()
)


def _as_relative(doc: Doc, m: Mention) -> Mention:
    """ "Baloch and Waseem's mother, Anwar, wept": a one-word name in apposition to a kinship noun names that
    relative, a private person, not the office holder the dictionary knows by the word (Anwar Ibrahim)."""
    tok = doc[m.start]
    if m.end - m.start != 1 or m.actor.kind != "person" or not m.actor.key or tok.dep_ != "appos":
        return m
    if tok.head.lemma_.lower() not in KIN_NOUNS:
        return m
    a = m.actor
    private = Actor(
        text=a.text,
        name=a.text,
        key=None,
        kind="person",
        rule="unknown-person:relative",
        start=a.start,
        end=a.end,
    )
    return Mention(m.start, m.end, m.head, private, m.pair)


#: nouns of a natural feature: a name joined to one names the feature, not the country, company or person
#: ("the Congo Basin", "the Amazon rainforest", "the Mekong River", "the Sea of Japan", "Lake Chad")
FEATURE_AFTER = frozenset("sea ocean river basin valley desert mountains delta rainforest jungle".split())
FEATURE_BEFORE_OF = frozenset("sea gulf bay".split())


def _feature_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is part of the name of a sea, river, basin, lake, ... . A strait
    ("the Taiwan Strait") and a strip or bank ("the Gaza Strip") are left as they are: they name a disputed
    place of the country itself."""
    if end < len(doc) and doc[end].lower_ in FEATURE_AFTER:
        return True
    if start >= 1 and doc[start - 1].text == "Lake":
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in FEATURE_BEFORE_OF


#: nouns of an accord, forum or process named after the city where it was made or meets: the city is no actor
#: there ("the Minsk agreements", "the Paris Club", "the Lima Group", "the Astana format", "the Doha talks")
CITY_NAMED = frozenset(
    "agreement agreements accord accords format process protocol group club declaration convention "
    "conventions talks summit pact principles communique consensus".split()
)
#: words between the city and such a noun ("the Paris climate accord", "the Minsk peace process")
CITY_NAMED_BETWEEN = frozenset("peace climate ceasefire nuclear trade".split())


def _city_named(doc: Doc, m: Mention) -> bool:
    """Whether the mention is a city (a capital or a place of the gazetteer) naming an accord, forum or
    process after it ("the Minsk agreements", "the Paris Club"): not the country's government. A country's
    own name stays ("the US-Taliban agreement": a party to it)."""
    if m.actor.rule not in ("dict:capital", "gazetteer"):
        return False
    i = m.end
    while i < len(doc) and i - m.end < 2 and doc[i].lower_ in CITY_NAMED_BETWEEN:
        i += 1
    return i < len(doc) and doc[i].lower_ in CITY_NAMED and doc[i].pos_ in ("NOUN", "PROPN")


def _expletive(tok: Token) -> bool:
    """A dummy subject "it": a cleft ("It was the agency's inquiry that led to ...") or an extraposed
    clause ("It is vital to act", "it seems that ...")."""
    head = tok.head
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ not in ("be", "seem", "appear", "remain"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in head.children if c.i > tok.i):
        return True
    return any(c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children) for c in head.children)


def _thing_subject_before(tok: Token, prior: list[Mention]) -> bool:
    """ "Phanfone impacted upon Boracay and the Kalibo airport. It also blocked roads", "The resolution
    passed along party lines. It now goes to the Senate": an "It" that opens a sentence as its subject
    goes on about the subject of the sentence before; when that subject is a noun that no mention covers
    (a storm, a bill, a region) or only a person's, the "it" is a thing, not the last country or body
    named."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    prev = sentence_before_quote(tok) or sentence_before(tok)
    if prev is None:
        return False
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is not None
        and subj.lower_ == "it"
        and subj.i < tok.i
        and not any(m.head == subj.i for m in prior)
    ):
        # "The budget will ... . It will support ... . It includes ...": an "it" after an "It" that was a
        # thing goes on about the same thing
        return _thing_subject_before(subj, prior)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    # a person's name is no "it" either ("Phanfone", taken for a surname, or a speaker)
    return all(m.actor.kind == "person" for m in prior if m.start <= subj.i < m.end or m.head == subj.i)


def _body_subject_before(tok: Token, cands: list[Mention]) -> Mention | None:
    """ "The Emergencies Ministry called on drivers .... It also urged people ...": an "It" that opens a
    sentence as its subject stands for the body (an organisation named by a singular noun, not a country)
    that was the subject of the sentence before; so does the "it" right after a quotation that opens its
    sentence ("Oxfam warned about Yemen. "Millions are at risk," it said"), also for an organisation the
    dictionaries give no country (a charity) or an intergovernmental body, not the country named after it."""
    doc = tok.doc
    prev = None
    if tok.dep_ == "nsubj":
        prev = sentence_before_quote(tok) or sentence_before(tok)
    if prev is None:
        return None
    subjects = [
        m for m in cands if prev.start <= m.start < prev.end and doc[m.head].dep_ in ("nsubj", "nsubjpass")
    ]
    if not subjects:
        return _named_within_subject(prev, cands)
    m = subjects[0]
    head = doc[m.head]
    if m.actor.kind == "agent" and head.tag_ in ("NN", "NNP") and head.text[:1].isupper():
        return m
    return m if m.actor.kind in ("group", "igo") and head.tag_ != "NNPS" else None


#: the small words a long proper name keeps lower-case ("Federation of Red Cross and Red Crescent Societies")
TITLE_NAME_JOINERS = frozenset("of and for the on in".split())


def _named_within_subject(prev: Span, cands: list[Mention]) -> Mention | None:
    """ "The International Federation of Red Cross and Red Crescent Societies said ...": the long name of an
    organisation the NER split, of which only a part is a known name, stands for that organisation (not the
    country named after it): the subject of the sentence is a proper name whose words, up to that part, are
    all capitalised or small joining words."""
    subj = next((t for t in prev if t.dep_ == "nsubj" and t.head == prev.root), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    doc = prev.doc
    first = subj.left_edge.i + (doc[subj.left_edge.i].lower_ == "the")
    for m in cands:
        if m.actor.kind not in ("group", "igo") or not first < m.start <= subj.right_edge.i:
            continue
        words = doc[first : m.start]
        if all(w.text[:1].isupper() or w.lower_ in TITLE_NAME_JOINERS for w in words):
            return m
    return None


def _family_name_first(words: list[str], key: str | None) -> bool:
    """A name as English news writes it family name first ("Choi Jong-kun", "Moon Jae-in", "Zhao Lijian" of
    a country of ``FAMILY_NAME_FIRST``): later named by its first word. A given name hyphenated or of two
    short syllables ("Choi Jong Kun") marks one whatever the key."""
    if len(words) not in (2, 3) or not words[0][:1].isupper() or not words[0][1:].islower():
        return False  # not "DPRK" of "Special Representative for the DPRK Sung Kim"
    if key in FAMILY_NAME_FIRST:
        return True
    if len(words) == 3 and len(words[0]) <= 5:
        # "Choi Jong Kun", "Yoon Suk Yeol": a given name of two short syllables written apart
        return all(2 <= len(w) <= 4 and w[:1].isupper() and w[1:].islower() for w in words[1:])
    parts = words[1].split("-")
    return (
        len(words) == 2
        and len(parts) == 2
        and parts[0][:1].isupper()
        and parts[1].isalpha()
        and parts[1].islower()
    )


def _called(name: str, key: str | None, word: str) -> bool:
    """Whether a person named ``name`` is called ``word`` alone: the last word, or the first of a name
    written family name first ("Vice Foreign Minister Choi" after "Choi Jong Kun")."""
    words = name.split()
    return words[-1] == word or (words[0] == word and _family_name_first(words, key))


def _surname_word(doc: Doc, start: int, end: int) -> str:
    """The last word of a name span, leaving out post-nominal letters ("Kama Melly QC": "Melly")."""
    if end - start > 1 and doc[end - 1].text in POST_NOMINALS:
        return doc[end - 2].text
    return doc[end - 1].text


def _same_given_name(a: str, b: str) -> bool:
    """Whether two given names can be one person's: equal, or one an initial or the start of the other
    ("J." and "Joe", "Tony" and "Tony")."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    return a == b or len(a) <= 1 or len(b) <= 1 or a.startswith(b) or b.startswith(a)


def _other_first_name(doc: Doc, i: int, d: ActorDictionary) -> bool:
    """'Carmel Martin': the surname at ``i`` follows a capitalised given name, so it is someone other than
    the office holder known by that surname alone (a title before it, "Taoiseach Martin", is no name)."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and prev.text.isalpha()
        and not prev.text.isupper()
        and prev.lemma_.lower() not in d.agent_words  # "High Representative Borrell": a title's word
        and prev.lower_ not in d.agent_words
        and prev.lower_.rstrip(".") not in HONORIFICS
        and not any(prev.text in n.split() for n in d.surnames.get(doc[i].lower_, ()))
    )


def _personal(doc: Doc, m: Mention) -> bool:
    """Whether a mention can be the antecedent of he/she: a person, a named agent, or a singular common
    noun for a person ("an IT worker ... police shot him"), never a body or an institution."""
    if m.actor.kind == "person" or (m.actor.kind == "agent" and m.actor.name):
        return True
    head = doc[m.head]
    return (
        m.actor.kind == "agent"
        and head.tag_ == "NN"
        and m.actor.sector not in INSTITUTIONS
        and head.lemma_.lower() not in BODIES
    )


def _office_title(doc: Doc, m: Mention) -> bool:
    """ "The governor of Tennessee says that he declined ...": an office holder's title with a country (an
    agent of an institution's sector with a role; "the ministry" has none) can be the doer a later he/she
    names."""
    return (
        m.actor.kind == "agent"
        and m.actor.key is not None
        and m.actor.role is not None
        and doc[m.head].tag_ == "NN"
        and doc[m.head].lemma_.lower() not in BODIES
    )


def _nominal_participle(t: Token) -> bool:
    """ "the accused", "the wounded": a participle the parser tagged as a verb but used as a noun."""
    return (
        t.pos_ == "VERB"
        and t.tag_ == "VBN"
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ == "det" for c in t.children)
    )


def _appositive_titles(tok: Token) -> set[str]:
    """The title words of the appositives after a name, up to each one's head: "Colin Sutherland, Lord
    Carloway, the Lord President of the court" gives lord, carloway, the, president, not "court" (a later
    "the court" is the institution, not the judge)."""
    words: set[str] = set()
    for c in tok.children:
        if c.dep_ == "appos":
            words |= {t.lemma_.lower() for t in c.subtree if t.i <= c.i}
            words |= _appositive_titles(c)
    return words


def _key_people(
    mentions: Mentions,
    key_for: Callable[[int, Mention], tuple[str, str] | None],
    why: str,
    eligible: Callable[[Mention], bool],
) -> None:
    """Give the people of unknown country that ``key_for`` places a (country, rule), and every later mention
    of the same name (or surname) that country too, by a rule ending in ``why``."""
    named: dict[str, Actor] = {}
    for i, m in enumerate(mentions.items):
        a = m.actor
        if a.key is not None or a.kind != "person" or not eligible(m):
            continue
        if a.name and a.name in named:
            m.actor = named[a.name].rekeyed(named[a.name].key or "", f"{a.rule}+{why}")
            m.actor.text, m.actor.start, m.actor.end = a.text, a.start, a.end
            continue
        found = key_for(i, m)
        if found is not None:
            m.actor = a.rekeyed(*found)
            if a.name:
                named[a.name] = m.actor
                named[a.name.split()[-1]] = m.actor


def _body_antecedent(head: Token, prior: list[Mention]) -> Mention | None:
    """ "The Ukrainian Ministry of Foreign Affairs summoned ... The ministry condemned ...", "a delegation
    from Bangladesh ... The delegation thanked ...": the latest body of that kind named before, when every one
    named so far is of one country."""
    word = head.lemma_.lower()
    found = [
        m
        for m in prior
        if m.start < head.i
        and m.actor.key
        and m.actor.kind in ("agent", "group", "igo")
        and word in {w.lower() for w in (m.actor.text or "").split()}
    ]
    return found[-1] if found and len({m.actor.key for m in found}) == 1 else None


def _surname_stem(name: str) -> str:
    """A surname without its masculine or feminine ending, to match a spouse's form of it: "Zelenska" and
    "Zelenskyy" are both "zelensk"; "Kirchner" stays."""
    return re.sub(r"(?:yy|iy|y|i|a|ov|ova|in|ina)$", "", name.lower()) if len(name) > 5 else name.lower()


def _short_titles(title: str) -> set[str]:
    """An office's title and its short form: "Secretary of State" is also "the Secretary" in its holder's
    statements ("The Secretary condemned ..."), "President" only "President"."""
    t = title.lower()
    head = t.split(" of ")[0]
    return {t, head} if " of " in t and " " not in head else {t}


def _surname_of(name: str, text: str) -> bool:
    """Whether ``text`` ("Secretary Blinken") names the person called ``name`` by surname."""
    return bool(name) and name.split()[-1].lower() in text.lower()


def _in(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _first_name_fits(name: str, words: list[str]) -> bool:
    """Whether a dictionary name's first name is compatible with the words of a mention: an initial in
    first place fits the names it begins ("J. Blinken"); a middle initial ("Emily W. Murphy") fits nothing
    by itself, so another first name does not make the mention someone else of the same surname."""
    first = name.split()[0].lower()
    lead, before = words[0].rstrip(".").lower(), words[-2].rstrip(".").lower()
    if len(lead) <= 1:
        return first.startswith(lead)
    return first in (lead, before)


def _left_modifiers(span: Span) -> list[Token]:
    """The title words right before a name that hang on it: "Iranian Foreign Minister" of "... Zarif"."""
    doc = span.doc
    root = span.root
    out: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = doc[i]
        if t.is_space or t.is_quote or t.text in ".;:!?()" or t.dep_ in ("nsubj", "dobj", "ROOT"):
            break
        title_of = t.dep_ in ("prep", "pobj") and (t.lower_ == "of" or t.text[:1].isupper())
        # "National Security and Intelligence Advisor": capitalised title words joined by "and", inside a
        # title (not "Donetsk and Luhansk People's Republics", a name the NER took for a person's)
        joined = bool(out) and t.dep_ in ("cc", "conj") and _joined_title_word(doc, i)
        if root not in t.ancestors or (
            t.dep_ not in PRECEDING_TITLE_DEPS | {"punct"} and not title_of and not joined
        ):
            break  # "Secretary of State ...", "Minister of Foreign Affairs ..." keep their "of"
        out.insert(0, t)
        i -= 1
    return out


def _joined_title_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is the "and" of two capitalised title words, or the capitalised word after it ("National
    Security and Intelligence Advisor"). A person's name before the "and" ends a title: "Deputy Secretary
    Sherman and State Secretary Berger" are two people."""

    def joining(k: int) -> bool:
        return (
            0 < k < len(doc) - 1
            and doc[k].lower_ == "and"
            and doc[k - 1].text[:1].isupper()
            and doc[k - 1].ent_type_ != "PERSON"
            and doc[k + 1].text[:1].isupper()
        )

    return joining(i) or (doc[i].text[:1].isupper() and joining(i - 1))


def _ent_span(doc: Doc, tok: Token) -> Span | None:
    """The named entity ``tok`` is in, found from its own IOB tags (``doc.ents`` is rebuilt on each use)."""
    if not tok.ent_type_:
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


#: a city's own bodies, which a big city's name before them keys ("Toronto Police"), and how big that city is
CITY_BODIES = frozenset("police prosecutor authority official court council".split())
BIG_CITY = 1_000_000.0


def _region_or_bigger(place: Candidate) -> bool:
    """A gazetteer place that stands for a part of one country in a people noun's modifiers: a US state, a
    first-level region, or a hand-listed region, island or disputed area (not a town of the same name)."""
    return place.kind in ("state", "region") or place.rank >= 1e11


#: sectors of armed non-state groups that "the group" may stand for
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "RAD"})
#: the members of an armed group, as "the militants" names them after the group was named
GROUP_MEMBERS = frozenset("militant insurgent rebel jihadist".split())


def _definite_group(tok: Token) -> bool:
    """ "the group", "the group's", "the militants": the noun group, or an armed group's members, after a
    bare "the" (not "the rights group", "the Syrian rebels")."""
    low = tok.lemma_.lower()
    return (
        ((low == "group" and tok.tag_ == "NN") or (low in GROUP_MEMBERS and tok.tag_ == "NNS"))
        and tok.pos_ == "NOUN"
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
        and tok.doc[tok.i - 1].head.i == tok.i
    )


def copy_at(a: Actor, where: Token | Span, rule: str) -> Actor:
    """The same actor, mentioned at ``where`` and resolved by ``rule`` (coreference, pairs, speakers)."""
    if isinstance(where, Token):
        start, end, text = where.idx, where.idx + len(where), where.text
    else:
        start, end, text = where.start_char, where.end_char, where.text
    return Actor(
        text=text,
        name=a.name,
        key=a.key,
        country=a.country,
        igo=a.igo,
        sector=a.sector,
        role=a.role,
        start=start,
        end=end,
        kind=a.kind,
        rule=rule,
    )


def _hyphen_partner(doc: Doc, i: int) -> Token | None:
    """The other name of a pair written as one word with a hyphen ("Biden-Harris", "JEAN-PIERRE") that the
    token ``i`` is a part of."""
    if i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2] if doc[i - 2].text[:1].isupper() else None
    if (
        i + 2 < len(doc)
        and doc[i + 1].text in HYPHENS
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
    ):
        return doc[i + 2] if doc[i + 2].text[:1].isupper() else None
    return None


HYPHENS = ("-", "–")


def _bare_place_slot(tok: Token) -> bool:
    """A one-word name the NER left unlabelled where a place stands: the object of "in"/"at"/"near" ...,
    or of a verb ("shelled Rafah overnight": the NER may drop a name before a time word)."""
    return (
        not tok.ent_type_
        and _hyphen_partner(tok.doc, tok.i) is None
        and (
            (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS)
            or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")
        )
    )


def _named_settlement(span: Span) -> bool:
    """ "the town of Avdiivka", "the village of Staromaiorske": a name given as that of a settlement, whatever
    the NER took it for."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in SETTLEMENTS
        and all(t.pos_ == "PROPN" for t in span)
    )


def _phrase_start(doc: Doc, root: Token, i: int) -> int:
    """Where the noun phrase of an agent found at token ``i`` starts: the left modifiers that hang on its head
    ``root`` (its own only, "the two countries' foreign ministers"), without a leading comma or "and"."""
    start = i
    while (
        start > 0
        and root in doc[start - 1].ancestors
        and doc[start - 1].dep_
        in ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "cc", "conj", "punct")
        and not (doc[start - 1].is_quote and doc[start - 1].dep_ != "case")
        and doc[start - 1].pos_ != "VERB"
    ):
        start -= 1
    while start < i and doc[start].dep_ in ("punct", "cc"):
        start += 1
    return start
