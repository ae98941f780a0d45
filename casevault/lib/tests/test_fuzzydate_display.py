import pytest

from casevault.lib.fuzzydate import FuzzyDate

pytestmark = pytest.mark.pure

CASES = [
    # text, English, Russian, Kazakh
    ("2018-10-08", "8 Oct 2018", "8 окт. 2018", "2018 ж. 8 қаз."),
    ("2018-10", "Oct 2018", "окт. 2018", "2018 ж. қаз."),
    ("2018", "2018", "2018", "2018 ж."),
    ("2015/2017", "2015–2017", "2015–2017", "2015–2017 жж."),
    ("2018-09/2018-11", "Sep–Nov 2018", "сент.–нояб. 2018", "2018 ж. қыр.–қар."),
    (
        "2017-11/2018-02",
        "Nov 2017 – Feb 2018",
        "нояб. 2017 – февр. 2018",
        "2017 ж. қар. – 2018 ж. ақп.",
    ),
    ("2018-10-08/2018-10-12", "8–12 Oct 2018", "8–12 окт. 2018", "2018 ж. 8–12 қаз."),
    (
        "2018-10-08/2018-11-05",
        "8 Oct – 5 Nov 2018",
        "8 окт. – 5 нояб. 2018",
        "2018 ж. 8 қаз. – 5 қар.",
    ),
    (
        "2017-12-28/2018-01-05",
        "28 Dec 2017 – 5 Jan 2018",
        "28 дек. 2017 – 5 янв. 2018",
        "2017 ж. 28 жел. – 2018 ж. 5 қаң.",
    ),
    ("before 2018-10", "before Oct 2018", "до окт. 2018", "2018 жылғы қазанға дейін"),
    ("before 2018", "before 2018", "до 2018", "2018 жылға дейін"),
    ("before 2019-01-14", "before 14 Jan 2019", "до 14 янв. 2019", "2019 жылғы 14 қаңтарға дейін"),
    ("after 2015", "after 2015", "после 2015", "2015 жылдан кейін"),
    ("after 2018-05", "after May 2018", "после мая 2018", "2018 жылғы мамырдан кейін"),
    (
        "after 2018-09-01",
        "after 1 Sep 2018",
        "после 1 сент. 2018",
        "2018 жылғы 1 қыркүйектен кейін",
    ),
    ("unknown", "date unknown", "дата неизвестна", "белгісіз күн"),
]


@pytest.mark.parametrize(("text", "en", "ru", "kk"), CASES)
def test_it_displays_dates_in_english_russian_and_kazakh(text, en, ru, kk):
    x = FuzzyDate.parse(text)
    assert (x.display(), x.display("en"), x.display("ru"), x.display("kk")) == (en, en, ru, kk)


def test_russian_uses_the_nominative_alone_and_the_genitive_after_a_day_or_preposition():
    assert FuzzyDate.parse("2018-05").display("ru") == "май 2018"
    assert FuzzyDate.parse("2018-05-09").display("ru") == "9 мая 2018"
    assert FuzzyDate.parse("before 2018-05").display("ru") == "до мая 2018"
    assert FuzzyDate.parse("2018-03/2018-07").display("ru") == "март–июль 2018"


@pytest.mark.parametrize("lang", ["ru-RU", "ru_RU", "RU"])
def test_a_regional_language_tag_uses_its_language(lang):
    assert FuzzyDate.month(2018, 10).display(lang) == "окт. 2018"


def test_an_untranslated_language_falls_back_to_english():
    assert FuzzyDate.month(2018, 10).display("uz") == "Oct 2018"
