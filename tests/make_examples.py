"""Write the example scenarios in resources/scenarios from the definitions below.

Run after the baseline changes (tests/unit/test_examples.py says when):
    .venv/bin/python -m tests.make_examples
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.domain import Network, Scenario
from app.files.baseline import RESOURCES, load_baseline
from app.files.scenario_file import write_scenario_file

WHEN = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)  # fixed, so the files only change with content
AUTHOR = "C6 Scenario Explorer examples"


@dataclass(frozen=True)
class Example:
    file: str
    name: str
    description: str
    notes: str
    on: tuple[str, ...] = ()
    off: tuple[str, ...] = ()
    off_bodies: tuple[str, ...] = ()  # every link touching these actors goes off


EXAMPLES = (
    Example(
        file="azerbaijan-joins-sco.c6s",
        name="Azerbaijan joins the SCO",
        description="Azerbaijan moves from SCO dialogue partner to full member.",
        notes=(
            "Question: if Baku's application succeeds, does the SCO become a body in which "
            "all six C6 states sit, and which risks would then be covered collectively?\n"
            "Assumes full membership replaces the dialogue-partner status and brings the "
            "SCO's whole mandate, including RATS-style cooperation on terrorism and drugs; "
            "Azerbaijan's RATS participation itself is not switched on.\n"
            "Turkmenistan stays a guest, so watch the collective-coverage line: it should "
            "not change while Ashgabat keeps its neutrality."
        ),
        on=("AZE:SCO:member",),
        off=("AZE:SCO",),
    ),
    Example(
        file="cis-track-collapses.c6s",
        name="The CIS track collapses",
        description="Every C6 tie to the CIS and its Anti-Terrorism Centre is switched off.",
        notes=(
            "Question: the CIS is the one body in which all six states still sit. If it "
            "stopped working as a security track, which states lose their only link for a "
            "risk, and which links become single points of failure?\n"
            "Start with Turkmenistan (associate member, neutral) and Azerbaijan (outside the "
            "CSTO): the coverage panel shows where they depend on the CIS alone.\n"
            "Counter-move to try next: switch on Turkmenistan's Birlik participation."
        ),
        off_bodies=("CIS", "CIS-ATC"),
    ),
    Example(
        file="uzbekistan-returns-to-csto.c6s",
        name="Uzbekistan returns to the CSTO",
        description="Uzbekistan's CSTO membership, suspended since 2012, is restored.",
        notes=(
            "Question: Tashkent left the CSTO twice (1999, 2012). A third return would bring "
            "four of the six states under one collective-defence treaty again; what does it "
            "add to Uzbekistan's coverage beyond what the SCO, CIS and the C5 mechanisms "
            "already give?\n"
            "Expect more redundancy rather than new coverage: read the cells that move from "
            "1 to 2 in the coverage panel."
        ),
        on=("UZB:CSTO",),
    ),
    Example(
        file="turkmenistan-joins-birlik.c6s",
        name="Turkmenistan joins the Birlik exercises",
        description="Turkmenistan takes part in the joint Birlik exercises.",
        notes=(
            "Question: Birlik is the C6's own joint exercise; Turkmenistan's neutrality has "
            "kept it out. If Ashgabat joined as an observer-participant, does Turkmenistan "
            "gain any military or counter-terrorism coverage it lacks today?\n"
            "The link is unverified in the dataset (participation is not documented); treat "
            "the result as a hypothesis for discussion, not a forecast."
        ),
        on=("TKM:BIRLIK",),
    ),
)


def build(example: Example, network: Network) -> Scenario:
    changes = {lid: True for lid in example.on} | {lid: False for lid in example.off}
    for body in example.off_bodies:
        changes |= {lk.id: False for lk in network.links_of(body)}
    scenario = Scenario(
        name=example.name,
        description=example.description,
        notes=example.notes,
        author=AUTHOR,
        created=WHEN,
    ).with_links(network, changes)
    return replace(scenario, modified=WHEN)


def write_all(folder: Path = RESOURCES / "scenarios") -> list[Path]:
    network = load_baseline()
    written = []
    for example in EXAMPLES:
        path = folder / example.file
        write_scenario_file(path, build(example, network), network)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
