from __future__ import annotations

import io
import json

import pytest

from newsevents.errors import BinaryInputError, EmptyInputError, InputError, RecordError
from newsevents.read import boilerplate_spans, content_id, read_paths


def read(paths, stdin=None):
    errors: list[InputError] = []
    arts = list(read_paths([str(p) for p in paths], errors, stdin=stdin))
    return arts, errors


def test_read_txt_title_when_blank_line_follows(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Leaders meet\n\nThe leaders met on Monday.\n", encoding="utf-8")
    (art,), errors = read([f])
    assert not errors
    assert art.title == "Leaders meet"
    assert art.text == "The leaders met on Monday."
    assert art.id == content_id(art.text)


def test_read_txt_no_title_without_blank_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The leaders met on Monday.\nThey talked.\n", encoding="utf-8")
    (art,), _ = read([f])
    assert art.title is None
    assert art.text.startswith("The leaders met")


def test_read_html_body_title_and_date(tmp_path):
    f = tmp_path / "a.html"
    body = " ".join(["Chinese and Japanese officials held talks in Beijing on Monday about trade."] * 6)
    f.write_text(
        "<html><head><title>Talks in Beijing</title>"
        '<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Talks in Beijing</h1><p>{body}</p>"
        f"<p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    (art,), errors = read([f])
    assert not errors
    assert "held talks in Beijing" in art.text
    assert "Home | World" not in art.text
    assert art.title == "Talks in Beijing"
    assert art.published is not None and art.published.isoformat() == "2021-03-04"


def test_read_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "text": "Russia attacked.", "date": "2020-05-06T11:00:00Z"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "A met B."}, {"text": "C met D.", "published": "2020-01-02"}]))
    arts, errors = read([one, many])
    assert not errors
    assert [a.id for a in arts][0] == "x1"
    assert arts[0].published.isoformat() == "2020-05-06"  # a datetime keeps its date part
    assert arts[2].published.isoformat() == "2020-01-02"
    assert arts[1].id == content_id("A met B.")


def test_read_jsonl_and_directory_recursive_sorted(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.jsonl").write_text('{"id": "b", "text": "B."}\n\n{"id": "c", "text": "C."}\n')
    (tmp_path / "a.txt").write_text("A text.")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    arts, errors = read([tmp_path])
    assert not errors
    assert [a.text for a in arts] == ["A text.", "B.", "C."]


def test_read_stdin_jsonl():
    stdin = io.StringIO('{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two.", "source": "Wire"}\n')
    arts, errors = read(["-"], stdin=stdin)
    assert [a.id for a in arts] == ["s1", "s2"]
    assert arts[1].source == "Wire"


def test_read_ids_are_stable_across_runs(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": "Same text."}))
    assert read([f])[0][0].id == read([f])[0][0].id == content_id("Same text.")


def test_read_empty_file_is_one_clear_error(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    arts, errors = read([f])
    assert arts == []
    assert isinstance(errors[0], EmptyInputError)
    assert str(f) in str(errors[0]) and "empty" in str(errors[0])


def test_read_binary_file_is_refused(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(bytes(range(256)) * 10)
    arts, errors = read([f])
    assert arts == [] and isinstance(errors[0], BinaryInputError)


def test_read_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Caf\xe9 talks in Paris ended.".encode("latin-1"))
    (art,), errors = read([f])
    assert not errors
    assert "\ufffd" in art.text
    assert any("invalid UTF-8" in w for w in art.warnings)


def test_read_utf16_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Talks resumed in Geneva.".encode("utf-16"))
    (art,), errors = read([f])
    assert not errors and art.text == "Talks resumed in Geneva."


def test_read_broken_json_line_names_file_and_line_and_keeps_the_rest(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "ok1", "text": "Fine."}\n{"id": broken\n{"id": "ok2", "text": "Also fine."}\n')
    arts, errors = read([f])
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert len(errors) == 1 and isinstance(errors[0], RecordError)
    assert f"{f}:2" in str(errors[0])


def test_read_missing_text_field(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "no-text"}\n')
    arts, errors = read([f])
    assert arts == [] and "missing field 'text'" in str(errors[0])


def test_read_unparseable_date_warns_and_keeps_null(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "d", "text": "Talks.", "published": "the day after the flood"}\n')
    (art,), errors = read([f])
    assert not errors
    assert art.published is None
    assert any("unparseable date" in w for w in art.warnings)


def test_read_missing_path_and_strict_mode(tmp_path):
    arts, errors = read([tmp_path / "nope.txt"])
    assert "no such file" in str(errors[0])
    with pytest.raises(InputError):
        list(read_paths([str(tmp_path / "nope.txt")]))


def test_read_boilerplate_line_is_found():
    text = "Leaders met.\n\nMore News at EurAsian Times"
    (span,) = boilerplate_spans(text, "EurAsian Times")
    assert text[span[0] : span[1]] == "More News at EurAsian Times"
    assert boilerplate_spans("Leaders met. Read more about it in the report.\n") == []


def test_read_caption_with_image_credit_is_boilerplate():
    text = "Leaders met.\n\nThe premier shakes hands with the envoy Image: Jane Roe.\n"
    text += "A crowd.Image: City Hall.\n"
    spans = boilerplate_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "The premier shakes hands with the envoy Image: Jane Roe.",
        "A crowd.Image: City Hall.",
    ]
    # a credit in brackets after a sentence of the story is not a caption line
    assert boilerplate_spans("The team scored twice before the break.  (Image: Jane Roe)\n") == []


def test_read_picture_caption_is_boilerplate():
    caption = "The two presidents shake hands at the signing of the treaty Image: Jane Doe."
    text = f"Leaders met on Monday.\n\n{caption}\n\nThey agreed to meet again."
    (span,) = boilerplate_spans(text)
    assert text[span[0] : span[1]] == caption
    assert boilerplate_spans("Leaders met on Monday. Image rights were discussed.\n") == []
