"""The wage structure page's Streamlit pieces: the jobs grid (typed, pasted or uploaded), the structure kept
across bad input, and the roster read through the import path for the notices."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from ..core import storage
from ..core.i18n import describe_problem
from ..structure import build, sets
from ..structure.build import JOB_COLUMNS
from ..uploads import importer
from .language import lang, tr
from .links import lazy_expander
from .saved_work import (
    _flash,
    _md,
    _show_flash,
    delete_section,
    open_from_link,
    recent_items,
    remember,
    set_link,
    show_link,
    store,
    store_settings,
    stored,
)
from .widgets import bullets

JOBS_KEY = "ss_jobs"  # (version, base frame) of the jobs grid
STRUCTURE_KEY = "ss_structure"  # the last structure built without errors
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
# The annex's example B (Permenaker 1/2017, Bab IV): the lowest and highest jobs with their points and pay.
ANNEX_JOBS = pd.DataFrame(
    {"job": ["Office boy", "General manager"], "points": [150.0, 870.0], "pay": [2_050_000.0, 20_000_000.0]}
)
JOB_HEADERS = {
    "job": ("job", "jabatan", "posisi", "position", "title", "nama_jabatan"),
    "points": ("points", "poin", "total_poin", "nilai", "score", "total_points"),
    "pay": ("pay", "upah", "upah_pokok", "gaji", "gaji_pokok", "basic_pay", "salary"),
}


def _key(header: object) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in str(header).strip().lower()).strip("_")


def table_from_upload(upload) -> pd.DataFrame:
    """An uploaded CSV (through the import path: encodings, delimiters) or Excel sheet, cells as text.

    Raises ``importer.ImportError_`` (CSV) or ``ValueError`` (a workbook that cannot be read)."""
    data = upload.getvalue()
    if upload.name.lower().endswith(EXCEL_SUFFIXES):
        try:
            return pd.read_excel(io.BytesIO(data), dtype=object, keep_default_na=False)
        except Exception as err:  # a broken or encrypted workbook: say so, never a traceback
            raise ValueError(str(err)[:200]) from err
    return importer.read_table(data, upload.name, max_bytes=20_000_000).frame


def _read_error(err: Exception) -> str:
    if isinstance(err, importer.ImportError_):
        return describe_problem(importer.inert(err.problem), lang())
    return importer.escape_markdown(str(err))


def structure_jobs_table() -> pd.DataFrame:
    """The jobs grid: the annex example to start with, a file's rows when one is uploaded, edits on top.

    A file that cannot be read, or lacks the three columns, is explained and the rows already in the
    grid stay.
    """
    state = st.session_state
    version, base = state.get(JOBS_KEY, (0, ANNEX_JOBS))
    with st.expander(tr("structure.jobs.upload")):
        upload = st.file_uploader(tr("structure.jobs.upload"), type=["csv", "txt", "xlsx"], key="ss_jobs_file")
    if upload is not None and state.get("_ss_jobs_file_id") != upload.file_id:
        state["_ss_jobs_file_id"] = upload.file_id
        try:
            frame = table_from_upload(upload)
            keys = {_key(c): c for c in frame.columns}
            cols = {f: next((keys[w] for w in words if w in keys), None) for f, words in JOB_HEADERS.items()}
            if not all(cols.values()):
                found = ", ".join(map(str, frame.columns)) or "-"
                raise ValueError(tr("structure.issue.file_columns", found=found))
            raw = pd.DataFrame({f: frame[c] for f, c in cols.items()})
            cleaned, _ = build.clean_jobs(raw)  # the problems are named again under the grid, by grid row
            base = pd.DataFrame(
                {
                    "job": raw["job"].astype("string"),
                    "points": pd.to_numeric(raw["points"].map(build._finite), errors="coerce"),
                    "pay": pd.to_numeric(raw["pay"].map(build._money), errors="coerce"),
                }
            )
            version += 1
            state[JOBS_KEY] = (version, base)
            st.success(tr("structure.jobs.loaded", n=len(cleaned), file=importer.escape_markdown(upload.name)))
        except (importer.ImportError_, ValueError) as err:
            st.error(tr("structure.issue.bad_file", message=_read_error(err)))
    number = st.column_config.NumberColumn
    return st.data_editor(
        base,
        key=f"ss_jobs_editor_{version}",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_order=JOB_COLUMNS,
        column_config={
            "job": st.column_config.TextColumn(tr("structure.col.job")),
            "points": number(tr("structure.col.points"), min_value=0.0, format="localized"),
            "pay": number(tr("structure.col.pay"), min_value=0.0, format="localized"),
        },
    )


def kept_structure(built: build.Built, messages: list[str]) -> build.Structure | None:
    """The structure just built, or, when the input has errors, the last one built (said so): nothing built
    is lost to a bad row. Errors and notes are listed, each naming its row."""
    state = st.session_state
    if built.structure is not None:
        state[STRUCTURE_KEY] = built.structure
        if messages:
            st.info(bullets(messages))
        return built.structure
    st.error(bullets(messages))
    kept = state.get(STRUCTURE_KEY)
    st.caption(tr("structure.kept") if kept is not None else tr("structure.none"))
    return kept


ROSTER_KEY = "_ss_roster"  # (file_id, table) of the notices roster: read once per upload, not on every rerun


def structure_roster_table(upload) -> pd.DataFrame | None:
    """The notices roster through the import path, read once per upload; a file that cannot be read is
    explained (None) on every run until another file is chosen."""
    kept = st.session_state.get(ROSTER_KEY)
    if kept is None or kept[0] != upload.file_id:
        try:
            kept = (upload.file_id, table_from_upload(upload))
        except (importer.ImportError_, ValueError) as err:
            kept = (upload.file_id, err)  # said in the reader's language on each run
        st.session_state[ROSTER_KEY] = kept
    if isinstance(kept[1], Exception):
        st.error(tr("structure.notices.bad_file", message=_read_error(kept[1])))
        return None
    return kept[1]


SEVERITY_BOX = {"critical": "error", "warning": "warning", "info": "info", "ok": "success"}


def show_findings(findings: list[tuple[str, str]]) -> None:
    """One box per severity, most serious first, a line a finding."""
    title = f"**{tr('structure.checks.title')}**"
    for severity in ("critical", "warning", "ok", "info"):
        lines = [text for sev, text in findings if sev == severity]
        if lines:
            getattr(st, SEVERITY_BOX[severity])(title + "\n" + bullets(lines))
            title = ""


def structure_downloads(view, where=st) -> None:
    """The decree-and-statement PDF and the workbook, built once per structure and inputs (the view)."""
    row = where.container(horizontal=True)
    row.download_button(
        tr("structure.doc.pdf"),
        view.pdf,
        f"{view.file_stem}.pdf",
        "application/pdf",
        key="ss_pdf",
        icon=":material/download:",
        on_click="ignore",
    )
    row.download_button(
        tr("structure.doc.xlsx"),
        view.xlsx,
        f"{view.file_stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="ss_xlsx",
        icon=":material/download:",
        on_click="ignore",
    )


def structure_notices(nv) -> None:
    """The notices download, the rows left out (each named), and the team against the structure."""
    if nv.problems:
        st.warning(bullets(nv.problems))
    if nv.pdf is None:
        st.error(tr("structure.notices.none"))
        return
    st.download_button(
        tr("structure.notices.pdf", n=nv.pages),
        nv.pdf,
        "pemberitahuan_skala_upah.pdf",
        "application/pdf",
        key="ss_notices_pdf",
        icon=":material/download:",
        on_click="ignore",
    )
    if nv.team is not None:
        st.subheader(tr("structure.team.title"))
        st.write(bullets([importer.escape_markdown(line) for line in nv.team_summary]))
        st.dataframe(nv.team, hide_index=True, width="stretch")


# ---------- saved structures: ?sset= opens one; save, link, compare versions ----------
SAVED_KEY = "ss_saved"  # sets.SavedStructure the page is based on
INT_KEYS, FLOAT_KEYS, DATE_KEYS = ("ssn",), ("ssl", "ssh", "ssa", "ssy"), ("sse", "ssd")


def _typed(key: str, text: str):
    import datetime as dt

    try:
        if key in INT_KEYS:
            return int(float(text))
        if key in FLOAT_KEYS:
            return float(text)
        if key in DATE_KEYS:
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return text


def open_structure_from_link() -> None:
    """Top of the page, before its widgets: a ``?sset=`` link opens its structure once, as saved, with the
    inputs it was saved with. A wrong link says "not found"; nothing on the page is lost."""
    opened, state = open_from_link("wage_structure", SAVED_KEY, sets.open_saved), st.session_state
    if opened is None:
        return
    for key, text in opened.settings.items():
        value = _typed(key, text)
        if value is not None:
            state[key] = value
    state["ssm"] = "saved"
    _based_on(opened)
    when = opened.saved_at.replace("T", " ").rstrip("Z")
    st.success(tr("structure.sets.opened", name=_md(opened.name), version=opened.version, when=when))


def _based_on(saved) -> None:
    st.session_state[SAVED_KEY] = saved
    st.session_state["_ss_sets_open_next"] = True
    remember("wage_structure", saved.token, saved.name)
    set_link("wage_structure", saved.token)


def structure_sets_panel():
    """The save-and-compare section, a lazy expander; it opens by itself once the page is based on a saved
    structure."""
    if st.session_state.pop("_ss_sets_open_next", False):
        st.session_state["ss_sets_open"] = True
    return lazy_expander(tr("structure.sets.title"), "ss_sets_open")


def structure_methods() -> tuple[str, ...]:
    """The ways to build, and "as saved" while a saved structure is open."""
    return (*build.METHODS, "saved") if st.session_state.get(SAVED_KEY) is not None else build.METHODS


def saved_structure():
    saved = st.session_state.get(SAVED_KEY)
    return None if saved is None else saved.structure


def structure_sets_section(structure: build.Structure) -> None:
    """Save (each save a new version), the private link, delete, and two versions compared."""
    state = st.session_state
    based = state.get(SAVED_KEY)
    st.caption(tr("structure.sets.intro"))
    _show_flash("_sset_flash")
    if based is not None:
        st.caption(tr("structure.sets.current", name=_md(based.name), version=based.version))
    name = st.text_input(
        tr("structure.sets.name"),
        value=based.name if based else "",
        key="sset_name",
        max_chars=storage.NAME_MAX,
        placeholder=tr("structure.sets.default_name"),
    )
    settings = {
        k: state[k].isoformat() if hasattr(state.get(k), "isoformat") else state.get(k) for k in sets.SETTING_KEYS
    }
    current = sets.SavedStructure(
        storage.clean_name(name, tr("structure.sets.default_name")),
        structure,
        {k: str(v) for k, v in settings.items() if v is not None},
        based.token if based else None,
        based.version if based else None,
    )
    label = tr("structure.sets.save_version", version=based.version + 1) if based else tr("structure.sets.save")
    if st.button(label, type="primary", key="sset_save"):
        done = stored(sets.save, store(), current, max_bytes=store_settings().max_item_bytes)
        if done is not None:
            _based_on(done)
            _flash("_sset_flash", "success", tr("structure.sets.saved", name=_md(done.name), version=done.version))
            st.rerun()
    if based is None:
        return recent_items("wage_structure")
    show_link("wage_structure", based.token)
    delete_section("wage_structure", "sset", sets.delete, based.token, SAVED_KEY)
    history = stored(sets.versions, store(), based.token) or []
    st.markdown(f"**{tr('structure.sets.compare')}**")
    if len(history) < 2:
        st.caption(tr("structure.sets.need_two"))
        return
    numbers = [v.version for v in history]
    labels = {
        v.version: tr(
            "structure.sets.version_label", version=v.version, when=v.created_at.replace("T", " ").rstrip("Z")
        )
        for v in history
    }
    c1, c2 = st.columns(2)
    left = c1.selectbox(
        tr("structure.sets.left"), numbers, index=len(numbers) - 2, format_func=labels.get, key="sset_a"
    )
    right = c2.selectbox(
        tr("structure.sets.right"), numbers, index=len(numbers) - 1, format_func=labels.get, key="sset_b"
    )
    changes = stored(sets.compare_versions, store(), based.token, left, right, lang())
    if changes is None:
        return
    if changes.empty:
        st.caption(tr("structure.sets.same"))
    else:
        st.dataframe(changes, hide_index=True, width="stretch")


# ---------- the team page: the team against the structure built in this session ----------
def _team_rows(roster_frame: pd.DataFrame, levels: tuple[str, ...], wages: pd.DataFrame, on):
    """The team roster's rows as the structure's roster rows (level -> golongan), each worker's own floor,
    and the rows left out (named). Combines the two domains, so it lives here, in the Streamlit layer."""
    from ..bands import team
    from ..structure.roster import RosterRow

    floor_for = team.workplace_floor(wages, on)
    grade_of = {level: g for g, level in enumerate(levels, start=1)}
    rows, floors, left_out = [], [], []
    for rec in roster_frame.to_dict("records"):
        name = str(rec.get("employee") or "")
        grade = grade_of.get(rec.get("level"))
        if grade is None:
            left_out.append(tr("structure.team.no_grade", row=rec.get("row"), name=name, level=rec.get("level")))
            continue
        if (rec.get("currency"), rec.get("pay_period")) != ("IDR", "month"):
            left_out.append(tr("structure.team.not_monthly", row=rec.get("row"), name=name))
            continue
        try:
            floors.append(floor_for(rec.get("region")).amount)
        except (LookupError, KeyError):
            floors.append(None)
        hire = rec.get("hire_date")
        hire = None if hire is None or pd.isna(hire) else pd.Timestamp(hire).date()
        rows.append(RosterRow(int(rec.get("row") or 0), name, grade, hire, float(rec["pay"])))
    return rows, floors, left_out


def team_structure_section(roster_frame: pd.DataFrame, wages: pd.DataFrame, on) -> None:
    """The team page's yardstick from the structure built on the structure page in this session."""
    from ..structure import screens

    structure = st.session_state.get(STRUCTURE_KEY)
    st.caption(tr("structure.team.help"))
    if structure is None or not structure.levels:
        st.info(tr("structure.team.need_structure" if structure is None else "structure.team.need_levels"))
        st.page_link("pages/structure.py", label=tr("nav.structure"), icon=":material/stairs:")
        return
    rows, floors, left_out = _team_rows(roster_frame, structure.levels, wages, on)
    if left_out:
        st.warning(bullets([importer.escape_markdown(line) for line in left_out]))
    if not rows:
        return
    table, summary = screens.team_structure_view(rows, structure, floors, tr("structure.team.own_floor"), on, lang())
    st.write(bullets([importer.escape_markdown(line) for line in summary]))
    st.dataframe(table, hide_index=True, width="stretch")
