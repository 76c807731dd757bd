"""RecordForm over the real records service: create, validation next to the
field with nothing written, valid edits, the foreign-key picker, Enter saves,
a lost connection keeps the input."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ispdesk.db.engine import Database
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import ColumnSpec, Kind
from ispdesk.ui.widgets.editors import EditorError, make_editor
from ispdesk.ui.widgets.record_form import RecordForm
from ispdesk.ui.widgets.table_tab import TableTab
from tests.ui.widget_support import ctx, isolated_settings, make_ctx
from tests.support.actors import CASHIER, add_user
from tests.support.builders import add_customers, add_packages, get_record as get


def open_form(qtbot, ctx, key: str, record_id: int | None, **kw) -> RecordForm:
    form = RecordForm(ctx, SPECS[key], record_id, **kw)
    qtbot.addWidget(form)
    form.show()
    if record_id is not None:
        qtbot.waitUntil(lambda: form.save_button.isEnabled() or not form.cancel_button.text() == "Cancel",
                        timeout=10000)
        qtbot.waitUntil(lambda: not ctx.runner.busy)
    return form


def type_into(qtbot, form: RecordForm, name: str, text: str) -> None:
    edit = form.editor(name).focus_widget()
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_record_made_in_the_form_appears_in_the_tab(qtbot, db, ctx):
    add_customers(db)
    tab = TableTab(ctx, SPECS["customers"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.count_label.text() == "7 rows", timeout=10000)
    form = tab.open_record(None)
    type_into(qtbot, form, "name", "Bambang Kurniawan")
    type_into(qtbot, form, "phone", "081299990000")
    form.editor("status").set_value("active")
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    new_id = saved.args[0]
    assert form.result() == RecordForm.DialogCode.Accepted
    qtbot.waitUntil(lambda: tab.count_label.text() == "8 rows" and tab.selected_id() == new_id, timeout=10000)
    record = get(db, "customers", new_id)
    assert record["name"] == "Bambang Kurniawan" and record["phone"] == "081299990000"
    assert record["customer_number"]   # given by the program on save


def test_bad_money_is_shown_under_its_field_and_nothing_is_written(qtbot, db, ctx):
    package_id = add_packages(db)[0]
    form = open_form(qtbot, ctx, "packages", package_id)
    assert form.editor("monthly_price").focus_widget().text() == "Rp 250.000"
    type_into(qtbot, form, "monthly_price", "abc")
    type_into(qtbot, form, "name", "Renamed")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "amount" in form.error_text("monthly_price")
    assert form.error_text("name") == ""
    assert form.isVisible() and form.editor("monthly_price").focus_widget().text() == "abc"
    assert get(db, "packages", package_id)["name"] == "Home 20 Mbps"


def test_empty_required_field_is_refused_next_to_it(qtbot, db, ctx):
    package_id = add_packages(db)[0]
    form = open_form(qtbot, ctx, "packages", package_id)
    type_into(qtbot, form, "name", "")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("name") == "Name is required."
    assert form.editor("name").focus_widget().hasFocus() and form.isVisible()
    assert get(db, "packages", package_id)["name"] == "Home 20 Mbps"


def test_service_refusal_shows_under_the_field_and_keeps_the_input(qtbot, db, ctx):
    package_id = add_packages(db)[0]
    form = open_form(qtbot, ctx, "packages", package_id)
    type_into(qtbot, form, "code", "HOME-50")   # another package's code: records.save refuses it
    type_into(qtbot, form, "monthly_price", "275.000")
    with qtbot.waitSignal(ctx.runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "already used" in form.error_text("code")
    assert form.isVisible() and form.editor("monthly_price").focus_widget().text() == "275.000"
    assert form.editor("code").focus_widget().hasFocus()
    record = get(db, "packages", package_id)
    assert record["code"] == "HOME-20" and record["monthly_price"] == Decimal("250000")
    type_into(qtbot, form, "code", "HOME-25")   # fixing it clears the message and saves
    assert form.error_text("code") == ""
    with qtbot.waitSignal(form.saved, timeout=10000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    record = get(db, "packages", package_id)
    assert record["code"] == "HOME-25" and record["monthly_price"] == Decimal("275000")


def test_enter_saves_and_money_with_cents_is_exact(qtbot, db, ctx):
    package_id = add_packages(db)[1]
    form = open_form(qtbot, ctx, "packages", package_id)
    type_into(qtbot, form, "monthly_price", "1500000,50")
    with qtbot.waitSignal(form.saved, timeout=10000):
        qtbot.keyClick(form.editor("monthly_price").focus_widget(), Qt.Key.Key_Return)
    assert get(db, "packages", package_id)["monthly_price"] == Decimal("1500000.50")


def test_foreign_key_picker_finds_by_name_and_keeps_the_id(qtbot, db, ctx):
    ids = add_customers(db)
    form = open_form(qtbot, ctx, "customers", ids[0])
    picker = form.editor("referred_by_id")
    assert picker.value() is None
    picker.focus_widget().setFocus()
    with qtbot.waitSignal(picker.looked_up, timeout=10000):
        qtbot.keyClicks(picker.focus_widget(), "Amin")
    suggestions = picker.completer.completionModel()
    assert suggestions.rowCount() == 1 and suggestions.index(0, 0).data().startswith("Siti Aminah")
    label = suggestions.index(0, 0).data()
    picker.completer.activated[type(suggestions.index(0, 0))].emit(suggestions.index(0, 0))
    assert picker.value() == ids[1] and picker.focus_widget().text() == label
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    assert get(db, "customers", ids[0])["referred_by_id"] == ids[1]
    again = open_form(qtbot, ctx, "customers", ids[0])   # the label is shown again, the id kept
    qtbot.waitUntil(lambda: again.editor("referred_by_id").focus_widget().text().startswith("Siti Aminah"))
    assert again.editor("referred_by_id").value() == ids[1]


def test_a_name_that_is_not_in_the_list_is_refused(qtbot, db, ctx):
    ids = add_customers(db)
    form = open_form(qtbot, ctx, "customers", ids[0])
    type_into(qtbot, form, "referred_by_id", "Nobody Here")
    form.save()
    assert "list" in form.error_text("referred_by_id")


def test_user_without_edit_sees_a_read_only_form(qtbot, db):
    package_id = add_packages(db)[0]
    cashier = make_ctx(db, CASHIER)   # cashiers may only view packages
    tab = TableTab(cashier, SPECS["packages"])
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.total == 3, timeout=10000)
    form = tab.open_record(package_id)
    qtbot.waitUntil(lambda: form.editor("name").focus_widget().text() == "Home 20 Mbps", timeout=10000)
    assert form.save_button.isHidden() and form.editor("name").read_only
    cashier.runner.wait()


def test_lost_connection_keeps_the_input_and_offers_retry(qtbot):
    unreachable = Database.open("mysql+pymysql://root@127.0.0.1:9/nowhere")
    context = make_ctx(unreachable)
    try:
        form = open_form(qtbot, context, "suppliers", None)
        type_into(qtbot, form, "name", "PT Kabel Nusantara")
        form.save()
        qtbot.waitUntil(lambda: "Connection lost" in form.message_bar.text(), timeout=15000)
        assert form.message_bar.action.text() == "Retry" and form.isVisible()
        assert form.editor("name").value() == "PT Kabel Nusantara"
        context.runner.wait()
    finally:
        unreachable.dispose()


@pytest.mark.parametrize(("column", "value"), [
    (ColumnSpec("t", "Text", Kind.TEXT, max_length=5), "abcde"),
    (ColumnSpec("l", "Long", Kind.LONG_TEXT), "line 1\nline 2"),
    (ColumnSpec("i", "Integer", Kind.INTEGER), -42),
    (ColumnSpec("d", "Decimal", Kind.DECIMAL), Decimal("-6.20012345")),
    (ColumnSpec("m", "Money", Kind.MONEY), Decimal("1500000.50")),
    (ColumnSpec("day", "Day", Kind.DATE), date(2026, 11, 24)),
    (ColumnSpec("day", "Day", Kind.DATE), None),
    (ColumnSpec("at", "At", Kind.TIME, required=True), time(14, 5)),
    (ColumnSpec("dt", "Moment", Kind.DATETIME), datetime(2026, 11, 24, 14, 5)),
    (ColumnSpec("b", "Flag", Kind.BOOLEAN), True),
    (ColumnSpec("e", "Choice", Kind.ENUM, choices=("walk-in", "social_media")), "social_media"),
    (ColumnSpec("e", "Choice", Kind.ENUM, choices=("walk-in", "social_media")), None),
    (ColumnSpec("j", "Json", Kind.JSON), {"ids": [1, 2], "note": "Rp 1.500.000"}),
])
def test_every_editor_gives_back_what_it_was_given(qtbot, column, value):
    editor = make_editor(None, column)
    qtbot.addWidget(editor)
    editor.set_value(value)
    assert editor.value() == value
    assert type(editor.value()) is type(value)   # Decimal stays Decimal, never float


def test_editors_read_what_people_type(qtbot):
    money = make_editor(None, ColumnSpec("m", "Money", Kind.MONEY, minimum=Decimal(0)))
    decimal = make_editor(None, ColumnSpec("d", "Decimal", Kind.DECIMAL))
    json_editor = make_editor(None, ColumnSpec("j", "Json", Kind.JSON))
    for editor in (money, decimal, json_editor):
        qtbot.addWidget(editor)
    for typed, amount in (("1.500.000", "1500000"), ("1500000,50", "1500000.50"), ("Rp 25.000", "25000")):
        money.edit.setText(typed)
        assert money.value() == Decimal(amount)
    money.edit.setText("-5.000")
    with pytest.raises(EditorError, match="at least Rp 0"):
        money.value()
    decimal.edit.setText("-6,25")
    assert decimal.value() == Decimal("-6.25")
    json_editor.edit.setPlainText("{not json")
    with pytest.raises(EditorError, match="JSON"):
        json_editor.value()


def test_a_new_record_starts_with_the_models_flags(qtbot, ctx):
    """A box left alone keeps the table's default: a new leave type is paid, needs approval and is active."""
    form = open_form(qtbot, ctx, "leave_types", None)
    assert (form.editor("is_paid").value(), form.editor("requires_approval").value(),
            form.editor("is_active").value()) == (True, True, True)
    ctx.runner.wait()


def test_new_dates_start_at_the_office_clock(qtbot, office_clock):
    """Just before midnight at a month end a new date field shows that day and a
    new moment that minute, whatever this PC's own clock says."""
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    day = make_editor(None, ColumnSpec("day", "Day", Kind.DATE, required=True))
    moment = make_editor(None, ColumnSpec("dt", "Moment", Kind.DATETIME, required=True))
    for editor in (day, moment):
        qtbot.addWidget(editor)
    assert day.value() == date(2027, 2, 28) and moment.value() == datetime(2027, 2, 28, 23, 59)
    day.set_value(None)
    assert day.edit.date().toPython() == date(2027, 2, 28)


def test_a_moment_with_an_offset_is_shown_and_saved_in_office_time(qtbot, db, ctx):
    """A technician's position stamped 10:00 WITA (UTC+8) is 09:00 in a WIB office:
    the form shows it so and the record keeps it so (the offset converted, not dropped)."""
    technician = add_user(db, "teknisi1", "technician").user_id
    form = open_form(qtbot, ctx, "technician_locations", None)
    wita = timezone(timedelta(hours=8))
    form.set_values({"user_id": technician, "latitude": Decimal("-5.1477"), "longitude": Decimal("119.4327"),
                     "recorded_at": datetime(2026, 11, 24, 10, 0, tzinfo=wita)})
    qtbot.waitUntil(lambda: form.editor("user_id").edit.text() != "", timeout=10000)
    assert form.editor("recorded_at").value() == datetime(2026, 11, 24, 9, 0)
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert get(db, "technician_locations", saved.args[0])["recorded_at"] == datetime(2026, 11, 24, 9, 0)
