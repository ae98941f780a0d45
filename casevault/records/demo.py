"""A fictional sample case for demonstrations, written through the actions only.

Every person, place and organisation here is invented. The story follows the pattern in
DESIGN.md: a monitor who chairs a regional public monitoring committee is prosecuted,
banned from prisons, searched, stopped from travelling, attacked and sued after she speaks
about torture. Dates are deliberately a mix of day, month and year precision, and some
records are restricted or secret, so that every screen has something real to show.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.db import models, transaction

from casevault.accounts.actions import user_create
from casevault.accounts.models import Role, User
from casevault.lib.levels import Level
from casevault.records import actions
from casevault.records.demo_cast import DemoCast, d
from casevault.records.models import (
    Act,
    ActInvolvement,
    ActMethod,
    Case,
    CaseEvent,
    CasePerson,
    Consent,
    Event,
    Facility,
    Information,
    Intervention,
    MonitoringVisit,
    Organisation,
    Person,
    PersonName,
    Place,
    Proceeding,
    ProceedingParty,
    ProceedingStep,
    Source,
    VisitMember,
)

# The demo case is found by this reference: a vault that has it already holds the demo.
DEMO_CASE_REFERENCE = "DEMO-2019-0001"
DEMO_ROLES: list[str] = list(Role.values)

# What demo_populate reports: every table a record type writes to.
COUNTED_MODELS: list[type[models.Model]] = [
    Place,
    Facility,
    Organisation,
    Person,
    PersonName,
    Consent,
    Event,
    Act,
    ActMethod,
    ActInvolvement,
    Case,
    CaseEvent,
    CasePerson,
    Proceeding,
    ProceedingParty,
    ProceedingStep,
    Intervention,
    Source,
    Information,
    MonitoringVisit,
    VisitMember,
]


def demo_present() -> bool:
    return Case.objects.filter(reference=DEMO_CASE_REFERENCE).exists()


def demo_username(role: str) -> str:
    return f"demo-{role}"


def demo_users_create(*, actor: User, passwords: Mapping[str, str]) -> list[User]:
    """One demo user per role, ``demo-<role>``, with the password given for that role."""
    return [
        user_create(actor=actor, username=demo_username(role), role=role, password=passwords[role])
        for role in DEMO_ROLES
    ]


def demo_populate(*, actor: User) -> dict[str, int]:
    """Write the sample case; all or nothing. Returns rows created per table."""
    if demo_present():
        raise actions.RecordError(
            f"this vault already holds the demo case {DEMO_CASE_REFERENCE}: nothing was added"
        )
    before = _counts()
    with transaction.atomic():
        _Story(actor).write()
    after = _counts()
    return {label: after[label] - before[label] for label in after}


def _counts() -> dict[str, int]:
    return {
        model._meta.model_name or "": model._default_manager.count() for model in COUNTED_MODELS
    }


class _Story(DemoCast):
    """The sample case, written in the order a monitor would record it."""

    def write(self) -> None:
        self.places()
        self.organisations()
        self.facilities()
        self.people()
        self.case()
        self.speech_and_first_prosecution()
        self.prison_ban()
        self.second_prosecution()
        self.travel_and_attacks()
        self.libel_suit()
        self.police_station()
        self.visits()
        self.interventions()
        self.consents()

    def case(self) -> None:
        a = self.actor
        self.the_case = actions.case_create(
            actor=a,
            reference=DEMO_CASE_REFERENCE,
            title="Reprisals against Tamara Vereskova, monitor of places of detention",
            summary=(
                "FICTIONAL DEMO CASE. Criminal cases, a ban from prisons, a search, travel "
                "restrictions, an arson attack and libel suits against the chair of the "
                "Belozhar public monitoring committee after she reported torture in colony "
                "AB-158/7."
            ),
            opened_on=datetime.date(2017, 7, 3),
        )
        for person, role in [
            (self.monitor, "victim"),
            (self.lawyer, "lawyer"),
            (self.prisoner, "victim"),
            (self.prisoners, "victim"),
            (self.witness_mother, "witness"),
            (self.witness_released, "witness"),
            (self.officer_a, "alleged perpetrator"),
            (self.officer_b, "alleged perpetrator"),
            (self.deputy, "monitor"),
        ]:
            actions.case_add_person(actor=a, case=self.the_case, person=person, role=role)

    # -- what happened -------------------------------------------------------------------

    def event(self, title: str, date: str, *, place: Place | None = None, **fields: str) -> Event:
        event = actions.event_create(
            actor=self.actor, title=title, date=d(date), place=place, **fields
        )
        actions.case_add_event(actor=self.actor, case=self.the_case, event=event)
        return event

    def act(self, event: Event, act_type: str, victim: Person, **fields: object) -> Act:
        return actions.act_create(
            actor=self.actor,
            event=event,
            act_type=act_type,
            victim=victim,
            **fields,  # type: ignore[arg-type]
        )

    def involve(self, act: Act, degree: str, **fields: object) -> ActInvolvement:
        return actions.involvement_create(actor=self.actor, act=act, degree=degree, **fields)  # type: ignore[arg-type]

    def party(self, proceeding: Proceeding, role: str, who: Person | Organisation) -> None:
        a = self.actor
        if isinstance(who, Person):
            actions.proceeding_party_add(actor=a, proceeding=proceeding, role=role, person=who)
        else:
            actions.proceeding_party_add(
                actor=a, proceeding=proceeding, role=role, organisation=who
            )

    def step(self, proceeding: Proceeding, step_type: str, date: str, outcome: str = "") -> None:
        actions.proceeding_step_create(
            actor=self.actor,
            proceeding=proceeding,
            step_type=step_type,
            date=d(date),
            outcome=outcome,
        )

    def speech_and_first_prosecution(self) -> None:
        a = self.actor
        beatings = self.event(
            "Beatings of prisoners in unit 4 of colony AB-158/7",
            "2017-05/2017-06",
            place=self.colony,
            description="Prisoners of unit 4 say officers beat them after a hunger strike.",
        )
        torture = self.act(
            beatings,
            "torture",
            self.prisoner,
            victim_status="convicted_prisoner",
            methods=["beating"],
            confidentiality=Level.RESTRICTED,
        )
        self.involve(torture, "carried_out", perpetrator_person=self.officer_a)
        self.involve(torture, "carried_out", perpetrator_person=self.officer_b)
        self.involve(torture, "failed_to_prevent", perpetrator_org=self.prison_department)
        group_ill = self.act(
            beatings, "ill_treatment", self.prisoners, victim_status="convicted_prisoner"
        )
        self.involve(group_ill, "carried_out", perpetrator_type="prison_staff")
        protest = self.event("Prisoners cut their wrists in protest", "2017-06", place=self.colony)
        self.act(protest, "self_harm_protest", self.prisoners, victim_status="convicted_prisoner")

        post = self.event(
            "Vereskova publishes the prisoners' account of torture",
            "2017-06-19",
            description="A post naming two officers, by first name, as the prisoners did.",
        )
        self.post_source = actions.source_create(
            actor=a,
            source_type="social_media_post",
            title="Post by T. Vereskova on torture in unit 4",
            date=d("2017-06-19"),
            author_person=self.monitor,
            language="ru",
            reliability="usually_reliable",
            case=self.the_case,
        )
        actions.information_create(
            actor=a,
            source=self.post_source,
            event=beatings,
            connection="hearsay",
            credibility="probably_true",
            summary="Relays what prisoners told her in June.",
        )
        self.testimony = actions.source_create(
            actor=a,
            source_type="testimony",
            title="Interview with a prisoner's mother",
            date=d("2017-06"),
            author_person=self.witness_mother,
            language="ru",
            reliability="usually_reliable",
            case=self.the_case,
            confidentiality=Level.SECRET,
        )
        actions.information_create(
            actor=a,
            source=self.testimony,
            act=torture,
            connection="relative",
            credibility="probably_true",
            excerpt="He showed me the bruises on his back through the glass.",
        )

        charged = self.event(
            "Criminal case for 'spreading knowingly false information'",
            "2017-07",
            place=self.city,
        )
        charge = self.act(charged, "prosecution_speech", self.monitor, victim_status="monitor")
        self.involve(charge, "carried_out", perpetrator_org=self.police)
        self.involve(charge, "incited", perpetrator_person=self.officer_a)
        self.first_case = actions.proceeding_create(
            actor=a,
            proceeding_type="criminal",
            case=self.the_case,
            title="Criminal case against T. Vereskova (false information)",
            legal_basis="Criminal Code of Kestana, art. 287 (spreading knowingly false information)",
            reference_number="17-0412-87",
            authority=self.police,
            opened=d("2017-07"),
            status=Proceeding.Status.CLOSED,
            outcome="Dropped for lack of a crime.",
        )
        self.party(self.first_case, "defendant", self.monitor)
        self.party(self.first_case, "lawyer", self.lawyer)
        self.party(self.first_case, "investigator", self.police)
        self.step(self.first_case, "case_opened", "2017-07")
        self.step(self.first_case, "charges_dropped", "2017-12-22", "Investigator found no crime.")
        dropped = self.event("First criminal case dropped", "2017-12-22", place=self.city)
        self.act(dropped, "charges_dropped", self.monitor, victim_status="monitor")
        actions.information_create(
            actor=a,
            source=self.post_source,
            event=post,
            connection="victim",
            credibility="confirmed",
        )

    def prison_ban(self) -> None:
        a = self.actor
        ban = self.event(
            "Prison department bars Vereskova from visiting places of detention",
            "2018-02",
            place=self.region,
        )
        act = self.act(
            ban, "facility_access_denial", self.monitor, victim_status="human_rights_defender"
        )
        self.involve(act, "carried_out", perpetrator_org=self.prison_department)
        challenge = actions.proceeding_create(
            actor=a,
            proceeding_type="administrative_justice",
            case=self.the_case,
            title="Vereskova v. Department of the penal system (access ban)",
            authority=self.court,
            opened=d("2018-03"),
            status=Proceeding.Status.CLOSED,
            outcome="Ban upheld; appeal rejected.",
            remedies_exhausted=True,
        )
        self.party(challenge, "complainant", self.monitor)
        self.party(challenge, "respondent", self.prison_department)
        self.party(challenge, "judge", self.judge)
        self.step(challenge, "hearing", "2018-05-15")
        self.step(challenge, "verdict", "2018-05-15", "The court upheld the ban.")
        self.step(challenge, "appeal_filed", "2018-06")
        upheld = self.event("Court upholds the ban", "2018-05-15", place=self.city)
        act = self.act(upheld, "court_hearing", self.monitor, victim_status="monitor")
        self.involve(act, "complicit", perpetrator_org=self.court)
        self.step(challenge, "appeal_decided", "2018-08")
        ruling = actions.source_create(
            actor=a,
            source_type="court_record",
            title="Ruling of Belozhar city court No. 2",
            date=d("2018-05-15"),
            author_org=self.court,
            reliability="completely_reliable",
            case=self.the_case,
        )
        actions.information_create(
            actor=a,
            source=ruling,
            event=ban,
            connection="documentary",
            credibility="confirmed",
            summary="The court finds the ban lawful.",
        )

    def second_prosecution(self) -> None:
        a = self.actor
        self.event(
            "Vereskova briefs foreign parliamentarians on torture in Belozhar",
            "2018-09",
            description="An online briefing for members of a foreign parliament's rights committee.",
        )
        opened = self.event("Second criminal case opened", "2018-10", place=self.city)
        charge = self.act(opened, "prosecution_speech", self.monitor, victim_status="monitor")
        self.involve(charge, "carried_out", perpetrator_org=self.police)
        search = self.event(
            "House searched, computers seized",
            "2018-10-08",
            place=self.home,
        )
        searched = self.act(search, "search", self.monitor, victim_status="human_rights_defender")
        seized = self.act(
            search,
            "confiscation",
            self.monitor,
            victim_status="human_rights_defender",
            description="Two laptops, a desktop computer and a phone.",
        )
        for act in (searched, seized):
            self.involve(act, "carried_out", perpetrator_org=self.police)
        second = actions.proceeding_create(
            actor=a,
            proceeding_type="criminal",
            case=self.the_case,
            title="Second criminal case against T. Vereskova",
            legal_basis="Criminal Code of Kestana, art. 287",
            authority=self.police,
            opened=d("2018-10"),
        )
        self.party(second, "defendant", self.monitor)
        self.party(second, "lawyer", self.lawyer)
        self.step(second, "case_opened", "2018-10")
        self.step(second, "charges_brought", "2018-11")
        media = actions.source_create(
            actor=a,
            source_type="media_report",
            title="Local news site: monitor's house searched",
            date=d("2018-10-09"),
            url="https://news.example.org/belozhar/2018/10/search",
            language="ru",
            reliability="fairly_reliable",
            case=self.the_case,
        )
        actions.information_create(
            actor=a, source=media, act=seized, connection="journalist", credibility="possibly_true"
        )

    def travel_and_attacks(self) -> None:
        stopped = self.event(
            "Stopped on the road to the capital",
            "2018-11",
            place=self.region,
            location_detail="Police checkpoint on the Belozhar–Altynkala highway",
        )
        act = self.act(stopped, "travel_ban", self.monitor, victim_status="human_rights_defender")
        self.involve(act, "carried_out", perpetrator_type="police")
        plane = self.event(
            "Prevented from boarding a plane to Altynkala", "2018-12-03", place=self.airport
        )
        act = self.act(plane, "travel_ban", self.monitor, victim_status="human_rights_defender")
        self.involve(act, "carried_out", perpetrator_org=self.police)
        arson = self.event(
            "Two bottles of flammable liquid thrown at her house", "2018-11", place=self.home
        )
        act = self.act(arson, "arson", self.monitor, victim_status="human_rights_defender")
        self.involve(act, "carried_out", perpetrator_type="unknown")
        calls = self.event(
            "Anonymous threatening calls",
            "2018-10/2018-12",
            confidentiality=Level.SECRET,
        )
        self.act(calls, "threat", self.monitor, victim_status="human_rights_defender")

    def libel_suit(self) -> None:
        a = self.actor
        sued = self.event("Two prison officers sue Vereskova for libel", "2018-12", place=self.city)
        act = self.act(sued, "libel_suit", self.monitor, victim_status="monitor")
        self.involve(act, "carried_out", perpetrator_person=self.officer_a)
        self.involve(act, "carried_out", perpetrator_person=self.officer_b)
        suit = actions.proceeding_create(
            actor=a,
            proceeding_type="civil",
            case=self.the_case,
            title="Orazov and Lunyov v. Vereskova (defamation)",
            authority=self.court,
            opened=d("2018-12"),
        )
        for officer in (self.officer_a, self.officer_b):
            self.party(suit, "plaintiff", officer)
        self.party(suit, "defendant", self.monitor)
        self.step(suit, "complaint_filed", "2018-12")

    def police_station(self) -> None:
        a = self.actor
        dragged = self.event(
            "Police drag Vereskova out of a police station",
            "2019-01-14",
            place=self.station,
            description="She was accompanying a client questioned as a witness.",
        )
        act = self.act(
            dragged, "physical_assault", self.monitor, victim_status="human_rights_defender"
        )
        self.involve(act, "carried_out", perpetrator_type="police")
        self.involve(act, "ordered", perpetrator_org=self.police)
        self.act(dragged, "verbal_abuse", self.monitor, victim_status="human_rights_defender")
        interview = actions.source_create(
            actor=a,
            source_type="testimony",
            title="Interview with T. Vereskova",
            date=d("2019-01"),
            author_person=self.monitor,
            reliability="completely_reliable",
            case=self.the_case,
            confidentiality=Level.RESTRICTED,
        )
        for event in Event.objects.filter(
            cases=self.the_case, acts__victim=self.monitor
        ).distinct():
            actions.information_create(
                actor=a,
                source=interview,
                event=event,
                connection="victim",
                credibility="confirmed",
            )

    def visits(self) -> None:
        a = self.actor
        actions.visit_create(
            actor=a,
            facility=self.colony,
            date=d("2015"),
            team=[self.monitor, self.deputy],
            interviews_count=9,
            findings="Overcrowding in unit 2; no heating in the punishment cells.",
        )
        actions.visit_create(
            actor=a,
            facility=self.sizo,
            date=d("2016-03"),
            team=[self.monitor],
            interviews_count=14,
            conditions="Cells for 8 hold 14; a shower once in ten days.",
        )
        actions.visit_create(
            actor=a,
            facility=self.colony,
            date=d("2017-06-02"),
            team=[self.monitor, self.deputy],
            interviews_count=6,
            findings="Prisoners of unit 4 report beatings after a hunger strike.",
            confidentiality=Level.RESTRICTED,
        )
        actions.visit_create(
            actor=a,
            facility=self.colony,
            date=d("2018-03-06"),
            team=[self.monitor, self.deputy],
            access=MonitoringVisit.Access.DENIED,
            denial_reason="The duty officer cited the department's ban of February 2018.",
        )

    def interventions(self) -> None:
        a, case = self.actor, self.the_case
        actions.intervention_create(
            actor=a,
            case=case,
            by_org=self.committee,
            intervention_type="prosecutor_complaint",
            title="Request to investigate beatings in unit 4",
            date=d("2017-06-22"),
            addressee=self.prosecutor,
            status=Intervention.Status.ANSWERED,
            response="rejected",
            response_date=d("2017-08"),
            response_text="No violations found.",
        )
        actions.intervention_create(
            actor=a,
            case=case,
            by_org=self.ngo,
            intervention_type="letter_to_authority",
            title="Letter on the second criminal case",
            date=d("2018-10-15"),
            addressee=self.prosecutor,
            response="no_response",
        )
        actions.intervention_create(
            actor=a,
            case=case,
            by_org=self.ngo,
            intervention_type="public_statement",
            title="Kestana: stop the reprisals against monitor Tamara Vereskova",
            date=d("2019-02-04"),
            summary="Chronology since 2017 and four demands.",
        )
        actions.intervention_create(
            actor=a,
            case=case,
            by_org=self.ngo,
            intervention_type="un_communication",
            title="Communication to the Special Rapporteur on human rights defenders",
            date=d("2019-03"),
            addressee=self.un_rapporteur,
            confidentiality=Level.RESTRICTED,
        )

    def consents(self) -> None:
        a = self.actor
        given = datetime.date(2019, 1, 20)
        for use in ("name_publicly", "share_with_un"):
            actions.consent_create(
                actor=a,
                person=self.monitor,
                use=use,
                decision=Consent.Decision.GRANTED,
                given_on=given,
                obtained_by="Open Steppe Rights Bureau",
                note="Written consent.",
            )
        for witness in (self.witness_mother, self.witness_released):
            actions.consent_create(
                actor=a,
                person=witness,
                use="name_publicly",
                decision=Consent.Decision.REFUSED,
                given_on=datetime.date(2017, 6, 25),
                obtained_by="T. Vereskova",
                note="Fears reprisals against a relative still in the colony.",
            )
            actions.consent_create(
                actor=a,
                person=witness,
                use="share_with_un",
                decision=Consent.Decision.GRANTED,
                given_on=datetime.date(2017, 6, 25),
                obtained_by="T. Vereskova",
            )
