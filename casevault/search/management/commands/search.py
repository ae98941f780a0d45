from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.search.models import SearchEntry
from casevault.search.selectors import search_for_user
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Search the vault's records (as the vault's own actor: every record is visible)."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("query", help='words to find, e.g. "Semenova beaten"')
        parser.add_argument(
            "--type",
            action="append",
            choices=SearchEntry.Kind.values,
            dest="types",
            help="only this kind of record (repeat for several)",
        )
        parser.add_argument("--from", dest="date_from", help="from this date (YYYY, YYYY-MM…)")
        parser.add_argument("--to", dest="date_to", help="up to this date")
        parser.add_argument("--limit", type=int, default=50)

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        hits = search_for_user(
            system_actor(),
            options["query"],
            types=options["types"],
            date_from=FuzzyDate.parse(options["date_from"]).start if options["date_from"] else None,
            date_to=FuzzyDate.parse(options["date_to"]).end if options["date_to"] else None,
            limit=options["limit"],
        )
        for hit in hits:
            when = hit.date.display() if hit.date else ""
            self.stdout.write(f"{hit.target_type}\t{when}\t{hit.title}\t{hit.target_id}")
        self.stderr.write(f"{len(hits)} found")
