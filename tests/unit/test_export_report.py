"""Exports for other tools (GraphML, GEXF, CSV) read back by the tools' own readers, and the
briefing report read back as text (pypdf for the PDF)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import networkx as nx
import pytest
from pypdf import PdfReader

from app.analysis import evaluate
from app.analysis.layout import Layout, layout, merged
from app.domain import Network, Scenario, ValidationError
from app.files.export import Table, coverage_csv, export_network, links_csv
from app.files.scenario_file import read_scenario_file
from app.reports import briefing, write_report
from app.storage import EXAMPLES

CIS = EXAMPLES / "cis-track-collapses.c6s"


@pytest.fixture(scope="module")
def cis() -> tuple[Network, Scenario, dict[str, tuple[float, float]]]:
    sf = read_scenario_file(CIS)
    return sf.network, sf.scenario, merged(layout(sf.network, Layout.RADIAL), sf.scenario.positions)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_networkx_reads_back_every_actor_link_and_attribute(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path, suffix: str
) -> None:
    network, scenario, positions = cis
    path = tmp_path / f"net{suffix}"
    export_network(path, network, scenario, positions)
    g = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert isinstance(g, nx.MultiGraph)
    assert set(g.nodes) == {a.id for a in network.actors}
    edges = {key: (u, v, data) for u, v, key, data in g.edges(keys=True, data=True)}
    assert set(edges) == {lk.id for lk in network.links}  # parallel links kept apart
    enabled = network.enabled_links(scenario)
    for link in network.links:
        u, v, data = edges[link.id]
        assert {u, v} == {link.source, link.target}
        assert data["status"] == link.status.value
        assert data["enabled"] is (link.id in enabled)
        assert data["switched"] is (link.id in scenario.switched(network))
        depths = network.depths(link.id)
        shown = dict(item.split(":") for item in data["depths"].split(" | ") if item)
        assert {r: int(d) for r, d in shown.items()} == {r: int(d) for r, d in depths.items()}
        assert data["membership"] == network.membership_of(link.id).value
        assert data.get("since") == link.since and data.get("until") == link.until
        assert data["confidence"] == link.confidence.value
    for actor in network.actors:
        node = g.nodes[actor.id]
        assert node["kind"] == actor.kind.value and node["name"] == actor.name
        assert node["name_ru"] == actor.name_ru
        assert node["membership"] == (actor.membership.value if actor.membership else "")
        assert (node["x"], node["y"]) == pytest.approx(positions[actor.id])
        if suffix == ".gexf":  # Gephi draws at these coordinates
            assert node["viz"]["position"]["x"] == pytest.approx(positions[actor.id][0])
    assert sum(1 for *_, d in g.edges(data=True) if not d["enabled"]) == len(network.links) - len(
        enabled
    )
    assert g.nodes["UZB"]["name_ru"] == "Узбекистан"  # the example's network names it


def test_csv_tables_match_the_scenario(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    network, scenario, positions = cis
    ev = evaluate(network, scenario)
    export_network(tmp_path / "links.csv", network, scenario, positions)
    export_network(tmp_path / "cov.csv", network, scenario, positions, ev, Table.COVERAGE)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "links.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [lk.id for lk in network.links]
    on = {r["id"] for r in rows if r["enabled"] == "true"}
    assert on == set(network.enabled_links(scenario))
    cov = list(csv.reader(io.StringIO((tmp_path / "cov.csv").read_text(encoding="utf-8"))))
    assert cov[0] == ["state", *ev.coverage.risks]
    assert {r[0]: [int(x) for x in r[1:]] for r in cov[1:]} == {
        s: [ev.coverage.count(s, r) for r in ev.coverage.risks] for s in ev.coverage.states
    }
    assert links_csv(network, scenario).encode() == (tmp_path / "links.csv").read_bytes()
    assert coverage_csv(network, ev).encode() == (tmp_path / "cov.csv").read_bytes()


def test_a_bad_target_changes_nothing(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    network, scenario, positions = cis
    with pytest.raises(ValidationError, match=r"cannot export to 'x.doc': use \.graphml"):
        export_network(tmp_path / "x.doc", network, scenario, positions)
    with pytest.raises(ValidationError, match="coverage table needs"):
        export_network(tmp_path / "c.csv", network, scenario, positions, None, Table.COVERAGE)
    with pytest.raises(OSError) as missing:
        export_network(tmp_path / "no" / "x.graphml", network, scenario, positions)
    assert missing.value.filename == str(tmp_path / "no" / "x.graphml")
    kept = tmp_path / "kept.gexf"
    kept.write_text("old")
    with pytest.raises(ValidationError):
        write_report(tmp_path / "kept.gexf", briefing(network, scenario, positions))
    assert kept.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["kept.gexf"]


MADE = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def test_the_pdf_report_has_its_pages_and_real_text(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    network, scenario, positions = cis
    b = briefing(network, scenario, positions, made=MADE)
    path = tmp_path / "brief.pdf"
    write_report(path, b)
    pages = [p.extract_text() for p in PdfReader(path).pages]
    n = len(pages)
    assert n >= 4
    for i, text in enumerate(pages, 1):
        assert f"Page {i} of {n}" in text
    first = pages[0]
    switched = len(scenario.switched(network))
    assert "The CIS track collapses" in first
    assert f"{switched} links switched from the baseline" in first
    assert "Notes" in first and "What changes against the baseline" in first
    assert "Left with no enabled link (inactive)" in " ".join(first.split())
    # each part follows the last, on the same page when it fits
    order = [
        "What changes against the baseline",
        "Risk coverage",
        "Connectivity and cohesion",
        "Links switched from the baseline",
        "Most critical links",
        "Data sources",
    ]
    at = [next(i for i, p in enumerate(pages) if part in p) for part in order]
    assert at == sorted(at) and at[-1] <= 3, at
    whole = " ".join(" ".join(p.split()) for p in pages)
    assert "Algebraic connectivity" in whole and "KAZ:CIS" in whole
    assert "Self-reliance: the region's own mechanisms cover" in whole
    rest = " ".join(pages[at[-1] :])
    assert "Data sources" in rest and "[1]" in rest and "cited for" in rest
    first_source = b.network.sources()[0][0]
    assert first_source.split()[0] in rest


def test_the_html_report_says_the_same(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    network, scenario, positions = cis
    b = briefing(network, scenario, positions, made=MADE)
    path = tmp_path / "brief.html"
    write_report(path, b)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.count("<svg") == 2
    assert "<h1>The CIS track collapses</h1>" in text
    assert "<td>KAZ:CIS</td>" in text and "<td>Algebraic connectivity</td>" in text
    assert ">KAZ</text>" in text or "KAZ" in text.split("<svg", 1)[1]  # labels as SVG text
    assert text.count("<li>") >= len(b.network.sources())
    evil = Scenario("<script>alert(1)</script>", notes="a < b & c")
    write_report(path, briefing(network, evil, positions, made=MADE))
    escaped = path.read_text(encoding="utf-8")
    assert (
        "<script>" not in escaped and "&lt;script&gt;" in escaped and "a &lt; b &amp; c" in escaped
    )


def test_the_baseline_briefing_says_so(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    network, _, positions = cis
    b = briefing(network, Scenario.baseline(), positions, made=MADE)
    assert b.switched == [] and b.summary == ()
    path = tmp_path / "base.pdf"
    write_report(path, b)
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert "The baseline: no link switched." in text and "none: this is the baseline" in text


def test_a_big_network_is_reported_without_ranking_it(tmp_path: Path) -> None:
    from tests.bench.synthetic import synthetic_network

    net = synthetic_network(500, seed=3)
    b = briefing(net, Scenario("big"), layout(net, Layout.RADIAL), made=MADE)
    assert b.critical == ()
    path = tmp_path / "big.html"
    write_report(path, b)
    assert "not ranked above 400 actors" in path.read_text(encoding="utf-8")


def test_a_summary_longer_than_the_title_page_goes_on_over_pages(tmp_path: Path) -> None:
    """The region's own mechanisms alone: a long summary once pushed the picture off the
    title page (a negative axes height, a traceback); now every sentence is kept."""
    sf = read_scenario_file(EXAMPLES / "only-the-regions-own-mechanisms.c6s")
    positions = merged(layout(sf.network, Layout.RADIAL), sf.scenario.positions)
    b = briefing(sf.network, sf.scenario, positions, made=MADE)
    path = tmp_path / "own.pdf"
    write_report(path, b)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]
    assert pages[1].startswith("What changes against the baseline (continued)")
    text = " ".join(pages[:4])
    for sentence in b.summary:  # every sentence is in the report, none cut off
        assert sentence[:60] in text.replace("- ", "-"), sentence
    assert all(f"Page {i} of {len(pages)}" in p for i, p in enumerate(pages, 1))
    html = tmp_path / "own.html"
    write_report(html, b)
    assert all(s.replace("'", "&#x27;") in html.read_text(encoding="utf-8") for s in b.summary)


def test_the_report_picture_fades_the_bodies_left_without_a_link() -> None:
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure

    from app.reports import figures

    sf = read_scenario_file(CIS)
    positions = merged(layout(sf.network, Layout.RADIAL), sf.scenario.positions)
    ax = Figure().add_subplot()
    figures.network_picture(ax, sf.network, sf.network.enabled_links(sf.scenario), positions)
    faded = sum(
        len(c.get_offsets())
        for c in ax.collections
        if isinstance(c, PathCollection) and c.get_alpha() == 0.3
    )
    assert faded == 4  # the CIS, its Anti-Terrorism Centre and councils, and C6-CIRT


def _text_boxes(svg: str) -> tuple[tuple[float, float, float, float], list[tuple[str, list]]]:
    """The SVG's viewBox, and each text element's four corners, from its position, anchor,
    rotation and font size (measured with matplotlib's own font metrics)."""
    import math
    import re
    import xml.etree.ElementTree as ET

    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    root = ET.fromstring(svg)
    view = tuple(float(v) for v in root.get("viewBox", "").split())
    measure, boxes = TextToPath(), []
    for el in root.iter("{http://www.w3.org/2000/svg}text"):
        style = el.get("style", "")
        size = float(re.search(r"font-size: ([\d.]+)px", style).group(1))  # type: ignore[union-attr]
        bold = "font-weight: 700" in style or "bold" in style
        anchor = re.search(r"text-anchor: (\w+)", style)
        transform = el.get("transform", "")
        moved = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", transform)
        x, y = (
            (float(moved.group(1)), float(moved.group(2)))
            if moved
            else (float(el.get("x", "0")), float(el.get("y", "0")))
        )
        turn = re.search(r"rotate\(([-\d.]+)\)", el.get("transform", ""))
        angle = math.radians(float(turn.group(1))) if turn else 0.0
        text = "".join(el.itertext())
        w, h, d = measure.get_text_width_height_descent(
            text, FontProperties(size=size, weight="bold" if bold else "normal"), ismath=False
        )
        start = {"middle": -w / 2, "end": -w}.get(anchor.group(1) if anchor else "start", 0.0)
        corners = []
        for u, v in ((start, -(h - d)), (start + w, -(h - d)), (start, d), (start + w, d)):
            corners.append(
                (
                    x + u * math.cos(angle) - v * math.sin(angle),
                    y + u * math.sin(angle) + v * math.cos(angle),
                )
            )
        boxes.append((text, corners))
    return view, boxes  # type: ignore[return-value]


def test_the_html_heat_map_shows_every_risk_name_inside_its_picture(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    """The risk names were drawn below the bottom of the heat map's SVG: a browser showed
    "rorism" and "ficking"."""
    network, scenario, positions = cis
    path = tmp_path / "brief.html"
    write_report(path, briefing(network, scenario, positions, made=MADE))
    page = path.read_text(encoding="utf-8")
    svgs = [s[: s.index("</svg>") + 6] for s in page.split("<svg")[1:]]
    assert len(svgs) == 2
    for svg in svgs:
        (x0, y0, w, h), boxes = _text_boxes("<svg" + svg)
        assert boxes
        for text, corners in boxes:
            for x, y in corners:
                assert x0 - 0.5 <= x <= x0 + w + 0.5 and y0 - 0.5 <= y <= y0 + h + 0.5, text
    heat = " ".join(t for t, _ in _text_boxes("<svg" + svgs[1])[1])
    for risk in network.risks:  # every name whole (over lines as it wraps)
        assert all(word in heat.split() for word in risk.label.split()), risk.label


def _page_fill(page: object) -> float:
    """How far down the page its lowest text (the footer left out) reaches, 0 to 1."""
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    ys: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and y > 0.04 * height:  # the footer is at 2% of the height
            ys.append(y)

    page.extract_text(visitor_text=seen)  # type: ignore[attr-defined]
    return 1 - min(ys) / height if ys else 0.0


@pytest.mark.parametrize(
    "example",
    [
        "cis-track-collapses.c6s",
        "only-the-regions-own-mechanisms.c6s",
        "uzbekistan-returns-to-csto.c6s",
    ],
)
def test_the_pdf_pages_are_filled_and_every_name_whole(tmp_path: Path, example: str) -> None:
    """A page with a line or two on it, the network small on a half-empty page, risk
    names cut with "…" in the tables: the report flows from one page to the next."""
    sf = read_scenario_file(EXAMPLES / example)
    positions = merged(layout(sf.network, Layout.RADIAL), sf.scenario.positions)
    b = briefing(sf.network, sf.scenario, positions, made=MADE)
    path = tmp_path / "brief.pdf"
    write_report(path, b)
    reader = PdfReader(path)
    texts = [p.extract_text() for p in reader.pages]
    assert all("…" not in t for t in texts)
    fills = [_page_fill(p) for p in reader.pages]
    assert all(f > 0.6 for f in fills[:-1]), fills  # none but the last ends early
    assert fills[-1] > 0.25, fills
    joined = " ".join(" ".join(t.split()) for t in texts)
    for lid in b.diff.switched_off:  # every switched link listed, none dropped
        assert lid in joined
    words = " ".join(texts).split()
    for risk in sf.network.risks:  # the heat map's names, whole over their lines
        assert all(w in words for w in risk.label.split()), risk.label


def _russian_names(network: Network) -> Network:
    """The network with Russian names for the C6 states and the CIS (as the data gives)."""
    from dataclasses import replace

    ru = {"UZB": "Узбекистан", "KAZ": "Казахстан", "TKM": "Туркменистан", "CIS": "СНГ"}
    actors = tuple(replace(a, name_ru=ru.get(a.id, a.name_ru)) for a in network.actors)
    return Network(network.name, actors, network.links, network.risks, network.description)


def test_the_pdf_report_in_russian_has_its_headings_names_and_cyrillic_fonts(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    from app import lang

    network, scenario, positions = cis
    network = _russian_names(network)
    path = tmp_path / "brief.pdf"
    lang.use("ru")
    write_report(path, briefing(network, scenario, positions, made=MADE))
    reader = PdfReader(path)
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    n = len(pages)
    assert all(f"Страница {i} из {n}" in text for i, text in enumerate(pages, 1))
    whole = " ".join(pages)
    for said in (
        "Справка",
        "Что меняется по сравнению с базовым сценарием",
        "Покрытие рисков",
        "Связность и сплочённость",
        "Алгебраическая связность",
        "Источники данных",
        "Узбекистан сохраняет две связи или больше",
        "СНГ: все шесть государств больше не вместе",
    ):
        assert said in whole, said
    assert "What changes" not in whole and "Page 1" not in whole
    assert re.search(r"\d,\d{3}", whole)  # the decimal comma in the tables
    # every font is embedded whole enough to draw Cyrillic: TrueType (fonttype 42)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert any("DejaVuSans" in f for f in fonts)


def test_the_html_report_in_russian_says_its_language(
    cis: tuple[Network, Scenario, dict[str, tuple[float, float]]], tmp_path: Path
) -> None:
    from app import lang

    network, scenario, positions = cis
    path = tmp_path / "brief.html"
    lang.use("ru")
    write_report(path, briefing(_russian_names(network), scenario, positions, made=MADE))
    text = path.read_text(encoding="utf-8")
    assert '<html lang="ru">' in text
    assert "<h2>Что меняется по сравнению с базовым сценарием</h2>" in text
    assert "<th>Показатель</th>" in text and "Наблюдатель, партнёр, гость" in text
    assert "Узбекистан" in text and "<h2>What changes" not in text
    lang.use("en")
    write_report(path, briefing(network, scenario, positions, made=MADE))
    assert '<html lang="en">' in path.read_text(encoding="utf-8")


def test_the_russian_heat_map_names_stand_turned_whole_and_readable(tmp_path: Path) -> None:
    """Russian risk names have words too long for a column ("взаимосвязанность"): they
    stand turned at a readable size, every word whole in the PDF, not shrunk to 3 pt."""
    from app import lang
    from app.reports import figures, pages
    from app.reports.briefing import STATE_COLUMN

    sf = read_scenario_file(EXAMPLES / "cis-track-collapses.c6s")
    risks = [r.key for r in sf.network.risks]
    column = (pages.WIDTH - STATE_COLUMN) / len(risks)
    lang.use("ru")
    labels, size, turned = figures.risk_labels(sf.network, risks, column)
    assert turned and size >= figures.HEAT_LABEL_FLOOR
    assert [label.split() for label in labels] == [
        lang.risk_label(r).split() for r in sf.network.risks
    ]
    positions = merged(layout(sf.network, Layout.RADIAL), sf.scenario.positions)
    path = tmp_path / "brief.pdf"
    write_report(path, briefing(sf.network, sf.scenario, positions, made=MADE))
    words = " ".join(p.extract_text() for p in PdfReader(path).pages).split()
    for risk in sf.network.risks:
        assert all(w in words for w in risk.label_ru.split()), risk.label_ru
    lang.use("en")  # English keeps its names across the columns
    assert not figures.risk_labels(sf.network, risks, column)[2]
