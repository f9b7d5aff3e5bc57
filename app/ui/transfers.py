"""Files in and out of the window: pictures, GraphML/GEXF, CSV tables (exported, and
imported into the network with a preview), briefing reports, and .c6s scenario files to
import into the store or export. The same files as `c6-explorer export`, `report`,
`import` and `export-scenario` write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from app.domain import C6Error
from app.reports import briefing, write_report
from app.ui.context import APP, Controller, file_filter
from app.ui.i18n import tr
from app.ui.import_preview import ImportPreview
from app.ui.network_editor import edit_network
from app.ui.picture import picture_subtitle, write_picture
from app.ui.workers import Job
from app.workspace import PICTURE_FORMATS, NetworkChoice, Table


class Transfers(Controller):
    def export_picture(self, path: Path, width: int = 2800) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        with self.guard(tr("Cannot write {name}", name=path.name)):
            subtitle = picture_subtitle(s.network, s.scenario)
            write_picture(path, self.ui.canvas, s.scenario.name, subtitle, width)
            self.status(tr("Wrote {path}", path=path), 5_000)

    def export_picture_dialog(self) -> None:
        filters = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)")
        path = self.ask_save_path(tr("Export the network picture"), filters, PICTURE_FORMATS)
        if path is None:
            return
        width = 2800
        if path.suffix.lower() == ".png":
            width, ok = QInputDialog.getInt(
                self.owner, APP, tr("Width of the picture in pixels:"), 2800, 200, 20_000, 100
            )
            if not ok:
                return
        self.export_picture(path, width)

    def export_network_file(self, path: Path, table: Table = Table.LINKS) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        if not s.evaluated and table is Table.COVERAGE:
            self.error(tr("The evaluation is still running: export the coverage when it is done."))
            return
        with self.guard(tr("Cannot write {name}", name=path.name)):
            self.workspace.export_network(self.doc, path, self.ui.canvas.positions(), table)
            self.status(tr("Wrote {path}", path=path), 5_000)

    def export_network_dialog(self) -> None:
        filters = tr("GraphML (*.graphml);;GEXF for Gephi (*.gexf)")
        path = self.ask_save_path(tr("Export the network"), filters, (".graphml", ".gexf"))
        if path is not None:
            self.export_network_file(path)

    def import_csv(self, path: Path) -> bool:
        """Show what importing a CSV of actors or links would do; apply it on OK."""
        if self.doc is None:
            return False
        try:
            plan = self.workspace.plan_csv(self.doc, path)
        except C6Error as exc:
            self.error(str(exc))
            return False
        preview = ImportPreview(plan, path.name, self.owner)
        if preview.exec() != QDialog.DialogCode.Accepted or plan.result is None:
            return False
        result = plan.result
        problem = edit_network(self, lambda: tr("Import {name}", name=path.name), lambda _: result)
        if problem:
            self.error(problem)
            return False
        return True

    def import_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.owner, tr("Import actors or links"), "", tr("CSV (*.csv);;All files (*)")
        )
        if path:
            self.import_csv(Path(path))

    def export_table_dialog(self, table: Table | str) -> None:
        table = Table(table)
        title = {
            Table.LINKS: tr("Export the links table"),
            Table.COVERAGE: tr("Export the coverage matrix"),
            Table.ACTORS: tr("Export the actors"),
        }[table]
        path = self.ask_save_path(title, tr("CSV (*.csv)"), (".csv",))
        if path is not None:
            self.export_network_file(path, table)

    def write_briefing(self, path: Path) -> Job | None:
        """Write the briefing report on a worker (matplotlib takes a second or so)."""
        if self.doc is None:
            return None
        s = self.doc.session
        network, scenario, positions = s.network, s.scenario, self.ui.canvas.positions()
        criteria = s.criteria

        def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            write_report(path, briefing(network, scenario, positions, criteria=criteria))
            return path

        job = Job(work, self.owner)
        job.done.connect(lambda p: self.status(tr("Wrote {path}", path=p), 5_000))
        job.failed.connect(
            lambda message: self.error(
                tr("Cannot write {name}: {problem}", name=path.name, problem=message)
            )
        )
        self.status(tr("Writing {name}…", name=path.name))
        return self.ui.workers.start("report", job)

    def briefing_dialog(self) -> None:
        filters = tr("PDF (*.pdf);;Web page (*.html)")
        path = self.ask_save_path(tr("Write a briefing report"), filters, (".pdf", ".html"))
        if path is not None:
            self.write_briefing(path)

    def import_file(self, path: Path, choice: NetworkChoice = NetworkChoice.MERGE) -> None:
        with self.guard(tr("Cannot import {path}", path=path)):
            doc = self.workspace.import_scenario_file(path, choice)
            self.status(tr("Imported “{name}” into the store", name=doc.name), 5_000)
            self.ui.show(doc)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.owner, tr("Import scenario file"), "", file_filter()
        )
        if path:
            self.import_file(Path(path))

    def export(self, path: Path) -> None:
        if self.doc is None:
            return
        with self.guard(tr("Cannot export to {path}", path=path)):
            self.workspace.export_scenario(self.doc, path)
            self.ui.recent(path)
            self.status(tr("Exported “{name}” to {path}", name=self.doc.name, path=path), 5_000)

    def export_dialog(self) -> None:
        if (path := self.ask_save_path(tr("Export scenario"), file_filter())) is not None:
            self.export(path)
