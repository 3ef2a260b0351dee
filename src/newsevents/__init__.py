"""newsevents: who did what to whom, when and where, and who said what — from news text.

The public API::

    from newsevents import Pipeline
    result = Pipeline().code_text("...", published="2019-01-23")
"""

from __future__ import annotations

from .errors import DataFileError, InputError, ModelError, NewsEventsError
from .pipeline import Pipeline
from .read import read_paths
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
