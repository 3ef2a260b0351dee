"""Exports of the store: events as CSV, JSON Lines or Parquet; real-world events as GDELT 2.0 event-table
rows or PLOVER JSON records. The field mappings are documented in ``docs/exports.md``.

>>> from newsevents.export import export                    # doctest: +SKIP
>>> export(store, "gdelt", "events.tsv", EventQuery.build(actor="RUS"))  # doctest: +SKIP
"""

from __future__ import annotations

from .write import FORMATS, export

__all__ = ["FORMATS", "export"]
