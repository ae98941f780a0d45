"""Backup and restore throughput against a plain `cp -r` of the same vault folder.

Builds a vault with N events (through ``casevault import-json``, from one event the record
action wrote) and G GiB of evidence (opaque random files laid out like the evidence store's
blobs: the backup copies them byte for byte and never decrypts them), then times, each from a cold page cache where the machine allows dropping it:

    cp -r VAULT (+ sync)           the baseline
    casevault backup VAULT DEST    full backup
    casevault backup VAULT DEST    again, no new evidence (incremental)
    casevault backup verify FILE
    casevault restore FILE NEW

Peak memory is the largest resident set of the casevault process, sampled every 50 ms.

    python bench/backup.py [--events 100000] [--evidence-gib 10] [--quick] [--workdir D]

The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psutil

PASSPHRASE = "backup benchmark passphrase"  # noqa: S105 - a throwaway bench vault
BLOB_BYTES = 64 << 20


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("CASEVAULT_", "DJANGO_"))}
    out.update(CASEVAULT_PASSPHRASE=PASSPHRASE, CASEVAULT_INSECURE_FAST_KDF="1")
    out.pop("DATABASE_URL", None)
    return out


def drop_caches() -> bool:
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(argv: list[str]) -> tuple[float, int, str]:
    """Seconds, peak RSS in bytes, stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    os.sync()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {err.decode()[-2000:]}")
    return elapsed, peak, out.decode()


def run(argv: list[str], stdin: str | None = None) -> str:
    done = subprocess.run(argv, env=env(), input=stdin, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} failed: {done.stderr[-2000:]}")
    return done.stdout


def casevault(*args: str) -> list[str]:
    return [sys.executable, "-m", "casevault.cli", *args]


def seed_document(scratch: Path) -> dict[str, Any]:
    """An export of a scratch vault holding one event written by the record action."""
    run(casevault("init", str(scratch)))
    code = f"""
import os, django
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'casevault.settings')
django.setup()
from pathlib import Path
from casevault.store import vault as vaults
vaults.unlock(Path({str(scratch)!r}), os.environ['CASEVAULT_PASSPHRASE'])
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
actions.event_create(
    actor=system_actor(),
    title="Benchmark event in Pavlodar region",
    description="Detained at the temporary holding cell; " + "d" * 160,
    date=FuzzyDate.parse("2018-10"),
)
"""
    run([sys.executable, "-c", code])
    document: dict[str, Any] = json.loads(run(casevault("export", str(scratch))))
    shutil.rmtree(scratch)
    return document


def build_vault(vault: Path, events: int, evidence_bytes: int) -> None:
    # 100,000 events one action call at a time take about half an hour on a loaded
    # two-core machine, so the events go in through `casevault import-json` (validated
    # field by field, indexed for search, audited), copied from one event the record
    # action wrote. The document is piped: no file of it on disk.
    document = seed_document(vault.with_name("seed"))
    (template,) = document["tables"]["records.event"]
    document["tables"]["records.event"] = [
        {**template, "id": str(uuid.uuid4()), "title": f"Benchmark event {i} in Pavlodar region"}
        for i in range(events)
    ]
    run(casevault("init", str(vault)))
    run(casevault("import-json", str(vault), "/dev/stdin"), stdin=json.dumps(document))
    blobs = vault / "evidence" / "blobs"
    block = os.urandom(BLOB_BYTES)
    written, i = 0, 0
    while written < evidence_bytes:
        name = os.urandom(32).hex()
        size = min(BLOB_BYTES, evidence_bytes - written)
        path = blobs / name[:2] / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(i.to_bytes(8, "big") + block[8:size])
        written += size
        i += 1
    os.sync()


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--evidence-gib", type=float, default=10.0)
    parser.add_argument("--quick", action="store_true", help="10,000 events and 0.5 GiB")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    if args.quick:
        args.events, args.evidence_gib = 10_000, 0.5
    load_start = os.getloadavg()[0]
    root = Path(tempfile.mkdtemp(prefix="cvbackup-bench-", dir=args.workdir))
    try:
        vault, dest = root / "vault", root / "backups"
        t0 = time.perf_counter()
        build_vault(vault, args.events, int(args.evidence_gib * (1 << 30)))
        build_s = time.perf_counter() - t0
        size = folder_bytes(vault)
        cold = drop_caches()
        cp_s, _, _ = timed(["cp", "-r", str(vault), str(root / "copy")])
        shutil.rmtree(root / "copy")
        drop_caches()
        full_s, full_peak, _ = timed(casevault("backup", str(vault), str(dest)))
        (full,) = sorted(dest.glob("*.cvbackup"))
        drop_caches()
        incr_s, incr_peak, _ = timed(casevault("backup", str(vault), str(dest)))
        incr = sorted(dest.glob("*.cvbackup"))[-1]
        drop_caches()
        verify_s, verify_peak, _ = timed(casevault("backup", "verify", str(full)))
        drop_caches()
        restore_s, restore_peak, _ = timed(casevault("restore", str(incr), str(root / "restored")))
        mb = size / 1e6
        result = {
            "benchmark": "backup",
            "events": args.events,
            "evidence_gib": args.evidence_gib,
            "vault_mb": round(mb, 1),
            "seed": "import-json",
            "cold_cache": cold,
            "build_s": round(build_s, 1),
            "cp_s": round(cp_s, 2),
            "cp_mb_s": round(mb / cp_s, 1),
            "full_backup_s": round(full_s, 2),
            "full_backup_mb_s": round(mb / full_s, 1),
            "full_vs_cp": round(cp_s / full_s, 2),
            "full_backup_file_mb": round(full.stat().st_size / 1e6, 1),
            "incremental_backup_s": round(incr_s, 2),
            "incremental_file_mb": round(incr.stat().st_size / 1e6, 1),
            "verify_s": round(verify_s, 2),
            "verify_mb_s": round(mb / verify_s, 1),
            "restore_s": round(restore_s, 2),
            "restore_mb_s": round(mb / restore_s, 1),
            "restore_vs_cp": round(cp_s / restore_s, 2),
            "peak_rss_mb": {
                "full_backup": round(full_peak / 1e6, 1),
                "incremental_backup": round(incr_peak / 1e6, 1),
                "verify": round(verify_peak / 1e6, 1),
                "restore": round(restore_peak / 1e6, 1),
            },
            "target_full_vs_cp_0_7": cp_s / full_s >= 0.7,
            "target_incremental_le_10s": incr_s <= 10,
            "load_average_start": load_start,
            "load_average": os.getloadavg()[0],
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
