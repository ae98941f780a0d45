"""``casevault link VAULT people|export-lists``: record linkage from the command line."""

from __future__ import annotations

import csv
import json
import logging
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import CommandError
from tqdm import tqdm

from casevault.accounts.actions import system_actor
from casevault.accounts.models import User
from casevault.linkage import actions, selectors
from casevault.records.models import PersonName
from casevault.store.command import VaultCommand
from casevault.store.vault import Vault


class Command(VaultCommand):
    help = (
        "Record linkage of people. 'people' prints the scored pairs and proposed clusters; "
        "'export-lists' writes, for each real person who is a victim, the sources (lists) "
        "they appear on as CSV, for multiple-systems estimation (plaintext: keep it safe)."
    )

    def add_command_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("what", choices=["people", "export-lists"])
        parser.add_argument(
            "--threshold",
            type=float,
            default=actions.REVIEW_THRESHOLD,
            help="people: lowest match probability to show (default %(default)s)",
        )
        parser.add_argument(
            "--source",
            action="append",
            default=[],
            metavar="S",
            help="people: only people on this source (id or title) or case (reference); repeat",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--out", type=Path, help="export-lists: write the CSV to this file")

    def handle_vault(self, vault: Vault, **options: Any) -> None:
        # Splink reports its training on the log; a user needs only its errors.
        logging.getLogger("splink").setLevel(logging.ERROR)
        actor = system_actor()
        if options["what"] == "export-lists":
            export_lists(actor, options["out"], self.stdout, self.stderr)
            return
        with tqdm(total=3, desc="link people", file=sys.stderr, disable=None) as bar:

            def progress(stage: str) -> None:
                bar.set_postfix_str(stage)
                bar.update(1)

            candidates = actions.link_run(
                actor=actor,
                threshold=options["threshold"],
                sources=options["source"],
                progress=progress,
            )
        summary = candidates_summary(candidates)
        if options["format"] == "json":
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(candidates_text(summary), ending="")


def _people(ids: set[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name in (
        PersonName.objects.filter(person_id__in=ids)
        .select_related("person")
        .order_by("person_id", "-is_primary", "full_name")
    ):
        entry = found.setdefault(
            str(name.person_id), {"id": str(name.person_id), "pseudonym": name.person.pseudonym}
        )
        entry.setdefault("names", []).append(name.full_name)
    return found


def candidates_summary(candidates: actions.Candidates) -> dict[str, Any]:
    """The run as plain data: pairs best first, then clusters of two or more records."""
    clusters = [sorted(m) for m in candidates.cluster_members().values() if len(m) > 1]
    people = _people(
        {p.id_l for p in candidates.pairs}
        | {p.id_r for p in candidates.pairs}
        | {record_id for members in clusters for record_id in members}
    )
    return {
        "model_version": candidates.model_version,
        "threshold": candidates.threshold,
        "records": len(candidates.records),
        "pairs": [
            {
                "left": people.get(pair.id_l, {"id": pair.id_l}),
                "right": people.get(pair.id_r, {"id": pair.id_r}),
                "match_probability": round(pair.match_probability, 6),
                "match_weight": round(pair.match_weight, 4),
            }
            for pair in candidates.pairs
        ],
        "clusters": sorted(
            ([people.get(i, {"id": i}) for i in members] for members in clusters),
            key=lambda members: [m.get("pseudonym", "") for m in members],
        ),
    }


def _label(person: dict[str, Any]) -> str:
    names = " / ".join(person.get("names", []))
    return f"{person.get('pseudonym', person['id'])} {names}".strip()


def candidates_text(summary: dict[str, Any]) -> str:
    lines = [
        f"{summary['records']} person records; model {summary['model_version']}",
        f"Pairs scored at least {summary['threshold']:.2f} and not yet reviewed: "
        f"{len(summary['pairs'])}",
    ]
    for pair in summary["pairs"]:
        lines.append(
            f"  {pair['match_probability']:.3f}  {_label(pair['left'])}  ~  {_label(pair['right'])}"
        )
    lines.append(f"Clusters (records proposed as one person): {len(summary['clusters'])}")
    for number, members in enumerate(summary["clusters"], start=1):
        lines.append(f"  {number}. " + "; ".join(_label(m) for m in members))
    return "\n".join(lines) + "\n"


def write_lists_csv(lists: selectors.EntityLists, out: TextIO) -> None:
    """One row per person: the entity (or pseudonym), then 0/1 for each list."""
    writer = csv.writer(out, lineterminator="\n")
    labels = [ref.label for ref in lists.columns]
    # Two sources with one title would be two columns no reader can tell apart.
    header = [
        f"{ref.label} [{ref.key}]" if labels.count(ref.label) > 1 else ref.label
        for ref in lists.columns
    ]
    writer.writerow(["entity", *header])
    for row_id, keys in lists.rows:
        writer.writerow([row_id, *(1 if ref.key in keys else 0 for ref in lists.columns)])


def export_lists(actor: User, out: Path | None, stdout: Any, stderr: Any) -> None:
    lists = selectors.entity_sources(actor)
    if out is None:
        write_lists_csv(lists, stdout)
        return
    try:
        with out.open("w", encoding="utf-8", newline="") as handle:
            write_lists_csv(lists, handle)
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror}; nothing was written") from exc
    stderr.write(f"wrote {len(lists.rows)} people x {len(lists.columns)} lists to {out}")
