"""The Streamlit layer: the only package in ``salary_explorer`` that imports Streamlit.

Pages call ``ui.<helper>`` and the pure modules; they never compute anything themselves. The helpers
live in the modules of this package by what they are for (each says why it exists); this file only
re-exports them, so ``from salary_explorer import ui`` then ``ui.<name>`` reaches every one. A module
here takes another's helper from that module, never from this file; a leading underscore marks a
helper meant for the other modules here (and the tests), not for the pages.

Importing the package installs Streamlit's router fix first (``router.use_the_router``), as the app
and ``tests/conftest.py`` rely on.
"""

from .router import use_the_router  # noqa: F401  (re-exported, installed on import)

# isort: split

from .access import (  # noqa: F401  (re-exported: ui.<name>)
    access_config,
    account_bar,
    page_links,
    refused_page,
    run_page,
    start_access,
    visible_pages,
    who,
)
from .audit import audit_trail, person_requests  # noqa: F401  (re-exported: ui.<name>)
from .band_sets import (  # noqa: F401  (re-exported: ui.<name>)
    BSET_KEY,
    BSET_PANEL_KEY,
    band_set_section,
    band_sets_panel,
    open_band_set_from_link,
)
from .import_again import (  # noqa: F401  (re-exported: ui.<name>)
    AGAIN_KEY,
    KEEP_MAX_BYTES,
    KEPT_FILE_KEY,
    FileToImport,
    KeptFile,
    file_to_import,
    finish_import,
    forget_import,
    import_again_notice,
    import_done_report,
    kept_file,
)
from .import_mapping import (  # noqa: F401  (re-exported: ui.<name>)
    UPLOAD_PREVIEWS_KEY,
    UPLOAD_STATS_KEY,
    UPLOAD_TABLE_KEY,
    forget_upload_table,
    upload_guess,
    upload_mapping_form,
    upload_preview,
    upload_read_as,
    upload_table,
)
from .imports import (  # noqa: F401  (re-exported: ui.<name>)
    DSET_KEY,
    IMPORT_CACHE_KEY,
    LAST_IMPORT_KEY,
    UPLOADER_ROUND_KEY,
    ImportDone,
    import_report,
    import_upload,
    inspect_upload,
    last_import,
    save_import_section,
    saved_import_from_link,
    saved_import_panel,
    upload_file_error,
    uploader_key,
)
from .ladder_editor import (  # noqa: F401  (re-exported: ui.<name>)
    band_editor,
    band_quick_form,
)
from .language import (  # noqa: F401  (re-exported: ui.<name>)
    label_func,
    lang,
    tr,
)
from .links import (  # noqa: F401  (re-exported: ui.<name>)
    NOTICES_KEY,
    URL_WRITES_KEY,
    lazy_expander,
    reset_when,
    summary_expander,
    url_checkbox,
    url_date,
    url_multiselect,
    url_number,
    url_pills,
    url_radio,
    url_selectbox,
    url_tabs,
    url_text,
)
from .loaders import (  # noqa: F401  (re-exported: ui.<name>)
    bps_net_wages,
    bps_occupation_wages,
    bps_sector_wages,
    bundled_data_or_stop,
    bundled_salaries,
    certifications,
    data_as_of,
    exchange_rates,
    minimum_wages,
    oews,
    official,
    requirements,
    role_templates,
    takehome,
    today,
)
from .on_drop import import_on_drop  # noqa: F401  (re-exported: ui.<name>)
from .run import (  # noqa: F401  (re-exported: ui.<name>)
    finish_run,
    settle_heap,
    show_url_notices,
    start_run,
)
from .saved_work import (  # noqa: F401  (re-exported: ui.<name>)
    LINK_KEYS,
    LINK_PAGES,
    RECENT_KEY,
    RECENT_MAX,
    forget_item,
    item_link,
    link_token,
    max_saved_mb,
    recent_items,
    remember,
    set_link,
    show_link,
    store,
    store_settings,
    stored,
)
from .session_rows import (  # noqa: F401  (re-exported: ui.<name>)
    SESSION_VIEWS_KEY,
    UPLOAD_SUMMARIES_KEY,
    UPLOADS_KEY,
    add_upload,
    remove_upload,
    salary_ranges,
    salary_rows,
    session_view,
    uploads,
)
from .settings import (  # noqa: F401  (re-exported: ui.<name>)
    CONVERSION_DEFAULTS,
    CONVERSION_KEPT_KEY,
    DEFAULT_CURRENCY,
    DISPLAY_CURRENCIES,
    default_period,
    display,
    display_rate,
    render_settings,
)
from .takehome_choices import (  # noqa: F401  (re-exported: ui.<name>)
    takehome_options,
)
from .team_check import (  # noqa: F401  (re-exported: ui.<name>)
    ROSTER_CACHE_KEY,
    SAVED_ROSTER_KEY,
    band_set_from_file,
    band_set_token,
    inspect_roster_upload,
    place_picks,
    read_roster_upload,
    roster_from_upload,
    roster_mapping_form,
    save_roster_section,
    saved_band_set,
    saved_roster_from_link,
    session_bands,
)
from .uploaded_files import (  # noqa: F401  (re-exported: ui.<name>)
    file_digest,
    max_upload_mb,
    share_uploaded_bytes,
    upload_digest,
)
from .views import (  # noqa: F401  (re-exported: ui.<name>)
    _token,
    chart,
    dataframe,
    table,
    view,
)
from .wage_structure import (  # noqa: F401  (re-exported: ui.<name>)
    kept_structure,
    open_structure_from_link,
    saved_structure,
    show_findings,
    structure_downloads,
    structure_jobs_table,
    structure_methods,
    structure_notices,
    structure_roster_table,
    structure_sets_panel,
    structure_sets_section,
    team_structure_section,
)
from .widgets import (  # noqa: F401  (re-exported: ui.<name>)
    XLSX_MIME,
    _source_names,
    bullets,
    card_text,
    column_pickers,
    download_buttons,
    grid_cells,
    money_format,
    number_table,
    show_messages,
    show_problems,
    sources_caption,
)
