"""Imported files mean what they say (issue 15): period and currency guessed from headers and values with a
reason, no-figure rows on one line, years from dates, provinces from places, and a preview before importing.

Every file here is written by hand in the shape of a real export (a JobStreet Indonesia table, a Dealls
scrape, a US survey); no real data is copied.
"""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary_explorer.core.i18n import t
from salary_explorer.uploads import guess, importer, preview
from salary_explorer.uploads.dates import years_from_dates
from salary_explorer.uploads.parse import NO_FIGURE_WORDS, no_figure, parse_series

from .conftest import REAL_DATA

# A JobStreet-Indonesia-shaped export: monthly Rupiah, city names, a posting date, no currency or period column.
JOBSTREET = (
    b"Judul Pekerjaan,Perusahaan,Lokasi,Gaji_Rata2,Tanggal\n"
    b"Customer Service Officer,PT Satu,Jakarta Raya,10500000,22/08/2024 08:04:31\n"
    b"Customer Service,PT Dua,Tangerang,4500000,21/08/2024 10:00:00\n"
    b"CS Representative,PT Tiga,Banjarmasin Selatan,3200000,20/08/2024 09:15:00\n"
    b"Call Center Agent,PT Empat,Kota Bandung,5500000,19/08/2024 11:30:00\n"
    b"Customer Care,PT Lima,Surabaya,6000000,2 hari yang lalu\n"
    b"Customer Service,PT Enam,Banjar,5000000,18/08/2024 08:00:00\n"
)
# A Dealls-shaped scrape: English headers, base_salary in Rupiah, "N/A" (and friends) where no pay is given.
DEALLS = (
    b"job_title,company_name,location,base_salary,posted_at\n"
    b"Customer Service,Alpha,Jakarta Selatan,8000000,2024-05-01\n"
    b"Customer Success,Beta,Kab. Bekasi,N/A,2024-05-02\n"
    b"CS Admin,Gamma,DI Yogyakarta,4200000,2024-05-03\n"
    b"Customer Support,Delta,Remote,N/A,2024-05-04\n"
    b"CS Lead,Epsilon,Kota Tangerang,Competitive,2024-05-05\n"
    b"CS Agent,Zeta,Jakarta Barat,6500000,2024-05-06\n"
    b"CS Agent,Eta,Medan,nego,2024-05-07\n"
)
# A US survey: English headers, yearly dollars, state codes.
US_YEARLY = (
    b"title,state,salary,year\n"
    b"Customer Service Representative,CA,41000,2023\n"
    b"Customer Service Representative,TX,36500,2023\n"
    b"Call Center Agent,NY,39000,2023\n"
    b"Support Specialist,WA,52000,2023\n"
    b"Customer Care Lead,FL,47000,2023\n"
)
# Both kinds of evidence: hourly-looking and yearly-looking dollars in one pay column.
MIXED = b"title,pay\nCSR,18.50\nCSR,17.25\nCSR,21\nCSR,41000\nCSR,38500\nCSR,45000\nCSR,16\n"


def guessed(data: bytes, name: str = "f.csv", lang: str = "en"):
    raw = importer.read_table(data, name)
    inspection = importer.inspect(data, name)
    return raw, inspection, preview.guess_upload(raw.frame, inspection.guess, lang)


def mapping_for(inspection, view, **fixed):
    return importer.Mapping.build(
        inspection.guess, {"currency": view.guess.currency, "pay_period": view.guess.period, **fixed}
    )


# ---------- guessing the period and currency ----------
def test_an_indonesian_monthly_job_board_file_is_read_per_month_with_the_reason():
    raw, inspection, view = guessed(JOBSTREET, "jobstreet.csv")
    assert inspection.guess["pay_typical"] == "Gaji_Rata2" and inspection.guess["province"] == "Lokasi"
    assert inspection.guess["date"] == "Tanggal" and inspection.guess["country"] is None
    assert (view.guess.currency, view.guess.period, view.guess.must_ask) == ("IDR", "month", False)
    assert view.period_reason == (
        "Pay period: most figures (100%) are between Rp 3.2M and Rp 10.5M, the usual size of pay per month:"
        " read as per month."
    )
    _, _, view_id = guessed(JOBSTREET, "jobstreet.csv", "id")
    assert view_id.period_reason.replace("\xa0", " ") == (  # Babel's compact form has a non-breaking space
        "Periode gaji: sebagian besar angka (100%) antara Rp 3,2 jt dan Rp 10,5 jt, besaran gaji per bulan"
        " yang lazim: dibaca per bulan."
    )
    assert "Rupiah" in view.currency_reason and "Rupiah" in view_id.currency_reason


def test_the_jobstreet_shape_imports_per_month_with_provinces_and_years():
    _, inspection, view = guessed(JOBSTREET, "jobstreet.csv")
    result = importer.import_csv(JOBSTREET, "jobstreet.csv", mapping_for(inspection, view))
    rows = result.rows
    assert (result.rows_read, result.accepted, result.rejected) == (6, 6, 0)
    assert rows["pay_typical"].iloc[0] == 10_500_000 and set(rows["pay_period"]) == {"month"}
    assert rows["province"].tolist() == [
        "DKI Jakarta",
        "Banten",
        "Kalimantan Selatan",
        "Jawa Barat",
        "Jawa Timur",
        "",  # Banjar: a city in Jawa Barat and a regency in Kalimantan Selatan
    ]
    assert set(rows["country"]) == {"ID"}
    assert rows["year"].tolist()[:4] == [2024] * 4 and pd.isna(rows["year"].iloc[4])
    assert result.places.ambiguous == {"Banjar": (1, ("Jawa Barat", "Kalimantan Selatan"))}
    assert result.dates_unreadable == 1  # "2 hari yang lalu" gives no year, and is not guessed


def test_a_dealls_file_in_rupiah_with_na_reads_per_month_and_groups_the_rows_without_pay():
    raw, inspection, view = guessed(DEALLS, "dealls.csv")
    assert inspection.guess["pay_typical"] == "base_salary"
    assert (view.guess.currency, view.guess.period) == ("IDR", "month")
    assert view.guess.currency_reason.code == "currency_size"  # English headers, but far too large for dollars
    result = importer.import_csv(DEALLS, "dealls.csv", mapping_for(inspection, view))
    assert (result.rows_read, result.accepted, result.rejected) == (7, 3, 0)
    assert result.problems == []  # no row-by-row complaints for "N/A"
    assert result.no_figure == {"N/A": 2, "Competitive": 1, "nego": 1}
    assert result.rows["province"].tolist() == ["DKI Jakarta", "DI Yogyakarta", "DKI Jakarta"]
    assert result.rows["year"].tolist() == [2024, 2024, 2024]


def test_a_yearly_usd_file_is_read_per_year_and_its_state_codes_as_states():
    _, inspection, view = guessed(US_YEARLY, "us.csv")
    assert (view.guess.currency, view.guess.period) == ("USD", "year")
    assert view.guess.period_reason.code == "figures"
    assert "between $36.5K and $52K" in view.period_reason
    result = importer.import_csv(US_YEARLY, "us.csv", mapping_for(inspection, view, country="US"))
    assert result.accepted == 5 and set(result.rows["pay_period"]) == {"year"}
    assert result.rows["province"].tolist() == ["California", "Texas", "New York", "Washington", "Florida"]
    assert set(result.rows["country"]) == {"US"}


def test_a_file_with_both_kinds_of_evidence_asks_and_says_why_in_both_languages():
    _, _, view = guessed(MIXED, "mixed.csv")
    assert view.guess.must_ask and view.guess.period is None
    assert view.guess.period_reason.code == "mixed"
    assert view.period_reason == (
        "Pay period: the figures are mixed: 57% look like pay per hour ($7–$150) and 43% like pay per year"
        " ($15K–$500K): please choose."
    )
    _, _, view_id = guessed(MIXED, "mixed.csv", "id")
    assert view_id.period_reason.startswith("Periode gaji: angkanya bercampur: 57% tampak seperti gaji per jam")
    assert view_id.period_reason.endswith("silakan pilih.")


HEADERS = [
    ("Gaji per bulan", ["5000000", "6000000", "7000000"], "month", "header"),
    ("Annual salary", ["40000", "45000", "50000"], "year", "header"),
    ("hourly_rate", ["15", "18", "22"], "hour", "header"),
    ("Upah/jam", ["25000", "30000", "35000"], "hour", "header"),
    ("Gaji tahunan", ["6000000", "7000000", "8000000"], "year", "header_over_figures"),  # header wins, says so
    ("Gaji", ["Rp 5 jt/bulan", "Rp 6 jt/bulan", "Rp 7 jt/bulan"], "month", "cells"),
    ("Gaji", ["5000000", "6000000", "7000000"], "month", "figures"),
    ("Gaji", ["150000", "200000", "250000"], None, "weak"),  # daily or weekly Rupiah: not in a known band
    ("salary", ["900", "1200", "1500"], None, "weak"),  # weekly or monthly dollars: ask
    ("Gaji", ["5000000"], "month", "figures"),  # one figure in the band is enough
    ("Gaji", ["nego", "N/A"], None, "too_few"),
]


@pytest.mark.parametrize(("header", "values", "period", "code"), HEADERS)
def test_header_words_win_over_magnitude_and_weak_evidence_asks(header, values, period, code):
    found = guess.guess_file([header, "Posisi"], {header: pd.Series(values)})
    assert (found.period, found.period_reason.code) == (period, code)
    for lang in ("en", "id"):
        assert "⟦" not in guess.describe(found.period_reason, lang)
        assert "⟦" not in guess.describe(found.currency_reason, lang)


@pytest.mark.parametrize(
    ("headers", "values", "currency", "code"),
    [
        (["Gaji (Rp)"], ["5000000"] * 3, "IDR", "currency_header"),
        (["salary_usd"], ["50000"] * 3, "USD", "currency_header"),
        (["pay"], ["$18", "$20", "$22"], "USD", "currency_cells"),
        (["pay"], ["Rp 5 jt", "Rp 6 jt", "Rp 7 jt"], "IDR", "currency_cells"),
        (["Gaji"], ["5000000"] * 3, "IDR", "currency_language"),
        (["salary"], ["40000"] * 3, "USD", "currency_language"),
        (["salary"], ["8000000"] * 3, "IDR", "currency_size"),
        (["Gaji"], ["50"] * 3, None, "currency_unknown"),
    ],
)
def test_the_currency_comes_from_header_cells_language_or_size(headers, values, currency, code):
    found = guess.guess_file(headers, {headers[0]: pd.Series(values)})
    assert (found.currency, found.currency_reason.code) == (currency, code)


# ---------- the preview before importing ----------
@pytest.mark.parametrize(
    ("lang", "first", "summary"),
    [
        (
            "en",
            "Rp 10,500,000 per month, DKI Jakarta, 2024",
            "Whole pay column (6 figures), per month: median Rp 5,250,000, from Rp 3,200,000 to Rp 10,500,000.",
        ),
        (
            "id",
            "Rp 10.500.000 per bulan, DKI Jakarta, 2024",
            "Seluruh kolom gaji (6 angka), per bulan: median Rp 5.250.000, dari Rp 3.200.000 sampai Rp 10.500.000.",
        ),
    ],
)
def test_the_preview_reads_the_first_rows_and_the_whole_column_in_the_chosen_period(lang, first, summary):
    raw, inspection, view = guessed(JOBSTREET, "jobstreet.csv", lang)
    shown = preview.import_preview(raw, mapping_for(inspection, view), "jobstreet.csv", lang)
    assert shown.table.iloc[0].tolist() == [2, "10500000", first]
    assert len(shown.table) == 5 and shown.summary == summary


def test_changing_the_period_changes_the_preview():
    raw, inspection, view = guessed(JOBSTREET, "jobstreet.csv")
    yearly = preview.import_preview(raw, mapping_for(inspection, view, pay_period="year"), "j.csv", "en")
    assert yearly.table.iloc[0, 2] == "Rp 10,500,000 per year, DKI Jakarta, 2024"
    assert ", per year: median" in yearly.summary


def test_the_preview_of_a_file_whose_period_is_not_chosen_says_so():
    raw, inspection, _ = guessed(MIXED, "mixed.csv")
    mapping = importer.Mapping.build(inspection.guess, {"currency": "USD", "pay_period": None})
    shown = preview.import_preview(raw, mapping, "mixed.csv", "en")
    assert "period not chosen yet" in shown.summary
    assert shown.table.iloc[:, 2].tolist()[:2] == ["$18.50", "$17.25"]  # figures without a period, not a guess


# ---------- no-figure words, dates ----------
@pytest.mark.parametrize("text", ["N/A", "n/a", "-", "—", "Nego", "negotiable", "Competitive", "Kompetitif", " TBD "])
def test_no_figure_words_are_no_figure_not_an_error(text):
    numbers, bad = parse_series(pd.Series([text]))
    assert pd.isna(numbers.iloc[0]) and not bad.iloc[0] and no_figure(pd.Series([text])).iloc[0]


def test_no_figure_rows_are_one_grouped_line_in_both_languages():
    data = ("role,gaji\n" + "CS,N/A\n" * 1818 + "CS,Rp 5 jt\nCS,\n").encode()
    result = importer.import_csv(data, "n.csv", importer.Mapping.build({"role": "role", "pay_typical": "gaji"}))
    assert (result.rows_read, result.accepted, result.rejected, result.no_figure) == (1820, 1, 1, {"N/A": 1818})
    assert [p.code for p in result.problems] == ["no_pay"]  # an empty cell is still reported as before
    assert t("imp.no_figure", "en", n="1,818", words="N/A") == "1,818 rows have no pay figure: N/A"
    assert t("imp.no_figure", "id", n="1.818", words="N/A") == "1.818 baris tanpa angka gaji: N/A"


@pytest.mark.parametrize(
    ("body", "ids"),
    [
        ("CS;Rp 5.000.000\nCS;N/A\nCS;4 jt\n", ["gaji:2", "gaji:4"]),  # the ids are written before the drop
        ("CS;N/A\nCS;nego\nCS;4 jt\n", ["gaji:4"]),
        ("CS;4 jt\nCS;5 jt\n", ["gaji:2", "gaji:3"]),
    ],
)
def test_record_ids_name_the_spreadsheet_rows_that_stay_after_no_figure_rows_leave(body, ids):
    data = ("Posisi;Gaji\n" + body).encode()
    result = importer.import_csv(data, "gaji.csv", importer.Mapping.build({"role": "Posisi", "pay_typical": "Gaji"}))
    assert result.rows["record_id"].tolist() == ids


def test_a_file_where_no_row_has_a_figure_imports_nothing_without_a_traceback():
    data = b"role,gaji\nCS,N/A\nCS,nego\n"
    result = importer.import_csv(data, "n.csv", importer.Mapping.build({"role": "role", "pay_typical": "gaji"}))
    assert (result.rows_read, result.accepted, result.no_figure) == (2, 0, {"N/A": 1, "nego": 1})


@pytest.mark.parametrize(
    ("body", "pays", "no_figure_words"),
    [
        (b"CS,,5000000\nCS,,6000000\n", [5e6, 6e6], {}),  # a place column with nothing in it: nothing placed
        (b"CS,Jakarta,N/A\nCS,,6000000\nCS,Bandung,nego\n", [6e6], {"N/A": 1, "nego": 1}),  # placed rows dropped
    ],
)
def test_a_place_column_left_empty_on_every_imported_row_imports_without_a_traceback(body, pays, no_figure_words):
    mapping = importer.Mapping.build({"role": "role", "province": "kota", "pay_typical": "gaji"})
    result = importer.import_csv(b"role,kota,gaji\n" + body, "e.csv", mapping)
    assert result.rows["pay_typical"].tolist() == pays and result.rows["province"].tolist() == [""] * len(pays)
    assert (result.places.unknown, result.places.ambiguous, result.no_figure) == ({}, {}, no_figure_words)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("22/08/2024 08:04:31", 2024),
        ("2024-08-22", 2024),
        ("2024-08-22T08:04:31Z", 2024),
        ("22 Agustus 2024", 2024),
        ("Aug 22, 2023", 2023),
        ("1999", 1999),
        ("22/08/24", None),  # two-digit year: not guessed
        ("3 hari yang lalu", None),
        ("2023-2024", None),  # two years: not guessed
        ("1724300000", None),  # a timestamp is not a year
        ("", None),
    ],
)
def test_years_from_dates(text, year):
    years, unreadable = years_from_dates(pd.Series([text]))
    assert (None if pd.isna(years.iloc[0]) else int(years.iloc[0])) == year
    assert unreadable.iloc[0] == (year is None and text != "")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from(sorted(NO_FIGURE_WORDS))), max_size=20))
def test_new_parsers_never_raise_and_agree_with_themselves(values):
    column = pd.Series(values, dtype="object")
    years, unreadable = years_from_dates(column)
    assert len(years) == len(column) and not (unreadable & years.notna()).any()
    assert ((years.dropna() >= 1900) & (years.dropna() <= 2100)).all()
    said = no_figure(column)
    numbers, bad = parse_series(column)
    assert not (said & (numbers.notna() | bad)).any()  # a no-figure word is never a number nor an error


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=500_000, max_value=100_000_000), min_size=3, max_size=30),
    st.sampled_from(["Gaji", "Gaji_Rata2", "Gaji Pokok"]),
)
def test_rupiah_in_the_monthly_band_is_always_read_per_month(amounts, header):
    found = guess.guess_file([header, "Lokasi"], {header: pd.Series([str(a) for a in amounts])})
    assert (found.currency, found.period) == ("IDR", "month")


# ---------- the real file still imports ----------
DS = REAL_DATA / "ds_salaries.csv"


@pytest.mark.skipif(not DS.exists(), reason=f"real data not present at {DS}")
def test_ds_salaries_is_guessed_per_year_and_imports_all_3755_rows():
    data = DS.read_bytes()
    raw, inspection, view = guessed(data, "ds_salaries.csv")
    assert (view.guess.currency, view.guess.period) == ("USD", "year")
    assert view.guess.currency_reason.code == "currency_column"
    result = importer.import_csv(data, "ds_salaries.csv", mapping_for(inspection, view))
    assert (result.rows_read, result.accepted, result.rejected) == (3755, 3755, 0)
    assert set(result.rows["pay_period"]) == {"year"} and set(result.rows["province"]) == {""}
    shown = preview.import_preview(raw, mapping_for(inspection, view), "ds_salaries.csv", "en")
    assert shown.table.iloc[0, 2] == "€80,000 per year, 2023"
    assert shown.summary.startswith("Whole pay column (3,224 figures in USD), per year: median $")


@pytest.mark.parametrize(
    ("columns", "fixed", "figures", "ready"),
    [
        ({"pay_typical": "pay"}, {"currency": "IDR", "pay_period": "month"}, 5, True),
        ({"pay_typical": "pay"}, {"currency": "IDR", "pay_period": None}, 5, False),  # no silent default
        ({"pay_typical": "pay"}, {"currency": None, "pay_period": "month"}, 5, False),
        (
            {"pay_typical": "pay", "pay_period": "per", "currency": "cur"},
            {"currency": None, "pay_period": None},
            5,
            True,
        ),
        ({"pay_typical": "pay"}, {"currency": "IDR", "pay_period": None}, 0, True),  # nothing to misread
        ({"role": "role"}, {"currency": "IDR", "pay_period": None}, 0, True),  # the import says "no pay column"
    ],
)
def test_the_import_waits_for_a_period_and_currency_only_when_figures_need_them(columns, fixed, figures, ready):
    assert preview.can_import(importer.Mapping.build(columns, fixed), figures) is ready


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "en",
            [
                "5 rows were placed in a province or US state from the column “Lokasi”.",
                "1 rows name a place found in more than one province, left without a province: Banjar",
                "1 rows have no readable four-digit year in the column “Tanggal”, left without a year.",
            ],
        ),
        (
            "id",
            [
                "5 baris ditempatkan di provinsi atau negara bagian AS dari kolom “Lokasi”.",
                "1 baris menyebut tempat yang ada di lebih dari satu provinsi, dibiarkan tanpa provinsi: Banjar",
                "1 baris tidak punya tahun empat angka yang terbaca di kolom “Tanggal”, dibiarkan tanpa tahun.",
            ],
        ),
    ],
)
def test_the_report_lists_what_could_not_be_placed_or_dated(lang, notes):
    _, inspection, view = guessed(JOBSTREET, "jobstreet.csv")
    mapping = mapping_for(inspection, view)
    result = importer.import_csv(JOBSTREET, "jobstreet.csv", mapping)
    assert preview.import_notes(result, mapping, lang) == notes
