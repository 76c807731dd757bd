"""Leads: +62 phones, LD numbers in order, duplicates flagged, pipeline moves
(lost needs a reason, won only by conversion), supervisor reassignment, audit rows."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Lead
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.domain.phone import PhoneError, normalize_phone
from ispdesk.services import audit, leads
from tests.services.billing_docs_support import add_customer
from tests.support.actors import add_user
from tests.services.lead_support import add_lead, move
from tests.support.actors import ADMIN


@pytest.mark.parametrize("typed, stored", [("0812-3456-7890", "+6281234567890"), ("62 812 3456 789", "+628123456789"),
                                           ("+62 22 1234567", "+62221234567"), ("(022) 123.4567", "+62221234567")])
def test_phones_are_kept_as_plus_62(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "0812abc", "0000000000", "08123", "+1 555 123 4567"])
def test_bad_phones_are_refused(typed):
    with pytest.raises(PhoneError):
        normalize_phone(typed)


def test_leads_are_numbered_in_order_and_audited(db):
    first, second = add_lead(db), add_lead(db, name="Joko Widodo", phone="081300001111")
    assert first.number.startswith("LD-") and first.number.endswith("000001")
    assert second.number.endswith("000002") and first.status == "new"
    saved = read(db, lambda s: s.get(Lead, first.id))
    assert saved.phone == "+6281322223333" and saved.source == "walk-in"
    logs = read(db, lambda s: s.execute(sa.select(AuditLog.action, AuditLog.model_id)
                                       .where(AuditLog.model_type == "leads")).all())
    assert ("create", first.id) in [(a, int(i)) for a, i in logs]


def test_bad_input_is_refused_next_to_its_field_and_nothing_is_written(db):
    with pytest.raises(ValidationError) as caught:
        add_lead(db, name="", phone="12345", email="not-an-email", kode_pos="40A", latitude="95")
    codes = caught.value.codes
    assert set(codes) == {"name", "phone", "email", "kode_pos", "latitude"}
    assert {field: codes[field] for field in ("name", "email", "kode_pos", "latitude")} == {
        "name": "leads.name_required", "email": "leads.bad_email", "kode_pos": "leads.bad_postal_code",
        "latitude": "leads.coordinate_range"}
    assert caught.value.errors["latitude"].params == {"limit": 90}
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Lead))) == 0


def test_a_matching_phone_or_email_of_a_lead_or_customer_is_found(db):
    add_customer(db, name="Budi Santoso", phone="081211110001", email="budi@example.id")
    lead = add_lead(db, name="Rina", phone="0813 2222 3333", email="rina@example.id")
    found = read(db, lambda s: leads.find_duplicates(s, ADMIN, phone="+62 812 1111 0001"))
    assert [(d.kind, d.name) for d in found] == [("customer", "Budi Santoso")]
    found = read(db, lambda s: leads.find_duplicates(s, ADMIN, phone="", email="RINA@example.id"))
    assert [(d.kind, d.number) for d in found] == [("lead", lead.number)]
    assert read(db, lambda s: leads.find_duplicates(s, ADMIN, phone="0813 2222 3333",
                                                    exclude_lead_id=lead.id)) == []
    assert read(db, lambda s: leads.find_duplicates(s, ADMIN, phone="0899 0000 0000")) == []


def test_moves_lost_needs_a_reason_and_won_comes_only_from_conversion(db):
    lead = add_lead(db)
    assert move(db, lead.id, "contacted").status == "contacted"
    with pytest.raises(ValidationError) as caught:
        move(db, lead.id, "lost")
    assert caught.value.codes == {"lost_reason": "leads.lost_reason_needed"}
    with pytest.raises(ValidationError) as caught:
        move(db, lead.id, "won")
    assert caught.value.codes == {"status": "leads.won_by_conversion"}
    move(db, lead.id, "lost", "Chose a competitor")
    saved = read(db, lambda s: s.get(Lead, lead.id))
    assert (saved.status, saved.lost_reason) == ("lost", "Chose a competitor")
    move(db, lead.id, "qualified")
    assert read(db, lambda s: s.get(Lead, lead.id)).lost_reason is None
    changes = read(db, lambda s: s.scalars(sa.select(AuditLog.new_values).where(
        AuditLog.model_type == "leads", AuditLog.action == "update")).all())
    assert len(changes) == 3 and "lost" in str(changes[1])


def test_a_converted_lead_stays_won(db):
    lead = add_lead(db)
    customer = add_customer(db)

    def win(s):
        row = s.get(Lead, lead.id)
        row.status, row.customer_id = "won", customer
    write(db, win)
    with pytest.raises(ConflictError) as refused:
        move(db, lead.id, "lost", "changed mind")
    assert refused.value.code == "leads.stays_won"


def test_only_a_supervisor_reassigns_and_sales_see_their_own_first(db):
    sales = add_user(db, "sari", "sales")
    other = add_user(db, "tono", "sales")
    boss = add_user(db, "bos", "supervisor")
    mine = add_lead(db, actor=sales, name="Mine")
    theirs = add_lead(db, actor=other, name="Theirs")
    newest = add_lead(db, actor=other, name="Newest")
    handed_out = add_lead(db, actor=boss, name="For anyone")      # who hands leads out does not keep them
    assigned = read(db, lambda s: {row.name: row.assigned_to for row in s.scalars(sa.select(Lead))})
    assert assigned == {"Mine": sales.user_id, "Theirs": other.user_id, "Newest": other.user_id, "For anyone": None}
    write(db, lambda s: s.delete(s.get(Lead, handed_out.id)))
    cards = read(db, lambda s: leads.board(s, sales))["new"]
    assert [c.name for c in cards] == ["Mine", "Newest", "Theirs"] and cards[0].mine
    with pytest.raises(PermissionDenied):
        write(db, lambda s: leads.reassign_lead(s, sales, theirs.id, sales.user_id))
    write(db, lambda s: leads.reassign_lead(s, boss, theirs.id, sales.user_id),
          info=audit.actor_info(boss, leads.MODULE))
    cards = read(db, lambda s: leads.board(s, sales))["new"]
    assert [c.name for c in cards] == ["Theirs", "Mine", "Newest"]
    assert cards[0].assignee == "Sari" and newest.id > mine.id


def test_update_changes_details_not_the_number(db):
    lead = add_lead(db, email="a@b.id")
    data, _ = read(db, lambda s: leads.get_lead(s, ADMIN, lead.id))
    changed = leads.LeadInput(**{**data.__dict__, "name": "Rina K.", "phone": "081399998888"})
    write(db, lambda s: leads.update_lead(s, ADMIN, lead.id, changed))
    saved = read(db, lambda s: s.get(Lead, lead.id))
    assert (saved.name, saved.phone, saved.lead_number, saved.email) == ("Rina K.", "+6281399998888",
                                                                        lead.number, "a@b.id")


def test_the_generic_leads_form_keeps_the_pipeline_rules(db):
    from ispdesk.services import records
    from ispdesk.services.modules import SPECS
    spec = SPECS["leads"]
    lead = add_lead(db)

    def save(values):
        return write(db, lambda s: records.save(s, ADMIN, spec, lead.id, values))
    with pytest.raises(PhoneError) as bad_phone:
        normalize_phone("12345")
    for values, field, code in (({"status": "won"}, "status", "leads.won_by_conversion"),
                                ({"status": "lost"}, "lost_reason", "leads.lost_reason_needed"),
                                ({"phone": "12345"}, "phone", leads.phone_problem(bad_phone.value).code)):
        with pytest.raises(ValidationError) as caught:
            save(values)
        assert caught.value.codes[field] == code
    save({"status": "lost", "lost_reason": "Out of coverage"})
    assert read(db, lambda s: s.get(Lead, lead.id).status) == "lost"
    customer = add_customer(db)

    def win(s):
        s.get(Lead, lead.id).customer_id = customer
    write(db, win)
    with pytest.raises(ValidationError) as caught:
        save({"notes": "changed"})
    assert caught.value.codes == {"": "leads.converted"}
    with pytest.raises(ValidationError):
        write(db, lambda s: records.delete(s, ADMIN, spec, lead.id))
