"""Job seekers: where an offer falls in a pay range, whether it meets the legal minimum wage, what it pays in hand.

State in the link: oa (amount), oc (currency), op (period), ref (range), prov (province or US), kab (regency/city
code, Indonesia only);
ot (the open tab: only it is built); take-home: ptkp (status), dtp (2026 incentive asked), tyr (tax year),
jkk (risk class), thrm/thrs (THR).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.core.schema import PERIODIC
from salary_explorer.pay import screens
from salary_explorer.pay import takehome_view as tv

tr = ui.tr
d = ui.display()
rows, wages, official = ui.salary_ranges(), ui.minimum_wages(), ui.official()
pick = ui.view(screens.choices, rows, wages, d.lang, official, ui.today())

st.title(tr("nav.offer"))
c1, c2, c3 = st.columns(3)
currency = ui.url_selectbox(
    tr("sal.offer.currency"), "oc", ui.DISPLAY_CURRENCIES, "IDR", format_func=ui.label_func("currency"), where=c1
)
period = ui.url_selectbox(
    tr("sal.offer.period"), "op", PERIODIC, "month", format_func=ui.label_func("period"), where=c2
)
amount = ui.url_number(tr("sal.offer.amount"), "oa", 5_000_000.0, 0, 1e12, where=c3, format=ui.money_format(currency))
c4, c5, c6, c7 = st.columns([2, 1, 1.3, 1])  # the reference's label is long; region and check date are short
if pick.default_reference is None:
    st.info(tr("sal.offer.no_refs"))
    st.stop()
region = ui.url_selectbox(
    tr("sal.offer.region"),
    "prov",
    pick.regions,
    pick.default_region,
    format_func=pick.region_labels.get,
    where=c5,
)
regency = ""
if region in pick.regencies:  # where in the province: its regency/city sets the floor (UMK) if it has one
    places = pick.regencies[region]
    regency = ui.url_selectbox(
        tr("floor.regency.label"), "kab", list(places), "", format_func=places.get, where=c6,
        help=tr("floor.regency.help"),
    )  # fmt: skip
references = pick.references_for(region)  # ranges of the country the job is in first
ui.reset_when("ref", pick.country_of(region))  # the job moved to another country: its range starts from there
ref_id = ui.url_selectbox(
    tr("sal.offer.reference"),
    "ref",
    list(references),
    pick.default_reference_for(region),
    format_func=references.get,
    where=c4,
)
check_on = ui.url_selectbox(
    tr("floor.check.label"), "od", list(pick.check_dates), "today", format_func=pick.check_dates.get, where=c7
)
oews_year, sector = None, ""
if region in pick.us_regions:  # a US offer is also placed among OEWS wages: of which year and sector
    c7, c8 = st.columns(2)
    oews_year = ui.url_selectbox(
        tr("dist.pick.year"),
        "oy",
        list(pick.oews_years),
        next(iter(pick.oews_years)),
        format_func=pick.oews_years.get,
        where=c7,
    )
    sector = ui.url_selectbox(
        tr("dist.pick.sector"), "os", list(pick.sectors), "", format_func=pick.sectors.get, where=c8
    )

check_tab, takehome_tab = ui.url_tabs(
    {"check": tr("sal.offer.tab.check"), "takehome": tr("sal.offer.tab.takehome")}, "ot"
)  # only the open tab is built

if check_tab.open:
    with check_tab:
        view = ui.view(
            screens.offer_view,
            amount,
            currency,
            period,
            ref_id,
            region,
            rows,
            wages,
            ui.exchange_rates(),
            d,
            check_on=check_on,
            today=ui.today(),
            official=official,
            oews_year=oews_year,
            sector=sector,
            regency=regency,
        )
        for column, metric in zip(ui.grid_cells(len(view.metrics)), view.metrics):
            column.metric(
                metric.label,
                metric.value,
                metric.delta,
                help=metric.help,
                delta_color="inverse" if metric.below else "normal",
                delta_arrow="down" if metric.below else "up",
            )
        if view.below_floor:
            st.error(view.verdict, icon=":material/warning:")
        elif view.floor_unknown:
            st.warning(view.verdict, icon=":material/help:")
        else:
            st.success(view.verdict)
        st.write(view.summary)
        ui.chart(view.chart, width="stretch")
        for note in view.notes:
            st.caption(note)
        st.subheader(tr("floor.title"))
        st.text(view.floor_text)
        st.caption(view.floor_source)
        if view.percentile:  # each box's heading is its bold first line: one element, not two
            st.info(f"**{tr('dist.offer.title')}**  \n{view.percentile}", icon=":material/query_stats:")
        if view.bps:
            st.info(f"**{tr('bps.title')}**  \n{view.bps}", icon=":material/compare_arrows:")

# ---------- take-home (what the offer pays in hand) ----------
if takehome_tab.open:
    with takehome_tab:
        st.subheader(tr("th.title"))
        rules = ui.takehome()
        options = ui.takehome_options(rules, region, wages)
        home = ui.view(
            tv.offer_takehome, amount, currency, period, region, wages, rules, ui.exchange_rates(), d,
            **options,
        )  # fmt: skip
        if home.error:
            st.warning(home.error)
        else:
            for column, headline in zip(ui.grid_cells(len(home.headlines)), home.headlines):
                column.metric(headline.label, headline.value, help=headline.help)
            for warning in home.warnings:
                st.warning(warning, icon=":material/info:")
            st.markdown(f"**{home.steps_title}**")
            ui.table(home.steps, hide_index=True)
            if home.december is not None:  # the year's detail, built only when its expander is opened
                december = ui.lazy_expander(home.december_title, "th_december")
                if december.open:
                    with december:
                        ui.table(home.december, hide_index=True)
                months = ui.lazy_expander(tr("th.months_title"), "th_months")
                if months.open:
                    with months:
                        ui.table(home.months, hide_index=True)
            for note in home.notes:
                st.caption(note)
