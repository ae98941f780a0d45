"""`casevault stats VAULT --by … --format csv|svg|png [--out F]`."""

from __future__ import annotations

import csv
import io

from casevault.testing import Cli

DEMO = """
from casevault.accounts.actions import system_actor
from casevault.records.demo import demo_populate
demo_populate(actor=system_actor())
"""


def test_it_writes_csv_svg_and_png(cli: Cli) -> None:
    vault = cli.init()
    cli.python_ok(DEMO)

    out = cli.ok("stats", vault, "--by", "act_type,year", "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["Act type", "Year", "Acts"]
    assert ["Travel ban or restriction", "2018", "2"] in table
    assert "not a measure" in out

    cli.ok("stats", vault, "--by", "year", "--format", "svg", "--out", cli.tmp / "c.svg")
    assert (cli.tmp / "c.svg").read_text().startswith("<svg")
    cli.ok("stats", vault, "--by", "act_type", "--format", "png", "--out", cli.tmp / "c.png")
    assert (cli.tmp / "c.png").read_bytes().startswith(b"\x89PNG")


def test_an_unknown_dimension_is_refused_with_the_choices(cli: Cli) -> None:
    vault = cli.init()
    done = cli.run("stats", vault, "--by", "colour")
    assert done.returncode != 0
    assert "act_type" in done.stderr and "Traceback" not in done.stderr
