"""The open workspace, Qt-free: the network, the current scenario and the kept baseline.

The CLI and the UI both drive this one object. Each operation returns a `Change` saying
what it changed, so views refresh from that instead of re-reading everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from app.analysis import Diff, Evaluation, LinkImpact, criticality, diff, evaluate, summarize
from app.domain import Network, Scenario


@dataclass(frozen=True)
class Change:
    """What one operation changed: the links switched and whether the evaluation moved."""

    links: Mapping[str, bool] = field(default_factory=dict)  # link id -> now enabled
    scenario_renamed: bool = False
    notes_changed: bool = False

    @property
    def evaluation_changed(self) -> bool:
        return bool(self.links)


class Session:
    """A network with one current scenario, its evaluation, and the baseline's kept once."""

    def __init__(self, network: Network, scenario: Scenario | None = None) -> None:
        self.network = network
        self.baseline = evaluate(network)
        self._scenario = scenario or Scenario.baseline()
        network.enabled_links(self._scenario)  # validates the scenario's link ids
        self._evaluation: Evaluation | None = None
        self._diff: Diff | None = None

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def evaluation(self) -> Evaluation:
        if self._evaluation is None:
            self._evaluation = evaluate(self.network, self._scenario)
        return self._evaluation

    @property
    def diff(self) -> Diff:
        if self._diff is None:
            self._diff = diff(self.baseline, self.evaluation)
        return self._diff

    def summary(self) -> tuple[str, ...]:
        return summarize(self.network, self.baseline, self.evaluation, self.diff)

    def is_enabled(self, link_id: str) -> bool:
        return link_id in self.evaluation.enabled

    def set_links(self, changes: Mapping[str, bool]) -> Change:
        """Switch links on (True) or off (False); unknown ids raise before anything changes."""
        for link_id in changes:
            self.network.link(link_id)
        current = self.evaluation.enabled
        effective = {lid: on for lid, on in changes.items() if (lid in current) != on}
        if not effective:
            return Change()
        self._scenario = self._scenario.with_links(self.network, effective)
        self._evaluation = self._diff = None
        return Change(links=effective)

    def reset_to_baseline(self) -> Change:
        base = self.network.baseline_enabled()
        return self.set_links({lid: lid in base for lid in self._scenario.link_states})

    def rename(self, name: str) -> Change:
        self._scenario = replace(self._scenario, name=name)
        return Change(scenario_renamed=True)

    def set_notes(self, notes: str) -> Change:
        self._scenario = replace(self._scenario, notes=notes)
        return Change(notes_changed=True)

    def critical_links(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[LinkImpact, ...]:
        return criticality(self.network, self.evaluation, progress=progress, cancelled=cancelled)
