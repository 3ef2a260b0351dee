"""The event store: coded articles in SQLite (default) or PostgreSQL, and the queries analysts ask.

>>> from newsevents.store import Store, EventQuery      # doctest: +SKIP
>>> store = Store()                                      # newsevents.db, or $NEWSEVENTS_DB
>>> store.events(EventQuery.build(dyad=("RUS", "JPN"), cameo="04"), limit=20)["items"]
"""

from .query import EventQuery
from .schema import SCHEMA_VERSION
from .store import IngestStats, Store, resolve_url

__all__ = ["EventQuery", "IngestStats", "SCHEMA_VERSION", "Store", "resolve_url"]
