from __future__ import annotations

import pytest

from newsevents.firstnames import first_name_sex


@pytest.mark.parametrize(
    "name, sex",
    [
        ("Jo Jorgensen", "f"),
        ("Janet Yellen", "f"),
        ("Joe Biden", "m"),
        ("Dr. Ann Lee", "f"),  # an abbreviated title is no first name
        ("Libertarian Jo Jorgensen", "f"),  # nor a word no baby was given
        ("Captain Monica Rochester", "f"),
        ("Jean Castex", None),  # a name of both sexes gives no guess
        ("Kim Jong-un", None),
        ("Moon Jae-in", None),  # a surname first
        ("Trump", None),  # one word: a surname, often
        ("J. K. Rowling", None),  # initials
        ("Zxqv Smith", None),  # a name the table lacks
    ],
)
def test_first_name_sex_only_for_a_clear_first_name(name, sex):
    assert first_name_sex(name) == sex
