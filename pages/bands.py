"""HR salary bands: start from market ranges, edit the ladder, see checks, metrics and a chart, export/import."""

import streamlit as st

from salary_explorer import ui
from salary_explorer.bands import files as band_files
from salary_explorer.bands import ladder as bands
from salary_explorer.bands.charts import bands_chart, chart_data
from salary_explorer.core import export, money, offers
from salary_explorer.core.i18n import describe_problem
from salary_explorer.core.schema import INDUSTRIES

tr = ui.tr
ui.bundled_data_or_stop()
d = ui.display()
state = st.session_state
rates, wages = ui.exchange_rates(), ui.minimum_wages()

st.title(tr("band.title"))
st.write(tr("band.intro"))

# ---- filters (kept in the URL) ----
c1, c2, c3, c4 = st.columns(4)
countries = ("ID", "US")
country = c1.selectbox(
    tr("band.country"),
    countries,
    index=countries.index(ui.url_choice("bc", countries, "ID")),
    format_func=ui.label_func("country"),
    key="band_country",
)
industries = INDUSTRIES if country == "ID" else ("unspecified",)
industry = c2.selectbox(
    tr("band.industry"),
    industries,
    format_func=ui.label_func("industry"),
    index=industries.index(ui.url_choice("bi", industries, "unspecified")),
    key=f"band_industry_{country}",
)
regions = offers.provinces(wages)
province = c3.selectbox(
    tr("band.province"),
    regions,
    key=f"band_province_{country}",
    index=regions.index(ui.url_choice("bp", regions, "DKI Jakarta" if country == "ID" else "Federal")),
)
overlap_pct = c4.number_input(tr("band.overlap_limit"), 0.0, 100.0, ui.url_number("bo", 50.0), 5.0, key="band_overlap")
ui.write_url(bc=country, bi=industry, bp=province, bo=f"{overlap_pct:g}")
st.info(tr(f"band.data_note.{country}"))

# ---- legal floor in display units ----
floor_row = offers.current_minimum_wage(wages, province)
floor = money.convert(
    float(floor_row["amount"]),
    floor_row["currency"],
    floor_row["pay_period"],
    d.currency,
    d.period,
    money.pick_rate(rates, int(floor_row["year"]), d.custom_rate),
    d.hours,
)
floor_note = tr(
    "band.minwage",
    region=province,
    kind=floor_row["wage_kind"],
    year=int(floor_row["year"]),
    amount=ui.money(float(floor_row["amount"]), floor_row["currency"], floor_row["pay_period"]),
)
if floor.rate or floor.hours:
    floor_note += " " + tr("band.minwage_conv", converted=ui.money(floor.value, d.currency, d.period))
if floor.rate:
    rate_text = money.format_rate(floor.rate, d.lang)
    floor_note += " " + (rate_text if floor.rate.exact_year else tr("conv.rate_nearest", rate=rate_text)) + "."
if floor.hours:
    floor_note += " " + money.format_hours(floor.hours, d.lang) + "."
st.caption(floor_note)

# ---- market reference ----
st.subheader(tr("band.market.title"))
market_src = bands.market_rows(ui.salary_ranges(), country, industry)
converted = money.convert_salaries(market_src, d.currency, d.period, rates, d.hours, d.custom_rate)
st.dataframe(bands.market_table(converted, d.lang, d.currency, d.period), hide_index=True, width="stretch")
st.caption(ui.conversion_note(converted))
ui.sources_caption(market_src)

# ---- the ladder in session state: base (what the editor started from) + version (resets the editor) ----
if "band_base" not in state:
    state.band_base = bands.starting_bands(converted, d.currency, d.period, country, industry)
    state.band_version = 0
table = state.get("band_table", state.band_base)
if table["currency"].ne(d.currency).any() or table["pay_period"].ne(d.period).any():
    old = f"{table['currency'].iloc[0]} {tr('period.' + table['pay_period'].iloc[0])}" if len(table) else ""
    rate = money.pick_rate(rates, None, d.custom_rate)
    state.band_base = bands.convert_bands(table, d.currency, d.period, rate, d.hours)
    state.band_version += 1
    state.pop("band_table", None)
    if old:
        st.info(
            tr(
                "band.converted",
                old=old,
                new=f"{d.currency} {tr('period.' + d.period)}",
                rate=money.format_rate(rate, d.lang),
                hours=money.format_hours(d.hours, d.lang),
            )
        )


def replace_ladder(new_table, message):
    state.band_base, state.band_version = new_table, state.band_version + 1
    state.pop("band_table", None)
    state.band_message = message


quick, files = st.columns([3, 2])
with quick.expander(tr("band.quick.title"), expanded=True), st.form("band_quick"):
    method = st.radio(
        tr("band.quick.method"),
        bands.QUICK_METHODS,
        format_func=ui.label_func("band.method"),
        captions=[tr(f"band.help.{m}") for m in bands.QUICK_METHODS],
        key="band_method",
    )
    reference = tr(f"industry.{industry}") if industry != "unspecified" else tr(f"country.{country}")
    a1, a2 = st.columns(2)
    anchor_mode = a1.selectbox(
        tr("band.quick.anchor_mode", reference=reference),
        bands.ANCHOR_MODES,
        format_func=ui.label_func("band.anchor"),
        key="band_anchor_mode",
    )
    anchor_level = a2.selectbox(
        tr("band.quick.anchor_level"),
        bands.BAND_LEVELS,
        index=1,
        format_func=ui.label_func("level"),
        key="band_anchor_level",
    )
    s1, s2 = st.columns(2)
    spread = s1.number_input(tr("band.quick.spread"), 0.0, 500.0, 50.0, 5.0, key="band_spread")
    position = s2.number_input(tr("band.quick.position"), 1.0, 300.0, 100.0, 5.0, key="band_position")
    if st.form_submit_button(tr("band.quick.apply"), type="primary"):
        try:
            new = bands.quick_bands(
                method,
                converted,
                state.get("band_table", state.band_base),
                currency=d.currency,
                period=d.period,
                country=country,
                industry=industry,
                anchor_level=anchor_level,
                anchor_mode=anchor_mode,
                spread=spread / 100,
                position=position / 100,
            )
        except ValueError:
            st.error(tr("band.quick.no_reference", reference=reference))
        else:
            if new.empty:
                st.error(tr("band.quick.no_market"))
            else:
                basis = bands.describe_basis(new["basis"].iloc[-1], new["basis_params"].iloc[-1], d.lang)
                replace_ladder(new, ("success", tr("band.quick.applied", basis=basis)))

with files:
    st.caption(tr("band.files.help"))
    upload = st.file_uploader(tr("band.import.label"), type=["csv", "xlsx"], key="band_upload")
    if upload is not None and state.get("band_imported") != upload.file_id:
        state.band_imported = upload.file_id
        imported, problems = band_files.read_band_file(upload.name, upload.getvalue())
        if problems:
            st.error(tr("band.import.failed", file=upload.name))
            st.dataframe({"": [describe_problem(p, d.lang) for p in problems[:50]]}, hide_index=True)
        else:
            replace_ladder(imported, ("success", tr("band.import.done", n=len(imported), file=upload.name)))
            if imported["currency"].ne(d.currency).any() or imported["pay_period"].ne(d.period).any():
                st.rerun()  # convert the imported ladder to the display units before showing it

if "band_message" in state:
    kind, text = state.pop("band_message")
    getattr(st, kind)(text)

# ---- the editor ----
st.subheader(tr("band.editor.title"))
unit = f"{tr('currency.' + d.currency)} {tr('period.' + d.period)}"
st.caption(tr("band.editor.help", unit=unit))
number = st.column_config.NumberColumn
edited = st.data_editor(
    state.band_base,
    key=f"band_editor_{state.band_version}",
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    column_order=("level", "band_min", "band_mid", "band_max", "note"),
    column_config={
        "level": st.column_config.SelectboxColumn(
            tr("common.level"), options=bands.BAND_LEVELS, format_func=ui.label_func("level"), required=True
        ),
        "band_min": number(tr("band.col.min"), min_value=0.0, format="localized"),
        "band_mid": number(tr("band.col.mid"), min_value=0.0, format="localized"),
        "band_max": number(tr("band.col.max"), min_value=0.0, format="localized"),
        "note": st.column_config.TextColumn(tr("band.col.note")),
    },
)
state.band_table = table = bands.after_edit(state.band_base, edited, d.currency, d.period, country, industry)

# ---- checks and metrics ----
st.subheader(tr("band.warnings.title"))
warnings = bands.band_warnings(table, overlap_pct / 100, floor.value)
for w in warnings:
    st.warning(bands.describe_warning(w, d.lang, d.currency, d.period))
if not warnings:
    st.success(tr("band.warn.none"))

st.subheader(tr("band.metrics.title"))
st.dataframe(bands.metrics_table(table, d.lang), hide_index=True, width="stretch")
st.caption(tr("band.metrics.definitions"))

# ---- chart ----
data = chart_data(
    table,
    bands.market_by_level(converted),
    d.lang,
    d.currency,
    d.period,
    bands.overall_range(converted, industry),
    tr("band.ref.overall", industry=tr(f"industry.{industry}")),
)
st.altair_chart(bands_chart(data, d.lang, d.currency, d.period, floor.value), width="stretch")
st.caption(ui.conversion_note(converted))
ui.sources_caption(market_src)

# ---- a candidate's offer ----
st.subheader(tr("band.offer.title"))
usable = table[table["level"].isin(bands.BAND_LEVELS)].drop_duplicates("level")
if usable.empty:
    st.info(tr("band.offer.none"))
else:
    o1, o2 = st.columns(2)
    level = o1.selectbox(
        tr("band.offer.level"), list(usable["level"]), format_func=ui.label_func("level"), key="band_offer_level"
    )
    band = usable[usable["level"] == level].iloc[0]
    default = float(band["band_mid"]) if band["band_mid"] == band["band_mid"] else 0.0
    offer = o2.number_input(
        tr("band.offer.amount", unit=unit), 0.0, None, default, key=f"band_offer_{level}_{state.band_version}"
    )
    try:
        check = offers.check_offer(offer, float(band["band_min"]), float(band["band_max"]), floor.value)
    except ValueError:
        st.warning(tr("band.offer.unusable"))
    else:
        m1, m2 = st.columns(2)
        m1.metric(
            tr("band.offer.compa"),
            bands.ratio(offers.compa_ratio(offer, float(band["band_mid"])), d.lang) if band["band_mid"] > 0 else "–",
            help=tr("band.offer.compa_help"),
        )
        m2.metric(
            tr("band.offer.penetration"),
            bands.percent(check.penetration, d.lang),
            help=tr("band.offer.penetration_help"),
        )
        st.write(tr(f"band.offer.position.{check.position}"))
        if check.below_minimum_wage:
            st.error(tr("band.offer.below_minimum_wage", floor=ui.money(floor.value, d.currency, d.period)))

# ---- export ----
st.subheader(tr("band.files.title"))
out = band_files.export_frame(table)
names = {"country": country, "industry": industry, "cur": d.currency, "per": d.period}
e1, e2 = st.columns(2)
e1.download_button(
    tr("common.download_csv"),
    export.to_csv_bytes(out),
    export.export_file_name("bands", names, "csv"),
    "text/csv",
    key="band_csv",
    on_click="ignore",
)
e2.download_button(
    tr("common.download_xlsx"),
    export.to_xlsx_bytes(out, "bands"),
    export.export_file_name("bands", names, "xlsx"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="band_xlsx",
    on_click="ignore",
)
