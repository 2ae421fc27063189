"""After an import: the file let go of, its report kept, and "change the choices and import again".

Its own module because this is what happens once rows are accepted (``imports.py`` reads and reports a file,
and would pass the 400-line limit with this): the uploader lets go of the file, and a small file's bytes are
kept in this session so the user can bring the same file back to the mapping form, with last time's
choices filled in, change what was wrong and import again (its earlier rows are replaced, not doubled).
It builds on ``imports.py`` (the report, the save section, ``ImportDone``), never the other way round.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from ..uploads import guess as guessing
from ..uploads import importer
from ..uploads import preview as upload_preview_view
from .import_mapping import choices_used, forget_upload_table
from .imports import (
    IMPORT_CACHE_KEY,
    LAST_IMPORT_KEY,
    UPLOADER_ROUND_KEY,
    ImportDone,
    import_report,
    last_import,
    save_import_section,
)
from .language import lang, tr
from .uploaded_files import _drop_uploaded_file, upload_digest

# Files up to this size keep their bytes after the import, to import them again with other choices.
# They stay in this session's memory until the upload is removed or another file is imported: 25 MB is
# a CSV of a few hundred thousand rows, most analysts' files, while the 60 MB+ exports of a million rows
# that made the page let go of files at all (the server's memory is shared by every session) are not
# held and must be chosen again.
KEEP_MAX_BYTES = 25_000_000
KEPT_FILE_KEY = "_imp_kept_file"  # the KeptFile of this session's newest accepted import: one file at most
AGAIN_KEY = "_imp_again"  # the kept file's content hash while it is back on the mapping form


@dataclasses.dataclass(frozen=True)
class KeptFile:
    """The bytes of the file just imported, and the accepted import they gave (its mapping is pre-filled)."""

    data: bytes
    done: ImportDone


@dataclasses.dataclass(frozen=True)
class FileToImport:
    """The file on the mapping form: the uploader's (``file_id``) or the kept one brought back (``prefill``)."""

    data: bytes
    digest: str
    name: str
    file_id: str | None = None
    prefill: importer.Mapping | None = None  # the choices used last time for these bytes
    earlier_name: str | None = None  # the name they were imported under then


def kept_file(digest: str | None = None) -> KeptFile | None:
    """This session's kept file (the one with content hash ``digest``, if given), or None."""
    kept = st.session_state.get(KEPT_FILE_KEY)
    return kept if kept is not None and digest in (None, kept.done.digest) else None


def file_to_import(upload) -> FileToImport | None:
    """The file for the mapping form: a newly chosen one wins; else the kept one, if the user brought it back."""
    state = st.session_state
    if upload is not None:
        state.pop(AGAIN_KEY, None)
        digest = upload_digest(upload)
        name = importer.clean_file_name(upload.name)
        earlier = _import_of(digest)
        return FileToImport(
            upload.getvalue(),
            digest,
            name,
            upload.file_id,
            prefill=earlier.mapping if earlier else None,
            earlier_name=earlier.name if earlier else None,
        )
    again = state.get(AGAIN_KEY)
    kept = kept_file(again) if again else None
    if kept is None:
        state.pop(AGAIN_KEY, None)
        last = last_import()
        if last is not None and not last.released and kept_file(last.digest):  # a try again that added nothing,
            state[LAST_IMPORT_KEY] = kept_file().done  # left: the accepted import it would have replaced stands
        return None
    done = kept.done
    return FileToImport(kept.data, done.digest, done.name, prefill=done.mapping, earlier_name=done.name)


def _import_of(digest: str) -> ImportDone | None:
    """This session's accepted import of the same bytes, when the user chooses that file again (a file too
    large to keep must be chosen again to change its choices): the form starts from its mapping."""
    kept = kept_file(digest)
    if kept is not None:
        return kept.done
    last = last_import()
    return last if last is not None and last.digest == digest and last.result.accepted else None


def import_again_notice(file: FileToImport) -> None:
    """Above the form of a file imported before: which file it is and that last time's choices are filled in;
    for the kept file brought back, also a way back to the report as it was."""
    if file.prefill is None:
        return
    if file.file_id is not None:  # chosen again on the uploader: nothing to go back to
        same_name = file.earlier_name == file.name  # its rows are kept under its name: the same name replaces them
        st.info(tr("imp.same_file" if same_name else "imp.same_bytes", file=importer.escape_markdown(file.name)))
        return
    st.info(tr("imp.again_file", file=importer.escape_markdown(file.name)))
    st.button(tr("imp.again_cancel"), key=f"imp_again_off_{file.digest[:12]}", on_click=_leave_again)


def _bring_back(digest: str) -> None:
    st.session_state[AGAIN_KEY] = digest


def _leave_again() -> None:
    st.session_state.pop(AGAIN_KEY, None)


def finish_import(
    file: FileToImport, result: importer.ImportResult, mapping: importer.Mapping, guess: guessing.Guess | None = None
) -> bool:
    """Remember the import's report; once rows are accepted, let go of the file and its whole-file copies.

    The accepted rows are in ``add_upload`` by now. Keeping the file on the uploader would keep its
    bytes (62 MB at 1M rows), the text table behind the preview (every row again) and the mapping form
    and preview on every later rerun, so all are dropped: True says so, and the page then replaces the
    form with this report and the uploader with a fresh one under a new key, in the same run (issue 33:
    no rerun). A file up to ``KEEP_MAX_BYTES`` keeps its bytes (one file per session) to import it
    again with other choices. A file with nothing accepted stays, so the user can correct the mapping (False).
    """
    state = st.session_state
    released = bool(result.accepted)
    done = ImportDone(file.digest, file.name, result, mapping, released, guess)
    state[LAST_IMPORT_KEY] = done
    if kept_file() is not None and not kept_file(file.digest):
        state.pop(KEPT_FILE_KEY, None)  # another file was imported: the kept one is no longer the report's
    if not released:
        return False
    if len(file.data) <= KEEP_MAX_BYTES:
        state[KEPT_FILE_KEY] = KeptFile(file.data, done)
    else:
        state.pop(KEPT_FILE_KEY, None)
    state.pop(AGAIN_KEY, None)
    forget_upload_table()
    state.pop("_upload_digests", None)
    if file.file_id is not None:  # the uploader's file: free Streamlit's copy, draw a fresh, empty uploader
        _drop_uploaded_file(file.file_id)
        state[UPLOADER_ROUND_KEY] = state.get(UPLOADER_ROUND_KEY, 0) + 1
    return True


def forget_import(label: str) -> None:
    """The upload ``label`` was removed: drop its report, cached import and kept file (they can hold a million rows)."""
    state = st.session_state
    last = last_import()
    if last is not None and last.name == label:
        state.pop(LAST_IMPORT_KEY, None)
    kept = kept_file()
    if kept is not None and kept.done.name == label:
        state.pop(KEPT_FILE_KEY, None)
        state.pop(AGAIN_KEY, None)
    if any(key[1] == label for key in state.get(IMPORT_CACHE_KEY, {})):
        state.pop(IMPORT_CACHE_KEY, None)


def import_done_report(done: ImportDone, on_uploader: bool = False) -> None:
    """An import's report, its notes and its save section: on the page until the upload is removed.

    ``on_uploader``: the same file is on the mapping form again (to import it with other choices), so the
    note that it was let go of, and the button bringing it back, would be wrong.
    """
    on_drop = done.guess is not None  # imported as dropped, with the app's choices: the report says so first
    if done.released and not on_uploader:
        name = importer.escape_markdown(done.name)
        if kept_file(done.digest) is not None:
            st.info(tr("imp.on_drop" if on_drop else "imp.released", file=name))
            st.button(tr("imp.again"), key=f"imp_again_{done.digest[:12]}", on_click=_bring_back, args=(done.digest,))
        else:
            st.info(tr("imp.on_drop_big" if on_drop else "imp.released_big", file=name, mb=KEEP_MAX_BYTES // 1_000_000))
    import_report(done.result, done.name, done.notes)
    notes = done.notes.get(lang())
    if notes is None:  # issue 15: no-figure rows, places, dates (counting places scans every row: once)
        notes = done.notes[lang()] = upload_preview_view.import_notes(done.result, done.mapping, lang())
    for note in notes:
        st.info(note)
    choices_used(done.mapping, done.guess)  # every choice the rows were read with, to check and change
    save_import_section(done.digest, done.name, done.result, done.mapping)  # keep it under a private link
