"""The wage structure page through the whole app (router + settings panel), in both languages."""

from __future__ import annotations

import pytest

KARAWANG = {
    "ssm": "two_point",
    "ssn": "5",
    "ssl": "6600000",
    "ssh": "15000000",
    "ssr": "40",
    "ssp": "Jawa Barat",
    "ssk": "32.15",
    "sse": "2026-01-01",
}


def open_structure(at, lang="id", **params):
    for key, value in {"lang": lang, **params}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/structure.py").run()
    assert not at.exception
    return at


def boxes(at, kind: str) -> str:
    return "\n".join(e.value for e in getattr(at, kind))


@pytest.mark.parametrize(
    "lang, below, umk",
    [
        ("id", "Upah terkecil golongan 1 Rp 5.500.000 di bawah upah minimum di tempat kerja", "Rp 5.886.853"),
        ("en", "Grade 1's minimum Rp 5,500,000 is below the minimum wage at the workplace", "Rp 5,886,853"),
    ],
)
def test_karawang_call_centre_is_flagged_below_the_umk(app, lang, below, umk):
    at = open_structure(app, lang, **KARAWANG)
    errors = boxes(at, "error")
    assert below in errors and umk in errors and "UMK" in errors
    assert "Pasal 88E(2)" in errors
    table = at.table[0].value
    assert table.iloc[0, 2] == ("Rp 5.500.000" if lang == "id" else "Rp 5,500,000")
    assert len(table) == 5


@pytest.mark.parametrize("lang", ["id", "en"])
def test_two_point_structure_meets_the_ump_province_wide(app, lang):
    at = open_structure(app, lang, **{**KARAWANG, "ssk": ""})
    assert "UMP Jawa Barat 2026" in boxes(at, "success")
    assert not at.error


@pytest.mark.parametrize("lang", ["id", "en"])
def test_from_the_band_ladder(app, lang):
    at = open_structure(app, lang, ssm="ladder")
    table = at.table[0].value
    assert len(table) >= 3
    assert table.columns[0] == ("Golongan" if lang == "id" else "Grade")
    assert table.iloc[0, 0] == "1"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_by_points_with_a_scatter_and_the_line(app, lang):
    at = open_structure(app, lang, ssm="points", ssn="8", ssr="40,40,40,80,100")
    table = at.table[0].value
    assert table.iloc[1, 3] == ("Rp 4.614.286" if lang == "id" else "Rp 4,614,286")  # annex example B
    assert len(at.get("vega_lite_chart")) == 2  # jobs with the pay line, then the scale


def test_a_job_without_points_is_named_and_the_structure_is_kept(app):
    at = open_structure(app, "id", ssm="points", ssn="8", ssr="40,40,40,80,100")
    before = at.table[0].value
    at.session_state["ss_jobs_editor_0"] = {"edited_rows": {1: {"points": None}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert "Baris 2: General manager tidak memiliki poin" in boxes(at, "error")
    assert "terakhir berhasil disusun" in "\n".join(c.value for c in at.caption)
    assert at.table[0].value.equals(before)


@pytest.mark.parametrize("lang, text", [("id", "Rentang ke-2 (x)"), ("en", "Spread number 2 (x)")])
def test_a_bad_spread_is_named(app, lang, text):
    at = open_structure(app, lang, **{**KARAWANG, "ssr": "40,x"})
    assert text in boxes(at, "error")


def test_years_of_service_scale_is_labelled_practice_not_law(app):
    at = open_structure(app, "en", **{**KARAWANG, "ssy": "5"})
    assert "not a legal requirement" in "\n".join(c.value for c in at.caption)
    assert len(at.table) == 3  # structure, overlaps, service scale


def test_save_open_by_link_and_compare_versions(app, tmp_path, monkeypatch):
    monkeypatch.setenv("SALARY_EXPLORER_DB_URL", f"sqlite:///{tmp_path / 'saved.db'}")
    at = open_structure(app, "en", **{**KARAWANG, "ssk": ""})
    at.session_state["ss_sets_open"] = True
    at.run()
    at.text_input(key="sset_name").input("Call centre 2026").run()
    at.button(key="sset_save").click().run()
    assert not at.exception
    token = at.session_state["ss_saved"].token
    assert at.query_params["sset"] == [token] or at.query_params["sset"] == token
    at.number_input(key="ssl").set_value(7_000_000).run()
    at.radio(key="ssm").set_value("two_point").run()
    at.button(key="sset_save").click().run()
    assert at.session_state["ss_saved"].version == 2
    changes = at.dataframe[-1].value
    assert "Rp 5,833,333" in changes.to_string()  # grade 1's new minimum in version 2

    from streamlit.testing.v1 import AppTest

    from .conftest import ROOT

    fresh = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    fresh = open_structure(fresh, "id", sset=token)
    assert "dibuka, versi 2" in boxes(fresh, "success")
    assert fresh.radio(key="ssm").value == "saved"
    assert fresh.table[0].value.iloc[0, 2] == "Rp 5.833.333"


def test_a_wrong_saved_link_says_not_found(app, tmp_path, monkeypatch):
    monkeypatch.setenv("SALARY_EXPLORER_DB_URL", f"sqlite:///{tmp_path / 'saved.db'}")
    at = open_structure(app, "en", sset="x" * 43)
    assert at.error and at.table  # the page still builds its structure


@pytest.mark.parametrize("lang", ["en", "id"])
def test_team_page_checks_the_team_against_the_structure_from_the_ladder(app, lang):
    from .team_fixtures import roster_bytes

    at = open_structure(app, lang, ssm="ladder")  # the structure from the bands page's ladder, kept in the session
    at.query_params["tmd"] = "2026-11-25"
    at.switch_page("pages/team.py").run()
    at.file_uploader(key="tm_file").set_value(("tim.csv", roster_bytes(), "text/csv")).run()
    at.session_state["tm_structure_open"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    lines = "\n".join(m.value for m in at.markdown)
    cost = "Cost to bring everyone to their yardstick" if lang == "en" else "Biaya menaikkan semua ke acuannya"
    assert cost in lines and "PP 36/2021 Pasal 83" in lines
    table = at.dataframe[-1].value
    assert len(table) >= 10
    status = table.iloc[:, 7].tolist()
    below_floor = "Below the minimum wage" if lang == "en" else "Di bawah upah minimum"
    assert any(s.startswith(below_floor) for s in status)  # A01 and A03 earn under the DKI Jakarta UMP
    raises = table.iloc[:, 8].tolist()
    assert all(r == "-" or r.startswith("Rp ") for r in raises)  # a raise or nothing: never a cut


def test_team_page_without_a_structure_says_where_to_build_one(app):
    from .team_fixtures import roster_bytes

    at = app
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/team.py").run()
    at.file_uploader(key="tm_file").set_value(("tim.csv", roster_bytes(), "text/csv")).run()
    at.session_state["tm_structure_open"] = True
    at.run()
    assert "Build a wage structure from the band ladder" in "\n".join(i.value for i in at.info)


def test_a_jobs_file_fills_the_grid_and_a_bad_one_keeps_it(app):
    at = open_structure(app, "en", ssm="points", ssn="3", ssr="40")
    with_points = (
        b"Jabatan;Poin;Upah pokok\nAgen;150;Rp 5.900.000\nAgen senior;250;6.600.000\nSupervisor;450;10.500.000\n"
    )
    at.file_uploader(key="ss_jobs_file").set_value(("jabatan.csv", with_points, "text/csv")).run()
    assert not at.exception
    assert "3 jobs read from jabatan" in boxes(at, "success")
    assert at.table[0].value.iloc[0, 1] == "Agen"
    before = at.table[0].value
    at.file_uploader(key="ss_jobs_file").set_value(("x.csv", b"name;salary\na;1\n", "text/csv")).run()
    assert "needs columns for the job, its points and its basic pay" in boxes(at, "error")
    assert at.table[0].value.equals(before)  # the jobs already in the grid stay


@pytest.mark.parametrize(
    "lang, text", [("en", "cannot be said to meet it"), ("id", "belum dapat dinyatakan memenuhinya")]
)
def test_an_unknown_umk_is_never_met(app, lang, text):
    at = open_structure(app, lang, **{**KARAWANG, "ssp": "Jawa Tengah", "ssk": "33.26"})  # Kab. Pekalongan 2026
    warnings = boxes(at, "warning")
    assert text in warnings and "Kabupaten Pekalongan" in warnings
    assert "meets the minimum wage" not in boxes(at, "success") and "memenuhi upah minimum" not in boxes(at, "success")
