"""Switching links and moving nodes in the scenario on screen: each one undo step that
calls a session operation; the workspace tells the views what changed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QUndoCommand

from app.ui.commands import Label, MoveNodes, SwitchLinks
from app.ui.context import Controller, Ui
from app.ui.i18n import tr
from app.ui.links_panel import LinksPanel


class Switches(Controller):
    def __init__(self, ui: Ui, links: LinksPanel) -> None:
        super().__init__(ui)
        self.links = links

    def push(self, command: QUndoCommand) -> None:
        if self.doc is not None:
            self.ui.push(self.doc, command)

    def keep_own_only(self) -> None:
        """What if only the region's own mechanisms were left: one undoable step."""
        if self.doc is None:
            return
        outside = self.doc.session.outside_links()
        if not outside:
            self.status(tr("Only the region's own mechanisms are on already."), 5000)
            return
        self.switch_links(
            dict.fromkeys(outside, False), lambda: tr("Only the region's own mechanisms")
        )
        if unclassed := self.doc.session.network.unclassed():
            self.status(
                tr(
                    "%n bodies have no membership class and were switched off with those with "
                    "outside powers: give them one with Network › Edit actor.",
                    None,
                    len(unclassed),
                ),
                10_000,
            )

    def switch_links(self, changes: Mapping[str, bool], label: Label = "") -> None:
        if self.doc is None:
            return
        with self.guard(tr("Cannot switch")):
            for link_id in changes:
                self.doc.session.network.link(link_id)
            command = SwitchLinks(self.doc, changes, self.workspace.announce, label)
            if command.changes:
                self.push(command)
            else:  # nothing to change: keep the views as they are (a checkbox may lag)
                self.links.set_enabled({lid: lid in self.doc.session.enabled() for lid in changes})

    def toggle_link(self, link_id: str) -> None:
        if self.doc is not None:
            self.switch_links({link_id: link_id not in self.doc.session.enabled()})

    def move_nodes(
        self, before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]]
    ) -> None:
        if self.doc is None:
            return
        pinned = self.doc.session.scenario.positions
        old = {a: pinned.get(a) for a in after}  # None: back to the layout's place on undo
        self.push(MoveNodes(self.doc, old, after, self.workspace.announce))

    def reset_to_baseline(self) -> None:
        if self.doc is None:
            return
        if changes := self.doc.session.reset_changes():
            self.switch_links(changes, lambda: tr("Reset to baseline"))
