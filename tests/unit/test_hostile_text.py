"""Any text the text policy lets in goes out through every export format intact: GraphML
and GEXF stay well-formed XML that networkx reads back to the same values, CSV comes back
through the importer unchanged, and the reports carry it as text (property tests)."""

from __future__ import annotations

import html
import io
import xml.etree.ElementTree as ET
from dataclasses import replace

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis.layout import Layout, layout
from app.domain import Network, Scenario, ValidationError
from app.domain.text import check_text
from app.files.export import export_network
from app.files.network_csv import actors_csv, links_csv, plan_rows
from app.reports import briefing, write_report
from tests.factory import network

# Printable text as people type it, with what XML, HTML, CSV and matplotlib treat specially.
SPECIAL = "<>&\"'$\\,;|=+-@\t\n\r{}%#\u00a0\u200bЖ漢ٯ🙂"
ALPHABET = st.characters(exclude_categories=("Cs", "Cc"), include_characters=SPECIAL)
ONE_LINE = st.text(ALPHABET, min_size=1, max_size=40).filter(
    lambda t: t.strip() and "\n" not in t and "\r" not in t and "\t" not in t
)
MANY_LINES = st.text(ALPHABET, max_size=80)


def _policy_allows(text: str, lines: bool) -> bool:
    try:
        check_text(text, "t", lines=lines)
    except ValidationError:
        return False
    return True


NAME = ONE_LINE.filter(lambda t: _policy_allows(t, False))
NOTE = MANY_LINES.filter(lambda t: _policy_allows(t, True))


def _hostile(
    name: str, note: str, place: tuple[float, float] = (41.3, 69.2)
) -> tuple[Network, Scenario]:
    base = network("S1 S2", "X", [("S1", "X", "member", "drugs"), ("S2", "X", "member", "")])
    lat, lon = place
    actors = tuple(
        replace(a, name=name, name_ru=name, lat=lat, lon=lon) if a.id == "X" else a
        for a in base.actors
    )
    links = tuple(replace(lk, note=note) for lk in base.links)
    net = replace(base, actors=actors, links=links)
    return net, Scenario(name).with_links(net, {"S2:X": False})


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(NAME, NOTE)
def test_graphml_and_gexf_read_back_every_text(
    tmp_path_factory: pytest.TempPathFactory, name: str, note: str
) -> None:
    net, scenario = _hostile(name, note)
    folder = tmp_path_factory.mktemp("x")
    positions = layout(net, Layout.RADIAL)
    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        path = folder / f"n{suffix}"
        export_network(path, net, scenario, positions)
        ET.parse(path)  # well-formed XML
        g = read(path)
        assert g.nodes["X"]["name"] == g.nodes["X"]["name_ru"] == name
        notes = {data["note"] for *_, data in g.edges(data=True)}
        # XML normalises a carriage return in attribute text; GraphML keeps it in elements
        assert notes == {note} or notes == {note.replace("\r\n", "\n").replace("\r", "\n")}


PLACE = st.tuples(
    st.floats(-90, 90, allow_subnormal=True), st.floats(-180, 180, allow_subnormal=True)
)


@FAST
@given(NAME, NOTE, PLACE)
def test_csv_goes_out_and_comes_back_unchanged(
    name: str, note: str, place: tuple[float, float]
) -> None:
    net, _ = _hostile(name, note, place)
    for text in (actors_csv(net), links_csv(net)):
        plan = plan_rows(net, text)
        assert plan.result == net, plan.first_problem()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAME, NOTE)
def test_reports_carry_every_text(
    tmp_path_factory: pytest.TempPathFactory, name: str, note: str
) -> None:
    net, scenario = _hostile(name, note)
    scenario = replace(scenario, notes=note)
    folder = tmp_path_factory.mktemp("r")
    b = briefing(net, scenario, layout(net, Layout.RADIAL))
    write_report(folder / "r.html", b)
    page = (folder / "r.html").read_text(encoding="utf-8")
    assert f"<h1>{html.escape(name)}</h1>" in page
    write_report(folder / "r.pdf", b)  # matplotlib takes "$" and "\\" as text: no error
    from pypdf import PdfReader

    first = PdfReader(io.BytesIO((folder / "r.pdf").read_bytes())).pages[0].extract_text()
    visible = "".join(ch for ch in name if ch.isalnum())[:10]
    assert all(ch in first for ch in visible if ord(ch) < 0x2E80)  # fonts lack CJK, emoji
