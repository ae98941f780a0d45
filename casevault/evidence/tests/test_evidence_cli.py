"""The evidence commands as a monitor runs them, against a real vault on disk."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from casevault.testing import Cli

CANARY = b"CANARY-EVIDENCE-7f3a9c-Nurlan-Abenov-testimony"


def _all_files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_added_files_leave_no_plaintext_anywhere(cli: Cli) -> None:
    cli.init()
    secret = cli.tmp / "inbox" / "testimony.txt"
    secret.parent.mkdir()
    secret.write_bytes(CANARY * 2000)
    done = cli.run("evidence", "add", cli.vault, secret)
    assert done.returncode == 0, done.stderr
    assert hashlib.sha256(CANARY * 2000).hexdigest() in done.stdout
    secret.unlink()  # the monitor deletes the original after ingest
    for path in _all_files(cli.vault, cli.tmp / "tmp"):
        assert CANARY not in path.read_bytes(), path
    assert CANARY.decode() not in done.stdout + done.stderr
    assert cli.ok("evidence", "verify", cli.vault).startswith("OK: 1 ")


def test_an_exported_age_file_decrypts_elsewhere_to_the_exact_original(cli: Cli) -> None:
    cli.init()
    original = os.urandom(300_000)
    (cli.tmp / "video.mp4").write_bytes(original)
    item_id = cli.ok("evidence", "add", cli.vault, cli.tmp / "video.mp4").split()[0]
    identity = pyrage.x25519.Identity.generate()
    (cli.tmp / "court.key").write_text(str(identity))
    out = cli.ok(
        "evidence",
        "export",
        cli.vault,
        item_id,
        "--dest",
        cli.tmp / "export",
        "--reason",
        "requested by the court",
        "--recipient",
        str(identity.to_public()),
    )
    exported = Path(out.split()[0])
    assert exported.suffix == ".age" and "video" not in exported.name
    # An independent process, with only the recipient's key and pyrage.
    code = (
        "import pyrage, sys;"
        "ident = pyrage.x25519.Identity.from_str(open(sys.argv[1]).read().strip());"
        "sys.stdout.buffer.write(pyrage.decrypt(open(sys.argv[2], 'rb').read(), [ident]))"
    )
    plain = subprocess.run(
        [sys.executable, "-c", code, str(cli.tmp / "court.key"), str(exported)],
        capture_output=True,
        check=True,
    ).stdout
    assert plain == original
    report = (cli.tmp / "export" / f"evidence-{item_id[:8]}.custody.html").read_text()
    assert "requested by the court" in report and hashlib.sha256(original).hexdigest() in report
    assert (
        (cli.tmp / "export" / f"evidence-{item_id[:8]}.custody.pdf")
        .read_bytes()
        .startswith(b"%PDF")
    )


def test_online_content_keeps_its_capture_record(cli: Cli) -> None:
    cli.init()
    (cli.tmp / "post.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    done = cli.run(
        "evidence",
        "add",
        cli.vault,
        cli.tmp / "post.png",
        "--source-url",
        "https://example.org/p/123",
        "--captured-at",
        "2019-01-14T09:30:00Z",
        "--collector",
        "A. Monitor",
        "--tool",
        "browser screenshot",
        "--artefact",
        "screenshot",
    )
    assert done.returncode == 0, done.stderr
    incomplete = cli.run(
        "evidence", "add", cli.vault, cli.tmp / "post.png", "--source-url", "https://example.org"
    )
    assert incomplete.returncode != 0
    assert "needs --captured-at and --collector" in incomplete.stderr


def test_bad_paths_and_oversized_files_get_one_line_errors(cli: Cli) -> None:
    cli.init()
    missing = cli.run("evidence", "add", cli.vault, cli.tmp / "nope.pdf")
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    (cli.tmp / "big.bin").write_bytes(b"x" * 10_000)
    big = cli.run(
        "evidence", "add", cli.vault, cli.tmp / "big.bin", env={"CASEVAULT_UPLOAD_LIMIT": "4096"}
    )
    assert big.returncode != 0 and "over the limit" in big.stderr
    assert "Traceback" not in missing.stderr + big.stderr
    assert cli.ok("evidence", "verify", cli.vault).startswith("OK: 0 ")


@pytest.mark.slow
def test_a_killed_ingest_leaves_nothing_visible_and_can_be_rerun(cli: Cli) -> None:
    cli.init()
    big = cli.tmp / "big.bin"
    with open(big, "wb") as fh:
        for _ in range(200):
            fh.write(CANARY * (1024 * 1024 // len(CANARY)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "casevault.cli", "evidence", "add", str(cli.vault), str(big)],
        env=cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    incoming = cli.vault / "evidence"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until ciphertext is being written
        if any(p.stat().st_size > 5_000_000 for p in _all_files(incoming)):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for path in _all_files(cli.vault, cli.tmp / "tmp"):
        assert CANARY not in path.read_bytes(), path
    assert cli.ok("evidence", "verify", cli.vault).startswith("OK: 0 ")
    again = cli.ok("evidence", "add", cli.vault, big)
    assert hashlib.sha256(big.read_bytes()).hexdigest() in again
    assert cli.ok("evidence", "verify", cli.vault).startswith("OK: 1 ")
    assert json.loads(cli.ok("export", cli.vault))["format"] == "casevault-export"
