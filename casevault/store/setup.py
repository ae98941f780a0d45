from __future__ import annotations

from pathlib import Path

from casevault.accounts.actions import system_actor
from casevault.store import vault as vaults
from casevault.vocab.load import vocabularies_load


def vault_prepare() -> int:
    """What a new vault needs before first use: its actor, vocabularies, evidence store."""
    from django.conf import settings

    if settings.CASEVAULT_VAULT_PATH:
        from casevault.evidence.store import blob_store

        blob_store()
    return vocabularies_load(actor=system_actor())


def vault_init(path: Path, passphrase: str) -> tuple[vaults.Vault, int]:
    """Create a vault, its schema, system actor and vocabularies; all or nothing.

    Returns the vault (unlocked, the process's database) and the number of terms loaded.
    """
    from django.core.management import call_command

    vault = vaults.create(path, passphrase)
    try:
        call_command("migrate", verbosity=0, interactive=False)
        terms = vault_prepare()
    except BaseException:
        # A half-made vault would later fail to open with a confusing error.
        vaults.discard_new(vault)
        raise
    return vault, terms


def vault_passphrase_changed() -> None:
    from django.core.management import call_command
    from django.db import transaction

    from casevault.audit import log as audit

    call_command("migrate", verbosity=0, interactive=False)
    with transaction.atomic():
        audit.record(actor=system_actor(), verb="vault.passphrase_change")
