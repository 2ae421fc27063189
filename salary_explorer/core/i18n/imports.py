"""Texts of issue 15's import additions: why a period or currency was guessed, the preview, places and no-figure rows."""

CATALOG: dict[str, dict[str, str]] = {
    "exp.col.province": {"en": "Province / state", "id": "Provinsi / negara bagian"},
    "imp.field.province": {
        "en": "Place (province, city, district or US state)",
        "id": "Tempat (provinsi, kota, kecamatan atau negara bagian AS)",
    },
    "imp.field.date": {"en": "Date (gives the year)", "id": "Tanggal (memberi tahun)"},
    # ---------- why a currency was guessed (guess.<code>) ----------
    "guess.currency_column": {
        "en": "the currency column says {currency} for most rows; the sizes of the figures are judged among those rows",
        "id": "kolom mata uang menyebut {currency} untuk sebagian besar baris; besarnya angka dinilai di antara baris-baris itu",
    },
    "guess.currency_header": {
        "en": "the column “{header}” names the currency: {currency}",
        "id": "kolom “{header}” menyebut mata uangnya: {currency}",
    },
    "guess.currency_cells": {
        "en": "most figures are written with the {currency} mark (Rp, jt, $ ...)",
        "id": "sebagian besar angka ditulis dengan tanda {currency} (Rp, jt, $ ...)",
    },
    "guess.currency_language": {
        "en": "no column or mark names a currency; the headers' language and the size of the figures point to {currency}",
        "id": "tidak ada kolom atau tanda yang menyebut mata uang; bahasa judul kolom dan besarnya angka menunjuk ke {currency}",
    },
    "guess.currency_size": {
        "en": "no column or mark names a currency, and the figures (median {median}) are far too large for US dollar pay: {currency}",
        "id": "tidak ada kolom atau tanda yang menyebut mata uang, dan angkanya (median {median}) terlalu besar untuk gaji dolar AS: {currency}",
    },
    "guess.currency_unknown": {
        "en": "nothing in the file says which currency the figures are in: please choose",
        "id": "tidak ada yang menyebut mata uang angka-angka ini di berkas: silakan pilih",
    },
    # ---------- why a pay period was guessed ----------
    "guess.header": {
        "en": "the column “{header}” says it: read as {period}",
        "id": "kolom “{header}” menyebutnya: dibaca {period}",
    },
    "guess.header_over_figures": {
        "en": "the column “{header}” says {period}, although most figures look {other}: read as {period} (the header wins; check the preview)",
        "id": "kolom “{header}” menyebut {period}, walau sebagian besar angka tampak {other}: dibaca {period} (judul kolom yang menang; periksa pratinjau)",
    },
    "guess.cells": {
        "en": "most cells write the period after the figure: read as {period}",
        "id": "sebagian besar sel menulis periodenya setelah angka: dibaca {period}",
    },
    "guess.figures": {
        "en": "most figures ({share}) are between {low} and {high}, the usual size of pay {period}: read as {period}",
        "id": "sebagian besar angka ({share}) antara {low} dan {high}, besaran gaji {period} yang lazim: dibaca {period}",
    },
    "guess.mixed": {
        "en": "the figures are mixed: {share} look like pay {period} ({band}) and {other_share} like pay {other} ({other_band}): please choose",
        "id": "angkanya bercampur: {share} tampak seperti gaji {period} ({band}) dan {other_share} seperti gaji {other} ({other_band}): silakan pilih",
    },
    "guess.weak": {
        "en": "only {share} of the figures look like pay {period} ({band}), too few to be sure: please choose",
        "id": "hanya {share} angka yang tampak seperti gaji {period} ({band}), terlalu sedikit untuk yakin: silakan pilih",
    },
    "guess.too_few": {
        "en": "only {n} figures could be read, too few to tell the period: please choose",
        "id": "hanya {n} angka yang terbaca, terlalu sedikit untuk menentukan periode: silakan pilih",
    },
    "guess.no_currency": {
        "en": "without knowing the currency, the size of the figures says nothing about the period: please choose",
        "id": "tanpa mata uang, besarnya angka tidak menunjukkan periode: silakan pilih",
    },
    "guess.no_bands": {
        "en": "the usual sizes of pay in {currency} are not known here: please choose the period",
        "id": "besaran gaji yang lazim dalam {currency} tidak diketahui di sini: silakan pilih periodenya",
    },
    "imp.guess.currency": {"en": "Currency: {reason}.", "id": "Mata uang: {reason}."},
    "imp.guess.period": {"en": "Pay period: {reason}.", "id": "Periode gaji: {reason}."},
    "imp.choose": {"en": "Choose…", "id": "Pilih…"},
    "imp.must_choose": {
        "en": "Choose the pay period (and currency) of your figures before importing: the file does not make it clear.",
        "id": "Pilih periode gaji (dan mata uang) angka Anda sebelum mengimpor: berkasnya tidak cukup jelas.",
    },
    # ---------- preview before importing ----------
    "imp.read_as": {"en": "What the app will read", "id": "Yang akan dibaca aplikasi"},
    "imp.read_as_help": {
        "en": "The first rows as they will be imported, and the whole pay column in the chosen period. Change a choice above and this updates.",
        "id": "Baris pertama sebagaimana akan diimpor, dan seluruh kolom gaji dalam periode yang dipilih. Ubah pilihan di atas dan ini ikut berubah.",
    },
    "imp.read_as.row": {"en": "Row", "id": "Baris"},
    "imp.read_as.in_file": {"en": "In your file", "id": "Di berkas Anda"},
    "imp.read_as.read_as": {"en": "Read as", "id": "Dibaca sebagai"},
    "imp.read_as.summary": {
        "en": "Whole pay column ({n} figures{scope}), {period}: median {median}, from {low} to {high}.",
        "id": "Seluruh kolom gaji ({n} angka{scope}), {period}: median {median}, dari {low} sampai {high}.",
    },
    "imp.read_as.scope": {"en": " in {currency}", "id": " dalam {currency}"},
    "imp.read_as.none": {
        "en": "No pay figure in the first rows could be read with these choices.",
        "id": "Tidak ada angka gaji di baris pertama yang terbaca dengan pilihan ini.",
    },
    "imp.read_as.no_period": {"en": "period not chosen yet", "id": "periode belum dipilih"},
    # ---------- report ----------
    "imp.no_figure": {"en": "{n} rows have no pay figure: {words}", "id": "{n} baris tanpa angka gaji: {words}"},
    "imp.places_done": {
        "en": "{n} rows were placed in a province or US state from the column “{column}”.",
        "id": "{n} baris ditempatkan di provinsi atau negara bagian AS dari kolom “{column}”.",
    },
    "imp.places_unknown": {
        "en": "{n} rows name a place that is not in the region table, left without a province: {values}",
        "id": "{n} baris menyebut tempat yang tidak ada di tabel wilayah, dibiarkan tanpa provinsi: {values}",
    },
    "imp.places_ambiguous": {
        "en": "{n} rows name a place found in more than one province, left without a province: {values}",
        "id": "{n} baris menyebut tempat yang ada di lebih dari satu provinsi, dibiarkan tanpa provinsi: {values}",
    },
    "imp.dates_unreadable": {
        "en": "{n} rows have no readable four-digit year in the column “{column}”, left without a year.",
        "id": "{n} baris tidak punya tahun empat angka yang terbaca di kolom “{column}”, dibiarkan tanpa tahun.",
    },
    "imp.released": {
        "en": "Imported from {file}: its rows are kept for this session. To change the choices for this file "
        "and import it again, use the button below; to import another file, choose it above.",
        "id": "Diimpor dari {file}: barisnya tetap ada untuk sesi ini. Untuk mengubah pilihan berkas ini "
        "dan mengimpornya lagi, pakai tombol di bawah; untuk mengimpor berkas lain, pilih di atas.",
    },
    "imp.released_big": {
        "en": "Imported from {file}: its rows are kept for this session, the file itself is no longer held "
        "(files over {mb} MB are let go of to save the server's memory). To import it again with other "
        "choices, choose it again above.",
        "id": "Diimpor dari {file}: barisnya tetap ada untuk sesi ini, berkasnya sendiri tidak lagi ditahan "
        "(berkas di atas {mb} MB dilepas untuk menghemat memori server). Untuk mengimpornya lagi dengan "
        "pilihan lain, pilih lagi berkas itu di atas.",
    },
    # ---------- change the choices and import again (the file just imported, kept) ----------
    "imp.again": {"en": "Change the mapping and import again", "id": "Ubah pemetaan dan impor ulang"},
    "imp.again_file": {
        "en": "Importing {file} again, with the choices used last time. Change what was wrong and import: "
        "the rows imported from it before are replaced.",
        "id": "Mengimpor ulang {file}, dengan pilihan yang dipakai sebelumnya. Ubah yang keliru lalu impor: "
        "baris yang sebelumnya diimpor dari berkas itu diganti.",
    },
    "imp.again_cancel": {"en": "Keep the import as it was", "id": "Biarkan impor seperti semula"},
    "imp.same_file": {
        "en": "You imported {file} earlier in this session: the form starts from the choices you made then. "
        "Importing it again replaces the rows it gave.",
        "id": "Anda sudah mengimpor {file} di sesi ini: formulir diisi dengan pilihan Anda waktu itu. "
        "Mengimpornya lagi mengganti baris yang dihasilkannya.",
    },
    "imp.same_bytes": {
        "en": "You imported a file with the same content as {file} earlier in this session, under another name: "
        "the form starts from the choices you made then. Its rows are kept beside those of the earlier import.",
        "id": "Anda sudah mengimpor berkas dengan isi yang sama dengan {file} di sesi ini, dengan nama lain: "
        "formulir diisi dengan pilihan Anda waktu itu. Barisnya disimpan di samping baris impor sebelumnya.",
    },
}
