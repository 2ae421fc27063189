"""HR: a whole team's pay against a band set and the legal minimum wage; costs to fix; pay gap; export.

State in the link: tmb (band set: the bands page's, a saved one, or a band file), tmd (check date of the minimum wage).
The roster stays in this browser session unless saved (private link ?tmr=); everything from it is shown as text.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.bands import team
from salary_explorer.core import money

tr = ui.tr
d = ui.display()

st.title(tr("team.title"))
st.write(tr("team.intro"))
result = ui.saved_roster_from_link()  # a roster saved earlier, opened by its private link (?tmr=)
if result is None and not ui.link_token("roster"):
    upload = st.file_uploader(
        tr("team.upload"), type=["csv", "txt", "tsv", "xlsx", "xlsm"], help=tr("team.upload_help"), key="tm_file"
    )
    result = ui.roster_from_upload(upload) if upload is not None else None
    if upload is None:
        st.info(tr("team.none_yet"))
c1, c2 = st.columns([3, 2])
source = ui.url_radio(
    tr("team.bands_source"), "tmb", ["page", "saved", "file"], "page", format_func=ui.label_func("team.bands"), where=c1
)
on = ui.url_date(tr("team.check_date"), "tmd", team.default_check_date(), *team.CHECK_DATE_RANGE, where=c2)
if source == "file":
    band_upload = st.file_uploader(tr("team.bands.upload"), type=["csv", "xlsx"], key="tm_bands")
    band_set = ui.band_set_from_file(band_upload) if band_upload is not None else None
    if band_upload is None:
        st.info(tr("team.bands.need_file"))
elif source == "saved":
    band_set = ui.saved_band_set()
else:
    band_set = ui.session_bands(), tr("team.bands.page_name")
usable = result is not None and band_set is not None and team.usable_levels(band_set[0]) > 0
if result is not None and band_set is not None and not usable:
    st.warning(tr("team.bands.empty"))


def show(view: team.TeamView) -> None:
    """The results, the pay gap, the figures used and the downloads."""
    st.caption(view.band_note)
    st.subheader(tr("team.results"))
    for col, (key, value) in zip(st.columns(4), view.metrics.items()):
        col.metric(tr(f"team.metric.{key}"), value)
    st.markdown(f"**{tr('team.cost.title')}**")
    st.write(tr("team.cost.floor", month=view.costs["floor_month"], year=view.costs["floor_year"]))
    st.write(tr("team.cost.band", month=view.costs["band_month"], year=view.costs["band_year"]))
    st.caption(tr("team.cost.note", unit=view.unit))

    st.subheader(tr("team.levels.title"))
    ui.number_table(view.levels)
    st.subheader(tr("team.chart.title"))
    ui.chart(view.chart, width="stretch")
    st.caption(tr("team.chart.binned", n=view.metrics["headcount"]) if view.binned else tr("team.chart.help"))
    st.subheader(tr("team.employees.title"))
    st.caption(tr("team.employees.help"))
    ui.number_table(view.employees)

    st.subheader(tr("team.gap.title"))
    if view.gap is None:
        st.info(tr("team.gap.need_group"))
    else:
        st.caption(tr("team.gap.help"))
        if not view.gap_table.empty:
            ui.number_table(view.gap_table)
        if view.gap_flagged:
            st.warning(tr("team.gap.flagged", n=view.gap_flagged))
        if view.gap_suppressed:
            st.info(tr("team.gap.suppressed", n=team.MIN_GROUP, scopes=view.gap_suppressed))

    st.subheader(tr("team.floors.title"))
    for note in [*view.floor_notes, *view.conversion_notes, tr("team.unit_note", unit=view.unit)]:
        st.caption(note)

    st.subheader(tr("team.export.title"))
    st.caption(tr("team.export.help"))
    e1, e2, _ = st.columns([1, 1, 2])
    e1.download_button(tr("team.export.csv"), view.csv, view.csv_name, "text/csv", key="tm_csv", on_click="ignore")
    if view.xlsx is not None:
        e2.download_button(
            tr("team.export.xlsx"), view.xlsx, view.xlsx_name, ui.XLSX_MIME, key="tm_xlsx", on_click="ignore"
        )


if usable:  # no st.stop(): the router still has link notices to show after the page
    # A place that names two regencies/cities ("Bekasi": kota and kabupaten) sets two different floors:
    # the reader picks, never the app; until then those employees are not checked against a floor.
    picks = ui.place_picks(ui.view(team.ambiguous_places, result.roster, ui.minimum_wages()))
    show(  # kept per session for this roster: a rerun (a click, a download) does not rebuild tables and chart
        ui.session_view(
            team.team_view,
            result.roster,
            band_set[0],
            ui.minimum_wages(),
            on=on,
            rate=ui.view(money.pick_rate, ui.exchange_rates(), on.year, d.custom_rate),
            hours=d.hours,
            lang=d.lang,
            roster_name=result.file_name,
            band_set=band_set[1],
            with_gap=bool(result.mapping.column("group")),
            place_picks=picks,
        )
    )

if result is not None:  # the wage structure built on its page in this session, as a second yardstick
    structure_panel = ui.lazy_expander(tr("structure.team.section"), "tm_structure_open")
    if structure_panel.open:
        with structure_panel:
            ui.team_structure_section(result.roster, ui.minimum_wages(), on)
