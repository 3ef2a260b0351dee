"""The parsing helpers: curly apostrophes read as ASCII by the parser, the Doc kept over the words given."""

from __future__ import annotations

from newsevents.nlp import ascii_apostrophes, parse, sent_of, text_of

TEXT = (
    "Russia’s foreign minister met Japan’s envoy in Moscow on Monday. "
    "“We didn’t agree,” he said, calling the talks ‘useful’.\n\nThe ministers’ aides left."
)


def _annotation(doc):
    return [
        (t.tag_, t.pos_, str(t.morph), t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        + (t.whitespace_,)
        for t in doc
    ]


def test_parse_keeps_original_words_and_copies_the_parse(nlp):
    (doc,) = parse(nlp, [TEXT])
    (plain,) = parse(nlp, [ascii_apostrophes(TEXT)])
    assert doc.text == TEXT and text_of(doc) == TEXT
    assert [t.idx for t in doc] == [t.idx for t in plain]
    assert _annotation(doc) == _annotation(plain)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in plain.ents]
    assert [s.start for s in doc.sents] == [s.start for s in plain.sents]
    words = {t.text: t for t in doc}
    # the possessive and the contraction parse as in ASCII and keep their own mark in the lemma
    assert words["’s"].dep_ == "case" and words["’s"].lemma_ == "’s"
    assert "n’t" in words and "'" not in words["n’t"].lemma_
    assert sent_of(words["aides"]).text == "The ministers’ aides left."


def test_parse_leaves_ascii_text_untouched(nlp):
    text = "Japan's envoy met Russia's minister."
    (doc,) = parse(nlp, [text])
    assert doc.text == text and doc[1].text == "'s"
