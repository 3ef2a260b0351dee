"""The web UI and JSON API over the store: ``create_app(store_or_url)``, served by ``newsevents serve``."""

from .app import create_app

__all__ = ["create_app"]
