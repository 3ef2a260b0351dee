"""Query time limits: a read that runs too long is cancelled and becomes a :class:`QueryTimeoutError`.

SQLite: a progress handler checks a deadline every few thousand virtual-machine steps and interrupts
the statement. PostgreSQL: ``SET LOCAL statement_timeout`` for the read transaction. The web app sets
``Store.query_timeout`` (``newsevents serve --query-timeout``); the command line has no limit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from ..errors import QueryTimeoutError

#: SQLite virtual-machine steps between two looks at the clock
SQLITE_STEPS = 20_000


def _message(seconds: float) -> str:
    return f"the query ran over the time limit ({seconds:g} s) and was cancelled; narrow the filters"


@contextmanager
def time_limit(conn: Connection, dialect: str, seconds: float | None) -> Iterator[None]:
    """Cancel any statement run on ``conn`` in this block once ``seconds`` have passed."""
    if not seconds or seconds <= 0:
        yield
        return
    if dialect == "sqlite":
        raw = conn.connection.dbapi_connection
        deadline = time.monotonic() + seconds
        raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, SQLITE_STEPS)  # type: ignore[union-attr]
        try:
            yield
        except DBAPIError as e:
            if "interrupted" in str(e.orig) and time.monotonic() > deadline:
                raise QueryTimeoutError(_message(seconds)) from None
            raise
        finally:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
        return
    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
    try:
        yield
    except DBAPIError as e:
        if getattr(e.orig, "sqlstate", None) == "57014":  # query_canceled
            raise QueryTimeoutError(_message(seconds)) from None
        raise
