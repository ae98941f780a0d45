"""Encrypted, verifiable backups of a vault, and their restore into a new folder.

The file format is described in docs/operator-guide.md ("Backups"). Modules:

- ``container``: the bytes of a backup file (a tar stream, optionally age-encrypted).
- ``manifest``: the sealed list of every member's SHA-256, and the header.
- ``snapshot``: a consistent copy of the database (SQLCipher online backup, or pg_dump).
- ``create``, ``verify``, ``restore``: the three operations.
- ``status``: ``last_backup_info()`` for the admin page.
"""
