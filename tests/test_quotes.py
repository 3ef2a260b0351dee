from __future__ import annotations


def test_quotes_verb_after_quote(code):
    r = code("“We discussed the outlook for a treaty,” Vladimir Putin replied.")
    (q,) = r.quotes
    assert q.speaker.name == "Vladimir Putin" and q.verb == "replied" and not q.partial
    assert r.article.text[q.start : q.end] == q.text


def test_quotes_continuation_carries_the_speaker(code):
    r = code("“We discussed the treaty,” Vladimir Putin said. “We reaffirmed our interest.”")
    assert [q.speaker.name for q in r.quotes] == ["Vladimir Putin", "Vladimir Putin"]
    assert r.quotes[1].verb is None and r.quotes[1].rule == "quote:carried"


def test_quotes_partial_with_pronoun_speaker(code):
    r = code('Shinzo Abe arrived in Moscow. He said the deal "should be acceptable to both peoples".')
    (q,) = r.quotes
    assert q.partial and q.speaker.name == "Shinzo Abe"


def test_quotes_according_to(code):
    r = code('"The talks failed," according to Sergei Lavrov.')
    (q,) = r.quotes
    assert q.speaker is not None and "Lavrov" in q.speaker.name


def test_quotes_scare_quotes_are_not_quotes(code):
    r = code('The so-called "peace plan" was published on Monday.')
    assert r.quotes == []


def test_quotes_straight_and_curly_marks(code):
    r = code('"This is a straight quote," Macron said. “And a curly one,” Merkel said.')
    assert len(r.quotes) == 2
