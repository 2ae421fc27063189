"""The offer check names the BPS mean net wage of the offer's province and sector (pay by place), both languages."""

import pytest

from .test_offer_official_page import open_offer, texts


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "en",
            "Mean net wage of employees in financial and insurance services in Jawa Barat, Sakernas, August 2025: "
            "Rp 5,924,246/mo (BPS Sakernas: all employees in the sector, a mean of take-home pay",
        ),
        (
            "id",
            "Rata-rata upah bersih pekerja sektor jasa keuangan dan asuransi di Jawa Barat, Sakernas Agustus 2025: "
            "Rp 5.924.246/bulan (BPS Sakernas: semua pekerja di sektor itu",
        ),
    ],
)
def test_banking_offer_in_jawa_barat_names_the_sector_wage(app, lang, expected):
    at = open_offer(app, lang, oa=5_500_000, oc="IDR", op="month", prov="Jawa Barat", ref="id-2019-banking")
    assert expected in texts(at.info)


def test_a_us_offer_names_no_bps_figure(app):
    at = open_offer(app, "en", oa=18, oc="USD", op="hour", prov="California", ref="id-2019-banking")
    assert "Sakernas" not in texts(at.info)
