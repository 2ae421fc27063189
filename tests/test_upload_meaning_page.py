"""The import page shows what the file will mean before it counts (issue 15): the guessed period with its reason,
the first rows read back in words, the whole pay column in the chosen period; it asks when the file is unclear."""

import re

import pytest

from .test_import_meaning import DEALLS, JOBSTREET, MIXED
from .test_upload_page import click_import, open_upload, upload


def plain(text: str) -> str:
    """Markdown-escaped page text back as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", text)


def texts(at) -> list[str]:
    kinds = ("success", "warning", "error", "info", "markdown", "caption")
    return [plain(e.value) for kind in kinds for e in getattr(at, kind)]


def widget(at, prefix: str):
    [key] = [s.key for s in at.selectbox if s.key.startswith(prefix)]
    return at.selectbox(key=key)


def read_as_table(at, lang):
    header = {"en": "Read as", "id": "Dibaca sebagai"}[lang]
    [table] = [d.value for d in at.table if header in d.value.columns]  # a static table since issue 33
    return table


@pytest.mark.parametrize(
    ("lang", "reason", "first", "summary", "first_yearly"),
    [
        (
            "en",
            "Pay period: most figures (100%) are between Rp 3.2M and Rp 10.5M",
            "Rp 10,500,000 per month, DKI Jakarta, 2024",
            "Whole pay column (6 figures), per month: median Rp 5,250,000, from Rp 3,200,000 to Rp 10,500,000.",
            "Rp 10,500,000 per year, DKI Jakarta, 2024",
        ),
        (
            "id",
            "Periode gaji: sebagian besar angka (100%) antara Rp 3,2",
            "Rp 10.500.000 per bulan, DKI Jakarta, 2024",
            "Seluruh kolom gaji (6 angka), per bulan: median Rp 5.250.000, dari Rp 3.200.000 sampai Rp 10.500.000.",
            "Rp 10.500.000 per tahun, DKI Jakarta, 2024",
        ),
    ],
)
def test_the_preview_shows_the_read_figures_in_the_chosen_period_before_confirming(
    app, lang, reason, first, summary, first_yearly
):
    at = upload(open_upload(app, lang, review=True), "jobstreet.csv", JOBSTREET)
    assert widget(at, "imp_per_").value == "month" and widget(at, "imp_cur_").value == "IDR"
    assert widget(at, "imp_map_province_").value == "Lokasi"
    shown = texts(at)
    assert any(t.startswith(reason) for t in shown), shown
    table = read_as_table(at, lang)
    assert table.iloc[0].tolist() == [2, "10500000", first]
    assert summary in shown
    assert "uploaded_salary_tables" not in at.session_state or not at.session_state["uploaded_salary_tables"]

    widget(at, "imp_per_").set_value("year").run()  # changing the guess updates the preview
    assert read_as_table(at, lang).iloc[0, 2] == first_yearly
    assert any(", per year: median" in t or ", per tahun: median" in t for t in texts(at))


@pytest.mark.parametrize(
    ("lang", "ask"),
    [
        ("en", "Choose the pay period (and currency) of your figures before importing"),
        ("id", "Pilih periode gaji (dan mata uang) angka Anda sebelum mengimpor"),
    ],
)
def test_a_file_with_both_kinds_of_evidence_asks_before_importing(app, lang, ask):
    at = upload(open_upload(app, lang), "mixed.csv", MIXED)
    assert widget(at, "imp_per_").value is None
    [run] = [b for b in at.button if b.key.startswith("imp_run_")]
    assert run.disabled
    shown = texts(at)
    assert any(t.startswith(ask) for t in shown)
    assert any("57%" in t and "43%" in t for t in shown)  # the reason names both kinds of figures
    widget(at, "imp_per_").set_value("hour").run()
    [run] = [b for b in at.button if b.key.startswith("imp_run_")]
    assert not run.disabled
    rows = click_import(at).session_state["uploaded_salary_tables"]["mixed.csv"]
    assert set(rows["pay_period"]) == {"hour"}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "4 rows have no pay figure: N/A (2), Competitive (1), nego (1)"),
        ("id", "4 baris tanpa angka gaji: N/A (2), Competitive (1), nego (1)"),
    ],
)
def test_rows_without_a_figure_are_one_line_of_the_report(app, lang, line):
    at = click_import(upload(open_upload(app, lang), "dealls.csv", DEALLS))
    shown = texts(at)
    assert line in shown
    rows = at.session_state["uploaded_salary_tables"]["dealls.csv"]
    assert rows["province"].tolist() == ["DKI Jakarta", "DI Yogyakarta", "DKI Jakarta"]
    assert set(rows["pay_period"]) == {"month"} and set(rows["currency"]) == {"IDR"}
