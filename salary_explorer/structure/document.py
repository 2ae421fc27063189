"""The structure as documents: an Excel workbook, the decree attachment with the statement (PDF), and the
individual notices (PDF, one page per worker).

The PDFs hold real text (fpdf2, a TrueType font when the system has DejaVu, else the built-in Helvetica);
numbers as Indonesians write them (``Rp 5.500.000``, ``1 Januari 2026``). Excel text cells never run as
formulas (``core.export.neutralise_cell``).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from babel.dates import format_date
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

from ..core.export import FIXED_CREATED, neutralise_cell
from ..core.formatting import locale_of, percent
from ..core.i18n import t
from .build import Structure
from .checks import BASIS, Check
from .text import describe_check, job_labels, rp

LEGAL_BASIS = (  # (topic, article), shown in the workbook and the decree
    ("duty", "UU 13/2003 Pasal 92(1)-(3) jo. UU 6/2023 Pasal 81 angka 33; PP 36/2021 Pasal 21(1); Permenaker 1/2017"),
    ("floor", BASIS["floor"]),
    ("allowances", BASIS["allowances"]),
    ("rising", BASIS["rising"]),
    ("notice", "PP 36/2021 Pasal 21(2)-(3); Permenaker 1/2017 Pasal 8"),
    ("filing", "PP 36/2021 Pasal 22; Permenaker 1/2017 Pasal 9"),
    ("review", BASIS["review"]),
    ("no_cut", "PP 36/2021 Pasal 83"),
    ("sanction", "PP 36/2021 Pasal 79-80"),
)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class DocInfo:
    """What the decree and the statement need besides the table."""

    company: str
    number: str
    date_set: dt.date
    place: str
    signatory: str
    signatory_title: str
    effective: dt.date
    workplace: str
    floor_text: str  # the minimum wage used, with its year: "UMK Kabupaten Karawang 2026 Rp 5.886.853"
    lang: str = "id"  # the documents' language: Bahasa Indonesia, English on request


def long_date(day: dt.date, lang: str) -> str:
    """``1 Januari 2026`` / ``1 January 2026``."""
    return format_date(day, "d MMMM y", locale=locale_of(lang))


# ---------- the workbook ----------
def workbook_bytes(
    structure: Structure,
    info: DocInfo,
    checks: list[Check],
    inputs: list[tuple[str, str]],
    service: pd.DataFrame | None,
    lang: str = "id",
) -> bytes:
    """Sheets: structure, service scale (when asked for), chart, checks, inputs, legal basis."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"created": FIXED_CREATED, "title": t("structure.title", lang)})
    bold = book.add_format({"bold": True})
    money = book.add_format({"num_format": "#,##0"})
    share = book.add_format({"num_format": "0%"})

    def text(sheet, row, col, value, fmt=None):
        sheet.write_string(row, col, str(neutralise_cell(str(value))), fmt)

    name = t("structure.xlsx.structure", lang)
    sheet = book.add_worksheet(name)
    text(sheet, 0, 0, t("structure.pdf.decree_of", lang, company=info.company), bold)
    text(sheet, 1, 0, t("structure.pdf.number", lang, number=info.number))
    text(sheet, 2, 0, t("structure.pdf.note.basic", lang))
    heads = [t(f"structure.col.{c}", lang) for c in ("grade", "jobs", "min", "mid", "max", "spread")]
    for c, head in enumerate(heads):
        text(sheet, 4, c, head, bold)
    g = structure.grades
    for r, (row, jobs) in enumerate(zip(g.itertuples(index=False), job_labels(structure, lang)), start=5):
        sheet.write_number(r, 0, int(row.grade))
        text(sheet, r, 1, jobs)
        sheet.write_number(r, 2, int(row.min), money)
        sheet.write_number(r, 3, int(row.mid), money)
        sheet.write_number(r, 4, int(row.max), money)
        sheet.write_number(r, 5, float(row.spread), share)
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 30)
    sheet.set_column(2, 5, 16)
    last = 4 + len(g)

    if service is not None and not service.empty:
        ssheet = book.add_worksheet(t("structure.xlsx.service", lang))
        text(ssheet, 0, 0, t("structure.service.title", lang), bold)
        years = [c for c in service.columns if c != "grade"]
        text(ssheet, 2, 0, t("structure.col.grade", lang), bold)
        for c, y in enumerate(years, start=1):
            text(ssheet, 2, c, t("structure.col.years", lang, n=y), bold)
        for r, row in enumerate(service.itertuples(index=False), start=3):
            ssheet.write_number(r, 0, int(row[0]))
            for c, value in enumerate(row[1:], start=1):
                ssheet.write_number(r, c, int(value), money)

    csheet = book.add_worksheet(t("structure.xlsx.chart", lang))
    chart = book.add_chart({"type": "line"})
    for col, key in ((2, "min"), (3, "mid"), (4, "max")):
        chart.add_series(
            {
                "name": t(f"structure.col.{key}", lang),
                "categories": [name, 5, 0, last, 0],
                "values": [name, 5, col, last, col],
                "marker": {"type": "circle"},
            }
        )
    chart.set_title({"name": t("structure.title", lang)})
    chart.set_x_axis({"name": t("structure.col.grade", lang)})
    chart.set_y_axis({"name": t("structure.chart.pay", lang), "num_format": "#,##0"})
    chart.set_size({"width": 760, "height": 420})
    csheet.insert_chart("A1", chart)

    ksheet = book.add_worksheet(t("structure.xlsx.checks", lang))
    text(ksheet, 0, 0, t("structure.xlsx.severity", lang), bold)
    text(ksheet, 0, 1, t("structure.xlsx.finding", lang), bold)
    for r, check in enumerate(checks, start=1):
        text(ksheet, r, 0, t(f"structure.severity.{check.severity}", lang))
        text(ksheet, r, 1, describe_check(check, lang))
    ksheet.set_column(1, 1, 120)

    isheet = book.add_worksheet(t("structure.xlsx.inputs", lang))
    text(isheet, 0, 0, t("structure.xlsx.item", lang), bold)
    text(isheet, 0, 1, t("structure.xlsx.value", lang), bold)
    for r, (item, value) in enumerate(inputs, start=1):
        text(isheet, r, 0, item)
        text(isheet, r, 1, value)
    isheet.set_column(0, 0, 34)
    isheet.set_column(1, 1, 100)

    bsheet = book.add_worksheet(t("structure.xlsx.basis", lang))
    text(bsheet, 0, 0, t("structure.xlsx.topic", lang), bold)
    text(bsheet, 0, 1, t("structure.basis", lang, basis="").rstrip(": ."), bold)
    for r, (topic, basis) in enumerate(LEGAL_BASIS, start=1):
        text(bsheet, r, 0, t(f"structure.basis.{topic}", lang))
        text(bsheet, r, 1, basis)
    bsheet.set_column(0, 0, 34)
    bsheet.set_column(1, 1, 110)
    book.close()
    return buffer.getvalue()


# ---------- the PDFs ----------
class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 18)
        self.set_creation_date(FIXED_CREATED.replace(tzinfo=dt.UTC))
        regular, heavy = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
        if regular.exists() and heavy.exists():
            self.add_font("Body", "", str(regular))
            self.add_font("Body", "B", str(heavy))
            self.family, self.unicode = "Body", True
        else:
            self.family, self.unicode = "Helvetica", False
        self._wrapped: dict[tuple, list[str]] = {}
        self._widths: dict[tuple, float] = {}

    def safe(self, value: object) -> str:
        text = str(value)
        return text if self.unicode else text.encode("latin-1", "replace").decode("latin-1")

    def width_of(self, text: str) -> float:
        key = (text, self.font_family, self.font_style, self.font_size_pt)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.get_string_width(text)
        return width

    def put(self, x: float, w: float, h: float, text: str, align: str = "L", border: bool = False) -> None:
        """One line of text in a box at the current height, drawn with ``text()``: fpdf2's ``cell`` does line
        layout for every call (~0.5 ms); a notice is the same few dozen boxes on every page."""
        if border:
            self.rect(x, self.y, w, h)
        width = self.width_of(text)
        if border and width > w - 2:  # a heading wider than its column: a smaller size, just for it
            size = self.font_size_pt
            self.set_font_size(size * (w - 2) / width)
            self.put(x, w, h, text, align)
            self.set_font_size(size)
            return
        if align == "R":
            left = x + w - 1 - width
        elif align == "C":
            left = x + (w - width) / 2
        else:
            left = x + 1 if border else x
        self.text(left, self.y + h / 2 + self.font_size * 0.35, text)

    def line_of(self, value: object, size: float = 10, bold: bool = False, align: str = "L", gap: float = 1.5):
        """A paragraph, wrapped once per distinct text (the notices repeat the same paragraphs on every page)."""
        style = "B" if bold else ""
        self.set_font(self.family, style, size)
        key = (str(value), size, style, self.epw)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self.multi_cell(0, size * 0.5, self.safe(value), dry_run=True, output=MethodReturnValue.LINES)
            self._wrapped[key] = lines
        for line in lines:
            if self.y + size * 0.5 > self.page_break_trigger:
                self.add_page()
            self.put(self.l_margin, self.epw, size * 0.5, line, align)
            self.y += size * 0.5
        self.ln(gap)


def _scale_table(pdf: _Pdf, grades: list, lang: str, labels: list[str] | None = None) -> None:
    """The scale as a ruled table, one box per cell; with ``labels``, a column of each golongan's jobs."""
    with_jobs = labels is not None
    keys = ["grade", *(["jobs"] if with_jobs else []), "min", "mid", "max", "spread"]
    widths = dict(zip(keys, (18, 50, 28, 28, 28, 18) if with_jobs else (26, 36, 36, 36, 36)))
    align = {"grade": "C", "jobs": "L"}

    def row_of(cells: dict[str, str], height: float) -> None:
        if pdf.y + height > pdf.page_break_trigger:
            pdf.add_page()
        x = pdf.l_margin
        for key in keys:
            pdf.put(x, widths[key], height, cells[key], align.get(key, "R"), border=True)
            x += widths[key]
        pdf.y += height

    pdf.set_font(pdf.family, "B", 8.5)
    row_of({key: pdf.safe(t(f"structure.col.{key}", lang)) for key in keys}, 7)
    pdf.set_font(pdf.family, "", 8.5)
    for i, row in enumerate(grades):
        cells = {key: rp(getattr(row, key), lang) for key in ("min", "mid", "max")}
        cells.update(grade=str(row.grade), spread=percent(row.spread, lang))
        if with_jobs:
            jobs = pdf.safe(labels[i] or "-")
            while len(jobs) > 3 and pdf.width_of(jobs) > widths["jobs"] - 2:
                jobs = jobs[:-2].rstrip() + ("…" if pdf.unicode else "...")
            cells["jobs"] = jobs
        row_of(cells, 6.5)
    pdf.ln(3)


def _signature(pdf: _Pdf, info: DocInfo, lang: str, heading: str) -> None:
    """The signature block on the right, kept whole on one page."""
    if pdf.y + 60 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(4)
    x = pdf.w / 2 + 5
    width = pdf.w - x - pdf.r_margin
    for text, bold, gap in (
        (heading, False, 1),
        (info.company, True, 22),
        (info.signatory or "....................", True, 0.5),
        (info.signatory_title, False, 0),
    ):
        pdf.set_font(pdf.family, "B" if bold else "", 10)
        key = (text, bold, width)
        lines = pdf._wrapped.get(key)
        if lines is None:
            lines = [
                part
                for piece in str(text).split("\n")
                for part in pdf.multi_cell(width, 5, pdf.safe(piece), dry_run=True, output=MethodReturnValue.LINES)
            ]
            pdf._wrapped[key] = lines
        for line in lines:
            pdf.put(x, width, 5, line)
            pdf.y += 5
        pdf.ln(gap)


def decree_pdf(structure: Structure, info: DocInfo, lang: str = "id") -> bytes:
    """Page 1: the attachment to the decree, ready to sign; page 2: the statement (surat pernyataan)."""
    pdf = _Pdf()
    pdf.set_title(t("structure.title", lang))
    pdf.add_page()
    date_set, effective = long_date(info.date_set, lang), long_date(info.effective, lang)
    pdf.line_of(t("structure.pdf.attachment", lang), 10, True, gap=0.5)
    pdf.line_of(t("structure.pdf.decree_of", lang, company=info.company.upper()), 10, True, gap=0.5)
    pdf.line_of(t("structure.pdf.number", lang, number=info.number), 10, gap=0.5)
    pdf.line_of(t("structure.pdf.dated", lang, date=date_set), 10, gap=4)
    pdf.line_of(t("structure.pdf.about", lang), 13, True, align="C", gap=4)
    _scale_table(pdf, list(structure.grades.itertuples(index=False)), lang, job_labels(structure, lang))
    notes = [
        t("structure.pdf.note.basic", lang),
        t("structure.pdf.note.effective", lang, date=effective),
        t("structure.pdf.note.workplace", lang, workplace=info.workplace, floor=info.floor_text),
        t("structure.pdf.note.guide", lang),
        t("structure.pdf.note.factors", lang),
        t("structure.pdf.note.method", lang),
    ]
    for i, note in enumerate(notes, start=1):
        pdf.line_of(f"{i}. {note}", 9, gap=1)
    _signature(pdf, info, lang, t("structure.pdf.set_at", lang, place=info.place, date=date_set))

    pdf.add_page()
    pdf.line_of(t("structure.pdf.statement.title", lang), 13, True, align="C", gap=6)
    pdf.line_of(t("structure.pdf.statement.undersigned", lang), 10, gap=2)
    for key, value in (
        ("name", info.signatory),
        ("title_of", info.signatory_title),
        ("company", info.company),
        ("workplace", info.workplace),
    ):
        pdf.set_font(pdf.family, "", 10)
        pdf.cell(45, 6, pdf.safe(t(f"structure.pdf.statement.{key}", lang)))
        pdf.multi_cell(0, 6, pdf.safe(f": {value}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    body = t(
        "structure.pdf.statement.body",
        lang,
        company=info.company,
        number=info.number,
        date_set=date_set,
        effective=effective,
    )
    pdf.line_of(body, 10, gap=3)
    pdf.line_of(t("structure.pdf.statement.closing", lang), 10, gap=3)
    _signature(
        pdf,
        info,
        lang,
        f"{info.place}, {date_set}\n{t('structure.pdf.statement.signer', lang)}\n{t('structure.pdf.stamp', lang)}",
    )
    return bytes(pdf.output())


@dataclass(frozen=True)
class Worker:
    name: str
    grade: int
    hire: dt.date | None = None


def notices_pdf(structure: Structure, info: DocInfo, workers: list[Worker], lang: str = "id") -> bytes:
    """One page per worker: their grade and its scale, the effective date and the legal basis; nobody else's."""
    pdf = _Pdf()
    pdf.set_title(t("structure.pdf.notice.title", lang))
    grades = {int(row.grade): row for row in structure.grades.itertuples(index=False)}
    date_set, effective = long_date(info.date_set, lang), long_date(info.effective, lang)
    for worker in workers:
        row = grades[worker.grade]
        pdf.add_page()
        pdf.line_of(info.company, 11, True, gap=1)
        pdf.line_of(t("structure.pdf.notice.title", lang), 13, True, align="C", gap=5)
        pdf.line_of(t("structure.pdf.notice.to", lang, name=worker.name), 10, True, gap=3)
        pdf.line_of(
            t(
                "structure.pdf.notice.body",
                lang,
                number=info.number,
                date_set=date_set,
                effective=effective,
                grade=worker.grade,
            ),
            10,
            gap=3,
        )
        _scale_table(pdf, [row], lang)
        pdf.line_of(t("structure.pdf.note.basic", lang), 9, gap=1)
        pdf.line_of(t("structure.pdf.note.guide", lang), 9, gap=1)
        pdf.line_of(t("structure.pdf.notice.basis", lang), 9, gap=1)
        _signature(pdf, info, lang, f"{info.place}, {date_set}")
    return bytes(pdf.output())
