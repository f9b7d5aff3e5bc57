"""Write the example scenarios in resources/scenarios from the definitions below.

Run after the baseline changes (tests/unit/test_examples.py says when):
    .venv/bin/python -m tests.make_examples
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.domain import Membership, Network, Scenario
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
    only_own: bool = False  # every link to a body with outside powers goes off


# Each note claims only what the numbers show; tests/unit/test_examples.py checks each
# example's headline effect against them.
EXAMPLES = (
    Example(
        file="azerbaijan-joins-sco.c6s",
        name="Azerbaijan joins the SCO",
        description="Azerbaijan moves from SCO partner to full member.",
        notes=(
            "Question: what would full SCO membership add to Azerbaijan's cover?\n"
            "At coordination depth Azerbaijan has no gap to close; membership adds one more "
            "link on eight risks. Switch the threshold to operational: Azerbaijan gains "
            "operational cover of cybercrime, which it lacks today (the SCO's Universal "
            "Centre in Tashkent).\n"
            "The SCO does not become a body of all six: Turkmenistan stays a guest."
        ),
        on=("AZE:SCO:member",),
        off=("AZE:SCO",),
    ),
    Example(
        file="cis-track-collapses.c6s",
        name="The CIS track collapses",
        description=(
            "Every C6 tie to the CIS, its Anti-Terrorism Centre and its councils of border "
            "troops and security services is switched off."
        ),
        notes=(
            "Question: if the CIS stopped working as a security track, who loses real cover?\n"
            "At coordination depth no state is left with a gap: each has other links. The loss "
            "shows at operational depth: Azerbaijan loses its only operational cover of "
            "radicalisation and extremism (the CIS and its Anti-Terrorism Centre) and relies "
            "on the Birlik exercises alone for operational counter-terrorism. The three CIS "
            "bodies become inactive.\n"
            "Counter-move to try next: switch on Azerbaijan's full SCO membership."
        ),
        off_bodies=("CIS", "CIS-ATC", "CIS-SEC"),
    ),
    Example(
        file="uzbekistan-returns-to-csto.c6s",
        name="Uzbekistan returns to the CSTO",
        description="Uzbekistan's CSTO membership, suspended since 2012, is restored.",
        notes=(
            "Question: Tashkent left the CSTO twice (1999, 2012). What would a third return "
            "add to Uzbekistan's cover?\n"
            "More redundancy, no new cover: at coordination depth the CSTO adds one more link "
            "on seven risks, none of them a gap. At operational depth Uzbekistan's cyber "
            "cover goes from one link (the SCO) to two (the CSTO's incident-response centre)."
        ),
        on=("UZB:CSTO",),
    ),
    Example(
        file="turkmenistan-joins-birlik.c6s",
        name="Turkmenistan joins the Birlik exercises",
        description="Turkmenistan takes part in the joint Birlik exercises.",
        notes=(
            "Question: Birlik is the region's own joint exercise; Turkmenistan's neutrality "
            "has kept it out of the 2024 and 2025 rounds. What if it took part?\n"
            "The link is hypothetical. At operational depth Turkmenistan gains counter-"
            "terrorism cover it lacks today, and Birlik becomes a body in which all six "
            "states train together on terrorism, border security and military security."
        ),
        on=("TKM:BIRLIK",),
    ),
    Example(
        file="only-the-regions-own-mechanisms.c6s",
        name="Only the region's own mechanisms",
        description=(
            "Every link to a body with outside powers, the UN and OSCE included, is switched "
            "off: what the region's own mechanisms cover by themselves."
        ),
        notes=(
            "Question: can the region cover its own risks without the mediation of external "
            "centres of power?\n"
            "At coordination depth its own mechanisms leave five gaps: water and energy for "
            "Kyrgyzstan (its Aral Sea fund participation is frozen) and Azerbaijan, "
            "emergencies for Turkmenistan and Azerbaijan, and border security for "
            "Turkmenistan. 37 more cells rest on a single mechanism, most of them on the "
            "Consultative Meeting, whose Catalogue of Security Risks dates from November 2025."
        ),
        only_own=True,
    ),
)


def build(example: Example, network: Network) -> Scenario:
    changes = {lid: True for lid in example.on} | {lid: False for lid in example.off}
    for body in example.off_bodies:
        changes |= {lk.id: False for lk in network.links_of(body)}
    if example.only_own:
        changes |= {
            lk.id: False
            for lk in network.links
            if lk.enabled_in_baseline and network.membership_of(lk.id) is not Membership.OWN
        }
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
