"""The wage structure page in headless Chromium: build a five-grade structure for a call centre, download the
decree PDF and the workbook and read them back (text, cells), render the PDF pages to PNG; upload a roster
and download the notices, one page per worker."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from .conftest import SCREENSHOTS, assert_no_exception, click_download, screenshot, wait_for_app

QUERY = (
    "ssm=two_point&ssn=5&ssl=6600000&ssh=15000000&ssr=40&ssp=Jawa+Barat&ssk=32.15&sse=2026-01-01"
    "&ssco=PT+Contoh+Layanan&ssno=001%2FSK-DIR%2FXII%2F2025&ssd=2025-12-15&sspl=Karawang&sssg=Budi+Santoso"
    "&ssti=Direktur+Utama"
)
TEXT = {
    "en": {
        "pdf": "Decree attachment and statement (PDF)",
        "xlsx": "Workbook (Excel)",
        "docs": "Decree, statement and workbook",
    },
    "id": {
        "pdf": "Lampiran SK dan surat pernyataan (PDF)",
        "xlsx": "Buku kerja (Excel)",
        "docs": "Surat keputusan, surat pernyataan dan buku kerja",
    },
}
ROSTER = b"nama,golongan,tanggal masuk,upah pokok\nAni,1,2024-03-01,5600000\nBayu,3,2020-07-15,9000000\nCitra,2,,7000000\nDodi,9,2021-01-01,8000000\n"


def open_section(page, label: str) -> None:
    page.locator('[data-testid="stExpander"] summary', has_text=label).click()
    wait_for_app(page)


def render_pages(pdf: bytes, stem: str) -> list:
    """The PDF's pages as PNG (pdftoppm), kept with the screenshots to look at."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) not installed")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{stem}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(SCREENSHOTS / stem)], check=True)
    return sorted(SCREENSHOTS.glob(f"{stem}-*.png"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_structure_documents_download_and_read_back(page, app_url, lang):
    page.goto(f"{app_url}/structure?lang={lang}&{QUERY}")
    wait_for_app(page)
    assert_no_exception(page)
    alerts = " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts())
    assert "5.886.853" in alerts or "5,886,853" in alerts
    open_section(page, TEXT[lang]["docs"])
    wait_for_app(page)
    screenshot(page, f"structure_{lang}")

    pdf = click_download(page, TEXT[lang]["pdf"])
    data = open(pdf.path(), "rb").read()
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for expected in ("STRUKTUR DAN SKALA UPAH", "001/SK-DIR/XII/2025", "Rp 5.500.000", "SURAT PERNYATAAN", "Karawang"):
        assert expected in text
    assert "5.886.853" in text and "2026" in text
    assert len(render_pages(data, f"structure_decree_{lang}")) == 2

    xlsx = click_download(page, TEXT[lang]["xlsx"])
    book = load_workbook(open(xlsx.path(), "rb"), data_only=True)
    sheet = book.worksheets[0]
    assert [sheet.cell(6 + g, 3).value for g in range(5)][0] == 5_500_000
    assert len(book.sheetnames) >= 4


def test_notices_one_page_per_worker(page, app_url):
    page.goto(f"{app_url}/structure?lang=id&{QUERY}&sst=2026-06-30")
    wait_for_app(page)
    open_section(page, "Pemberitahuan perorangan kepada pekerja")
    wait_for_app(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').last.set_input_files(
        {"name": "pekerja.csv", "mimeType": "text/csv", "buffer": ROSTER}
    )
    page.get_by_text("Baris 5").first.wait_for()
    wait_for_app(page)
    assert_no_exception(page)
    page.get_by_text("Tim dibandingkan dengan struktur").wait_for()
    alerts = " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts())
    assert "Baris 4: Citra: tanggal masuk kosong" in alerts
    assert "Baris 5: Dodi: golongan 9 tidak ada dalam struktur" in alerts
    page.set_viewport_size({"width": 1366, "height": 3200})  # the app scrolls inside its own container
    wait_for_app(page)
    screenshot(page, "structure_notices_id")
    notices = click_download(page, "Pemberitahuan (3 halaman, PDF)")
    data = open(notices.path(), "rb").read()
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "Ani" in first and "golongan 1" in first and "Bayu" not in first
    render_pages(data, "structure_notices")
