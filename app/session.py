"""The open workspace, Qt-free: the network, the current scenario and the kept baseline.

The CLI and the UI both drive this one object. Each operation returns a `Change` saying
what it changed, so views refresh from that instead of re-reading everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from app.analysis import (
    DEFAULT_CRITERIA,
    Criteria,
    Diff,
    Evaluation,
    LinkImpact,
    criticality,
    diff,
    evaluate,
    summarize,
)
from app.analysis.connectivity import RANK_MAX_ACTORS
from app.analysis.evaluate import recount
from app.analysis.layout import Layout, Positions, merged, placed
from app.domain import Membership, Network, Scenario, ValidationError
from app.lang import Lang, tr


@dataclass(frozen=True)
class Change:
    """What one operation changed: the links switched and whether the evaluation moved."""

    links: Mapping[str, bool] = field(default_factory=dict)  # link id -> now enabled
    moved: Mapping[str, tuple[float, float] | None] = field(default_factory=dict)  # None: unpinned
    scenario_renamed: bool = False
    notes_changed: bool = False
    year_changed: bool = False  # the network is now seen as of another year
    network_changed: bool = False  # the network itself was edited
    criteria_changed: bool = False  # coverage is now counted at another threshold or lens

    @property
    def evaluation_changed(self) -> bool:
        return (
            bool(self.links) or self.year_changed or self.network_changed or self.criteria_changed
        )

    def __bool__(self) -> bool:
        return bool(
            self.links
            or self.moved
            or self.scenario_renamed
            or self.notes_changed
            or self.year_changed
            or self.network_changed
            or self.criteria_changed
        )


class Session:
    """A network with one current scenario, its evaluation, and the baseline's kept once."""

    def __init__(
        self, network: Network, scenario: Scenario | None = None, baseline: Evaluation | None = None
    ) -> None:
        self.network = network
        self._year: int | None = None  # None: today's network; else as it stood that year
        self._criteria = DEFAULT_CRITERIA if baseline is None else baseline.criteria
        self._views: dict[int, Network] = {}
        self._layouts: dict[Layout, tuple[Positions, str]] = {}  # of this network, by kind
        # baseline evaluations by (year, criteria)
        self._baselines: dict[tuple[int | None, Criteria], Evaluation] = (
            {} if baseline is None else {(None, baseline.criteria): baseline}
        )
        self._scenario = scenario or Scenario.baseline()
        network.enabled_links(self._scenario)  # validates the scenario's link ids
        self._evaluation: Evaluation | None = None
        self._previous: Evaluation | None = None  # before the last switch: bounds the next
        self._diff: Diff | None = None

    def replace_scenario(self, scenario: Scenario) -> Change:
        """Put a whole scenario in place (as stored before a network edit, on undo)."""
        enabled = self.network.enabled_links(scenario)  # validates it, once
        links = {
            lid: lid in enabled
            for lid in set(scenario.link_states) | set(self._scenario.link_states)
        }
        self._scenario = scenario
        self._evaluation = self._previous = self._diff = None
        return Change(links=links, network_changed=True, notes_changed=True)

    def set_network(self, network: Network) -> Change:
        """The network was edited: evaluate the scenario on the new one (switches of links,
        and positions of actors, that are gone are dropped)."""
        if network == self.network:
            return Change()
        self.network = network
        self._scenario = self._scenario.restricted_to(network)
        self._views.clear()
        self._layouts.clear()
        self._baselines.clear()
        self._evaluation = self._previous = self._diff = None
        return Change(network_changed=True)

    # ---- the year seen: evaluations, coverage and figures are of the network as of then

    @property
    def year(self) -> int | None:
        return self._year

    def set_year(self, year: int | None) -> Change:
        """See the network (and this scenario's switches) as of `year`; None for today."""
        if year == self._year:
            return Change()
        self._year = year
        self._evaluation = self._previous = self._diff = None  # another network: no bounds
        return Change(year_changed=True)

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    def set_criteria(self, criteria: Criteria) -> Change:
        """Count coverage at another threshold depth, or through another lens: coverage and
        cohesion are counted again, connectivity is kept."""
        if criteria == self._criteria:
            return Change()
        old, self._criteria = self._key, criteria
        if self._evaluation is not None:
            self._evaluation = recount(self.view, self._evaluation, criteria)
        if old in self._baselines and self._key not in self._baselines:
            self._baselines[self._key] = recount(self.view, self._baselines[old], criteria)
        self._diff = None
        return Change(criteria_changed=True)

    @property
    def _key(self) -> tuple[int | None, Criteria]:
        return self._year, self._criteria

    @property
    def view(self) -> Network:
        """The network evaluated: today's, or as it stood in the year set."""
        if self._year is None:
            return self.network
        if self._year not in self._views:
            self._views[self._year] = self.network.as_of(self._year)
        return self._views[self._year]

    @property
    def view_scenario(self) -> Scenario:
        """The scenario on `view` (switches of links not there that year left out)."""
        if self._year is None:
            return self._scenario
        return self._scenario.restricted_to(self.view)

    def left_out(self) -> dict[str, str]:
        """The scenario's switches of links not in the network seen, each with the reason
        (a past year's network: the link had not begun, had ended, or its body was not
        there yet)."""
        if self._year is None:
            return {}
        kept = self.view_scenario.link_states
        return {
            lid: self.network.not_in_force(lid, self._year) or tr("not in the network then")
            for lid in sorted(self._scenario.link_states)
            if lid not in kept
        }

    def year_unknown(self) -> tuple[str, ...]:
        """The enabled links of a past year's network whose start year is not known: kept
        as if in force then (see Network.as_of), and so to be said beside the figures."""
        if self._year is None:
            return ()
        on = self.view.enabled_links(self.view_scenario)
        return tuple(sorted(lk.id for lk in self.view.links if lk.since is None and lk.id in on))

    @property
    def kept_baseline(self) -> Evaluation | None:
        """The baseline evaluation if already computed (a worker computes it otherwise)."""
        return self._baselines.get(self._key)

    @property
    def baseline(self) -> Evaluation:
        if self._key not in self._baselines:
            self._baselines[self._key] = evaluate(self.view, criteria=self._criteria)
        return self._baselines[self._key]

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def evaluation(self) -> Evaluation:
        if self._evaluation is None:
            near = self._previous or self._baselines.get(self._key)
            self._evaluation = evaluate(self.view, self.view_scenario, near, self._criteria)
        return self._evaluation

    @property
    def diff(self) -> Diff:
        if self._diff is None:
            self._diff = diff(self.baseline, self.evaluation)
        return self._diff

    def summary(self, language: Lang | None = None) -> tuple[str, ...]:
        """The plain-language summary, in `language` (default: the current one)."""
        return summarize(self.view, self.baseline, self.evaluation, self.diff, language)

    def is_enabled(self, link_id: str) -> bool:
        return link_id in self.evaluation.enabled

    def set_links(self, changes: Mapping[str, bool]) -> Change:
        """Switch links on (True) or off (False); unknown ids raise before anything changes."""
        for link_id in changes:
            self.network.link(link_id)
        current = self.enabled()  # without evaluating: on a big network that is a worker's job
        effective = {lid: on for lid, on in changes.items() if (lid in current) != on}
        if not effective:
            return Change()
        self._scenario = self._scenario.with_links(self.network, effective)
        self._previous = self._evaluation or self._previous
        self._evaluation = self._diff = None
        return Change(links=effective)

    def reset_changes(self) -> dict[str, bool]:
        """The switches that put every link back to its baseline state (for an undo step)."""
        base = self.network.baseline_enabled()
        return {lid: lid in base for lid in self._scenario.link_states}

    def reset_to_baseline(self) -> Change:
        return self.set_links(self.reset_changes())

    def outside_links(self) -> frozenset[str]:
        """The enabled links to mechanisms with outside powers (universal ones included):
        switching them all off asks what the region's own mechanisms cover alone."""
        return frozenset(
            lid for lid in self.enabled() if self.network.membership_of(lid) is not Membership.OWN
        )

    def move_nodes(self, moves: Mapping[str, tuple[float, float] | None]) -> Change:
        """Pin actors at positions (None takes a pin away so the layout places it again)."""
        for actor_id in moves:
            self.network.actor(actor_id)
        positions = dict(self._scenario.positions)
        effective: dict[str, tuple[float, float] | None] = {}
        for actor_id, xy in moves.items():
            if positions.get(actor_id) == xy:
                continue
            effective[actor_id] = xy
            if xy is None:
                positions.pop(actor_id, None)
            else:
                positions[actor_id] = (float(xy[0]), float(xy[1]))
        if not effective:
            return Change()
        self._scenario = replace(self._scenario, positions=positions)
        return Change(moved=effective)

    def adopt_evaluation(
        self,
        scenario: Scenario,
        evaluation: Evaluation,
        baseline: Evaluation,
        year: int | None = None,
    ) -> bool:
        """Take evaluations computed elsewhere (a worker) if still current: the same scenario
        seen as of the same year, counted by the same criteria."""
        if (
            scenario is not self._scenario
            or year != self._year
            or evaluation.criteria != self._criteria
        ):
            return False
        self._baselines.setdefault(self._key, baseline)
        self._evaluation, self._diff = evaluation, None
        return True

    @property
    def evaluated(self) -> bool:
        """Whether reading `evaluation` and `diff` is cheap (nothing left to compute)."""
        return self._evaluation is not None and self._key in self._baselines

    def enabled(self) -> frozenset[str]:
        """The enabled links, without evaluating anything."""
        if self._evaluation is not None and self._year is None:
            return self._evaluation.enabled
        return self.network.enabled_links(self._scenario)  # today's network, every link

    def rename(self, name: str) -> Change:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(tr("a scenario needs a name"))
        if name == self._scenario.name:
            return Change()
        self._scenario = replace(self._scenario, name=name)
        return Change(scenario_renamed=True)

    def set_notes(self, notes: str) -> Change:
        if notes == self._scenario.notes:
            return Change()
        self._scenario = replace(self._scenario, notes=notes)
        return Change(notes_changed=True)

    def layout(self, kind: Layout) -> tuple[Positions, str]:
        """The network laid out by `kind` (kept per network and kind), and a note when the
        network is too big for it and was laid out radially."""
        if kind not in self._layouts:
            self._layouts[kind] = placed(self.network, kind, {})
        return self._layouts[kind]

    def positions(self, kind: Layout) -> Positions:
        """Where the actors are drawn: the layout of `kind`, the scenario's pins on top."""
        return merged(self.layout(kind)[0], self._scenario.positions)

    def ranking_refused(self) -> str:
        """Why the links are not ranked by what they cost (empty when they are): ranking
        re-runs every path once per link, so it stops at RANK_MAX_ACTORS."""
        if len(self.view.actors) <= RANK_MAX_ACTORS:
            return ""
        return tr("not ranked above {n} actors (it re-runs every path per link)", n=RANK_MAX_ACTORS)

    def critical_links(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[LinkImpact, ...]:
        return criticality(self.view, self.evaluation, progress=progress, cancelled=cancelled)
