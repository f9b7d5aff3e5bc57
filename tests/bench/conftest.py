from tests.qt_guard import _no_modal_dialogs  # noqa: F401  (autouse fixture)
