"""Compare what role templates ask for, and score how well a profile fits each one.

The requirements table is tidy (one row per template and item), so the
side-by-side view is a pivot of it and every figure traces back to a row.

Match score, per template:
    score = 100 × (weight of the items met) / (weight of all items asked)
with ``required`` items weighing 3 and ``preferred`` items 1 (``WEIGHTS``), so
missing one required item costs as much as missing three nice-to-haves.
Only qualifications count (``QUALIFYING``: education, experience, skills,
tools, certifications, schedule). Responsibilities and benefits describe the
job, and training is what the employer gives after hiring, so they never
lower anyone's score.

When an item counts as met:
- education: the profile's highest level is at least the item's level on the
  ladder SMA < D3 < S1 (``EDUCATION_ITEM_LEVEL``);
- experience: more than 0 years of experience;
- certifications: the certificate is held *and* the years of experience its
  body asks for are reached (CCSP asks for 2, from certifications.csv);
- skills, tools, schedule: the item was ticked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..core.i18n import has, t

CATEGORIES = (
    "education",
    "experience",
    "training",
    "skills",
    "tools",
    "certifications",
    "schedule",
    "responsibilities",
    "benefits",
)
QUALIFYING = ("education", "experience", "skills", "tools", "certifications", "schedule")
TICKED = ("skills", "tools", "schedule")  # categories the user ticks item by item
IMPORTANCE = ("required", "preferred")
NOT_ASKED = "not_asked"
WEIGHTS = {"required": 3, "preferred": 1}
SHARE_ORDER = ("all", "some", "one")

EDUCATION_SCALE = ("sma", "d3", "s1")  # ordered: SMA/high school < D3 diploma < S1 bachelor's
PROFILE_EDUCATION = ("none", *EDUCATION_SCALE)  # what a person can have; "none" = below SMA
EDUCATION_ITEM_LEVEL = {"edu_sma": "sma", "edu_d3_or_s1": "d3", "edu_bachelor": "s1"}


def _rank(level: str | None) -> int:
    """Position on the profile scale: none=0, sma=1, d3=2, s1=3; unknown or not stated = -1."""
    return PROFILE_EDUCATION.index(level) if level in PROFILE_EDUCATION else -1


# ---------- labels ----------
def item_labels(reqs: pd.DataFrame, lang: str) -> dict[str, str]:
    """item_id -> its label in ``lang`` (the first row's label; labels are per item)."""
    col = "label_id" if lang == "id" else "label_en"
    return reqs.drop_duplicates("item_id").set_index("item_id")[col].to_dict()


def template_names(templates: pd.DataFrame, lang: str) -> dict[str, str]:
    col = "name_id" if lang == "id" else "name_en"
    return templates.set_index("template_id")[col].to_dict()


def short_names(templates: pd.DataFrame, lang: str) -> dict[str, str]:
    """Short names for column headers and chart axes; a template without one keeps its full name."""
    full = template_names(templates, lang)
    return {tid: t(f"req.short.{tid}", lang) if has(f"req.short.{tid}") else name for tid, name in full.items()}


def salary_industries(templates: pd.DataFrame) -> dict[str, str]:
    """template_id -> the salary page's industry with pay figures for it (templates without one are left out)."""
    linked = templates[templates["salary_industry"].fillna("").str.strip() != ""]
    return dict(zip(linked["template_id"], linked["salary_industry"].str.strip()))


def provenance(rows: pd.DataFrame) -> pd.DataFrame:
    """``source_title`` and ``year`` of requirement/template rows, the shape ``ui.sources_caption`` reads."""
    return rows[["source_title"]].assign(year=rows["source_year"].replace("", pd.NA)).drop_duplicates()


# ---------- side-by-side comparison ----------
def comparison_matrix(reqs: pd.DataFrame, template_ids: list[str], categories: list[str] | None = None) -> pd.DataFrame:
    """One row per item asked by any picked template; one column per template holding
    ``required`` / ``preferred`` / ``not_asked``; ``asked_by`` counts the templates
    asking, ``share`` says ``all`` / ``some`` / ``one``.

    Rows run in category order, then shared items first, so what differs stands
    apart from what every template asks. Raises ValueError for fewer than two templates.
    """
    picked = list(dict.fromkeys(template_ids))
    if len(picked) < 2:
        raise ValueError("pick at least two templates to compare")
    rows = reqs[reqs["template_id"].isin(picked)]
    if categories:
        rows = rows[rows["category"].isin(categories)]
    # a repeated (template, item) row keeps its strongest importance instead of breaking the pivot
    rows = rows.sort_values("importance", key=lambda s: s.map({"required": 0}).fillna(1))
    rows = rows.drop_duplicates(["template_id", "item_id"])
    wide = (
        rows.pivot(index=["category", "item_id"], columns="template_id", values="importance")
        .reindex(columns=picked)
        .fillna(NOT_ASKED)
    )
    wide.columns.name = None
    asked = (wide != NOT_ASKED).sum(axis=1)
    required = (wide == "required").sum(axis=1)
    share = asked.map(lambda n: "all" if n == len(picked) else "one" if n == 1 else "some")
    out = wide.assign(asked_by=asked, share=share, _required=required).reset_index()
    out["_cat"] = out["category"].map({c: i for i, c in enumerate(CATEGORIES)}).fillna(len(CATEGORIES))
    out["_share"] = out["share"].map({s: i for i, s in enumerate(SHARE_ORDER)})
    out = out.sort_values(
        ["_cat", "_share", "asked_by", "_required", "item_id"], ascending=[True, True, False, False, True]
    )
    return out.drop(columns=["_cat", "_share", "_required"]).reset_index(drop=True)


def share_counts(matrix: pd.DataFrame) -> dict[str, int]:
    """How many items all / some / only one of the picked templates ask for."""
    counts = matrix["share"].value_counts()
    return {s: int(counts.get(s, 0)) for s in SHARE_ORDER}


def matrix_table(
    matrix: pd.DataFrame,
    template_ids: list[str],
    reqs: pd.DataFrame,
    templates: pd.DataFrame,
    lang: str,
    symbols: bool = True,
) -> pd.DataFrame:
    """The comparison in words for the screen (``symbols``) or a CSV: category, item,
    one column per template (short name), who shares it, and the sources."""
    labels = item_labels(reqs, lang)
    names = short_names(templates, lang)
    n = len(template_ids)
    prefix = "req.cell." if symbols else "req.importance."
    out = pd.DataFrame(
        {
            t("req.col.category", lang): matrix["category"].map(lambda c: t(f"req.category.{c}", lang)),
            t("req.col.item", lang): matrix["item_id"].map(labels),
        }
    )
    benefit = matrix["category"] == "benefits"  # a benefit is offered, not asked of the candidate
    for tid in template_ids:
        value = matrix[tid].where(~benefit | (matrix[tid] == NOT_ASKED), "offered")
        out[names[tid]] = value.map(lambda v: t(prefix + v, lang))

    def shared(row: pd.Series) -> str:
        if row["share"] == "all":
            return t("req.share.all", lang, n=n)
        if row["share"] == "one":
            only = next(tid for tid in template_ids if row[tid] != NOT_ASKED)
            return t("req.share.one", lang, name=names[only])
        return t("req.share.some", lang, k=row["asked_by"], n=n)

    out[t("req.col.shared", lang)] = matrix.apply(shared, axis=1) if len(matrix) else pd.Series(dtype=str)
    if not symbols:
        picked = reqs[reqs["template_id"].isin(template_ids)]
        src = picked.assign(src=picked["source_title"] + picked["source_year"].map(lambda y: f" ({y})" if y else ""))
        by_item = src.groupby("item_id")["src"].agg(lambda s: "; ".join(dict.fromkeys(s)))
        out.insert(2, "item_id", matrix["item_id"])
        out[t("common.sources", lang)] = matrix["item_id"].map(by_item)
    return out


def item_details(
    reqs: pd.DataFrame, item_id: str, template_ids: list[str], templates: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """What each picked template's source says about one item (or that it is not asked)."""
    names = short_names(templates, lang)
    detail = "detail_id" if lang == "id" else "detail_en"
    rows = reqs[reqs["item_id"] == item_id].drop_duplicates("template_id").set_index("template_id")
    records = []
    for tid in template_ids:
        asked = tid in rows.index
        records.append(
            {
                t("req.col.template", lang): names.get(tid, tid),
                t("req.col.importance", lang): t(
                    f"req.importance.{rows.at[tid, 'importance'] if asked else NOT_ASKED}", lang
                ),
                t("req.col.detail", lang): rows.at[tid, detail] if asked else "",
                t("common.source", lang): rows.at[tid, "source_title"] if asked else "",
            }
        )
    return pd.DataFrame(records)


# ---------- education ladder ----------
def education_ladder(templates: pd.DataFrame, reqs: pd.DataFrame) -> pd.DataFrame:
    """Per template: its minimum education and the highest level any of its education
    items asks for (``top``), both on ``EDUCATION_SCALE``; ``not_stated`` when the source is silent."""
    edu = reqs[reqs["category"] == "education"].assign(level=lambda d: d["item_id"].map(EDUCATION_ITEM_LEVEL))
    edu = edu.dropna(subset=["level"]).assign(rank=lambda d: d["level"].map(_rank))
    top_item = edu.sort_values("rank").drop_duplicates("template_id", keep="last").set_index("template_id")["level"]
    out = templates[["template_id", "min_education", "higher_education_note_en", "higher_education_note_id"]].copy()
    out["min_education"] = out["min_education"].where(out["min_education"].isin(EDUCATION_SCALE), "not_stated")
    out["top"] = [max([m, top_item.get(tid, m)], key=_rank) for tid, m in zip(out["template_id"], out["min_education"])]
    out["min_rank"] = out["min_education"].map(_rank)
    out["top_rank"] = out["top"].map(_rank)
    return out.reset_index(drop=True)


# ---------- certifications ----------
def certification_years(certs: pd.DataFrame) -> dict[str, float]:
    """cert_id -> years of experience its body asks for (0 when none stated)."""
    years = pd.to_numeric(certs["years_experience"], errors="coerce").fillna(0.0)
    return dict(zip(certs["cert_id"], years.astype(float)))


def certification_table(certs: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What each certification takes, in words; a blank figure reads “not stated”."""
    sfx = "id" if lang == "id" else "en"
    missing = t("req.not_stated", lang)

    def figure(col: str) -> pd.Series:
        return certs[col].where(certs[col].str.strip() != "", missing)

    return pd.DataFrame(
        {
            t("req.col.certification", lang): certs["name"],
            t("req.col.body", lang): certs[f"body_{sfx}"],
            t("req.col.programme", lang): certs[f"programme_{sfx}"],
            t("req.col.modules", lang): figure("modules"),
            t("req.col.years", lang): figure("years_experience"),
            t("req.col.exam", lang): figure("exam_questions"),
            t("req.col.needed", lang): certs[f"required_for_job_{sfx}"],
        }
    )


# ---------- "do I qualify?" ----------
@dataclass(frozen=True)
class Profile:
    """What a person brings: highest education, years of experience, ticked items and certificates."""

    education: str = "none"
    years: float = 0.0
    ticked: frozenset[str] = field(default_factory=frozenset)  # skills, tools and schedule item_ids
    certifications: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.education not in PROFILE_EDUCATION:
            raise ValueError(f"education must be one of {PROFILE_EDUCATION}, not {self.education!r}")
        if not self.years >= 0:  # also catches NaN
            raise ValueError(f"years of experience must be 0 or more, not {self.years!r}")


def unmet_reason(category: str, item_id: str, profile: Profile, cert_years: dict[str, float]) -> str | None:
    """None when the profile meets the item, else why not: ``education``, ``experience``,
    ``certificate``, ``cert_years`` (held, but too few years) or ``not_ticked``."""
    if category == "education" and item_id in EDUCATION_ITEM_LEVEL:
        return None if _rank(profile.education) >= _rank(EDUCATION_ITEM_LEVEL[item_id]) else "education"
    if category == "experience":
        return None if profile.years > 0 else "experience"
    if category == "certifications":
        if item_id not in profile.certifications:
            return "certificate"
        return None if profile.years >= cert_years.get(item_id, 0.0) else "cert_years"
    return None if item_id in profile.ticked else "not_ticked"


def match_scores(
    reqs: pd.DataFrame, template_ids: list[str], profile: Profile, cert_years: dict[str, float]
) -> pd.DataFrame:
    """One row per template, best fit first: ``score`` (0–100, NaN when it lists no
    qualification), counts of required/preferred items met, and the unmet ``item_id``s."""
    rows = reqs[reqs["category"].isin(QUALIFYING) & reqs["importance"].isin(IMPORTANCE)]
    rows = rows.drop_duplicates(["template_id", "item_id"])
    reason = [unmet_reason(c, i, profile, cert_years) for c, i in zip(rows["category"], rows["item_id"])]
    rows = rows.assign(met=[r is None for r in reason], reason=reason, weight=rows["importance"].map(WEIGHTS))
    records = []
    for order, tid in enumerate(template_ids):
        own = rows[rows["template_id"] == tid]
        req, pref = own[own["importance"] == "required"], own[own["importance"] == "preferred"]
        total = own["weight"].sum()
        records.append(
            {
                "template_id": tid,
                "score": round(100 * own.loc[own["met"], "weight"].sum() / total, 1) if total else float("nan"),
                "required_met": int(req["met"].sum()),
                "required_total": len(req),
                "preferred_met": int(pref["met"].sum()),
                "preferred_total": len(pref),
                "missing_required": dict(zip(req.loc[~req["met"], "item_id"], req.loc[~req["met"], "reason"])),
                "missing_preferred": dict(zip(pref.loc[~pref["met"], "item_id"], pref.loc[~pref["met"], "reason"])),
                "_order": order,
            }
        )
    out = pd.DataFrame(
        records,
        columns=[
            "template_id",
            "score",
            "required_met",
            "required_total",
            "preferred_met",
            "preferred_total",
            "missing_required",
            "missing_preferred",
            "_order",
        ],
    )
    out["_missing"] = out["required_total"] - out["required_met"]
    out = out.sort_values(["score", "_missing", "_order"], ascending=[False, True, True], na_position="last")
    return out.drop(columns=["_order", "_missing"]).reset_index(drop=True)


def cert_conflicts(profile: Profile, cert_years: dict[str, float]) -> dict[str, float]:
    """Certificates ticked that need more years of experience than the profile has: cert_id -> years needed."""
    return {c: cert_years[c] for c in sorted(profile.certifications) if cert_years.get(c, 0.0) > profile.years}


def score_table(
    scores: pd.DataFrame, reqs: pd.DataFrame, templates: pd.DataFrame, certs: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """The scores in words: role, score “75%”, required met “3 of 4”, and what is missing (with why)."""
    labels = item_labels(reqs, lang)
    names = short_names(templates, lang)
    years = certification_years(certs)

    def missing(items: dict[str, str]) -> str:
        parts = []
        for item_id, why in items.items():
            label = labels.get(item_id, item_id)
            if why == "cert_years":
                label += " " + t("req.why.cert_years", lang, years=f"{years.get(item_id, 0):g}")
            parts.append(label)
        return ", ".join(parts) if parts else t("req.nothing_missing", lang)

    def count(k: int, n: int) -> str:
        return t("req.k_of_n", lang, k=k, n=n) if n else "—"

    return pd.DataFrame(
        {
            t("req.col.template", lang): scores["template_id"].map(names),
            t("req.col.score", lang): scores["score"].map(lambda v: "—" if pd.isna(v) else f"{v:.0f}%"),
            t("req.col.required_met", lang): [
                count(k, n) for k, n in zip(scores["required_met"], scores["required_total"])
            ],
            t("req.col.preferred_met", lang): [
                count(k, n) for k, n in zip(scores["preferred_met"], scores["preferred_total"])
            ],
            t("req.col.missing_required", lang): scores["missing_required"].map(missing),
            t("req.col.missing_preferred", lang): scores["missing_preferred"].map(missing),
        }
    )


def checklist_options(reqs: pd.DataFrame, category: str) -> list[str]:
    """Item ids of one category, the ones most templates ask for first."""
    rows = reqs[reqs["category"] == category]
    counts = rows.groupby("item_id")["template_id"].nunique()
    return sorted(counts.index, key=lambda i: (-counts[i], i))
