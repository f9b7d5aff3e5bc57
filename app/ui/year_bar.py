"""The As of bar: a slider over the years the network's links are dated in, one step past
the last meaning today, and a label saying which. It says which year was chosen; the window
asks the session to see the network as of then."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

from app.domain import Network
from app.ui.i18n import tr


class YearBar(QWidget):
    year_chosen = Signal(object)  # int, or None for today

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year-bar")
        self.year: int | None = None  # the year shown (None: today)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("year-slider")
        self.slider.setFixedWidth(260)
        self.slider.setPageStep(5)
        self.label = QLabel(self)
        self.label.setObjectName("year-label")
        self.caption = QLabel(self)
        self.caption.setObjectName("year-caption")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.slider)
        row.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # no gaps
        self.slider.valueChanged.connect(self._moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.slider.setAccessibleName(tr("As of year"))
        self.slider.setToolTip(
            tr(
                "See the network as it stood in a year: links by their start and end years, "
                "bodies from their first dated link. Far right: today."
            )
        )
        self.caption.setText(" " + tr("As of", "the year bar: the network as of a year") + " ")
        today = tr("today", "the year bar's far right")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(f"{today} 0000"))
        self._say()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_year(self, network: Network, year: int | None) -> None:
        """Range from `network`'s first dated year to its last, one more step for today;
        the handle at `year` (None: today). Says nothing back."""
        years = network.years()
        first, last = years if years is not None else (2026, 2026)
        last = max(last, first)
        self.slider.blockSignals(True)
        self.slider.setRange(first, last + 1)
        self.slider.setValue(last + 1 if year is None else year)
        self.slider.blockSignals(False)
        self.year = year
        self._say()

    def _say(self) -> None:
        today = tr("today", "the year bar's far right")
        self.label.setText(today if self.year is None else str(self.year))

    def step(self, years: int) -> None:
        """Move by `years` (its far right is today, and no further)."""
        s = self.slider
        s.setValue(max(s.minimum(), min(s.maximum(), s.value() + years)))

    def _moved(self, value: int) -> None:
        self.year_chosen.emit(None if value >= self.slider.maximum() else value)
