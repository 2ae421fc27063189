"""Texts of saved work: band sets (``bset.``), saved imports (``dset.``) and the store (``storage.``)."""

CATALOG: dict[str, dict[str, str]] = {
    # the store
    "storage.not_found": {
        "en": "Not found: this link is wrong, was altered, or the item was deleted. Nothing else changed.",
        "id": "Tidak ditemukan: tautan ini salah, telah diubah, atau itemnya sudah dihapus. Tidak ada hal lain yang berubah.",
    },
    "storage.conflict": {
        "en": "The set changed: someone saved version {current} after you opened version {base}. Nothing was overwritten and your edits are still here: save them as a new set, or reopen the newest version.",
        "id": "Set ini sudah berubah: seseorang menyimpan versi {current} setelah Anda membuka versi {base}. Tidak ada yang tertimpa dan perubahan Anda masih ada di sini: simpan sebagai set baru, atau buka versi terbaru.",
    },
    "storage.too_large": {
        "en": "Too large to save: {size} MB, and a saved item may hold at most {limit} MB. Nothing was saved; the data on this page is unchanged.",
        "id": "Terlalu besar untuk disimpan: {size} MB, sedangkan satu item tersimpan paling banyak {limit} MB. Tidak ada yang disimpan; data di halaman ini tidak berubah.",
    },
    "storage.failed": {
        "en": "The database did not answer, so nothing was saved or opened. What you see is unchanged; try again in a moment.",
        "id": "Basis data tidak menjawab, jadi tidak ada yang disimpan atau dibuka. Yang Anda lihat tidak berubah; coba lagi sebentar lagi.",
    },
    "storage.link": {"en": "Private link", "id": "Tautan pribadi"},
    "storage.link_help": {
        "en": "Anyone with this link can open, change and delete the item; nobody can find it without the link. Keep it like a password.",
        "id": "Siapa pun yang memiliki tautan ini dapat membuka, mengubah, dan menghapus item ini; tanpa tautan tidak ada yang bisa menemukannya. Simpan seperti kata sandi.",
    },
    "storage.recent": {
        "en": "Opened or saved in this browser tab",
        "id": "Dibuka atau disimpan di tab peramban ini",
    },
    "storage.recent_help": {
        "en": "Kept for this browser tab's session only; copy a link to keep it longer.",
        "id": "Hanya disimpan selama sesi tab peramban ini; salin tautannya agar tersimpan lebih lama.",
    },
    "storage.where": {
        "en": "Saved in: {backend}.",
        "id": "Disimpan di: {backend}.",
    },
    # band sets
    "bset.title": {"en": "Save and open band sets", "id": "Simpan dan buka set rentang"},
    "bset.intro": {
        "en": "Save this page (market, industry, province, method, ladder and notes) as a band set. Every save is a new version; a private link reopens it in any later session.",
        "id": "Simpan halaman ini (pasar, industri, provinsi, metode, tangga rentang, dan catatan) sebagai set rentang. Setiap penyimpanan menjadi versi baru; tautan pribadi membukanya lagi di sesi mana pun nanti.",
    },
    "bset.name": {"en": "Name of the set", "id": "Nama set"},
    "bset.default_name": {"en": "Salary bands", "id": "Rentang gaji"},
    "bset.notes": {"en": "Notes", "id": "Catatan"},
    "bset.save": {"en": "Save", "id": "Simpan"},
    "bset.save_version": {"en": "Save as version {version}", "id": "Simpan sebagai versi {version}"},
    "bset.save_new": {"en": "Save as a new set", "id": "Simpan sebagai set baru"},
    "bset.saved": {
        "en": "Saved “{name}”, version {version}.",
        "id": "“{name}” disimpan, versi {version}.",
    },
    "bset.opened": {
        "en": "Opened band set “{name}”, version {version} of {current} (saved {when} UTC).",
        "id": "Set rentang “{name}” dibuka, versi {version} dari {current} (disimpan {when} UTC).",
    },
    "bset.current": {
        "en": "Working on “{name}”, based on version {version}.",
        "id": "Sedang mengerjakan “{name}”, berdasarkan versi {version}.",
    },
    "bset.rename": {"en": "Rename", "id": "Ganti nama"},
    "bset.renamed": {"en": "Renamed to “{name}”.", "id": "Nama diganti menjadi “{name}”."},
    "bset.duplicate": {"en": "Duplicate", "id": "Duplikat"},
    "bset.duplicated": {
        "en": "Duplicated as “{name}” with its own link.",
        "id": "Diduplikat sebagai “{name}” dengan tautannya sendiri.",
    },
    "bset.copy_of": {"en": "Copy of {name}", "id": "Salinan {name}"},
    "bset.delete": {"en": "Delete", "id": "Hapus"},
    "bset.delete_confirm": {
        "en": "Yes, delete this set and all its versions",
        "id": "Ya, hapus set ini dan semua versinya",
    },
    "bset.deleted": {
        "en": "Deleted. The link no longer opens anything; the ladder stays on this page until you leave.",
        "id": "Dihapus. Tautannya tidak lagi membuka apa pun; tangga rentang tetap di halaman ini sampai Anda pergi.",
    },
    "bset.new": {"en": "Start a new set", "id": "Mulai set baru"},
    "bset.versions": {"en": "Versions", "id": "Versi"},
    "bset.version_label": {"en": "Version {version} – {when} – {name}", "id": "Versi {version} – {when} – {name}"},
    "bset.compare.title": {"en": "Compare two versions", "id": "Bandingkan dua versi"},
    "bset.compare.left": {"en": "Version A", "id": "Versi A"},
    "bset.compare.right": {"en": "Version B", "id": "Versi B"},
    "bset.compare.heading": {"en": "Version {version}", "id": "Versi {version}"},
    "bset.compare.changes": {"en": "What changed from A to B", "id": "Yang berubah dari A ke B"},
    "bset.compare.same": {"en": "No differences.", "id": "Tidak ada perbedaan."},
    "bset.compare.need_two": {
        "en": "Save a second version to compare versions.",
        "id": "Simpan versi kedua untuk membandingkan versi.",
    },
    "bset.where.settings": {"en": "Set", "id": "Set"},
    "bset.col.where": {"en": "Where", "id": "Di mana"},
    "bset.col.what": {"en": "What", "id": "Apa"},
    "bset.col.before": {"en": "Version {version}", "id": "Versi {version}"},
    "bset.col.after": {"en": "Version {version} ", "id": "Versi {version} "},
    "bset.level.present": {"en": "present", "id": "ada"},
    "bset.level.absent": {"en": "absent", "id": "tidak ada"},
    "bset.field.name": {"en": "Name", "id": "Nama"},
    "bset.field.market": {"en": "Market", "id": "Pasar"},
    "bset.field.industry": {"en": "Industry", "id": "Industri"},
    "bset.field.province": {"en": "Minimum wage of", "id": "Upah minimum di"},
    "bset.field.method": {"en": "Method", "id": "Metode"},
    "bset.field.overlap_pct": {"en": "Overlap limit", "id": "Batas tumpang tindih"},
    "bset.field.notes": {"en": "Notes", "id": "Catatan"},
    "bset.field.units": {"en": "Currency and period", "id": "Mata uang dan periode"},
    "bset.field.level": {"en": "Level", "id": "Jenjang"},
    "bset.field.band_min": {"en": "Minimum", "id": "Minimum"},
    "bset.field.band_mid": {"en": "Midpoint", "id": "Titik tengah"},
    "bset.field.band_max": {"en": "Maximum", "id": "Maksimum"},
    "bset.field.note": {"en": "Note", "id": "Catatan"},
    # saved imports
    "dset.title": {"en": "Save this import", "id": "Simpan impor ini"},
    "dset.intro": {
        "en": "Keep the accepted rows, the mapping and the import report under a private link, to reopen them in any later session. At most {mb} MB per saved dataset.",
        "id": "Simpan baris yang diterima, pemetaan, dan laporan impor di bawah tautan pribadi, untuk dibuka lagi di sesi mana pun nanti. Paling banyak {mb} MB per dataset tersimpan.",
    },
    "dset.name": {"en": "Name of the dataset", "id": "Nama dataset"},
    "dset.save": {"en": "Save this import", "id": "Simpan impor ini"},
    "dset.saved": {
        "en": "Saved “{name}” ({n} rows).",
        "id": "“{name}” disimpan ({n} baris).",
    },
    "dset.opened": {
        "en": "Opened saved dataset “{name}”: {n} rows, saved {when} UTC. It joins every page for this session.",
        "id": "Dataset tersimpan “{name}” dibuka: {n} baris, disimpan {when} UTC. Data ini ikut tampil di setiap halaman selama sesi ini.",
    },
    "dset.hash": {"en": "File SHA-256: {hash}", "id": "SHA-256 berkas: {hash}"},
    "dset.delete": {"en": "Delete saved dataset", "id": "Hapus dataset tersimpan"},
    "dset.delete_confirm": {"en": "Yes, delete it for good", "id": "Ya, hapus selamanya"},
    "dset.deleted": {
        "en": "Deleted. The link no longer opens anything; the rows stay in this session until you remove them.",
        "id": "Dihapus. Tautannya tidak lagi membuka apa pun; baris-barisnya tetap di sesi ini sampai Anda menghapusnya.",
    },
    "dset.open_title": {"en": "Saved dataset", "id": "Dataset tersimpan"},
}
