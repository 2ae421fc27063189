"""Encryption at rest in the application (issue 34): AES-256-GCM with a key ring. Pure, no Streamlit.

Each value is encrypted with the ring's active key under a fresh 96-bit random nonce and stored with
the key's id; the associated data names the table, row and column (``table:row:column``), so a value
copied into another row or column fails to decrypt. The key ring comes from the environment
(``SALARY_EXPLORER_KEYS``) or a mounted secret file (``SALARY_EXPLORER_KEYS_FILE``), never from the
database, and is separate from Streamlit's cookie secret. Every replica must hold the same ring.

Ring format: ``id:base64key`` entries separated by commas or new lines, the first one active, e.g.
``2026b:<32 bytes in base64>,2026a:<older key>``. Ids are short names ([A-Za-z0-9_.-], at most 32).
Rotation: put the new key first (keep the old ones), restart the replicas, then run
``python3 -m salary_explorer.rotate_keys`` to re-encrypt everything under it; drop an old key only
when no backup still needs it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENV_KEYS = "SALARY_EXPLORER_KEYS"
ENV_KEYS_FILE = "SALARY_EXPLORER_KEYS_FILE"
KEY_ID = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
NONCE_BYTES = 12


class CryptoError(Exception):
    """A key ring that cannot be used, or a value that cannot be decrypted; the message says which and why."""


@dataclass(frozen=True)
class KeyRing:
    keys: tuple[tuple[str, bytes], ...]  # (id, 32-byte key), the first active

    @property
    def active_id(self) -> str:
        return self.keys[0][0]

    def key(self, key_id: str) -> bytes:
        for kid, key in self.keys:
            if kid == key_id:
                return key
        raise CryptoError(
            f"a stored value was encrypted with key {key_id!r}, which is not in the key ring "
            f"(it has {', '.join(k for k, _ in self.keys)}); put that key back into {ENV_KEYS}"
        )

    def encrypt(self, plaintext: bytes, aad: str) -> tuple[str, bytes]:
        """(key id, nonce + ciphertext + tag) under the active key."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        return self.active_id, nonce + AESGCM(self.keys[0][1]).encrypt(nonce, plaintext, aad.encode("utf-8"))

    def decrypt(self, key_id: str, blob: bytes, aad: str) -> bytes:
        try:
            return AESGCM(self.key(key_id)).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad.encode("utf-8"))
        except InvalidTag:
            raise CryptoError(
                f"a stored value ({aad}) does not decrypt with key {key_id!r}: the key ring holds a different "
                f"key under that id, or the value was altered or moved"
            ) from None

    def index_key(self) -> bytes:
        """The key of the person index (keyed hashes of employee ids): derived from the ring's OLDEST key,
        so that adding a new active key leaves every hash valid (drop the oldest key only after a rotation
        that re-indexes, see ``rotate_keys``)."""
        return hmac.new(self.keys[-1][1], b"salary-explorer person index v1", hashlib.sha256).digest()

    def person_hash(self, person_id: str) -> str:
        """HMAC-SHA256 of an employee id (trimmed, case-folded): finds a person without reading plaintext."""
        text = " ".join(str(person_id).split()).casefold()
        return hmac.new(self.index_key(), text.encode("utf-8"), hashlib.sha256).hexdigest()


def parse(text: str) -> KeyRing:
    """A key ring from its text form; ``CryptoError`` naming the entry that is wrong."""
    keys: list[tuple[str, bytes]] = []
    for n, entry in enumerate((e.strip() for e in re.split(r"[,\n]", text or "")), start=1):
        if not entry or entry.startswith("#"):
            continue
        kid, sep, b64 = entry.partition(":")
        kid = kid.strip()
        if not sep or not KEY_ID.match(kid):
            raise CryptoError(f"key ring entry {n} is not 'id:base64key' (id of letters, digits, . _ -)")
        try:
            key = base64.b64decode(b64.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise CryptoError(f"key ring entry {n} ({kid}): the key is not base64") from None
        if len(key) != 32:
            raise CryptoError(f"key ring entry {n} ({kid}): the key is {len(key)} bytes, AES-256 needs 32")
        if any(kid == k for k, _ in keys):
            raise CryptoError(f"key ring entry {n}: the id {kid!r} is used twice")
        keys.append((kid, key))
    if not keys:
        raise CryptoError("the key ring is empty")
    return KeyRing(tuple(keys))


def from_env(env: Mapping[str, str] | None = None) -> KeyRing | None:
    """The key ring from ``SALARY_EXPLORER_KEYS`` or the file named by ``SALARY_EXPLORER_KEYS_FILE``; None if
    neither is set (values are then stored as before, in the clear: the single-user default)."""
    env = os.environ if env is None else env
    if env.get(ENV_KEYS):
        return parse(env[ENV_KEYS])
    if env.get(ENV_KEYS_FILE):
        path = Path(env[ENV_KEYS_FILE])
        try:
            return parse(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise CryptoError(f"cannot read the key ring file {path}: {err.strerror}") from None
    return None


def new_key_entry(key_id: str) -> str:
    """A fresh ``id:base64key`` entry (``python3 -m salary_explorer.rotate_keys --new-key ID`` prints one)."""
    if not KEY_ID.match(key_id):
        raise CryptoError("a key id is 1-32 letters, digits, '.', '_' or '-'")
    return f"{key_id}:{base64.b64encode(secrets.token_bytes(32)).decode('ascii')}"
