"""The audit trail page's helpers (issue 34): read and export it (HR admins only, and the read is logged)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import streamlit as st

from ..core import access, storage
from ..uploads import saved_roster
from .language import tr
from .saved_work import PRINCIPAL_KEY, store, stored
from .widgets import download_buttons


def audit_trail(days: float) -> pd.DataFrame | None:
    """The last ``days`` of the audit trail as a table, or None (with a refusal) for anyone not allowed."""
    principal = st.session_state.get(PRINCIPAL_KEY) or access.SOLO
    if not access.may(principal, "audit.read"):
        st.warning(tr("access.not_for_role"))
        return None
    since = datetime.now(UTC) - timedelta(days=float(days))
    try:
        rows = storage.audit_rows(store(), since=since)
        storage.audit(store(), "audit.read", "ok", detail=f"{len(rows)} rows")
    except Exception:
        st.error(tr("storage.failed"))
        return None
    frame = pd.DataFrame(rows, columns=list(storage.AUDIT_COLUMNS))
    return frame.rename(columns={c: tr(f"audit.col.{c}") for c in storage.AUDIT_COLUMNS})


def person_requests() -> None:
    """HR admins: find one employee's rows and the audit entries about them (export), or delete them
    everywhere. Found through the keyed hash of their id; both actions are logged with the hash only."""
    principal = st.session_state.get(PRINCIPAL_KEY) or access.SOLO
    if not (access.may(principal, "export.person") and access.may(principal, "erase.person")):
        return
    st.subheader(tr("person.title"))
    st.caption(tr("person.help"))
    person_id = st.text_input(tr("person.id"), key="person_id", max_chars=100).strip()
    if not person_id:
        return
    if st.button(tr("person.export"), key="person_export"):
        found = stored(saved_roster.export_person, store(), person_id)
        if found is not None:
            rows, trail = found
            rosters = rows["item"].nunique() if len(rows) else 0
            st.success(tr("person.found", rows=len(rows), rosters=rosters, entries=len(trail)))
            download_buttons(rows, "person_rows", {}, key="person_rows", excel=False)
            trail_frame = pd.DataFrame(trail, columns=list(storage.AUDIT_COLUMNS))
            download_buttons(trail_frame, "person_audit", {}, key="person_audit", excel=False)
    sure = st.checkbox(tr("person.erase_confirm"), key="person_erase_sure")
    if st.button(tr("person.erase"), key="person_erase", disabled=not sure, type="primary"):
        done = stored(saved_roster.erase_person, store(), person_id)
        if done is not None:
            st.success(tr("person.erased", rosters=done[0], rows=done[1]))
