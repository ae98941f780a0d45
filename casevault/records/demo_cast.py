"""The fictional cast of the demo case: places, organisations, facilities and people.

Every name here is invented; any likeness to a real person or place is accidental.
"""

from __future__ import annotations

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.records.models import Person, Place


def d(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


class DemoCast:
    """Who and where; the story (casevault.records.demo) says what happened to them."""

    def __init__(self, actor: User) -> None:
        self.actor = actor

    # -- where ---------------------------------------------------------------------------

    def places(self) -> None:
        a = self.actor
        self.country = actions.place_create(
            actor=a, name="Republic of Kestana", kind=Place.Kind.COUNTRY
        )
        self.region = actions.place_create(
            actor=a, name="Belozhar region", kind=Place.Kind.REGION, parent=self.country
        )
        self.city = actions.place_create(
            actor=a, name="Belozhar", kind=Place.Kind.CITY, parent=self.region
        )
        self.capital = actions.place_create(
            actor=a, name="Altynkala", kind=Place.Kind.CITY, parent=self.country
        )
        self.home = actions.place_create(
            actor=a,
            name="Vereskova family house, Sarybel district",
            kind=Place.Kind.ADDRESS,
            parent=self.city,
            confidentiality=Level.RESTRICTED,
        )
        self.airport = actions.place_create(
            actor=a, name="Belozhar airport", kind=Place.Kind.OTHER, parent=self.city
        )

    def organisations(self) -> None:
        a = self.actor
        self.penal_committee = actions.organisation_create(
            actor=a,
            name="National Committee of the Penal System",
            org_type="central_government",
            alt_names=["Национальный комитет уголовно-исполнительной системы"],
        )
        self.prison_department = actions.organisation_create(
            actor=a,
            name="Department of the penal system of Belozhar region",
            org_type="prison_staff",
            parent=self.penal_committee,
            alt_names=["Департамент УИС по Беложарской области"],
        )
        self.interior = actions.organisation_create(
            actor=a, name="Ministry of Internal Affairs of Kestana", org_type="police"
        )
        self.police = actions.organisation_create(
            actor=a,
            name="Police department of Belozhar region",
            org_type="police",
            parent=self.interior,
            alt_names=["Департамент полиции Беложарской области"],
        )
        self.prosecutor = actions.organisation_create(
            actor=a, name="Prosecutor's office of Belozhar region", org_type="prosecutor"
        )
        self.court = actions.organisation_create(
            actor=a, name="Belozhar city court No. 2", org_type="judge_court"
        )
        self.committee = actions.organisation_create(
            actor=a,
            name="Public monitoring committee of Belozhar region",
            alt_names=["Общественная наблюдательная комиссия Беложарской области"],
        )
        self.ngo = actions.organisation_create(actor=a, name="Open Steppe Rights Bureau")
        self.un_rapporteur = actions.organisation_create(
            actor=a, name="UN Special Rapporteur on the situation of human rights defenders"
        )

    def facilities(self) -> None:
        a = self.actor
        self.colony = actions.facility_create(
            actor=a,
            name="Correctional colony AB-158/7",
            facility_type="prison",
            parent=self.city,
            operator=self.prison_department,
            capacity=1200,
        )
        self.sizo = actions.facility_create(
            actor=a,
            name="Pre-trial detention centre No. 1 of Belozhar",
            facility_type="pretrial_detention_centre",
            parent=self.city,
            operator=self.prison_department,
            capacity=600,
        )
        self.station = actions.facility_create(
            actor=a,
            name="Sarybel district police station",
            facility_type="police_station",
            parent=self.city,
            operator=self.police,
        )

    # -- who -----------------------------------------------------------------------------

    def people(self) -> None:
        a = self.actor
        self.monitor = actions.person_create(
            actor=a,
            names=[
                "Верескова Тамара Сергеевна",
                "Тамара Верескова",
                "Tamara Vereskova",
                "Tamara Sergeyevna Vereskova",
            ],
            sex=Person.Sex.FEMALE,
            birth_date=d("1968"),
            occupation="Chair of the public monitoring committee of Belozhar region",
        )
        self.lawyer = actions.person_create(
            actor=a,
            names=["Данияр Сейткали", "Daniyar Seitkali"],
            sex=Person.Sex.MALE,
            occupation="Advocate",
        )
        # The two officers named in her post, by first name as the prisoners called them.
        self.officer_a = actions.person_create(
            actor=a,
            names=["Бекжан Оразов", "Bekzhan Orazov"],
            sex=Person.Sex.MALE,
            occupation="Deputy head of security, colony AB-158/7",
        )
        self.officer_b = actions.person_create(
            actor=a,
            names=["Виктор Лунёв", "Viktor Lunyov", "Viktor Lunev"],
            sex=Person.Sex.MALE,
            occupation="Duty officer, colony AB-158/7",
        )
        self.prisoner = actions.person_create(
            actor=a,
            names=["Руслан (осуждённый)", "Ruslan (prisoner)"],
            sex=Person.Sex.MALE,
            occupation="Prisoner",
            confidentiality=Level.RESTRICTED,
        )
        self.prisoners = actions.person_create(
            actor=a,
            names=["Prisoners of colony AB-158/7, unit 4"],
            kind=Person.Kind.GROUP,
        )
        # Two witnesses who refused to be named in public: they still live in Belozhar.
        self.witness_mother = actions.person_create(
            actor=a,
            names=["Айгуль Нуртаева", "Aigul Nurtayeva"],
            sex=Person.Sex.FEMALE,
            notes="Mother of a prisoner in unit 4; visited him in June 2017.",
            confidentiality=Level.RESTRICTED,
        )
        self.witness_released = actions.person_create(
            actor=a,
            names=["Олег Пашутин", "Oleg Pashutin"],
            sex=Person.Sex.MALE,
            birth_date=d("1985/1987"),
            notes="Released from colony AB-158/7 in 2017-09.",
            confidentiality=Level.RESTRICTED,
        )
        self.client = actions.person_create(
            actor=a,
            names=["Client of T. Vereskova (name withheld)"],
            confidentiality=Level.SECRET,
        )
        self.judge = actions.person_create(
            actor=a,
            names=["Ерлан Касымов", "Yerlan Kasymov"],
            sex=Person.Sex.MALE,
            occupation="Judge",
        )
        self.deputy = actions.person_create(
            actor=a,
            names=["Мария Гордеева", "Maria Gordeeva"],
            sex=Person.Sex.FEMALE,
            occupation="Member of the public monitoring committee",
        )
