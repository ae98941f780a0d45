"""Evaluate extraction on the annotated documents in casevault/intake/eval/.

Prints scores per language and overall, then (``-v``) every miss; the last line of
stdout is one JSON object. Another annotated folder with the same layout (docs/, gold/)
can be given with ``--eval-dir``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casevault.intake.eval.scoring import EVAL_DIR, evaluate, load_gold  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    tallies = evaluate(load_gold(args.eval_dir))
    scores = {lang: tally.scores() for lang, tally in tallies.items()}
    for lang, values in scores.items():
        print(f"{lang:8} " + "  ".join(f"{k}={v}" for k, v in values.items()))
    if args.verbose:
        for lang, tally in tallies.items():
            if lang != "overall":
                for miss in tally.misses:
                    print("  " + miss)
    print(json.dumps(scores, sort_keys=True))


if __name__ == "__main__":
    main()
