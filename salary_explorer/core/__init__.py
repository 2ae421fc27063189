"""Shared by every domain: the salary schema, loading bundled data, money and conversions,
formatting, export, the i18n catalog and chart helpers. Imports nothing from the domains.
"""
