"""The split the team agreed on: pure logic package, one Streamlit module, thin pages."""
import ast

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "salary_explorer"
UI_MODULE = PACKAGE / "ui.py"


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_only_the_ui_module_imports_streamlit(path):
    if path == UI_MODULE:
        return
    assert not any(m == "streamlit" or m.startswith("streamlit.") for m in imported_modules(path))


WRANGLING = (".groupby(", ".merge(", ".pivot", ".melt(", ".agg(", "pd.concat(", ".apply(")


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"], ids=lambda p: p.name)
def test_pages_do_no_data_wrangling(path):
    text = path.read_text(encoding="utf-8")
    assert not [w for w in WRANGLING if w in text], f"{path.name} wrangles data; move it into salary_explorer/"
    assert "unsafe_allow_html=True" not in text, "never render HTML from a page"


def test_pure_package_imports_without_streamlit():
    """Importing every pure module must not pull Streamlit in (checked in a clean interpreter)."""
    import subprocess
    import sys

    modules = [p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".") for p in PACKAGE.rglob("*.py")
               if p != UI_MODULE and p.name != "__init__.py"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
