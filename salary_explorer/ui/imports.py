"""The import page's import: an uploaded CSV inspected and read once per (content, mapping), its report,
and the result saved or reopened under a private link. What happens once rows are accepted (the file let
go of, kept to import again with other choices) is in ``import_again.py``, which builds on this module.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from ..core import storage
from ..core.formatting import count as format_count
from ..core.i18n import describe_problem, t
from ..uploads import guess as guessing
from ..uploads import importer, saved
from .language import lang, tr
from .saved_work import (
    _mb,
    _md,
    _show_flash,
    delete_section,
    link_token,
    remember,
    show_link,
    store,
    store_settings,
    stored,
)
from .session_rows import add_upload
from .uploaded_files import max_upload_mb

IMPORT_CACHE_KEY = "import_cache"  # {(content hash, Mapping): ImportResult}, this session, newest only
LAST_IMPORT_KEY = "imp_last"  # the ImportDone of this session's newest import: its report stays on the page
UPLOADER_ROUND_KEY = "_imp_round"  # how many imported files the uploader has let go of (its key changes each time)


@dataclasses.dataclass(frozen=True)
class ImportDone:
    """An import the page keeps reporting: which bytes (hash), under what name, what came out, with what mapping.

    ``released``: the file was let go of after its rows were accepted, so the report stands alone, without the
    uploader holding the bytes. ``guess``: the file was imported on drop with the app's guesses, whose
    reasons the report gives. ``notes`` keeps what the report builds per language, so a rerun does not
    build it again: the extra lines (counting places scans every row) and the rejected rows' table.
    """

    digest: str
    name: str
    result: importer.ImportResult
    mapping: importer.Mapping
    released: bool = False
    guess: guessing.Guess | None = None  # when the app chose the file-wide values itself (imported on drop)
    notes: dict = dataclasses.field(default_factory=dict, compare=False)


def uploader_key() -> str:
    """The file uploader's key: ``imp_file``, and a new one each time an imported file is let go of.

    Only the frontend can empty an uploader, so after an import the page draws a fresh one under a new
    key (see ``import_again.finish_import``): the file's bytes, its text table and the mapping form are then gone.
    """
    done = st.session_state.get(UPLOADER_ROUND_KEY, 0)
    return f"imp_file_{done}" if done else "imp_file"


def last_import() -> ImportDone | None:
    return st.session_state.get(LAST_IMPORT_KEY)


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def _inspect(digest: str, file_name: str, max_bytes: int, _data: bytes) -> importer.Inspection:
    # Keyed by the content hash: hashing the bytes or a DataFrame on every rerun would cost more than the read.
    return importer.inspect(_data, file_name, max_bytes)


def inspect_upload(data: bytes, digest: str, file_name: str) -> importer.Inspection:
    """Encoding, separator, headers, a text sample and the guessed mapping; raises ``importer.ImportError_``."""
    return _inspect(digest, file_name, max_upload_mb() * 1_000_000, data)


def import_upload(
    data: bytes, digest: str, file_name: str, mapping: importer.Mapping, raw: importer.RawTable | None = None
) -> importer.ImportResult:
    """Read, map and validate the whole file once per (content, mapping), with a progress bar.

    ``raw``: the file's text table the mapping form has read already (``upload_table``): then the file is
    not read a second time, only mapped and checked (issue 33: at 1M rows ~0.06 s instead of ~0.3 s),
    with no progress bar (drawing and moving it cost more than that).
    The result is kept in this session only (it holds the user's rows), so a
    rerun or a second click never reads the file again.
    """
    key = (digest, file_name, mapping)
    cache = st.session_state.setdefault(IMPORT_CACHE_KEY, {})
    if key not in cache and raw is not None:
        cache.clear()
        cache[key] = importer.to_schema(raw, mapping, file_name)
    if key not in cache:
        label = tr("imp.reading", file=file_name)
        bar = st.progress(0.0, text=label)
        try:
            result = importer.import_csv(
                data,
                file_name,
                mapping,
                max_upload_mb() * 1_000_000,
                progress=lambda done: bar.progress(min(max(done, 0.0), 1.0), text=label),
            )
        finally:
            bar.empty()
        cache.clear()
        cache[key] = result
    return cache[key]


def import_report(result: importer.ImportResult, file_name: str, kept: dict | None = None) -> None:
    """Counts, where the rows went, and the rejected rows (the first 1,000) as a plain-text table.

    ``kept``: a dict that lives as long as the result (``ImportDone.notes``); the table is built once per language.
    """
    counts = tr(
        "imp.result",
        file=importer.escape_markdown(file_name),
        read=format_count(result.rows_read, lang()),
        accepted=format_count(result.accepted, lang()),
        rejected=format_count(result.rejected, lang()),
    )
    (st.success if result.accepted and not result.rejected else st.warning)(counts)
    if result.accepted:
        st.write(tr("imp.joined"))
        st.page_link("pages/explorer.py", label=tr("imp.open_explorer"), icon=":material/table_view:")
    else:
        st.error(tr("imp.nothing_accepted"))
    if result.unknown_levels:
        st.info(tr("imp.unknown_levels", values=importer.escape_markdown(", ".join(result.unknown_levels))))
    others = importer.other_currencies(result.rows)
    if others:
        st.info(tr("imp.other_currencies", currencies=", ".join(others)))
    if result.problems:
        st.subheader(tr("imp.rejected"))
        shown = result.problems[:1000]
        if len(result.problems) > len(shown):
            st.caption(tr("imp.rejected_more", n=len(shown), total=len(result.problems)))
        table = (kept if kept is not None else {}).get(("problems", lang()))
        if table is None:
            table = importer.problems_table(shown, lambda key, params: t(key, lang(), **params))
            if kept is not None:
                kept[("problems", lang())] = table
        st.dataframe(
            table, hide_index=True, width="stretch", column_config={c: tr(f"imp.col.{c}") for c in table.columns}
        )


def upload_file_error(err: importer.ImportError_) -> None:
    st.error(tr("imp.file_error", message=describe_problem(importer.inert(err.problem), lang())))


# ---- saved imports: the accepted rows kept under a private link (?dset=) ----
DSET_KEY = "dset_opened"  # the saved.SavedImport opened by this tab's ?dset= link


def saved_import_from_link():
    """Top of the import page: a ``?dset=`` link reopens its dataset once; its rows join every page."""
    _show_flash("_dset_flash")
    token, state = link_token("dataset"), st.session_state
    if not token:
        return None
    opened = state.get(DSET_KEY)
    if opened is not None and opened.token == token:
        return opened
    if state.get("_dset_bad") == token:
        st.error(tr("storage.not_found"))
        return None
    try:
        opened = saved.open_saved(store(), token)
    except storage.NotFound:
        state["_dset_bad"] = token
        st.error(tr("storage.not_found"))
        return None
    except storage.KeyProblem:
        st.error(tr("storage.key_problem"))
        return None
    except Exception:
        st.error(tr("storage.failed"))
        return None
    state[DSET_KEY] = opened
    add_upload(opened.name, opened.result.rows)
    remember("dataset", token, opened.name)
    return opened


def saved_import_panel(opened) -> None:
    """What a reopened dataset is: name, rows, when, file hash, its link, and delete."""

    st.subheader(tr("dset.open_title"))
    when = opened.saved_at.replace("T", " ").rstrip("Z")
    st.success(tr("dset.opened", name=_md(opened.name), n=format_count(len(opened.result.rows), lang()), when=when))
    st.caption(tr("dset.hash", hash=opened.file_hash))
    show_link("dataset", opened.token)
    delete_section("dataset", "dset", saved.delete, opened.token, DSET_KEY)


def save_import_section(digest: str, file_name: str, result, mapping: importer.Mapping) -> None:
    """Under an import's report: save the accepted rows, mapping, report and file hash under a private link."""
    if not result.accepted:
        return
    st.subheader(tr("dset.title"))
    st.caption(tr("dset.intro", mb=_mb(store_settings().max_item_bytes)))
    done = st.session_state.setdefault("_dset_saved", {})
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    name = c1.text_input(tr("dset.name"), file_name, key=f"dset_name_{digest[:12]}", max_chars=storage.NAME_MAX)
    if c2.button(tr("dset.save"), type="primary", key=f"dset_save_{digest[:12]}"):
        name = storage.clean_name(name, file_name)
        kept = stored(saved.save, store(), name, result, mapping, digest, max_bytes=store_settings().max_item_bytes)
        if kept is not None:
            done[digest] = (kept.token, name)
            remember("dataset", kept.token, name)
    if digest in done:
        token, name = done[digest]
        st.success(tr("dset.saved", name=_md(name), n=_count(result.accepted)))
        show_link("dataset", token)


def _count(n: int) -> str:

    return format_count(n, lang())
