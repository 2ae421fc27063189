"""Requirements: role templates side by side, "do I qualify?", the education ladder, certifications.

State in the link: rsec (the open section: only it is built), rt rcat rdiff ritem (comparison),
redu ryrs rskill rtool rsched rcert (checklist).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.requirements import roles as req
from salary_explorer.requirements import screens

tr = ui.tr
lang = ui.lang()
reqs, templates, certs = ui.requirements(), ui.role_templates(), ui.certifications()
pick = ui.view(screens.choices, reqs, templates, certs, lang)

st.title(tr("nav.requirements"))
st.write(tr("req.intro"))


def ticks(label_key: str, key: str, options: list[str], where) -> list[str]:
    return ui.url_multiselect(
        tr(label_key),
        key,
        options,
        [],
        format_func=pick.labels.get,
        placeholder=tr("req.fit.none_ticked"),
        where=where,
    )


compare_tab, fit_tab, ladder_tab, certs_tab = ui.url_tabs(
    {
        "compare": tr("req.compare.title"),
        "fit": tr("req.fit.title"),
        "ladder": tr("req.edu.title"),
        "certs": tr("req.cert.title"),
    },
    "rsec",
)  # only the open section is built

# ---------- 1. side-by-side comparison ----------
if compare_tab.open:
    with compare_tab:
        st.header(tr("req.compare.title"))
        picked = ui.url_pills(
            tr("req.compare.templates"), "rt", pick.templates, screens.DEFAULT_TEMPLATES, format_func=pick.short.get
        )
        categories = ui.url_pills(
            tr("req.compare.categories"), "rcat", req.CATEGORIES, [], format_func=ui.label_func("req.category")
        )
        only_diff = ui.url_checkbox(tr("req.compare.only_diff"), "rdiff", False, toggle=True)
        if len(picked) < 2:
            st.info(tr("req.compare.pick_two"))
        else:
            view = ui.view(screens.comparison_view, reqs, templates, picked, categories, only_diff, lang)
            for col, share in zip(st.columns(3), req.SHARE_ORDER):
                col.metric(tr(f"req.metric.{share}"), view.counts[share])
            if view.table is None:
                st.info(tr("req.compare.nothing"))
            else:
                st.caption(tr("req.legend"))
                ui.dataframe(view.table, hide_index=True, height=min(36 * (len(view.table) + 1) + 3, 720))
                ui.download_buttons(view.export, "requirements", view.export_names, "req", excel=False)
            ui.sources_caption(view.source_rows)
            st.caption(tr("req.sources_note"))
            item = ui.url_selectbox(
                tr("req.detail.pick"),
                "ritem",
                [None, *view.items],
                None,
                format_func=lambda i: pick.labels.get(i, tr("req.detail.none")),
                placeholder=tr("req.detail.none"),  # shown while none is picked (Streamlit's own is English)
            )
            if item:
                ui.table(ui.view(screens.item_view, reqs, item, picked, templates, lang), hide_index=True)

# ---------- 2. do I qualify? ----------
if fit_tab.open:
    with fit_tab:
        st.header(tr("req.fit.title"))
        st.write(tr("req.fit.intro"))
        left, right = st.columns(2)

        education = ui.url_selectbox(
            tr("req.fit.education"),
            "redu",
            req.PROFILE_EDUCATION,
            "sma",
            format_func=ui.label_func("req.edu"),
            where=left,
        )
        years = ui.url_number(tr("req.fit.years"), "ryrs", 0.0, 0, 50, step=0.5, format="%.1f", where=left)
        held = ticks("req.fit.certifications", "rcert", pick.certifications, left)
        schedule = ticks("req.fit.schedule", "rsched", pick.ticks["schedule"], left)
        skills = ticks("req.fit.skills", "rskill", pick.ticks["skills"], right)
        tools = ticks("req.fit.tools", "rtool", pick.ticks["tools"], right)

        fit = ui.view(
            screens.fit_view, reqs, templates, certs, education, years, [*skills, *tools, *schedule], held, lang
        )
        for warning in fit.warnings:
            st.warning(warning)
        st.subheader(tr("req.fit.results"))
        ui.table(fit.scores, hide_index=True)
        st.caption(tr("req.fit.score_help"))
        st.caption(tr("req.fit.pay"))
        for link in fit.pay_links:
            st.page_link("pages/pay.py", label=link.label, query_params=link.query, icon=":material/payments:")

# ---------- 3. education ladder ----------
if ladder_tab.open:
    with ladder_tab:
        st.header(tr("req.edu.title"))
        st.write(tr("req.edu.intro"))
        ui.chart(ui.view(screens.ladder_chart, templates, reqs, lang), width="stretch")
        ui.sources_caption(ui.view(req.provenance, templates))

# ---------- 4. certifications ----------
if certs_tab.open:
    with certs_tab:
        st.header(tr("req.cert.title"))
        st.write(tr("req.cert.intro"))
        ui.table(ui.view(req.certification_table, certs, lang), hide_index=True)
        ui.sources_caption(ui.view(req.provenance, certs))
