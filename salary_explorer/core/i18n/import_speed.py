"""Issue 33's texts: the preview's period when a period column is mapped."""

CATALOG: dict[str, dict[str, str]] = {
    "imp.read_as.period_column": {
        "en": "{period} as the column {column} says ({share} of rows)",
        "id": "{period} menurut kolom {column} ({share} baris)",
    },
    "imp.read_as.period_column_rows": {
        "en": "in the period each row's column {column} gives",
        "id": "dalam periode yang diberikan kolom {column} di tiap baris",
    },
}
