"""`casevault link VAULT people` prints scored pairs and clusters from a real encrypted vault;
`casevault link VAULT export-lists --out F` writes the lists CSV."""

from __future__ import annotations

import csv
import json

from casevault.linkage.model import MODEL_FORMAT
from casevault.testing import Cli

POPULATE = """
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
me = system_actor()
names = [
    ("Семёнова Елена Викторовна", "1984"), ("Elena Semionova", "1984"),
    ("Yelena Semenova", "1985"), ("E. Semyonova", "1984"), ("Семенова Е.", None),
]
for number, (name, born) in enumerate(names, start=1):
    person = actions.person_create(
        actor=me, names=[name], sex="female",
        birth_date=FuzzyDate.parse(born) if born else None,
    )
    event = actions.event_create(actor=me, title=f"Visit {number}", date=FuzzyDate.parse("2018-10"))
    act = actions.act_create(actor=me, event=event, act_type="detention", victim=person)
    source = actions.source_create(actor=me, source_type="document", title=f"Report {number}")
    actions.information_create(actor=me, source=source, act=act)
actions.person_create(actor=me, names=["Semenova Olga"], sex="female",
                      birth_date=FuzzyDate.parse("1962"))
print("ok")
"""


def test_link_people_prints_the_cluster_of_five_spellings(cli: Cli) -> None:
    vault = cli.init()
    assert cli.python_ok(POPULATE).strip() == "ok"

    result = json.loads(cli.ok("link", vault, "people", "--threshold", "0.5", "--format", "json"))

    assert result["records"] == 6
    assert result["model_version"].startswith(f"{MODEL_FORMAT}+splink-")
    assert result["pairs"] and all(p["match_probability"] >= 0.5 for p in result["pairs"])
    clusters = [sorted(n for m in c for n in m["names"]) for c in result["clusters"]]
    assert clusters == [
        sorted(
            [
                "E. Semyonova",
                "Elena Semionova",
                "Yelena Semenova",
                "Семенова Е.",
                "Семёнова Елена Викторовна",
            ]
        )
    ]

    text = cli.ok("link", vault, "people", "--threshold", "0.5")
    assert "Clusters (records proposed as one person): 1" in text
    assert "Semenova Olga" not in text

    out = cli.tmp / "lists.csv"
    cli.ok("link", vault, "export-lists", "--out", out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["entity", *(f"Report {n}" for n in range(1, 6))]
    assert len(rows) == 6  # five unlinked victims, each on one list; Olga is on none


def test_a_bad_threshold_is_a_clear_error(cli: Cli) -> None:
    vault = cli.init()
    done = cli.run("link", vault, "people", "--threshold", "7")
    assert done.returncode != 0
    assert "threshold" in done.stderr and "Traceback" not in done.stderr
