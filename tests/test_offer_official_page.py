"""The offer check against today's floor and the OEWS distribution, through the whole app, in both languages."""

import pytest

from salary_explorer import ui

OFFER = "pages/offer.py"


def open_offer(at, lang, **params):
    at.query_params.update({"lang": lang, **{k: str(v) for k, v in params.items()}})
    at.run()
    at.switch_page(OFFER).run()
    assert not at.exception
    return at


def texts(elements) -> str:
    return " ".join(e.value for e in elements)


@pytest.mark.parametrize(
    "lang, today_text, floor_text, gap",
    [
        ("en", "UMP DKI Jakarta 2026 sets Rp 5,729,876/mo", "Legal basis: PP No. 49 Tahun 2025", "Rp 229,876/mo"),
        (
            "id",
            "UMP DKI Jakarta 2026 menetapkan Rp 5.729.876/bulan",
            "Dasar hukum: PP No. 49 Tahun 2025",
            "Rp 229.876/bulan",
        ),
    ],
)
def test_5_5_jt_in_jakarta_today_is_below_the_2026_ump_but_not_the_2025_one(app, lang, today_text, floor_text, gap):
    at = open_offer(app, lang, oa=5_500_000, oc="IDR", op="month", prov="DKI Jakarta")
    assert at.selectbox(key="od").value == "today"
    assert today_text in at.error[0].value and gap in at.error[0].value
    page = texts(at.text)
    assert floor_text in page and "2026-01-01" in page
    assert ("Rp 5.229.472/bulan" if lang == "id" else "Rp 5,229,472/mo") in texts(at.info)  # BPS, labelled
    assert ("jenis angka yang berbeda" if lang == "id" else "different kind of figure") in texts(at.info)

    at.selectbox(key="od").set_value("2025").run()
    assert not at.exception and not at.error
    assert ("UMP DKI Jakarta 2025" in at.success[0].value) and ("5.396.761" if lang == "id" else "5,396,761") in (
        at.success[0].value
    )
    assert at.query_params["od"] == "2025"


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "between P25 $17.72/hr and the median $21.53/hr, about the 27th percentile"),
        ("id", "antara P25 US$17,72/jam dan median US$21,53/jam, sekitar persentil ke-27"),
    ],
)
def test_18_dollars_an_hour_us_national_may_2025_between_p25_and_the_median(app, lang, expected):
    at = open_offer(app, lang, oa=18, oc="USD", op="hour", prov="Federal", oy=2025)
    info = texts(at.info)
    assert expected in info and ("BLS OEWS Mei 2025" if lang == "id" else "BLS OEWS May 2025") in info
    assert at.selectbox(key="oy").value == 2025 and at.selectbox(key="os").value == ""
    assert ("Upah minimum federal AS" if lang == "id" else "US federal minimum wage") in texts(at.text)


def test_us_state_floor_and_sector(app):
    at = open_offer(app, "en", oa=16, oc="USD", op="hour", prov="California", os="Retail Trade")
    assert "California state minimum wage 2026 sets $16.90/hr" in at.error[0].value
    assert "between P25 $15.45/hr and the median $17.49/hr" in texts(at.info) and "May 2024, Retail Trade" in texts(
        at.info
    )


def test_disputed_and_not_yet_known_floors_are_labelled(app):
    at = open_offer(app, "en", oa=3_000_000, oc="IDR", op="month", prov="Sumatera Utara")
    assert "Disputed figure: sources also publish Rp 3,228,949" in texts(at.text)
    at.selectbox(key="prov").set_value("Papua Selatan").run()
    page = texts(at.text)
    assert "No figure for 2026 is known yet: the latest earlier year, 2025, is used." in page
    assert "Rp 4,508,100, Rp 4,508,850" in page


def test_today_is_one_helper():
    assert ui.today().year >= 2026
