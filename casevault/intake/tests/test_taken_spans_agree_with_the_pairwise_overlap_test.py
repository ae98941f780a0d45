import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.intake.spans import TakenSpans

pytestmark = pytest.mark.pure

SIZE = 40
span = st.tuples(st.integers(-3, SIZE + 3), st.integers(-3, SIZE + 3))


@given(st.lists(st.tuples(span, st.booleans()), max_size=30))
def test_free_answers_as_the_pairwise_test_does(steps) -> None:
    taken = TakenSpans(SIZE)
    pairs: list[tuple[int, int]] = []
    for (start, end), claim in steps:
        expected = not any(start < e and s < end for s, e in pairs)
        assert taken.free(start, end) == expected
        if claim:
            taken.take(start, end)
            pairs.append((start, end))


def test_touching_spans_do_not_overlap() -> None:
    taken = TakenSpans(10)
    taken.take(2, 5)
    assert taken.free(5, 8) and taken.free(0, 2)
    assert not taken.free(4, 6) and not taken.free(0, 3)
