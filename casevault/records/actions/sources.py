from __future__ import annotations

from casevault.accounts.models import User
from casevault.lib.fuzzydate import FuzzyDate
from casevault.lib.levels import Level
from casevault.records.actions.common import RecordError, create_record, required_term, term
from casevault.records.models import Act, Case, Event, Information, Organisation, Person, Source


def source_create(
    *,
    actor: User,
    source_type: str,
    title: str,
    date: FuzzyDate | None = None,
    author_person: Person | None = None,
    author_org: Organisation | None = None,
    url: str = "",
    reference: str = "",
    language: str = "",
    reliability: str | None = None,
    case: Case | None = None,
    notes: str = "",
    confidentiality: str = Level.INTERNAL,
) -> Source:
    source = Source(
        source_type=required_term("source_type", source_type),
        title=title.strip(),
        author_person=author_person,
        author_org=author_org,
        url=url,
        reference=reference,
        language=language,
        reliability=term("reliability", reliability),
        case=case,
        notes=notes,
        confidentiality=Level(confidentiality),
    )
    source.date = date or FuzzyDate.unknown()
    return create_record(actor, source, "source.create")


def information_create(
    *,
    actor: User,
    source: Source,
    event: Event | None = None,
    act: Act | None = None,
    connection: str | None = None,
    credibility: str | None = None,
    summary: str = "",
    excerpt: str = "",
) -> Information:
    if event is None and act is None:
        raise RecordError("information must be about an event or an act")
    info = Information(
        source=source,
        event=event,
        act=act,
        connection=term("source_connection", connection),
        credibility=term("credibility", credibility),
        summary=summary,
        excerpt=excerpt,
        confidentiality=source.confidentiality,
    )
    return create_record(actor, info, "information.create")
