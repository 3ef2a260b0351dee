"""Every error newsevents raises, in one place.

The tree::

    NewsEventsError                 base of everything the library raises
    ├── DataFileError               a bundled or user data file has bad entries (all listed at once)
    ├── InputError                  one input (file, line, record) cannot be read (HTTP 400)
    │   ├── EmptyInputError         the input holds no text
    │   ├── BinaryInputError        the input is not text
    │   └── RecordError             a JSON record is broken or lacks a field
    ├── ModelError                  the spaCy model cannot be loaded
    ├── GoldFileError               a gold file for `eval` is malformed
    ├── StoreError                  the event store cannot be opened or written (HTTP 500)
    │   ├── StoreConfigError        a database URL is malformed or names an unsupported backend
    │   ├── SchemaVersionError      the database was written by a newer newsevents
    │   └── QueryTimeoutError       a query ran over the server's time limit (HTTP 503)
    ├── ExportError                 an export cannot be written (bad format, unwritable file)
    ├── FeedError                   a feed or its item page cannot be fetched or parsed (watch)
    └── QueryError                  a query parameter is invalid (HTTP 400)
        ├── NotFoundError           an article, event or page does not exist (HTTP 404)
        └── UnknownActorError       no actor with that key is in the store (HTTP 404)
    AccessError                     (under NewsEventsError) a write without permission (HTTP 403)
    └── AuthRequiredError           a write without a token (HTTP 401)
    RequestTooLargeError            (under NewsEventsError) a request body over the limit (HTTP 413)
    ParquetError                    (under NewsEventsError) Parquet shards cannot be written or read
    ClusterError                    (under NewsEventsError) the Dask cluster cannot be reached, or its workers
                                    cannot code

Each error carries a short code, printed as ``[E012] ...``, and the HTTP status the web API answers
it with (``status``). Library code raises; only the CLI prints and exits, and only the web app's one
handler turns errors into responses.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class; ``code`` is a stable identifier such as ``E001``."""

    code = "E000"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class DataFileError(NewsEventsError):
    """One or more entries of a data file are invalid; ``problems`` lists every one."""

    code = "E001"

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        shown = "; ".join(self.problems[:20])
        more = f" (and {len(self.problems) - 20} more)" if len(self.problems) > 20 else ""
        super().__init__(
            f"{path}: {len(self.problems)} bad entr{'y' if len(problems) == 1 else 'ies'}: {shown}{more}"
        )


class InputError(NewsEventsError):
    """An input cannot be coded. ``source`` names the file (and line) it came from."""

    code = "E010"
    status = 400

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class EmptyInputError(InputError):
    code = "E011"


class BinaryInputError(InputError):
    code = "E012"


class RecordError(InputError):
    code = "E013"


class ModelError(NewsEventsError):
    code = "E020"


class GoldFileError(NewsEventsError):
    code = "E030"


class StoreError(NewsEventsError):
    """The store cannot be opened, migrated or written."""

    code = "E040"


class StoreConfigError(StoreError):
    code = "E041"
    status = 400


class SchemaVersionError(StoreError):
    """The database's schema version is newer than this release understands."""

    code = "E042"


class ExportError(NewsEventsError):
    code = "E080"


class FeedError(NewsEventsError):
    """One feed (or one of its items) failed; ``url`` names it. The watcher logs it and goes on."""

    code = "E081"

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"{url}: {problem}")


class QueryError(NewsEventsError):
    """A query parameter is invalid. ``param`` names it (for the API's error envelope)."""

    code = "E050"
    status = 400

    def __init__(self, message: str, param: str | None = None) -> None:
        self.param = param
        super().__init__(message)


class NotFoundError(QueryError):
    code = "E051"
    status = 404


class UnknownActorError(NotFoundError):
    code = "E052"


class QueryTimeoutError(StoreError):
    """A read ran longer than the store's ``query_timeout`` and was cancelled."""

    code = "E044"
    status = 503


class AccessError(NewsEventsError):
    """Writes are disabled, or the token is wrong."""

    code = "E060"
    status = 403


class AuthRequiredError(AccessError):
    """A write request without a token."""

    code = "E061"
    status = 401


class RequestTooLargeError(NewsEventsError):
    """A request body over the server's limit."""

    code = "E062"
    status = 413


class ParquetError(NewsEventsError):
    """Parquet shards cannot be written or read, or pyarrow is not installed."""

    code = "E070"


class ClusterError(NewsEventsError):
    """The Dask scheduler cannot be reached, distributed is not installed, or a worker cannot code
    (newsevents or the spaCy model missing there, or a different newsevents version)."""

    code = "E071"
