from __future__ import annotations

from decimal import Decimal

from casevault.accounts.models import User
from casevault.lib.levels import Level
from casevault.records.actions.common import create_record, required_term
from casevault.records.models import Facility, Organisation, Place


def place_create(
    *,
    actor: User,
    name: str,
    kind: str = Place.Kind.OTHER,
    parent: Place | None = None,
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Place:
    place = Place(
        name=name.strip(),
        kind=kind,
        parent=parent,
        latitude=latitude,
        longitude=longitude,
        confidentiality=Level(confidentiality),
    )
    return create_record(actor, place, "place.create")


def facility_create(
    *,
    actor: User,
    name: str,
    facility_type: str,
    parent: Place | None = None,
    operator: Organisation | None = None,
    capacity: int | None = None,
    confidentiality: str = Level.INTERNAL,
) -> Facility:
    facility = Facility(
        name=name.strip(),
        kind=Place.Kind.FACILITY,
        parent=parent,
        facility_type=required_term("facility_type", facility_type),
        operator=operator,
        capacity=capacity,
        confidentiality=Level(confidentiality),
    )
    return create_record(actor, facility, "facility.create")
