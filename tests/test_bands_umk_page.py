"""The bands page checks its ladder against the floor at the workplace: a regency's UMK where one is set."""

import pytest

from .test_bands_page import open_bands, texts
from .test_hostile_links import link_notices


@pytest.mark.parametrize(
    "lang, label, warning",
    [
        ("en", "UMK Kabupaten Karawang 2026 Rp 5,886,853/mo", "is below the minimum wage Rp 5,886,853/mo"),
        ("id", "UMK Kabupaten Karawang 2026 Rp 5.886.853/bulan", "di bawah upah minimum Rp 5.886.853/bulan"),
    ],
)
def test_bands_in_karawang_are_checked_against_its_umk(app, lang, label, warning):
    at = open_bands(app, lang=lang, bp="Jawa Barat", bk="32.15", bd="2026")
    assert any(label in e.label for e in at.main.expander), "the checks' label names the local floor"
    assert any(warning in w for w in texts(at.warning)), "bands below the UMK are flagged"
    assert at.query_params["bk"] == "32.15"


def test_province_wide_bands_use_the_ump(app):
    at = open_bands(app, bp="Jawa Barat", bd="2026")
    assert any("UMP Jawa Barat 2026" in e.label for e in at.main.expander)
    assert at.selectbox(key="bk").value == ""


@pytest.mark.parametrize("lang, words", [("en", "which this app does not know"), ("id", "belum diketahui")])
def test_an_unknown_umk_is_a_finding_not_a_pass(app, lang, words):
    at = open_bands(app, lang=lang, bp="Jawa Tengah", bk="33.26", bd="2026")
    assert any(words in w and "Kabupaten Pekalongan" in w for w in texts(at.warning))


def test_a_wrong_regency_in_the_link_falls_back_with_a_notice(app):
    at = open_bands(app, bp="Jawa Barat", bk="35.78")  # Surabaya is not in Jawa Barat
    assert at.selectbox(key="bk").value == "" and link_notices(at)


def test_us_bands_have_no_regency_picker(app):
    at = open_bands(app, bc="US", bp="Texas")
    assert not [s for s in at.selectbox if s.key == "bk"]
