"""The lead form: region pickers fill the postal code, a bad phone is refused
next to its field, a duplicate phone is listed before saving (saved only on the
second Save), and an edit keeps the region."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import Lead
from ispdesk.db.unit_of_work import read
from ispdesk.domain.phone import PhoneError, normalize_phone
from ispdesk.services import leads
from ispdesk.ui.sales.lead_form import LeadForm
from tests.services.billing_docs_support import add_customer
from tests.services.lead_support import add_lead
from tests.ui.widget_support import ctx, indonesian, isolated_settings  # noqa: F401
from tests.support.builders import add_packages


def open_form(qtbot, ctx, lead_id=None) -> LeadForm:
    form = LeadForm(ctx, lead_id)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.ready, timeout=10000):
        form.show()
    return form


def pick(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index > 0, text
    combo.setCurrentIndex(index)


def lead_count(db) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Lead)))


def choose_bandung(form: LeadForm) -> None:
    region = form.region
    pick(region.province, "Jawa Barat")
    pick(region.regency, "Kota Bandung")
    pick(region.district, region.district.itemText(1))
    pick(region.village, region.village.itemText(1))


def test_region_pickers_narrow_down_and_fill_the_postal_code(qtbot, db, ctx):
    form = open_form(qtbot, ctx)
    region = form.region
    assert not region.regency.isEnabled()
    pick(region.province, "Jawa Barat")
    assert region.regency.isEnabled() and region.regency.findText("Kota Bandung") > 0
    assert region.province.findText("DKI Jakarta") > 0
    assert region.regency.findText("Kota Administrasi Jakarta Selatan") < 0
    pick(region.regency, "Kota Bandung")
    assert form.edits["latitude"].text().startswith("-6.9")
    pick(region.district, region.district.itemText(1))
    village_text = region.village.itemText(1)
    pick(region.village, village_text)
    postal = region.postal_code.text()
    assert len(postal) == 5 and postal in village_text
    values = region.values()
    assert values["kabupaten"] == "Kota Bandung" and values["kelurahan"] == village_text.split(" (")[0]


def test_an_invalid_phone_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, db, ctx):
    form = open_form(qtbot, ctx)
    qtbot.keyClicks(form.edits["name"], "Rina Kusuma")
    qtbot.keyClicks(form.edits["phone"], "12345")
    form.save_button.click()
    qtbot.waitUntil(lambda: form.errors.text("phone") != "", timeout=10000)
    with pytest.raises(PhoneError) as refused:
        normalize_phone("12345")
    assert form.errors.text("phone") == leads.phone_problem(refused.value).render()
    assert form.errors.text("name") == ""
    assert lead_count(db) == 0 and form.isVisible()


def test_a_duplicate_phone_is_flagged_before_saving(qtbot, db, ctx):
    add_customer(db, name="Budi Santoso", phone="081211110001")
    form = open_form(qtbot, ctx)
    qtbot.keyClicks(form.edits["name"], "Budi S.")
    qtbot.keyClicks(form.edits["phone"], "+62 812 1111 0001")
    choose_bandung(form)
    with qtbot.waitSignal(form.checked, timeout=10000) as found:
        form.save_button.click()
    assert [m.name for m in found.args[0]] == ["Budi Santoso"]
    assert form.duplicates.isVisible() and "Budi Santoso" in form.duplicates.text()
    assert lead_count(db) == 0
    form.resize(980, 560)
    form.grab().save("/tmp/sales_lead_form.png")
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        form.save_button.click()
    lead = read(db, lambda s: s.get(Lead, saved.args[0].id))
    assert (lead.phone, lead.kabupaten, lead.status) == ("+6281211110001", "Kota Bandung", "new")
    assert lead.kode_pos and lead.latitude is not None


def test_editing_a_lead_shows_its_region_and_saves_changes(qtbot, db, ctx):
    package = add_packages(db)[1]
    lead = add_lead(db, provinsi="Jawa Barat", kabupaten="Kota Bandung", kecamatan="Nowhere", kelurahan="Somewhere",
                    kode_pos="40999", interested_package_id=package)
    form = open_form(qtbot, ctx, lead.id)
    assert form.region.district.currentText() == "Nowhere" and form.region.values()["kelurahan"] == "Somewhere"
    assert form.package.currentData() == package
    form.edits["name"].setText("Rina K.")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    row = read(db, lambda s: s.get(Lead, lead.id))
    assert (row.name, row.kecamatan, row.kode_pos, row.interested_package_id) == ("Rina K.", "Nowhere", "40999",
                                                                                 package)


def test_the_sources_read_in_the_programs_language(qtbot, db, ctx, indonesian):
    """The sources are the leads tab's words (they were English in the Indonesian program)."""
    form = open_form(qtbot, ctx)
    assert [form.source.itemText(i) for i in range(form.source.count())] == [
        "Datang langsung", "WhatsApp", "Situs web", "Referral", "Media sosial", "Lainnya"]
    assert form.source.currentData() == "walk-in"
