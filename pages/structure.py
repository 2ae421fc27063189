"""HR: the wage structure and scale the law requires (struktur dan skala upah), built, checked and exported.

State in the link: ssm (method: ladder, two_point, points), ssn (number of grades), ssl and ssh (lowest and
highest grade midpoints), ssr (spread per grade, %), ssf (pay line of the points method), ssp (province),
ssk (regency code, Kemendagri), sse (effective date), ssa (fixed allowances), ssy (years-of-service step, %),
ssco, ssno, ssd, sspl, sssg, ssti (company, decree number, date set, place, signatory, title), ssdl (the
documents' language), sst (the team's check date), sset (a saved structure).
The jobs grid and the roster stay in the browser session.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.structure import build, screens

tr = ui.tr
d = ui.display()
wages = ui.minimum_wages()

st.title(tr("structure.title"))
st.write(tr("structure.intro"))
ui.open_structure_from_link()  # a saved structure (?sset=) puts its inputs in place before the widgets
c1, c2, c3 = st.columns(3)
province = ui.url_selectbox(
    tr("structure.province"), "ssp", ui.view(screens.provinces, wages), screens.DEFAULT_PROVINCE, where=c1
)
regencies = {"": tr("structure.regency.none"), **screens.regency_options(province)}  # labels bound now
regency = ui.url_selectbox(
    tr("structure.regency"),
    "ssk",
    list(regencies),
    "",
    format_func=regencies.get,
    where=c2,
)
effective = ui.url_date(tr("structure.effective"), "sse", screens.DEFAULT_EFFECTIVE, *screens.EFFECTIVE_RANGE, where=c3)

method = ui.url_radio(
    tr("structure.method"),
    "ssm",
    ui.structure_methods(),
    "ladder",
    format_func=ui.label_func("structure.method"),
    horizontal=True,
)
n = low_mid = high_mid = None
spreads, fit, jobs, bands = "40", "two_point", None, None
if method == "ladder":
    st.caption(tr("structure.ladder.help"))
    bands = ui.session_bands()
elif method != "saved":  # a saved structure is shown as saved
    m1, m2 = st.columns([1, 3])
    n = ui.url_number(tr("structure.n"), "ssn", 5, 2, build.MAX_GRADES, integer=True, where=m1)
    spreads = ui.url_text(tr("structure.spreads"), "ssr", "40", help=tr("structure.spreads.help"), where=m2)
if method == "two_point":
    p1, p2 = st.columns(2)
    low_mid = ui.url_number(
        tr("structure.low_mid"), "ssl", 6_600_000, 1, 10**10, step=50_000.0, format=ui.money_format("IDR"), where=p1
    )
    high_mid = ui.url_number(
        tr("structure.high_mid"), "ssh", 15_000_000, 1, 10**10, step=50_000.0, format=ui.money_format("IDR"), where=p2
    )
if method == "points":
    st.subheader(tr("structure.jobs.title"))
    st.caption(tr("structure.jobs.help"))
    fit = ui.url_radio(
        tr("structure.fit"), "ssf", build.FITS, "two_point", format_func=ui.label_func("structure.fit"), horizontal=True
    )
    jobs = ui.structure_jobs_table()
a1, a2 = st.columns(2)
allowances = ui.url_number(
    tr("structure.allowances"),
    "ssa",
    0.0,
    0,
    10**10,
    step=50_000.0,
    format=ui.money_format("IDR"),
    help=tr("structure.allowances.help"),
    where=a1,
)
step = ui.url_number(tr("structure.step"), "ssy", 0.0, 0, 20, step=0.5, format="%.1f", where=a2)

built, messages = ui.view(
    screens.build_structure, method, bands, n, low_mid, high_mid, spreads, jobs, fit, d.lang, ui.saved_structure()
)
structure = ui.kept_structure(built, messages)

# The documents' fields and downloads are drawn only while their section is open (nine widgets and two
# buttons less for the browser on every visit); shut, their values still come from the link.
docs = ui.lazy_expander(tr("structure.doc.title"), "ss_docs_open")
f1, f2, f3, g1, g2, g3 = (*docs.columns(3), *docs.columns(3)) if docs.open else (None,) * 6
keep = {"persist_state": "session"}  # the reader's entries survive the section being shut
company = ui.url_text(tr("structure.doc.company"), "ssco", "", where=f1, **keep)
decree_no = ui.url_text(tr("structure.doc.number"), "ssno", "", where=f2, **keep)
date_set = ui.url_date(tr("structure.doc.date_set"), "ssd", ui.today(), *screens.EFFECTIVE_RANGE, where=f3, **keep)
place = ui.url_text(tr("structure.doc.place"), "sspl", "", where=g1, **keep)
signatory = ui.url_text(tr("structure.doc.signatory"), "sssg", "", where=g2, **keep)
title = ui.url_text(tr("structure.doc.signatory_title"), "ssti", "", where=g3, **keep)
doc_lang = ui.url_radio(
    tr("structure.doc.lang"),
    "ssdl",
    ["id", "en"],
    "id",
    format_func=ui.label_func("structure.doc.lang"),
    horizontal=True,
    where=docs if docs.open else None,
    **keep,
)
files = docs.container() if docs.open else None

if structure is not None:
    view = ui.view(
        screens.structure_view,
        structure,
        wages,
        province,
        regency,
        effective,
        allowances,
        step,
        company,
        decree_no,
        date_set,
        place,
        signatory,
        title,
        d.lang,
        ui.today(),
        doc_lang,
    )
    if files is not None:
        files.caption(tr("structure.doc.help"))
        ui.structure_downloads(view, where=files)
    ui.show_findings(view.findings)
    st.caption(view.floor_text)
    st.subheader(tr("structure.table.title"))
    ui.table(view.table)
    st.caption(view.caption + (" " + view.line if view.line else ""))
    if view.points_chart is not None:
        ui.chart(view.points_chart, width="stretch")
    ui.chart(view.chart, width="stretch")
    if len(view.overlaps):
        ui.table(view.overlaps)
    if view.service is not None:
        st.subheader(tr("structure.service.title"))
        st.caption(view.service_note)
        ui.table(view.service)

    saving = ui.structure_sets_panel()
    if saving.open:
        with saving:
            ui.structure_sets_section(structure)

    notices = ui.lazy_expander(tr("structure.notices.title"), "ss_notices_open")
    if notices.open:
        with notices:
            st.caption(tr("structure.notices.help"))
            st.caption(tr("structure.team.help"))
            on = ui.url_date(tr("structure.team.check_date"), "sst", ui.today(), *screens.EFFECTIVE_RANGE)
            upload = st.file_uploader(tr("structure.notices.upload"), type=["csv", "txt", "xlsx"], key="ss_roster")
            frame = ui.structure_roster_table(upload) if upload is not None else None
            if frame is not None:
                ui.structure_notices(
                    ui.view(screens.notices_view, structure, view.info, frame, wages, province, regency, on, d.lang)
                )
