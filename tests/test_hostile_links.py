"""Links never crash: every page opened with every link key set to malformed or hostile values.

A link is user input. Each value below is refused with a notice in the user's
language, the default is used, and nothing from the link is rendered as markup.
"""

import pytest

from salary_explorer.core import url_state

from .conftest import ROOT

SIDEBAR_KEYS = ["cur", "per", "hpw", "wpy", "rate"]
PAGE_KEYS = {
    "pages/home.py": [],
    "pages/pay.py": ["lv", "ind", "cf", "cn", "cc", "cmp"],
    "pages/offer.py": ["oc", "op", "oa", "ref", "prov", "od", "oy", "os"],
    "pages/us_pay.py": ["ub"],
    "pages/place_pay.py": ["mt", "mf", "ms", "mp", "my", "mo", "mu", "muy", "mx", "ml", "mn", "md", "mv"],
    "pages/requirements.py": ["rt", "rcat", "rdiff", "ritem", "redu", "ryrs", "rcert", "rsched", "rskill", "rtool"],
    "pages/bands.py": ["bc", "bi", "bp", "bo", "bd"],
    "pages/explorer.py": ["xc", "xp", "xi", "xl", "xy", "xs"],
    "pages/upload.py": [],
    "pages/team.py": ["tmb", "tmd"],
    "pages/structure.py": [
        *("ssm", "ssn", "ssl", "ssh", "ssr", "ssf", "ssp", "ssk", "sse", "ssa", "ssy"),
        *("ssco", "ssno", "ssd", "sspl", "sssg", "ssti", "ssdl"),
    ],
    "pages/audit.py": [],  # HR admins in team mode only: in solo mode it is refused, its "ad" never read
}
HOSTILE = {
    "negative": "-1",
    "huge": "1e309",
    "nan": "nan",
    "inf": "inf",
    "minus-inf": "-inf",
    "text": "abc",
    "unknown-option": "bogus_option",
    "long": "x" * 5000,
    "html": "<script>alert(1)</script>",
    "markdown-link": "[click](javascript:alert(1))",
    "comma-list": ",,,;;",
}
DEFAULTS = {"cur": "IDR", "per": "month", "hpw": 40.0, "wpy": 52.0, "oa": 5_000_000.0, "bo": 50.0, "ryrs": 0.0}


def link_notices(app) -> list[str]:
    return [w.value for w in app.warning if w.proto.icon == ":material/link_off:"]


def test_every_page_is_in_the_table():
    assert sorted(PAGE_KEYS) == sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("value", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.parametrize("page", list(PAGE_KEYS))
def test_hostile_link_values_fall_back_with_a_notice(app, page, value, lang):
    app.query_params.update({"lang": lang, **{key: value for key in [*SIDEBAR_KEYS, *PAGE_KEYS[page]]}})
    app.run()  # the settings panel's values are read (and refused) on the first run, the page's after the switch
    assert not app.exception, [e.value for e in app.exception]
    notices = link_notices(app)
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.title, f"{page} did not render"
    notices += link_notices(app)
    if PAGE_KEYS[page]:
        assert link_notices(app), "the page's own refused values are explained on the page"
    assert notices, "a refused link value must be explained"
    expected = "The link's" if lang == "en" else "dari tautan"
    assert all(expected in n for n in notices)
    for notice in notices:
        assert "<script>" not in notice and "](javascript" not in notice  # quoted back inert, never as markup
        assert len(notice) < 400  # a 5,000-character value is not echoed back
    for key, default in DEFAULTS.items():
        widget = next((w for kind in ("selectbox", "number_input") for w in getattr(app, kind) if w.key == key), None)
        if widget is not None and lang == "en":
            assert widget.value == default, key


TABBED = {  # pages built one tab at a time (ui.url_tabs): the tab key, and which keys each tab reads
    "pages/pay.py": ("pt", {"industry": ["ind", "cf", "cn", "cc"], "compare": ["cmp"]}),
    "pages/requirements.py": ("rsec", {"fit": ["redu", "ryrs", "rcert", "rsched", "rskill", "rtool"]}),
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("value", ["nan", "bogus_option", "x" * 5000, "<script>alert(1)</script>"])
@pytest.mark.parametrize(
    "page, tab", [(page, tab) for page, (_, tabs) in TABBED.items() for tab in tabs], ids=lambda v: str(v)
)
def test_hostile_values_in_a_closed_tab_are_refused_when_it_opens(app, page, tab, value, lang):
    tab_key, tabs = TABBED[page]
    keys = tabs[tab]
    assert set(keys) <= set(PAGE_KEYS[page])
    app.query_params.update({"lang": lang, tab_key: tab, **{key: value for key in keys}})
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.session_state[tab_key] == tab
    notices = link_notices(app)
    assert notices and all(("The link's" if lang == "en" else "dari tautan") in n for n in notices)
    assert all("<script>" not in n and len(n) < 400 for n in notices)


def test_a_bad_language_falls_back_to_the_browser_language(app):
    app.query_params["lang"] = "<b>xx</b>"
    app.run()
    assert not app.exception
    assert app.session_state["lang"] == "en"
    assert any("not one of the choices" in w.value for w in app.warning)


@pytest.mark.parametrize(
    "reader, raw, expected, reason",
    [
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "250", 50.0, "out_of_range"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "-0.5", 50.0, "out_of_range"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "nan", 50.0, "not_finite"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "inf", 50.0, "not_finite"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "1_0", 50.0, "not_number"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "", 50.0, "not_number"),
        (lambda r: url_state.read_number("bo", r, 50.0, 0, 100), "75", 75.0, None),
        (lambda r: url_state.read_number("cn", r, 100, 0, 10**6, integer=True), "2.5", 100, "not_whole"),
        (lambda r: url_state.read_number("cn", r, 100, 0, 10**6, integer=True), "300", 300, None),
        (lambda r: url_state.read_choice("bc", r, ["ID", "US"], "ID"), "FR", "ID", "not_option"),
        (lambda r: url_state.read_choice("xy", r, [2019, 2024], 2019), "2024", 2024, None),
        (lambda r: url_state.read_choices("lv", r, ["a", "b"], ["a"]), "b,zz,a,b", ["b", "a"], "not_option"),
        (lambda r: url_state.read_choices("lv", r, ["a", "b"], ["a"]), "", [], None),
        (lambda r: url_state.read_choices("lv", r, ["a", "b"], ["a"]), "zz,yy", [], "no_option_left"),
        (lambda r: url_state.read_bool("rdiff", r, False), "1", True, None),
        (lambda r: url_state.read_bool("rdiff", r, False), "maybe", False, "not_bool"),
        (lambda r: url_state.read_text("q", r, "", 10), "x" * 11, "", "too_long"),
        (lambda r: url_state.read_text("q", r, "", 10), "a\x00b", "ab", None),
    ],
)
def test_readers(reader, raw, expected, reason):
    value, refusal = reader(raw)
    assert value == expected
    assert (refusal.reason if refusal else None) == reason


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The link's Overlap limit 250 is out of range 0–100; using 50."),
        ("id", "Batas tumpang tindih 250 dari tautan di luar rentang 0–100; dipakai 50."),
    ],
)
def test_refusal_sentence(lang, text):
    _, refusal = url_state.read_number("bo", "250", 50.0, 0, 100)
    label = "Overlap limit" if lang == "en" else "Batas tumpang tindih"
    assert url_state.describe_refusal(refusal, label, lang) == text


@pytest.mark.parametrize(
    "value, text",
    [(6e6, "6000000"), (12.5, "12.5"), (0.0, "0"), (True, "1"), (["a", "b"], "a,b"), ([], None), (None, None)],
)
def test_to_url(value, text):
    assert url_state.to_url(value) == text


@pytest.mark.parametrize(
    "lang, said",
    [
        ("en", "“ZZ,QQ” is not one of the choices; nothing is picked."),
        ("id", "“ZZ,QQ” dari tautan tidak ada di pilihan; tidak ada yang dipilih."),
    ],
)
def test_a_filter_left_with_no_valid_value_says_nothing_is_picked(app, lang, said):
    """The explorer's countries from a link, none of them known: the notice says no filter is left, not 'using –'."""
    app.query_params.update({"lang": lang, "xc": "ZZ,QQ"})
    app.run()
    app.switch_page("pages/explorer.py").run()
    assert not app.exception
    notices = link_notices(app)
    assert any(said in n for n in notices), notices
    assert not any("–." in n for n in notices)
    assert app.multiselect(key="xc").value == []
