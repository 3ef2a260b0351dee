"""newsevents: who did what to whom, when and where, and who said what — from news text.

The public API::

    from newsevents import Pipeline
    result = Pipeline().code_text("...", published="2019-01-23")

    from newsevents.store import Store
    store = Store("newsevents.db")

``Pipeline`` (and with it spaCy) is imported on first use, so the store and the web server start
without loading the parser.
"""

from __future__ import annotations

from typing import Any

from .errors import DataFileError, InputError, ModelError, NewsEventsError
from .types import Actor, Article, ArticleResult, DateMention, Event, Evidence, Place, Quote

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "DataFileError",
    "DateMention",
    "Event",
    "Evidence",
    "InputError",
    "ModelError",
    "NewsEventsError",
    "Pipeline",
    "Place",
    "Quote",
    "read_paths",
]


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "read_paths":
        from .read import read_paths

        return read_paths
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
