"""The ``casevault`` console script: a thin front over Django management commands.

Two-word commands (``casevault audit verify``) map to one command module each
(``audit_verify``), so every command stays small.
"""

from __future__ import annotations

import os
import sys

TWO_WORD = {
    ("audit", "verify"),
    ("user", "add"),
    ("evidence", "add"),
    ("evidence", "verify"),
    ("evidence", "export"),
    ("backup", "verify"),
}

COMMANDS = """\
usage: casevault COMMAND [ARGS]   (casevault COMMAND --help for details)

  init PATH               create a new encrypted vault
  passwd PATH             change the vault's passphrase (nothing is re-encrypted)
  user add PATH NAME      add a user with a role
  demo PATH               create a demo vault with a fictional sample case
  serve PATH              start the web workspace on 127.0.0.1:8000
  export PATH             write every record as JSON (stdout)
  import-json PATH FILE   restore a JSON export into an empty vault
  audit verify PATH       check the whole audit chain
  backup PATH DEST        write an encrypted backup file into folder DEST
  backup verify FILE      check a backup file without restoring it
  restore FILE NEWPATH    restore a backup into a new vault folder
  recovery-key PATH       create the recovery code (--split 3of5 for shares)
  recover PATH            open with the recovery code and set a new passphrase
  evidence add PATH FILE  encrypt files into the evidence store (with custody)
  evidence verify PATH    re-hash every evidence file
  evidence export PATH ID export an item with its custody report
  extract FILE            extract draft events from a report (no vault needed)
  import PATH FILE --case C   store reports and queue their draft events for review
  search PATH QUERY       search records (names match across scripts)
  search-reindex PATH     rebuild the search index
  link PATH people        score pairs of person records; propose clusters
  link PATH export-lists  which sources each real person appears on (CSV)

Passphrases come from a prompt, --passphrase-file F, or CASEVAULT_PASSPHRASE.
"""


def command_name(argv: list[str]) -> list[str]:
    if len(argv) >= 2 and (argv[0], argv[1]) in TWO_WORD:
        return [f"{argv[0]}_{argv[1]}", *argv[2:]]
    if argv and "-" in argv[0] and not argv[0].startswith("-"):
        return [argv[0].replace("-", "_"), *argv[1:]]
    return argv


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(COMMANDS)
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casevault.settings")
    # Nothing we write is for other users of this machine.
    os.umask(0o077)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["casevault", *command_name(args)])


if __name__ == "__main__":
    main()
