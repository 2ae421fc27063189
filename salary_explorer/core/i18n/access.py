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
    "access.keyring_bad": {
        "en": "The encryption key ring cannot be used, so saved work cannot be opened or saved. An administrator must fix it: {why}",
        "id": "Kunci enkripsi tidak dapat digunakan, sehingga pekerjaan tersimpan tidak dapat dibuka atau disimpan. Administrator harus memperbaikinya: {why}",
    },
    "storage.key_problem": {
        "en": "This item is stored encrypted and the server's key does not open it (a missing or wrong key). Nothing was changed; tell your administrator.",
        "id": "Item ini disimpan terenkripsi dan kunci server tidak dapat membukanya (kunci hilang atau salah). Tidak ada yang diubah; beri tahu administrator Anda.",
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
