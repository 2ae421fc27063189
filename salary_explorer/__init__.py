"""Salary and requirements explorer for customer-service jobs: the logic, no layout.

Every module here is pure Python and importable without Streamlit, except the
package ``salary_explorer.ui``, the one thin layer of cached loaders, link-backed
widgets and shared widgets (short modules by concern, re-exported as ``ui.<name>``).
"""
