"""The comparison matrix, the education ladder, certifications and the match score (pure functions)."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from salary_explorer.core import export, load
from salary_explorer.core.i18n import has
from salary_explorer.requirements import roles as req
from salary_explorer.requirements.charts import education_ladder_chart

COLUMNS = [
    "template_id",
    "category",
    "item_id",
    "label_en",
    "label_id",
    "importance",
    "detail_en",
    "detail_id",
    "source_title",
    "source_file",
    "source_year",
]
# Two small templates; weights of the qualifying items (required 3, preferred 1):
#   a: edu_sma 3 + prior_cs_experience 3 + communication 3 + crm_software 1 + ccsp 1 + flexible_shifts 3 = 14
#   b: edu_sma 3 + edu_bachelor 1 + communication 3 + pos_system 3 = 10
# Responsibilities, benefits and training are listed but never scored.
ROWS = [
    ("a", "education", "edu_sma", "required"),
    ("a", "experience", "prior_cs_experience", "required"),
    ("a", "skills", "communication", "required"),
    ("a", "tools", "crm_software", "preferred"),
    ("a", "certifications", "ccsp", "preferred"),
    ("a", "schedule", "flexible_shifts", "required"),
    ("a", "responsibilities", "answer_questions", "required"),
    ("a", "benefits", "career_growth", "required"),
    ("a", "training", "on_the_job_training", "required"),
    ("b", "education", "edu_sma", "required"),
    ("b", "education", "edu_bachelor", "preferred"),
    ("b", "skills", "communication", "required"),
    ("b", "tools", "pos_system", "required"),
    ("b", "responsibilities", "answer_questions", "required"),
    ("c", "skills", "communication", "preferred"),
    ("c", "tools", "pos_system", "required"),
]
CERT_YEARS = {"ccsp": 2.0}


def frame(rows=ROWS) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "template_id": tid,
                "category": cat,
                "item_id": item,
                "label_en": item.replace("_", " ").capitalize(),
                "label_id": f"id:{item}",
                "importance": imp,
                "detail_en": f"{tid} says {item}",
                "detail_id": f"{tid} bilang {item}",
                "source_title": f"Source {tid.upper()}",
                "source_file": f"{tid}.txt",
                "source_year": "2023" if tid == "a" else "",
            }
            for tid, cat, item, imp in rows
        ],
        columns=COLUMNS,
    )


TEMPLATES = pd.DataFrame(
    {
        "template_id": ["a", "b", "c"],
        "name_en": ["Alpha role", "Beta role", "Gamma role"],
        "name_id": ["Peran alfa", "Peran beta", "Peran gama"],
        "min_education": ["sma", "sma", "not_stated"],
        "higher_education_note_en": ["", "Some ask for S1.", ""],
        "higher_education_note_id": ["", "Ada yang minta S1.", ""],
        "salary_industry": ["", "banking", ""],
        "source_title": ["Source A", "Source B", "Source C"],
        "source_file": ["a.txt", "b.txt", "c.txt"],
        "source_year": ["2023", "", ""],
    }
)


@pytest.fixture(scope="module")
def bundled():
    return load.load_requirements(), load.load_role_templates(), load.load_certifications()


# ---------- comparison ----------
@pytest.mark.parametrize(
    "item_id, a, b, share",
    [
        ("edu_sma", "required", "required", "all"),
        ("edu_bachelor", "not_asked", "preferred", "one"),
        ("communication", "required", "required", "all"),
        ("pos_system", "not_asked", "required", "one"),
        ("ccsp", "preferred", "not_asked", "one"),
        ("answer_questions", "required", "required", "all"),
    ],
    ids=[
        "both-need-sma",
        "only-b-prefers-s1",
        "both-need-communication",
        "only-b-pos",
        "only-a-ccsp",
        "shared-responsibility",
    ],
)
def test_matrix_cells_and_share(item_id, a, b, share):
    matrix = req.comparison_matrix(frame(), ["a", "b"]).set_index("item_id")
    assert (matrix.at[item_id, "a"], matrix.at[item_id, "b"], matrix.at[item_id, "share"]) == (a, b, share)


def test_matrix_rows_run_by_category_then_shared_first():
    matrix = req.comparison_matrix(frame(), ["a", "b"])
    assert list(matrix["item_id"]) == [
        "edu_sma",
        "edu_bachelor",
        "prior_cs_experience",
        "on_the_job_training",
        "communication",
        "pos_system",
        "crm_software",
        "ccsp",
        "flexible_shifts",
        "answer_questions",
        "career_growth",
    ]
    assert list(matrix.columns) == ["category", "item_id", "a", "b", "asked_by", "share"]
    assert req.share_counts(matrix) == {"all": 3, "some": 0, "one": 8}


@pytest.mark.parametrize(
    "picked, categories, expected",
    [
        (
            ["a", "b", "c"],
            ["skills", "tools"],
            {"communication": ("all", 3), "pos_system": ("some", 2), "crm_software": ("one", 1)},
        ),
        (["b", "c"], ["tools"], {"pos_system": ("all", 2)}),
        (["a", "a", "c"], None, {"communication": ("all", 2), "pos_system": ("one", 1)}),
    ],
    ids=["three-templates-some-shared", "category-filter", "duplicate-pick-counts-once"],
)
def test_matrix_filters(picked, categories, expected):
    matrix = req.comparison_matrix(frame(), picked, categories).set_index("item_id")
    for item_id, (share, asked) in expected.items():
        assert (matrix.at[item_id, "share"], matrix.at[item_id, "asked_by"]) == (share, asked)
    if categories:
        assert set(matrix["category"]) <= set(categories)


@pytest.mark.parametrize("picked", [[], ["a"], ["a", "a"]], ids=["none", "one", "one-twice"])
def test_matrix_needs_two_templates(picked):
    with pytest.raises(ValueError, match="at least two"):
        req.comparison_matrix(frame(), picked)


def test_matrix_repeated_row_keeps_the_stronger_importance():
    rows = frame(
        [
            ("a", "skills", "communication", "preferred"),
            ("a", "skills", "communication", "required"),
            ("b", "skills", "communication", "preferred"),
        ]
    )
    matrix = req.comparison_matrix(rows, ["a", "b"]).set_index("item_id")
    assert matrix.at["communication", "a"] == "required"


@pytest.mark.parametrize(
    "lang, cells, shared",
    [
        ("en", ["● required", "— not asked"], "only Beta role"),
        ("id", ["● wajib", "— tidak diminta"], "hanya Peran beta"),
    ],
    ids=["en", "id"],
)
def test_matrix_table_in_words(lang, cells, shared):
    matrix = req.comparison_matrix(frame(), ["a", "b"])
    table = req.matrix_table(matrix, ["a", "b"], frame(), TEMPLATES, lang)
    row = table.iloc[list(matrix["item_id"]).index("pos_system")]
    assert [row.iloc[3], row.iloc[2]] == cells
    assert row.iloc[-1] == shared


@pytest.mark.parametrize(
    "lang, offered, absent",
    [("en", "● offered", "— not asked"), ("id", "● ditawarkan", "— tidak diminta")],
    ids=["en", "id"],
)
def test_benefits_read_as_offered(lang, offered, absent):
    matrix = req.comparison_matrix(frame(), ["a", "b"])
    table = req.matrix_table(matrix, ["a", "b"], frame(), TEMPLATES, lang)
    row = table.iloc[list(matrix["item_id"]).index("career_growth")]
    assert [row.iloc[2], row.iloc[3]] == [offered, absent]


def test_export_has_plain_words_ids_and_sources_and_is_formula_safe():
    rows = frame()
    rows.loc[rows["item_id"] == "pos_system", "label_en"] = "=HYPERLINK(1)"
    matrix = req.comparison_matrix(rows, ["a", "b"])
    table = req.matrix_table(matrix, ["a", "b"], rows, TEMPLATES, "en", symbols=False)
    assert list(table.columns) == ["Category", "Item", "item_id", "Alpha role", "Beta role", "Asked by", "Sources"]
    first = table.iloc[0]
    assert (first["Alpha role"], first["Asked by"], first["Sources"]) == (
        "required",
        "all 2",
        "Source A (2023); Source B",
    )
    text = export.to_csv_bytes(table).decode("utf-8-sig")
    assert ",'=HYPERLINK(1)," in text and ",=HYPERLINK" not in text


def test_item_details_say_what_each_source_says():
    details = req.item_details(frame(), "pos_system", ["a", "b"], TEMPLATES, "en")
    assert details.to_dict("records") == [
        {"Role": "Alpha role", "Asked?": "not asked", "What the source says": "", "Source": ""},
        {"Role": "Beta role", "Asked?": "required", "What the source says": "b says pos_system", "Source": "Source B"},
    ]


# ---------- match score ----------
EVERYTHING = req.Profile(
    "s1", 3.0, frozenset({"communication", "crm_software", "flexible_shifts", "pos_system"}), frozenset({"ccsp"})
)
NOTHING = req.Profile("none", 0.0)


@pytest.mark.parametrize(
    "profile, score_a, score_b",
    [
        (EVERYTHING, 100.0, 100.0),
        (NOTHING, 0.0, 0.0),
        (req.Profile("sma", 1.0, frozenset({"communication"}), frozenset({"ccsp"})), 64.3, 60.0),
        (req.Profile("sma", 2.0, frozenset({"communication"}), frozenset({"ccsp"})), 71.4, 60.0),
        (req.Profile("d3", 0.0, frozenset({"pos_system"})), 21.4, 60.0),
        (req.Profile("s1", 0.0, frozenset({"pos_system"})), 21.4, 70.0),
        (req.Profile("none", 0.0, frozenset({"answer_questions", "career_growth", "on_the_job_training"})), 0.0, 0.0),
    ],
    ids=[
        "meets-everything-100",
        "meets-nothing-0",
        "a:(3+3+3)/14; ccsp-held-but-1-year<2; b:(3+3)/10",
        "a:(3+3+3+1)/14; ccsp-counts-at-2-years",
        "d3-meets-sma-not-s1: a 3/14, b (3+3)/10",
        "s1-meets-bachelor: b (3+1+3)/10",
        "responsibilities-benefits-training-never-count",
    ],
)
def test_match_score(profile, score_a, score_b):
    scores = req.match_scores(frame(), ["a", "b"], profile, CERT_YEARS).set_index("template_id")
    assert scores.at["a", "score"] == pytest.approx(score_a)
    assert scores.at["b", "score"] == pytest.approx(score_b)


def test_scores_best_first_with_counts_and_what_is_missing():
    profile = req.Profile("sma", 0.0, frozenset({"pos_system"}))
    scores = req.match_scores(frame(), ["a", "b", "c"], profile, CERT_YEARS)
    assert list(scores["template_id"]) == ["c", "b", "a"]  # c 3/4=75, b 6/10=60, a 3/14
    b = scores.set_index("template_id").loc["b"]
    assert (b["required_met"], b["required_total"], b["preferred_met"], b["preferred_total"]) == (2, 3, 0, 1)
    assert b["missing_required"] == {"communication": "not_ticked"}
    assert b["missing_preferred"] == {"edu_bachelor": "education"}


def test_template_without_qualifications_has_no_score_and_comes_last():
    scores = req.match_scores(frame(), ["a", "zzz"], EVERYTHING, CERT_YEARS)
    assert list(scores["template_id"]) == ["a", "zzz"]
    assert math.isnan(scores.at[1, "score"])


@pytest.mark.parametrize(
    "category, item_id, profile, reason",
    [
        ("education", "edu_sma", req.Profile("sma"), None),
        ("education", "edu_sma", req.Profile("none"), "education"),
        ("education", "edu_d3_or_s1", req.Profile("sma"), "education"),
        ("education", "edu_d3_or_s1", req.Profile("d3"), None),
        ("education", "edu_bachelor", req.Profile("d3"), "education"),
        ("experience", "call_center_experience", req.Profile(years=0.5), None),
        ("experience", "prior_cs_experience", req.Profile(years=0), "experience"),
        ("certifications", "ccsp", req.Profile(years=5), "certificate"),
        ("certifications", "ccsp", req.Profile(years=1.5, certifications=frozenset({"ccsp"})), "cert_years"),
        ("certifications", "ccxp", req.Profile(certifications=frozenset({"ccxp"})), None),
        ("schedule", "work_from_home", req.Profile(ticked=frozenset({"work_from_home"})), None),
        ("tools", "pos_system", req.Profile(ticked=frozenset({"crm_software"})), "not_ticked"),
    ],
    ids=[
        "sma>=sma",
        "none<sma",
        "sma<d3",
        "d3>=d3",
        "d3<s1",
        "half-a-year-counts",
        "no-experience",
        "ccsp-not-held",
        "ccsp-held-1.5y<2y",
        "ccxp-no-years-needed",
        "ticked-schedule",
        "other-tool-ticked",
    ],
)
def test_unmet_reason(category, item_id, profile, reason):
    assert req.unmet_reason(category, item_id, profile, {"ccsp": 2.0, "ccxp": 0.0}) == reason


@pytest.mark.parametrize(
    "kwargs",
    [{"education": "phd"}, {"years": -1}, {"years": float("nan")}],
    ids=["unknown-education", "negative-years", "nan-years"],
)
def test_profile_rejects_bad_input(kwargs):
    with pytest.raises(ValueError):
        req.Profile(**kwargs)


@pytest.mark.parametrize(
    "years, held, conflicts",
    [
        (0, {"ccsp", "ccxp"}, {"ccsp": 2.0}),
        (2, {"ccsp"}, {}),
        (0, set(), {}),
    ],
    ids=["ccsp-with-0-years", "ccsp-with-2-years", "nothing-held"],
)
def test_cert_conflicts(years, held, conflicts):
    assert req.cert_conflicts(req.Profile(years=years, certifications=frozenset(held)), CERT_YEARS) == conflicts


def test_score_table_explains_missing_certificate_years(bundled):
    reqs, templates, certs = bundled
    profile = req.Profile("sma", 1.0, certifications=frozenset({"ccsp"}))
    scores = req.match_scores(reqs, ["general_staff"], profile, req.certification_years(certs))
    table = req.score_table(scores, reqs, templates, certs, "id")
    assert "Certified Customer Service Professional (butuh pengalaman 2 tahun)" in table.iloc[0]["Kurang (diutamakan)"]
    assert list(table.iloc[0][["Peran", "Kecocokan", "Syarat wajib terpenuhi"]]) == ["Staf CS umum", "10%", "1 dari 14"]
    # (3 SMA + 1 + 1 for the two experience items) / (14 required × 3 + 11 preferred) = 5/53


# ---------- bundled data ----------
@pytest.mark.parametrize(
    "template_id, minimum, top",
    [
        ("retail", "sma", "sma"),
        ("call_center", "sma", "sma"),
        ("bank_cs", "sma", "d3"),
        ("general_staff", "sma", "s1"),
        ("telecom_advisor", "not_stated", "not_stated"),
    ],
    ids=["retail-sma", "call-center-sma", "bank-sma-some-ask-d3", "general-sma-some-ask-s1", "telecom-not-stated"],
)
def test_education_ladder(bundled, template_id, minimum, top):
    reqs, templates, _ = bundled
    ladder = req.education_ladder(templates, reqs).set_index("template_id")
    assert (ladder.at[template_id, "min_education"], ladder.at[template_id, "top"]) == (minimum, top)


@pytest.mark.parametrize(
    "lang, role, levels, hollow",
    [
        (
            "en",
            "Role",
            ["Not stated", "SMA / high school", "D3 diploma", "S1 bachelor's"],
            {"Bank CS": "D3 diploma", "General CS staff": "S1 bachelor's"},
        ),
        (
            "id",
            "Peran",
            ["Tidak disebut", "SMA/sederajat", "D3 (diploma)", "S1 (sarjana)"],
            {"CS bank": "D3 (diploma)", "Staf CS umum": "S1 (sarjana)"},
        ),
    ],
    ids=["en", "id"],
)
def test_education_ladder_chart(bundled, lang, role, levels, hollow):
    reqs, templates, _ = bundled
    spec = education_ladder_chart(req.education_ladder(templates, reqs), templates, lang).to_dict()
    rule, dots = spec["layer"]
    assert dots["encoding"]["x"]["axis"]["labelExpr"] == json.dumps(levels) + "[datum.value]"
    assert dots["encoding"]["x"]["axis"]["values"] == [0, 1, 2, 3]
    points = spec["datasets"][dots["data"]["name"]]
    assert len(points) == 7 + 2  # one minimum per role, a hollow mark for the two that ask more
    top_kind = dots["encoding"]["fill"]["scale"]["domain"][1]
    assert {p[role]: p["level"] for p in points if p["kind"] == top_kind} == hollow
    assert all(levels[p["pos"]] == p["level"] for p in points)  # each dot sits over its own label
    assert dots["encoding"]["tooltip"]


@pytest.mark.parametrize(
    "lang, name, years, exam, modules",
    [
        ("en", "Certified Customer Service Professional", "2", "160", "not stated"),
        ("id", "Certified Customer Service Professional", "2", "160", "tidak disebut"),
    ],
    ids=["ccsp-en", "ccsp-id"],
)
def test_certification_table(bundled, lang, name, years, exam, modules):
    table = req.certification_table(bundled[2], lang)
    row = table.iloc[1]
    assert list(row.iloc[[0, 4, 5, 3]]) == [name, years, exam, modules]
    assert table.iloc[0].iloc[3] == "8"  # CCXP: an eight-module programme


def test_bundled_requirements_use_the_known_vocabulary(bundled):
    reqs, templates, certs = bundled
    assert set(reqs["category"]) <= set(req.CATEGORIES)
    assert set(reqs["importance"]) <= set(req.IMPORTANCE)
    assert set(reqs.loc[reqs["category"] == "education", "item_id"]) <= set(req.EDUCATION_ITEM_LEVEL)
    assert set(reqs.loc[reqs["category"] == "certifications", "item_id"]) <= set(certs["cert_id"])
    assert set(reqs["template_id"]) <= set(templates["template_id"])
    assert set(templates["min_education"]) <= {*req.EDUCATION_SCALE, "not_stated"}
    assert not reqs.duplicated(["template_id", "item_id"]).any()
    assert all(has(f"req.category.{c}") for c in req.CATEGORIES)
    assert all(has(f"req.short.{tid}") for tid in templates["template_id"])


def test_checklist_puts_common_items_first(bundled):
    reqs = bundled[0]
    skills = req.checklist_options(reqs, "skills")
    assert skills[:2] == ["communication", "problem_solving"]  # asked by 6 of the 7 templates
    assert req.checklist_options(reqs, "certifications") == ["ccsp", "ccxp", "hdi_training"]


def test_salary_industries_link_only_templates_with_pay_figures(bundled):
    assert req.salary_industries(bundled[1]) == {
        "ecommerce": "online_shop",
        "bank_cs": "banking",
        "general_staff": "general_staff",
    }
