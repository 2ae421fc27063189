"""Texts of the analysts' area: data explorer (``exp.``), CSV import (``imp.``) and import problems."""

CATALOG: dict[str, dict[str, str]] = {
    # ---------- explorer ----------
    "exp.intro": {
        "en": "Every salary row in one table: the bundled figures plus anything you imported in this session. Filter it, then download exactly what you see, with its sources.",
        "id": "Semua baris gaji dalam satu tabel: angka bawaan ditambah data yang Anda impor di sesi ini. Saring, lalu unduh persis yang Anda lihat, lengkap dengan sumbernya.",
    },
    "exp.filters": {"en": "Filters", "id": "Saringan"},
    "exp.filter.xc": {"en": "Country", "id": "Negara"},
    "exp.filter.xp": {"en": "Province or state", "id": "Provinsi atau negara bagian"},
    "exp.no_province": {"en": "not stated", "id": "tidak disebut"},
    "exp.no_regency": {"en": "not stated", "id": "tidak disebut"},
    "exp.filter.xk": {"en": "Regency or city", "id": "Kabupaten atau kota"},
    "exp.col.regency": {"en": "Regency/city", "id": "Kabupaten/kota"},
    "exp.below.title": {"en": "Pay below the local minimum wage", "id": "Gaji di bawah upah minimum setempat"},
    "exp.below.note": {
        "en": "Rows per month in rupiah with a place, each checked by its lowest stated pay (minimum, else typical, "
        "else maximum) against the minimum wage in force where the job is in the row's year: the regency/city "
        "minimum (UMK) where the place names a regency or city that sets one, else the province's UMP. "
        "'Not known': the local UMK is set but its figure is not known, and the pay is at least the UMP.",
        "id": "Baris per bulan dalam rupiah yang punya lokasi, masing-masing dicek dengan gaji terendah yang "
        "disebut (minimum, jika tidak ada tipikal, jika tidak ada maksimum) terhadap upah minimum yang berlaku "
        "di lokasi kerja pada tahun baris itu: UMK bila lokasinya menyebut kabupaten/kota yang menetapkannya, "
        "selain itu UMP provinsi. 'Belum diketahui': UMK setempat ditetapkan tetapi angkanya belum diketahui, "
        "dan gajinya paling sedikit UMP.",
    },
    "exp.below.by_province": {"en": "By province", "id": "Per provinsi"},
    "exp.below.by_regency": {"en": "By regency/city", "id": "Per kabupaten/kota"},
    "exp.below.col.place": {"en": "Place", "id": "Lokasi"},
    "exp.below.col.province": {"en": "Province", "id": "Provinsi"},
    "exp.below.col.rows": {"en": "Rows checked", "id": "Baris dicek"},
    "exp.below.col.below": {"en": "Below the minimum", "id": "Di bawah upah minimum"},
    "exp.below.col.unknown": {"en": "Not known", "id": "Belum diketahui"},
    "exp.below.col.share": {"en": "Share below", "id": "Persen di bawah"},
    "exp.filter.xi": {"en": "Industry", "id": "Industri"},
    "exp.filter.xl": {"en": "Level", "id": "Jenjang"},
    "exp.filter.xy": {"en": "Year", "id": "Tahun"},
    "exp.filter.xs": {"en": "Source", "id": "Sumber"},
    "exp.filter.placeholder": {"en": "All", "id": "Semua"},
    "exp.matches": {"en": "{n} of {total} rows match.", "id": "{n} dari {total} baris cocok."},
    "exp.uploaded": {
        "en": "{n} of them come from your own uploads (marked “your upload”).",
        "id": "{n} di antaranya berasal dari unggahan Anda sendiri (ditandai “unggahan Anda”).",
    },
    "exp.no_match": {
        "en": "No row matches these filters. Remove a filter to see more.",
        "id": "Tidak ada baris yang cocok. Hapus salah satu saringan untuk melihat lebih banyak.",
    },
    "exp.showing_first": {
        "en": "The table shows the first {n} rows; the downloads hold all {total}.",
        "id": "Tabel menampilkan {n} baris pertama; unduhan berisi semua {total} baris.",
    },
    "exp.money_note": {
        "en": "Pay is shown as written by each source, in its own currency and period (not converted), so figures of different years and currencies sit side by side with their year and source.",
        "id": "Gaji ditampilkan sesuai sumbernya, dalam mata uang dan periodenya sendiri (tanpa konversi), sehingga angka dari tahun dan mata uang berbeda tampil berdampingan beserta tahun dan sumbernya.",
    },
    "exp.too_big_for_excel": {
        "en": "Too many rows for Excel (at most {n} per sheet): filter first, or download the CSV.",
        "id": "Terlalu banyak baris untuk Excel (maksimal {n} per lembar): saring dulu, atau unduh CSV.",
    },
    "exp.download_note": {
        "en": "Downloads keep every provenance column (source, year, note, derivation) and plain numbers; text that a spreadsheet could run as a formula is prefixed with an apostrophe.",
        "id": "Unduhan menyertakan semua kolom asal-usul (sumber, tahun, catatan, derivasi) dan angka polos; teks yang bisa dijalankan spreadsheet sebagai rumus diberi awalan apostrof.",
    },
    "exp.add_own": {"en": "Add your own salary file", "id": "Tambahkan berkas gaji Anda sendiri"},
    "exp.col.source_title": {"en": "Source", "id": "Sumber"},
    "exp.col.source_kind": {"en": "Kind of figure", "id": "Jenis angka"},
    "exp.col.year": {"en": "Year", "id": "Tahun"},
    "exp.col.country": {"en": "Country", "id": "Negara"},
    "exp.col.industry": {"en": "Industry", "id": "Industri"},
    "exp.col.level": {"en": "Level", "id": "Jenjang"},
    "exp.col.role": {"en": "Role", "id": "Peran"},
    "exp.col.pay_min": {"en": "Minimum", "id": "Minimum"},
    "exp.col.pay_typical": {"en": "Typical", "id": "Umum"},
    "exp.col.pay_max": {"en": "Maximum", "id": "Maksimum"},
    "exp.col.pay_period": {"en": "Period", "id": "Periode"},
    "exp.col.currency": {"en": "Currency", "id": "Mata uang"},
    "exp.col.gross_net": {"en": "Gross/net", "id": "Kotor/bersih"},
    "exp.col.figure_note": {"en": "Note", "id": "Catatan"},
    "exp.col.derivation": {"en": "How it was derived", "id": "Cara diturunkan"},
    "exp.col.record_id": {"en": "Row id", "id": "Id baris"},
    # ---------- import ----------
    "imp.intro": {
        "en": "Bring a salary CSV from anywhere: we detect its encoding, separator and number format (Rp 5.000.000, 4,5 juta, $12.83, 85,000), guess which column is which, and tell you row by row what could not be used.",
        "id": "Bawa CSV gaji dari mana saja: kami mengenali encoding, pemisah kolom dan format angkanya (Rp 5.000.000, 4,5 juta, $12.83, 85,000), menebak kolom mana berisi apa, dan memberi tahu baris demi baris apa yang tidak bisa dipakai.",
    },
    "imp.limits": {
        "en": "Files up to {mb} MB (the server.maxUploadSize setting). Streamlit's XSRF protection stays on. Your file stays in this browser session only: it is not saved on the server or shown to anyone else.",
        "id": "Berkas hingga {mb} MB (pengaturan server.maxUploadSize). Perlindungan XSRF Streamlit tetap aktif. Berkas Anda hanya ada di sesi browser ini: tidak disimpan di server dan tidak terlihat oleh orang lain.",
    },
    "imp.uploader": {"en": "Salary file (CSV, TXT or TSV)", "id": "Berkas gaji (CSV, TXT atau TSV)"},
    "imp.detected": {
        "en": "Read as {encoding}, columns separated by {delimiter}; {columns} columns.",
        "id": "Dibaca sebagai {encoding}, kolom dipisah dengan {delimiter}; {columns} kolom.",
    },
    "imp.delim.comma": {"en": "commas", "id": "koma"},
    "imp.delim.semicolon": {"en": "semicolons", "id": "titik koma"},
    "imp.delim.tab": {"en": "tabs", "id": "tab"},
    "imp.delim.pipe": {"en": "vertical bars", "id": "garis tegak"},
    "imp.preview": {"en": "First rows of your file, as text", "id": "Baris pertama berkas Anda, sebagai teks"},
    "imp.mapping": {"en": "Which column holds what?", "id": "Kolom mana berisi apa?"},
    "imp.mapping_help": {
        "en": "We guessed from the column names; correct anything that is wrong. Map either one pay column or minimum/maximum columns (or all three).",
        "id": "Kami menebak dari nama kolom; perbaiki yang keliru. Petakan satu kolom gaji, atau kolom minimum/maksimum (atau ketiganya).",
    },
    "imp.not_in_file": {"en": "— not in my file —", "id": "— tidak ada di berkas saya —"},
    "imp.field.pay_typical": {"en": "Pay (one figure per row)", "id": "Gaji (satu angka per baris)"},
    "imp.field.pay_min": {"en": "Pay, minimum", "id": "Gaji minimum"},
    "imp.field.pay_max": {"en": "Pay, maximum", "id": "Gaji maksimum"},
    "imp.field.currency": {"en": "Currency", "id": "Mata uang"},
    "imp.field.pay_period": {"en": "Pay period", "id": "Periode gaji"},
    "imp.field.year": {"en": "Year", "id": "Tahun"},
    "imp.field.level": {"en": "Level", "id": "Jenjang"},
    "imp.field.role": {"en": "Role / job title", "id": "Peran / jabatan"},
    "imp.field.country": {"en": "Country", "id": "Negara"},
    "imp.field.industry": {"en": "Industry", "id": "Industri"},
    "imp.field.gross_net": {"en": "Gross or net", "id": "Kotor atau bersih"},
    "imp.field.record_id": {"en": "Row id", "id": "Id baris"},
    "imp.whole_file": {"en": "For the whole file", "id": "Untuk seluruh berkas"},
    "imp.whole_file_help": {
        "en": "Used where no column is mapped above.",
        "id": "Dipakai bila tidak ada kolom yang dipetakan di atas.",
    },
    "imp.fixed.currency": {"en": "Currency of every row", "id": "Mata uang semua baris"},
    "imp.fixed.pay_period": {"en": "Pay period of every row", "id": "Periode gaji semua baris"},
    "imp.fixed.country": {"en": "Country of every row", "id": "Negara semua baris"},
    "imp.fixed.role": {"en": "Role of every row", "id": "Peran semua baris"},
    "imp.decimal": {"en": "Numbers in this file", "id": "Angka di berkas ini"},
    "imp.decimal.auto": {
        "en": "Detect (5.000.000 and 85,000 are thousands)",
        "id": "Deteksi otomatis (5.000.000 dan 85,000 berarti ribuan)",
    },
    "imp.decimal.comma": {"en": "Indonesian: 5.000,50", "id": "Format Indonesia: 5.000,50"},
    "imp.decimal.point": {"en": "US: 5,000.50", "id": "Format AS: 5,000.50"},
    "imp.levels": {"en": "Level values in your file", "id": "Nilai jenjang di berkas Anda"},
    "imp.levels_help": {
        "en": "Each value in your level column becomes one of our levels. Codes of the widely shared data-science salary table: EN (entry) → Junior staff, MI (mid) → Senior staff, SE (senior) → Specialist, EX (executive) → Manager.",
        "id": "Setiap nilai di kolom jenjang Anda menjadi salah satu jenjang kami. Kode tabel gaji data-science yang banyak beredar: EN (entry) → Staf junior, MI (mid) → Staf senior, SE (senior) → Spesialis, EX (eksekutif) → Manajer.",
    },
    "imp.run": {"en": "Import these rows", "id": "Impor baris-baris ini"},
    "imp.reading": {"en": "Reading {file}…", "id": "Membaca {file}…"},
    "imp.result": {
        "en": "{file}: {read} rows read, {accepted} accepted, {rejected} rejected.",
        "id": "{file}: {read} baris dibaca, {accepted} diterima, {rejected} ditolak.",
    },
    "imp.joined": {
        "en": "The accepted rows now appear in the data explorer, the pay pages and the offer check for this session only, marked “your upload”.",
        "id": "Baris yang diterima kini muncul di penjelajah data, halaman gaji dan cek tawaran untuk sesi ini saja, ditandai “unggahan Anda”.",
    },
    "imp.nothing_accepted": {
        "en": "No row could be used, so nothing was added.",
        "id": "Tidak ada baris yang bisa dipakai, jadi tidak ada yang ditambahkan.",
    },
    "imp.rejected": {"en": "Rejected rows", "id": "Baris yang ditolak"},
    "imp.rejected_more": {
        "en": "Showing the first {n} of {total} rejected rows.",
        "id": "Menampilkan {n} pertama dari {total} baris yang ditolak.",
    },
    "imp.col.row": {"en": "Row", "id": "Baris"},
    "imp.col.column": {"en": "Column", "id": "Kolom"},
    "imp.col.value": {"en": "Value", "id": "Nilai"},
    "imp.col.reason": {"en": "Reason", "id": "Alasan"},
    "imp.unknown_levels": {
        "en": "Level values we did not recognise were counted as “Any level”: {values}.",
        "id": "Nilai jenjang yang tidak kami kenali dihitung sebagai “Semua jenjang”: {values}.",
    },
    "imp.other_currencies": {
        "en": "Rows in {currencies} are kept, but there is no exchange rate for them here, so the pay pages show them unconverted.",
        "id": "Baris dalam {currencies} tetap disimpan, tetapi tidak ada kurs untuknya di sini, jadi halaman gaji menampilkannya tanpa konversi.",
    },
    "imp.file_error": {
        "en": "This file cannot be imported. {message}",
        "id": "Berkas ini tidak dapat diimpor. {message}",
    },
    "imp.kept": {"en": "Your earlier uploads are kept.", "id": "Unggahan Anda sebelumnya tetap tersimpan."},
    "imp.yours": {"en": "Your uploads in this session", "id": "Unggahan Anda di sesi ini"},
    "imp.none_yet": {"en": "No uploads yet.", "id": "Belum ada unggahan."},
    "imp.upload_rows": {"en": "{file}: {n} rows", "id": "{file}: {n} baris"},
    "imp.remove": {"en": "Remove", "id": "Hapus"},
    "imp.open_explorer": {"en": "See your rows in the data explorer", "id": "Lihat baris Anda di penjelajah data"},
    # ---------- problems added by the import (problem.<code>) ----------
    "problem.empty_file": {"en": "the file is empty", "id": "berkas kosong"},
    "problem.binary_file": {
        "en": "this is not a text file (it looks like a spreadsheet, image or other binary file); save it as CSV first",
        "id": "ini bukan berkas teks (tampaknya spreadsheet, gambar atau berkas biner lain); simpan dulu sebagai CSV",
    },
    "problem.bad_encoding": {
        "en": "the text could not be read as UTF-8, UTF-16 or Latin-1 (it came out garbled as {encoding}); save it as UTF-8 CSV",
        "id": "teks tidak dapat dibaca sebagai UTF-8, UTF-16 atau Latin-1 (hasilnya kacau sebagai {encoding}); simpan sebagai CSV UTF-8",
    },
    "problem.too_large": {
        "en": "the file is {size} MB, above the {limit} MB limit",
        "id": "ukuran berkas {size} MB, melebihi batas {limit} MB",
    },
    "problem.not_csv": {
        "en": "no columns found: the file is not a table separated by commas, semicolons or tabs",
        "id": "tidak ada kolom yang ditemukan: berkas ini bukan tabel yang dipisah koma, titik koma atau tab",
    },
    "problem.ragged_row": {
        "en": "this row has {found} fields but the header has {expected}",
        "id": "baris ini punya {found} isian sedangkan judul kolom punya {expected}",
    },
    "problem.no_rows": {
        "en": "the file has a header but no data rows",
        "id": "berkas punya judul kolom tetapi tidak ada baris data",
    },
    "problem.bad_header": {
        "en": "the header row has empty or repeated column names",
        "id": "baris judul punya nama kolom yang kosong atau berulang",
    },
    "problem.no_pay_column": {
        "en": "no pay column is chosen: map a pay column, or minimum and maximum columns",
        "id": "belum ada kolom gaji yang dipilih: petakan kolom gaji, atau kolom minimum dan maksimum",
    },
}
