"""The network picture as a file: PNG (at a chosen width), SVG or PDF, with a title band and
the legend. The window exports its own canvas; `c6-explorer export` draws one off screen,
so both give the same picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.domain import Network, Scenario, ValidationError
from app.files.atomic import write_atomic
from app.files.export import PICTURE_FORMATS
from app.ui.network_canvas import NetworkCanvas

LOGICAL_WIDTH = 1400.0  # the picture is laid out at this width, then scaled to the output
DPI = 96  # fonts in points map to logical pixels as on a common screen
TITLE_H = 84.0
LEGEND_POINTS = 11.0


def logical_size(canvas: NetworkCanvas) -> QSizeF:
    """Width LOGICAL_WIDTH; height from the network's aspect, plus title and legend."""
    rect = canvas.scene().itemsBoundingRect()
    aspect = rect.height() / rect.width() if rect.width() > 0 else 0.75
    body = LOGICAL_WIDTH * min(max(aspect, 0.4), 1.6)
    return QSizeF(
        LOGICAL_WIDTH, TITLE_H + body + canvas.legend_height(LOGICAL_WIDTH, LEGEND_POINTS) + 16
    )


def paint_picture(painter: QPainter, canvas: NetworkCanvas, title: str, subtitle: str) -> None:
    """Draw the picture in logical coordinates (LOGICAL_WIDTH wide) on `painter`."""
    size = logical_size(canvas)
    theme = canvas.theme
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), theme.color("canvas"))
    font = QFont()
    font.setPointSizeF(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(theme.color("text"))
    painter.drawText(QRectF(24, 10, size.width() - 48, 40), Qt.AlignmentFlag.AlignVCenter, title)
    font.setPointSizeF(12)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(theme.color("muted"))
    painter.drawText(QRectF(24, 50, size.width() - 48, 26), Qt.AlignmentFlag.AlignVCenter, subtitle)
    legend_h = canvas.legend_height(LOGICAL_WIDTH, LEGEND_POINTS)
    body = QRectF(12, TITLE_H, size.width() - 24, size.height() - TITLE_H - legend_h - 16)
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
        QRectF(6, size.height() - legend_h - 8, size.width() - 12, legend_h),
        LEGEND_POINTS,
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
            raise ValidationError(f"width {width} is out of range (200 to 20000 pixels)")
        scale = width / size.width()
        image = QImage(width, round(size.height() * scale), QImage.Format.Format_RGB32)
        dpm = round(DPI / 0.0254 * scale)
        image.setDotsPerMeterX(dpm)
        image.setDotsPerMeterY(dpm)
        painter = QPainter(image)
        painter.scale(scale, scale)
        paint_picture(painter, canvas, title, subtitle)
        painter.end()
        write_atomic(path, png_bytes(image))
    elif suffix == ".svg":
        data, buffer = _buffer()
        svg = QSvgGenerator()
        svg.setOutputDevice(buffer)
        svg.setSize(size.toSize())
        svg.setViewBox(QRectF(0, 0, size.width(), size.height()))
        svg.setResolution(DPI)
        svg.setTitle(title)
        svg.setDescription(subtitle)
        _paint(svg, canvas, title, subtitle, path)
        write_atomic(path, _bytes(data, buffer, path))
    elif suffix == ".pdf":
        data, buffer = _buffer()
        pdf = QPdfWriter(buffer)
        pdf.setResolution(DPI)
        pdf.setTitle(title)
        pdf.setCreator("C6 Scenario Explorer")
        mm = 25.4 / DPI
        pdf.setPageSize(QPageSize(size * mm, QPageSize.Unit.Millimeter, "picture"))
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
        _paint(pdf, canvas, title, subtitle, path)  # ending the painter ends the document
        write_atomic(path, _bytes(data, buffer, path))
    else:
        raise ValidationError(
            f"cannot draw the network to '{path.name}': use {', '.join(PICTURE_FORMATS)}"
        )


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
        raise ValidationError(f"cannot draw the picture for {path.name}")
    paint_picture(painter, canvas, title, subtitle)
    if not painter.end():
        raise ValidationError(f"cannot finish the picture for {path.name}")


def _bytes(data: QByteArray, buffer: QBuffer, path: Path) -> bytes:
    buffer.close()
    out = bytes(data.data())
    if not out:
        raise ValidationError(f"the picture for {path.name} came out empty; nothing was written")
    return out


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValidationError("cannot encode the picture as PNG")
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
    canvas = NetworkCanvas()
    try:
        canvas.set_network(network, positions, network.enabled_links(scenario))
        write_picture(path, canvas, scenario.name, picture_subtitle(network, scenario), width)
    finally:
        canvas.deleteLater()


def picture_subtitle(network: Network, scenario: Scenario) -> str:
    n = len(scenario.switched(network))
    return f"{network.name} · {n} link{'s' if n != 1 else ''} switched from the baseline"
