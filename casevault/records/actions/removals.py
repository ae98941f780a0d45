"""Removing parts of an event while it is being documented: a wrong act, perpetrator, source.

The audit entry keeps what was removed (its last state is in the entry's digest and the
details name it), so a removal can always be explained later.
"""

from __future__ import annotations

from django.db import transaction

from casevault.accounts.models import User
from casevault.audit import log as audit
from casevault.records.actions.common import require_change
from casevault.records.models import Act, ActInvolvement, Information
from casevault.search.index import index_record


def act_delete(*, actor: User, act: Act) -> None:
    require_change(actor, act)
    require_change(actor, act.event)
    with transaction.atomic():
        details = {
            "event": str(act.event_id),
            "act_type": act.act_type_id,
            "victim": str(act.victim_id) if act.victim_id else None,
            "involvements": act.involvements.count(),
        }
        audit.record(actor=actor, verb="act.delete", target=act, details=details, revision=False)
        event = act.event
        act.delete()
        # The event's search entry held the act's text (a victim's name): rebuild it.
        index_record(event)


def involvement_delete(*, actor: User, involvement: ActInvolvement) -> None:
    require_change(actor, involvement)
    require_change(actor, involvement.act)
    with transaction.atomic():
        details = {"act": str(involvement.act_id), "degree": involvement.degree_id}
        audit.record(
            actor=actor,
            verb="involvement.delete",
            target=involvement,
            details=details,
            revision=False,
        )
        act = involvement.act
        involvement.delete()
        index_record(act)


def information_delete(*, actor: User, information: Information) -> None:
    """Detach a source from an event or act; the source itself stays."""
    require_change(actor, information)
    with transaction.atomic():
        details = {
            "source": str(information.source_id),
            "event": str(information.event_id) if information.event_id else None,
            "act": str(information.act_id) if information.act_id else None,
        }
        audit.record(
            actor=actor,
            verb="information.delete",
            target=information,
            details=details,
            revision=False,
        )
        source = information.source
        information.delete()
        index_record(source)
