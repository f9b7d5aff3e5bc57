"""Typed errors a user can cause; each carries a one-line message fit to show as it is."""

from __future__ import annotations


class C6Error(Exception):
    """Base of every error the app reports to a user (dialog in the GUI, exit 2 on the CLI)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(C6Error):
    """Data that breaks the model's rules: unknown ids, duplicates, bad values."""


class UnknownIdError(C6Error):
    """An actor, link or risk id that the network does not have."""


class DataFileError(C6Error):
    """A data file that cannot be read or does not have the expected shape."""


class StoreError(C6Error):
    """A store that cannot be opened, read or written: locked, damaged, or of a newer schema."""


class ConflictError(StoreError):
    """A save over a version someone else saved since it was read: nothing was written.

    `version`, `saved_by` and `saved_at` say what the store holds now (`saved_at` None when
    not known); `deleted` says that it was moved to the trash."""

    def __init__(
        self,
        message: str,
        *,
        version: int,
        saved_by: str,
        saved_at: object = None,
        deleted: bool = False,
    ) -> None:
        super().__init__(message)
        self.version = version
        self.saved_by = saved_by
        self.saved_at = saved_at
        self.deleted = deleted
