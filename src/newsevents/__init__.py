"""newsevents: who did what to whom, when and where, and who said what — from news text.

(Minimal package marker of the ``store`` branch; the main branch's ``__init__`` with the public API
replaces it on merge.)
"""

from __future__ import annotations

__version__ = "0.1.0"
