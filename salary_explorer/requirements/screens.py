"""What the requirements page shows, one call per section, ready to render.

The page reads its widgets and renders these objects; the comparison, the
match scores and the pay links behind them are computed and tested here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from ..core.i18n import t
from . import roles as req
from .charts import education_ladder_chart

DEFAULT_TEMPLATES = ["retail", "call_center", "bank_cs"]


@dataclass(frozen=True)
class Choices:
    """The page's options: role templates, categories, and what a person can tick."""

    templates: list[str]
    short: dict[str, str]
    labels: dict[str, str]  # item id or certification id -> readable label
    ticks: dict[str, list[str]]  # skills / tools / schedule -> item ids
    certifications: list[str]


def choices(reqs: pd.DataFrame, templates: pd.DataFrame, certs: pd.DataFrame, lang: str) -> Choices:
    labels = req.item_labels(reqs, lang)
    labels.update(dict(zip(certs["cert_id"], certs["name"])))
    return Choices(
        templates=list(templates["template_id"]),
        short=req.short_names(templates, lang),
        labels=labels,
        ticks={cat: req.checklist_options(reqs, cat) for cat in req.TICKED},
        certifications=list(dict.fromkeys([*certs["cert_id"], *req.checklist_options(reqs, "certifications")])),
    )


@dataclass(frozen=True)
class ComparisonView:
    counts: dict[str, int]
    table: pd.DataFrame | None  # None when nothing is left to show
    export: pd.DataFrame | None
    export_names: dict[str, list[str]]
    items: list[str]  # item ids a reader can open in detail
    source_rows: pd.DataFrame


def comparison_view(
    reqs: pd.DataFrame, templates: pd.DataFrame, picked: list[str], categories: list[str], only_diff: bool, lang: str
) -> ComparisonView:
    """The side-by-side matrix of at least two templates, optionally only the items they differ on."""
    matrix = req.comparison_matrix(reqs, picked, categories)
    shown = matrix[matrix["share"] != "all"] if only_diff else matrix
    has_rows = not shown.empty
    return ComparisonView(
        counts=req.share_counts(matrix),
        table=req.matrix_table(shown, picked, reqs, templates, lang) if has_rows else None,
        export=req.matrix_table(shown, picked, reqs, templates, lang, symbols=False) if has_rows else None,
        export_names={"roles": picked, "categories": categories},
        items=list(shown["item_id"]),
        source_rows=req.provenance(reqs[reqs["template_id"].isin(picked)]),
    )


def item_view(reqs: pd.DataFrame, item: str, picked: list[str], templates: pd.DataFrame, lang: str) -> pd.DataFrame:
    return req.item_details(reqs, item, picked, templates, lang)


@dataclass(frozen=True)
class PayLink:
    label: str
    query: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FitView:
    warnings: list[str]
    scores: pd.DataFrame
    pay_links: list[PayLink]


def fit_view(
    reqs: pd.DataFrame,
    templates: pd.DataFrame,
    certs: pd.DataFrame,
    education: str,
    years: float,
    ticked: list[str],
    held: list[str],
    lang: str,
) -> FitView:
    """How well a person matches each role (required items weigh 3, preferred 1), and a link to each role's pay."""
    profile = req.Profile(education, float(years), frozenset(ticked), frozenset(held))
    cert_years = req.certification_years(certs)
    labels = choices(reqs, templates, certs, lang).labels
    warnings = [
        t("req.fit.cert_years", lang, cert=labels.get(cert, cert), years=f"{needed:g}", have=f"{years:g}")
        for cert, needed in req.cert_conflicts(profile, cert_years).items()
    ]
    scores = req.match_scores(reqs, list(templates["template_id"]), profile, cert_years)
    short = req.short_names(templates, lang)
    industry_of = req.salary_industries(templates)
    links = []
    for tid in scores["template_id"]:
        industry = industry_of.get(tid)
        if industry:
            label = t("req.fit.pay_link", lang, name=short[tid], industry=t(f"industry.{industry}", lang))
            links.append(PayLink(label, {"ind": industry}))
        else:
            links.append(PayLink(t("req.fit.pay_any", lang, name=short[tid])))
    return FitView(warnings, req.score_table(scores, reqs, templates, certs, lang), links)


def ladder_chart(templates: pd.DataFrame, reqs: pd.DataFrame, lang: str) -> alt.Chart:
    return education_ladder_chart(req.education_ladder(templates, reqs), templates, lang)
