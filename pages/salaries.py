"""Job seekers: pay by level and by industry, Indonesia vs US, and an offer check against a range and the minimum wage.

Filters and the offer live in the query string (lv, ind, cmp, oa, oc, op, ref,
prov, cf, cn, cc) so a copied link reopens the same view; currency and period
come from the sidebar (cur, per).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.core import offers
from salary_explorer.core.money import convert, pick_rate
from salary_explorer.core.schema import PERIODIC
from salary_explorer.pay import charts
from salary_explorer.pay import views as sv

tr = ui.tr
ui.bundled_data_or_stop()
d = ui.display()
lang = d.lang
rows = ui.salary_ranges()
rates = ui.exchange_rates()
wages = ui.minimum_wages()

st.title(tr("nav.salaries"))
st.caption(tr("sal.intro", currency=tr(f"currency.{d.currency}"), period=tr(f"period.{d.period}")))


def show_ranges(table, source_rows) -> None:
    """Chart above a small formatted table, with sources, years and the conversion used."""
    if table.empty:
        st.info(tr("sal.nothing"))
        return
    st.altair_chart(charts.range_chart(table, d.currency, d.period, lang), width="stretch")
    st.dataframe(sv.display_table(table, lang), hide_index=True, width="stretch")
    ui.sources_caption(source_rows)
    st.caption(ui.conversion_note(table))


tab_level, tab_industry, tab_compare, tab_offer = st.tabs(
    [tr("sal.tab.level"), tr("sal.tab.industry"), tr("sal.tab.compare"), tr("sal.tab.offer")]
)


def range_tab(kind: str, options: tuple[str, ...], key: str, url_key: str, pick_rows) -> list[str]:
    """A multiselect of levels or industries, kept in the URL, and their ranges; returns the picked values."""
    st.subheader(tr(f"sal.{kind}.title"))
    picked_values = st.multiselect(
        tr(f"sal.{kind}.pick"),
        options,
        key=key,
        default=ui.url_choices(url_key, options, list(options)),
        format_func=ui.label_func(kind),
    )
    if not picked_values:
        st.info(tr("sal.pick_one"))
        return picked_values
    picked = pick_rows(rows, picked_values)
    show_ranges(
        sv.range_table(picked, kind, options, d.currency, d.period, rates, lang, d.hours, d.custom_rate), picked
    )
    st.caption(tr(f"sal.{kind}.note"))
    return picked_values


# ---------- by level ----------
with tab_level:
    levels = range_tab("level", sv.RANGE_LEVELS, "sal_lv", "lv", sv.level_rows)

# ---------- by industry + commission calculator ----------
with tab_industry:
    industries = range_tab("industry", sv.RANGE_INDUSTRIES, "sal_ind", "ind", sv.industry_rows)

    st.subheader(tr("sal.commission.title"))
    commission = sv.commission_rows(rows)
    st.write(tr("sal.commission.what"))
    if not commission.empty:
        st.dataframe(sv.commission_table(commission, lang), hide_index=True, width="stretch")
    defaults = sv.calculator_defaults(rows)
    st.markdown(f"**{tr('sal.calc.title')}**")
    c1, c2, c3 = st.columns(3)
    fixed = c1.number_input(
        tr("sal.calc.fixed"),
        0.0,
        1e10,
        sv.non_negative(ui.url_number("cf", None), defaults.fixed),
        50_000.0,
        format="%.0f",
        key="sal_cf",
    )
    items = c2.number_input(
        tr("sal.calc.items"), 0, 1_000_000, int(sv.non_negative(ui.url_number("cn", None), 100, 1e6)), 10, key="sal_cn"
    )
    per_item = c3.number_input(
        tr("sal.calc.per_item"),
        0.0,
        1e9,
        sv.non_negative(ui.url_number("cc", None), defaults.per_item),
        1_000.0,
        format="%.0f",
        key="sal_cc",
    )
    total = sv.commission_pay(fixed, items, per_item)
    st.metric(tr("sal.calc.result"), ui.money(total, "IDR", "month"))
    st.caption(
        tr(
            "sal.calc.formula",
            fixed=ui.money(fixed, "IDR"),
            items=items,
            per_item=ui.money(per_item, "IDR"),
            total=ui.money(total, "IDR", "month"),
        )
    )
    if (d.currency, d.period) != ("IDR", "month"):
        conv = convert(
            total, "IDR", "month", d.currency, d.period, pick_rate(rates, defaults.year, d.custom_rate), d.hours
        )
        st.caption(
            tr("sal.calc.converted", value=ui.money(conv.value, d.currency, d.period))
            + " "
            + sv.conversion_text(conv.rate, conv.hours, lang)
        )
    if not commission.empty:
        ui.sources_caption(commission)

# ---------- Indonesia vs US ----------
with tab_compare:
    st.subheader(tr("sal.cmp.title"))
    refs = sv.reference_ranges(rows)
    id_labels = sv.reference_labels(refs, lang, country="ID")
    compared = st.multiselect(
        tr("sal.cmp.pick"),
        list(id_labels),
        key="sal_cmp",
        format_func=id_labels.get,
        default=ui.url_choices("cmp", list(id_labels), sv.preferred(list(id_labels), sv.DEFAULT_COMPARISON)),
    )
    picked = sv.comparison_rows(rows, compared)
    table = sv.comparison_table(picked, d.currency, d.period, rates, lang, d.hours, d.custom_rate)
    st.info(ui.conversion_note(table) + " " + tr("sal.cmp.edit_hint"))
    if not table.empty:
        st.altair_chart(
            charts.range_chart(table, d.currency, d.period, lang, legend_title=tr("common.country")), width="stretch"
        )
        st.dataframe(sv.comparison_display(table, lang), hide_index=True, width="stretch")
        ui.sources_caption(picked)
    st.caption(tr("sal.cmp.years"))

# ---------- offer check ----------
with tab_offer:
    st.subheader(tr("sal.offer.title"))
    c1, c2, c3 = st.columns(3)
    offer_currency = c1.selectbox(
        tr("sal.offer.currency"),
        ui.DISPLAY_CURRENCIES,
        key="sal_oc",
        index=ui.DISPLAY_CURRENCIES.index(ui.url_choice("oc", ui.DISPLAY_CURRENCIES, "IDR")),
        format_func=ui.label_func("currency"),
    )
    offer_period = c2.selectbox(
        tr("sal.offer.period"),
        PERIODIC,
        key="sal_op",
        index=PERIODIC.index(ui.url_choice("op", PERIODIC, "month")),
        format_func=ui.label_func("period"),
    )
    amount = c3.number_input(
        tr("sal.offer.amount"),
        0.0,
        1e12,
        sv.non_negative(ui.url_number("oa", None), 5_000_000.0),
        key="sal_oa",
        format="%.2f" if offer_currency == "USD" else "%.0f",
    )
    ref_labels = sv.reference_labels(refs, lang)
    ref_ids = list(ref_labels)
    regions = offers.provinces(wages)
    c4, c5 = st.columns(2)
    ref_id = c4.selectbox(
        tr("sal.offer.reference"),
        ref_ids,
        key="sal_ref",
        format_func=ref_labels.get,
        index=ref_ids.index(ui.url_choice("ref", ref_ids, sv.preferred(ref_ids, sv.DEFAULT_REFERENCE)))
        if ref_ids
        else None,
    )
    region = c5.selectbox(
        tr("sal.offer.region"),
        regions,
        key="sal_prov",
        index=regions.index(ui.url_choice("prov", regions, sv.preferred(regions, sv.DEFAULT_REGION))),
        format_func=lambda r, _lang=lang: sv.region_label(r, _lang),
    )
    if ref_id is None:
        st.info(tr("sal.offer.no_refs"))
    else:
        wage = offers.current_minimum_wage(wages, region)
        result = sv.check_offer_against(
            amount, offer_currency, offer_period, refs.loc[ref_id], wage, rates, d.hours, d.custom_rate
        )
        check = result.check

        def fmt(value):
            return ui.money(value, offer_currency, offer_period)

        m1, m2 = st.columns(2)
        m3, m4 = st.columns(2)
        m1.metric(tr("sal.offer.position"), tr(f"sal.pos.{check.position}"))
        m2.metric(
            tr("sal.offer.penetration"),
            sv.format_percent(check.penetration, lang),
            help=tr("sal.offer.penetration_help"),
        )
        m3.metric(tr("sal.offer.compa"), sv.format_ratio(check.compa_ratio, lang), help=tr("sal.offer.compa_help"))
        below = check.below_minimum_wage
        m4.metric(
            tr("sal.offer.gap"),
            fmt(abs(check.gap_to_minimum)),
            tr("sal.offer.under_floor" if below else "sal.offer.above_floor"),
            delta_color="inverse" if below else "normal",
            delta_arrow="down" if below else "up",
        )
        floor_name = sv.floor_name(wage, lang)
        if below:
            st.error(
                tr(
                    "sal.offer.below_floor",
                    floor_name=floor_name,
                    floor=fmt(check.minimum_wage),
                    gap=fmt(abs(check.gap_to_minimum)),
                ),
                icon=":material/warning:",
            )
        else:
            st.success(tr("sal.offer.meets_floor", floor_name=floor_name, floor=fmt(check.minimum_wage)))
        st.write(
            tr(
                "sal.offer.summary",
                offer=fmt(amount),
                pct=sv.format_percent(check.penetration, lang),
                lo=fmt(check.pay_min),
                hi=fmt(check.pay_max),
                mid=fmt(check.midpoint),
                compa=sv.format_ratio(check.compa_ratio, lang),
            )
        )
        st.altair_chart(
            charts.offer_chart(sv.offer_marks(result, lang), offer_currency, offer_period, lang), width="stretch"
        )
        st.caption(
            tr(
                "sal.offer.range_note",
                label=ref_labels[ref_id],
                range=f"{fmt(check.pay_min)}–{fmt(check.pay_max)}",
                conversion=sv.conversion_text(result.range_rate, result.range_hours, lang),
            )
        )
        st.caption(
            tr(
                "sal.offer.floor_note",
                floor_name=floor_name,
                source=wage["source_title"],
                original=ui.money(wage["amount"], wage["currency"], wage["pay_period"]),
                converted=fmt(check.minimum_wage),
                conversion=sv.conversion_text(result.wage_conv.rate, result.wage_conv.hours, lang),
            )
        )

ui.write_url(
    lv=levels,
    ind=industries,
    cmp=compared,
    cf=sv.url_amount(fixed),
    cn=items,
    cc=sv.url_amount(per_item),
    oa=sv.url_amount(amount),
    oc=offer_currency,
    op=offer_period,
    ref=ref_id,
    prov=region,
)
