"""Texts of sign-in, roles, the audit trail, encryption and retention (issue 34): ``access.``, ``audit.``, ``keep.``."""

CATALOG: dict[str, dict[str, str]] = {
    "nav.section.admin": {"en": "HR admin", "id": "Admin HR"},
    "nav.audit": {"en": "Audit trail", "id": "Jejak audit"},
    # sign-in and roles
    "access.sign_in": {"en": "Sign in", "id": "Masuk"},
    "access.sign_out": {"en": "Sign out", "id": "Keluar"},
    "access.signed_in_as": {"en": "Signed in · {role}", "id": "Sudah masuk · {role}"},
    "access.role.hr_admin": {"en": "HR admin", "id": "Admin HR"},
    "access.role.hr": {"en": "HR", "id": "HR"},
    "access.role.analyst": {"en": "Analyst", "id": "Analis"},
    "access.role.none": {
        "en": "no role (ask your administrator to add you to a group)",
        "id": "tanpa peran (minta administrator menambahkan Anda ke sebuah grup)",
    },
    "access.sign_in_needed": {
        "en": "This page is for members of your organisation: sign in with your work account.",
        "id": "Halaman ini untuk anggota organisasi Anda: masuk dengan akun kerja Anda.",
    },
    "access.not_for_role": {
        "en": "This page is not available with your role. The pages you may use are in the menu at the top.",
        "id": "Halaman ini tidak tersedia untuk peran Anda. Halaman yang boleh Anda gunakan ada di menu di atas.",
    },
    "access.link_help_team": {
        "en": 'Only signed-in members of your organisation whose role may use this page can open it; for anyone else it reads "not found". Rosters are deleted when their retention period ends.',
        "id": 'Hanya anggota organisasi Anda yang sudah masuk dan perannya boleh memakai halaman ini yang dapat membukanya; bagi orang lain tautan ini terbaca "tidak ditemukan". Daftar karyawan dihapus saat masa simpannya berakhir.',
    },
    "access.keyring_bad": {
        "en": "The encryption key ring cannot be used, so saved work cannot be opened or saved. An administrator must fix it: {why}",
        "id": "Kunci enkripsi tidak dapat digunakan, sehingga pekerjaan tersimpan tidak dapat dibuka atau disimpan. Administrator harus memperbaikinya: {why}",
    },
    "access.keyring_missing": {
        "en": "sign-in is configured ([auth]) but no key ring is set (SALARY_EXPLORER_KEYS or SALARY_EXPLORER_KEYS_FILE).",
        "id": "masuk sudah dikonfigurasi ([auth]) tetapi kunci belum diatur (SALARY_EXPLORER_KEYS atau SALARY_EXPLORER_KEYS_FILE).",
    },
    "storage.key_problem": {
        "en": "This item is stored encrypted and the server's key does not open it (a missing or wrong key). Nothing was changed; tell your administrator.",
        "id": "Item ini disimpan terenkripsi dan kunci server tidak dapat membukanya (kunci hilang atau salah). Tidak ada yang diubah; beri tahu administrator Anda.",
    },
    # retention and requests about one person
    "keep.expires": {
        "en": "Kept until {when} UTC ({days} days after the last save), then deleted automatically.",
        "id": "Disimpan hingga {when} UTC ({days} hari setelah penyimpanan terakhir), lalu dihapus otomatis.",
    },
    "tm.delete": {"en": "Delete this roster now", "id": "Hapus daftar karyawan ini sekarang"},
    "tm.delete_confirm": {
        "en": "Yes, delete it and every version for everyone; the link stops working.",
        "id": "Ya, hapus beserta semua versinya untuk semua orang; tautannya berhenti berfungsi.",
    },
    "tm.deleted": {"en": "The roster was deleted.", "id": "Daftar karyawan sudah dihapus."},
    "person.title": {"en": "Requests about one employee", "id": "Permintaan tentang satu karyawan"},
    "person.help": {
        "en": "Access and deletion requests (UU 27/2022 Pasal 32 and 43, GDPR Art 15 and 17): type the employee's id exactly as in the rosters. It is found through a keyed hash, never by reading every roster, and the trail keeps only the hash.",
        "id": "Permintaan akses dan penghapusan (UU 27/2022 Pasal 32 dan 43, GDPR Pasal 15 dan 17): ketik id karyawan persis seperti di daftar karyawan. Karyawan dicari melalui hash berkunci, tidak dengan membaca semua daftar, dan jejak audit hanya menyimpan hash-nya.",
    },
    "person.id": {"en": "Employee id", "id": "Id karyawan"},
    "person.export": {"en": "Find this employee's data", "id": "Cari data karyawan ini"},
    "person.found": {
        "en": "{rows} rows in {rosters} saved rosters, and {entries} audit entries about them.",
        "id": "{rows} baris di {rosters} daftar karyawan tersimpan, dan {entries} entri audit tentang mereka.",
    },
    "person.erase": {"en": "Delete this employee everywhere", "id": "Hapus karyawan ini di mana pun"},
    "person.erase_confirm": {
        "en": "Yes, remove their rows from every saved roster and every version.",
        "id": "Ya, hapus baris mereka dari setiap daftar karyawan tersimpan dan setiap versi.",
    },
    "person.erased": {
        "en": "Removed {rows} rows from {rosters} saved rosters. The deletion is in the audit trail.",
        "id": "{rows} baris dihapus dari {rosters} daftar karyawan tersimpan. Penghapusan tercatat di jejak audit.",
    },
    # the audit trail
    "audit.title": {"en": "Audit trail", "id": "Jejak audit"},
    "audit.caption": {
        "en": "Every sign-in, opening, save, deletion and purge of saved work, and every refusal: who (the provider's id), role, action, item number, outcome, time (UTC) and server. It never holds a name or a salary, and nobody can change or delete its rows.",
        "id": "Setiap masuk, pembukaan, penyimpanan, penghapusan, dan pembersihan pekerjaan tersimpan, serta setiap penolakan: siapa (id dari penyedia), peran, tindakan, nomor item, hasil, waktu (UTC), dan server. Jejak ini tidak pernah memuat nama atau gaji, dan barisnya tidak dapat diubah atau dihapus siapa pun.",
    },
    "audit.days": {"en": "Days to show", "id": "Jumlah hari"},
    "audit.count": {"en": "{count} entries", "id": "{count} entri"},
    "audit.col.at": {"en": "Time (UTC)", "id": "Waktu (UTC)"},
    "audit.col.actor": {"en": "Who", "id": "Siapa"},
    "audit.col.role": {"en": "Role", "id": "Peran"},
    "audit.col.action": {"en": "Action", "id": "Tindakan"},
    "audit.col.kind": {"en": "Kind", "id": "Jenis"},
    "audit.col.item": {"en": "Item", "id": "Item"},
    "audit.col.outcome": {"en": "Outcome", "id": "Hasil"},
    "audit.col.replica": {"en": "Server", "id": "Server"},
    "audit.col.person": {"en": "Person (keyed hash)", "id": "Orang (hash berkunci)"},
    "audit.col.detail": {"en": "Detail", "id": "Rincian"},
}
