"""Evidence store throughput and memory: ingest vs the raw primitives it is built on.

Usage: python bench/evidence.py [--size-mib 1024] [--small-files 1000] [--repeat 2]

Measures, on random data in a fresh store under a temp dir: sha256 over the large file,
pyrage.encrypt_file file to file, and BlobStore.ingest of the same file (in a fresh
process each round, which also gives its peak RSS growth), interleaved round by round and
keeping each one's best; decrypting it back with read_chunks; then 1,000 small files,
ingested, and copied plainly with the same fsync/rename steps (the floor any crash-safe
store pays). Prints progress on stderr and one JSON object as the last line of stdout.

Targets: ingest at least 0.8x the slower of sha256 and pyrage; peak RSS growth at most
64 MiB whatever the file size; at least 200 small (100 KiB) files per second.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pyrage
from pyrage import x25519

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casevault.evidence.blobstore import BlobStore  # noqa: E402
from casevault.lib.crypto import random_key  # noqa: E402

MIB = 1 << 20


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def child(mode: str, root: Path, key_hex: str, target: str) -> None:
    """Runs in a fresh process so that its memory peak is this operation's alone."""
    store = BlobStore.open(root, bytes.fromhex(key_hex))
    proc = psutil.Process()
    before = proc.memory_info().rss
    sampled_peak = before
    stop = threading.Event()

    def sample() -> None:
        nonlocal sampled_peak
        while not stop.wait(0.005):
            sampled_peak = max(sampled_peak, proc.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    if mode == "ingest":
        name = store.ingest(Path(target)).blob_name
    else:
        name = target
        assert sum(len(block) for block in store.read_chunks(name)) > 0
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    report = {
        "seconds": seconds,
        "rss_before_mib": before / MIB,
        "peak_rss_growth_mib": (max(sampled_peak, proc.memory_info().rss) - before) / MIB,
        "process_peak_rss_mib": peak_rss_bytes() / MIB,  # ru_maxrss, whole process life
        "blob": name,
    }
    print(json.dumps(report))


def run_child(mode: str, root: Path, key: bytes, target: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(root), key.hex(), target],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def write_random_file(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        remaining = size
        while remaining:
            n = min(remaining, 4 * MIB)
            fh.write(os.urandom(n))
            remaining -= n


def durable_copy(path: Path, folder: Path) -> None:
    """What any crash-safe store must do per file, without encryption: the fsync floor."""
    tmp = folder / f"{path.name}.tmp"
    with tmp.open("wb") as fh:
        fh.write(path.read_bytes())
        fh.flush()
        os.fsync(fh.fileno())
    tmp.rename(folder / path.name)
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=1024, help="large file size (MiB)")
    parser.add_argument("--small-files", type=int, default=1000)
    parser.add_argument("--small-kib", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2, help="rounds; each timing keeps its best")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the temp dir")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, root, key_hex, target = args.child
        child(mode, Path(root), key_hex, target)
        return

    size = args.size_mib * MIB
    load_start = os.getloadavg()[0]
    mb = size / 1e6
    with tempfile.TemporaryDirectory(prefix="cv-bench-", dir=args.dir) as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "large.bin"
        log(f"generating {args.size_mib} MiB of random data")
        write_random_file(src, size)

        def sha_only() -> None:
            digest = hashlib.sha256()
            with src.open("rb", buffering=0) as fh:
                while block := fh.read(MIB):
                    digest.update(block)

        primitive_out = tmp / "primitive.age"
        recipient = x25519.Identity.generate().to_public()

        def encrypt_only() -> None:
            pyrage.encrypt_file(str(src), str(primitive_out), [recipient])

        key = random_key()
        store = BlobStore.create(tmp / "store", key)
        t_sha = t_enc = t_ingest = float("inf")
        peak_growth, process_peak, blob_name = 0.0, 0.0, ""
        # Rounds interleave the three measurements, so that a change in the machine's load
        # during the run weighs on all of them alike; each keeps its best round.
        for attempt in range(args.repeat):
            log(f"round {attempt + 1}/{args.repeat}: sha256, pyrage.encrypt_file, ingest")
            t_sha = min(t_sha, timed(sha_only))
            t_enc = min(t_enc, timed(encrypt_only))
            primitive_out.unlink()
            if blob_name:  # each round must store the file anew, not find a duplicate
                (store.root / "blobs" / blob_name[:2] / blob_name).unlink()
            report = run_child("ingest", store.root, key, str(src))
            t_ingest = min(t_ingest, report["seconds"])
            peak_growth = max(peak_growth, report["peak_rss_growth_mib"])
            process_peak = report["process_peak_rss_mib"]
            blob_name = report["blob"]

        log("read back: decrypt stream, in a fresh process")
        report = run_child("read", store.root, key, blob_name)
        t_read, read_growth = report["seconds"], report["peak_rss_growth_mib"]
        src.unlink()

        small_dir = tmp / "small"
        small_dir.mkdir()
        log(f"generating {args.small_files} files of {args.small_kib} KiB")
        small = []
        for i in range(args.small_files):
            path = small_dir / f"{i:05d}.bin"
            path.write_bytes(os.urandom(args.small_kib * 1024))
            small.append(path)
        log("primitive: durable plain copies of the small files (write, fsync, rename)")
        copies = tmp / "copies"
        copies.mkdir()
        start = time.perf_counter()
        for path in small:
            durable_copy(path, copies)
        t_copies = time.perf_counter() - start
        log("ingest: small files")
        start = time.perf_counter()
        for path in small:
            store.ingest(path)
        t_small = time.perf_counter() - start
        store.close()

    sha_mb_s = mb / t_sha
    enc_mb_s = mb / t_enc
    ingest_mb_s = mb / t_ingest
    ratio = ingest_mb_s / min(sha_mb_s, enc_mb_s)
    small_per_s = args.small_files / t_small
    result = {
        "bench": "evidence",
        "size_mib": args.size_mib,
        "repeat": args.repeat,
        "cpus": os.cpu_count(),
        # Other work on the machine skews every number: a load above the CPU count means
        # the measurements competed for cores.
        "load_1m_start": round(load_start, 2),
        "load_1m_end": round(os.getloadavg()[0], 2),
        "sha256_mb_s": round(sha_mb_s, 1),
        "pyrage_encrypt_file_mb_s": round(enc_mb_s, 1),
        "ingest_mb_s": round(ingest_mb_s, 1),
        "ingest_over_slower_primitive": round(ratio, 3),
        "ingest_peak_rss_growth_mib": round(peak_growth, 1),
        "ingest_process_peak_rss_mib": round(process_peak, 1),
        "read_chunks_mb_s": round(mb / t_read, 1),
        "read_chunks_peak_rss_growth_mib": round(read_growth, 1),
        "small_files": args.small_files,
        "small_file_kib": args.small_kib,
        "small_files_per_s": round(small_per_s, 1),
        "durable_plain_copies_per_s": round(args.small_files / t_copies, 1),
        "targets_met": {
            "ingest_ratio_ge_0.8": ratio >= 0.8,
            "peak_rss_growth_le_64_mib": peak_growth <= 64,
            "small_files_per_s_ge_200": small_per_s >= 200,
        },
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
