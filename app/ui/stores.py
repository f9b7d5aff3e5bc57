"""Which store the window works on: File › Connect to a team store…, File › Open local
store… and File › Recent stores. A URL is remembered without its password: a server's
credentials are libpq's own (password file, service file, environment), never the settings'.
Choosing a store only says which; the documents controller switches to it. A store that
refuses is said in the Connect dialog, which stays open with the URL to correct."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.look import LIGHT
from app.ui.context import Controller, Ui
from app.ui.i18n import tr
from app.workspace import local_store_url, without_password

MAX_RECENT_STORES = 8
RECENT_KEY = "stores/recent"
EXAMPLE_URL = "postgresql+psycopg://user@host:5432/dbname"


def store_filter() -> str:
    """A file dialog's filter for store files, in the current language."""
    return tr("C6 stores (*.sqlite *.db);;All files (*)")


def credentials() -> str:
    """Where a server's password goes (rich text), in the current language."""
    return tr(
        "The password is not part of what is remembered. Put it where PostgreSQL's own tools "
        "look: <b>~/.pgpass</b> (or the file <b>$PGPASSFILE</b> names), a service in "
        "<b>~/.pg_service.conf</b> (then the URL is "
        "<code>postgresql+psycopg:///?service=team</code>), or <b>$PGPASSWORD</b>. A password "
        "typed into the URL is used for this connection only and never written to the settings."
    )


class ConnectDialog(QDialog):
    """A store's URL (a PostgreSQL server's, or a SQLite file's path), with where the
    password goes."""

    def __init__(self, recent: list[str], current: str = "", parent: QWidget | None = None) -> None:
        """`recent` stores, most recent first; `current` the one the window is on (the
        field starts with it, else with the last server used)."""
        super().__init__(parent)
        self.setObjectName("connect-dialog")
        self.setWindowTitle(tr("Connect to a team store"))
        self.url = QComboBox(self)
        self.url.setObjectName("store-url")
        self.url.setEditable(True)
        self.url.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.url.addItems(([current] if current else []) + [u for u in recent if u != current])
        self.url.setCurrentText(current or next((u for u in recent if "://" in u), ""))
        line = self.url.lineEdit()
        assert line is not None
        line.setPlaceholderText(EXAMPLE_URL)
        self.url.setMinimumContentsLength(len(EXAMPLE_URL) + 4)
        hint = QLabel(
            tr(
                "A PostgreSQL server: <code>{example}</code>. A store file's path works too.",
                example=EXAMPLE_URL,
            ),
            self,
        )
        hint.setObjectName("store-hint")
        hint.setWordWrap(True)
        password = QLabel(credentials(), self)
        password.setObjectName("credentials")
        password.setWordWrap(True)
        self.failure = QLabel(self)  # why the last attempt was refused, as the store said it
        self.failure.setObjectName("connect-failure")
        self.failure.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, never markup
        self.failure.setWordWrap(True)
        self.failure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure.setStyleSheet(f"QLabel#connect-failure {{ color: {LIGHT.gap}; }}")
        self.failure.hide()
        form = QFormLayout()
        form.addRow(tr("Store &URL:"), self.url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Connect"))
        ok.setObjectName("connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(password)
        layout.addWidget(self.failure)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def chosen(self) -> str:
        return self.url.currentText().strip()

    def refused(self, message: str) -> None:
        """Say why the store chosen could not be connected to, whole, and ask again."""
        self.failure.setText(tr("Not connected: {reason}", reason=message))
        self.failure.show()
        self.adjustSize()


class Stores(QObject, Controller):
    chosen = Signal(str)  # a store to work on, as typed (a password in it included)

    def __init__(self, ui: Ui) -> None:
        self.ui = ui
        QObject.__init__(self, ui.parent)
        self.menu: QMenu | None = None
        self._asking: ConnectDialog | None = None  # the dialog a store is being tried from
        self._refusal = ""

    def connect_dialog(self) -> None:
        """Ask for a store until one connects or the user cancels: a refusal is said in the
        dialog (the server's words whole), the URL kept to correct."""
        current = self.workspace.store_url if self.workspace.store_open else ""
        dialog = ConnectDialog(self.recent(), current, self.owner)
        while dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self._asking, self._refusal = dialog, ""
            try:
                self.chosen.emit(dialog.chosen())
            finally:
                self._asking = None
            if not self._refusal:
                return
            dialog.refused(self._refusal)

    def refused(self, message: str) -> None:
        """A store chosen could not be connected to: said in the Connect dialog when it was
        chosen there, else in a dialog of its own."""
        if self._asking is not None:
            self._refusal = message
        else:
            self.error(message)

    def remember_current(self) -> None:
        """The store the window opened on (given by --db or $C6_DB) first among the recent
        stores."""
        if self.workspace.store_open:
            self.remember(self.workspace.store_url)

    def open_local_dialog(self) -> None:
        start = Path(local_store_url()).parent
        path, _ = QFileDialog.getOpenFileName(
            self.owner, tr("Open local store"), str(start), store_filter()
        )
        if path:
            self.chosen.emit(path)

    def remember(self, url: str) -> None:
        """`url` first among the recent stores, without its password."""
        kept = without_password(url)
        if "://" not in kept:
            kept = str(Path(kept).expanduser().resolve())
        recent = [kept] + [u for u in self.recent() if u != kept]
        self.ui.settings.setValue(RECENT_KEY, recent[:MAX_RECENT_STORES])
        self._fill()

    def recent(self) -> list[str]:
        value = self.ui.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # INI: a list of one comes back bare
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_menu(self, menu: QMenu) -> None:
        """File › Recent stores: the stores used last, most recent first, then this
        computer's own."""
        self.menu = menu.addMenu("")
        self.menu.setObjectName("menu-recent stores")
        self.menu.setToolTipsVisible(True)
        self.menu.installEventFilter(self)  # its LanguageChange: said again
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the current language."""
        if self.menu is not None:
            self.menu.setTitle(tr("Recent s&tores"))
            self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _fill(self) -> None:
        if self.menu is None:
            return
        self.menu.clear()
        for i, url in enumerate(self.recent(), start=1):
            action = self.menu.addAction(f"&{i} {_label(url).replace('&', '&&')}")
            action.setObjectName(f"action-store-{i}")
            action.setToolTip(url)
            action.triggered.connect(lambda _=False, u=url: self.chosen.emit(u))
        self.menu.addSeparator()
        local = local_store_url()
        action = self.menu.addAction(tr("This computer's own store"))
        action.setObjectName("action-store-local")
        action.setToolTip(local)
        action.triggered.connect(lambda _=False: self.chosen.emit(local))


def _label(url: str) -> str:
    """How a recent store is named in the menu: a server's URL without its driver, or a
    file's name with its folder."""
    if "://" in url:
        rest = url.split("://", 1)[1]
        return rest if rest and not rest.startswith("/") else url
    path = Path(url)
    return f"{path.name} — {path.parent}"
