"""Editing the store's network from the window: actors, links and risks through their
editor dialogs, deletions after a question. Every edit is one NetworkEdit value the
workspace applies to the store and every open scenario alike, pushed as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app.domain import Actor, C6Error, ConflictError, Link, Network, RiskCategory
from app.domain.edit import (
    put_actor,
    put_link,
    put_risk,
    remove_actor,
    remove_link,
    remove_risk,
    risk_uses,
)
from app.lang import actor_name, risk_label
from app.ui import conflicts
from app.ui.commands import EditNetwork, Label, said
from app.ui.context import APP, Controller
from app.ui.editors import ActorDialog, LinkDialog, RiskDialog, _Editor
from app.ui.i18n import tr
from app.workspace import InStore

_V = TypeVar("_V")


def _as(value: object, kind: type[_V]) -> _V:
    """An editor's value, of the type it builds."""
    assert isinstance(value, kind)
    return value


def edit_network(ctl: Controller, label: Label, make: Callable[[Network], Network]) -> str | None:
    """Apply an edit to the current document's stored network: None when done, or when
    another user's edit was in the way and the user has answered the conflict dialog
    (nothing more to say), else the one-line reason it was refused (nothing changed)."""
    doc = ctl.doc
    if doc is None:
        return tr("Open a scenario first.")
    conflict: ConflictError | None = None
    try:
        edit = ctl.workspace.plan_edit(doc, said(label), make)
    except ConflictError as exc:  # another user edited the network since
        conflict = exc
    except C6Error as exc:
        return str(exc)
    if conflict is not None:  # asked outside the handler: what it does may raise anew
        conflicts.resolve_network(ctl.ui, doc, conflict)
        return None
    stack = ctl.ui.stacks[doc]
    command = EditNetwork(
        ctl.workspace,
        edit,
        ctl.error,
        lambda exc, step: conflicts.resolve_network(ctl.ui, doc, exc, step),
        stack,
        label,  # said again after a change of language
    )
    if problem := command.apply_first():  # refused: the stack, redo history too, untouched
        return problem
    clean = stack.isClean()
    ctl.ui.push(doc, command)
    if clean:  # the network is saved already: the scenario has nothing new to save
        stack.setClean()
    lost = [o for o, sc in edit.open.items() if set(sc.link_states) - _ids(edit.after)]
    lost_stored = [i for i, sc in edit.stored.items() if set(sc.link_states) - _ids(edit.after)]
    done = tr("{label}: saved to the store", label=said(label))
    if lost or lost_stored:
        n = len({*lost_stored, *(o.scenario_id for o in lost if isinstance(o, InStore))}) + sum(
            1 for o in lost if not isinstance(o, InStore)
        )
        done = tr(
            "{label}: saved to the store; %n scenario(s) lost a switch of it (a line in the notes)",
            None,
            n,
            label=said(label),
        )
    ctl.status(done, 10_000)
    return None


def _ids(network: Network) -> set[str]:
    return {lk.id for lk in network.links}


class NetworkEditor(Controller):
    def _editor(self, dialog: _Editor, label: Label, make: Callable[[object], Network]) -> bool:
        """Run an editor dialog whose OK applies `make` to its value; True when applied."""

        doc = self.doc
        opened_at = doc.network_version if doc is not None else None

        def submit(value: object) -> str | None:
            if self.doc is not doc or (doc is not None and doc.network_version != opened_at):
                return tr(  # its fields were filled from a network no longer there
                    "The network was reloaded while this dialog was open: close it and edit again."
                )
            return edit_network(self, label, lambda net: make(value))

        dialog.submit = submit
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_actor_dialog(self) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            ActorDialog(network, None, self.owner),
            lambda: tr("Add actor"),
            lambda a: put_actor(network, _as(a, Actor), new=True),
        )

    def edit_actor_dialog(self, actor_id: str | None = None) -> None:
        if actor_id is None:  # from the Network menu: which one
            actor_id = self._pick_actor(tr("Edit an actor"))
        if self.doc is None or actor_id is None:
            return
        network = self.doc.session.network
        self._editor(
            ActorDialog(network, network.actor(actor_id), self.owner),
            lambda: tr("Edit {id}", id=actor_id),
            lambda a: put_actor(network, _as(a, Actor), new=False),
        )

    def delete_actor(self, actor_id: str | None = None) -> None:
        if actor_id is None:  # from the Network menu: which one
            actor_id = self._pick_actor(tr("Delete an actor"))
        if self.doc is None or actor_id is None:
            return
        network = self.doc.session.network
        links = [lk.id for lk in network.links_of(actor_id)]
        name = actor_name(network.actor(actor_id))
        if links:
            question = tr(
                "Delete {id} ({name}) from the network with its %n link(s)? Scenarios that "
                "switch them lose those switches (their notes say so).",
                None,
                len(links),
                id=actor_id,
                name=name,
            )
        else:
            question = tr("Delete {id} ({name}) from the network?", id=actor_id, name=name)
        if QMessageBox.question(self.owner, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = edit_network(
            self, lambda: tr("Delete {id}", id=actor_id), lambda n: remove_actor(n, actor_id)
        )
        if problem:
            self.error(problem)

    def add_link_dialog(self, source: str | None = None) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        dialog = LinkDialog(network, None, self.owner)
        if source is not None:
            dialog.source.setCurrentIndex(dialog.source.findData(source))
        self._editor(
            dialog, lambda: tr("Add link"), lambda lk: put_link(network, _as(lk, Link), new=True)
        )

    def edit_link_dialog(self, link_id: str | None = None) -> None:
        if link_id is None:  # from the Network menu: which one
            link_id = self._pick_link(tr("Edit a link"))
        if self.doc is None or link_id is None:
            return
        network = self.doc.session.network
        self._editor(
            LinkDialog(network, network.link(link_id), self.owner),
            lambda: tr("Edit {id}", id=link_id),
            lambda lk: put_link(network, _as(lk, Link), new=False),
        )

    def delete_link(self, link_id: str | None = None) -> None:
        if link_id is None:  # from the Network menu: which one
            link_id = self._pick_link(tr("Delete a link"))
        if self.doc is None or link_id is None:
            return
        question = tr(
            "Delete the link {id} from the network? Scenarios that switch it lose that switch "
            "(their notes say so).",
            id=link_id,
        )
        if QMessageBox.question(self.owner, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = edit_network(
            self, lambda: tr("Delete {id}", id=link_id), lambda n: remove_link(n, link_id)
        )
        if problem:
            self.error(problem)

    def add_risk_dialog(self) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            RiskDialog(None, self.owner),
            lambda: tr("Add risk"),
            lambda r: put_risk(network, _as(r, RiskCategory), new=True),
        )

    def _pick(self, title: str, what: str, items: list[tuple[str, str]]) -> str | None:
        """An id chosen from (id, label) pairs, or None."""
        labels = [f"{i} — {label}" if label and label != i else i for i, label in items]
        chosen, ok = QInputDialog.getItem(self.owner, title, what, labels, 0, False)
        return items[labels.index(chosen)][0] if ok and chosen in labels else None

    def _pick_actor(self, title: str) -> str | None:
        if self.doc is None:
            return None
        actors = sorted(self.doc.session.network.actors, key=lambda a: a.id)
        return self._pick(title, tr("Actor:"), [(a.id, actor_name(a)) for a in actors])

    def _pick_link(self, title: str) -> str | None:
        if self.doc is None:
            return None
        links = sorted(lk.id for lk in self.doc.session.network.links)
        return self._pick(title, tr("Link:"), [(lid, "") for lid in links])

    def _pick_risk(self, title: str) -> str | None:
        if self.doc is None:
            return None
        risks = self.doc.session.network.risks
        labels = [f"{risk_label(r)} ({r.key})" for r in risks]
        chosen, ok = QInputDialog.getItem(self.owner, title, tr("Risk:"), labels, 0, False)
        return risks[labels.index(chosen)].key if ok and chosen in labels else None

    def edit_risk_dialog(self) -> None:
        key = self._pick_risk(tr("Edit a risk"))
        if key is None or self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            RiskDialog(network.risk(key), self.owner),
            lambda: tr("Edit risk {key}", key=key),
            lambda r: put_risk(network, _as(r, RiskCategory), new=False),
        )

    def delete_risk_dialog(self) -> None:
        key = self._pick_risk(tr("Delete a risk"))
        if key is None or self.doc is None:
            return
        uses = risk_uses(self.doc.session.network, key)
        question = tr("Delete the risk “{key}” from the taxonomy?", key=key)
        if uses:
            shown = ", ".join(uses[:12])
            if len(uses) > 12:
                shown = tr("{list} and %n more", None, len(uses) - 12, list=shown)
            question = tr(
                "Delete the risk “{key}” from the taxonomy? %n mandate(s) and link(s) grade "
                "it and will no longer: {shown}.",
                None,
                len(uses),
                key=key,
                shown=shown,
            )
        if QMessageBox.question(self.owner, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = edit_network(
            self, lambda: tr("Delete risk {key}", key=key), lambda n: remove_risk(n, key)
        )
        if problem:
            self.error(problem)
