"""Times: date expressions resolved against the publication date, with their precision.

"on Tuesday" in a Wednesday article is the day before; "November 2018" is month precision (no made-up
day); "1956" is a year; "January 14" takes the year that puts it nearest before the publication date.
Calendar phrases are read by the rules below; other phrases ("two days ago", "March 3rd, 2020") go to
dateparser with the publication date as its relative base. Durations ("five years") are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .types import DateMention

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d{2})"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b", re.I)),
    ("my", re.compile(rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    (
        "m",
        re.compile(
            rf"^(?:in |early |late |mid-?|earlier |last |this |next |since |until |by )*{_MON}$", re.I
        ),
    ),
    ("y", re.compile(rf"^(?:in |the year |since |until |by |early |late |mid-?)*{_YEAR}$", re.I)),
]
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before": -1,
    "last night": -1,
    "overnight": 0,
    "earlier today": 0,
    "earlier on": 0,
}
DURATION = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|"
    r"recent|past|coming|next|last)\s+(days?|weeks?|months?|years?|decades?|centur(y|ies))\b"
    r"(?!\s+ago)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    precision: str


def _fmt(d: dt.date, precision: str) -> Resolved:
    if precision == "year":
        return Resolved(f"{d.year:04d}", "year")
    if precision == "month":
        return Resolved(f"{d.year:04d}-{d.month:02d}", "month")
    return Resolved(d.isoformat(), "day")


def _infer_year(month: int, day: int | None, pub: dt.date, lean: str | None = None) -> int:
    """The year that puts month/day nearest to the publication date, preferring the past; with ``lean``
    "future" (the words speak of what is to come: "will meet in November") the first such day from the
    publication date on."""
    if lean == "future":
        this = (month, day or (pub.day if month == pub.month else 1))
        return pub.year if this >= (pub.month, pub.day) else pub.year + 1
    best = pub.year
    best_cost = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(y, month, day or 1)
        except ValueError:
            continue
        delta = (d - pub).days
        cost = -delta if delta <= 0 else delta * 4  # the future costs more: news reports the past
        if day is None and y == pub.year and month == pub.month:
            cost = 0
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def relative_offset(text: str) -> int | None:
    """The days from the day of speaking that a relative day word names ("yesterday" -1, "today",
    "yesterday's vote"), or None when the phrase is no such word."""
    t = re.sub(r"\s+", " ", text.strip().lower().strip(".,;:()[]\"'“”’"))
    t = re.sub(r"['’]s$", "", t)
    for phrase, off in RELATIVE_DAYS.items():
        if t == phrase or t.endswith(" " + phrase) or t.startswith(phrase + " "):
            return off
    return None


def resolve(text: str, published: dt.date | None, lean: str | None = None) -> Resolved | None:
    """The date a phrase names, or None when it names no calendar date. ``lean`` ("future" or None) is
    what the words around the phrase say of a month or day given without its year."""
    t = re.sub(r"\s+", " ", text.strip().lower().strip(".,;:()[]\"'“”’"))
    t = re.sub(r"['’]s$", "", t)
    t = re.sub(r"^(on|at|from|since|until|till|by|as of|as early as|during|over) ", "", t)
    t = re.sub(r"^the ", "", t) if not t.startswith("the day") else t
    if not t:
        return None
    if re.search(r"\b\d{4}s\b|\bcentur|\bdecade|\bera\b|\bseason\b", t):
        return None
    named = re.match(r"^(.+?),? (?:of )?(this|last|next) year$", t)
    month = dict(PATTERNS)["m"].match(named.group(1)) if named else None
    if named and month and published is not None:
        # "January of this year", "in March last year": that month of the year named
        year = published.year + {"this": 0, "last": -1, "next": 1}[named.group(2)]
        return _fmt(dt.date(year, MONTHS[month.group("mon").lower().rstrip(".")], 1), "month")
    for kind, pat in PATTERNS:
        m = pat.search(t) if kind not in ("m", "y") else pat.match(t)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        if kind == "iso":
            try:
                return _fmt(dt.date(int(g["year"]), int(g["mon"]), int(g["day"])), "day")
            except ValueError:
                return None
        mon = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
        if kind in ("mdy", "dmy") and mon:
            day = int(g["day"])
            if year is None:
                if published is None:
                    return None
                year = _infer_year(mon, day, published, lean)
            try:
                return _fmt(dt.date(year, mon, day), "day")
            except ValueError:
                return None
        if kind == "my" and mon and year:
            return _fmt(dt.date(year, mon, 1), "month")
        if kind == "m" and mon:
            if published is None:
                return None
            if t.startswith("next "):
                y = published.year + (mon <= published.month)
            elif t.startswith("last "):
                y = published.year - (mon >= published.month)
            else:
                y = _infer_year(mon, None, published, lean)
            return _fmt(dt.date(y, mon, 1), "month")
        if kind == "y" and year:
            return _fmt(dt.date(year, 1, 1), "year")
    if published is None:
        return None
    off = relative_offset(t)
    if off is not None:
        return _fmt(published + dt.timedelta(days=off), "day")
    wd = re.match(
        r"^(?:(last|this|next|early|late|on|past)\s+)?(monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$",
        t,
    )
    if wd:
        which, day = wd.group(1), WEEKDAYS[wd.group(2)]
        back = (published.weekday() - day) % 7
        if which == "next":
            fwd = (day - published.weekday()) % 7 or 7
            return _fmt(published + dt.timedelta(days=fwd), "day")
        if which in (None, "this", "on") and lean == "future":
            # "On Monday, the adviser will be in Rome": the coming Monday
            return _fmt(published + dt.timedelta(days=(day - published.weekday()) % 7), "day")
        if which == "last" and back == 0:
            back = 7
        return _fmt(published - dt.timedelta(days=back), "day")
    rel = re.match(r"^(earlier |later )?(this|last|next|past) (week|month|year)$", t)
    if rel:
        which, unit = rel.group(2), rel.group(3)
        if unit == "week":
            return None
        if unit == "month":
            m = published.month + {"this": 0, "last": -1, "past": -1, "next": 1}[which]
            y = published.year + (m - 1) // 12
            return _fmt(dt.date(y, (m - 1) % 12 + 1, 1), "month")
        return _fmt(
            dt.date(published.year + {"this": 0, "last": -1, "past": -1, "next": 1}[which], 1, 1), "year"
        )
    if DURATION.search(t) or not re.search(r"\d|ago|week", t):
        return None
    if re.search(r"\bago\b", t):
        import dateparser

        parsed = dateparser.parse(
            t,
            languages=["en"],
            settings={
                "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
                "PREFER_DATES_FROM": "past",
            },
        )
        if parsed is None:
            return None
        unit = "year" if "year" in t else "month" if "month" in t else "day"
        return _fmt(parsed.date(), unit)
    return None


#: a month and year ending a title after a comma, colon or dash ("On the campaign trail, June 2020")
_TITLE_MONTH = re.compile(
    r"(?:^|[,:–—-])\s*(?P<mon>"
    + "|".join(m for m in MONTHS if len(m) > 3 or m == "may")
    + rf")\s+{_YEAR}\s*$",
    re.I,
)


def covered_month(title: str | None, published: dt.date | None) -> str | None:
    """The month a periodic roundup covers, when its title ends with one before the month it was published
    in ("On the campaign trail in the USA, June 2020", published in late July): its acts the text gives no
    day for happened in that month, not on the day the roundup came out."""
    if not title or published is None:
        return None
    m = _TITLE_MONTH.search(title.strip())
    if m is None:
        return None
    r = resolve(m.group(0).strip(" ,:-–—"), published)
    if r is None or r.precision != "month" or r.value >= published.isoformat()[:7]:
        return None
    return r.value


def _surnames(doc: Any) -> set[str]:
    """Month names that are surnames of people the ``doc`` names: "Theresa May" gives "may" (a PERSON
    entity, or a month name right after a capitalised name that is no date word itself)."""
    out = set()
    for tok in doc[1:]:
        if tok.lower_ not in MONTHS or not tok.text[:1].isupper():
            continue
        prev = tok.nbor(-1)
        if tok.ent_type_ == "PERSON" and prev.ent_type_ == "PERSON" and tok.ent_iob_ == "I":
            out.add(tok.lower_)
        elif (
            prev.tag_ == "NNP"
            and prev.lower_ not in MONTHS
            and prev.lower_ not in WEEKDAYS
            and prev.ent_type_ not in ("DATE", "TIME")
        ):
            out.add(tok.lower_)
    return out


#: words before a month name that make it the month ("until May"), not the person ("May said")
_BEFORE_MONTH = frozenset(
    "in on since until till by from to through during before after last next this early late mid of".split()
)


def _is_surname(ent: Any, names: set[str]) -> bool:
    """A DATE entity that is only a month name which is also a named person's surname, used as a name:
    a possessive ("May's agreement") or no temporal word before it ("said May")."""
    words = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
    if len(words) != 1 or words[0].lower_ not in names:
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent[-1].tag_ == "POS" or (after is not None and after.tag_ == "POS"):
        return True
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before not in _BEFORE_MONTH


#: words that put what they govern in the future ("elections planned for December", "due in May")
INTENT_WORDS = frozenset(
    "plan schedule set expect intend aim hope prepare due slate look propose commit commitment dedication "
    "intention pledge promise vow readiness determination goal upcoming forthcoming agree decide".split()
)
FUTURE_AUX = frozenset("will shall 'll wo going".split())


def _when_done(ent: Any, verb: Any) -> bool:
    """Whether a date tells when a past-tense intent verb itself was done: "agreed on Friday to ...",
    "decided on Monday", "pledged Tuesday", not "scheduled the vote for Friday" (the date aimed at)."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = ent.root.head
    if head.i == verb.i:
        return ent.root.dep_ in ("npadvmod", "tmod")
    return head.lower_ == "on" and head.dep_ == "prep" and head.head.i == verb.i


def _lean(ent: Any) -> str | None:
    """ "future" when the words around a DATE entity speak of what is to come ("will meet in November",
    "the summit takes place in November", "to achieve outcomes at the summit in November", "elections
    planned for December"), else None (the nearest-date reading: news reports the past)."""
    tok = ent.root.head
    if tok.lower_ in ("since", "ago") or any(t.lower_ == "since" for t in ent):
        return None
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        if tok.lemma_.lower() in INTENT_WORDS or any(
            c.dep_ == "amod" and c.lemma_.lower() in INTENT_WORDS for c in tok.children
        ):
            return "future"
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for step in range(2):
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if auxes & FUTURE_AUX or (
            tok.lemma_.lower() in INTENT_WORDS and not (step == 0 and _when_done(ent, tok))
        ):
            return "future"
        if tok.tag_ in ("VBP", "VBZ") and not auxes - {"do", "does"}:
            return "future"  # a present tense with a date is a schedule ("the summit opens in November")
        if not (tok.tag_ == "VB" and "to" in auxes and tok.head.pos_ in ("VERB", "AUX", "NOUN")):
            return None
        # an infinitive is as future as what governs it: "underscored their dedication to achieve ...",
        # "agreed to meet ...", not "tried to warn people about the outbreak in December"
        tok = tok.head
        if any(c.dep_ == "dobj" and c.lemma_.lower() in INTENT_WORDS for c in tok.children):
            return "future"
    return None


def find_dates(doc: object, published: dt.date | None) -> list[DateMention]:
    """Every resolvable DATE entity of a spaCy ``doc``.

    A bare month name that is also the surname of someone the text names ("May's Brexit agreement"
    after "Theresa May") is that person, not a month."""
    out = []
    names = _surnames(doc)
    for ent in doc.ents:  # type: ignore[attr-defined]
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if names and _is_surname(ent, names):
            continue
        if ent.label_ == "TIME" and not re.search(r"day|night|morning|evening|afternoon", ent.text, re.I):
            continue  # "10:39 a.m." names no day; "Saturday morning" does
        r = resolve(ent.text, published, _lean(ent))
        if r is None:
            since = _time_since(ent, published)
            if since is not None:
                out.append(since)
            continue
        out.append(DateMention(ent.text, r.value, r.precision, ent.start_char, ent.end_char))  # type: ignore[arg-type]
    return out + _unlabelled_days(doc, published, out)


_COUNTS = {
    w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
}
_SPAN = re.compile(r"^(?:a|an|(\d{1,3})|(" + "|".join(_COUNTS) + r"))\s+(year|month|week)s?$", re.I)


def _time_since(ent: Any, published: dt.date | None) -> DateMention | None:
    """ "Today marks six years since Iran detained X", "It has been three years since Russia detained X":
    a span of time counted back from the day of writing dates the act of the "since" clause. The mention
    sits on "since", inside that clause. An anniversary told of "today" is the day; else the year or month."""
    m = _SPAN.match(ent.text.strip())
    if published is None or m is None or ent.end >= len(ent.doc):
        return None
    since = ent.doc[ent.end]
    if since.lower_ != "since" or since.dep_ != "mark" or since.head.tag_ != "VBD":
        return None
    host = ent.root.head
    if since.head.head.i != host.i or host.lemma_.lower() not in ("mark", "be"):
        return None
    n = int(m.group(1)) if m.group(1) else _COUNTS.get((m.group(2) or "").lower(), 1)
    unit = m.group(3).lower()
    today = any(c.lower_ in ("today", "tonight") for c in host.children)  # an anniversary: the very day
    if unit == "year":
        when = published.replace(
            year=published.year - n, day=min(published.day, 28 if published.month == 2 else 31)
        )
    elif unit == "month":
        months = published.year * 12 + published.month - 1 - n
        when = dt.date(months // 12, months % 12 + 1, min(published.day, 28) if today else 1)
    else:
        when = published - dt.timedelta(weeks=n)
    precision = "day" if today or unit == "week" else unit
    r = _fmt(when, precision)
    return DateMention(since.text, r.value, r.precision, since.idx, since.idx + len(since.text))  # type: ignore[arg-type]


#: a month name and a day or a range of days ("May 9-10", "July 12–14"), whole words
MONTH_DAYS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:\s?[-–]\s?\d{1,2})?\b(?![-–.,]?\d)"
)


def _unlabelled_days(doc: Any, published: dt.date | None, found: list[DateMention]) -> list[DateMention]:
    """Days the entity recogniser left unlabelled ("is in Qatar May 9-10": "May" read as a name): a
    capitalised month name with a day or a range of days, outside every entity and not right after a
    person's name."""
    out: list[DateMention] = []
    text = doc.text  # type: ignore[attr-defined]
    for m in MONTH_DAYS.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")  # type: ignore[attr-defined]
        if span is None or any(t.ent_type_ for t in span):
            continue
        if span.start > 0 and doc[span.start - 1].ent_type_ == "PERSON":  # type: ignore[index]
            continue  # "Theresa May 10 times": a name
        r = resolve(m.group(), published, _lean(span))
        if r is not None and r.precision == "day":
            out.append(DateMention(m.group(), r.value, r.precision, m.start(), m.end()))  # type: ignore[arg-type]
    return out
