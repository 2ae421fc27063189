"""Texts of the salary area: key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {}
