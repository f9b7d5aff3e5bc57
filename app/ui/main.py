"""Start the GUI: `c6-explorer [gui] [--scenario F.c6s] [--screenshot OUT.png] [--size WxH]`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.domain import C6Error

APP = "C6 Scenario Explorer"


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise C6Error(f"size '{text}' is not WIDTHxHEIGHT, e.g. 1400x900") from None
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise C6Error(f"size '{text}' is out of range (320x240 to 10000x10000)")
    return w, h


def settings_path() -> Path:
    """The window's settings (geometry, recent files, theme) as an INI file in the user's
    config folder; nothing is pickled."""
    from platformdirs import user_config_path

    return user_config_path("c6-explorer", appauthor=False) / "c6-explorer.ini"


def _settings_file(screenshot: bool) -> Path:
    """The user's settings file; for a screenshot, a throwaway copy of it (the picture
    shows the user's theme, and opening a file there adds nothing to their recent files)."""
    path = settings_path()
    if not screenshot:
        return path
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="c6-screenshot-")
    atexit.register(shutil.rmtree, folder, True)
    copy = Path(folder) / path.name
    if path.is_file():
        shutil.copyfile(path, copy)
    return copy


def run_gui(
    screenshot: Path | None = None,
    size: str = "1400x900",
    db: str | None = None,
    scenario: Path | None = None,
    language: str | None = None,
) -> int:
    """The window on the store `db`; `language` (en, ru) as asked on the command line or
    by $C6_LANG, else the one chosen last in View › Language, else the system's."""
    width, height = parse_size(size)
    has_screen = bool(  # Windows and macOS always have one; X11 and Wayland say so
        sys.platform in ("win32", "darwin")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )
    if screenshot is not None:
        if screenshot.suffix.lower() != ".png":
            raise C6Error(f"cannot write a screenshot to '{screenshot.name}': name it OUT.png")
        if not os.environ.get("QT_QPA_PLATFORM"):  # a picture needs no screen: none is
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # asked of a DISPLAY that may be gone
    elif not has_screen:  # Qt would abort with seven lines about plugins
        raise C6Error(
            "there is no display to show the window on (DISPLAY is not set): run it in a "
            "desktop session, or render it with --screenshot OUT.png"
        )
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui import qt_messages
    from app.ui.main_window import MainWindow
    from app.workspace import Workspace, load_baseline, open_store

    qt_messages.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP)
    app.setOrganizationName(APP)
    settings = QSettings(str(_settings_file(screenshot is not None)), QSettings.Format.IniFormat)
    _speak(language, settings)
    workspace = Workspace(lambda: open_store(db))  # opened below, or after the first paint
    window = MainWindow(workspace, settings)
    if screenshot is None and not settings.contains("window/geometry"):
        screen = QGuiApplication.primaryScreen()
        if screen is not None:  # never larger than the desktop
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        window.resize(width, height)
    elif screenshot is not None:
        window.resize(width, height)

    if screenshot is not None:
        window.dialogs_raise = True  # no one is there to close a dialog: one line, exit 2

    def start() -> bool:
        """Open the store and the start scenario; False (after a dialog) if it cannot."""
        try:  # SQLAlchemy, migrations, seeding
            shown = window.workspace.open_store()  # says where, and why read-only if so
        except C6Error as exc:
            if screenshot is not None:
                raise
            QMessageBox.critical(window, APP, str(exc))
            return False
        window.statusBar().showMessage(shown)  # seen before a save is refused
        if db or os.environ.get("C6_DB"):  # a store asked for: offered again, and to correct
            window.stores.remember_current()
        if scenario is not None:
            window.documents.open_file(scenario)
        if window.doc is None:
            window.documents.open_start()
        return True

    try:
        if screenshot is not None or scenario is not None:
            if not start():
                return 2
            window.show()
            if screenshot is not None:
                return _screenshot(app, window, screenshot)
        else:
            # The bundled baseline is on screen at once; the store (about 0.4 s, most of it
            # importing SQLAlchemy) opens once that first frame is painted.
            window.preview(load_baseline())

            def after_first_paint() -> None:
                if not start():
                    app.exit(2)

            window.canvas.first_painted.connect(lambda: QTimer.singleShot(0, after_first_paint))
            window.show()
        return app.exec()
    finally:
        workspace.close_store()


def _speak(given: str | None, settings: object) -> None:
    """Install the language asked for, else the remembered one, else the system's. A
    catalogue not built (the app not set up with `make`) is said once; English stays."""
    from PySide6.QtCore import QSettings

    from app import lang
    from app.ui import i18n

    assert isinstance(settings, QSettings)
    remembered = str(settings.value("view/language", ""))
    if given or os.environ.get(lang.ENV_LANG, "").strip() or remembered not in ("en", "ru"):
        chosen = lang.choose(given)  # --lang, else $C6_LANG, else the system's
    else:
        chosen = lang.Lang(remembered)
    try:
        i18n.install(chosen)
    except i18n.MissingCatalogue as exc:
        print(f"c6-explorer: {exc}; the window speaks English", file=sys.stderr)
        lang.use(lang.Lang.EN)


def _screenshot(app: object, window: object, out: Path) -> int:
    """Render the window once its workers are done, then close without prompting."""
    from PySide6.QtWidgets import QApplication

    from app.domain.text import printable
    from app.ui.main_window import MainWindow
    from app.ui.picture import png_bytes
    from app.workspace import write_atomic

    assert isinstance(app, QApplication) and isinstance(window, MainWindow)
    app.processEvents()
    window.settle()
    window.canvas.fit()
    app.processEvents()
    write_atomic(out, png_bytes(window.grab().toImage()))  # whole or not at all
    print(printable(str(out)))
    return 0
