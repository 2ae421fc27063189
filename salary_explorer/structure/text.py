"""Issues and checks as sentences in the reader's language, and the structure as tables to show."""

from __future__ import annotations

import pandas as pd

from ..core.floors import Floor, floor_name
from ..core.formatting import format_money, number, percent
from ..core.i18n import t
from ..core.text import escape_markdown
from .build import Issue, Structure
from .checks import BASIS, Check

MONEY_PARAMS = ("low", "stated", "mid", "total", "short", "amount", "basic", "allowances")


def rp(value: float, lang: str) -> str:
    return format_money(value, "IDR", lang)


USER_PARAMS = ("job", "name", "value", "level", "grade", "found", "units")  # from a file or the grid: made inert


def describe_issue(item: Issue, lang: str) -> str:
    """A problem as a sentence naming its row; the reader's own text in it cannot become markdown."""
    params = {}
    for k, v in item.params:
        if k in MONEY_PARAMS and isinstance(v, (int, float)):
            params[k] = rp(v, lang)
        else:
            params[k] = escape_markdown(str(v)) if k in USER_PARAMS else v
    text = t(f"structure.issue.{item.code}", lang, row=item.row, **params)
    if item.row is not None and item.code != "bad_spread":
        text = f"{t('structure.issue.row', lang, row=item.row)}: {text}"
    return text[:1].upper() + text[1:]


def describe_check(check: Check, lang: str) -> str:
    params: dict[str, object] = {}
    for key, value in check.params:
        if isinstance(value, Floor):
            params["floor_name"] = floor_name(value, lang)
            params["floor"] = rp(value.amount, lang)
            params["regency"] = getattr(value, "regency_name", "") or value.region
        elif key == "share":
            params[key] = percent(value, lang)
        elif key in MONEY_PARAMS:
            params[key] = rp(value, lang)
        else:
            params[key] = value
    text = t(f"structure.check.{check.code}", lang, **params)
    basis = BASIS.get(check.topic)
    if basis and check.severity != "info":
        text += " " + t("structure.basis", lang, basis=basis)
    return text


def job_labels(structure: Structure, lang: str) -> list[str]:
    """Each golongan's jobs: from the ladder, its level named in ``lang`` (the page's, or the document's)."""
    if structure.levels and len(structure.levels) == len(structure.grades):
        return [t(f"level.{level}", lang) for level in structure.levels]
    return [str(v) for v in structure.grades["jobs"]]


def grade_table(structure: Structure, lang: str) -> pd.DataFrame:
    """The structure with the reader's headings; amounts as ``Rp 5.500.000``, spread as ``40%``."""
    g = structure.grades
    return pd.DataFrame(
        {
            t("structure.col.grade", lang): g["grade"].astype(str),
            t("structure.col.jobs", lang): job_labels(structure, lang),
            t("structure.col.min", lang): [rp(v, lang) for v in g["min"]],
            t("structure.col.mid", lang): [rp(v, lang) for v in g["mid"]],
            t("structure.col.max", lang): [rp(v, lang) for v in g["max"]],
            t("structure.col.spread", lang): [percent(v, lang) for v in g["spread"]],
        }
    )


def line_text(structure: Structure, lang: str) -> str:
    line = structure.line
    if line is None:
        return ""
    if line.method == "least_squares":
        x = t("structure.line.x.least_squares", lang, r2=number(line.r2, lang, "0.00"))
    else:
        x = t("structure.line.x.two_point", lang)
    return t("structure.line", lang, a=number(line.a, lang, "#,##0.##"), b=number(line.b, lang, "#,##0.##"), x=x)
