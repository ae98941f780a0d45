"""Variant groups of given names: one canonical key for the forms of one name.

A modest table written for CaseVault: common Russian and Kazakh given names with their usual
Latin spellings, English equivalents and everyday short forms. Spellings that ``token_key``
already collapses (Yelena/Elena, Aleksei/Alexey) need not be listed; they are here anyway
where they make the table easier to read. A name that is missing simply keys to its own
``token_key``.

Some short forms are ambiguous: "Alex" may be Алексей or Александр, "Zhenya" Евгений or
Евгения. Each form belongs to one group only; ambiguous ones go where they are commonest in
the sources we see, and "Zhenya", "Sasha" and "Valya" (male or female) are left out.
"""

from __future__ import annotations

from typing import Literal

from casevault.lib.translit import token_key

Sex = Literal["f", "m"]

# (sex, canonical form first, then variants)
GIVEN_NAME_GROUPS: tuple[tuple[Sex, tuple[str, ...]], ...] = (
    # Russian, female
    ("f", ("Елена", "Yelena", "Elena", "Helen", "Helena", "Lena", "Лена", "Jelena")),
    ("f", ("Ольга", "Olga", "Olya", "Оля", "Olha")),
    ("f", ("Наталья", "Наталия", "Natalia", "Natalya", "Natasha", "Наташа", "Natalie")),
    ("f", ("Татьяна", "Tatiana", "Tatyana", "Tanya", "Таня", "Tatjana")),
    ("f", ("Ирина", "Irina", "Ira", "Ира", "Irene")),
    ("f", ("Светлана", "Svetlana", "Sveta", "Света")),
    ("f", ("Екатерина", "Ekaterina", "Yekaterina", "Katerina", "Katya", "Катя", "Catherine")),
    ("f", ("Мария", "Maria", "Mariya", "Masha", "Маша", "Marie", "Mary")),
    ("f", ("Анна", "Anna", "Anya", "Аня", "Anne", "Ann")),
    ("f", ("Юлия", "Yulia", "Julia", "Iuliia", "Yuliya", "Юля", "Yulya", "Julie")),
    ("f", ("Анастасия", "Anastasia", "Anastasiya", "Nastya", "Настя")),
    ("f", ("Евгения", "Evgenia", "Yevgeniya", "Eugenia")),
    ("f", ("Людмила", "Lyudmila", "Ludmila", "Lyuda", "Люда", "Mila")),
    ("f", ("Галина", "Galina", "Galya", "Галя")),
    ("f", ("Надежда", "Nadezhda", "Nadya", "Надя")),
    ("f", ("Вера", "Vera")),
    ("f", ("Любовь", "Lyubov", "Lubov", "Lyuba", "Люба")),
    ("f", ("Ксения", "Ksenia", "Kseniya", "Xenia")),
    ("f", ("Оксана", "Oksana")),
    ("f", ("Дарья", "Daria", "Darya", "Dasha", "Даша")),
    ("f", ("Марина", "Marina")),
    ("f", ("Алёна", "Alyona", "Alena")),
    ("f", ("Валентина", "Valentina")),
    ("f", ("Виктория", "Viktoria", "Victoria", "Vika", "Вика")),
    ("f", ("Елизавета", "Elizaveta", "Yelizaveta", "Liza", "Лиза", "Elizabeth")),
    # Russian, male
    ("m", ("Алексей", "Aleksei", "Alexey", "Aleksey", "Alexei", "Alex", "Алёша", "Alyosha")),
    ("m", ("Александр", "Aleksandr", "Alexander", "Aleksander", "Shura", "Шура")),
    ("m", ("Сергей", "Sergei", "Sergey", "Serge", "Серёжа", "Seryozha")),
    ("m", ("Дмитрий", "Dmitry", "Dmitri", "Dmitrii", "Dima", "Дима")),
    ("m", ("Андрей", "Andrei", "Andrey", "Andrew", "Андрюша")),
    ("m", ("Михаил", "Mikhail", "Michael", "Misha", "Миша")),
    ("m", ("Иван", "Ivan", "Vanya", "Ваня")),
    ("m", ("Николай", "Nikolai", "Nikolay", "Nicholas", "Kolya", "Коля")),
    ("m", ("Владимир", "Vladimir", "Volodya", "Володя", "Vova", "Вова")),
    ("m", ("Евгений", "Evgeny", "Yevgeny", "Evgenii", "Eugene")),
    ("m", ("Павел", "Pavel", "Paul", "Pasha", "Паша")),
    ("m", ("Пётр", "Pyotr", "Petr", "Peter", "Petya", "Петя")),
    ("m", ("Юрий", "Yuri", "Yury", "Iurii", "Yura", "Юра")),
    ("m", ("Виктор", "Viktor", "Victor", "Vitya", "Витя")),
    ("m", ("Игорь", "Igor")),
    ("m", ("Олег", "Oleg")),
    ("m", ("Максим", "Maksim", "Maxim", "Max")),
    ("m", ("Константин", "Konstantin", "Constantine", "Kostya", "Костя")),
    ("m", ("Григорий", "Grigory", "Grigorii", "Gregory", "Grisha", "Гриша")),
    ("m", ("Фёдор", "Fyodor", "Fedor", "Theodore", "Fedya", "Федя")),
    ("m", ("Илья", "Ilya", "Ilia", "Elijah")),
    ("m", ("Василий", "Vasily", "Vasiliy", "Vasya", "Вася")),
    ("m", ("Роман", "Roman", "Roma", "Рома")),
    ("m", ("Артём", "Artyom", "Artem")),
    ("m", ("Вадим", "Vadim")),
    ("m", ("Денис", "Denis")),
    # Kazakh, male
    ("m", ("Нұрлан", "Нурлан", "Nurlan")),
    ("m", ("Ерлан", "Yerlan", "Erlan")),
    ("m", ("Бауыржан", "Бауржан", "Bauyrzhan", "Baurzhan", "Bauyrjan")),
    ("m", ("Ержан", "Yerzhan", "Erzhan", "Erjan")),
    ("m", ("Асқат", "Асхат", "Askhat", "Asqat", "Askat")),
    ("m", ("Дәулет", "Даулет", "Daulet", "Däulet")),
    ("m", ("Мұхтар", "Мухтар", "Mukhtar", "Muqtar")),
    ("m", ("Серік", "Серик", "Serik")),
    ("m", ("Айдос", "Aidos", "Aydos")),
    ("m", ("Болат", "Bolat", "Bulat", "Булат")),
    ("m", ("Мұрат", "Мурат", "Murat")),
    ("m", ("Қайрат", "Кайрат", "Kairat", "Qairat", "Kayrat")),
    ("m", ("Ғалым", "Галым", "Galym", "Ghalym")),
    ("m", ("Ермек", "Yermek", "Ermek")),
    ("m", ("Тимур", "Темір", "Timur", "Temir")),
    ("m", ("Арман", "Arman")),
    ("m", ("Жандос", "Zhandos", "Jandos")),
    ("m", ("Руслан", "Ruslan")),
    # Kazakh, female
    ("f", ("Әлия", "Алия", "Aliya", "Aliia", "Alia")),
    ("f", ("Айгүл", "Айгуль", "Aigul", "Aygul", "Aigül")),
    ("f", ("Гүлнар", "Гульнара", "Gulnara", "Gulnar", "Gülnar")),
    ("f", ("Сәуле", "Сауле", "Saule", "Säule")),
    ("f", ("Динара", "Dinara")),
    ("f", ("Жанар", "Zhanar", "Janar")),
    ("f", ("Мадина", "Madina")),
    ("f", ("Әсел", "Асель", "Asel", "Assel", "Äsel")),
    ("f", ("Айжан", "Aizhan", "Ayzhan", "Aijan")),
    ("f", ("Ботагөз", "Ботагоз", "Botagoz", "Botagöz")),
    ("f", ("Перизат", "Perizat")),
    ("f", ("Гүлмира", "Гульмира", "Gulmira")),
)


# Names that mark a person as Kazakh, so that a Latin j elsewhere in the name is ж as in
# Kazakh Latin ("Bauyrjan Jarylbolov"). Names Kazakhs share with Tatars, Russians and others
# (Руслан, Тимур, Мурат, Мадина …) are left out: those are romanised the Russian way too,
# where j is a й-glide.
_KAZAKH_MARKERS = frozenset(
    "Нұрлан Ерлан Бауыржан Ержан Асқат Дәулет Серік Айдос Қайрат Ғалым Ермек Жандос "
    "Айгүл Сәуле Жанар Әсел Айжан Ботагөз Перизат Гүлмира".split()
)


def _build_tables() -> tuple[dict[str, str], dict[str, Sex]]:
    canonical: dict[str, str] = {}
    sex_of: dict[str, Sex] = {}
    for sex, forms in GIVEN_NAME_GROUPS:
        group_key = token_key(forms[0])
        sex_of[group_key] = sex
        for form in forms:
            canonical.setdefault(token_key(form), group_key)
    return canonical, sex_of


_CANONICAL, _SEX_OF_CANONICAL = _build_tables()
_KAZAKH_KEYS = frozenset(
    key
    for _sex, forms in GIVEN_NAME_GROUPS
    if forms[0] in _KAZAKH_MARKERS
    for form in forms
    for key in (token_key(form), token_key(form, system="kazakh-latin"))
)


def canonical_given_key(token: str) -> str:
    """Canonical key of a given name: its group's key if known, else its ``token_key``."""
    return canonical_of_key(token_key(token))


def canonical_of_key(key: str) -> str:
    """``canonical_given_key`` for a token already reduced to its ``token_key``."""
    return _CANONICAL.get(key, key)


def is_known_given_key(key: str) -> bool:
    return key in _CANONICAL


def is_kazakh_given_key(key: str) -> bool:
    """True for a token key of a given name that marks its bearer as Kazakh (Nurlan, Saule,
    Bauyrjan), in either reading of a Latin j."""
    return key in _KAZAKH_KEYS


def given_name_sex(canonical_key: str) -> Sex | None:
    return _SEX_OF_CANONICAL.get(canonical_key)
