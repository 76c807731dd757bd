"""The sales buttons on the generic leads tab: "Board…" (the pipeline)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ispdesk.ui.module_actions import TabAction, register
from ispdesk.ui.sales.pipeline_board import PipelineBoard


def open_board(tab: Any, _record_id: int | None) -> PipelineBoard:
    board = PipelineBoard(tab.ctx, tab)
    board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    board.show()
    return board


def register_actions() -> None:
    register("leads", TabAction(
        "leadBoard", QT_TRANSLATE_NOOP("ModuleActions", "Board…"), open_board, permission="view",
        needs_selection=False, shortcut="Ctrl+Shift+P",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The leads by pipeline status; move cards by drag or Ctrl+arrows")))
