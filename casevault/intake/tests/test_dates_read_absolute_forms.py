from datetime import date

import pytest

from casevault.intake.dates import find_dates, resolve_all

pytestmark = pytest.mark.pure

REFERENCE = date(2019, 1, 29)


def resolve(text: str, lang: str) -> list[str]:
    return [d.to_text() for _, d in resolve_all(find_dates(text, lang), REFERENCE)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It happened on 14 January 2019.", "en", "2019-01-14"),
        ("It happened on January 14, 2019.", "en", "2019-01-14"),
        ("It happened on the 14th of January 2019.", "en", "2019-01-14"),
        ("Dated 14.01.2019.", "en", "2019-01-14"),
        ("Dated 2019-01-14.", "en", "2019-01-14"),
        ("In March 2018 he was fined.", "en", "2018-03"),
        ("In 2017 the law changed.", "en", "2017"),
        ("From 3 to 5 March 2018 he was held.", "en", "2018-03-03/2018-03-05"),
        ("In the summer of 2016 she left.", "en", "2016-06/2016-08"),
        ("14 января 2019 года его задержали.", "ru", "2019-01-14"),
        ("«29» января 2019 г.", "ru", "2019-01-29"),
        ("Дата: 14.01.2019 г.", "ru", "2019-01-14"),
        ("в октябре 2018 года", "ru", "2018-10"),
        ("в 2016 году", "ru", "2016"),
        ("с 3 по 5 марта 2018 г.", "ru", "2018-03-03/2018-03-05"),
        ("летом 2017 года", "ru", "2017-06/2017-08"),
    ],
)
def test_it_reads_absolute_dates_at_their_precision(text: str, lang: str, expected: str) -> None:
    assert resolve(text, lang) == [expected]


def test_may_the_verb_is_not_a_month() -> None:
    assert resolve("The court may decide later.", "en") == []
