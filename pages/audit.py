"""Audit trail (HR admins, team mode): who opened, saved, exported or deleted what, when, on which replica."""

import streamlit as st

from salary_explorer import ui

tr = ui.tr
st.title(tr("audit.title"))
st.caption(tr("audit.caption"))
days = ui.url_number(tr("audit.days"), "ad", 7, 1, 3650, integer=True, omit_default=True)
trail = ui.audit_trail(days)
if trail is not None:
    st.caption(tr("audit.count", count=len(trail)))
    ui.dataframe(trail, hide_index=True)
    ui.download_buttons(trail, "audit_trail", {"days": days}, key="audit_export", lazy=True)
ui.person_requests()
