"""Re-encrypt saved rosters and datasets under the key ring's active key; or make a new key.

    python3 -m salary_explorer.rotate_keys --new-key ID     # print a fresh "ID:base64" entry
    python3 -m salary_explorer.rotate_keys [--purge]        # re-encrypt everything under the first key

The store and the key ring are the app's own (``SALARY_EXPLORER_DB_URL`` or ``[storage]`` in
``.streamlit/secrets.toml``; ``SALARY_EXPLORER_KEYS`` or ``SALARY_EXPLORER_KEYS_FILE``). To rotate:
make a key, put it FIRST in the ring on every replica (keep the old ones), restart them, run this,
and drop an old key only when no backup needs it any more (the OLDEST key also keys the person
index: keep it). Safe to run again; values already under the active key are left alone.
``--purge`` also deletes the items whose retention period has ended. Exit status 0 when done, 2 when
the key ring or a stored value is wrong (the message says which).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from .core import crypto, storage

SECRETS = Path(".streamlit") / "secrets.toml"


def _secrets() -> dict:
    try:
        return tomllib.loads(SECRETS.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m salary_explorer.rotate_keys", description=__doc__.split("\n")[0])
    parser.add_argument("--new-key", metavar="ID", help="print a new key ring entry with this id and stop")
    parser.add_argument("--purge", action="store_true", help="also delete items past their retention period")
    args = parser.parse_args(argv)
    try:
        if args.new_key:
            print(crypto.new_key_entry(args.new_key))
            return 0
        ring = crypto.from_env()
        if ring is None:
            print(f"no key ring: set {crypto.ENV_KEYS} or {crypto.ENV_KEYS_FILE}", file=sys.stderr)
            return 2
        settings = storage.settings(secrets_toml=_secrets())
        engine = storage.make_engine(settings.url)
        storage.migrate(engine)
        scope = storage.Scope(engine=engine, actor="rotate_keys", role="operator", keyring=ring)
        count = storage.rotate(scope)
        print(f"{count} stored values re-encrypted under key {ring.active_id!r}")
        if args.purge:
            print(f"{storage.purge_expired(scope)} expired items purged")
        engine.dispose()
        return 0
    except (crypto.CryptoError, storage.KeyProblem) as err:
        print(f"cannot rotate: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
