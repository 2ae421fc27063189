"""Issue 33: a dropped file whose reading needs no question is imported at once, and its report says how it was read.

Confirming a form the user had no reason to change cost a second script run, a redraw and a click: at 10k
rows the page took 3x a bare ``read_csv`` app from drop to imported. So when ``first_choices.asks_nothing``
holds, the file is imported in the run that received it with the form's starting choices, and the report
lists every choice (columns, currency and period with why, levels, country, role, number format). "Change the
choices and import again" (``import_again.py``) opens the form on them; its rows then replace these. A file
chosen again, a file with nothing accepted, or a user who asked to review first (``irv``) gets the form.
"""

from __future__ import annotations

import streamlit as st

from ..uploads import first_choices, importer, vocabulary
from .import_again import FileToImport, finish_import
from .import_mapping import upload_guess
from .imports import import_upload
from .session_rows import add_upload

TRIED_KEY = "_imp_on_drop"  # the content hash last imported on drop: each drop is tried once, then the form rules


def import_on_drop(file: FileToImport, inspection: importer.Inspection, raw: importer.RawTable, review: bool) -> bool:
    """Import ``file`` now if nothing must be asked; True once its rows are in and the file is let go of.

    False leaves the page to draw the mapping form, as for any file: the user asked to review first, the
    file was imported before (its choices are the form's), or the form would ask something. An import
    with nothing accepted is reported under that form, whose choices start where this one's did.
    """
    state = st.session_state
    if review or file.prefill is not None or state.get(TRIED_KEY) == file.digest:
        return False
    columns = {f: inspection.guess.get(f) or "" for f in vocabulary.FIELDS}
    guessed = upload_guess(file.digest[:12], raw, columns)  # the form's own guess (cached): it reuses it
    if not first_choices.asks_nothing(columns, guessed.guess):
        return False
    state[TRIED_KEY] = file.digest
    mapping = first_choices.starting_mapping(columns, guessed.guess, inspection.sample)
    try:
        result = import_upload(file.data, file.digest, file.name, mapping, raw)
    except importer.ImportError_:
        return False  # the form's own import says what is wrong, in the user's language
    if result.accepted:
        add_upload(file.name, result.rows)
    return finish_import(file, result, mapping, guessed.guess)
