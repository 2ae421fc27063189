"""Job seekers: pay by place, on maps. Indonesia by province (BPS mean net wage by sector, UMP, the floor in force
by regency/city), the US by state (OEWS median and employment, state minimum), and this session's imported job ads.

State in the link: mt (the open tab: only it is built), mf (Indonesian figure), ms (sector), mp (period), my (year),
mo (occupation group), mu (US figure), muy (US minimum-wage year), mx (imported-file figure), ml (by province or regency/city), mn (fewest ads for a figure),
md (floor check date), mv (floor map's province).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.geo import figures
from salary_explorer.geo import views as gv

tr = ui.tr
lang = ui.lang()
wages = ui.minimum_wages()


def show(view: gv.PlaceView, key: str) -> None:
    """The map, and beside it its values as a sorted table (for reading and export: built only when opened),
    then what the figure is and where it comes from."""
    st.subheader(view.title)
    left, right = st.columns([3, 2])
    with left:
        ui.chart(view.chart, width="stretch")
    table = ui.lazy_expander(tr("place.table", n=len(view.table)), "place_table", where=right)
    if table.open:  # a grid of 38-514 rows costs the browser more to draw than the map: only on request
        with table:
            numbers = {
                tr(f"place.col.{c}"): st.column_config.NumberColumn(format="localized") for c in ("value", "median")
            }
            ui.dataframe(view.table, hide_index=True, width="stretch", height=400, column_config=numbers)
            ui.download_buttons(view.table, view.export_name, {}, key)
    for caption in view.captions:
        st.caption(caption)


st.title(tr("nav.place_pay"))
st.write(tr("place.intro"))
id_tab, us_tab, file_tab = ui.url_tabs(
    {"id": tr("place.tab.id"), "us": tr("place.tab.us"), "file": tr("place.tab.file")}, "mt"
)  # only the open tab is built

if id_tab.open:
    with id_tab:
        bps = ui.bps_sector_wages()
        pick = ui.view(gv.id_options, bps, wages)
        row = st.container(horizontal=True)
        figure = ui.url_radio(
            tr("place.figure"), "mf", figures.ID_FIGURES, "bps", format_func=ui.label_func("place.figure"), where=row
        )
        if figure == "bps":
            sector = ui.url_selectbox(
                tr("place.sector"), "ms", pick.sectors, "k", format_func=ui.label_func("place.sector"), where=row
            )
            period = ui.url_selectbox(
                tr("place.period"),
                "mp",
                pick.periods,
                pick.periods[0],
                format_func=lambda p: figures.period_label(p, lang),
                where=row,
            )
            show(ui.view(gv.bps_view, bps, sector, period, lang), "place_bps")
        elif figure == "occupation":
            occupation = ui.url_selectbox(
                tr("place.occupation"),
                "mo",
                figures.OCCUPATIONS,
                "3",
                format_func=ui.label_func("place.occupation"),
                where=row,
            )
            show(ui.view(gv.occupation_view, ui.bps_occupation_wages(), occupation, lang), "place_occupation")
        elif figure == "ump":
            year = ui.url_selectbox(tr("place.year"), "my", pick.ump_years, pick.ump_years[0], where=row)
            show(ui.view(gv.ump_view, wages, year, lang), "place_ump")
        else:  # the minimum wage in force at each regency/city (UMK, else UMP)
            today = ui.today()
            floor_pick = ui.view(gv.floor_options, wages, today, lang)
            on = ui.url_selectbox(
                tr("place.check_date"),
                "md",
                list(floor_pick.check_dates),
                "today",
                format_func=floor_pick.check_dates.get,
                where=row,
            )
            province = ui.url_selectbox(
                tr("place.province_view"),
                "mv",
                list(floor_pick.provinces),
                "",
                format_func=floor_pick.provinces.get,
                where=row,
            )
            by_regency = ui.view(gv.floors_on, wages, on, today)
            show(ui.view(gv.floor_view, by_regency, province, floor_pick.dates[on], lang), "place_floor")

if us_tab.open:
    with us_tab:
        us_pick = ui.view(gv.us_options, wages)
        row = st.container(horizontal=True)
        us_figure = ui.url_radio(
            tr("place.figure"),
            "mu",
            figures.US_FIGURES,
            "median",
            format_func=ui.label_func("place.us.figure"),
            where=row,
        )
        us_year = us_pick.minimum_years[0]
        if us_figure == "minimum":
            us_year = ui.url_selectbox(tr("place.year"), "muy", us_pick.minimum_years, us_year, where=row)
        show(ui.view(gv.us_view, ui.oews("state"), wages, us_figure, us_year, lang), f"place_us_{us_figure}")

if file_tab.open:
    with file_tab:
        rows = ui.salary_rows()
        row = st.container(horizontal=True)
        file_figure = ui.url_radio(
            tr("place.file.figure"),
            "mx",
            figures.FILE_FIGURES,
            "count",
            format_func=ui.label_func("place.file.figure"),
            where=row,
        )
        level = ui.url_radio(
            tr("place.file.level"),
            "ml",
            figures.FILE_LEVELS,
            "province",
            format_func=ui.label_func("place.file.level"),
            where=row,
        )
        min_count = ui.url_number(tr("place.file.min_count"), "mn", 5, 1, 1000, integer=True, where=row)
        mine = ui.session_view(gv.file_view, rows, wages, file_figure, min_count, ui.today(), lang, level)
        if mine.rows_note:
            st.caption(mine.rows_note)
        if mine.place is None:
            st.info(tr("place.file.none"))
            st.page_link("pages/upload.py", label=tr("place.link_upload"), icon=":material/upload_file:")
        else:
            show(mine.place, f"place_file_{file_figure}")

st.caption(tr("place.geometry"))
