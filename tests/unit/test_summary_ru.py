"""The Russian summary, read back and checked against the numbers it states, on the example
scenarios: the same facts as the English, Russian names, and each count with its right form
(1 риск, 2 риска, 5 рисков)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from app import lang
from app.analysis import Criteria, Evaluation, Lens, diff, evaluate, summarize
from app.analysis.facts import GapOpened, Joined, Regrouped, Split, WeakestPairs, facts
from app.analysis.summary_ru import DEPTH, at_ru, say_ru
from app.domain import Depth, Network, Scenario
from app.files.baseline import load_baseline
from app.files.scenario_file import read_scenario_file
from app.storage import EXAMPLES

# Russian names as the data gives them (a network made before it had them shows English)
STATES_RU = {
    "KAZ": "Казахстан",
    "KGZ": "Кыргызстан",
    "TJK": "Таджикистан",
    "TKM": "Туркменистан",
    "UZB": "Узбекистан",
    "AZE": "Азербайджан",
    "CIS": "СНГ",
    "SCO": "ШОС",
    "CSTO": "ОДКБ",
}


def in_russian(network: Network) -> Network:
    """The network with the Russian names above and a Russian label for every risk."""
    actors = tuple(replace(a, name_ru=STATES_RU.get(a.id, a.name_ru)) for a in network.actors)
    risks = tuple(replace(r, label_ru=f"Риск {r.key}") for r in network.risks)
    return Network(network.name, actors, network.links, risks, network.description)


def form(n: int, one: str, few: str, many: str) -> str:
    """The form Russian grammar asks for after the number n."""
    return lang.plural(n, one, few, many).split(" ", 1)[1]


EXAMPLE_FILES = sorted(Path(EXAMPLES).glob("*.c6s"))


@pytest.fixture(scope="module")
def said() -> list[tuple[Network, Evaluation, Evaluation, str]]:
    """(network, baseline, scenario, sentence) for every Russian sentence of every example."""
    out = []
    for path in EXAMPLE_FILES:
        sf = read_scenario_file(path)
        net = in_russian(sf.network)
        b, c = evaluate(net), evaluate(net, sf.scenario)
        out += [(net, b, c, s) for s in summarize(net, b, c, diff(b, c), lang.Lang.RU)]
    return out


AT = re.escape(at_ru(Criteria()))


def check(net: Network, b: Evaluation, c: Evaluation, sentence: str) -> str:
    """Check one Russian sentence against the evaluations; returns its kind."""
    ID = {a.name_ru or a.name: a.id for a in net.actors}
    RISK = {f"риск {r.key}": r.key for r in net.risks}
    DEPTHS = {word: int(d) for d, word in DEPTH.items()}
    bc, cc = b.coverage, c.coverage

    if m := re.fullmatch(
        r"(?P<s>\w+): наибольшая глубина покрытия (?P<v>повышается|снижается) "
        r"по (?P<k>\d+) (?P<w>\w+): (?P<l>.+)\.",
        sentence,
    ):
        s, k = ID[m["s"]], int(m["k"])
        assert m["w"] == form(k, "риску", "рискам", "рискам")
        items = re.findall(r"(риск \w+) \((\w+) → (\w+)\)(?:, |$)", m["l"])
        assert len(items) == k
        for label, before, after in items:
            r = RISK[label]
            assert bc.depth[s][r] == DEPTHS[before] and cc.depth[s][r] == DEPTHS[after]
            assert (DEPTHS[after] > DEPTHS[before]) == (m["v"] == "повышается")
        return "depth"
    if m := re.fullmatch(
        rf"(?P<s>\w+) сохраняет две связи или больше {AT}, но их стало (?P<v>больше|меньше) "
        rf"по (?P<k>\d+) (?P<w>\w+): (?P<l>.+)\.",
        sentence,
    ):
        s, k = ID[m["s"]], int(m["k"])
        assert m["w"] == form(k, "риску", "рискам", "рискам")
        items = re.findall(r"(риск \w+) (\d+)→(\d+)(?:, |$)", m["l"])
        assert len(items) == k
        for label, before, after in items:
            r = RISK[label]
            assert bc.matrix[s][r] == int(before) >= 2 and cc.matrix[s][r] == int(after) >= 2
            assert (int(after) > int(before)) == (m["v"] == "больше")
        return "steady"
    if m := re.fullmatch(
        rf"Наименее связанные пары государств теперь имеют (?P<k>\d+) (?P<w>.+?) {AT} "
        rf"\(было (?P<was>\d+)\): (?P<p>.+)\.",
        sentence,
    ):
        k = int(m["k"])
        assert m["w"] == form(
            k, "общий орган или связь", "общих органа или связи", "общих органов или связей"
        )
        assert c.cohesion.weakest is not None and b.cohesion.weakest is not None
        assert c.cohesion.weakest.count == k and b.cohesion.weakest.count == int(m["was"])
        pairs = {tuple(sorted(ID[x] for x in p.split("–"))) for p in m["p"].split(", ")}
        assert pairs == {tuple(sorted((p.a, p.b))) for p in c.cohesion.pairs if p.count == k}
        return "weakest"
    if m := re.fullmatch(r"Без единой включённой связи \(неактивны\): (?P<l>.+)\.", sentence):
        gone = set(b.connectivity.degree) - set(c.connectivity.degree)
        assert m["l"] == ", ".join(net.actor(i).name_ru or net.actor(i).name for i in sorted(gone))
        return "inactive"
    if m := re.fullmatch(
        rf"(?P<b>.+): все шесть государств (?P<v>теперь|больше не) вместе {AT} "
        rf"по (?P<w>\w+): (?P<r>.+)\.",
        sentence,
    ):
        body, risks = ID[m["b"]], [RISK[x] for x in m["r"].split(", ")]
        assert m["w"] == form(len(risks), "риску", "рискам", "рискам")
        for r in risks:
            was, now = body in bc.collective[r], body in cc.collective[r]
            assert (was, now) == ((False, True) if m["v"] == "теперь" else (True, False))
        return "collective"
    if m := re.fullmatch(
        rf"(?P<s>\w+) теряет всё покрытие по риску «(?P<r>[^»]+)» {AT}: пробел в покрытии "
        rf"\(в базовом сценарии (?P<k>\d+) (?P<w>\w+): (?P<l>.+)\)\.",
        sentence,
    ):
        s, r, k = ID[m["s"]], RISK[m["r"]], int(m["k"])
        assert m["w"] == form(k, "связь", "связи", "связей")
        assert bc.matrix[s][r] == k > 0 and cc.matrix[s][r] == 0
        assert len(m["l"].split("; ")) == k
        return "gap"
    if m := re.fullmatch(
        rf"(?P<s>\w+) теряет резервирование по (?P<k>\d+) (?P<w>\w+): осталась одна связь "
        rf"{AT}, единственная точка отказа — (?P<l>.+)\.",
        sentence,
    ):
        s, k = ID[m["s"]], int(m["k"])
        assert m["w"] == form(k, "риску", "рискам", "рискам")
        risks = [RISK[x] for x in re.findall(r"риск \w+", m["l"])]
        assert len(risks) == k
        assert all(bc.matrix[s][r] >= 2 and cc.matrix[s][r] == 1 for r in risks)
        return "single"
    raise AssertionError(f"a Russian sentence no check reads: {sentence!r}")


def test_every_russian_sentence_of_the_examples_says_what_the_numbers_show(
    said: list[tuple[Network, Evaluation, Evaluation, str]],
) -> None:
    kinds = {check(net, b, c, s) for net, b, c, s in said}
    # the examples between them say each of these
    assert kinds >= {"depth", "steady", "weakest", "inactive", "collective", "gap", "single"}
    counts = [int(m) for _, _, _, s in said for m in re.findall(r"по (\d+) риск", s)]
    # a count of 1, one of 2 to 4 and one of 5 or more
    assert 1 in counts and any(2 <= k <= 4 for k in counts) and any(k >= 5 for k in counts)


def test_the_russian_summary_says_the_same_facts_as_the_english() -> None:
    for path in EXAMPLE_FILES:
        sf = read_scenario_file(path)
        net = in_russian(sf.network)
        b, c = evaluate(net), evaluate(net, sf.scenario)
        d = diff(b, c)
        english = summarize(net, b, c, d, lang.Lang.EN)
        russian = summarize(net, b, c, d, lang.Lang.RU)
        assert len(english) == len(russian) == len(facts(b, c, d))
        for en, ru in zip(english, russian, strict=True):  # the same numbers in the same order
            assert re.findall(r"\d+", en) == re.findall(r"\d+", ru), (en, ru)


def test_russian_names_stand_in_the_sentences() -> None:
    net = in_russian(load_baseline())
    b = evaluate(net)
    c = evaluate(net, Scenario("s").with_links(net, {lk.id: False for lk in net.links_of("CIS")}))
    said = " ".join(summarize(net, b, c, diff(b, c), lang.Lang.RU))
    assert "СНГ" in said and "Commonwealth of Independent States" not in said
    assert "Узбекистан" in said and "Uzbekistan" not in said


@pytest.mark.parametrize(
    ("n", "groups", "parts", "links"),
    [(1, "1 группу", "1 часть", "1 связь"), (3, "3 группы", "3 части", "3 связи"),
     (5, "5 групп", "5 частей", "5 связей"), (21, "21 группу", "21 часть", "21 связь")],
)  # fmt: skip
def test_each_count_takes_its_russian_form(n: int, groups: str, parts: str, links: str) -> None:
    net = in_russian(load_baseline())
    crit = Criteria(Depth.OPERATIONAL, Lens.OWN)
    at = "на оперативном уровне в собственных механизмах региона"
    assert at_ru(crit) == at
    one = ("KAZ",)
    assert f"образуют {groups} {at}" in say_ru(Regrouped((one,) * n), net, crit)
    assert f"распадается на {parts};" in say_ru(Split(n, (one,)), net, crit)
    link_ids = tuple(lk.id for lk in net.links_of("KAZ"))[:n]
    gap = say_ru(GapOpened("KAZ", "terrorism", link_ids), net, crit)
    assert gap.startswith("Казахстан теряет всё покрытие по риску «риск terrorism»")
    assert f"(в базовом сценарии {links}:" in gap
    shared = say_ru(WeakestPairs(n, 9, (("KAZ", "UZB"),)), net, crit)
    assert {1: "1 общий орган или связь", 3: "3 общих органа или связи"}.get(
        n, f"{n} общих органов или связей" if n != 21 else "21 общий орган или связь"
    ) in shared
    assert say_ru(Joined(6), net, crit).startswith("Шесть государств теперь связаны")
