"""The split the team agreed on: pure logic package, one Streamlit package (``salary_explorer/ui/``), thin pages."""

import ast

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "salary_explorer"
UI_PACKAGE = PACKAGE / "ui"  # the Streamlit layer: every module in it may import streamlit, nothing else may


def in_ui(path) -> bool:
    return UI_PACKAGE in path.parents


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_only_the_ui_package_imports_streamlit(path):
    if in_ui(path):
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

    modules = [
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for p in PACKAGE.rglob("*.py")
        if not in_ui(p) and p.name != "__init__.py"
    ]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


DOMAINS = sorted(
    p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists() and p.name not in ("core", "ui")
)


def _package_of(module: str, path) -> str | None:
    """The top-level subpackage of salary_explorer a module import points at (relative imports resolved)."""
    return module.split(".")[1] if module.startswith("salary_explorer.") else None


def _imports_with_level(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(ROOT).with_suffix("").parts  # ('salary_explorer', 'bands', 'ladder')
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level])
                yield ".".join(base + ([node.module] if node.module else []))
                if not node.module:
                    yield from (".".join(base + [alias.name]) for alias in node.names)
            elif node.module:
                yield node.module


@pytest.mark.parametrize("domain", ["core", *DOMAINS])
def test_domain_packages_import_only_core(domain):
    """Domains share ``core`` and never import each other; ``core`` imports no domain."""
    allowed = {"core"} if domain == "core" else {"core", domain}
    for path in (PACKAGE / domain).rglob("*.py"):
        for module in _imports_with_level(path):
            target = _package_of(module, path)
            assert target in (None, *allowed), f"{path.relative_to(ROOT)} imports {module}"


def test_the_agreed_domains_exist():
    assert DOMAINS == ["bands", "explorer", "pay", "requirements", "uploads"]


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"], ids=lambda p: p.name)
def test_pages_import_only_ui_and_the_package(path):
    for module in imported_modules(path):
        top = module.split(".")[0]
        assert top in {"streamlit", "salary_explorer", "functools", "__future__"}, f"{path.name} imports {module}"


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"], ids=lambda p: p.name)
def test_pages_never_write_the_link_by_hand(path):
    """The link is written by the URL helpers of the ui package only (``ui/links.py``; a private link's token by
    ``ui/saved_work.py``), so every value in it is validated the same way."""
    assert "st.query_params" not in path.read_text(encoding="utf-8")


def test_pages_folder_mode_is_handled_in_one_place():
    """Only ui.use_the_router (``ui/router.py``) touches Streamlit's pages manager; the tests reuse it instead
    of patching their own."""
    touching = [
        p.relative_to(ROOT).as_posix()
        for p in [*ROOT.rglob("*.py")]
        if "PagesManager" in p.read_text(encoding="utf-8") and p.name != "test_architecture.py"
    ]
    assert touching == ["salary_explorer/ui/router.py"]
