"""The Pipeline: articles in, :class:`~newsevents.types.ArticleResult` out.

One ``Pipeline`` owns the loaded spaCy model and every data file. It keeps no global state and
pickles (the model is reloaded once in the receiving process), so the same object runs in one
process, in worker processes (``jobs``) or on Dask workers, with the same output.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .actors import ActorDictionary, ActorResolver, title_or_currency
from .events import ArticleContext, Coder, Patterns, emergency_concerns, home_country
from .nlp import DEFAULT_MODEL, MAX_CHUNK_CHARS, english_words, load_model, parse, text_of
from .ontology import Ontology
from .places import Gazetteer
from .quotes import (
    TURN_LABEL,
    find_quotes,
    foreign_turns,
    host_turns,
    quote_spans,
    statement_author,
    titled_guest,
)
from .read import boilerplate_spans
from .times import covered_month, find_dates
from .types import Actor, Article, ArticleResult, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class MemoActorDictionary(ActorDictionary):
    """The actor dictionary with its fuzzy demonym look-up memoised per process.

    ``ActorDictionary.demonym`` falls back to ``difflib.get_close_matches`` over every demonym for an
    unknown word of six letters or more; the same words recur in every article (names, "Department",
    "Secretary"), and that fallback was the largest single cost after parsing (docs/scale.md). The
    look-up is pure, so its answers are kept, up to ``memo_limit`` words (then the memo starts again).
    """

    memo: dict[str, str | None] = field(default_factory=dict)
    memo_limit: int = 200_000

    def demonym(self, word: str) -> str | None:
        try:
            return self.memo[word]
        except KeyError:
            pass
        if len(self.memo) >= self.memo_limit:
            self.memo.clear()
        value = self.memo[word] = ActorDictionary.demonym(self, word)
        return value


@dataclass
class Resources:
    """Everything loaded from disk: the model and the data files."""

    nlp: Any
    ontology: Ontology
    dictionary: ActorDictionary
    gazetteer: Gazetteer
    patterns: Patterns
    report_verbs: frozenset[str] = field(default_factory=frozenset)
    #: English common words (lower case): a capitalised one is no one's surname by itself
    words: frozenset[str] = field(default_factory=frozenset)


class Pipeline:
    """Codes articles. ``Pipeline().code_text("...")`` for one text; ``code_batch`` for many."""

    def __init__(
        self, model: str = DEFAULT_MODEL, data: Sequence[str | Path] = (), batch_size: int = 16
    ) -> None:
        self.model = model
        self.data = tuple(str(p) for p in data)
        self.batch_size = batch_size
        self._res: Resources | None = None
        #: how many times this object loaded its resources (0 until first use, then 1)
        self.loads = 0

    # pickling: ship the settings, not the loaded model
    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "data": self.data, "batch_size": self.batch_size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._res = None
        self.loads = 0

    @property
    def resources(self) -> Resources:
        if self._res is None:
            self._res = self._load()
            self.loads += 1
        return self._res

    def _load(self) -> Resources:
        nlp = load_model(self.model)
        ontology = Ontology.load()
        dictionary = MemoActorDictionary.load(self.data)
        names = {k: [v, *dictionary.country_aliases.get(k, [])] for k, v in dictionary.country_names.items()}
        gazetteer = Gazetteer.load([p for p in self.data if Path(p).name.startswith("extra_places")], names)
        patterns = Patterns.load(ontology, self.data)
        report = frozenset(w for w, k in patterns.modality.items() if k == "report")
        return Resources(nlp, ontology, dictionary, gazetteer, patterns, report, english_words(nlp))

    # ---- coding ---------------------------------------------------------------------------------
    def code_text(self, text: str, published: dt.date | str | None = None, id: str = "text") -> ArticleResult:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return self.code_batch([Article(id=id, text=text, published=published)])[0]

    def code_batch(self, articles: Sequence[Article]) -> list[ArticleResult]:
        return list(self.code_stream(articles))

    def code_stream(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        res = self.resources
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.batch_size:
                yield from self._code(batch, res)
                batch = []
        if batch:
            yield from self._code(batch, res)

    def _code(self, articles: list[Article], res: Resources) -> list[ArticleResult]:
        docs = self._parse([a.text for a in articles], res)
        return [self._code_doc(a, d, res) for a, d in zip(articles, docs, strict=True)]

    def _parse(self, texts: list[str], res: Resources) -> list[Any]:
        from spacy.tokens import Doc

        pieces: list[str] = []
        owners: list[int] = []
        for i, t in enumerate(texts):
            for chunk in _chunks(t, MAX_CHUNK_CHARS):
                pieces.append(chunk)
                owners.append(i)
        parsed = list(parse(res.nlp, pieces, self.batch_size))
        docs: list[Any] = []
        for i in range(len(texts)):
            mine = [d for d, o in zip(parsed, owners, strict=True) if o == i]
            if len(mine) == 1:
                mine[0].user_data["newsevents_text"] = texts[i]  # spaCy keeps the text exactly (see text_of)
                docs.append(mine[0])
            else:
                docs.append(Doc.from_docs(mine, ensure_whitespace=False))
        return docs

    def _code_doc(self, art: Article, doc: Any, res: Resources) -> ArticleResult:
        result = ArticleResult(article=art, warnings=list(art.warnings))
        skip = boilerplate_spans(art.text, art.source)
        on = art.published
        dates = [d for d in find_dates(doc, on) if not _in(d.start, skip)]
        resolver = ActorResolver(res.dictionary, res.gazetteer, res.words)
        quoted = quote_spans(text_of(doc), skip)
        mentions = resolver.find(doc, on, skip, quoted)
        resolver.titled_people(doc, mentions)
        resolver.publisher_officials(mentions, resolver.author(art.source, on), quoted, on, art.text)
        context = {a.country for a in mentions.actors() if a.country}
        places: list[Place] = []
        place_ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        place_ents += [
            doc[m.start : m.end]
            for m in mentions.items
            if m.actor.rule == "gazetteer" and not any(e.start <= m.start < e.end for e in place_ents)
        ]
        named_in: dict[int, str] = {}  # "Atlanta, Georgia": the qualifier's start, and the country it is in
        moved: dict[int, str | None] = {}  # a qualifier so placed: its start, and the country it had at first
        qualified: set[int] = set()  # "Palm Beach, Florida": starts of places in the country named after them
        first_named = {m.start for m in mentions.items if m.actor.rule == "coref:first-name"}
        for ent in sorted(place_ents, key=lambda e: e.start):
            if ent.start in first_named:
                continue  # "grateful to Ann": a person named before by her first name, not a town
            if not _in(ent.start_char, skip) and not title_or_currency(doc, ent.start, ent.end):
                text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                start = ent.start_char + (len(ent.text) - len(text))
                seat = res.dictionary.lookup_name(text)
                if seat is not None and seat.kind == "seat" and seat.key:
                    # "near the White House", "outside the Kremlin": the seat's country, not a namesake town
                    name = res.dictionary.country_names.get(seat.key, seat.key)
                    p = res.gazetteer.place(name, start, ent.end_char)
                    if p is not None:
                        p.text = text
                else:
                    # "Brest, France", "Paris, Texas": the country or state named right after decides
                    then, sure = _qualifier(doc, ent, place_ents, res.gazetteer, named_in)
                    p = res.gazetteer.place(text, start, ent.end_char, {then} if then else context)
                    if then and sure and p is not None and p.country != then:
                        p = _qualified(res, text, start, ent.end_char, then) or p
                    if then and p is not None and p.country == then:
                        qualified.add(p.start)
                    if p is not None and ent.start in named_in and p.country != named_in[ent.start]:
                        q = _namesake_state(res, p, named_in[ent.start])
                        if q is not None:
                            moved[q.start], p = p.country, q
                if p is not None:
                    places.append(p)
        places += _venues(doc, res.gazetteer, context, skip, {p.start for p in places})
        places.sort(key=lambda p: p.start)
        before = {p.start: p.country for p in places} | moved
        places = res.gazetteer.settle(places)
        _follow_places(mentions, places, before, qualified)
        publisher = resolver.author(art.source, on)
        quotes = find_quotes(
            doc,
            mentions,
            res.report_verbs,
            skip,
            holder=lambda role: resolver.office_holder(publisher, role, on),
            author=_author_actor(resolver, statement_author(art.title, art.text), on),
        )
        speakers = [(q.start, q.end, q.speaker) for q in quotes if q.speaker is not None]
        author = resolver.author(art.source, on)
        turns = foreign_turns(doc, mentions, resolver, on, author, publisher, art.title)
        speakers += turns
        # the one foreign speaker of a transcript whose turns are all of one country, whom the host addresses
        guest = titled_guest(art.title, art.text, turns)
        ctx = ArticleContext(
            published=on,
            dates=dates,
            places=places,
            mentions=mentions,
            speakers=speakers,
            skip=skip,
            article_id=art.id,
            author=author,
            quote_spans=[(q.start, q.end) for q in quotes],
            turns=turns,
            guest=guest,
            host_turns=host_turns(art.text, turns) if turns else [],
            covers=covered_month(art.title, on),
            concerns=emergency_concerns(art.title),
            headline=frozenset(res.dictionary.countries_in(art.title or "")),
        )
        if JOINT_TITLE.match(art.title or "") and len(ctx.headline) == 2:
            ctx.signatories = tuple(sorted(ctx.headline))
        ctx.venue = heading_venue(art.text, places)
        ctx.home = home_country(ctx)
        if ctx.home is not None:
            ctx.home_place = _country_place(res, ctx.home)
        if author is not None and author.key:
            ctx.author_place = _country_place(res, author.key)
        for m in mentions.items:
            k = m.actor.key
            if k and m.actor.kind == "country" and k not in ctx.country_places:
                if (place := _country_place(res, k)) is not None:
                    ctx.country_places[k] = place
        events, unasserted = Coder(res.patterns, res.ontology).code(doc, ctx)
        result.actors = [m.actor for m in mentions.items]
        result.events = events
        result.unasserted_events = unasserted
        result.quotes = quotes
        result.places = places
        result.dates = dates
        return result


#: the title of a statement two governments sign together ("Joint Statement by President X of ... and ...")
JOINT_TITLE = re.compile(r"\s*(?:Joint|Bilateral) (?:Statement|Declaration)\b", re.I)
#: a transcript's heading line that names a place only: "Washington, D.C.", "Melbourne, Australia"
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
PLACE_LINE = re.compile(rf"{_PLACE_WORDS}(?:, {_PLACE_WORDS})?")


def heading_venue(text: str, places: Sequence[Place]) -> Place | None:
    """The place where a transcript's remarks were given: a heading line above its first turn label
    ("SECRETARY BLINKEN: ...") that is a place name and nothing else. None for any other text."""
    label = TURN_LABEL.search(text)
    if label is None:
        return None
    pos = 0
    for line in text[: label.start()].split("\n"):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s or not PLACE_LINE.fullmatch(s):
            continue
        first = start + (len(line) - len(line.lstrip()))
        found = [p for p in places if p.start == first and p.country]
        if found:
            return found[0]
    return None


def _author_actor(resolver: ActorResolver, name: str | None, on: dt.date | None) -> Actor | None:
    """The person a statement's title or signature names as its author (`statement_author`), as the
    dictionary knows them, else by the name as written."""
    if not name:
        return None
    known = resolver.resolve_name(name, "PERSON", on)
    if known is not None and known.kind == "person":
        return known
    return Actor(text=name, name=name, key=None, kind="person", rule="quote:author")


def _follow_places(
    mentions: Any,
    places: list[Place],
    before: dict[int, str | None],
    qualified: AbstractSet[int],
) -> None:
    """A place the gazetteer settled in another country ("Georgia" beside Michigan: the US state): the actor
    its name stands for moves with it. So does a town's actor that the gazetteer alone put in another country
    than the one the text names right after the town ("Palm Beach, Florida"; ``qualified`` are the starts of
    such places)."""
    moved = {
        p.start: p for p in places if p.country and (p.country != before.get(p.start) or p.start in qualified)
    }
    if not moved:
        return
    for m in mentions.items:
        a = m.actor
        p = moved.get(a.start) if a.start is not None else None
        if p is None or a.kind not in ("country", "place") or a.key == p.country:
            continue
        if p.country != before.get(p.start) and a.key == before.get(p.start):
            m.actor = a.rekeyed(p.country or "", f"{a.rule}+settled")
        elif p.start in qualified and a.kind == "place" and a.rule == "gazetteer":
            m.actor = a.rekeyed(p.country or "", f"{a.rule}+qualified")


def _in(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _chunks(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters that end at paragraph (else line, else space) breaks and
    join back to exactly ``text``."""
    if len(text) <= limit:
        return [text]
    out = []
    pos = 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            window = text[pos:end]
            for sep in ("\n\n", "\n", ". ", " "):
                k = window.rfind(sep)
                if k > limit // 4:
                    end = pos + k + len(sep)
                    break
        out.append(text[pos:end])
        pos = end
    return out


# ---- worker processes ------------------------------------------------------------------------------

_WORKER: dict[str, Pipeline] = {}  # one per worker process, filled by the pool initializer only


def _init_worker(pipe: Pipeline) -> None:
    _WORKER["pipe"] = pipe
    _ = pipe.resources


def _work(articles: list[Article]) -> list[dict[str, Any]]:
    return [r.to_dict() for r in _WORKER["pipe"].code_batch(articles)]


def code_parallel(
    pipe: Pipeline, articles: Iterable[Article], jobs: int, chunk: int = 16, window: int | None = None
) -> Iterator[dict[str, Any]]:
    """Code in ``jobs`` worker processes, each loading the pipeline once; output keeps input order.

    At most ``window`` batches of ``chunk`` articles (default: four per worker) are read ahead and in
    flight, so memory stays bounded however long the input is (``Executor.map`` would read it all).
    """
    import multiprocessing as mp
    from collections import deque

    window = window or 4 * jobs
    with ProcessPoolExecutor(
        jobs, mp_context=mp.get_context("spawn"), initializer=_init_worker, initargs=(pipe,)
    ) as ex:
        pending: deque[Any] = deque()
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= chunk:
                pending.append(ex.submit(_work, batch))
                batch = []
                while len(pending) >= window:
                    yield from pending.popleft().result()
        if batch:
            pending.append(ex.submit(_work, batch))
        while pending:
            yield from pending.popleft().result()


_ = re  # re is used by subclasses in tests


#: gatherings named after their host city ("the Munich Security Conference", "the Madrid summit")
VENUE_EVENTS = frozenset(
    "conference forum summit dialogue meeting convention congress festival expo exhibition games assembly "
    "symposium talks".split()
)


def _venues(
    doc: Doc, gazetteer: Gazetteer, context: set[str], skip: list[tuple[int, int]], taken: set[int]
) -> list[Place]:
    """ "at the Munich Security Conference", "in the Paris Peace Forum": an event or building named after
    a city, where something happened, is in that city."""
    out: list[Place] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "EVENT") or len(ent) < 2 or _in(ent.start_char, skip):
            continue
        if ent.root.lemma_.lower() not in VENUE_EVENTS:
            continue  # "at Windsor Castle", "at the Paris Opera": a building, not necessarily in that city
        first = ent[1] if ent[0].lower_ == "the" else ent[0]
        if (
            ent.root.dep_ != "pobj"
            or ent.root.head.lower_ not in ("at", "in", "during")
            or first.i == ent.root.i
        ):
            continue
        start = first.idx
        if first.pos_ != "PROPN" or start in taken:
            continue
        c = gazetteer.lookup(first.text, context)
        if c is None or c.kind not in ("city", "capital") or c.rank < 100_000:
            continue
        p = gazetteer.place(first.text, start, ent.end_char, context)
        if p is not None:
            p.text = text_of(doc)[start : ent.end_char]  # the whole venue is where it happened
            out.append(p)
    return out


#: the direction words of a place's country ("Tripoli, in northern Lebanon")
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern far".split()
)
#: words between a place, its comma and the country it is in ("Solhan, a village in northern Burkina Faso")
QUALIFIER_WORDS = DIRECTIONS | frozenset(
    "in a an the village town city district region province county area".split()
)


def _qualifier(
    doc: Any, ent: Any, place_ents: list[Any], gazetteer: Gazetteer, named_in: dict[int, str]
) -> tuple[str | None, bool]:
    """The country of the country or US state named right after a place and its comma ("Brest, France",
    "Paris, Texas", "Solhan, in Burkina Faso's Yagha province", "Tripoli, in northern Lebanon"), and whether
    it surely says where the place is: after "in", or closed by a comma, a stop or "'s" ("Blenheim, England,
    after ..."), not the start of a clause ("Today in Seoul, U.S. envoy Sung Kim met ..."), and a name of one
    country only ("Atlanta, Georgia" may be the US state)."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None, False
    i = ent.end + 1
    while i < len(doc) and i - ent.end <= 5 and doc[i].lower_ in QUALIFIER_WORDS:
        i += 1
    nxt = next((e for e in place_ents if e.start == i), None)
    if nxt is None or (i > ent.end + 1 and doc[i - 1].lower_ != "in" and doc[i - 1].lower_ not in DIRECTIONS):
        return None, False
    name = re.sub(r"['’]s$", "", nxt.text)  # "in Burkina Faso's Yagha province"
    then = gazetteer.lookup(name)
    ok = ("country", "state", "constituent country")
    if then is None or then.kind not in ok:
        return None, False
    named = {c.country for c in gazetteer.candidates(name) if c.kind in ok}
    if len(named) > 1:
        # "Atlanta, Georgia": the US state or the country? The one the town before it (or a town joined to
        # it: "Atlanta and Clarkston, Georgia") is in, when only one
        towns = [ent.text] + [t.text for t in ent.root.conjuncts if t.ent_type_ in ("GPE", "LOC", "FAC")]
        fits = named & {c.country for t in towns for c in gazetteer.candidates(t) if c.kind not in ok}
        if len(fits) != 1:
            return then.country, False
        named_in[nxt.start] = next(iter(fits))
        return named_in[nxt.start], True
    after = doc[nxt.end] if nxt.end < len(doc) else None
    closed = (
        after is None or after.is_punct or after.lower_ in ("'s", "’s") or nxt.text.endswith(("'s", "’s"))
    )
    return then.country, closed or i > ent.end + 1


def _qualified(res: Resources, text: str, start: int, end: int, country: str) -> Place | None:
    """The place ``text`` in ``country``, the country the text says it is in: its namesake there however
    small, else (a town the gazetteer does not know there: "Solhan, in Burkina Faso" is no Turkish town)
    the country itself. A country, state or region keeps its own name ("Georgia, Armenia and Azerbaijan")."""
    cands = res.gazetteer.candidates(text)
    if any(c.kind in ("country", "state", "constituent country", "region", "disputed") for c in cands):
        return None
    c = next((c for c in cands if c.country == country), None)
    if c is not None:
        return _candidate_place(c, text, start, end)
    p = _country_place(res, country)
    if p is not None:
        p.text, p.start, p.end = text, start, end
    return p


def _namesake_state(res: Resources, p: Place, country: str) -> Place | None:
    """The state or country of ``p``'s name in ``country`` ("Georgia" the US state), in ``p``'s words."""
    cands = res.gazetteer.candidates(p.text)
    c = next((c for c in cands if c.country == country and c.kind in ("country", "state")), None)
    return None if c is None else _candidate_place(c, p.text, p.start, p.end)


def _candidate_place(c: Any, text: str, start: int, end: int) -> Place:
    """The gazetteer's candidate ``c`` as the place named by ``text`` at ``start``-``end``."""
    return Place(
        text=text, name=c.name, country=c.country, lat=c.lat, lon=c.lon, kind=c.kind, start=start, end=end
    )


def _country_place(res: Resources, key: str) -> Place | None:
    """A country as a place of its own (country-level coordinates), not tied to any words of the text."""
    place = res.gazetteer.place(res.dictionary.country_names.get(key, key), 0, 0)
    if place is not None:
        place.text = ""
    return place
