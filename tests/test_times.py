from __future__ import annotations

import datetime as dt

import pytest

from newsevents.times import covered_month, find_dates, resolve

WED = dt.date(2019, 1, 23)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Tuesday", "2019-01-22", "day"),  # the day before a Wednesday article
        ("on Tuesday", "2019-01-22", "day"),
        ("Tuesday’s", "2019-01-22", "day"),
        ("last Wednesday", "2019-01-16", "day"),
        ("next Monday", "2019-01-28", "day"),
        ("November 2018", "2018-11", "month"),  # month precision, no made-up day
        ("in November 2018", "2018-11", "month"),
        ("January 14", "2019-01-14", "day"),
        ("14 January", "2019-01-14", "day"),
        ("December 30", "2018-12-30", "day"),  # nearest before publication: last year
        ("1956", "1956", "year"),
        ("March 3, 2020", "2020-03-03", "day"),
        ("2019-01-05", "2019-01-05", "day"),
        ("yesterday", "2019-01-22", "day"),
        ("today", "2019-01-23", "day"),
        ("last month", "2018-12", "month"),
        ("this year", "2019", "year"),
        ("two days ago", "2019-01-21", "day"),
        ("December", "2018-12", "month"),
        ("November of last year", "2018-11", "month"),  # the month of the year named, not the nearest
        ("in March last year", "2018-03", "month"),
        ("early June of this year", "2019-06", "month"),
        ("October of next year", "2020-10", "month"),
    ],
)
def test_times_resolve_against_publication_date(text, value, precision):
    r = resolve(text, WED)
    assert r is not None and (r.value, r.precision) == (value, precision)


@pytest.mark.parametrize(
    "text", ["five years", "the 1990s", "decades", "the same day", "last week", "recent months"]
)
def test_times_durations_and_vague_phrases_are_not_dates(text):
    assert resolve(text, WED) is None


def test_times_without_publication_date_only_absolute_dates():
    assert resolve("Tuesday", None) is None
    assert resolve("March 3, 2020", None).value == "2020-03-03"


def test_times_find_dates_gives_offsets(nlp):
    doc = nlp("The ministers met in Moscow on January 14 and again in November 2018.")
    found = {(d.text, d.value) for d in find_dates(doc, WED)}
    assert ("January 14", "2019-01-14") in found
    for d in find_dates(doc, WED):
        assert doc.text[d.start : d.end] == d.text


def test_times_a_month_name_that_is_a_surname_is_not_a_date(nlp):
    doc = nlp(
        "Chancellor Olaf Scholz met Prime Minister Pedro May in Madrid. Critics rejected May's plan in May."
    )
    found = [(d.text, d.value) for d in find_dates(doc, WED)]
    assert found == [("May", "2018-05")]  # "in May" is the month; "May's plan" is the prime minister's


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a month or a weekday in words that look ahead is the coming one; in the past tense, the last one
        ("The two ministers will meet again in November.", "November", "2019-11"),
        (
            "Both leaders stressed their commitment to achieve results at the summit in Lima in September.",
            "September",
            "2019-09",
        ),
        ("Parliamentary elections are planned for October.", "October", "2019-10"),
        ("The ministers met in Lima in November.", "November", "2018-11"),  # past tense: the last one
        ("The activist tried to warn people about the outbreak in December.", "December", "2018-12"),
        ("On Monday, the national security adviser will be in Rome.", "Monday", "2019-01-28"),
        ("The envoy will travel to Cairo on Friday.", "Friday", "2019-01-25"),
        ("The envoy travelled to Cairo on Friday.", "Friday", "2019-01-18"),  # past tense: the last one
        ("The minister met his counterpart on Monday.", "Monday", "2019-01-21"),
        # an intent verb in the past tense is itself dated by "on <day>": the agreeing was last Friday
        ("The ministers agreed on Friday to prepare new sanctions.", "Friday", "2019-01-18"),
        ("The council decided on Monday to delay the vote.", "Monday", "2019-01-21"),
        ("The ministers scheduled the vote for Friday.", "Friday", "2019-01-25"),  # the day aimed at
        ("The ministers agreed to meet on Friday.", "Friday", "2019-01-25"),  # the meeting is ahead
    ],
)
def test_times_a_month_or_weekday_the_words_put_ahead_is_the_coming_one(nlp, text, word, value):
    (d,) = [d for d in find_dates(nlp(text), WED) if d.text.endswith(word)]
    assert d.value == value


@pytest.mark.parametrize(
    ("title", "published", "month"),
    [
        ("Across the nation, March 2021", "2021-04-20", "2021-03"),
        ("Science roundup: December 2019", "2020-01-03", "2019-12"),
        ("Across the nation, April 2021", "2021-04-20", None),  # the month it came out in: no earlier month
        ("Theresa May 2019 budget speech", "2019-07-01", None),
        ("Floods hit the coast", "2019-07-01", None),
    ],
)
def test_times_a_roundup_title_names_the_month_it_covers(title, published, month):
    assert covered_month(title, dt.date.fromisoformat(published)) == month


def test_times_a_month_day_range_the_recogniser_left_unlabelled_is_a_date(nlp):
    """ "is in Qatar May 9-10": the entity recogniser may leave a month name before a day range unlabelled
    (read as a name after "Qatar"); it is still the first day of the range."""
    doc = nlp("Deputy Secretary of State Brian McKeon is in Qatar May 9-10.")
    found = [(d.text, d.value, d.precision) for d in find_dates(doc, dt.date(2022, 5, 9))]
    assert ("May 9-10", "2022-05-09", "day") in found, found
    doc = nlp("Secretary Blinken will be in Jakarta July 12-14.")  # labelled: found once, not twice
    assert len([d for d in find_dates(doc, dt.date(2022, 7, 10)) if d.text.startswith("July")]) == 1
