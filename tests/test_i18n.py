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
