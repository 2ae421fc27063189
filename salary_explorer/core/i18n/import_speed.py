"""Issue 33's texts: the preview's period when a period column is mapped; a file imported as it is dropped."""

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
    # a file imported as it is dropped, when nothing needed asking
    "imp.review_first": {
        "en": "Let me check the choices before importing",
        "id": "Saya periksa pilihannya dulu sebelum impor",
    },
    "imp.review_first_help": {
        "en": "Off: a file whose columns, currency and pay period are clear is imported as soon as it is dropped, "
        "and every choice is listed under its report to change. On: every file opens on the choices first.",
        "id": "Mati: berkas yang kolom, mata uang dan periode gajinya jelas langsung diimpor begitu dijatuhkan, "
        "dan semua pilihan dicantumkan di bawah laporannya untuk diubah. Nyala: setiap berkas dibuka pada pilihannya dulu.",
    },
    "imp.on_drop": {
        "en": "Imported from {file} as soon as it was dropped: its columns, currency and pay period were clear, so "
        "nothing needed asking. Check how it was read below; if a choice is wrong, change it and import again "
        "(the button below): these rows are then replaced.",
        "id": "Diimpor dari {file} begitu dijatuhkan: kolom, mata uang dan periode gajinya jelas, jadi tidak ada "
        "yang perlu ditanyakan. Periksa cara membacanya di bawah; bila ada pilihan yang keliru, ubah lalu impor "
        "ulang (tombol di bawah): baris ini lalu diganti.",
    },
    "imp.on_drop_big": {
        "en": "Imported from {file} as soon as it was dropped: its columns, currency and pay period were clear, so "
        "nothing needed asking. Check how it was read below. The file itself is no longer held (files over {mb} MB "
        "are let go of to save the server's memory): to change a choice, choose it again above, and the form "
        "opens on these choices.",
        "id": "Diimpor dari {file} begitu dijatuhkan: kolom, mata uang dan periode gajinya jelas, jadi tidak ada "
        "yang perlu ditanyakan. Periksa cara membacanya di bawah. Berkasnya sendiri tidak lagi ditahan (berkas di "
        "atas {mb} MB dilepas untuk menghemat memori server): untuk mengubah pilihan, pilih lagi berkas itu di "
        "atas, dan formulirnya terbuka pada pilihan ini.",
    },
    "imp.read_with": {"en": "Read with these choices", "id": "Dibaca dengan pilihan ini"},
    "imp.levels_read": {"en": "Levels:", "id": "Jenjang:"},
}
