"""A lone «Хасанова» after «Ильдара Хасанова» and «Альмира Хасанова» is his accusative as
often as her nominative: it goes to the one named first, and the same way on every run
(the choice once hung on the order of a set of strings, which changes per process)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.intake.entities import find_entities, group_people

pytestmark = pytest.mark.pure

TEXT = (
    "Полицейские задержали активиста Ильдара Хасанова. Об этом сообщила его супруга "
    "Альмира Хасанова. Вчера суд арестовал Хасанова на 15 суток."
)
READ = (
    "import json, sys\n"
    "from casevault.intake.entities import find_entities, group_people\n"
    "people, _ = group_people(find_entities(sys.argv[1], 'ru'))\n"
    "print(json.dumps([[p.name, p.mentions] for p in people]))\n"
)


def test_the_lone_surname_goes_to_the_person_named_first() -> None:
    people, _ = group_people(find_entities(TEXT, "ru"))
    assert [(p.name, p.mentions) for p in people] == [
        ("Ильдар Хасанов", 2),
        ("Альмира Хасанова", 1),
    ]


def test_every_process_reads_it_the_same_way() -> None:
    root = Path(__file__).resolve().parents[3]
    readings = set()
    for seed in ("1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(  # noqa: S603 - our own interpreter on a fixed script
            [sys.executable, "-c", READ, TEXT],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        readings.add(json.dumps(json.loads(out.stdout)))
    assert readings == {json.dumps([["Ильдар Хасанов", 2], ["Альмира Хасанова", 1]])}
