"""Texts of the requirements area: key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {}
