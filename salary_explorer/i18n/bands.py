"""Texts of the bands area: key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {}
