"""Pay figures written the Indonesian and the US way, and the parser's promise: a number, None, or ParseError."""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary_explorer.uploads.parse import ParseError, parse_number, parse_series

CASES = [
    # Indonesian
    ("Rp 5.000.000", 5_000_000.0),
    ("Rp5.000.000", 5_000_000.0),
    ("5.000.000", 5_000_000.0),
    ("Rp 5.000.000,50", 5_000_000.5),
    ("4,5 juta", 4_500_000.0),
    ("4.5 juta", 4_500_000.0),
    ("5 jt", 5_000_000.0),
    ("Rp5jt", 5_000_000.0),
    ("Rp 5 Jt", 5_000_000.0),
    ("Rp\u00a05\u00a0jt", 5_000_000.0),  # Babel's compact form uses a non-breaking space
    ("10 rb", 10_000.0),
    ("50 ribu", 50_000.0),
    ("1,2 miliar", 1_200_000_000.0),
    ("IDR 3.500.000", 3_500_000.0),
    ("Rp 5.000.000/bulan", 5_000_000.0),
    ("5.000", 5_000.0),  # a lone dot + 3 digits is a thousands separator
    # US
    ("$12.83", 12.83),
    ("$27.20/hr", 27.2),
    ("85,000", 85_000.0),
    ("$85,000", 85_000.0),
    ("USD 1,234.56", 1_234.56),
    ("US$ 35,830", 35_830.0),
    ("2.5k", 2_500.0),
    ("1.5 million", 1_500_000.0),
    # plain
    ("35830", 35_830.0),
    ("0.5", 0.5),
    ("0.500", 0.5),  # a leading zero makes it a decimal
    ("  7000  ", 7_000.0),
    ("-5", -5.0),  # parsed; validation then rejects negative pay with its own message
    ("+5", 5.0),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{t!r}->{e:g}" for t, e in CASES])
def test_parses_indonesian_and_us_formats(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "   ", "-", "–", None, float("nan")], ids=repr)
def test_empty_cells_are_none(text):
    assert parse_number(text) is None


BAD = ["abc", "1.2.3", "5,00,000.0.0", "nan", "inf", "1e5", "Rp", "jt", "5 jt jt", "12..5", "$-", "5 M", "=1+1", "0x10"]


@pytest.mark.parametrize("text", BAD, ids=repr)
def test_unreadable_text_raises_parse_error_naming_the_value(text):
    with pytest.raises(ParseError) as err:
        parse_number(text)
    assert err.value.value == text


@pytest.mark.parametrize(
    "text, decimal, expected",
    [
        ("5.000", ".", 5.0),
        ("5.000", ",", 5000.0),
        ("85,000", ",", 85.0),
        ("85,000", ".", 85000.0),
        ("1.234,5", ",", 1234.5),
        ("1,234.5", ".", 1234.5),
    ],
    ids=lambda v: repr(v),
)
def test_a_known_decimal_mark_settles_the_ambiguous_cases(text, decimal, expected):
    assert parse_number(text, decimal) == pytest.approx(expected)


def test_numbers_pass_through_and_non_finite_numbers_are_refused():
    assert parse_number(12) == 12.0
    with pytest.raises(ParseError):
        parse_number(float("inf"))
    with pytest.raises(ParseError):
        parse_number(object())


def test_series_parse_marks_only_cells_with_unreadable_text():
    numbers, bad = parse_series(pd.Series(["Rp 5 jt", "", "oops", None, "Rp 5 jt", "85,000"]))
    assert numbers.tolist()[:1] == [5_000_000.0] and numbers.iloc[5] == 85_000.0
    assert bad.tolist() == [False, False, True, False, False, False]
    assert math.isnan(numbers.iloc[1]) and math.isnan(numbers.iloc[2])


def test_bad_decimal_argument_is_a_value_error():
    with pytest.raises(ValueError):
        parse_series(pd.Series(["1"]), decimal=";")


def assert_number_none_or_parse_error(text):
    try:
        value = parse_number(text)
    except ParseError:
        return
    assert value is None or math.isfinite(value)


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=30))
def test_any_text_gives_a_number_none_or_parse_error(text):
    assert_number_none_or_parse_error(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="Rp$0123456789.,- jtJutaribk\u00a0/", max_size=20))
def test_money_like_text_gives_a_number_none_or_parse_error(text):
    assert_number_none_or_parse_error(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_indonesian_and_us_groupings_of_any_whole_number_round_trip(n):
    us = f"{n:,}"
    indonesian = us.replace(",", ".")
    assert parse_number(f"Rp {indonesian}") == n
    assert parse_number(f"${us}") == n


WHITE_SPACE = [
    ("\x0b5\x0b", 5.0),  # vertical tab: white space to Python, not to RE2's \s
    ("Rp\u20035.000.000", 5_000_000.0),  # em space
    ("Rp\u202f5\u202fjt", 5_000_000.0),  # narrow no-break space
    ("5\u3000juta\u3000/\u3000bulan", 5_000_000.0),  # ideographic space
    ("Rp 5\x1cjt", 5_000_000.0),  # the ASCII separators count as white space in Python
]


@pytest.mark.parametrize("text, expected", WHITE_SPACE, ids=[repr(t) for t, _ in WHITE_SPACE])
def test_every_kind_of_white_space_reads_as_a_space(text, expected):
    assert parse_number(text) == pytest.approx(expected)


def test_the_arrow_space_class_is_exactly_pythons_white_space():
    """The parser's regular expressions run in Arrow (RE2); its class must take what str.isspace takes, no more."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from salary_explorer.uploads.parse import _SPACE

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    spaces = "".join(c for c in chars if c.isspace())
    others = "".join(c for c in chars if not c.isspace())
    left = pc.replace_substring_regex(pa.array([spaces, others]), _SPACE, "").to_pylist()
    assert left == ["", others]
