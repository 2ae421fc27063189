"""What the wage structure page shows, in one call per step: the floor at the workplace, the structure
built from the page's inputs, and everything drawn from it (tables, checks, chart, documents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import altair as alt
import pandas as pd

from ..core import floors
from ..core.formatting import format_money, number, percent
from ..core.i18n import t
from ..core.regions import regencies_of
from . import build, charts, checks, document
from .text import describe_check, describe_issue, grade_table, line_text, rp

EFFECTIVE_RANGE = (dt.date(2017, 1, 1), dt.date(2035, 12, 31))
DEFAULT_EFFECTIVE = dt.date(2026, 1, 1)
DEFAULT_PROVINCE = "Jawa Barat"
DOC_LANG = (
    "id"  # the decree, the statement and the notices: filed and handed out in Bahasa Indonesia (English on request)
)


def regency_options(province: str) -> dict[str, str]:
    """``{"": province-wide, code: name}`` for the regency picker (Kemendagri codes)."""
    return dict(regencies_of(province))


def provinces(wages: pd.DataFrame) -> list[str]:
    rows = wages[(wages["country"] == "ID") & (wages["wage_kind"] == "UMP")]
    return sorted(rows["region"].unique())


def workplace_floor(wages: pd.DataFrame, province: str, regency: str, on: dt.date) -> floors.Floor | None:
    """The minimum wage in force at the workplace on ``on``: the regency's UMK where set, else the UMP."""
    try:
        if regency:
            return floors.floor_in_force(wages, province, on, regency=regency)
        return floors.floor_in_force(wages, province, on)
    except (KeyError, LookupError):
        return None


def workplace_text(province: str, regency_name: str) -> str:
    return f"{regency_name}, {province}" if regency_name else province


def build_structure(
    method: str,
    bands: pd.DataFrame | None,
    n: int,
    low_mid: float,
    high_mid: float,
    spreads_text: str,
    jobs: pd.DataFrame | None,
    fit: str,
    lang: str,
    saved: build.Structure | None = None,
) -> tuple[build.Built, list[str]]:
    """The structure from the page's inputs, and every problem and note as a sentence naming its row."""
    spreads, spread_issues = build.parse_spreads(spreads_text)
    if method == "saved" and saved is not None:
        built = build.Built(saved)
    elif method == "ladder":
        names = {lv: t(f"level.{lv}", lang) for lv in (bands["level"] if bands is not None else [])}
        built = build.from_ladder(bands, names)  # names for its messages; tables name levels in their own language
    elif spread_issues:
        built = build.Built(None, tuple(spread_issues))
    elif method == "points":
        built = build.from_points(jobs, n, fit, spreads)
    else:
        built = build.two_point(n, low_mid, high_mid, spreads)
    return built, [describe_issue(i, lang) for i in built.issues]


@dataclass
class StructureView:
    table: pd.DataFrame
    caption: str
    line: str
    findings: list[tuple[str, str]]  # (severity, sentence)
    floor_text: str
    chart: alt.Chart
    points_chart: alt.Chart | None
    overlaps: pd.DataFrame
    service: pd.DataFrame | None
    service_note: str
    xlsx: Callable[[], bytes]  # built when the download is clicked: ~0.7 s a PDF, not on every edit
    pdf: Callable[[], bytes]
    file_stem: str
    info: document.DocInfo


def _overlap_table(structure: build.Structure, lang: str) -> pd.DataFrame:
    rows = checks.overlaps(structure.grades)
    return pd.DataFrame(
        {
            t("structure.col.grade", lang): [f"{g - 1} / {g}" for g in rows["grade"]],
            t("structure.col.overlap", lang): [rp(v, lang) for v in rows["overlap"]],
            "%": [percent(v, lang) for v in rows["share"]],
        }
    )


def _service_table(service: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = pd.DataFrame({t("structure.col.grade", lang): service["grade"].astype(str)})
    for col in service.columns[1:]:
        out[t("structure.col.years", lang, n=col)] = [rp(v, lang) for v in service[col]]
    return out


def structure_view(
    structure: build.Structure,
    wages: pd.DataFrame,
    province: str,
    regency: str,
    effective: dt.date,
    allowances: float,
    step_pct: float,
    company: str,
    decree_no: str,
    date_set: dt.date,
    place: str,
    signatory: str,
    signatory_title: str,
    lang: str,
    today: dt.date,
    doc_lang: str = DOC_LANG,
) -> StructureView:
    floor = workplace_floor(wages, province, regency, effective)
    now = workplace_floor(wages, province, regency, max(today, effective))
    regency_name = regency_options(province).get(regency, "") if regency else ""
    found = checks.run_checks(structure.grades, floor, effective, now.year if now else None, allowances)
    if floor is not None:
        floor_text = floors.describe_floor(floor, lang)
        # for the documents, filed in Bahasa Indonesia whatever the page's language
        floor_short = f"{floors.floor_name(floor, doc_lang)} {format_money(floor.amount, 'IDR', doc_lang)}"
        if getattr(floor, "umk_unknown", False):
            floor_short = floors.describe_floor(floor, doc_lang, with_source=False)
    else:
        floor_text = floor_short = "-"
    info = document.DocInfo(
        company=company or "PT ....................",
        number=decree_no or "..../SK-DIR/..../....",
        date_set=date_set,
        place=place or "....................",
        signatory=signatory,
        signatory_title=signatory_title or "Direktur",
        effective=effective,
        workplace=workplace_text(province, regency_name),
        floor_text=floor_short,
        lang=doc_lang,
    )
    step = step_pct / 100
    service = checks.service_scale(structure.grades, step, 10) if step > 0 else None
    inputs = [
        (t("structure.input.method", lang), t(f"structure.method.{structure.method}", lang)),
        (t("structure.n", lang), str(structure.n)),
        (t("structure.input.line", lang), line_text(structure, lang) or "-"),
        (t("structure.input.workplace", lang), info.workplace),
        (t("structure.effective", lang), effective.isoformat()),
        (t("structure.input.floor", lang), floor_text),
        (t("structure.input.allowances", lang), format_money(allowances, "IDR", lang)),
        (t("structure.doc.company", lang), info.company),
        (t("structure.doc.number", lang), info.number),
        (t("structure.doc.date_set", lang), date_set.isoformat()),
        (t("structure.step", lang), number(step_pct, lang)),
    ]
    caption_key = "structure.table.caption_ladder" if structure.method == "ladder" else "structure.table.caption"
    return StructureView(
        table=grade_table(structure, lang),
        caption=t(caption_key, lang),
        line=line_text(structure, lang),
        findings=[(c.severity, describe_check(c, lang)) for c in found],
        floor_text=t("structure.floor_used", lang, text=floor_text),
        chart=charts.scale_chart(structure, lang, None if floor is None else floor.amount),
        points_chart=charts.points_chart(structure, lang) if structure.jobs is not None else None,
        overlaps=_overlap_table(structure, lang),
        service=None if service is None else _service_table(service, lang),
        service_note=t("structure.service.note", lang, step=percent(step, lang)),
        xlsx=partial(document.workbook_bytes, structure, info, found, inputs, service, lang),
        pdf=partial(document.decree_pdf, structure, info, doc_lang),
        file_stem=f"struktur_skala_upah_{effective.isoformat()}",
        info=info,
    )


def team_structure_view(
    rows: list, structure: build.Structure, floor: float | None | list, floor_label: str, on: dt.date, lang: str
) -> tuple[pd.DataFrame, list[str]]:
    """The team against the structure: a table of plain text and the summary lines (counts, cost, no cut)."""
    from . import roster

    checked = roster.team_check(rows, structure, floor, on)
    table = pd.DataFrame(
        {
            t("structure.team.row", lang): checked["row"],
            t("structure.team.name", lang): checked["name"],
            t("structure.col.grade", lang): checked["grade"],
            t("structure.team.tenure", lang): [
                "-" if pd.isna(v) else t("structure.col.years", lang, n=int(v)) for v in checked["tenure"]
            ],
            t("structure.team.pay", lang): [rp(v, lang) if pd.notna(v) else "-" for v in checked["pay"]],
            t("structure.col.min", lang): [rp(v, lang) for v in checked["min"]],
            t("structure.col.max", lang): [rp(v, lang) for v in checked["max"]],
            t("structure.team.status", lang): [t(f"structure.team.status.{s}", lang) for s in checked["status"]],
            t("structure.team.raise", lang): [rp(v, lang) if v > 0 else "-" for v in checked["raise"]],
        }
    )
    counts = checked["status"].value_counts()
    total = checked["raise"].sum()
    summary = [
        t("structure.team.summary", lang, n=len(checked), on=on.isoformat(), floor=floor_label),
        *[
            t(f"structure.team.count.{s}", lang, n=int(counts[s]))
            for s in sorted(counts.index, key=TEAM_STATUS_SEVERITY.get)
        ],
        t("structure.team.cost", lang, month=rp(total, lang), year=rp(total * 12, lang)),
        t("structure.team.no_cut", lang),
    ]
    return table, summary


@dataclass
class NoticesView:
    pdf: Callable[[], bytes] | None
    pages: int
    problems: list[str]
    team: pd.DataFrame | None  # the team against the structure, when the roster has basic pay
    team_summary: list[str]


TEAM_STATUS_SEVERITY = {
    "below_floor": 0,
    "below_min": 1,
    "red_circle": 2,
    "unknown_tenure": 3,
    "inside": 4,
    "no_pay": 5,
}


def notices_view(
    structure: build.Structure,
    info: document.DocInfo,
    frame: pd.DataFrame,
    wages: pd.DataFrame,
    province: str,
    regency: str,
    on: dt.date,
    lang: str,
) -> NoticesView:
    """The notices PDF (one page a worker whose grade is in the structure) and, with pay, the team check."""
    from . import roster

    rows, issues = roster.read_roster(frame, structure)
    problems = [describe_issue(i, lang) for i in issues]
    # built when the download is clicked (~4 ms a page): the roster's problems and the team show at once
    pdf = partial(document.notices_pdf, structure, info, roster.workers(rows), info.lang) if rows else None
    team, summary = None, []
    if rows and any(r.pay is not None for r in rows):
        floor = workplace_floor(wages, province, regency, on)
        amount = None if floor is None else floor.amount  # a UMK set but unknown: at least the UMP, checked as such
        label = floors.floor_name(floor, lang) if floor is not None else "-"
        team, summary = team_structure_view(rows, structure, amount, label, on, lang)
    return NoticesView(pdf, len(rows), problems, team, summary)
