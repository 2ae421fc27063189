"""The team pay check per employee at their own regency/city floor (issue 31): city names as rosters write them."""

from __future__ import annotations

import pytest

from salary_explorer.bands import team
from salary_explorer.core import load

from .test_team_page import open_team, texts, upload

ROSTER = (
    b"name,level,city,salary\n"
    b"Ani,junior staff,Kab. Karawang,5500000\n"  # below the UMK Karawang 5.886.853 by 386.853
    b"Budi,junior staff,Kota Bekasi,6000000\n"  # meets the UMK Kota Bekasi 5.999.443
    b"Citra,junior staff,Jakarta Selatan,5000000\n"  # below the UMP DKI 5.729.876 by 729.876
    b"Dedi,junior staff,Surabaya,5300000\n"  # meets the UMK Surabaya 5.288.796
    b"Eka,junior staff,Batam,5000000\n"  # below the UMK Batam 2026 (5.357.982)
    b"Fajar,junior staff,Bekasi,5950000\n"  # ambiguous: Kota (5.999.443) or Kabupaten Bekasi (5.938.885)
)


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


@pytest.mark.parametrize(
    "place, kind, amount",
    [
        ("Kab. Karawang", "UMK", 5_886_853),
        ("Karawang", "UMK", 5_886_853),
        ("Kota Bekasi", "UMK", 5_999_443),
        ("Jakarta Selatan", "UMP", 5_729_876),
        ("Surabaya", "UMK", 5_288_796),
        ("Jawa Barat", "UMP", 2_317_601),
        ("DKI Jakarta", "UMP", 5_729_876),
    ],
)
def test_a_roster_place_finds_its_local_floor(wages, place, kind, amount):
    import datetime as dt

    floor = team.workplace_floor(wages, dt.date(2026, 3, 1))(place)
    assert (floor.wage_kind, floor.amount) == (kind, amount)


def test_an_ambiguous_place_is_never_guessed(wages):
    import datetime as dt

    with pytest.raises(LookupError):
        team.workplace_floor(wages, dt.date(2026, 3, 1))("Bekasi")
    picked = team.workplace_floor(wages, dt.date(2026, 3, 1), {"Bekasi": "32.16"})("Bekasi")
    assert picked.amount == 5_938_885


@pytest.mark.parametrize("lang", ["en", "id"])
def test_each_employee_is_checked_against_their_local_floor_and_bekasi_asks(app, lang):
    at = open_team(app, lang)
    at = upload(at, "tm_file", "tim.csv", ROSTER)
    [pick] = [s for s in at.selectbox if s.key and s.key.startswith("tm_place_")]
    assert set(pick.options[1:]) == {"Kabupaten Bekasi (Jawa Barat)", "Kota Bekasi (Jawa Barat)"}
    assert pick.value == "", "nothing is picked for the reader"
    body = " ".join(texts(at))
    assert {"en": "name more than one regency/city", "id": "lebih dari satu kabupaten/kota"}[lang] in body
    employees = at.dataframe[-2].value if lang else None
    below = {"en": "Below the minimum wage", "id": "Di bawah upah minimum"}[lang]
    metric = {m.label: m.value for m in at.metric}
    assert metric[below] == "3", "Karawang, Batam (UMK) and Jakarta Selatan (UMP); Bekasi not yet checked"
    assert "UMK Kabupaten Karawang 2026" in body and "UMK Kota Surabaya 2026" in body
    pick.set_value("32.75").run()
    assert not at.exception
    metric = {m.label: m.value for m in at.metric}
    assert metric[below] == "4", "Bekasi picked as Kota Bekasi: 5.950.000 < 5.999.443"
    assert employees is not None
