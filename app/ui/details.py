"""What the Details panel shows of an actor, a link or the network's sources, as HTML.

Every text is escaped, quotes included, and only http(s) addresses become links, so a
source address cannot add attributes or a script to the panel.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import Basis, Confidence, Depth, Grade, Network
from app.lang import actor_name, depth_label, membership_label, risk_label, status_label
from app.ui.i18n import tr


def basis_note(basis: Basis) -> str:
    """What a grade's reason is said with: nothing when sourced, else how it was graded."""
    if basis is Basis.REASONED:
        return tr(" (reasoned)")
    if basis is Basis.UNGRADED:
        return tr(" (ungraded)")
    return ""


def _confidence(confidence: Confidence) -> str:
    if confidence is Confidence.UNVERIFIED:
        return (
            "<p style='color:#c0392b'><b>"
            + tr("⚠ Unverified:")
            + "</b> "
            + tr("the sources do not settle this link; treat what depends on it with care.")
            + "</p>"
        )
    if confidence is Confidence.HYPOTHETICAL:
        return (
            "<p style='color:#7a4f9a'><b>"
            + tr("What if:")
            + "</b> "
            + tr("a hypothetical link, not a fact; it is off in the baseline.")
            + "</p>"
        )
    return "<p>" + tr("Confidence: confirmed by its sources") + "</p>"


def address(source: str) -> str:
    """A source as HTML: a clickable address when it is http(s), else plain text."""
    text = escape(source, quote=True)
    if source.startswith(("http://", "https://")):
        return f'<a href="{text}">{text}</a>'
    return text


def sources_html(sources: Iterable[str]) -> str:
    items = [f"<li>{address(s)}</li>" for s in sources]
    if not items:
        return "<p><i>" + tr("No source given.") + "</i></p>"
    return "<p><b>" + tr("Sources") + "</b></p><ul>" + "".join(items) + "</ul>"


def _depth(depth: Depth) -> str:
    """A depth as the tables show it: '2 coordination', or 'excluded'."""
    if depth is Depth.NONE:
        return tr("excluded")
    return f"{int(depth)} {depth_label(depth)}"


def _grade_rows(network: Network, grades: Iterable[Grade]) -> str:
    rows = []
    for g in sorted(grades, key=lambda g: (-g.depth, network.risk_keys.index(g.risk))):
        label = escape(risk_label(network.risk(g.risk)))
        why = escape(g.reason) + basis_note(g.basis)
        cite = "".join(f"<br><small>{address(s)}</small>" for s in g.sources[:2])
        rows.append(f"<tr><td>{label}</td><td>{_depth(g.depth)}</td><td>{why}{cite}</td></tr>")
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def actor_html(network: Network, actor_id: str, enabled: Collection[str]) -> str:
    actor = network.actor(actor_id)
    rows = [f"<h3>{escape(actor_name(actor))} ({escape(actor.id)})</h3>"]
    if actor.seat:
        rows.append("<p>" + tr("Seat: {seat}", seat=escape(actor.seat)) + "</p>")
    if actor.membership is not None:
        outside = f": {escape(', '.join(actor.outside))}" if actor.outside else ""
        membership = escape(membership_label(actor.membership))
        rows.append(
            "<p>" + tr("Membership: {membership}", membership=membership) + f"{outside}</p>"
        )
    if actor.description:
        rows.append(f"<p>{escape(actor.description)}</p>")
    if actor.mandate:
        rows.append(
            "<p><b>"
            + tr("Mandate by risk")
            + "</b> "
            + tr("(depth: 3 operational, 2 coordination, 1 declaratory)")
            + "</p>"
        )
        rows.append(_grade_rows(network, actor.mandate))
    rows.append("<p><b>" + tr("Links") + "</b></p><ul>")
    for lk in network.links_of(actor_id):
        status = status_label(lk.status)
        line = (
            tr("{link} — {status}, on", link=escape(lk.id), status=status)
            if lk.id in enabled
            else tr("{link} — {status}, off", link=escape(lk.id), status=status)
        )
        rows.append(f"<li>{line}</li>")
    rows.append("</ul>")
    rows.append(sources_html(actor.sources))
    return "".join(rows)


def link_html(network: Network, link_id: str, enabled: Collection[str]) -> str:
    lk = network.link(link_id)
    on = lk.id in enabled
    body = network.body_of(lk)
    status = status_label(lk.status)
    ends = (escape(actor_name(network.actor(e))) for e in (lk.source, lk.target))
    rows = [
        f"<h3>{escape(lk.id)}</h3>",
        "<p>{} – {}</p>".format(*ends),
        "<p>"
        + (
            tr("Status: {status}; on in this scenario", status=status)
            if on
            else tr("Status: {status}; off in this scenario", status=status)
        )
        + "</p>",
        _confidence(lk.confidence),
        "<p>" + tr("Years: {since}–{until}", since=lk.since or "?", until=lk.until or "") + "</p>",
        "<p>"
        + tr("Mechanism: {membership}", membership=membership_label(network.membership_of(lk.id)))
        + "</p>",
    ]
    depths = network.depths(link_id)
    if depths:
        rows.append("<p><b>" + tr("Covers") + "</b></p><table cellspacing='4'>")
        for r in sorted(depths, key=lambda r: (-depths[r], network.risk_keys.index(r))):
            _, grade, capped = network.explain(link_id, r)
            where = tr("this link's own grade") if grade in lk.grades else tr("the body's mandate")
            note = tr("; capped at 1: a {status} takes part in dialogue", status=status)
            reason = escape(grade.reason) if grade is not None else ""
            rows.append(
                f"<tr><td>{escape(risk_label(network.risk(r)))}</td>"
                f"<td>{_depth(depths[r])}</td>"
                f"<td>{reason} <small>({where}{note if capped else ''})</small></td></tr>"
            )
        rows.append("</table>")
    else:
        rows.append("<p>" + tr("Covers no risk.") + "</p>")
    excluded = [g for g in lk.grades if g.depth is Depth.NONE]
    if excluded:
        rows.append("<p><b>" + tr("Excluded for this link") + "</b></p>")
        rows.append(_grade_rows(network, excluded))
    if body is not None and not body.mandate and not lk.grades:
        said = tr("{body} has no graded mandate.", body=escape(actor_name(body)))
        rows.append(f"<p><i>{said}</i></p>")
    if lk.note:
        rows.append(f"<p><i>{escape(lk.note)}</i></p>")
    rows.append(sources_html(lk.sources))
    return "".join(rows)


def data_sources_html(network: Network) -> str:
    """The network's whole bibliography: each source with what cites it."""
    rows = ["<h3>" + tr("Data sources of “{name}”", name=escape(network.name)) + "</h3><ol>"]
    for src, cited in network.sources():
        said = tr("cited for {ids}", ids=escape(", ".join(cited)))
        rows.append(f"<li>{address(src)}<br><small>{said}</small></li>")
    rows.append("</ol>")
    unsure = network.unverified()
    if unsure:
        rows.append(
            "<p style='color:#c0392b'><b>"
            + tr("⚠ Marked unverified ({n}):", n=len(unsure))
            + f"</b> "
            f"{escape(', '.join(unsure))}</p>"
        )
    return "".join(rows)


class DetailsPanel(QTextBrowser):
    """The Details dock: an actor, a link, or the network's sources; http(s) addresses open
    in the browser. A change of language shows the same again in the new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.setOpenExternalLinks(True)
        self.shown: tuple[str, str] = ("", "")  # ("actor" | "link" | "sources", id) on view
        self._hinting = False
        self._network: Network | None = None
        self._enabled: Collection[str] = ()

    def retranslate(self) -> None:
        """What is on view (or the hint) again, in the current language."""
        if self.shown[0] and self._network is not None:
            self.refresh(self._network, self._enabled)
        elif self._hinting:
            self.hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hint(self) -> None:
        self.shown = ("", "")
        self._hinting = True
        self.setHtml("<i>" + tr("Click a node or a link for its details.") + "</i>")

    def _keep(self, network: Network, enabled: Collection[str]) -> None:
        self._hinting = False
        self._network, self._enabled = network, frozenset(enabled)

    def show_actor(self, network: Network, actor_id: str, enabled: Collection[str]) -> None:
        self._keep(network, enabled)
        self.shown = ("actor", actor_id)
        self.setHtml(actor_html(network, actor_id, enabled))

    def show_link(self, network: Network, link_id: str, enabled: Collection[str]) -> None:
        self._keep(network, enabled)
        self.shown = ("link", link_id)
        self.setHtml(link_html(network, link_id, enabled))

    def show_sources(self, network: Network) -> None:
        self._network = network
        self._hinting = False
        self.shown = ("sources", "")
        self.setHtml(data_sources_html(network))

    def refresh(self, network: Network, enabled: Collection[str]) -> None:
        """Show again what is on view, as `network` and `enabled` now have it (after a
        reload, an undo, a switch); the hint when it is no longer in the network."""
        kind, key = self.shown
        if kind == "actor" and network.has_actor(key):
            self.show_actor(network, key, enabled)
        elif kind == "link" and network.has_link(key):
            self.show_link(network, key, enabled)
        elif kind == "sources":
            self.show_sources(network)
        elif kind:
            self.hint()
