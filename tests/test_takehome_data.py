"""The take-home tables in data/: every number traced to ../shared/reference/takehome/, and a broken table named.

Provenance: TER and PTKP rows must equal the reference CSVs cell for cell; each contribution rate
equals the bpjs.csv row its ``reference`` names, and each JP cap is printed in notes.md or bpjs.csv;
every bracket bound, rate and parameter of the hand-copied tables is printed in notes.md.
"""

import csv
import os
import re
import shutil
from decimal import Decimal

import pytest

from salary_explorer.core import takehome_rules as tr
from salary_explorer.core.load import DATA_DIR
from salary_explorer.core.schema import SchemaError

from .conftest import SHARED

REF = SHARED / "reference" / "takehome"
needs_reference = pytest.mark.skipif(
    not REF.exists() and not os.environ.get("CI"), reason="../shared/reference/takehome is not beside this checkout"
)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def data(name):
    return rows(DATA_DIR / name)


@pytest.fixture(scope="module")
def notes():
    return (REF / "notes.md").read_text(encoding="utf-8")


def printed(value: str, text: str) -> bool:
    """Whether notes.md prints this number: ``60,000,000``, ``$16,100`` or, for a fraction, ``6.2 %``."""
    number = Decimal(value)
    forms = {f"{number:,.0f}"} if number == number.to_integral_value() else set()
    if number < 1:
        pct = format(number * 100, "f").rstrip("0").rstrip(".")
        forms |= {f"{pct} %", f"{pct}%"}
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text) for form in forms)


# ---------- every row names its source ----------
@pytest.mark.parametrize("name", tr.FILES)
def test_every_row_has_source_year_kind_and_legal_basis(name):
    for i, row in enumerate(data(name), start=2):
        for column in ("year", "kind", "legal_basis", "source", "reference"):
            assert row[column].strip(), f"{name} row {i}: {column} is empty"
        assert row["reference"].startswith("takehome/"), f"{name} row {i}: reference must point into takehome/"


# ---------- provenance ----------
@needs_reference
def test_ter_equals_the_reference_table():
    ours, theirs = data("takehome_ter.csv"), rows(REF / "pph21_ter.csv")
    assert len(ours) == len(theirs) == 125
    for i, (a, b) in enumerate(zip(ours, theirs, strict=True), start=2):
        assert [a[c] for c in ("category", "lower", "upper", "rate", "source")] == [
            b[c] for c in ("category", "lower", "upper", "rate", "source")
        ], f"row {i}"
        assert a["reference"] == f"takehome/pph21_ter.csv row {i}"


@needs_reference
def test_ptkp_equals_the_reference_table():
    theirs = {r["status"]: r for r in rows(REF / "ptkp.csv")}
    ours = data("takehome_ptkp.csv")
    assert [r["status"] for r in ours] == list(tr.PTKP_STATUSES)
    for r in ours:
        ref = theirs[r["status"]]
        assert (r["ptkp_annual"], r["ter_category"], r["legal_basis"], r["source"]) == (
            ref["ptkp_annual"],
            ref["ter_category"],
            ref["legal_basis"],
            ref["source"],
        )


@needs_reference
def test_contribution_rates_and_caps_trace_to_bpjs_csv_and_notes(notes):
    bpjs = rows(REF / "bpjs.csv")
    for i, r in enumerate(data("takehome_contributions.csv"), start=2):
        m = re.match(r"takehome/bpjs\.csv row (\d+)", r["reference"])
        assert m, f"row {i} names no bpjs.csv row"
        ref = bpjs[int(m.group(1)) - 2]
        assert r["rate"] == ref["rate"], f"row {i}: rate {r['rate']} vs bpjs.csv {ref['rate']}"
        assert r["payer"] == ref["payer"]
        assert r["source"] == ref["source"]
        if r["wage_cap"]:
            in_csv = r["wage_cap"] in (ref["cap_2025"], ref["cap_2026"])
            assert in_csv or printed(r["wage_cap"], notes), f"row {i}: cap {r['wage_cap']} not in the reference"
        if r["program"] == "jp" and r["in_force_from"]:
            # the month each cap starts is printed in the notes' JP cap history: "Mar 2024", "1 Mar 2025", ...
            year = r["in_force_from"][:4]
            assert re.search(rf"Mar(ch)? {year}", notes), f"row {i}: no March {year} in notes.md"


@needs_reference
@pytest.mark.parametrize("name", ["takehome_brackets.csv", "takehome_parameters.csv"])
def test_hand_copied_numbers_are_printed_in_notes(notes, name):
    words = {"pkp_rounding": "full thousand rupiah", "thr_full_months": "12 or more continuous months"}
    for i, r in enumerate(data(name), start=2):
        if r.get("name") in words:
            assert words[r["name"]] in notes
            continue
        for column in ("lower", "upper", "rate", "value"):
            value = r.get(column, "")
            if value and Decimal(value) != 0:
                assert printed(value, notes), f"{name} row {i}: {column} {value} is not in notes.md"


@needs_reference
def test_reference_sections_exist(notes):
    """Each ``reference`` of the hand-copied tables names a section that notes.md has."""
    for name in ("takehome_brackets.csv", "takehome_parameters.csv"):
        for r in data(name):
            section = re.search(r"section (\d+(?:\.\d+)?)", r["reference"]).group(1)
            assert re.search(rf"^#+ {re.escape(section)}[. ]", notes, re.M), r["reference"]


# ---------- the loader ----------
def test_the_bundled_tables_load():
    rules = tr.load_takehome_rules()
    assert {k: len(v) for k, v in rules.ter.items()} == {"A": 44, "B": 40, "C": 41}
    assert rules.ptkp["K/1"].annual == 63_000_000
    assert len(rules.brackets["us_federal_single"]) == 7


def _broken(tmp_path, name, edit):
    for f in tr.FILES:
        shutil.copy(DATA_DIR / f, tmp_path / f)
    path = tmp_path / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        tr.load_takehome_rules(tmp_path)
    return err.value.problems


@pytest.mark.parametrize(
    "name,old,new,row,column,code",
    [
        ("takehome_ter.csv", "A,5950000,6300000,0.0075", "A,5950000,6300000,75", 5, "rate", "takehome_not_a_rate"),
        ("takehome_ter.csv", "A,5950000,6300000,0.0075", "A,5960000,6300000,0.0075", 5, "lower", "takehome_bracket_gap"),
        ("takehome_ter.csv", "A,5950000,6300000,0.0075", "A,5950000,6300000,0.001", 5, "rate", "takehome_bracket_order"),
        ("takehome_ter.csv", "A,5950000,6300000,0.0075", "A,5950000,6300000,x", 5, "rate", "not_a_number"),
        ("takehome_ptkp.csv", "TK/0,54000000,A", "TK/0,54000000,D", 2, "ter_category", "not_allowed"),
        ("takehome_contributions.csv", "2026-03-01,,2026", "2026-02-01,,2026", 9, "in_force_from", "takehome_overlap"),
        ("takehome_contributions.csv", "2026-03-01,,2026", "2026-13-01,,2026", 9, "in_force_from", "takehome_not_a_date"),
        ("takehome_parameters.csv", "us_standard_deduction_single,16100", "us_standard_deduction_single,", 8, "value", "required"),
    ],
)  # fmt: skip
def test_a_broken_table_is_named_with_row_and_column(tmp_path, name, old, new, row, column, code):
    problems = _broken(tmp_path, name, lambda text: text.replace(old, new, 1))
    assert any((p.file, p.row, p.column, p.code) == (name, row, column, code) for p in problems), problems


def test_a_missing_parameter_is_named(tmp_path):
    problems = _broken(
        tmp_path, "takehome_parameters.csv", lambda t: "\n".join(x for x in t.splitlines() if "dtp_gross" not in x)
    )
    assert [(p.column, p.value, p.code) for p in problems] == [("name", "dtp_gross_limit", "takehome_missing_rule")]


def test_problem_codes_are_translated():
    from pathlib import Path

    from salary_explorer.core.i18n import CATALOG

    codes = set(re.findall(r'"(takehome_[a-z_]+)"', Path(tr.__file__).read_text(encoding="utf-8")))
    assert codes and all(f"problem.{c}" in CATALOG for c in codes)


@needs_reference
@pytest.mark.parametrize(
    "reader,reference,bundled",
    [
        (tr.ter_rows_from_reference, "pph21_ter.csv", "takehome_ter.csv"),
        (tr.ptkp_rows_from_reference, "ptkp.csv", "takehome_ptkp.csv"),
    ],
)
def test_reloading_from_the_reference_reproduces_the_bundled_table(reader, reference, bundled):
    """What a data refresh would write from the reference file equals what is bundled, cell for cell."""
    from salary_explorer.core.load import read_text_csv

    fresh = reader(REF / reference)
    assert fresh.astype(str).values.tolist() == read_text_csv(DATA_DIR / bundled).values.tolist()
