"""The import page through the whole app: upload, mapping, counts, rejection report, bad files, removal."""

import pytest

from .conftest import REAL_DATA

GOOD = "Posisi;Gaji Minimum;Gaji Maksimum;Tahun\nCS Bank;Rp 5.000.000;Rp 7.000.000;2023\nAdmin;4,5 juta;6 jt;2024\n"
MIXED = GOOD + "Kasir;lima juta;Rp 6 jt;2024\nKurir;Rp 9 jt;Rp 6 jt;2024\n"


def open_upload(at, lang="en", review=False):
    """The import page; ``review``: the user asked to check the choices before importing (no import on drop)."""
    at.query_params["lang"] = lang
    if review:
        at.query_params["irv"] = "1"
    at.run()
    return at.switch_page("pages/upload.py").run()


def upload(at, name, data):
    """Choose a file on the page's one uploader (after an import it is a fresh one under a new key)."""
    [uploader] = at.file_uploader
    assert uploader.key.startswith("imp_file")
    uploader.set_value((name, data, "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def click_import(at):
    """Press "Import these rows" on the form; a file imported as it was dropped has no form: it is in already."""
    keys = [b.key for b in at.button if b.key.startswith("imp_run_")]
    if keys:
        [key] = keys
        at.button(key=key).click().run()
    else:
        assert at.session_state["imp_last"].guess is not None, "neither a form nor an import on drop"
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at):
    return [
        e.value for kind in ("success", "warning", "error", "info", "markdown", "caption") for e in getattr(at, kind)
    ]


@pytest.mark.parametrize(
    "lang, limit, xsrf",
    [("en", "Files up to 200 MB", "XSRF protection stays on"), ("id", "Berkas hingga 200 MB", "Perlindungan XSRF")],
)
def test_page_states_the_upload_limit_and_xsrf(app, lang, limit, xsrf):
    at = open_upload(app, lang)
    assert not at.exception
    caption = " ".join(texts(at))
    assert limit in caption and xsrf in caption
    assert at.file_uploader(key="imp_file").allowed_type == [".csv", ".txt", ".tsv"]


def test_guessed_mapping_is_shown_and_good_rows_join_the_session(app):
    at = upload(open_upload(app, review=True), "gaji.csv", GOOD.encode())
    assert (
        at.selectbox(key=[s.key for s in at.selectbox if s.key.startswith("imp_map_pay_min_")][0]).value
        == "Gaji Minimum"
    )
    assert at.selectbox(key=[s.key for s in at.selectbox if s.key.startswith("imp_cur_")][0]).value == "IDR"
    assert "Read as UTF-8, columns separated by semicolons; 4 columns." in texts(at)
    click_import(at)
    assert at.success[0].value == "gaji\\.csv: 2 rows read, 2 accepted, 0 rejected."
    rows = at.session_state["uploaded_salary_tables"]["gaji.csv"]
    assert rows["pay_min"].tolist() == [5e6, 4.5e6] and rows["pay_max"].tolist() == [7e6, 6e6]
    assert set(rows["source_kind"]) == {"user_upload"}


def test_rejected_rows_are_listed_with_row_column_value_and_reason_in_indonesian(app):
    at = click_import(upload(open_upload(app, "id"), "campur.csv", MIXED.encode()))
    assert at.warning[0].value == "campur\\.csv: 4 baris dibaca, 2 diterima, 2 ditolak."
    report = at.dataframe[-1].value
    assert report.values.tolist() == [
        [4, "Gaji Minimum", "lima juta", "bukan angka"],
        [5, "Gaji Minimum", "Rp 9 jt", "minimum lebih besar dari maksimum"],
    ]


def test_mapping_can_be_corrected_by_the_user(app):
    at = upload(open_upload(app, review=True), "us.csv", b"title,amount,kind\nCSR,$15.00,x\nLead,$21.50,y\n")
    period = [s.key for s in at.selectbox if s.key.startswith("imp_per_")][0]
    currency = [s.key for s in at.selectbox if s.key.startswith("imp_cur_")][0]
    assert at.selectbox(key=period).value == "hour"
    at.selectbox(key=currency).set_value("USD").run()
    at.selectbox(key=[s.key for s in at.selectbox if s.key.startswith("imp_map_role_")][0]).set_value("kind").run()
    rows = click_import(at).session_state["uploaded_salary_tables"]["us.csv"]
    assert rows["role"].tolist() == ["x", "y"] and rows["pay_typical"].tolist() == [15.0, 21.5]
    assert set(rows["currency"]) == {"USD"} and set(rows["pay_period"]) == {"hour"}


BAD = {
    "empty.csv": (b"", "the file is empty", "berkas kosong"),
    "photo.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file", "bukan berkas teks"),
    "letter.csv": (b"Dear HR,\nplease find my salary attached.\n", "no columns found", "tidak ada kolom"),
    "utf32.csv": ("a,b\n1,2\n".encode("utf-32"), "could not be read as UTF-8", "tidak dapat dibaca"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", BAD)
def test_bad_files_get_a_clear_message_and_earlier_uploads_are_kept(app, name, lang):
    at = click_import(upload(open_upload(app, lang), "gaji.csv", GOOD.encode()))
    data, en, id_ = BAD[name]
    upload(at, name, data)
    assert at.error, texts(at)
    assert (en if lang == "en" else id_) in at.error[0].value
    assert ("Your earlier uploads are kept." if lang == "en" else "Unggahan Anda sebelumnya tetap tersimpan.") in texts(
        at
    )
    assert "gaji.csv" in at.session_state["uploaded_salary_tables"]
    at.switch_page("pages/explorer.py").run()
    assert not at.exception


def test_text_in_every_pay_cell_adds_nothing(app):
    at = click_import(upload(open_upload(app), "words.csv", b"role,salary\nA,negotiable\nB,competitive\n"))
    assert "0 accepted" in at.warning[0].value
    assert "No row could be used, so nothing was added." in texts(at)
    assert "uploaded_salary_tables" not in at.session_state


def test_an_upload_can_be_removed(app):
    at = click_import(upload(open_upload(app), "gaji.csv", GOOD.encode()))
    assert any("gaji\\.csv: 2 rows" in m for m in texts(at))
    at.button(key="imp_rm_gaji.csv").click().run()
    assert not at.exception
    assert at.session_state["uploaded_salary_tables"] == {}
    assert "No uploads yet." in texts(at)


@pytest.mark.skipif(not (REAL_DATA / "ds_salaries.csv").exists(), reason="real data not present in ../shared/real-data")
def test_real_ds_salaries_file_imports_through_the_page(app):
    at = upload(open_upload(app, review=True), "ds_salaries.csv", (REAL_DATA / "ds_salaries.csv").read_bytes())
    levels = {s.label: s.value for s in at.selectbox if s.key.startswith("imp_lv_")}
    assert levels == {"SE": "specialist", "MI": "senior_staff", "EN": "junior_staff", "EX": "manager"}
    click_import(at)
    assert at.success[0].value == "ds\\_salaries\\.csv: 3,755 rows read, 3,755 accepted, 0 rejected."
    assert any("EUR" in i.value for i in at.info)
    at.switch_page("pages/explorer.py").run()
    assert not at.exception
    assert at.markdown[1].value == "**3,768 of 3,768 rows match.**"


@pytest.mark.parametrize("lang, message", [("en", "above the 1 MB limit"), ("id", "melebihi batas 1 MB")])
def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(app, lang, message):
    from streamlit import config

    before = config.get_option("server.maxUploadSize")
    config.set_option("server.maxUploadSize", 1)
    try:
        at = upload(open_upload(app, lang), "huge.csv", b"role,pay\n" + b"CSR,100\n" * 150_000)
        assert message in at.error[0].value
        assert "1 MB" in " ".join(texts(at))
    finally:
        config.set_option("server.maxUploadSize", before)


@pytest.mark.parametrize("lang, message", [("en", "no pay column is chosen"), ("id", "belum ada kolom gaji")])
def test_a_file_without_a_pay_column_says_so_after_import(app, lang, message):
    at = click_import(upload(open_upload(app, lang), "nopay.csv", b"name,city\nAni,Jakarta\n"))
    assert message in at.error[0].value
    assert not at.success


def test_ragged_rows_are_listed_and_the_rest_imported(app):
    at = click_import(upload(open_upload(app), "ragged.csv", b"role,salary\nA,$15.00\nB,$16.00,extra\nC,$17.00\n"))
    assert "3 rows read, 2 accepted, 1 rejected" in at.warning[0].value
    report = at.dataframe[-1].value
    assert report.values.tolist() == [[3, "", "B,$16.00,extra", "this row has 3 fields but the header has 2"]]


@pytest.mark.parametrize(
    "lang, counts, reason",
    [
        ("en", "3 rows read, 2 accepted, 1 rejected", "this row has 3 fields but the header has 2"),
        ("id", "3 baris dibaca, 2 diterima, 1 ditolak", "baris ini punya 3 isian sedangkan judul kolom punya 2"),
    ],
)
def test_a_long_first_data_row_is_listed_too(app, lang, counts, reason):
    """pandas alone would drop its extra cell and accept it; here it is rejected like any later long row."""
    data = b"role,salary\nA,$15.00,extra\nB,$16.00\nC,$17.00\n"
    at = click_import(upload(open_upload(app, lang), "first.csv", data))
    assert counts in at.warning[0].value
    assert at.dataframe[-1].value.values.tolist() == [[2, "", "A,$15.00,extra", reason]]


RELEASED = {
    "en": ("Imported from gaji\\.csv: its rows are kept for this session", "2 rows read, 2 accepted"),
    "id": ("Diimpor dari gaji\\.csv: barisnya tetap ada untuk sesi ini", "2 baris dibaca, 2 diterima"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_imported_file_is_let_go_of_and_its_report_stays(app, lang, tmp_path, monkeypatch):
    """Issue 11: a file on the uploader is copied on every rerun, so after an import the uploader is emptied
    (a fresh one under a new key), the whole-file copies are dropped, and the report and save section stay."""
    from salary_explorer.core import storage

    monkeypatch.setenv(storage.ENV_URL, f"sqlite:///{tmp_path / 'saved.db'}")
    released, counts = RELEASED[lang]
    at = click_import(upload(open_upload(app, lang, review=True), "gaji.csv", GOOD.encode()))
    for _ in range(2):  # the state survives reruns (a widget change elsewhere on the page)
        [uploader] = at.file_uploader
        assert uploader.key != "imp_file" and uploader.value is None
        assert any(i.value.startswith(released) for i in at.info), texts(at)
        assert counts in at.success[0].value
        assert not [s for s in at.selectbox if s.key.startswith("imp_")]  # no mapping form without a file
        assert not {"_upload_table", "_upload_stats", "_upload_previews"} & set(at.session_state)
        assert at.session_state["uploaded_salary_tables"]["gaji.csv"]["pay_min"].tolist() == [5e6, 4.5e6]
        at.run()
    [save] = [b.key for b in at.button if b.key.startswith("dset_save_")]  # saving needs no file either
    at.button(key=save).click().run()
    assert not at.exception and len(at.success) == 2, texts(at)

    at = upload(at, "gaji.csv", GOOD.encode())  # the same file again, to import it with other choices
    assert [s for s in at.selectbox if s.key.startswith("imp_map_")]
    assert counts in at.success[0].value and not any(i.value.startswith(released) for i in at.info)

    at = upload(at, "lain.csv", b"role,salary\nCS,$15.00\n")  # the next file: its own mapping, the report hidden
    assert [s for s in at.selectbox if s.key.startswith("imp_map_")]
    assert not any(i.value.startswith(released) for i in at.info)
    at = click_import(at)
    assert set(at.session_state["uploaded_salary_tables"]) == {"gaji.csv", "lain.csv"}  # the first is kept
    assert at.success[0].value.startswith("lain\\.csv")
    at.button(key="imp_rm_lain.csv").click().run()  # removing the newest drops its report, keeps the other
    assert not at.exception and not at.success
    assert set(at.session_state["uploaded_salary_tables"]) == {"gaji.csv"}


def test_a_file_with_nothing_accepted_stays_on_the_uploader_to_correct(app):
    at = click_import(upload(open_upload(app), "words.csv", b"role,salary\nA,negotiable\nB,competitive\n"))
    [uploader] = at.file_uploader
    assert uploader.key == "imp_file" and uploader.value is not None
    assert [s for s in at.selectbox if s.key.startswith("imp_map_")]
    assert "0 accepted" in at.warning[0].value


def test_streamlits_copy_of_an_uploaded_file_shares_its_bytes_and_stays_independent():
    """Issue 11: Streamlit deep-copies a widget's value on every rerun; for a file that copied every byte."""
    import copy

    from streamlit.proto.Common_pb2 import FileURLs
    from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

    data = b"role,pay\nCSR,100\n" * 1000
    stored = UploadedFile(UploadedFileRec("f1", "gaji.csv", "text/csv", data), FileURLs(file_id="f1"))
    stored.seek(7)
    twin = copy.deepcopy(stored)
    assert twin.getvalue() is data  # shared, not copied
    assert (twin.file_id, twin.name, twin.type, twin.size, twin.tell()) == ("f1", "gaji.csv", "text/csv", len(data), 7)
    assert twin == stored and twin._file_urls is not stored._file_urls
    twin.seek(0)
    twin.write(b"XXXX")  # user code writing to its copy leaves the stored file (and the bytes) as they were
    assert twin.getvalue()[:4] == b"XXXX" and stored.getvalue() is data and data[:4] == b"role"
    assert stored.tell() == 7 and twin.read(3) == b",pa"
