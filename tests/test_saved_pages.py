"""Saved work on the pages (AppTest, both languages): band sets saved, reopened by link, versions,
conflicts, rename/duplicate/delete; a saved import reopened by link; wrong links say "not found"."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from salary_explorer.bands import sets
from salary_explorer.core import storage
from salary_explorer.core.i18n import t
from salary_explorer.uploads import importer, saved

from .conftest import ROOT


@pytest.fixture(autouse=True)
def store_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'saved.db'}"
    monkeypatch.setenv(storage.ENV_URL, url)
    return url


@pytest.fixture
def engine(store_url):
    engine = storage.make_engine(store_url)
    storage.migrate(engine)
    yield engine
    engine.dispose()


def open_page(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in {"lang": "en", "cur": "IDR", "per": "month", **params}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def bands_page(**params) -> AppTest:
    """The bands page with its save-and-open section opened, as the user would (a link to a set opens it)."""
    at = open_page("pages/bands.py", **params)
    if not at.session_state["band_sets_open"]:
        at.session_state["band_sets_open"] = True
        at.run()
    return at


def test_the_save_section_is_shut_until_opened_and_opens_by_itself_for_a_saved_set():
    at = open_page("pages/bands.py")
    assert not at.session_state["band_sets_open"]
    assert not [b for b in at.button if b.key == "bset_save"]  # not built while shut
    at.session_state["band_sets_open"] = True
    at.run()
    token = save_set(at)
    later = open_page("pages/bands.py", bset=token)  # a new session from the link: the section is open
    assert later.session_state["band_sets_open"] and later.text_input(key="bset_name").value == "Jakarta 2025"


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def param(at, key):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def save_set(at, name="Jakarta 2025", notes=""):
    at.text_input(key="bset_name").input(name)
    if notes:
        at.text_area(key="bset_notes").input(notes)
    at.button(key="bset_save").click().run()
    assert not at.exception, at.exception
    return param(at, "bset")


@pytest.mark.parametrize(
    "lang, saved_text, opened_text",
    [
        ("en", "Saved “Jakarta 2025”, version 1.", "Opened band set “Jakarta 2025”, version 1 of 1"),
        ("id", "“Jakarta 2025” disimpan, versi 1.", "Set rentang “Jakarta 2025” dibuka, versi 1 dari 1"),
    ],
)
def test_save_then_open_by_link_in_a_new_session(lang, saved_text, opened_text, engine):
    at = bands_page(lang=lang, bp="Bali", bo="35")
    token = save_set(at, notes="<b>draft</b> =1+1")
    assert saved_text in texts(at.success)
    assert storage.valid_token(token)
    assert any(token in c.value for c in at.code)  # the private link is shown as text
    stored = sets.open_set(engine, token)
    assert (stored.market, stored.province, stored.overlap_pct, stored.notes) == (
        "ID",
        "Bali",
        35.0,
        "<b>draft</b> =1+1",
    )

    later = bands_page(lang=lang, bset=token)  # a later session: no bp/bo in the link
    assert any(s.startswith(opened_text) for s in texts(later.success))
    assert (param(later, "bp"), param(later, "bo")) == ("Bali", "35")
    assert later.text_input(key="bset_name").value == "Jakarta 2025"
    assert later.text_area(key="bset_notes").value == "<b>draft</b> =1+1"
    pd.testing.assert_frame_equal(
        later.data_editor[0].value.reset_index(drop=True)[["level", "band_min", "band_mid", "band_max"]],
        stored.ladder[["level", "band_min", "band_mid", "band_max"]],
        check_dtype=False,
    )


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("page, key", [("pages/bands.py", "bset"), ("pages/upload.py", "dset")])
@pytest.mark.parametrize("token", ["A" * 43])
def test_a_wrong_link_says_not_found(lang, page, key, token):
    at = open_page(page, lang=lang, **{key: token})
    assert t("storage.not_found", lang) in texts(at.error)
    at.run()  # still there on the next run, still no traceback
    assert t("storage.not_found", lang) in texts(at.error) and not at.exception


def test_an_altered_link_and_a_link_of_the_other_kind_are_not_found(engine):
    token = save_set(bands_page())
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert t("storage.not_found", "en") in texts(bands_page(bset=altered).error)
    assert t("storage.not_found", "en") in texts(open_page("pages/upload.py", dset=token).error)


def test_versions_and_compare_side_by_side(engine):
    at = bands_page()
    token = save_set(at, notes="v1")
    at.text_area(key="bset_notes").input("v2")
    at.run()
    assert at.button(key="bset_save").label == "Save as version 2"
    at.button(key="bset_save").click().run()
    assert "Saved “Jakarta 2025”, version 2." in texts(at.success)
    assert [v.version for v in sets.versions(engine, token)] == [1, 2]
    changes = at.dataframe[-1].value
    assert changes.iloc[0].tolist() == ["Set", "Notes", "v1", "v2"]
    assert at.selectbox(key="bset_cmp_a").value == 1 and at.selectbox(key="bset_cmp_b").value == 2


def test_a_concurrent_save_is_refused_and_can_be_saved_as_new(engine):
    token = save_set(bands_page())
    alice, bob = bands_page(bset=token), bands_page(bset=token)
    alice.text_area(key="bset_notes").input("alice").run()
    alice.button(key="bset_save").click().run()
    bob.text_area(key="bset_notes").input("bob").run()
    bob.button(key="bset_save").click().run()
    assert t("storage.conflict", "en", base=1, current=2) in texts(bob.error)
    assert sets.open_set(engine, token).notes == "alice"
    bob.button(key="bset_save_new").click().run()
    assert not bob.exception
    new = param(bob, "bset")
    assert new != token and sets.open_set(engine, new).notes == "bob"


def test_rename_duplicate_delete(engine):
    at = bands_page(lang="id")
    token = save_set(at)
    at.text_input(key="bset_name").input("Nama baru")
    at.button(key="bset_rename").click().run()
    assert "Nama diganti menjadi “Nama baru”." in texts(at.success)
    assert sets.open_set(engine, token).name == "Nama baru"
    at.button(key="bset_duplicate").click().run()
    copy = param(at, "bset")
    assert copy != token and sets.open_set(engine, copy).name == "Salinan Nama baru"
    at.checkbox(key="bset_delete_sure").check().run()
    at.button(key="bset_delete").click().run()
    assert t("bset.deleted", "id") in texts(at.info)
    with pytest.raises(storage.NotFound):
        sets.open_set(engine, copy)
    assert param(at, "bset") is None
    assert sets.open_set(engine, token).name == "Nama baru"


@pytest.mark.parametrize(
    "lang, opened",
    [
        ("en", "Opened saved dataset “gaji\\.csv”: 2 rows"),
        ("id", "Dataset tersimpan “gaji\\.csv” dibuka: 2 baris"),
    ],
)
def test_a_saved_import_reopens_by_link_and_joins_the_session(lang, opened, engine):
    data = b"Posisi;Gaji;Tahun\nCS Bank;Rp 5.000.000;2023\nKasir;4,5 juta;2024\n"
    mapping = importer.Mapping.build({"role": "Posisi", "pay_typical": "Gaji", "year": "Tahun"})
    result = importer.import_csv(data, "gaji.csv", mapping)
    token = saved.save(engine, "gaji.csv", result, mapping, "f" * 64).token
    at = open_page("pages/upload.py", lang=lang, dset=token)
    assert any(s.startswith(opened) for s in texts(at.success))
    assert any(token in c.value for c in at.code)
    assert "gaji.csv" in at.session_state["uploaded_salary_tables"]
    at.switch_page("pages/explorer.py").run()
    assert not at.exception


@pytest.mark.parametrize("token", ["nonsense", "<script>alert(1)</script>", "x" * 500])
def test_malformed_links_are_not_found_too(token):
    assert t("storage.not_found", "en") in texts(bands_page(bset=token).error)


def test_a_saved_import_can_be_deleted_with_its_link(engine):
    data = b"Posisi;Gaji\nCS Bank;Rp 5.000.000\n"
    result = importer.import_csv(data, "x.csv")
    token = saved.save(engine, "x.csv", result, importer.Mapping.build({}), "0" * 64).token
    at = open_page("pages/upload.py", dset=token)
    at.checkbox(key="dset_delete_sure").check().run()
    at.button(key="dset_delete").click().run()
    assert t("dset.deleted", "en") in texts(at.info)
    with pytest.raises(storage.NotFound):
        saved.open_saved(engine, token)


def test_a_name_is_shown_as_typed_never_as_markdown(engine):
    at = bands_page()
    token = save_set(at, name="[click](javascript:alert(1)) **big**")
    assert sets.open_set(engine, token).name == "[click](javascript:alert(1)) **big**"
    message = next(s for s in texts(at.success) if s.startswith("Saved"))
    assert "](javascript" not in message and "\\*\\*big\\*\\*" in message


@pytest.mark.parametrize("lang, start", [("en", "Too large to save"), ("id", "Terlalu besar untuk disimpan")])
def test_the_quota_refuses_with_a_clear_message(lang, start, monkeypatch, engine):
    monkeypatch.setenv(storage.ENV_MAX_MB, "0.0005")  # about 500 bytes: less than any ladder
    at = bands_page(lang=lang)
    at.text_input(key="bset_name").input("Too big")
    at.button(key="bset_save").click().run()
    assert not at.exception
    assert any(e.startswith(start) for e in texts(at.error))
    assert param(at, "bset") is None
