"""Leads written through the real service, for the lead, board and conversion tests."""
from __future__ import annotations

from typing import Any

from ispdesk.db.unit_of_work import write
from ispdesk.domain.actor import Actor
from ispdesk.services import audit, leads
from tests.support.actors import ADMIN


def add_lead(db: Any, actor: Actor = ADMIN, name: str = "Rina Kusuma", phone: str = "0813 2222 3333",
             **extra: Any) -> leads.LeadSummary:
    data = leads.LeadInput(name=name, phone=phone, **extra)
    return write(db, lambda s: leads.create_lead(s, actor, data), info=audit.actor_info(actor, leads.MODULE))


def move(db: Any, lead_id: int, status: str, reason: str = "", actor: Actor = ADMIN) -> leads.LeadSummary:
    return write(db, lambda s: leads.move_lead(s, actor, lead_id, status, reason),
                 info=audit.actor_info(actor, leads.MODULE))
