"""The audit trail page's helpers (issue 34): read and export it (HR admins only, and the read is logged)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import streamlit as st

from ..core import access, storage
from .language import tr
from .saved_work import PRINCIPAL_KEY, store


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
