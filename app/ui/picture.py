"""The network picture as a file: PNG (at a chosen width), SVG or PDF, with a title band and
the legend. The window exports its own canvas; `c6-explorer export` draws one off screen,
so both give the same picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app import lang
from app.domain import Network, Scenario, ValidationError
from app.ui import i18n
from app.ui.i18n import tr
from app.ui.network_canvas import NetworkCanvas
from app.ui.theme import PRINT
from app.workspace import PICTURE_FORMATS, write_atomic

LOGICAL_WIDTH = 1400.0  # the picture is laid out at this width, then scaled to the output
DPI = 96  # fonts in points map to logical pixels as on a common screen
MARGIN = 32.0  # blank on every side, in logical pixels: nothing drawn reaches an edge
TITLE_H = 76.0  # the title band under the top margin
LEGEND_POINTS = 11.0


def logical_size(canvas: NetworkCanvas) -> QSizeF:
    """Width LOGICAL_WIDTH; height from the network's aspect, plus title and legend."""
    rect = canvas.scene().itemsBoundingRect()
    aspect = rect.height() / rect.width() if rect.width() > 0 else 0.75
    inner = LOGICAL_WIDTH - 2 * MARGIN
    body = inner * min(max(aspect, 0.4), 1.6)
    legend = canvas.legend_height(inner, LEGEND_POINTS)
    return QSizeF(LOGICAL_WIDTH, MARGIN + TITLE_H + body + 12 + legend + MARGIN)


def paint_picture(painter: QPainter, canvas: NetworkCanvas, title: str, subtitle: str) -> None:
    """Draw the picture in logical coordinates (LOGICAL_WIDTH wide) on `painter`, in the
    print palette of app.look whatever the window's theme, MARGIN clear on every side."""
    size = logical_size(canvas)
    shown = canvas.theme
    canvas.set_theme(PRINT)
    try:
        _paint_picture(painter, canvas, size, title, subtitle)
    finally:
        canvas.set_theme(shown)


def _paint_picture(
    painter: QPainter, canvas: NetworkCanvas, size: QSizeF, title: str, subtitle: str
) -> None:
    theme = canvas.theme
    inner = QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, size.height() - 2 * MARGIN)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), theme.color("canvas"))
    painter.setPen(theme.color("text"))
    _line(painter, QRectF(inner.left(), inner.top(), inner.width(), 42), title, 22, bold=True)
    painter.setPen(theme.color("muted"))
    _line(painter, QRectF(inner.left(), inner.top() + 44, inner.width(), 26), subtitle, 12)
    legend_h = canvas.legend_height(inner.width(), LEGEND_POINTS)
    body = QRectF(
        inner.left(), inner.top() + TITLE_H, inner.width(), inner.height() - TITLE_H - legend_h - 12
    )
    source = canvas.scene().itemsBoundingRect().marginsAdded(QMarginsF(20, 20, 20, 20))
    # Item pixmap caches would put screen-resolution bitmaps into the picture: draw afresh.
    items = canvas.scene().items()
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        canvas.scene().render(painter, body, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item, mode in zip(items, modes, strict=True):
            item.setCacheMode(mode)
    canvas._paint_legend(
        painter,
        QRectF(inner.left(), inner.bottom() - legend_h, inner.width(), legend_h),
        LEGEND_POINTS,
    )


def _line(painter: QPainter, box: QRectF, text: str, points: float, bold: bool = False) -> None:
    """One line of text inside `box`: smaller (to 60%) when it is too wide, and past that
    shortened in the middle, never cut at the picture's edge."""
    font = QFont()
    font.setBold(bold)
    size = points
    while True:
        font.setPointSizeF(size)
        width = QFontMetricsF(font, painter.device()).horizontalAdvance(text)
        if width <= box.width() or size <= points * 0.6:
            break
        size = max(points * 0.6, size * box.width() / width - 0.1)
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    painter.drawText(
        box,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, box.width()),
    )


def write_picture(
    path: Path, canvas: NetworkCanvas, title: str, subtitle: str = "", width: int = 2800
) -> None:
    """Write the canvas's scene to `path` as its suffix says; PNG is `width` pixels wide.
    Labels at their own size: the window's zoomed-out floor would be too big in a picture."""
    with canvas.natural_labels():
        _write_picture(path, canvas, title, subtitle, width)


def _write_picture(
    path: Path, canvas: NetworkCanvas, title: str, subtitle: str, width: int
) -> None:
    suffix = path.suffix.lower()
    size = logical_size(canvas)
    canvas.scene().clearSelection()  # a selected node's halo is not part of the picture
    if suffix == ".png":
        if not 200 <= width <= 20_000:
            raise ValidationError(
                tr("width {width} is out of range (200 to 20000 pixels)", width=width)
            )
        scale = width / size.width()
        image = QImage(width, round(size.height() * scale), QImage.Format.Format_RGB32)
        # Painted at the resolution the labels and legend were measured at (the screen's),
        # and scaled by the painter alone: an image at DPI x scale would grow every font by
        # the scale once more, past the boxes laid out for it (cut labels at 2800 px).
        _set_dpi(image, text_dpi())
        image.fill(PRINT.color("canvas"))  # the row that rounding adds is background too
        painter = QPainter(image)
        painter.scale(scale, scale)
        paint_picture(painter, canvas, title, subtitle)
        painter.end()
        _set_dpi(image, DPI * scale)  # the file says: LOGICAL_WIDTH / DPI inches wide
        write_atomic(path, png_bytes(image))
    elif suffix == ".svg":
        data, buffer = _buffer()
        svg = QSvgGenerator()
        svg.setOutputDevice(buffer)
        svg.setSize(size.toSize())
        svg.setViewBox(QRectF(0, 0, size.width(), size.height()))
        svg.setResolution(round(text_dpi()))
        svg.setTitle(title)
        svg.setDescription(subtitle)
        _paint(svg, canvas, title, subtitle, path)
        write_atomic(path, _bytes(data, buffer, path))
    elif suffix == ".pdf":
        data, buffer = _buffer()
        pdf = QPdfWriter(buffer)
        pdf.setResolution(round(text_dpi()))
        pdf.setTitle(title)
        pdf.setCreator("C6 Scenario Explorer")
        mm = 25.4 / round(text_dpi())
        pdf.setPageSize(QPageSize(size * mm, QPageSize.Unit.Millimeter, "picture"))
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
        _paint(pdf, canvas, title, subtitle, path)  # ending the painter ends the document
        write_atomic(path, _bytes(data, buffer, path))
    else:
        raise ValidationError(
            tr(
                "cannot draw the network to '{name}': use {formats}",
                name=path.name,
                formats=", ".join(PICTURE_FORMATS),
            )
        )


def text_dpi() -> float:
    """The resolution the canvas measured its labels at: the application's screen's, as
    QFontMetricsF without a device measures (96 when there is no screen)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else float(DPI)


def _set_dpi(image: QImage, dpi: float) -> None:
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)


# Qt's writers draw into memory; the file is written by write_atomic alone, whose every
# write is checked: Qt's own file writing reports no error (a full disk gave a cut file).


def _buffer() -> tuple[QByteArray, QBuffer]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return data, buffer


def _paint(
    device: QSvgGenerator | QPdfWriter, canvas: NetworkCanvas, title: str, subtitle: str, path: Path
) -> None:
    painter = QPainter(device)
    if not painter.isActive():
        raise ValidationError(tr("cannot draw the picture for {name}", name=path.name))
    paint_picture(painter, canvas, title, subtitle)
    if not painter.end():
        raise ValidationError(tr("cannot finish the picture for {name}", name=path.name))


def _bytes(data: QByteArray, buffer: QBuffer, path: Path) -> bytes:
    buffer.close()
    out = bytes(data.data())
    if not out:
        raise ValidationError(
            tr("the picture for {name} came out empty; nothing was written", name=path.name)
        )
    return out


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValidationError(tr("cannot encode the picture as PNG"))
    buffer.close()
    return bytes(data.data())


def write_network_picture(
    path: Path,
    network: Network,
    scenario: Scenario,
    positions: Mapping[str, tuple[float, float]],
    width: int = 2800,
) -> None:
    """The picture without a window (the CLI): an off-screen canvas drawn as the window
    would draw it in the light theme."""
    import os

    from PySide6.QtWidgets import QApplication

    from app.ui import qt_messages

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt_messages.install()
    if QApplication.instance() is None:
        QApplication(["c6-explorer"])
    _speak(lang.current())
    canvas = NetworkCanvas()
    try:
        enabled = network.enabled_links(scenario)
        canvas.set_network(network, positions, enabled)
        # a body with no link on is inactive: faded, as the window and the reports draw it
        canvas.set_active(
            {a for lk in network.links if lk.id in enabled for a in (lk.source, lk.target)}
        )
        write_picture(path, canvas, scenario.name, picture_subtitle(network, scenario), width)
    finally:
        canvas.deleteLater()


def _speak(language: lang.Lang) -> None:
    """Qt's catalogue for the command line's language, so the legend and the subtitle are
    in it; English when the catalogue was never built (the picture is still made)."""
    try:
        i18n.install(language)
    except i18n.MissingCatalogue:
        lang.use(language)  # the names and app.lang's words still follow --lang


def picture_subtitle(network: Network, scenario: Scenario) -> str:
    n = len(scenario.switched(network))
    return tr("{network} · %n link(s) switched from the baseline", None, n, network=network.name)
