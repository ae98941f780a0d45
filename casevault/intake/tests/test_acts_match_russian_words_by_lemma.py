import pytest

from casevault.intake import acts
from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str) -> list[str]:
    return [m.code for m in find_acts(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Inflections no regular expression in acts_ru.txt lists.
        ("Активиста заберут прямо с работы, сказали ему.", ["detention"]),
        ("Ночью его забрали из квартиры родителей.", ["detention"]),
        ("Оперативники обшарили всю комнату.", ["search"]),
        ("Полицейские вынесли из редакции ноутбуки.", ["confiscation"]),
        ("Задержанного протащили по асфальту несколько метров.", ["physical_assault"]),
        ("Журналистку подозревают в клевете.", ["prosecution"]),
        ("Судья санкционировала ее арест на два месяца.", ["pretrial_detention"]),
        ("В камере задержанных раздевали догола.", ["ill_treatment"]),
        ("Его пристегнули наручниками к батарее.", ["ill_treatment"]),
        ("Защитника к нему не допускали трое суток.", ["denial_of_legal_counsel"]),
        ("Адвокату отказали во встрече с подзащитным.", ["denial_of_legal_counsel"]),
        ("Мужчину доставили в УП Алмалинского района.", ["detention"]),
        # Word families added with the fresh round of 2026-11-28 (ru61–ru67).
        ("Ночью кто-то поджигает сарай фермера.", ["arson"]),
        ("Журналисту вменяют разжигание розни.", ["prosecution", "prosecution_speech"]),
        ("Конвоир выкрутил ему руку.", ["physical_assault"]),
        ("Пикетчика затолкали в патрульный автомобиль.", ["detention"]),
        ("Сестре свидание с братом так и не предоставили.", ["ill_treatment"]),
        ("Ей не передают инсулин уже неделю.", ["denial_of_medical_care"]),
        ("Редакция расторгла с корреспондентом договор.", ["dismissal_from_work"]),
        ("Двое мужчин караулили её у подъезда.", ["surveillance"]),
        ("Незнакомец выхватил у неё из рук сумку.", ["confiscation"]),
        ("Сотрудник ИВС держит его в штрафном изоляторе.", ["solitary_confinement"]),
        # And with the second fresh round (ru68–ru71).
        ("Ночью кто-то облил зелёнкой машину депутата.", ["property_damage"]),
        ("Полицейские взяли пенсионерку под руки.", ["detention"]),
        ("Его повели к полицейскому автобусу.", ["detention"]),
        ("Охранник выбил камеру из рук оператора.", ["physical_assault"]),
        ("Её судили в субботу.", ["court_hearing"]),
        ("Начальник отряда склонял его к сотрудничеству.", ["harassment"]),
        ("Посылки от матери ему так и не выдавали.", ["ill_treatment"]),
        ("Суд назначил ей пятнадцать суток ареста.", ["administrative_arrest"]),
    ],
)
def test_russian_acts_are_found_in_any_inflection(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Из дома его не забирали.",  # negated before the act
        "Никто его не обыскивал.",
    ],
)
def test_lemma_matches_are_negated_like_any_other(sentence: str) -> None:
    assert codes(sentence) == []


def test_a_lemma_entry_yields_to_a_specific_one_of_its_own_code_only() -> None:
    # «санкционировал его арест» is a remand, not the general "arrest" further down.
    assert codes("Суд санкционировал его арест.") == ["pretrial_detention"]


def test_a_lemma_entry_with_an_unknown_code_is_refused_with_its_line(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "acts_ru_lemmas.txt").write_text("# comment\nbeating: бить\n", encoding="utf-8")
    monkeypatch.setattr(acts, "LEXICON_DIR", tmp_path)
    acts._lemma_lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"line 2: unknown act type 'beating'"):
            acts._lemma_lexicon("ru")
    finally:
        acts._lemma_lexicon.cache_clear()


def test_a_gap_may_be_widened_with_a_number(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "acts_ru_lemmas.txt").write_text(
        "conviction: признать ~4 виновный\n", encoding="utf-8"
    )
    (tmp_path / "acts_ru.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(acts, "LEXICON_DIR", tmp_path)
    for cached in (acts._lemma_lexicon, acts._lexicon, acts._lexicon_filter, acts._last_ranks):
        cached.cache_clear()
    try:
        assert codes("Суд признал главу местного профсоюза виновным.") == ["conviction"]
        assert codes("Суд признал главу крупного местного профсоюза нефтяников виновным.") == []
    finally:
        for cached in (acts._lemma_lexicon, acts._lexicon, acts._lexicon_filter, acts._last_ranks):
            cached.cache_clear()
