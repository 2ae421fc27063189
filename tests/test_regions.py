"""Regencies and cities by code (core.regions): pickers, names, and place texts read at regency level."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary_explorer.core import regions

ALL = regions.regencies()


def test_every_regency_and_city_is_known():
    assert len(ALL) == 514 and ALL["code"].is_unique
    assert regions.regency_name("32.15") == "Kabupaten Karawang" and regions.province_of("32.15") == "Jawa Barat"
    assert len(regions.regencies_of("Jawa Barat")) == 27 and len(regions.regencies_of("DKI Jakarta")) == 6
    assert regions.province_codes()["DKI Jakarta"] == "31"


@pytest.mark.parametrize("code", ["", "32", "32.15.01", "99.99", "<b>"])
def test_unknown_codes_are_key_errors(code):
    with pytest.raises(KeyError):
        regions.regency_name(code)


@pytest.mark.parametrize(
    "text, status, code",
    [
        ("Kota Bekasi", "ok", "32.75"),
        ("KOTA BEKASI", "ok", "32.75"),
        ("Kab. Bekasi", "ok", "32.16"),
        ("Kabupaten Bekasi", "ok", "32.16"),
        ("Bekasi", "ambiguous", ""),
        ("Karawang", "ok", "32.15"),
        ("  kab.  karawang ", "ok", "32.15"),
        ("Jakarta Selatan", "ok", "31.74"),
        ("Kota Adm. Jakarta Selatan", "ok", "31.74"),
        ("Kota Administrasi Jakarta Utara", "ok", "31.72"),
        ("Surabaya", "ok", "35.78"),
        ("Batam", "ok", "21.71"),
        ("Medan", "ok", "12.71"),
        ("Atlantis", "unknown", ""),
        ("", "unknown", ""),
    ],
)
def test_place_texts_at_regency_level(text, status, code):
    match = regions.resolve_regency(text)
    assert (match.status, match.code) == (status, code)


def test_ambiguous_names_list_every_candidate():
    assert set(regions.resolve_regency("Bekasi").candidates) == {"32.16", "32.75"}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(zip(ALL["code"], ALL["name"]))), st.sampled_from(["", " ", ".", "  "]))
def test_every_official_name_resolves_to_its_own_code(place, noise):
    code, name = place
    match = regions.resolve_regency(f"{noise}{name}{noise}")
    assert (match.status, match.code) == ("ok", code)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gives_an_answer_never_an_error(text):
    match = regions.resolve_regency(text)
    assert match.status in ("ok", "ambiguous", "unknown")
    assert (match.status == "ok") == bool(match.code)
