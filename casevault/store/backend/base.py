"""Django database backend for SQLCipher: Django's SQLite backend over ``sqlcipher3``.

The data key never comes from settings: it is taken from the in-memory keyring that
``casevault.store.vault`` fills when a vault is unlocked, and handed to SQLCipher as a raw
256-bit key, so opening a connection costs no key derivation.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Mapping
from itertools import tee
from typing import Any

import sqlcipher3.dbapi2 as Database  # noqa: N812 - Django's backends use this name
from django.db.backends.sqlite3 import base as sqlite_base
from django.db.backends.sqlite3._functions import register as register_functions
from django.utils.dateparse import parse_date, parse_datetime, parse_time

from casevault.store import keyring

Database.register_converter("bool", b"1".__eq__)
Database.register_converter("date", sqlite_base.decoder(parse_date))
Database.register_converter("time", sqlite_base.decoder(parse_time))
Database.register_converter("datetime", sqlite_base.decoder(parse_datetime))
Database.register_converter("timestamp", sqlite_base.decoder(parse_datetime))
Database.register_adapter(decimal.Decimal, str)
Database.register_adapter(datetime.date, sqlite_base.adapt_date)  # type: ignore[attr-defined]
Database.register_adapter(datetime.datetime, sqlite_base.adapt_datetime)  # type: ignore[attr-defined]


class WrongKeyError(Database.DatabaseError):
    """The database file could not be decrypted with the vault's data key."""


class VaultLockedError(Database.OperationalError):
    """No data key in memory: nothing can be read or written until the vault is unlocked."""


class DatabaseWrapper(sqlite_base.DatabaseWrapper):
    vendor = "sqlite"
    display_name = "SQLCipher"
    Database = Database

    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        key = keyring.get_data_key()
        if key is None:
            raise VaultLockedError(
                "the vault is locked: unlock it with its passphrase before using the database"
            )
        conn = Database.connect(**conn_params)
        # Silence SQLCipher's own "hmac check failed" line on stderr; we raise a clear error.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Database.DatabaseError as exc:
            conn.close()
            raise WrongKeyError(str(exc)) from exc
        register_functions(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        # Temp tables and sort spills stay in memory: nothing decrypted reaches a temp file.
        conn.execute("PRAGMA temp_store = MEMORY")
        # 128 MiB of decrypted pages in memory (never on disk): statistics over 100k acts.
        conn.execute("PRAGMA cache_size = -131072")
        if conn_params["database"] != ":memory:" and "mode=memory" not in str(
            conn_params["database"]
        ):
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit that returned survives a power cut or a killed process.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {int(keyring.busy_timeout_ms())}")
        for init_command in self.init_commands:  # type: ignore[attr-defined]
            if init_command := init_command.strip():
                conn.execute(init_command)
        return conn

    def create_cursor(self, name: str | None = None) -> Any:
        return self.connection.cursor(factory=SQLCipherCursorWrapper)


class SQLCipherCursorWrapper(Database.Cursor):
    """Django's SQLiteCursorWrapper, rebased on sqlcipher3's cursor class.

    sqlcipher3 refuses a subclass of the stdlib ``sqlite3.Cursor``, so the behaviour is
    borrowed method by method rather than inherited.
    """

    convert_query = sqlite_base.SQLiteCursorWrapper.convert_query  # type: ignore[attr-defined]

    def execute(self, query: str, params: Any = None) -> Any:
        if params is None:
            return super().execute(query)
        names = list(params) if isinstance(params, Mapping) else None
        return super().execute(self.convert_query(query, param_names=names), params)

    def executemany(self, query: str, param_list: Any) -> Any:
        # Peek without consuming: a generator may be passed.
        peek, param_list = tee(iter(param_list))
        first = next(peek, None)
        names = list(first) if isinstance(first, Mapping) else None
        return super().executemany(self.convert_query(query, param_names=names), param_list)
