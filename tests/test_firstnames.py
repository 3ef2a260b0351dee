from __future__ import annotations

import pytest

from newsevents.errors import DataFileError
from newsevents.firstnames import first_name_sex, load_first_names


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


def test_first_names_file_reports_every_bad_entry_at_once(tmp_path):
    bad = tmp_path / "first_names.mine.tsv"
    bad.write_text("# mine\nname\tsex\nAda\tf\nBo\tboth\n\tm\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_first_names(bad)
    assert "line 4" in str(e.value) and "line 5" in str(e.value)


def test_first_names_file_reads_either_as_no_guess(tmp_path):
    ok = tmp_path / "first_names.mine.tsv"
    ok.write_text("name\tsex\nAda\tf\nRobin\teither\n", encoding="utf-8")
    assert dict(load_first_names(ok)) == {"ada": "f", "robin": ""}
