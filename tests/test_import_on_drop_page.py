"""Issue 33: a file whose columns, currency and period are clear is imported as it is dropped; its report lists
every choice with why, each can be changed (import again), and anything unclear still goes to the form."""

import pytest

import salary_explorer.ui.import_again as import_again  # the defining module: its KEEP_MAX_BYTES is read there
from salary_explorer.uploads import first_choices, importer
from salary_explorer.uploads import guess as guessing

from .conftest import REAL_DATA
from .test_import_again_page import bring_back, rows, widget
from .test_import_ranges_levels import SEED, SEED_LEVELS, SEED_MAX, SEED_MIN
from .test_upload_page import GOOD, open_upload, texts, upload

ON_DROP = {
    "en": (
        "Imported from gaji\\.csv as soon as it was dropped",
        "Read with these choices",
        "Pay, minimum ← Gaji Minimum",
        "Pay period of every row: per month (most figures (100%) are between Rp 4.5M and Rp 7M",
        "Currency of every row: Rupiah (Rp) (most figures are written with the Rupiah (Rp) mark",
    ),
    "id": (
        "Diimpor dari gaji\\.csv begitu dijatuhkan",
        "Dibaca dengan pilihan ini",
        "Gaji minimum ← Gaji Minimum",
        "Periode gaji semua baris: per bulan (sebagian besar angka (100%) antara Rp 4,5\xa0jt dan Rp 7\xa0jt",
        "Mata uang semua baris: Rupiah (Rp) (sebagian besar angka ditulis dengan tanda Rupiah (Rp)",
    ),
}


def form_shown(at) -> bool:
    return bool([s for s in at.selectbox if s.key.startswith("imp_map_")])


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_clear_file_is_imported_as_it_is_dropped_and_says_how_it_was_read(app, lang):
    said, heading, column, period, currency = ON_DROP[lang]
    at = upload(open_upload(app, lang), "gaji.csv", GOOD.encode())
    assert not form_shown(at) and not [b for b in at.button if b.key.startswith("imp_run_")]
    got = rows(at)
    assert got["pay_min"].tolist() == [5e6, 4.5e6] and got["pay_max"].tolist() == [7e6, 6e6]
    assert set(got["pay_period"]) == {"month"} and set(got["currency"]) == {"IDR"}
    shown = texts(at)
    assert any(t.startswith(said) for t in shown), shown
    assert heading in " ".join(shown)
    listed = next(t for t in shown if t.startswith("- ")).replace("\\", "")  # the choices (markdown unescaped)
    assert column in listed and period in listed and currency in listed, listed
    [uploader] = at.file_uploader
    assert uploader.value is None  # let go of, as after any import
    assert at.session_state["imp_last"].guess is not None


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_choice_made_on_drop_can_be_changed_and_the_rows_are_replaced(app, lang):
    at = upload(open_upload(app, lang), "gaji.csv", GOOD.encode())
    bring_back(at)  # "Change the mapping and import again": the form, on the choices the drop used
    assert widget(at, "selectbox", "imp_per_").value == "month"
    assert widget(at, "selectbox", "imp_map_pay_min_").value == "Gaji Minimum"
    widget(at, "selectbox", "imp_per_").set_value("year").run()
    [run] = [b.key for b in at.button if b.key.startswith("imp_run_")]
    at.button(key=run).click().run()
    assert not at.exception
    assert set(rows(at)["pay_period"]) == {"year"}
    assert list(at.session_state["uploaded_salary_tables"]) == ["gaji.csv"]  # replaced, not doubled
    assert at.session_state["imp_last"].guess is None  # the user's choices now: no "as soon as dropped"
    assert not any(t.startswith(ON_DROP[lang][0]) for t in texts(at))


@pytest.mark.parametrize(
    "name, data",
    [
        ("words.csv", b"role,salary\nA,negotiable\nB,competitive\n"),  # no figure: the period cannot be told
        ("mixed.csv", b"role,pay\nA,15\nB,16\nC,60000\nD,65000\nE,70000\n"),  # per hour or per year?
        ("nopay.csv", b"name,city\nAni,Jakarta\n"),  # no pay column at all
    ],
)
def test_a_file_with_something_to_ask_goes_to_the_form_and_nothing_is_imported(app, name, data):
    at = upload(open_upload(app), name, data)
    assert form_shown(at), texts(at)
    assert not at.session_state["uploaded_salary_tables"] if "uploaded_salary_tables" in at.session_state else True
    assert "imp_last" not in at.session_state


def test_review_first_opens_every_file_on_the_form(app):
    at = upload(open_upload(app, review=True), "gaji.csv", GOOD.encode())
    assert form_shown(at) and at.toggle(key="irv").value is True
    assert "imp_last" not in at.session_state
    at.toggle(key="irv").set_value(False).run()  # switched off with the file waiting: it is not imported behind
    assert not at.exception  # the user's back (the form was already theirs), but nothing is lost either
    assert at.query_params.get("irv") in (None, ["0"], "0", [])


def test_the_same_file_dropped_again_opens_the_form_on_its_choices(app):
    at = upload(open_upload(app), "gaji.csv", GOOD.encode())
    at = upload(at, "gaji.csv", GOOD.encode())
    assert form_shown(at)  # chosen again: to change its choices, not a second import of the same rows
    assert widget(at, "selectbox", "imp_per_").value == "month"
    assert list(at.session_state["uploaded_salary_tables"]) == ["gaji.csv"]


@pytest.mark.parametrize(
    "lang, said",
    [
        ("en", "The file itself is no longer held (files over"),
        ("id", "Berkasnya sendiri tidak lagi ditahan (berkas di atas"),
    ],
)
def test_a_big_file_imported_on_drop_says_to_choose_it_again_to_change_a_choice(app, lang, said, monkeypatch):
    monkeypatch.setattr(import_again, "KEEP_MAX_BYTES", len(GOOD.encode()) - 1)
    at = upload(open_upload(app, lang), "gaji.csv", GOOD.encode())
    assert any(said in i.value for i in at.info), texts(at)
    assert not [b for b in at.button if b.key.startswith("imp_again_")]
    at = upload(at, "gaji.csv", GOOD.encode())  # chosen again: the form, on the choices the drop used
    assert widget(at, "selectbox", "imp_per_").value == "month"


def test_nothing_accepted_on_drop_leaves_the_file_on_the_form_with_the_report(app):
    at = upload(open_upload(app), "words.csv", b"role,salary_usd_per_month\nA,negotiable\nB,competitive\n")
    assert form_shown(at)
    [uploader] = at.file_uploader
    assert uploader.value is not None  # kept, to correct
    assert "0 accepted" in at.warning[0].value
    at.run()  # a rerun does not import it again behind the form
    assert not at.exception and form_shown(at)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_seed_articles_levels_are_read_as_written_on_drop(app, lang):
    at = upload(open_upload(app, lang), "seed.csv", SEED.encode())
    got = at.session_state["uploaded_salary_tables"]["seed.csv"]
    assert got["level"].tolist() == SEED_LEVELS
    assert got["pay_min"].tolist() == SEED_MIN and got["pay_max"].tolist() == SEED_MAX
    levels = next(t for t in texts(at) if t.startswith("- "))
    assert "Staff Magang → " in levels


@pytest.mark.skipif(not (REAL_DATA / "ds_salaries.csv").exists(), reason="real data not present in ../shared/real-data")
def test_the_real_salary_file_is_read_as_it_means_on_drop(app):
    """A file nobody here wrote: yearly pay, a currency per row, the data-science level codes."""
    at = upload(open_upload(app), "ds_salaries.csv", (REAL_DATA / "ds_salaries.csv").read_bytes())
    assert at.success[0].value == "ds\\_salaries\\.csv: 3,755 rows read, 3,755 accepted, 0 rejected."
    got = at.session_state["uploaded_salary_tables"]["ds_salaries.csv"]
    assert set(got["pay_period"]) == {"year"}  # the figures' size says yearly, and the report says why
    first = got.iloc[0]  # 2023,SE,FT,Principal Data Scientist,80000,EUR,85847,ES,...
    assert (first["currency"], first["pay_typical"], first["level"], first["country"]) == (
        "EUR",
        80000,
        "specialist",
        "ES",
    )
    assert set(got["level"]) == {"junior_staff", "senior_staff", "specialist", "manager"}
    listed = next(t for t in texts(at) if t.startswith("- ")).replace("\\", "")
    assert "Currency of every row: from the column salary_currency" in listed
    assert "Pay period of every row: per year (" in listed


# ---- the pure rule: when nothing must be asked ----
def _guess(currency, period, code="figures"):
    reason = guessing.Reason(code)
    return guessing.Guess(currency, period, guessing.Reason("currency_cells"), reason)


@pytest.mark.parametrize(
    "columns, guess, asks_nothing",
    [
        ({"pay_min": "Gaji"}, _guess("IDR", "month"), True),
        ({"pay_typical": "pay"}, _guess("USD", "hour", "header"), True),
        ({"pay_min": "Gaji"}, _guess("IDR", None, "mixed"), False),
        ({"pay_min": "Gaji"}, _guess(None, None, "no_currency"), False),
        ({"pay_min": "Gaji", "currency": "cur"}, _guess(None, "month"), True),  # currency from a column
        ({"pay_min": "Gaji", "pay_period": "per"}, _guess("IDR", None, "too_few"), True),  # period from a column
        ({"role": "Posisi"}, _guess("IDR", "month"), False),  # no pay column
        ({"pay_min": "Gaji"}, _guess("IDR", "month", "header_over_figures"), False),  # header vs figures
    ],
)
def test_asks_nothing_only_when_pay_currency_and_period_are_clear(columns, guess, asks_nothing):
    assert first_choices.asks_nothing(columns, guess) is asks_nothing


@pytest.mark.parametrize(
    "currency, last, country",
    [("IDR", None, "ID"), ("USD", None, "US"), (None, None, "ID"), ("USD", {"country": "ID"}, "ID")],
)
def test_the_country_follows_the_currency_unless_chosen(currency, last, country):
    assert first_choices.country_for(currency, last) == country


def test_the_starting_mapping_is_the_forms_untouched_choices():
    import pandas as pd

    sample = pd.DataFrame({"Jenjang": ["Staff Magang", "Manager"], "Gaji": ["1", "2"]})
    mapping = first_choices.starting_mapping(
        {"level": "Jenjang", "pay_typical": "Gaji", "role": ""}, _guess("IDR", "month"), sample
    )
    assert mapping == importer.Mapping.build(
        {"level": "Jenjang", "pay_typical": "Gaji"},
        {"currency": "IDR", "pay_period": "month", "country": "ID", "role": "Customer service"},
        level_codes={"Staff Magang": "intern", "Manager": "manager"},
        decimal=None,
    )
