"""The extraction scores on the annotated set never fall below the floor.

The floor only ever goes up: raise it when the pipeline improves.
"""

import pytest

from casevault.intake.eval.scoring import EVAL_DIR, evaluate, load_gold

pytestmark = pytest.mark.pure

# Just under the scores of 2026-11-28 on 142 documents (en 0.963/0.941, ru 0.975/0.952
# event precision/recall; raised where they rose); the 120 of earlier that day gave en
# 0.958/0.914, ru 0.968/0.927, the 95 en 0.955/0.901, ru 0.966/0.920, the 87 en
# 0.951/0.900, ru 0.963/0.920, the 67 of 2026-11-27 en 0.958/0.892, ru 0.952/0.898.
FLOOR = {
    "en": {
        "event_precision": 0.96,
        "event_recall": 0.94,
        "date_accuracy": 0.99,
        "act_type_accuracy": 0.765,
        "person_precision": 0.995,
        "person_recall": 0.995,
    },
    "ru": {
        "event_precision": 0.97,
        "event_recall": 0.95,
        "date_accuracy": 0.99,
        "act_type_accuracy": 0.81,
        "person_precision": 0.995,
        "person_recall": 0.995,
    },
}


def test_scores_stay_at_or_above_the_floor() -> None:
    scores = {lang: tally.scores() for lang, tally in evaluate().items()}
    for lang, floor in FLOOR.items():
        for metric, minimum in floor.items():
            assert scores[lang][metric] >= minimum, (
                f"{lang} {metric} fell to {scores[lang][metric]}"
            )


# The later rounds (eval/later/<round>/): documents written blind after the set above was
# tuned, each round scored before any change for it, and kept apart so that its lower scores
# show. Round 6 (2026-11-28): before en 0.733/0.564, ru 0.488/0.513, after its fixes en
# 0.949/0.949, ru 0.833/0.897. Round 8, written after those fixes: en 0.636/0.778, ru
# 0.636/0.737 before its one fix (claims the text calls untrue), ru 0.700/0.737 after.
# Round 7, written blind at the same time and scored only with the final code of that
# session, never tuned on: en 0.656/0.538, ru 0.788/0.722 (the code of the session's start
# gave en 0.548/0.436, ru 0.710/0.611); its English misses were fixed on 2026-11-29 (en
# 0.868/0.846), then two of its Russian ones (ru 0.848/0.778). Round 9 (2026-11-29, written blind): en 0.483/0.341, ru 0.571/0.632 before,
# en 0.884/0.927, ru 0.805/0.868 after its fixes. Round 10 (written blind after all that):
# en 0.474/0.600, ru 0.382/0.419 with the code it met (the session's first code: en
# 0.500/0.633, ru 0.576/0.613); two date fixes it showed (a planned month does not move the
# story; "| 14:52" after a dateline) gave en 0.500/0.633, ru 0.647/0.710. Its other misses
# are left as a check on the next changes.
LATER_FLOOR = {
    "round6": {
        "en": {"event_precision": 0.94, "event_recall": 0.94, "date_accuracy": 0.99},
        "ru": {"event_precision": 0.83, "event_recall": 0.89, "date_accuracy": 0.94},
    },
    "round7": {
        "en": {"event_precision": 0.86, "event_recall": 0.84, "date_accuracy": 0.94},
        "ru": {"event_precision": 0.84, "event_recall": 0.77, "date_accuracy": 0.93},
    },
    "round8": {
        "en": {"event_precision": 0.63, "event_recall": 0.77, "date_accuracy": 0.99},
        "ru": {"event_precision": 0.69, "event_recall": 0.73, "date_accuracy": 0.99},
    },
    "round9": {
        "en": {"event_precision": 0.88, "event_recall": 0.92, "date_accuracy": 0.97},
        "ru": {"event_precision": 0.80, "event_recall": 0.86, "date_accuracy": 0.97},
    },
    "round10": {
        "en": {"event_precision": 0.50, "event_recall": 0.63, "date_accuracy": 0.73},
        "ru": {"event_precision": 0.64, "event_recall": 0.71, "date_accuracy": 0.95},
    },
}


@pytest.mark.parametrize("round_name", sorted(LATER_FLOOR))
def test_the_later_rounds_stay_at_or_above_their_floor(round_name: str) -> None:
    tallies = evaluate(load_gold(EVAL_DIR / "later" / round_name))
    scores = {lang: tally.scores() for lang, tally in tallies.items()}
    for lang, floor in LATER_FLOOR[round_name].items():
        for metric, minimum in floor.items():
            assert scores[lang][metric] >= minimum, (
                f"{round_name}: {lang} {metric} fell to {scores[lang][metric]}"
            )
