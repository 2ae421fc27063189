"""HR salary bands: start from market ranges, edit the ladder, see checks, metrics and a chart, export/import.

State in the link: bc (country), bi (industry), bp (province or US state), bk (regency/city code, Indonesia), bd (floor
check date), bo (overlap limit %).
The ladder itself lives in the session (``bands.state.Ladder``); export it to keep it.
The checks (floor date, overlap limit), the market table, the quick-set form, the band-file import, the metrics,
the chart, the offer check, the export and the save-and-open section sit in expanders that run only when open
(``on_change="rerun"``): each grid costs the browser a paint and the server an Arrow table on every edit, each widget
a message; the ladder's editor and the findings stay in view. The save section opens by itself on a page based on a
saved set.
"""

from functools import partial

import streamlit as st

from salary_explorer import ui
from salary_explorer.bands import screens
from salary_explorer.bands import state as ladders

tr = ui.tr
d = ui.display()
wages, rates = ui.minimum_wages(), ui.exchange_rates()

st.title(tr("band.title"))
st.write(tr("band.intro"))
ui.open_band_set_from_link()  # saved band sets: a ?bset= link puts its set in place before the widgets
c1, c2, c3, c4 = st.columns(4)
country = ui.url_selectbox(
    tr("band.country"), "bc", screens.COUNTRIES, "ID", format_func=ui.label_func("country"), where=c1
)
industry = ui.url_selectbox(
    tr("band.industry"),
    "bi",
    screens.industries(country),
    "unspecified",
    format_func=ui.label_func("industry"),
    where=c2,
)
province = ui.url_selectbox(
    tr("band.province"), "bp", ui.view(screens.regions, wages, country), screens.default_region(country), where=c3
)
regency = ""
if country == "ID":  # the workplace's regency/city: its UMK, where set, is the floor the checks use
    places = ui.view(screens.regencies, province, d.lang)
    regency = ui.url_selectbox(
        tr("floor.regency.label"), "bk", list(places), "", format_func=places.get, where=c4,
        help=tr("floor.regency.help"),
    )  # fmt: skip
# The checks' date and overlap limit are read on every run and rarely changed: shut, their section is one
# header whose label says what the ladder is checked against (the floor by name and amount); the floor's
# legal basis and source are inside it with the two widgets (a selectbox, a number input and a long caption
# less to draw on every visit).
dates = ui.view(screens.check_dates, wages, country, d.lang, ui.today())
date_box = partial(ui.url_selectbox, tr("floor.check.label"), "bd", list(dates), "today", format_func=dates.get)
limit_box = partial(ui.url_number, tr("band.overlap_limit"), "bo", 50.0, 0, 100, step=5.0)
check_on, overlap_pct = date_box(where=None), limit_box(where=None)  # the link's values, as the widgets would give
d = ui.display(country)  # US bands in dollars per hour until the reader picks other units
market = ui.view(
    screens.market_view,
    ui.salary_ranges(),
    wages,
    rates,
    country,
    industry,
    province,
    d,
    check_on,
    ui.today(),
    regency,
)
rules = ui.summary_expander(
    screens.rules_label(dates[check_on], market.floor_headline, overlap_pct, d.lang), "band_rules_open"
)
if rules.open:
    r1, r2 = rules.columns(2)
    check_on = date_box(where=r1, persist_state="session")
    overlap_pct = limit_box(where=r2, persist_state="session")
    rules.caption(market.floor_note)
st.info(tr(f"band.data_note.{country}"))

market_panel = st.expander(tr("band.market.title"), key="band_market_open", on_change="rerun")
if market_panel.open:
    with market_panel:
        st.dataframe(market.table, hide_index=True, width="stretch")
        st.caption(market.conversion)
        ui.sources_caption(market.source_rows)

# A new session (every page load) starts from the market ladder: ~150 ms to build, so built once per market.
ladder = st.session_state.get("band_ladder") or ui.view(
    ladders.start, market.converted, d.currency, d.period, country, industry
)
quick, files = st.columns([3, 2])
# Shut until opened: the form (a radio with captions, two selects, two numbers) costs the browser about
# as much as a whole bare page; its choices are kept while it is shut.
quick_panel = ui.lazy_expander(tr("band.quick.title"), "band_quick_open", where=quick)
chosen = None
if quick_panel.open:
    with quick_panel:
        chosen = ui.band_quick_form(market.reference)
if chosen is not None:
    ladder = ladders.quick_set(
        ladder,
        chosen.pop("method"),
        market.converted,
        d.lang,
        market.reference,
        currency=d.currency,
        period=d.period,
        country=country,
        industry=industry,
        **chosen,
    )
# The uploader too: a file drop zone is one more element type for the browser to load on every visit,
# for a step taken once (an imported ladder stays in the session when the section is shut again).
files_panel = ui.lazy_expander(tr("band.import.title"), "band_import_open", where=files)
if files_panel.open:
    with files_panel:
        st.caption(tr("band.files.help"))
        upload = st.file_uploader(tr("band.import.label"), type=["csv", "xlsx"], key="band_upload")
        if upload is not None:
            ladder = ladders.imported(ladder, upload.file_id, upload.name, upload.getvalue(), d.lang)

ladder = ladders.in_units(ladder, d.currency, d.period, ui.display_rate(), d.hours, d.lang)
messages, ladder = ladders.take_messages(ladder)
ui.show_messages(messages)

st.subheader(tr("band.editor.title"))
unit = f"{tr('currency.' + d.currency)} {tr('period.' + d.period)}"
st.caption(tr("band.editor.help", unit=unit))
edited = ui.band_editor(ladder)
table = ui.view(ladders.edited_table, ladder.base, edited, d.currency, d.period, country, industry)
ladder = st.session_state.band_ladder = ladders.with_table(ladder, table)
view = ui.view(screens.ladder_view, ladder.current, market, overlap_pct, country, industry, d)

# One box, one line a finding, its title in bold inside it: ten boxes, or a heading above the box, would be
# more elements to send and paint on every edit of the ladder.
findings = f"**{tr('band.warnings.title')}**\n"
if view.warnings:
    st.warning(findings + ui.bullets(view.warnings))
else:
    st.success(findings + "\n" + tr("band.warn.none"))
# The metrics, the chart and the offer check are sections shut until opened, under the findings that stay in
# view: each is built only while open, and more than one can be open at once. A tab bar always showed one of
# them, and the metrics grid it opened on cost every draw (908 vs 1,000 ms drawn in an A/B run, 2026-12-06).
metrics_panel = ui.lazy_expander(tr("band.metrics.title"), "band_metrics_open")
chart_panel = ui.lazy_expander(tr("band.chart.section"), "band_chart_open")
offer_panel = ui.lazy_expander(tr("band.offer.title"), "band_offer_open")
if metrics_panel.open:
    with metrics_panel:
        st.dataframe(view.metrics, hide_index=True, width="stretch")
        st.caption(tr("band.metrics.definitions"))
if chart_panel.open:
    with chart_panel:
        ui.chart(view.chart, width="stretch")
        st.caption(market.conversion)
        ui.sources_caption(market.source_rows)
if offer_panel.open:
    with offer_panel:
        if not view.levels:
            st.info(tr("band.offer.none"))
        else:
            o1, o2 = st.columns(2)
            level = o1.selectbox(
                tr("band.offer.level"),
                view.levels,
                format_func=ui.label_func("level"),
                key="band_offer_level",
                persist_state="session",  # kept while the section is shut
            )
            offer = o2.number_input(
                tr("band.offer.amount", unit=unit),
                0.0,
                None,
                ui.view(screens.band_midpoint, ladder.current, level),
                key=f"band_offer_{level}_{ladder.version}",
                persist_state="session",
                format=ui.money_format(d.currency),
            )
            candidate = ui.view(screens.candidate_view, ladder.current, level, offer, market.floor, d)
            if not candidate.usable:
                st.warning(tr("band.offer.unusable"))
            else:
                m1, m2 = st.columns(2)
                m1.metric(tr("band.offer.compa"), candidate.compa, help=tr("band.offer.compa_help"))
                m2.metric(tr("band.offer.penetration"), candidate.penetration, help=tr("band.offer.penetration_help"))
                st.write(candidate.position)
                if candidate.below_floor:
                    st.error(candidate.below_floor)

# Shut until opened, beside the saved sets: the heading and two download buttons (a chunk type of their
# own) were drawn on every edit for a step taken at the end of the work. A dozen rows: the files are made
# once per ladder (view cache) and served as plain files, with no click-time round trip to build them.
export_panel = ui.lazy_expander(tr("band.files.title"), "band_export_open")
if export_panel.open:
    with export_panel:
        ui.download_buttons(view.export, "bands", view.export_names, "band")

# ---- saved band sets: save (each save a version), link, rename, duplicate, delete, compare versions ----
sets_panel = ui.band_sets_panel()
if sets_panel.open:
    with sets_panel:
        ui.band_set_section(
            market=country, industry=industry, province=province, overlap_pct=overlap_pct, ladder=ladder.current
        )
