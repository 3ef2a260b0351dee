"""The Pipeline object: resources loaded once per process, pickled as settings only."""

from __future__ import annotations

import pickle

from newsevents.pipeline import Pipeline


class CountingPipeline(Pipeline):
    """Counts calls of the expensive loader without loading anything."""

    def _load(self):  # type: ignore[override]
        self.load_calls = getattr(self, "load_calls", 0) + 1
        return object()


def test_pipeline_loads_resources_once():
    p = CountingPipeline(model="some_model", data=["extra.tsv"])
    assert p.loads == 0
    first = p.resources
    assert p.resources is first
    assert p.resources is first
    assert p.load_calls == 1
    assert p.loads == 1


def test_pipeline_pickles_settings_without_resources(pipe):
    assert pipe.loads == 1 and pipe._res is not None
    blob = pickle.dumps(pipe)
    assert len(blob) < 1000  # the model and dictionaries stay behind
    assert b"Language" not in blob and b"Gazetteer" not in blob and b"Resources" not in blob
    copy = pickle.loads(blob)
    assert (copy.model, copy.data, copy.batch_size) == (pipe.model, pipe.data, pipe.batch_size)
    assert copy._res is None and copy.loads == 0


def test_pipeline_unpickled_loads_once_on_first_use():
    p = pickle.loads(pickle.dumps(CountingPipeline(model="m")))
    _ = p.resources
    _ = p.resources
    assert p.load_calls == 1 and p.loads == 1


def test_pipeline_sentence_and_text_helpers_agree_with_spacy(pipe):
    """The cached look-ups the coder uses instead of spaCy's per-call ``Token.sent`` and ``Doc.text``."""
    from newsevents.nlp import last_token_before, sent_of, text_of, tokens_between

    doc = pipe.resources.nlp(
        "Putin met Abe in Moscow. They talked for three hours.\n\nA new paragraph starts here."
    )
    assert text_of(doc) == doc.text
    assert all(sent_of(t).start == t.sent.start and sent_of(t).end == t.sent.end for t in doc)
    assert last_token_before(doc, 0) == -1 and doc[last_token_before(doc, doc[5].idx)].i == 4
    for a, b in [(0, 9), (4, 30), (3, 3), (10, 5), (0, len(doc.text) + 5)]:
        assert [t.i for t in tokens_between(doc, a, b)] == [t.i for t in doc if a <= t.idx < b]
    assert text_of(pipe._parse([doc.text], pipe.resources)[0]) == doc.text  # the parsed text as given


def test_pipeline_curly_apostrophes_are_read_as_ascii_only_by_the_parser():
    """U+2019/U+2018 used as an apostrophe (between two letters) become "'" for spaCy, same length; quote
    marks that are not between letters (a plural possessive too), and the double curly quotes, stay."""
    from newsevents.nlp import ascii_apostrophes

    text = "‘Never,’ she said of the Ministers’ plan; Kenya’s envoy, O‘Hara, didn’t say “yes”."
    out = ascii_apostrophes(text)
    assert len(out) == len(text)
    assert out == "‘Never,’ she said of the Ministers’ plan; Kenya's envoy, O'Hara, didn't say “yes”."


def test_pipeline_curly_apostrophes_parse_as_possessives_and_output_keeps_them(pipe, code):
    text = (
        "President Ortega’s arbitrary detentions of student leaders must end. "
        "“We won’t be silenced,” said Ana O’Neill, a lawyer."
    )
    doc = pipe._parse([text], pipe.resources)[0]
    assert doc.text == text
    owner = next(t for t in doc if t.text == "’s")
    assert owner.dep_ == "case" and owner.head.text == "Ortega" and owner.lemma_ == "’s"
    r = code(text, "2022-06-01")
    ev = next(e for e in r.events if e.cameo == "173")
    assert (ev.source.key, ev.target.text) == ("NIC", "student leaders")
    assert ev.evidence[0].sentence.startswith("President Ortega’s arbitrary")
    assert [q.text for q in r.quotes] == ["We won’t be silenced,"]
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.text == "Ana O’Neill"
    assert "'" not in "".join(a.text for a in r.actors)
