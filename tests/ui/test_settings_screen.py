"""The settings screen: the office's time zone is chosen by its name and offset
and runs the office clock from the moment it is saved; a refused value is
explained at its field in the program's language."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ispdesk.db.unit_of_work import read
from ispdesk.domain import clock
from ispdesk.services.office_settings import COMPANY_NAME_REQUIRED, get_settings
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.settings_screen import SettingsScreen
from ispdesk.ui.tasks import TaskRunner
from tests.support.actors import add_user
from tests.ui.widget_support import indonesian, isolated_settings, shot  # noqa: F401 (fixtures)


@pytest.fixture
def screen_for(db, qtbot, tmp_path, monkeypatch):
    """A settings screen of a new user of ``role``, loaded."""
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))   # this workstation's own settings
    runners: list[TaskRunner] = []

    def make(role: str) -> SettingsScreen:
        runner = TaskRunner()
        runners.append(runner)
        ctx = AppContext(db=db, runner=runner, actor=add_user(db, f"{role}1", role))
        screen = SettingsScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(900, 800)
        screen.show()
        qtbot.waitUntil(lambda: screen.editors["company.name"].text() != "", timeout=10000)
        return screen

    yield make
    for runner in runners:
        runner.wait(10000)


def zone_choices(screen: SettingsScreen) -> list[tuple[str, str]]:
    combo = screen.editors["office.time_zone"]
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_a_new_time_zone_runs_the_office_clock_once_saved(qtbot, screen_for, office_clock):
    office_clock.pin(datetime.combine(clock.today(), datetime.min.time()).replace(hour=23, minute=30))
    day = clock.today()
    screen = screen_for("admin")
    assert zone_choices(screen) == [("WIB", "WIB (UTC+7)"), ("WITA", "WITA (UTC+8)"), ("WIT", "WIT (UTC+9)")]
    combo = screen.editors["office.time_zone"]
    assert combo.currentData() == "WIB" and combo.isEnabled()
    combo.setCurrentIndex(combo.findData("WITA"))
    assert clock.office_zone().key == "WIB"                 # not before it is saved
    with qtbot.waitSignal(screen.ctx.runner.changed, timeout=10000) as changed:
        screen.save_button.click()
    assert "settings" in changed.args[0]
    qtbot.waitUntil(lambda: screen.save_button.isEnabled())
    assert read(screen.ctx.db, get_settings)["office.time_zone"] == "WITA"
    assert clock.office_zone().key == "WITA"                # at once, for every screen of this program
    assert clock.now().hour == 0 and clock.today() == day + timedelta(days=1)   # 23:30 WIB is 00:30 WITA
    shot(screen, "settings-time-zone")


def test_the_time_zones_read_the_same_in_indonesian(qtbot, screen_for, indonesian):
    screen = screen_for("admin")
    assert [text for _zone, text in zone_choices(screen)] == ["WIB (UTC+7)", "WITA (UTC+8)", "WIT (UTC+9)"]


def test_without_edit_the_zone_is_shown_not_changed(qtbot, screen_for):
    screen = screen_for("supervisor")
    assert screen.editors["office.time_zone"].currentData() == "WIB"
    assert not screen.editors["office.time_zone"].isEnabled()


def test_a_refused_value_is_explained_at_its_field(qtbot, screen_for):
    screen = screen_for("admin")
    screen.editors["company.name"].setText("   ")
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.problem_text("company.name") != "", timeout=10000)
    assert screen.problem_text("company.name") == translate_message(COMPANY_NAME_REQUIRED())
    assert "b71c1c" in screen._labels["company.name"].styleSheet()
    assert read(screen.ctx.db, get_settings)["company.name"] == "PT Jaringan Serat Nusantara"
