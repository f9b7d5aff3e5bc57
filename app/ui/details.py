"""What the Details panel shows of an actor, a link or the network's sources, as HTML.

Every text is escaped, quotes included, and only http(s) addresses become links, so a
source address cannot add attributes or a script to the panel.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import Basis, Confidence, Depth, Grade, Network

BASIS_NOTE = {Basis.SOURCED: "", Basis.REASONED: " (reasoned)", Basis.UNGRADED: " (ungraded)"}
_CONFIDENCE = {
    Confidence.CONFIRMED: "<p>Confidence: confirmed by its sources</p>",
    Confidence.UNVERIFIED: (
        "<p style='color:#c0392b'><b>⚠ Unverified:</b> the sources do not settle this "
        "link; treat what depends on it with care.</p>"
    ),
    Confidence.HYPOTHETICAL: (
        "<p style='color:#7a4f9a'><b>What if:</b> a hypothetical link, not a fact; it is off "
        "in the baseline.</p>"
    ),
}


def address(source: str) -> str:
    """A source as HTML: a clickable address when it is http(s), else plain text."""
    text = escape(source, quote=True)
    if source.startswith(("http://", "https://")):
        return f'<a href="{text}">{text}</a>'
    return text


def sources_html(sources: Iterable[str]) -> str:
    items = [f"<li>{address(s)}</li>" for s in sources]
    if not items:
        return "<p><i>No source given.</i></p>"
    return "<p><b>Sources</b></p><ul>" + "".join(items) + "</ul>"


def _grade_rows(network: Network, grades: Iterable[Grade]) -> str:
    rows = []
    for g in sorted(grades, key=lambda g: (-g.depth, network.risk_keys.index(g.risk))):
        label = escape(network.risk(g.risk).label)
        depth = "excluded" if g.depth is Depth.NONE else f"{int(g.depth)} {g.depth.label}"
        why = escape(g.reason) + BASIS_NOTE[g.basis]
        cite = "".join(f"<br><small>{address(s)}</small>" for s in g.sources[:2])
        rows.append(f"<tr><td>{label}</td><td>{depth}</td><td>{why}{cite}</td></tr>")
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def actor_html(network: Network, actor_id: str, enabled: Collection[str]) -> str:
    actor = network.actor(actor_id)
    rows = [f"<h3>{escape(actor.name)} ({escape(actor.id)})</h3>"]
    if actor.seat:
        rows.append(f"<p>Seat: {escape(actor.seat)}</p>")
    if actor.membership is not None:
        outside = f": {escape(', '.join(actor.outside))}" if actor.outside else ""
        rows.append(f"<p>Membership: {escape(actor.membership.label)}{outside}</p>")
    if actor.description:
        rows.append(f"<p>{escape(actor.description)}</p>")
    if actor.mandate:
        rows.append(
            "<p><b>Mandate by risk</b> (depth: 3 operational, 2 coordination, 1 declaratory)</p>"
        )
        rows.append(_grade_rows(network, actor.mandate))
    rows.append("<p><b>Links</b></p><ul>")
    for lk in network.links_of(actor_id):
        state = "on" if lk.id in enabled else "off"
        rows.append(f"<li>{escape(lk.id)} — {lk.status.value}, {state}</li>")
    rows.append("</ul>")
    rows.append(sources_html(actor.sources))
    return "".join(rows)


def link_html(network: Network, link_id: str, enabled: Collection[str]) -> str:
    lk = network.link(link_id)
    on = lk.id in enabled
    body = network.body_of(lk)
    rows = [
        f"<h3>{escape(lk.id)}</h3>",
        f"<p>{escape(network.actor(lk.source).name)} – {escape(network.actor(lk.target).name)}</p>",
        f"<p>Status: {lk.status.value}; {'on' if on else 'off'} in this scenario</p>",
        _CONFIDENCE[lk.confidence],
        f"<p>Years: {lk.since or '?'}–{lk.until or ''}</p>",
        f"<p>Mechanism: {escape(network.membership_of(link_id).label)}</p>",
    ]
    depths = network.depths(link_id)
    if depths:
        rows.append("<p><b>Covers</b></p><table cellspacing='4'>")
        for r in sorted(depths, key=lambda r: (-depths[r], network.risk_keys.index(r))):
            _, grade, capped = network.explain(link_id, r)
            where = "this link's own grade" if grade in lk.grades else "the body's mandate"
            note = f"; capped at 1: a {lk.status.value} takes part in dialogue" if capped else ""
            reason = escape(grade.reason) if grade is not None else ""
            rows.append(
                f"<tr><td>{escape(network.risk(r).label)}</td>"
                f"<td>{int(depths[r])} {depths[r].label}</td>"
                f"<td>{reason} <small>({where}{note})</small></td></tr>"
            )
        rows.append("</table>")
    else:
        rows.append("<p>Covers no risk.</p>")
    excluded = [g for g in lk.grades if g.depth is Depth.NONE]
    if excluded:
        rows.append("<p><b>Excluded for this link</b></p>")
        rows.append(_grade_rows(network, excluded))
    if body is not None and not body.mandate and not lk.grades:
        rows.append(f"<p><i>{escape(body.name)} has no graded mandate.</i></p>")
    if lk.note:
        rows.append(f"<p><i>{escape(lk.note)}</i></p>")
    rows.append(sources_html(lk.sources))
    return "".join(rows)


def data_sources_html(network: Network) -> str:
    """The network's whole bibliography: each source with what cites it."""
    rows = [f"<h3>Data sources of “{escape(network.name)}”</h3><ol>"]
    for src, cited in network.sources():
        rows.append(
            f"<li>{address(src)}<br><small>cited for {escape(', '.join(cited))}</small></li>"
        )
    rows.append("</ol>")
    unsure = network.unverified()
    if unsure:
        rows.append(
            f"<p style='color:#c0392b'><b>⚠ Marked unverified ({len(unsure)}):</b> "
            f"{escape(', '.join(unsure))}</p>"
        )
    return "".join(rows)


class DetailsPanel(QTextBrowser):
    """The Details dock: an actor, a link, or the network's sources; http(s) addresses open
    in the browser."""

    HINT = "<i>Click a node or a link for its details.</i>"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.setOpenExternalLinks(True)
        self.shown: tuple[str, str] = ("", "")  # ("actor" | "link" | "sources", id) on view

    def hint(self) -> None:
        self.shown = ("", "")
        self.setHtml(self.HINT)

    def show_actor(self, network: Network, actor_id: str, enabled: Collection[str]) -> None:
        self.shown = ("actor", actor_id)
        self.setHtml(actor_html(network, actor_id, enabled))

    def show_link(self, network: Network, link_id: str, enabled: Collection[str]) -> None:
        self.shown = ("link", link_id)
        self.setHtml(link_html(network, link_id, enabled))

    def show_sources(self, network: Network) -> None:
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
