"""Issue 33's texts: the preview's period when a period column is mapped."""

CATALOG: dict[str, dict[str, str]] = {
    # the mapping form: what was read in one line, each choice a click away
    "imp.columns_change": {"en": "Change which column is which", "id": "Ubah kolom mana berisi apa"},
    "imp.columns_none": {"en": "No column recognised yet.", "id": "Belum ada kolom yang dikenali."},
    "imp.levels_change": {"en": "Change the levels", "id": "Ubah jenjang"},
    "imp.more_change": {"en": "Country, role, number format", "id": "Negara, peran, format angka"},
    "imp.from_column": {"en": "from the column {column}", "id": "dari kolom {column}"},
    "imp.read_as.period_column": {
        "en": "{period} as the column {column} says ({share} of rows)",
        "id": "{period} menurut kolom {column} ({share} baris)",
    },
    "imp.read_as.period_column_rows": {
        "en": "in the period each row's column {column} gives",
        "id": "dalam periode yang diberikan kolom {column} di tiap baris",
    },
}
