"""The requirements page through the whole app (router + settings panel), in both languages."""

from __future__ import annotations

import pytest

from salary_explorer.core import load
from salary_explorer.requirements import roles as req

PAGE = "pages/requirements.py"


def open_page(app, lang: str = "en", **params: str):
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    if lang != "en":
        app.radio(key="lang").set_value(lang).run()
    app.switch_page(PAGE).run()
    assert not app.exception
    return app


def open_section(at, section: str):
    """Only the open section is built (``ui.url_tabs``, ``rsec``): open one, as a click on its tab does."""
    at.session_state["rsec"] = section
    at.run()
    assert not at.exception
    return at


def matrix(at):
    return at.dataframe[0].value


def scores(at):
    """The score table: the static table with a Match column."""
    return next(tb.value for tb in at.table if {"Match", "Kecocokan"} & set(tb.value.columns))


@pytest.mark.parametrize(
    "lang, first_item, cell, shared, metric",
    [
        ("en", "High-school diploma (SMA) or equivalent", "● required", "all 3", "Asked by all"),
        ("id", "Ijazah SMA atau sederajat", "● wajib", "semua (3)", "Diminta semua"),
    ],
    ids=["en", "id"],
)
def test_default_comparison(app, lang, first_item, cell, shared, metric):
    at = open_page(app, lang)
    table = matrix(at)
    assert list(table.columns[2:5]) == (
        ["Retail", "Call center", "Bank CS"] if lang == "en" else ["Ritel", "Call center", "CS bank"]
    )
    first = table.iloc[0]
    assert first.iloc[1] == first_item
    assert list(first.iloc[2:5]) == [cell] * 3
    assert first.iloc[5] == shared
    assert [(m.label, m.value) for m in at.metric][0] == (metric, "4")
    assert [m.value for m in at.metric] == ["4", "9", "28"]
    assert at.query_params["rt"] == "retail,call_center,bank_cs"
    assert not at.get("vega_lite_chart") and not at.table  # the other sections are not built
    assert len(open_section(at, "ladder").get("vega_lite_chart")) == 1
    assert at.query_params["rsec"] == "ladder" and not at.dataframe
    certifications = open_section(at, "certs").table[0].value
    assert len(certifications) == len(load.load_certifications()) and not at.get("vega_lite_chart")


def test_picking_templates_and_only_differences(app):
    at = open_page(app)
    at.pills(key="rt").set_value(["retail", "hospitality"]).run()
    assert [m.value for m in at.metric] == ["17", "0", "13"]
    at.toggle(key="rdiff").set_value(True).run()
    table = matrix(at)
    assert len(table) == 13
    assert set(table["Asked by"]) == {"only Retail", "only Hospitality"}
    at.pills(key="rcat").set_value(["tools"]).run()
    table = matrix(at)
    assert list(table["Item"]) == [
        "Customer service software",
        "Hotel management software",
        "Point-of-sale (POS) systems",
    ]
    assert at.query_params["rt"] == "retail,hospitality"
    assert at.query_params["rcat"] == "tools" and at.query_params["rdiff"] == "1"
    assert not at.exception


def test_one_template_asks_for_a_second(app):
    at = open_page(app, "id")
    at.pills(key="rt").set_value(["retail"]).run()
    assert not at.exception
    assert at.info[0].value == "Pilih minimal dua templat peran untuk membandingkannya."
    assert len(open_section(at, "fit").table) == 1  # the scores still show, in their own section
    assert len(open_section(at, "certs").table) == 1


def test_url_reopens_the_same_view(app):
    at = open_page(
        app,
        rt="hospitality,telecom_advisor,bogus",
        rdiff="1",
        ritem="local_knowledge",
        redu="d3",
        ryrs="3",
        rskill="communication",
        rtool="pos_system",
        rcert="ccsp",
    )
    assert at.pills(key="rt").value == ["hospitality", "telecom_advisor"]
    assert at.toggle(key="rdiff").value is True
    assert at.selectbox(key="ritem").value == "local_knowledge"
    details = at.table[0].value
    assert list(details["Asked?"]) == ["preferred", "not asked"]
    [notice] = [w.value for w in at.warning]
    assert "“bogus” is not one of the choices; using Hospitality, Telecom advisor." in notice
    open_section(at, "fit")
    assert at.selectbox(key="redu").value == "d3" and at.number_input(key="ryrs").value == 3.0
    assert at.multiselect(key="rskill").value == ["communication"]
    assert at.multiselect(key="rtool").value == ["pos_system"]
    assert at.multiselect(key="rcert").value == ["ccsp"]
    assert not at.warning  # 3 years is enough for CCSP
    assert at.query_params["rt"] == "hospitality,telecom_advisor"  # the closed section's choice stays in the link
    assert open_section(at, "compare").pills(key="rt").value == ["hospitality", "telecom_advisor"]


def test_bad_url_values_fall_back_quietly(app):
    at = open_page(app, redu="phd", ryrs="-4", rt="nope")
    assert not at.exception
    assert at.info[0].value == "Pick at least two role templates to compare them."
    open_section(at, "fit")
    assert at.selectbox(key="redu").value == "sma" and at.number_input(key="ryrs").value == 0.0


def test_checklist_meeting_everything_scores_100_everywhere(app):
    at = open_page(app, rsec="fit")
    at.selectbox(key="redu").set_value("s1")
    at.number_input(key="ryrs").set_value(2.0)
    reqs = load.load_requirements()
    for category in ("skills", "tools", "schedule", "certifications"):
        key = {"skills": "rskill", "tools": "rtool", "schedule": "rsched", "certifications": "rcert"}[category]
        at.multiselect(key=key).set_value(req.checklist_options(reqs, category))
    at.run()
    assert not at.exception and not at.warning
    table = scores(at)
    assert list(table["Match"]) == ["100%"] * 7
    assert set(table["Missing (required)"]) == {"nothing"}


def test_checklist_meeting_nothing_scores_0_and_lists_what_is_missing(app):
    at = open_page(app, "id", rsec="fit")
    at.selectbox(key="redu").set_value("none").run()
    table = scores(at)
    assert list(table["Kecocokan"]) == ["0%"] * 7
    bank = table.set_index("Peran").loc["CS bank"]
    assert bank["Syarat wajib terpenuhi"] == "0 dari 5"
    assert "Ijazah SMA atau sederajat" in bank["Kurang (wajib)"]


def test_checklist_ranks_roles_and_links_to_their_pay(app):
    at = open_page(app, rsec="fit")
    at.multiselect(key="rskill").set_value(
        ["communication", "problem_solving", "empathy_patience", "product_knowledge"]
    )
    at.number_input(key="ryrs").set_value(1.0)
    at.multiselect(key="rcert").set_value(["ccsp"])
    at.run()
    assert at.warning[0].value == (
        "Certified Customer Service Professional asks for at least 2 years of "
        "experience and you entered 1, so it does not count yet."
    )
    table = scores(at)
    assert table.iloc[0]["Role"] == "Bank CS"
    assert table.iloc[0]["Match"] == "94%"  # (3 sma + 4×3 skills) / (5×3 + 1 preferred D3) = 15/16
    assert table.iloc[0]["Required met"] == "5 of 5"
    links = at.get("page_link")
    assert links[0].proto.label == "Pay: Bank CS (Banking)"
    assert links[0].proto.query_string == "ind=banking"
    assert len(links) == 7
    assert at.query_params["rskill"] == "communication,problem_solving,empathy_patience,product_knowledge"


@pytest.mark.parametrize("lang, none", [("id", "(tidak ada)"), ("en", "(none)")])
def test_the_detail_picker_says_none_in_the_readers_language(app, lang, none):
    """While no item is picked the box shows its placeholder, which Streamlit writes in English by default."""
    at = open_page(app, lang)
    picker = at.selectbox(key="ritem")
    assert picker.value is None and picker.proto.placeholder == none
