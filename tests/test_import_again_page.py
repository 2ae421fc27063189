"""Change the choices and import again: the file just imported comes back to the mapping form, pre-filled,
without choosing it again; importing again replaces its rows. Big files are let go of as before.

These go through the form first (the user asked to review before importing, ``irv``); the same after an
import on drop is in ``test_import_on_drop_page.py``."""

import dataclasses

import pytest

import salary_explorer.ui.import_again as import_again  # the defining module: its KEEP_MAX_BYTES is read there

from .test_upload_page import GOOD, click_import, open_upload, texts, upload

AGAIN = {
    "en": (
        "Change the mapping and import again",
        "Imported from gaji\\.csv: its rows are kept for this session. To change the choices",
        "Importing gaji\\.csv again, with the choices used last time.",
        "gaji\\.csv: 2 rows",
    ),
    "id": (
        "Ubah pemetaan dan impor ulang",
        "Diimpor dari gaji\\.csv: barisnya tetap ada untuk sesi ini. Untuk mengubah pilihan",
        "Mengimpor ulang gaji\\.csv, dengan pilihan yang dipakai sebelumnya.",
        "gaji\\.csv: 2 baris",
    ),
}
BIG = {
    "en": "To import it again with other choices, choose it again above.",
    "id": "Untuk mengimpornya lagi dengan pilihan lain, pilih lagi berkas itu di atas.",
}


def widget(at, kind, prefix):
    [found] = [w for w in getattr(at, kind) if w.key.startswith(prefix)]
    return found


def again_button(at):
    [button] = [b for b in at.button if b.key.startswith("imp_again_") and not b.key.startswith("imp_again_off_")]
    return button


def bring_back(at):
    again_button(at).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rows(at):
    return at.session_state["uploaded_salary_tables"]["gaji.csv"]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_imported_file_comes_back_with_its_choices_and_importing_again_replaces_its_rows(app, lang):
    label, released, again_note, listed = AGAIN[lang]
    at = upload(open_upload(app, lang, review=True), "gaji.csv", GOOD.encode())
    assert widget(at, "selectbox", "imp_per_").value == "month"  # the guess
    widget(at, "selectbox", "imp_per_").set_value("year").run()
    click_import(at)
    assert set(rows(at)["pay_period"]) == {"year"}
    [uploader] = at.file_uploader
    assert uploader.value is None  # let go of by the uploader, as before
    assert any(i.value.startswith(released) for i in at.info), texts(at)
    assert again_button(at).label == label
    assert not [s for s in at.selectbox if s.key.startswith("imp_")]

    bring_back(at)  # the same file on the form, without choosing it again, with last time's choices
    assert any(t.startswith(again_note) for t in texts(at)), texts(at)
    assert widget(at, "selectbox", "imp_per_").value == "year"  # not the guess: what was imported
    assert widget(at, "selectbox", "imp_map_pay_min_").value == "Gaji Minimum"
    assert widget(at, "selectbox", "imp_cur_").value == "IDR"
    assert not [b for b in at.button if b.key.startswith("imp_again_") and not b.key.startswith("imp_again_off_")]
    widget(at, "selectbox", "imp_per_").set_value("month").run()
    assert widget(at, "selectbox", "imp_per_").value == "month"
    click_import(at)

    got = rows(at)
    assert set(got["pay_period"]) == {"month"}
    assert got["pay_min"].tolist() == [5e6, 4.5e6] and got["pay_max"].tolist() == [7e6, 6e6]
    assert list(at.session_state["uploaded_salary_tables"]) == ["gaji.csv"]  # once, not twice
    assert [t for t in texts(at) if t == listed] == [listed]
    assert at.session_state["imp_last"].mapping.value("pay_period") == "month"  # the report is the new import's
    assert any(i.value.startswith(released) for i in at.info), texts(at)
    assert again_button(at).label == label  # and again, with the new choices
    assert at.session_state[import_again.KEPT_FILE_KEY].done.mapping.value("pay_period") == "month"
    assert not [s for s in at.selectbox if s.key.startswith("imp_")]
    at.switch_page("pages/explorer.py").run()
    assert not at.exception


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_file_over_the_keep_limit_is_let_go_of_and_must_be_chosen_again(app, lang, monkeypatch):
    monkeypatch.setattr(import_again, "KEEP_MAX_BYTES", len(GOOD.encode()) - 1)
    at = click_import(upload(open_upload(app, lang, review=True), "gaji.csv", GOOD.encode()))
    assert "gaji.csv" in at.session_state["uploaded_salary_tables"]
    assert not [b for b in at.button if b.key.startswith("imp_again_")]
    assert any(BIG[lang] in i.value for i in at.info), texts(at)
    assert import_again.KEPT_FILE_KEY not in at.session_state


def test_removing_the_upload_drops_the_kept_file(app):
    at = click_import(upload(open_upload(app, review=True), "gaji.csv", GOOD.encode()))
    assert at.session_state[import_again.KEPT_FILE_KEY].data == GOOD.encode()
    bring_back(at)
    at.button(key="imp_rm_gaji.csv").click().run()
    assert not at.exception
    assert import_again.KEPT_FILE_KEY not in at.session_state
    assert import_again.AGAIN_KEY not in at.session_state
    assert not [s for s in at.selectbox if s.key.startswith("imp_")]  # the form went with it
    assert "No uploads yet." in texts(at)


def test_a_newly_chosen_file_wins_and_replaces_the_kept_one_once_imported(app):
    at = bring_back(click_import(upload(open_upload(app, review=True), "gaji.csv", GOOD.encode())))
    at = upload(at, "lain.csv", b"role,salary\nCS,$15.00\n")
    assert not any(t.startswith("Importing gaji") for t in texts(at))
    assert widget(at, "selectbox", "imp_map_role_").value == "role"  # lain.csv's own guesses
    assert at.session_state[import_again.KEPT_FILE_KEY].done.name == "gaji.csv"  # until lain.csv is imported
    click_import(at)
    assert set(at.session_state["uploaded_salary_tables"]) == {"gaji.csv", "lain.csv"}
    assert at.session_state[import_again.KEPT_FILE_KEY].done.name == "lain.csv"
    assert again_button(at).key.startswith("imp_again_")


def test_a_try_again_that_accepts_nothing_keeps_the_rows_and_leaving_brings_the_report_back(app):
    at = bring_back(click_import(upload(open_upload(app, review=True), "gaji.csv", GOOD.encode())))
    widget(at, "selectbox", "imp_map_pay_min_").set_value("Posisi").run()
    widget(at, "selectbox", "imp_map_pay_max_").set_value("").run()
    click_import(at)
    assert "0 accepted" in at.warning[0].value
    assert rows(at)["pay_min"].tolist() == [5e6, 4.5e6]  # nothing already imported is lost
    assert [s for s in at.selectbox if s.key.startswith("imp_map_")]  # still on the form, to correct
    at.button(key=[b.key for b in at.button if b.key.startswith("imp_again_off_")][0]).click().run()
    assert not at.exception
    assert not [s for s in at.selectbox if s.key.startswith("imp_")]
    assert "2 rows read, 2 accepted" in at.success[0].value  # the accepted import's report, as it was
    assert again_button(at)


@pytest.mark.parametrize("lang, message", [("en", "the file is empty"), ("id", "berkas kosong")])
def test_a_kept_file_that_fails_to_read_says_so_like_an_upload_and_keeps_the_rows(app, lang, message):
    at = click_import(upload(open_upload(app, lang, review=True), "gaji.csv", GOOD.encode()))
    kept = at.session_state[import_again.KEPT_FILE_KEY]
    broken = import_again.KeptFile(b"", dataclasses.replace(kept.done, digest="f" * 64))
    at.session_state[import_again.KEPT_FILE_KEY] = broken
    at.session_state[import_again.AGAIN_KEY] = "f" * 64
    at.run()
    assert not at.exception
    assert message in at.error[0].value
    kept_note = "Your earlier uploads are kept." if lang == "en" else "Unggahan Anda sebelumnya tetap tersimpan."
    assert kept_note in texts(at)
    assert rows(at)["pay_min"].tolist() == [5e6, 4.5e6]


SAME_FILE = {
    "en": (
        "You imported gaji\\.csv earlier in this session: the form starts from the choices you made then.",
        "You imported a file with the same content as salinan\\.csv earlier in this session, under another name",
    ),
    "id": (
        "Anda sudah mengimpor gaji\\.csv di sesi ini: formulir diisi dengan pilihan Anda waktu itu.",
        "Anda sudah mengimpor berkas dengan isi yang sama dengan salinan\\.csv di sesi ini, dengan nama lain",
    ),
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("kept", [True, False], ids=["kept", "too_big_to_keep"])
def test_the_same_file_chosen_again_starts_from_the_choices_made_for_it(app, lang, kept, monkeypatch):
    if not kept:  # a big file is let go of: choosing it again is the only way to change its choices
        monkeypatch.setattr(import_again, "KEEP_MAX_BYTES", len(GOOD.encode()) - 1)
    at = upload(open_upload(app, lang, review=True), "gaji.csv", GOOD.encode())
    widget(at, "selectbox", "imp_per_").set_value("year").run()
    click_import(at)
    same_name, other_name = SAME_FILE[lang]

    at = upload(at, "gaji.csv", GOOD.encode())
    assert any(i.value.startswith(same_name) for i in at.info), texts(at)
    assert widget(at, "selectbox", "imp_per_").value == "year"  # what was imported, not the guess ("month")
    assert widget(at, "selectbox", "imp_map_pay_min_").value == "Gaji Minimum"
    assert not [b for b in at.button if b.key.startswith("imp_again_off_")]  # nothing to go back to
    widget(at, "selectbox", "imp_per_").set_value("month").run()
    click_import(at)
    assert list(at.session_state["uploaded_salary_tables"]) == ["gaji.csv"]  # replaced, not doubled
    assert set(rows(at)["pay_period"]) == {"month"}

    at = upload(at, "salinan.csv", GOOD.encode())  # the same bytes under another name: kept beside them
    assert any(i.value.startswith(other_name) for i in at.info), texts(at)
    assert widget(at, "selectbox", "imp_per_").value == "month"
    assert not [s for s in at.success if s.value.startswith("gaji")]  # gaji.csv's report is not salinan.csv's


def test_another_file_still_starts_from_its_own_guesses(app):
    at = click_import(upload(open_upload(app, review=True), "gaji.csv", GOOD.encode()))
    at = upload(at, "lain.csv", b"role,salary\nCS,$15.00\n")
    assert not [i for i in at.info if "earlier in this session" in i.value]
    assert widget(at, "selectbox", "imp_map_role_").value == "role"
