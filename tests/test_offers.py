"""Offer formulas: range penetration, compa-ratio, position and the minimum-wage gap (worked examples in ids)."""

import pandas as pd
import pytest

from salary_explorer.core import load, offers


@pytest.mark.parametrize(
    "offer, lo, hi, position, penetration, compa",
    [
        pytest.param(6_000_000, 5_000_000, 7_000_000, "inside", 0.5, 1.0, id="Rp6jt in banking 5-7jt = 50% cr1.00"),
        pytest.param(5_000_000, 5_000_000, 7_000_000, "inside", 0.0, 5 / 6, id="at the minimum = 0%"),
        pytest.param(7_000_000, 5_000_000, 7_000_000, "inside", 1.0, 7 / 6, id="at the maximum = 100%"),
        pytest.param(4_000_000, 5_000_000, 7_000_000, "below", -0.5, 4 / 6, id="Rp4jt below 5-7jt = -50%"),
        pytest.param(8_000_000, 5_000_000, 7_000_000, "above", 1.5, 8 / 6, id="Rp8jt above 5-7jt = 150%"),
        pytest.param(
            12.83,
            7.25,
            27.2,
            "inside",
            (12.83 - 7.25) / (27.2 - 7.25),
            12.83 / 17.225,
            id="US typical $12.83 in $7.25-27.20",
        ),
    ],
)
def test_check_offer(offer, lo, hi, position, penetration, compa):
    check = offers.check_offer(offer, lo, hi)
    assert check.position == position
    assert check.penetration == pytest.approx(penetration)
    assert check.compa_ratio == pytest.approx(compa)
    assert check.midpoint == pytest.approx((lo + hi) / 2)
    assert check.gap_to_minimum is None and not check.below_minimum_wage


@pytest.mark.parametrize(
    "offer, floor, gap, below",
    [
        pytest.param(4_000_000, 5_396_761, -1_396_761, True, id="Rp4jt vs UMP Jakarta 2025 = 1.396.761 short"),
        pytest.param(5_396_761, 5_396_761, 0, False, id="exactly the UMP is not below"),
        pytest.param(6_000_000, 5_396_761, 603_239, False, id="Rp6jt clears the UMP by 603.239"),
    ],
)
def test_gap_to_minimum_wage(offer, floor, gap, below):
    check = offers.check_offer(offer, 5_000_000, 7_000_000, floor)
    assert check.gap_to_minimum == pytest.approx(gap)
    assert check.below_minimum_wage is below


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: offers.check_offer(-1, 1, 2), id="negative offer"),
        pytest.param(lambda: offers.range_penetration(5, 3, 3), id="empty range"),
        pytest.param(lambda: offers.midpoint(7, 5), id="min above max"),
        pytest.param(lambda: offers.compa_ratio(5, 0), id="zero midpoint"),
    ],
)
def test_bad_input_raises_value_error(call):
    with pytest.raises(ValueError):
        call()


def test_current_minimum_wage_picks_newest_year_and_federal():
    wages = load.load_minimum_wages()
    jakarta = offers.current_minimum_wage(wages, "DKI Jakarta")
    assert (jakarta["amount"], jakarta["year"], jakarta["pay_period"]) == (5_729_876, 2026, "month")
    aceh = offers.current_minimum_wage(wages, "Aceh")  # has 2024 and 2025 rows too
    assert aceh["year"] == 2026
    papua_selatan = offers.current_minimum_wage(wages, "Papua Selatan")  # 2026 not yet known
    assert (papua_selatan["amount"], papua_selatan["year"]) == (4_285_850, 2025)
    federal = offers.current_minimum_wage(wages, "Federal")
    assert (federal["amount"], federal["currency"], federal["pay_period"]) == (7.25, "USD", "hour")
    with pytest.raises(KeyError):
        offers.current_minimum_wage(wages, "Atlantis")


def test_provinces_alphabetical_then_federal():
    regions = offers.provinces(load.load_minimum_wages())
    assert regions[-1] == "Federal"
    assert regions[:-1] == sorted(regions[:-1])
    assert "DKI Jakarta" in regions and len(set(regions)) == len(regions)


def test_provinces_without_federal_row():
    wages = pd.DataFrame({"region": ["Bali", "Aceh"], "wage_kind": ["UMP", "UMP"]})
    assert offers.provinces(wages) == ["Aceh", "Bali"]
