"""Salary and requirements explorer for customer-service jobs: the logic, no layout.

Every module here is pure Python and importable without Streamlit, except
``salary_explorer.ui``, the one thin layer of cached loaders and shared widgets.
"""
