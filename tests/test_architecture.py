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
    assert DOMAINS == ["bands", "explorer", "geo", "pay", "requirements", "structure", "uploads"]


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


UI_MAX_LINES = 400


def test_the_streamlit_layer_is_a_package_of_short_modules():
    """``ui.py`` became the package ``ui/``: each module short enough to read whole, and saying why it exists."""
    assert not (PACKAGE / "ui.py").exists()
    modules = sorted(UI_PACKAGE.glob("*.py"))
    assert len(modules) > 1
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= UI_MAX_LINES, f"{path.name} is over {UI_MAX_LINES} lines: split it"
        assert ast.get_docstring(ast.parse(text)), f"{path.name} has no docstring saying why it exists"


def test_ui_modules_import_each_other_never_the_package():
    """A ui module takes a helper from the module that defines it; going through ``ui/__init__.py`` makes cycles."""
    for path in UI_PACKAGE.glob("*.py"):
        if path.name == "__init__.py":
            continue
        assert "salary_explorer.ui" not in set(_imports_with_level(path)), f"{path.name} imports the ui package"


def _ui_names_used_outside():
    """Every ``ui.<name>`` and ``from salary_explorer.ui import <name>`` in the pages, app.py, tests and benches."""
    files = [
        *(ROOT / "pages").glob("*.py"),
        ROOT / "app.py",
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "bench").glob("*.py"),
    ]
    names = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ui":
                names.add(node.attr)
            elif isinstance(node, ast.ImportFrom) and node.module == "salary_explorer.ui":
                names |= {alias.name for alias in node.names}
    return sorted(names)


def test_every_ui_name_the_pages_tests_and_benches_use_is_there():
    import types

    from salary_explorer import ui

    used = _ui_names_used_outside()
    assert "url_selectbox" in used and "_source_names" in used  # the scan sees both kinds of use
    missing = [n for n in used if not hasattr(ui, n) or isinstance(getattr(ui, n), types.ModuleType)]
    assert not missing, f"salary_explorer/ui/__init__.py does not re-export {missing}"


def test_no_ui_module_is_named_like_a_helper_the_package_exports():
    """Importing ``ui/x.py`` sets ``ui.x`` to the module: a helper re-exported as ``x`` would be shadowed."""
    import types

    from salary_explorer import ui

    exported = {n for n, v in vars(ui).items() if not isinstance(v, types.ModuleType)}
    assert not exported & {p.stem for p in UI_PACKAGE.glob("*.py")}
