"""Texts of the explorer area: key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {}
