"""Readers: files and streams into :class:`~newsevents.types.Article`.

Supported: ``.txt`` (the first line is the title when a blank line follows it), ``.html``/``.htm``
(trafilatura: body text, title, publication date), ``.json`` (one object or a list of objects),
``.jsonl`` (one object per line), directories (recursive, sorted) and ``-`` (JSON Lines on standard
input). JSON fields: ``text`` (required), ``id``, ``title``, ``published`` (alias ``date``; a datetime
keeps its date part), ``source``, ``url``.

Problems with one input never stop the others: :func:`read_paths` appends an
:class:`~newsevents.errors.InputError` per bad input to the ``errors`` list it is given, and warnings
(replaced bytes, unparseable dates) travel with the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .errors import BinaryInputError, EmptyInputError, InputError, RecordError
from .types import Article

#: a file larger than this is refused (a clear error instead of exhausting memory)
MAX_FILE_BYTES = 64 * 1024 * 1024
#: an article longer than this is refused: the coder's time and memory grow with the text (about a minute
#: and a gigabyte or two per million characters of prose), so a 50 MB text is an error, not a day's work
MAX_TEXT_CHARS = 2_000_000
#: plausible publication years (a number outside these is not a date)
YEARS = range(1800, 2201)
#: dateparser's parsers for fixed dates (not "yesterday" or "in two days")
ABSOLUTE_PARSERS = ["timestamp", "custom-formats", "absolute-time"]
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


def content_id(text: str) -> str:
    """A stable id from the text itself (same text, same id, in every run and process)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def json_type(value: Any) -> str:
    """The JSON name of a value's type (for messages): object, array, string, number, boolean, null."""
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def parse_published(value: Any) -> tuple[dt.date | None, str | None]:
    """A publication date from a JSON value: (date, warning). Datetimes keep their date part.

    Numbers: a year (1900-2100), else Unix time in seconds, or in milliseconds when above 1e11 (as
    JavaScript writes them). Strings: ISO dates and datetimes, then absolute dates in other forms
    ("31/12/2019", "12 Jan 2019", a Unix time); relative words ("yesterday", "Tuesday") and dates without a
    year have no fixed day and are refused with the warning, as are dates outside 1800-2200.
    """
    if value is None or value == "":
        return None, None
    bad = f"unparseable date {value!r}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1900 <= value <= 2100 and float(value).is_integer():
            return dt.date(int(value), 1, 1), None
        try:
            secs = float(value) / 1000 if abs(value) >= 1e11 else float(value)
            day = dt.datetime.fromtimestamp(secs, tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None, bad
        return (day, None) if day.year in YEARS else (None, bad)
    if not isinstance(value, str):
        return None, bad
    s = value.strip()
    if not re.search(r"\d{4}", s):
        return None, bad  # "yesterday", "Tuesday", "31/12": no fixed day
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None, bad
        return (day, None) if day.year in YEARS else (None, bad)
    try:
        day = dt.datetime.fromisoformat(s).date()
        return (day, None) if day.year in YEARS else (None, bad)
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(
        s,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "PARSERS": ABSOLUTE_PARSERS},
    )
    if parsed is None or parsed.year not in YEARS:
        return None, bad
    return parsed.date(), None


def decode_bytes(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Text from bytes: BOM-aware, UTF-8 first, invalid bytes replaced with a warning."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError as e:
            raise InputError(origin, f"invalid UTF-16 ({e.reason})") from e
    if looks_binary(data):
        raise BinaryInputError(origin, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"{origin}: invalid UTF-8 at byte {e.start}; {bad} character(s) replaced")
    return text, warnings


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def normalise_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def article_from_record(obj: Any, origin: str) -> Article:
    """An Article from one JSON record, or a RecordError naming what is wrong."""
    if not isinstance(obj, dict):
        raise RecordError(origin, f"expected a JSON object, got {json_type(obj)}")
    text = obj.get("text")
    if text is None:
        raise RecordError(origin, "missing field 'text'" if "text" not in obj else "field 'text' is null")
    if not isinstance(text, str):
        raise RecordError(origin, f"field 'text' must be a string, got {json_type(text)}")
    check_length(text, origin)
    text = normalise_text(text)
    if not text.strip():
        raise EmptyInputError(origin, "empty text")
    warnings = []
    published, w = parse_published(obj.get("published", obj.get("date")))
    if w:
        warnings.append(f"{origin}: {w}; events keep date null unless the text dates them")
    fields = {}
    for key in ("id", "title", "source", "url"):
        v = obj.get(key)
        if v is not None and (not isinstance(v, (str, int, float)) or isinstance(v, bool)):
            raise RecordError(origin, f"field {key!r} must be a string, got {json_type(v)}")
        fields[key] = str(v) if v is not None else None
    return Article(
        id=fields["id"] or content_id(text),
        text=text,
        title=fields["title"],
        published=published,
        source=fields["source"],
        url=fields["url"],
        origin=origin,
        warnings=warnings,
    )


def check_length(text: str, origin: str) -> None:
    """Refuse a text over :data:`MAX_TEXT_CHARS` with a message that says how long it is."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            origin,
            f"text too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,} per article): "
            "split it into articles",
        )


def read_text_file(text: str, origin: str, warnings: list[str]) -> Article:
    check_length(text, origin)
    text = normalise_text(text).lstrip("\ufeff")
    if not text.strip():
        raise EmptyInputError(origin, "empty file")
    title = None
    body = text
    lines = text.split("\n", 2)
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 300:
        title = lines[0].strip()
        body = lines[2]
    body = body.strip("\n")
    if not body.strip():
        raise EmptyInputError(origin, "no text after the title")
    return Article(id=content_id(body), text=body, title=title, origin=origin, warnings=list(warnings))


def read_html(text: str, origin: str, warnings: list[str]) -> Article:
    import trafilatura

    if not text.strip():
        raise EmptyInputError(origin, "empty file")
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises many kinds of parser errors on broken markup
        raise InputError(origin, f"broken HTML ({type(e).__name__})") from e
    if doc is None:
        raise EmptyInputError(origin, "no article text found in the HTML")
    body = normalise_text(getattr(doc, "text", None) or "")
    if not body.strip():
        raise EmptyInputError(origin, "no article text found in the HTML")
    check_length(body, origin)
    published, w = parse_published(getattr(doc, "date", None))
    ws = list(warnings)
    if w:
        ws.append(f"{origin}: {w}")
    return Article(
        id=content_id(body),
        text=body,
        title=getattr(doc, "title", None),
        published=published,
        source=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        origin=origin,
        warnings=ws,
    )


def read_jsonl_stream(stream: TextIO, origin: str, errors: list[InputError]) -> Iterator[Article]:
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(RecordError(where, f"broken JSON ({e.msg} at column {e.colno})"))
            continue
        try:
            yield article_from_record(obj, where)
        except InputError as e:
            errors.append(e)


def read_file(path: Path, errors: list[InputError]) -> Iterator[Article]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                origin,
                f"file too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)",
            )
        data = path.read_bytes()
    except OSError as e:
        errors.append(InputError(origin, f"cannot read ({e.strerror or e})"))
        return
    except InputError as e:
        errors.append(e)
        return
    try:
        if not data.strip():
            raise EmptyInputError(origin, "empty file")
        text, warnings = decode_bytes(data, origin)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            for art in read_jsonl_stream(io.StringIO(text), origin, errors):
                art.warnings[:0] = warnings
                yield art
            return
        if suffix in JSON_SUFFIXES:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                raise RecordError(origin, f"broken JSON ({e.msg} at line {e.lineno} column {e.colno})") from e
            records = obj if isinstance(obj, list) else [obj]
            if not records:
                raise EmptyInputError(origin, "empty JSON list")
            for i, rec in enumerate(records):
                where = f"{origin}[{i}]" if isinstance(obj, list) else origin
                try:
                    art = article_from_record(rec, where)
                except InputError as e:
                    errors.append(e)
                    continue
                art.warnings[:0] = warnings
                yield art
            return
        if suffix in HTML_SUFFIXES:
            yield read_html(text, origin, warnings)
            return
        yield read_text_file(text, origin, warnings)
    except InputError as e:
        errors.append(e)


def read_paths(
    paths: Iterable[str | Path], errors: list[InputError] | None = None, stdin: TextIO | None = None
) -> Iterator[Article]:
    """Every article in ``paths`` (files, directories, ``-``), in a stable order.

    Bad inputs are appended to ``errors`` and reading goes on; without an ``errors`` list the first
    problem is raised.
    """
    own: list[InputError] = [] if errors is None else errors
    for p in paths:
        if str(p) == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _checked(read_jsonl_stream(stream, "<stdin>", own), own, errors is None)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                own.append(
                    InputError(str(path), "directory holds no readable files (.txt .html .json .jsonl)")
                )
            for f in files:
                yield from _checked(read_file(f, own), own, errors is None)
        elif path.exists():
            yield from _checked(read_file(path, own), own, errors is None)
        else:
            own.append(InputError(str(path), "no such file or directory"))
        if errors is None and own:
            raise own[0]


def _checked(items: Iterator[Article], errs: list[InputError], strict: bool) -> Iterator[Article]:
    for art in items:
        if strict and errs:
            raise errs[0]
        yield art
    if strict and errs:
        raise errs[0]


BOILERPLATE_LINE = re.compile(
    r"^\s*(more (news|stories|from|on)\b|read (more|also|next)\b|also read\b|"
    r"related( (stories|articles|news))?:|"
    r"follow us\b|subscribe\b|sign up\b|click here\b|share (this|on)\b|copyright\b|©|all rights reserved|"
    r"sources?:?\s*$|have an opinion\b|advertisement\s*$|(this|the) (story|article) (was|has been) (updated|"
    r"corrected)|you (may|might) also like|recommended\b|download (our|the) app|watch:|listen:|"
    r"reporting by\b|editing by\b|for further information\b|###\s*$|office of the spokesperson\s*$|"
    r"the (below|following) is attributable to\b|for immediate release\s*$)",
    re.I,
)


#: a picture's caption ends with its credit: "... at the signing of the treaty Image: A. Photographer."
CAPTION_CREDIT = re.compile(r"Image:\s*\S[^\n]{0,80}$")


def boilerplate_spans(text: str, source: str | None = None) -> list[tuple[int, int]]:
    """Character spans of site furniture to leave uncoded ("More News at ...", "Read more", credits,
    picture captions).

    A line counts when it opens like site furniture and is short, when it is a short line that ends with a
    picture credit ("Image: ..."), or when it is a short line without sentence punctuation at the end of
    the text that names the publication.
    """
    spans = []
    pos = 0
    lines = text.split("\n")
    last_content = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    src = (source or "").strip().lower()
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            continue
        words = len(s.split())
        if (words <= 20 and BOILERPLATE_LINE.match(s)) or (words <= 40 and CAPTION_CREDIT.search(s)):
            spans.append((start, end))
        elif (
            i == last_content and src and src in s.lower() and words <= 12 and not s.endswith((".", '"', "”"))
        ):
            spans.append((start, end))
    return spans
