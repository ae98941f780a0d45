"""Wordings of acts that name no act word: a ban "imposed on leaving", a label pinned on
someone in the media, observers kept out of a courtroom, a court sending someone to a remand
prison, men in masks driving off with someone, a cell with nobody else in it."""

import pytest

from casevault.intake.acts import find_acts

pytestmark = pytest.mark.pure


def codes(sentence: str, lang: str) -> set[str]:
    return {m.code for m in find_acts(sentence, lang)}


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        (
            "At the border she learned that a ban on leaving Kazakhstan was in force.",
            "en",
            "travel_ban",
        ),
        ("The activist was stopped at passport control in Aktau.", "en", "travel_ban"),
        ("В аэропорту ему сообщили, что ему ограничен выезд за границу.", "ru", "travel_ban"),
        (
            "A regional website ran an article calling him a 'sellout' and a 'spy'.",
            "en",
            "smear_campaign",
        ),
        (
            "На местном канале вышел сюжет, где её называли «агентом Госдепа».",
            "ru",
            "smear_campaign",
        ),
        (
            "Провластный блогер выложил видео, назвав активистов «предателями родины».",
            "ru",
            "smear_campaign",
        ),
        (
            "The clerk said only the parties will be admitted to the room.",
            "en",
            "facility_access_denial",
        ),
        ("Two observers from our network were again not let in.", "en", "facility_access_denial"),
        ("Начальник колонии не пустил наблюдателей в учреждение.", "ru", "facility_access_denial"),
        (
            "The district court sent the teacher to a pretrial detention centre for a month.",
            "en",
            "pretrial_detention",
        ),
        (
            "The judge ordered the keeping under guard of the accused for two months.",
            "en",
            "pretrial_detention",
        ),
        ("Masked men pushed the farmer into a black van and drove off.", "en", "abduction"),
        ("Двое в балаклавах усадили фермера в тёмный джип и скрылись.", "ru", "abduction"),
        (
            "At the station they told his wife he was not in custody.",
            "en",
            "enforced_disappearance",
        ),
        ("В ИВС брату ответили, что его не доставляли.", "ru", "enforced_disappearance"),
        ("For a month she has been held alone in a cell.", "en", "solitary_confinement"),
        ("The nurses will not give her the insulin she needs.", "en", "denial_of_medical_care"),
        ("С понедельника к нему не пускают защитника.", "ru", "denial_of_legal_counsel"),
        ("Officers seized a young man near the theatre.", "en", "detention"),
        ("She was made to strip in front of male guards.", "en", "sexual_violence"),
        ("Охранник заставил её раздеться догола и ощупывал её.", "ru", "sexual_violence"),
        ("A grey car was parked outside her flat every night.", "en", "surveillance"),
        ("Возле офиса фонда третий день дежурит машина без номеров.", "ru", "surveillance"),
        ("Корреспондентов опять не пустили в зал заседаний.", "ru", "facility_access_denial"),
        ("На процесс допускают только родственников обвиняемых.", "ru", "facility_access_denial"),
        ("Пограничники развернули его на паспортном контроле.", "ru", "travel_ban"),
        ("Судья арестовал юриста на два месяца.", "ru", "pretrial_detention"),
        ("The judge arrested the poet for two months.", "en", "pretrial_detention"),
        ("Two armed men led her away to a waiting jeep.", "en", "abduction"),
        (
            "Где сейчас находится Арман, до сих пор неизвестно: местонахождение его неизвестно.",
            "ru",
            "enforced_disappearance",
        ),
        ("Охранники подвесили заключённого за наручники.", "ru", "torture"),
        ("Дознаватель полчаса кричал на свидетеля.", "ru", "verbal_abuse"),
        ("Участковый полгода преследовал её.", "ru", "harassment"),
        (
            "In the colony she had no access to medical care for a month.",
            "en",
            "denial_of_medical_care",
        ),
        ("At the airport he learned of an exit ban issued in March.", "en", "travel_ban"),
        ("Riot police dragged away several picketers.", "en", "detention"),
        ("Неделю у заключённой не было доступа к лекарствам.", "ru", "denial_of_medical_care"),
        ("Трое суток он провёл без доступа к защитнику.", "ru", "denial_of_legal_counsel"),
        ("Security guards refused to let observers into the hall.", "en", "facility_access_denial"),
        (
            "Reporters were excluded from the trial on the second day.",
            "en",
            "facility_access_denial",
        ),
        ("Охрана не пустила блогера в зал заседаний.", "ru", "facility_access_denial"),
        ("Перед оглашением приговора зрителей выгнали из зала.", "ru", "facility_access_denial"),
        ("Since Monday the blogger has been kept in isolation.", "en", "solitary_confinement"),
        ("The warden refused to give her the painkillers.", "en", "denial_of_medical_care"),
        ("Начальник СИЗО отказался передать ему инсулин.", "ru", "denial_of_medical_care"),
        ("Two people in camouflage dragged the mechanic into an SUV.", "en", "abduction"),
        ("Люди в балаклавах схватили водителя у подъезда.", "ru", "abduction"),
        ("Officials denied that she was in police custody.", "en", "enforced_disappearance"),
        ("В ИВС отрицали, что она у них находится.", "ru", "enforced_disappearance"),
        ("The officer made her undress and touched her.", "en", "sexual_violence"),
        ("Ей сказали, что она не может выехать за рубеж.", "ru", "travel_ban"),
        ('On air the presenter dubbed the monitors "useful idiots".', "en", "smear_campaign"),
    ],
)
def test_the_wording_reads_as_the_act(sentence: str, lang: str, code: str) -> None:
    assert code in codes(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        # Police taking people to a station is a detention, not an abduction.
        ("Активисток посадили в автозак и увезли в отдел.", "ru", "abduction"),
        # Property taken is no person taken.
        ("Officers had seized her laptop during the search.", "en", "detention"),
        # A measure of restraint that keeps no one locked up is no remand.
        ("Мера пресечения — подписка о невыезде.", "ru", "pretrial_detention"),
        # A protest against an arrest is no new arrest.
        ("He went on hunger strike in protest against the unlawful arrest.", "en", "arrest"),
        ("Он объявил голодовку в знак протеста против незаконного ареста.", "ru", "arrest"),
        # Insults to a person's face are no media campaign.
        ("Следователь кричал на неё и называл «пособницей».", "ru", "smear_campaign"),
        # Stripped and left untouched: a humiliation, not a sexual assault.
        ("Его раздели догола, но не трогали.", "ru", "sexual_violence"),
        ("He was stripped but not touched.", "en", "sexual_violence"),
        # Officers pushing someone into their own car is a detention.
        ("Полицейские затолкали его в служебную машину.", "ru", "abduction"),
    ],
)
def test_a_near_wording_does_not(sentence: str, lang: str, code: str) -> None:
    assert code not in codes(sentence, lang)
