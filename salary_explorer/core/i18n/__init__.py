"""Translations: one catalog per area of the app, merged here, and ``t()``.

Each catalog maps a key to ``{"en": ..., "id": ...}``, so a missing language
is visible right beside the other one; a test checks every key has both.
"""

from __future__ import annotations

from ..formatting import number
from . import access, bands, core, data, explorer, imports, place, requirements, salary, storage, takehome, team
from . import structure as structure_texts
from .import_speed import CATALOG as IMPORT_SPEED  # issue 33

LANGUAGES = ("id", "en")
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def _merge(*catalogs: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for catalog in catalogs:
        clash = merged.keys() & catalog.keys()
        if clash:
            raise ValueError(f"translation keys defined twice: {sorted(clash)}")
        merged.update(catalog)
    return merged


CATALOG = _merge(
    core.CATALOG,
    salary.CATALOG,
    requirements.CATALOG,
    bands.CATALOG,
    explorer.CATALOG,
    imports.CATALOG,
    takehome.CATALOG,
    storage.CATALOG,
    data.CATALOG,
    team.CATALOG,
    structure_texts.CATALOG,
    access.CATALOG,
    IMPORT_SPEED,
    place.CATALOG,
)


def t(key: str, lang: str, **params: object) -> str:
    """The text for ``key`` in ``lang``, with ``{name}`` placeholders filled.

    An unknown key shows itself (``⟦key⟧``) rather than crashing a page.
    """
    entry = CATALOG.get(key)
    if entry is None:
        return f"⟦{key}⟧"
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in CATALOG


def describe_problem(problem, lang: str) -> str:
    """One validation problem as a sentence: where (file, row, column), what, and the value."""
    if problem.row is not None and problem.column:
        where = t("problem.where", lang, file=problem.file, row=problem.row, column=problem.column)
    elif problem.column:
        where = t("problem.where_column", lang, file=problem.file, column=problem.column)
    elif problem.row is not None:  # a whole row (one with more fields than the header)
        where = t("problem.where_row", lang, file=problem.file, row=problem.row)
    else:
        where = t("problem.where_file", lang, file=problem.file)
    # Numbers in a message read as the user writes them: 1,2 MB in Indonesian, 1.2 MB in English.
    params = {k: number(v, lang, "#,##0.#") if isinstance(v, float) else v for k, v in problem.params.items()}
    text = f"{where}: {t('problem.' + problem.code, lang, **params)}"
    if problem.value:
        text += f" ({t('problem.value', lang, value=problem.value[:80])})"
    return text
