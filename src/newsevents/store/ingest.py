"""What ``newsevents ingest`` reads: coded JSONL records, or raw articles that it codes first.

A file whose first non-blank line is a ``newsevents/article.v1`` record is read as records (every line
must be one). Any other file is a raw article source and goes through the coder:
``newsevents.read.read_paths`` and ``newsevents.pipeline.Pipeline.code_batch``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, RecordError, StoreError
from .records import is_record


class CoderUnavailableError(StoreError):
    code = "E043"


def _open(path: str) -> Any:
    if path == "-":
        return sys.stdin
    return open(path, encoding="utf-8-sig")


def is_record_file(path: str) -> bool:
    """True when the file's first non-blank line is a coded record."""
    if path == "-":
        return True  # stdin holds records (raw text on stdin goes through `newsevents code`)
    p = Path(path)
    if p.is_dir():
        return False  # a folder of raw articles: the coder's reader walks it
    if not p.is_file():
        raise InputError(path, "no such file")
    if p.suffix.lower() not in (".jsonl", ".ndjson", ".json", ""):
        return False
    try:
        with p.open(encoding="utf-8-sig") as f:
            for line in f:
                if line.strip():
                    try:
                        return is_record(json.loads(line))
                    except json.JSONDecodeError:
                        return False
    except UnicodeDecodeError:
        return False
    return False


def count_lines(paths: Sequence[str]) -> int | None:
    if "-" in paths:
        return None
    n = 0
    for p in paths:
        with open(p, "rb") as f:
            n += sum(1 for line in f if line.strip())
    return n


def read_records(paths: Sequence[str]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every record of the given JSONL files, with its origin (``file:line``)."""
    for path in paths:
        name = "<stdin>" if path == "-" else path
        f = _open(path)
        try:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                origin = f"{name}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise RecordError(origin, f"not JSON ({e.msg})") from None
                if not is_record(rec):
                    raise RecordError(
                        origin,
                        'not a coded record ("schema": "newsevents/article.v1" missing); '
                        "put raw articles in their own files",
                    )
                yield rec, origin
        finally:
            if f is not sys.stdin:
                f.close()


def code_raw(paths: Sequence[str], batch_size: int = 32) -> Iterator[tuple[dict[str, Any], str]]:
    """Read raw articles with the project's reader and code them with the Pipeline, in batches."""
    try:
        from ..pipeline import Pipeline  # type: ignore[import-not-found,unused-ignore]
        from ..read import read_paths  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError as e:
        if e.name not in ("newsevents.pipeline", "newsevents.read"):
            raise
        raise CoderUnavailableError(
            f"{', '.join(paths)}: not coded records, and the coder ({e.name}) is not available in this "
            "installation; code them first with `newsevents code`"
        ) from None
    pipe = Pipeline()
    batch: list[Any] = []
    for article in read_paths(list(paths)):
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _code(pipe, batch)
            batch = []
    if batch:
        yield from _code(pipe, batch)


def _code(pipe: Any, batch: list[Any]) -> Iterator[tuple[dict[str, Any], str]]:
    for article, result in zip(batch, pipe.code_batch(batch), strict=True):
        yield result.to_dict(), getattr(article, "origin", "<article>")
