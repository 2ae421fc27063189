"""Router: page config, language and display settings in a panel at the top right, translated navigation at the top.

Link notices (values in the URL that were refused, and why) are collected while
the page runs and shown at its top, in the container made before it. Who may see which page is a
table (``salary_explorer/core/access.py``): add a new page's row there, not a check in the page.
"""

import streamlit as st

from salary_explorer import ui

st.set_page_config(page_title="CS pay & requirements", page_icon="💬", layout="wide")
ui.start_run()
ui.start_access()  # who is asking (team mode: sign-in, role, maximum session age); solo mode: nothing changes
ui.render_settings()
ui.account_bar()
tr = ui.tr

PAGES = {
    tr("nav.section.seekers"): [
        st.Page("pages/home.py", title=tr("nav.home"), icon=":material/home:", default=True),
        st.Page("pages/pay.py", title=tr("nav.pay"), icon=":material/payments:"),
        st.Page("pages/offer.py", title=tr("nav.offer"), icon=":material/fact_check:"),
        st.Page("pages/us_pay.py", title=tr("nav.us_pay"), icon=":material/query_stats:"),
        st.Page("pages/place_pay.py", title=tr("nav.place_pay"), icon=":material/map:"),
        st.Page("pages/requirements.py", title=tr("nav.requirements"), icon=":material/checklist:"),
    ],
    tr("nav.section.hr"): [
        st.Page("pages/bands.py", title=tr("nav.bands"), icon=":material/tune:"),
        st.Page("pages/structure.py", title=tr("nav.structure"), icon=":material/stairs:"),
        st.Page("pages/team.py", title=tr("nav.team"), icon=":material/groups:"),
    ],
    tr("nav.section.analysts"): [
        st.Page("pages/explorer.py", title=tr("nav.explorer"), icon=":material/table_view:"),
        st.Page("pages/upload.py", title=tr("nav.upload"), icon=":material/upload_file:"),
    ],
    tr("nav.section.admin"): [
        st.Page("pages/audit.py", title=tr("nav.audit"), icon=":material/policy:"),
    ],
}
notices = st.container()
try:
    ui.run_page(st.navigation(ui.visible_pages(PAGES), position="top"))  # the router re-checks the page
finally:
    ui.finish_run(notices)
