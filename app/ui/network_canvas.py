"""The network canvas: actors as shaped nodes, links as edges styled by status and state.

Clicking a link asks for it to be switched (the window turns that into an undoable
command); dragging nodes asks for them to be moved. The canvas never changes the session;
it shows what it is told: `set_enabled`, `set_positions`, `highlight_links`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPixmapCache,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.analysis.summary import depth_words
from app.domain import Actor, ActorKind, Confidence, Link, Network
from app.lang import actor_name, status_label
from app.look import NODE_RADIUS, kind_label
from app.ui.i18n import tr
from app.ui.theme import LIGHT, LINK_STYLE, Theme

RADIUS = NODE_RADIUS  # the layouts keep nodes of these sizes apart
LABEL_POINTS = 9.5
MIN_LABEL_PX = 10.0  # labels never drawn smaller on screen than this, however far zoomed out
LEGEND_POINTS = 8.5
Z_EDGE, Z_EDGE_HOT, Z_NODE = 0.0, 1.0, 2.0
AA_MAX_LINKS = 2_000
PIXMAP_CACHE_KB = 96 * 1024


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link_tooltip(link: Link, network: Network, enabled: bool) -> str:
    """A link's tooltip in the window's language: names as the language has them, ids as
    they are."""
    if link.since or link.until:
        years = f"{link.since or '?'}–{link.until or ''}"
    else:
        years = tr("not known", "years of a link")
    risks = depth_words(network, link.id, labels=True)
    source = _escape(link.sources[0]) if link.sources else tr("none given", "a link's source")
    status = status_label(link.status)
    if link.confidence is Confidence.UNVERIFIED:
        status = tr("{status} (unverified)", status=status)
    elif link.confidence is Confidence.HYPOTHETICAL:
        status = tr("{status} (hypothetical: a what-if)", status=status)
    ends = (actor_name(network.actor(link.source)), actor_name(network.actor(link.target)))
    rows = [
        (
            tr("<b>{link}</b> — on in this scenario", link=_escape(link.id))
            if enabled
            else tr("<b>{link}</b> — off in this scenario", link=_escape(link.id))
        ),
        f"{_escape(ends[0])} – {_escape(ends[1])}",
        tr("Status: {status}", status=status),
        tr("Years: {years}", years=years),
        tr("Covers (depth 1-3): {risks}", risks=_escape(risks)),
        tr("Source: {source}", source=source),
    ]
    if link.note:
        rows.append(f"<i>{_escape(link.note[:240])}</i>")
    rows.append(tr("Click to switch it off") if enabled else tr("Click to switch it on"))
    return "<br>".join(rows)


def actor_tooltip(actor: Actor) -> str:
    rows = [
        f"<b>{_escape(actor_name(actor))}</b> ({_escape(actor.id)})",
        kind_label(actor.kind),
    ]
    if actor.seat:
        rows.append(tr("Seat: {seat}", seat=_escape(actor.seat)))
    if actor.description:
        rows.append(_escape(actor.description[:240]))
    return "<br>".join(rows)


class NodeItem(QGraphicsItem):
    def __init__(self, canvas: NetworkCanvas, actor: Actor) -> None:
        super().__init__()
        self.canvas = canvas
        self.actor = actor
        self.radius = RADIUS[actor.kind]
        self.edges: list[EdgeItem] = []
        self.dimmed = False
        self.active = True  # a node of the scenario graph (states always are)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(Z_NODE)
        self.setToolTip(actor_tooltip(actor))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.label_floor = canvas.label_floor
        self.set_text_scale(canvas.text_scale)

    @property
    def inactive(self) -> bool:
        """A body or mechanism the evaluation found with no link on: drawn faded and
        dashed (`NetworkCanvas.set_active`)."""
        return not self.active

    def set_text_scale(self, scale: float, floor: float | None = None) -> None:
        """Label size: `scale` 1 on a desk, larger for a projector; never below `floor`
        points (NetworkCanvas.label_floor: so that a zoomed-out view stays readable)."""
        self.prepareGeometryChange()
        if floor is not None:
            self.label_floor = floor
        k = 1.15 if self.actor.is_state else 1.0
        font = QFont()
        font.setPointSizeF(max(LABEL_POINTS * scale, self.label_floor) * k)
        font.setBold(self.actor.is_state)
        self.font = font
        self.label_width = QFontMetricsF(font).horizontalAdvance(self.actor.id)
        self.label_height = QFontMetricsF(font).height()
        self.update()

    def boundingRect(self) -> QRectF:
        r = self.radius + 4
        w = max(2 * r, self.label_width + 6)
        return QRectF(-w / 2, -r, w, 2 * r + self.label_height + 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 2, self.radius + 2)
        return path

    def outline(self) -> QPainterPath:
        r = self.radius
        path = QPainterPath()
        kind = self.actor.kind
        if kind is ActorKind.STATE:
            path.addEllipse(QPointF(0, 0), r, r)
        elif kind is ActorKind.BODY:
            path.addRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), 4, 4)
        elif kind is ActorKind.MECHANISM:
            path.addPolygon(
                QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)])
            )
            path.closeSubpath()
        else:
            path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
            path.closeSubpath()
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.canvas.theme
        alpha = 70 if self.dimmed or self.inactive else 255
        fill = QColor(theme.kinds[self.actor.kind])
        fill.setAlpha(alpha)
        outline = QPen(theme.color("node_outline", alpha), 1.4)
        if self.inactive:  # no enabled link: not part of the scenario's network
            outline.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            outline = QPen(theme.color("selection"), 4.0)
        painter.setPen(outline)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.outline())
        r = self.radius
        label = QRectF(-self.label_width / 2 - 3, r + 1, self.label_width + 6, self.label_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("canvas", 200 if alpha == 255 else 60))  # a halo over lines
        painter.drawRoundedRect(label, 3, 3)
        painter.setFont(self.font)
        painter.setPen(theme.color("text", alpha))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.actor.id)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.canvas.node_selection_changed(self)
        return super().itemChange(change, value)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.canvas.actor_menu_requested.emit(self.actor.id, event.screenPos())
        event.accept()


class EdgeItem(QGraphicsPathItem):
    def __init__(self, canvas: NetworkCanvas, link: Link, a: NodeItem, b: NodeItem) -> None:
        super().__init__()
        self.canvas = canvas
        self.link = link
        self.a, self.b = a, b
        self.bend = 0.0  # sideways offset of the middle, for parallel links
        self.enabled = False
        self.highlighted = False
        self.hovered = False
        self.dimmed = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(Z_EDGE)
        a.edges.append(self)
        b.edges.append(self)

    def adjust(self) -> None:
        p, q = self.a.pos(), self.b.pos()
        path = QPainterPath(p)
        if self.bend:
            mid = (p + q) / 2
            line = QLineF(p, q)
            normal = line.normalVector().unitVector()
            d = QPointF(normal.dx(), normal.dy()) * self.bend
            path.quadTo(mid + d * 2, q)
        else:
            path.lineTo(q)
        self.setPath(path)

    def restyle(self) -> None:
        color = self.canvas.theme.solid  # opaque: where links cross, the top one shows
        if self.highlighted:
            pen_color, width = color("highlight"), 4.2
        elif self.enabled:
            pen_color, width = color("link_on", 90 if self.dimmed else 215), 1.9
        elif self.link.enabled_in_baseline:
            pen_color, width = color("link_off", 110 if self.dimmed else 230), 1.3
        else:
            pen_color, width = color("link_candidate", 80 if self.dimmed else 220), 1.6
        if self.hovered:
            width += 2.0
        pen = QPen(pen_color, width)
        pen.setStyle(LINK_STYLE[self.link.status])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(Z_EDGE_HOT if self.highlighted or self.hovered else Z_EDGE)
        if self.hovered:  # a tooltip only follows a hover: not written on every restyle
            assert self.canvas.network is not None
            self.setToolTip(link_tooltip(self.link, self.canvas.network, self.enabled))

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)  # easy to hit with a mouse or a touchpad
        return stroker.createStroke(self.path())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.restyle()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.shape().contains(event.pos()):
            view_pos = self.canvas.mapFromScene(event.scenePos())
            chosen = self.canvas.edge_at(view_pos) or self  # where edges cross: the nearest
            self.canvas.link_clicked.emit(chosen.link.id)
        event.accept()

    def distance(self, point: QPointF) -> float:
        """Distance from a scene point to the drawn line (sampled along curves)."""
        path = self.path()
        steps = 12 if self.bend else 1
        best = math.inf
        prev = path.pointAtPercent(0.0)
        for i in range(1, steps + 1):
            cur = path.pointAtPercent(i / steps)
            best = min(best, _segment_distance(point, prev, cur))
            prev = cur
        return best

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.canvas.link_menu_requested.emit(self.link.id, event.screenPos())
        event.accept()


def _segment_distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2
    t = max(0.0, min(1.0, t))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))


class NetworkCanvas(QGraphicsView):
    link_clicked = Signal(str)
    actor_selected = Signal(str)  # "" when nothing is selected
    nodes_moved = Signal(object, object)  # {actor: (x, y)} before, after
    actor_menu_requested = Signal(str, QPoint)
    link_menu_requested = Signal(str, QPoint)
    first_painted = Signal()
    view_moved = Signal()  # zoomed, panned or fitted: a linked view follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.theme: Theme = LIGHT
        self.network: Network | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self._highlight: set[str] = set()
        self._press: dict[str, QPointF] = {}
        self._auto_fit = True
        self._painted = False
        self.text_scale = 1.0  # labels and legend; presentation mode enlarges them
        self.label_floor = 0.0  # points in scene units that draw as MIN_LABEL_PX at this zoom
        self._legend: tuple[tuple[int, str, float], QPixmap] | None = None
        self.crisp = False  # no antialiasing for networks with thousands of links
        # Item pixmaps (below) live in the global cache; the baseline's fill ~12 MB at 1400x900.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        scene = QGraphicsScene(self)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Exact dirty rectangles: switching one link repaints ~4 ms of scene, not all ~13 ms.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip("")
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the window's language: its own, the actors' tooltips, the legend."""
        self.setAccessibleName(tr("Network canvas"))
        self.setWhatsThis(
            tr(
                "Click a link to switch it on or off. Drag a node to move it, drag the "
                "background to pan, use the wheel to zoom."
            )
        )
        for node in self.nodes.values():
            node.setToolTip(actor_tooltip(node.actor))
        for edge in self.edges.values():
            if edge.hovered:
                edge.restyle()
        self._legend = None  # drawn again in the new words
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- building

    def set_network(
        self,
        network: Network,
        positions: Mapping[str, tuple[float, float]],
        enabled: Iterable[str],
    ) -> None:
        scene = self.scene()
        scene.clear()
        self.network = network
        self.crisp = len(network.links) > AA_MAX_LINKS
        self.nodes, self.edges = {}, {}
        self._highlight = set()
        for actor in network.actors:
            node = NodeItem(self, actor)
            x, y = positions.get(actor.id, (0.0, 0.0))
            node.setPos(x, y)
            scene.addItem(node)
            self.nodes[actor.id] = node
        by_pair: dict[frozenset[str], list[EdgeItem]] = {}
        on = set(enabled)
        for link in network.links:
            edge = EdgeItem(self, link, self.nodes[link.source], self.nodes[link.target])
            edge.enabled = link.id in on
            by_pair.setdefault(frozenset((link.source, link.target)), []).append(edge)
            self.edges[link.id] = edge
            scene.addItem(edge)
        for group in by_pair.values():  # parallel links fan out as gentle curves
            for i, edge in enumerate(group):
                edge.bend = (i - (len(group) - 1) / 2) * 16.0
        for edge in self.edges.values():
            edge.adjust()
            edge.restyle()
            if not self.crisp:
                # Qt's raster engine spends about as long on an antialiased line as on
                # filling its bounding box, so each edge keeps its own pixmap: a switch
                # re-renders one edge and blits the others under the dirty rectangle
                # (5.5 -> 0.6 ms per switched link on the baseline). Crisp networks have
                # too many edges for the pixmap cache, and their plain lines draw fast.
                edge.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setBackgroundBrush(self.theme.color("canvas"))
        # Thousands of antialiased edges make every repaint slow; big networks draw crisp.
        self.setRenderHint(QPainter.RenderHint.Antialiasing, not self.crisp)
        self._update_scene_rect()

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        for node in self.nodes.values():
            node.set_text_scale(scale, self.label_floor)
        self._legend = None
        if self._auto_fit:
            self.fit()
        self.viewport().update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackgroundBrush(theme.color("canvas"))
        for edge in self.edges.values():
            edge.restyle()
        for node in self.nodes.values():
            node.update()
        self.viewport().update()

    # ---- state shown

    def set_enabled(self, changes: Mapping[str, bool]) -> None:
        for link_id, on in changes.items():
            edge = self.edges[link_id]
            if edge.enabled != on:
                edge.enabled = on
                edge.restyle()

    def set_active(self, active: Collection[str]) -> None:
        """The actors the evaluation counts as nodes (the states, and every body with a
        link on); the others are drawn as inactive."""
        for actor_id, node in self.nodes.items():
            now = node.actor.is_state or actor_id in active
            if node.active != now:
                node.active = now
                node.update()

    def show_only(self, network: Network) -> None:
        """Hide the actors and links that `network` (a past year's, a part of the one drawn)
        does not have; show everything that it has."""
        for actor_id, node in self.nodes.items():
            node.setVisible(network.has_actor(actor_id))
        for link_id, edge in self.edges.items():
            edge.setVisible(network.has_link(link_id))

    def enabled_links(self) -> set[str]:
        return {lid for lid, e in self.edges.items() if e.enabled}

    def set_positions(self, positions: Mapping[str, tuple[float, float]]) -> None:
        for actor_id, (x, y) in positions.items():
            node = self.nodes.get(actor_id)
            if node is not None:
                node.setPos(x, y)
        self._update_scene_rect()

    def positions(self) -> dict[str, tuple[float, float]]:
        return {a: (n.pos().x(), n.pos().y()) for a, n in self.nodes.items()}

    def highlight_links(self, link_ids: Iterable[str]) -> None:
        wanted = set(link_ids) & self.edges.keys()
        for link_id in self._highlight ^ wanted:
            edge = self.edges[link_id]
            edge.highlighted = link_id in wanted
            edge.restyle()
        self._highlight = wanted

    def focus_actor(self, actor_id: str | None) -> None:
        """Dim everything not linked to `actor_id` (None: show all)."""
        keep = set()
        if actor_id is not None:
            keep = {actor_id} | {e.link.other(actor_id) for e in self.nodes[actor_id].edges}
        for a, node in self.nodes.items():
            node.dimmed = actor_id is not None and a not in keep
            node.update()
        for edge in self.edges.values():
            edge.dimmed = actor_id is not None and actor_id not in (
                edge.a.actor.id,
                edge.b.actor.id,
            )
            edge.restyle()

    def select_actor(self, actor_id: str | None) -> None:
        self.scene().clearSelection()
        if actor_id is not None and actor_id in self.nodes:
            self.nodes[actor_id].setSelected(True)

    def edge_at(self, view_pos: QPoint) -> EdgeItem | None:
        """The link a click at `view_pos` means: None over a node, else the edge whose line is
        nearest (several edges' click areas overlap where links meet)."""
        items = self.items(view_pos)
        if not items or isinstance(items[0], NodeItem):
            return None
        edges = [i for i in items if isinstance(i, EdgeItem)]
        if not edges:
            return None
        point = self.mapToScene(view_pos)
        return min(edges, key=lambda e: (e.distance(point), e.link.id))

    def node_selection_changed(self, node: NodeItem) -> None:
        selected = [i for i in self.scene().selectedItems() if isinstance(i, NodeItem)]
        self.actor_selected.emit(selected[0].actor.id if selected else "")

    # ---- view

    def fit(self) -> None:
        """The whole network in view, above the legend band; it stays fitted as the view is
        resized until the user zooms."""
        self._auto_fit = True
        for _ in range(4):  # labels that grow to stay readable widen the network a little
            rect = self.scene().itemsBoundingRect()
            if rect.isEmpty():
                return
            rect = rect.adjusted(-20, -20, 20, 20)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            scale = self.transform().m11() or 1.0
            self.fitInView(
                rect.adjusted(
                    0, 0, 0, self.legend_height(points=LEGEND_POINTS * self.text_scale) / scale
                ),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            if not self._fit_labels():
                return

    @contextmanager
    def natural_labels(self) -> Iterator[None]:
        """Labels at their own size while the scene is drawn elsewhere (a picture is drawn
        at its own scale, where a floor meant for the zoomed-out window would be too big)."""
        floor = self.label_floor
        for node in self.nodes.values():
            node.set_text_scale(self.text_scale, 0.0)
        try:
            yield
        finally:
            for node in self.nodes.values():
                node.set_text_scale(self.text_scale, floor)

    def _fit_labels(self) -> bool:
        """Set the labels' smallest size so they draw at MIN_LABEL_PX or more at this zoom
        (a fitted baseline is drawn at about half size on a laptop); True if it changed."""
        scale = self.transform().m11() or 1.0
        points = MIN_LABEL_PX * self.text_scale * 72.0 / self.logicalDpiY() / scale
        if self.label_floor >= points >= 0.97 * self.label_floor:
            return False  # big enough, and not much bigger than needed
        self.label_floor = points * 1.01  # a little over: a refit shrinks the view a little
        for node in self.nodes.values():
            node.set_text_scale(self.text_scale, self.label_floor)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def zoom(self, factor: float) -> None:
        self._auto_fit = False
        current = self.transform().m11()
        factor = max(0.05 / current, min(factor, 20.0 / current))
        self.scale(factor, factor)
        self._fit_labels()
        self.view_moved.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.view_moved.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(math.pow(1.15, steps))
        event.accept()

    def _update_scene_rect(self) -> None:
        rect = self.scene().itemsBoundingRect()
        pad = max(rect.width(), rect.height(), 400.0)
        self.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))

    # ---- moving nodes: one request per drag, with where they were

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press = {
            i.actor.id: i.pos() for i in self.scene().selectedItems() if isinstance(i, NodeItem)
        }

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        before, after = {}, {}
        for actor_id, old in self._press.items():
            new = self.nodes[actor_id].pos()
            if (new - old).manhattanLength() > 0.5:
                before[actor_id] = (old.x(), old.y())
                after[actor_id] = (new.x(), new.y())
        self._press = {}
        if after:
            self.nodes_moved.emit(before, after)

    # ---- legend: a band along the bottom of the view, in view coordinates

    def _legend_rows(self) -> list[tuple[str, ActorKind | tuple[Qt.PenStyle, str]]]:
        rows: list[tuple[str, ActorKind | tuple[Qt.PenStyle, str]]] = [
            (kind_label(k), k) for k in ActorKind if k is not ActorKind.EXTERNAL_STATE
        ]
        rows += [
            (tr("Member", "legend: solid links"), (Qt.PenStyle.SolidLine, "link_on")),
            (tr("Observer, partner, guest"), (Qt.PenStyle.DashLine, "link_on")),
            (tr("Candidate, suspended, withdrawn"), (Qt.PenStyle.DotLine, "link_candidate")),
            (tr("Switched off", "legend: links off"), (Qt.PenStyle.SolidLine, "link_off")),
            (tr("Highlighted", "legend: links"), (Qt.PenStyle.SolidLine, "highlight")),
        ]
        return rows

    def _legend_layout(
        self, width: float | None = None, points: float = LEGEND_POINTS
    ) -> tuple[QFont, float, list[tuple[QPointF, float]]]:
        """The legend's font, row height, and each entry's top-left and width, flowing over
        as many rows as `width` (the view's, by default) needs."""
        font = QFont()
        font.setPointSizeF(points)
        metrics = QFontMetricsF(font)
        line_h = metrics.height() + 4
        width = (self.viewport().width() if width is None else width) - 20
        x, row, spots = 0.0, 0, []
        for text, _ in self._legend_rows():
            k = points / LEGEND_POINTS  # symbols grow with the text
            w = 34 * k + metrics.horizontalAdvance(text) + 14 * k
            if x and x + w > width:
                x, row = 0.0, row + 1
            spots.append((QPointF(x, row * line_h), w))
            x += w
        return font, line_h, spots

    def legend_height(self, width: float | None = None, points: float = LEGEND_POINTS) -> float:
        _, line_h, spots = self._legend_layout(width, points)
        return max(p.y() for p, _ in spots) + line_h + 12

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        legend = self._legend_pixmap()
        painter.save()
        painter.resetTransform()
        height = legend.height() / legend.devicePixelRatio()
        painter.drawPixmap(QPointF(0, self.viewport().height() - height), legend)
        painter.restore()

    def _legend_pixmap(self) -> QPixmap:
        """The legend band, drawn once per width, theme and pixel ratio (each repaint of a
        switched link would otherwise lay out and draw all of it again)."""
        ratio = self.viewport().devicePixelRatioF()
        key = (self.viewport().width(), self.theme.name, ratio)
        if self._legend is not None and self._legend[0] == key:
            return self._legend[1]
        points = LEGEND_POINTS * self.text_scale
        height = self.legend_height(points=points)
        pixmap = QPixmap(int(self.viewport().width() * ratio), int((height + 4) * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._paint_legend(painter, QRectF(6, 0, self.viewport().width() - 12, height), points)
        painter.end()
        self._legend = (key, pixmap)
        return pixmap

    def _paint_legend(self, painter: QPainter, box: QRectF, points: float = LEGEND_POINTS) -> None:
        theme = self.theme
        font, line_h, spots = self._legend_layout(box.width() + 12, points)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.color("muted", 110), 1))
        painter.setBrush(theme.color("canvas", 235))
        painter.drawRoundedRect(box, 6, 6)
        painter.setFont(font)
        origin = box.topLeft() + QPointF(8, 6)
        k = points / LEGEND_POINTS  # symbols grow with the text
        for (text, what), (spot, w) in zip(self._legend_rows(), spots, strict=True):
            top = origin + spot
            mid = top + QPointF(14 * k, line_h / 2)
            if isinstance(what, ActorKind):
                painter.setPen(QPen(theme.color("node_outline"), 1))
                painter.setBrush(QColor(theme.kinds[what]))
                r = 6.0 * k
                if what is ActorKind.STATE:
                    painter.drawEllipse(mid, r, r)
                elif what is ActorKind.BODY:
                    painter.drawRoundedRect(QRectF(mid.x() - r, mid.y() - r, 2 * r, 2 * r), 2, 2)
                else:
                    painter.drawPolygon(
                        QPolygonF(
                            [
                                mid + QPointF(0, -r),
                                mid + QPointF(r, 0),
                                mid + QPointF(0, r),
                                mid + QPointF(-r, 0),
                            ]
                        )
                    )
            else:
                style, color = what
                pen = QPen(theme.color(color), 2.2 * k)
                pen.setStyle(style)
                painter.setPen(pen)
                painter.drawLine(mid + QPointF(-12 * k, 0), mid + QPointF(12 * k, 0))
            painter.setPen(theme.color("text"))
            painter.drawText(
                QRectF(top.x() + 32 * k, top.y(), w - 32 * k, line_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
