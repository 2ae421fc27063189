"""The translation catalog: every key in every language, with the same placeholders."""

import string

import pytest

from salary_explorer.core.i18n import CATALOG, LANGUAGES, t


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_language_has_every_key(key):
    entry = CATALOG[key]
    for lang in LANGUAGES:
        assert entry.get(lang, "").strip(), f"{key} has no {lang} text"
    assert placeholders(entry["en"]) == placeholders(entry["id"]), f"{key}: placeholders differ"
    assert set(entry) <= set(LANGUAGES), f"{key}: unknown language {set(entry) - set(LANGUAGES)}"


def test_t_fills_placeholders_and_falls_back_visibly():
    assert t("common.figures_from", "id", sources="X") == "Angka dari: X"
    assert t("no.such.key", "en") == "⟦no.such.key⟧"


@pytest.mark.parametrize("prefix", ["level", "industry", "period", "currency", "source_kind", "gross_net"])
def test_every_vocabulary_value_has_a_label(prefix):
    from salary_explorer.core import schema

    values = {
        "level": schema.LEVELS,
        "industry": schema.INDUSTRIES,
        "period": schema.PAY_PERIODS,
        "currency": schema.CURRENCIES,
        "source_kind": schema.SOURCE_KINDS,
        "gross_net": schema.GROSS_NET,
    }[prefix]
    for value in values:
        assert f"{prefix}.{value}" in CATALOG


def _literals() -> set[str]:
    """Every string literal in the app's code, and the constant head of every f-string (``f"level.{v}"`` -> ``level.``)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = [*(root / "salary_explorer").rglob("*.py"), *(root / "pages").glob("*.py"), root / "app.py"]
    found: set[str] = set()
    for path in files:
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                found.add(str(node.values[0].value))
    return found


def test_no_catalog_key_is_unused():
    """A key no code can reach is dead text: delete it, or use it."""
    literals = _literals()
    heads = tuple(s for s in literals if s.endswith(".") or s.endswith("_"))
    prefixes = tuple(s + "." for s in literals if s and " " not in s and len(s) < 60)

    def used(key: str) -> bool:
        return key in literals or key.startswith(heads) or key.startswith(prefixes)

    unused = sorted(k for k in CATALOG if not used(k))
    assert not unused, f"catalog keys no code uses: {unused}"
