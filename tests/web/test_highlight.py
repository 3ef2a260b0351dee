from __future__ import annotations

from newsevents.web.highlight import Span, evidence_spans, mark, mark_evidence


def test_highlight_escapes_text_and_titles() -> None:
    html = str(mark("<b>x</b> & y", [Span(0, 8, "actor", 'a "title" <i>')]))
    assert (
        html
        == '<mark class="m-actor" title="a &#34;title&#34; &lt;i&gt;">&lt;b&gt;x&lt;/b&gt;</mark> &amp; y'
    )


def test_highlight_overlapping_spans_split_cleanly() -> None:
    html = str(mark("abcdef", [Span(0, 4, "quote"), Span(2, 6, "actor")]))
    assert html == (
        '<mark class="m-quote" title="">ab</mark><mark class="m-quote m-actor" title="">cd</mark>'
        '<mark class="m-actor" title="">ef</mark>'
    )


def test_highlight_drops_spans_outside_the_text() -> None:
    assert str(mark("abc", [Span(-1, 2, "x"), Span(2, 9, "y"), Span(2, 2, "z")])) == "abc"


def test_highlight_evidence_uses_absolute_offsets_or_text() -> None:
    ev = {
        "source": {"text": "Russia", "start": 100, "end": 106, "key": "RUS"},
        "target": {"text": "Japan", "start": 0, "end": 0, "key": "JPN"},
        "cameo": "046",
    }
    evidence = {
        "sentence": "Russia met Japan.",
        "start": 100,
        "end": 117,
        "trigger": "met",
        "trigger_start": 107,
        "trigger_end": 110,
    }
    spans = {s.cls: (s.start, s.end) for s in evidence_spans(ev, evidence)}
    assert spans == {"source": (0, 6), "target": (11, 16), "trigger": (7, 10)}
    assert '<mark class="m-trigger" title="046">met</mark>' in str(mark_evidence(ev, evidence))
