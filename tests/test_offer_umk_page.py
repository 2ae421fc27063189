"""The offer check at the workplace's own floor (issue 31), through the whole app in both languages.

Each case is one of the issue's "must show" checks, opened by a link as a reader would share it.
"""

import pytest

from .test_hostile_links import link_notices
from .test_salaries_page import OFFER, metrics, open_page

CASES = [
    # (prov, kab, amount, verdict kind, words that must be in it per language)
    pytest.param(
        "Jawa Barat",
        "32.15",
        5_500_000,
        "error",
        {
            "en": ("UMK Kabupaten Karawang 2026", "Rp 5,886,853", "Rp 386,853"),
            "id": ("UMK Kabupaten Karawang 2026", "Rp 5.886.853", "Rp 386.853"),
        },
        id="karawang-below-umk",
    ),
    pytest.param(
        "Jawa Barat",
        "32.05",
        2_500_000,
        "success",
        {"en": ("UMK Kabupaten Garut 2026", "Rp 2,472,227"), "id": ("UMK Kabupaten Garut 2026", "Rp 2.472.227")},
        id="garut-meets-umk",
    ),
    pytest.param(
        "DKI Jakarta",
        "",
        5_000_000,
        "error",
        {"en": ("UMP DKI Jakarta 2026", "Rp 5,729,876"), "id": ("UMP DKI Jakarta 2026", "Rp 5.729.876")},
        id="jakarta-below-ump",
    ),
    pytest.param(
        "Jawa Barat",
        "32.75",
        5_990_000,
        "error",
        {"en": ("UMK Kota Bekasi 2026", "Rp 5,999,443"), "id": ("UMK Kota Bekasi 2026", "Rp 5.999.443")},
        id="kota-bekasi-disputed-uses-higher",
    ),
    pytest.param(
        "Jawa Tengah",
        "33.26",
        2_400_000,
        "warning",
        {"en": ("Not known whether", "Kabupaten Pekalongan"), "id": ("Belum diketahui apakah", "Kabupaten Pekalongan")},
        id="pekalongan-unknown-umk",
    ),
]
LEVEL_WORDS = {"en": "level", "id": "Tingkat"}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("prov, kab, amount, kind, words", CASES)
def test_offer_is_checked_against_the_floor_where_the_work_is(app, lang, prov, kab, amount, kind, words):
    params = {"kab": kab} if kab else {}
    at = open_page(app, lang=lang, page=OFFER, oa=str(amount), prov=prov, ref="id-2019-general_staff", **params)
    verdicts = {
        "error": at.error,
        "success": at.success,
        "warning": [w for w in at.warning if "link" not in w.proto.icon],
    }
    assert len(verdicts[kind]) == 1, f"one {kind} verdict"
    verdict = verdicts[kind][0].value
    for word in words[lang]:
        assert word in verdict
    if kind != "warning":
        assert LEVEL_WORDS[lang] in verdict, "the verdict names the level of government that sets the floor"
    never = {"en": "meets the legal minimum wage", "id": "memenuhi upah minimum"}[lang]
    if kind != "success":
        assert never not in " ".join(s.value for s in at.success), "never 'meets' when below or unknown"
    if kab:
        assert at.query_params["kab"] == kab, "the regency is kept in the link"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_karawang_never_reads_as_meeting_the_ump(app, lang):
    at = open_page(app, lang=lang, page=OFFER, oa="5500000", prov="Jawa Barat", kab="32.15")
    assert not at.success and at.error
    assert "2.317.601" not in at.error[0].value.replace(",", ".")  # the UMP is not the verdict's floor
    gap = metrics(at)[{"en": "Gap to minimum wage", "id": "Selisih dengan upah minimum"}[lang]]
    assert gap[0] in ("Rp 386,853/mo", "Rp 386.853/bulan")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_floor_box_names_the_umk_decree_and_both_disputed_figures(app, lang):
    at = open_page(app, lang=lang, page=OFFER, oa="6000000", prov="Jawa Barat", kab="32.75")
    box = " ".join(t.value for t in at.text)
    assert "561.7/Kep.862-Kesra/2025" in box
    assert "5.992.932" in box.replace(",", ".") and "5.999.443" in box.replace(",", ".")
    assert {"en": "under one year of service", "id": "kurang dari satu tahun"}[lang] in box


@pytest.mark.parametrize("lang", ["en", "id"])
def test_regency_picker_lists_the_provinces_regencies(app, lang):
    at = open_page(app, lang=lang, page=OFFER, prov="Jawa Barat")
    box = at.selectbox(key="kab")
    assert box.value == "" and len(box.options) == 28  # province-wide + 27 regencies and cities
    assert {"en": "province-wide (UMP)", "id": "seluruh provinsi (UMP)"}[lang] == box.options[0]


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("kab", ["99.99", "31.74", "<script>", "32.15.01"])
def test_a_wrong_regency_code_in_the_link_falls_back_with_a_notice(app, lang, kab):
    at = open_page(app, lang=lang, page=OFFER, prov="Jawa Barat", kab=kab)
    assert not at.exception
    assert at.selectbox(key="kab").value == ""
    assert link_notices(at)


def test_us_state_offer_compares_with_a_us_range_by_default(app):
    at = open_page(app, lang="en", page=OFFER, oa="18", oc="USD", op="hour", prov="Texas")
    assert at.selectbox(key="ref").value == "us-hourly"
    compa = metrics(at)["Compa-ratio"][0]
    assert float(compa) < 2, "an hourly US offer against a US range, not 11.04 against a rupiah range"
    assert not [s for s in at.selectbox if s.key == "kab"], "no regency picker for a US state"
