"""Requirements: role templates side by side, the education ladder, certifications, and "do I qualify?".

Every filter lives in the URL (rt, rcat, rdiff, ritem, redu, ryrs, rhave, rcert),
so a copied link reopens the same comparison and checklist.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.core import export
from salary_explorer.requirements import roles as req
from salary_explorer.requirements.charts import education_ladder_chart

tr = ui.tr
ui.bundled_data_or_stop()
lang = ui.lang()
state = st.session_state
reqs, templates, certs = ui.requirements(), ui.role_templates(), ui.certifications()
template_ids = list(templates["template_id"])
names = req.template_names(templates, lang)
short = req.short_names(templates, lang)
labels = req.item_labels(reqs, lang)
labels.update(dict(zip(certs["cert_id"], certs["name"])))


def start(key: str, value: object) -> None:
    """Seed a widget from the URL the first time the page runs in this session."""
    if key not in state:
        state[key] = value


st.title(tr("nav.requirements"))
st.write(tr("req.intro"))

# ---------- 1. side-by-side comparison ----------
st.header(tr("req.compare.title"))
start("req_templates", ui.url_choices("rt", template_ids, ["retail", "call_center", "bank_cs"]))
start("req_categories", ui.url_choices("rcat", req.CATEGORIES, []))
start("req_diff", ui.url_choice("rdiff", ("0", "1"), "0") == "1")
pick, cats = st.columns([3, 2])
picked = pick.multiselect(tr("req.compare.templates"), template_ids, key="req_templates", format_func=short.get)
categories = cats.multiselect(
    tr("req.compare.categories"),
    req.CATEGORIES,
    key="req_categories",
    format_func=ui.label_func("req.category"),
    placeholder=tr("req.compare.all_categories"),
)
only_diff = st.toggle(tr("req.compare.only_diff"), key="req_diff")

item_options: list[str] = []
if len(picked) < 2:
    st.info(tr("req.compare.pick_two"))
else:
    matrix = req.comparison_matrix(reqs, picked, categories)
    counts = req.share_counts(matrix)
    for col, share in zip(st.columns(3), req.SHARE_ORDER):
        col.metric(tr(f"req.metric.{share}"), counts[share])
    shown = matrix[matrix["share"] != "all"] if only_diff else matrix
    item_options = list(shown["item_id"])
    if shown.empty:
        st.info(tr("req.compare.nothing"))
    else:
        st.caption(tr("req.legend"))
        st.dataframe(
            req.matrix_table(shown, picked, reqs, templates, lang),
            hide_index=True,
            height=min(36 * (len(shown) + 1) + 3, 720),
        )
        st.download_button(
            tr("req.download"),
            export.to_csv_bytes(req.matrix_table(shown, picked, reqs, templates, lang, symbols=False)),
            file_name=export.export_file_name("requirements", {"roles": picked, "categories": categories}, "csv"),
            mime="text/csv",
            icon=":material/download:",
        )
    ui.sources_caption(req.provenance(reqs[reqs["template_id"].isin(picked)]))
    st.caption(tr("req.sources_note"))

    start("req_item", ui.url_choice("ritem", item_options, None))
    if state.get("req_item") not in item_options:
        state["req_item"] = None
    item = st.selectbox(
        tr("req.detail.pick"),
        item_options,
        key="req_item",
        format_func=labels.get,
        index=None,
        placeholder=tr("req.detail.none"),
    )
    if item:
        st.table(req.item_details(reqs, item, picked, templates, lang), hide_index=True)

# ---------- 2. do I qualify? ----------
st.header(tr("req.fit.title"))
st.write(tr("req.fit.intro"))
options = {cat: req.checklist_options(reqs, cat) for cat in req.TICKED}
cert_ids = list(dict.fromkeys([*certs["cert_id"], *req.checklist_options(reqs, "certifications")]))
start("req_edu", ui.url_choice("redu", req.PROFILE_EDUCATION, "sma"))
start("req_years", min(max(ui.url_number("ryrs", 0.0) or 0.0, 0.0), 50.0))
start("req_certs", ui.url_choices("rcert", cert_ids, []))
for cat in req.TICKED:
    start(f"req_{cat}", ui.url_choices("rhave", options[cat], []))


def ticks(label_key: str, choices: list[str], key: str) -> list[str]:
    return st.multiselect(
        tr(label_key), choices, key=key, format_func=labels.get, placeholder=tr("req.fit.none_ticked")
    )


left, right = st.columns(2)
with left:
    education = st.selectbox(
        tr("req.fit.education"), req.PROFILE_EDUCATION, key="req_edu", format_func=ui.label_func("req.edu")
    )
    years = st.number_input(
        tr("req.fit.years"), min_value=0.0, max_value=50.0, step=0.5, format="%.1f", key="req_years"
    )
    held = ticks("req.fit.certifications", cert_ids, "req_certs")
    schedule = ticks("req.fit.schedule", options["schedule"], "req_schedule")
with right:
    skills = ticks("req.fit.skills", options["skills"], "req_skills")
    tools = ticks("req.fit.tools", options["tools"], "req_tools")

profile = req.Profile(education, float(years), frozenset([*skills, *tools, *schedule]), frozenset(held))
cert_years = req.certification_years(certs)
for cert, needed in req.cert_conflicts(profile, cert_years).items():
    st.warning(tr("req.fit.cert_years", cert=labels.get(cert, cert), years=f"{needed:g}", have=f"{years:g}"))
scores = req.match_scores(reqs, template_ids, profile, cert_years)
st.subheader(tr("req.fit.results"))
st.table(req.score_table(scores, reqs, templates, certs, lang), hide_index=True)
st.caption(tr("req.fit.score_help"))
st.caption(tr("req.fit.pay"))
industry_of = req.salary_industries(templates)
for tid in scores["template_id"]:
    industry = industry_of.get(tid)
    if industry:
        st.page_link(
            "pages/salaries.py",
            icon=":material/payments:",
            query_params={"ind": industry},
            label=tr("req.fit.pay_link", name=short[tid], industry=tr(f"industry.{industry}")),
        )
    else:
        st.page_link("pages/salaries.py", label=tr("req.fit.pay_any", name=short[tid]), icon=":material/payments:")

# ---------- 3. education ladder ----------
st.header(tr("req.edu.title"))
st.write(tr("req.edu.intro"))
st.altair_chart(education_ladder_chart(req.education_ladder(templates, reqs), templates, lang), width="stretch")
ui.sources_caption(req.provenance(templates))

# ---------- 4. certifications ----------
st.header(tr("req.cert.title"))
st.write(tr("req.cert.intro"))
st.table(req.certification_table(certs, lang), hide_index=True)
ui.sources_caption(req.provenance(certs))

ui.write_url(
    rt=picked,
    rcat=categories,
    rdiff="1" if only_diff else None,
    ritem=state.get("req_item"),
    redu=education,
    ryrs=f"{years:g}" if years else None,
    rhave=[*skills, *tools, *schedule],
    rcert=held,
)
