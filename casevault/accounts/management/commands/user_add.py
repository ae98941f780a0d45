from __future__ import annotations

import getpass
import os
import secrets
import sys
from argparse import ArgumentParser
from typing import Any

from casevault.accounts.actions import system_actor, user_create
from casevault.accounts.models import Role
from casevault.lib.levels import Level
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = (
        "Add a user to the vault. The password is asked for, or read from CASEVAULT_USER_PASSWORD."
    )

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--clearance", choices=[lvl.value for lvl in Level])
        parser.add_argument(
            "--generate-password",
            action="store_true",
            help="make a strong password and print it once",
        )

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        password = os.environ.get("CASEVAULT_USER_PASSWORD")
        if options["generate_password"]:
            password = secrets.token_urlsafe(12)
        elif not password and sys.stdin.isatty():
            password = getpass.getpass(f"Password for {options['username']}: ")
        user = user_create(
            actor=system_actor(),
            username=options["username"],
            role=options["role"],
            password=password or None,
            clearance=options["clearance"],
        )
        self.stdout.write(f"Added {user.username} ({user.role}, clearance {user.clearance}).")
        if options["generate_password"]:
            self.stdout.write(f"Password (shown once): {password}")
        elif not password:
            self.stdout.write("No password set: the user cannot sign in until one is set.")
