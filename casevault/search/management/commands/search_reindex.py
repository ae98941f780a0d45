from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm

from casevault.search.index import all_targets, count_targets, reindex_all
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault

BATCH = 500


class Command(VaultCommand):
    help = "Rebuild the search index from the records (after an import, or if in doubt)."

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        total = count_targets()
        with tqdm(total=total, unit="record", file=sys.stderr, disable=None) as bar:

            def batches() -> Any:
                for kind, ids in all_targets(BATCH):
                    yield kind, ids
                    bar.update(len(ids))

            reindex_all(batches())
        self.stdout.write(f"search index rebuilt: {total} records")
