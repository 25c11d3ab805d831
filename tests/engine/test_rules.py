"""One test per scoring principle of the brief, named after it, on a case of the built-in deck."""

from __future__ import annotations

from kleinekernen.engine.choices import Place
from kleinekernen.engine.resolve import resolve
from kleinekernen.engine.state import Meters
from tests.engine.helpers import by_rule, deck, play_case

NEUTRAL = {"burgers": "eerst-afwachten", "partners": "wachten-op-opdracht", "overheid": "op-de-agenda-voor-later"}


def test_vertrouwen_rewards_contact_and_kept_agreements() -> None:
    quiet = play_case("dorpscreche", NEUTRAL)
    visit = play_case("dorpscreche", {**NEUTRAL, "overheid": "het-dorp-in"})
    assert by_rule(visit, "vertrouwen") == {"trust_burgers_overheid": 2}
    assert visit.meters_after.trust_burgers_overheid > quiet.meters_after.trust_burgers_overheid
    agreed = play_case("dorpscreche", {**NEUTRAL, "burgers": "steuntje-vragen", "overheid": "aanvullen-waar-nodig"})
    assert any("afspraak die wordt nagekomen" in c.reason.nl for c in agreed.changes if c.rule == "vertrouwen")


def test_loslaten_rewards_stepping_back_where_the_village_owns_it() -> None:
    letting_go = play_case("carnavalswagen", {**NEUTRAL, "overheid": "loslaten-en-vertrouwen"})
    assert by_rule(letting_go, "loslaten") == {"ownership": 3}
    taking_over = play_case("carnavalswagen", {**NEUTRAL, "overheid": "zelf-regelen"})
    assert by_rule(taking_over, "loslaten") == {}
    assert letting_go.score > taking_over.score


def test_liefdevolle_verwaarlozing_beats_taking_over_and_walking_away() -> None:
    base = {"burgers": "steuntje-vragen", "partners": "ruimte-geven"}
    small = play_case("dorpscreche", {**base, "overheid": "aanvullen-waar-nodig"})
    takes_over = play_case("dorpscreche", {**base, "overheid": "zelf-regelen"})
    walks_away = play_case("dorpscreche", {**base, "overheid": "loslaten-en-vertrouwen"})
    assert by_rule(small, "liefdevolle_verwaarlozing")["ownership"] > 0
    assert by_rule(walks_away, "liefdevolle_verwaarlozing")["energy"] < 0
    assert small.score > walks_away.score
    assert small.score > takes_over.score


def test_rol_past_rewards_a_role_that_fits_the_quadrant() -> None:
    fitting = play_case("paspoorten", NEUTRAL, {"overheid": "rechtsstaat"})
    misfit = play_case("paspoorten", NEUTRAL, {"overheid": "gemeenschapsbouwer"})
    assert by_rule(fitting, "rol_past") == {"trust_burgers_overheid": 2}
    assert by_rule(misfit, "rol_past") == {"trust_burgers_overheid": -2}


def test_rol_past_gives_way_where_the_case_itself_judges_the_role() -> None:
    result = play_case("nep-burgerinitiatief", NEUTRAL, {"burgers": "vertegenwoordiger"})
    assert by_rule(result, "rol_past") == {}
    assert by_rule(result, "casus")


def test_rolvastheid_rewards_a_corner_that_stays_in_a_fitting_role() -> None:
    first = play_case("paspoorten", NEUTRAL, {"burgers": "vertegenwoordiger"})
    steady = play_case("verkeersknelpunt", NEUTRAL, {"burgers": "vertegenwoordiger"}, previous=first)
    fresh = play_case("verkeersknelpunt", NEUTRAL, {"burgers": "vertegenwoordiger"})
    assert by_rule(steady, "rolvastheid") == {"energy": 2}
    assert by_rule(fresh, "rolvastheid") == {}
    jumpy = play_case("carnavalswagen", NEUTRAL, {"burgers": "vertegenwoordiger"}, previous=first)
    assert by_rule(jumpy, "rolvastheid") == {}
    switched = play_case("verkeersknelpunt", NEUTRAL, {"burgers": "kennisdeler"}, previous=first)
    assert by_rule(switched, "rolvastheid") == {}


def test_klik_rewards_complementary_moves_on_all_three_corners() -> None:
    together = play_case(
        "laatste-winkel",
        {"burgers": "zelf-aanpakken", "partners": "dienst-op-verzoek", "overheid": "aanvullen-waar-nodig"},
    )
    assert by_rule(together, "klik") == {
        "trust_burgers_overheid": 3,
        "trust_burgers_partners": 3,
        "trust_overheid_partners": 3,
        "energy": 2,
    }
    apart = play_case(
        "laatste-winkel",
        {"burgers": "zelf-aanpakken", "partners": "dienst-op-verzoek", "overheid": "zelf-regelen"},
    )
    assert by_rule(apart, "klik") == {}
    only_talk = play_case(
        "laatste-winkel",
        {"burgers": "keukentafels", "partners": "wijkteam-schuift-aan", "overheid": "het-dorp-in"},
    )
    assert by_rule(only_talk, "klik") == {}, "talking alone is no click: someone must act"


def test_spinnenwebben_stay_drain_energy_make_moves_cost_more_until_courage_cuts_them() -> None:
    spun = play_case("carnavalswagen", {**NEUTRAL, "overheid": "vergunning-vooraf"})
    [event] = spun.web_events
    assert event.kind == "spun"
    assert event.web.label.nl == "een bouwvergunning voor een carnavalswagen"
    assert (event.web.case_id, event.web.move_id) == ("carnavalswagen", "vergunning-vooraf")
    board = (event.web,)
    later = play_case("straatfeest", {**NEUTRAL, "burgers": "zelf-aanpakken"}, webs=board, previous=spun)
    assert by_rule(later, "spinnenwebben") == {"energy": -1, "ownership": -1}
    cut = play_case("straatfeest", {**NEUTRAL, "overheid": "regel-creatief-uitleggen"}, webs=board)
    assert [e.kind for e in cut.web_events] == ["cut"]
    assert any("doorgeknipt" in c.reason.nl for c in cut.changes)


def test_spinnenwebben_left_on_the_board_are_remembered_by_the_next_case() -> None:
    case = deck().cases["carnavalswagen"]
    first = resolve(
        deck(),
        case,
        Place("burgers", False),
        (),
        tuple({**NEUTRAL, "overheid": "vergunning-vooraf"}.items()),
        meters=Meters(),
        webs=(),
        webs_spun=0,
        previous=None,
    )
    assert len(first.webs) == 1 and first.webs_spun == 1


def test_valse_liefde_punishes_taking_over_what_the_village_owns() -> None:
    result = play_case("dorpscreche", {**NEUTRAL, "partners": "project-overnemen"})
    assert by_rule(result, "valse_liefde") == {"ownership": -6, "energy": -3}
    own_job = play_case("paspoorten", {**NEUTRAL, "overheid": "zelf-regelen"})
    assert by_rule(own_job, "valse_liefde") == {}


def test_onmogelijke_liefde_punishes_tasks_over_the_fence_and_the_village_doing_the_municipalitys_job() -> None:
    fence = play_case("groenonderhoud", {**NEUTRAL, "overheid": "over-de-schutting"})
    assert by_rule(fence, "onmogelijke_liefde") == {"trust_burgers_overheid": -5, "energy": -4}
    unasked = play_case("paspoorten", {**NEUTRAL, "burgers": "zelf-aanpakken"})
    assert by_rule(unasked, "onmogelijke_liefde") == {"energy": -5}
    own_case = play_case("carnavalswagen", {**NEUTRAL, "burgers": "zelf-aanpakken"})
    assert by_rule(own_case, "onmogelijke_liefde") == {}


def test_emotionele_kloof_punishes_no_contact_and_neglect_dressed_as_letting_go() -> None:
    silent = play_case("toekomstvisie", NEUTRAL)
    assert by_rule(silent, "emotionele_kloof")["trust_burgers_partners"] == -2
    trusting = play_case(
        "carnavalswagen",
        {"burgers": "zelf-aanpakken", "partners": "ruimte-geven", "overheid": "loslaten-en-vertrouwen"},
    )
    assert by_rule(trusting, "emotionele_kloof") == {}, "letting go of what the village owns is no gap"
    neglect = play_case("paspoorten", {**NEUTRAL, "overheid": "loslaten-en-vertrouwen"})
    assert by_rule(neglect, "emotionele_kloof")["trust_burgers_overheid"] <= -5
    assert by_rule(neglect, "loslaten") == {}


def test_the_matrix_decides_what_fits() -> None:
    passports = play_case("paspoorten", {**NEUTRAL, "overheid": "zelf-regelen"})
    float_ = play_case("carnavalswagen", {**NEUTRAL, "overheid": "zelf-regelen"})
    assert by_rule(passports, "eigen_taak") == {"trust_burgers_overheid": 3}
    assert by_rule(float_, "eigen_taak") == {}
    assert passports.score > float_.score
    rules_are_the_job = play_case("paspoorten", {**NEUTRAL, "overheid": "vergunning-vooraf"})
    assert rules_are_the_job.web_events == ()


def test_rolbewustzijn_rewards_placing_the_case_where_it_belongs() -> None:
    right = play_case("verkeersknelpunt", NEUTRAL)
    wrong = play_case("verkeersknelpunt", NEUTRAL, placement=Place("burgers", False))
    assert by_rule(right, "rolbewustzijn") == {"ownership": 2}
    assert by_rule(wrong, "rolbewustzijn") == {"ownership": -3}


def test_every_change_is_explained_in_dutch_and_english() -> None:
    for case_id in deck().cases:
        result = play_case(
            case_id,
            {"burgers": "zelf-aanpakken", "partners": "protocol-eerst", "overheid": "zelf-regelen"},
            {"burgers": "aanjager", "partners": "leverancier", "overheid": "rechtsstaat"},
        )
        assert result.changes
        for change in result.changes:
            assert change.rule and change.amount != 0
            assert change.reason.nl and change.reason.en
