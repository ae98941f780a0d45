from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.publish import charts, stats
from casevault.records.selectors import acts_for_user
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = "Count documented acts by act type, year, month, region, facility, perpetrator type or victim group."

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--by", default="act_type", help=f"one or two of {', '.join(stats.DIMENSIONS)}"
        )
        parser.add_argument("--format", choices=["csv", "png", "svg"], default="csv")
        parser.add_argument("--out", type=Path, help="write here (else standard output)")
        parser.add_argument("--lang", choices=["en", "ru"], default="en")
        parser.add_argument("--from", dest="date_from", help="acts from this date (YYYY, YYYY-MM…)")
        parser.add_argument("--to", dest="date_to", help="acts up to this date")
        parser.add_argument("--act-type", action="append", default=[], dest="act_types")

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        filters = stats.Filters(
            date_from=FuzzyDate.parse(options["date_from"]).start if options["date_from"] else None,
            date_to=FuzzyDate.parse(options["date_to"]).end if options["date_to"] else None,
            act_types=options["act_types"],
        )
        by = stats.parse_dimensions(options["by"])
        table = stats.count_acts(acts_for_user(system_actor()), by, options["lang"], filters)
        fmt = options["format"]
        if fmt == "csv":
            data = stats.table_csv(table)
        elif fmt == "svg":
            data = charts.chart_svg(table).encode()
        else:
            data = charts.svg_to_png(charts.chart_svg(table))
        if options["out"]:
            options["out"].write_bytes(data)
            self.stderr.write(
                f"{table.total} acts in {len(table.rows)} rows written to {options['out']}"
            )
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
