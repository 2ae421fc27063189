"""``ui.view``: a result computed once per distinct arguments, and frames that pass through a view keep their key.

A view whose result comes back in as its own input (the bands page's ladder
goes through ``with_edits`` every run) must hit the cache on the next run: if
the frame it hands back were re-keyed by the view, the key would nest one level
deeper every run and the cache would miss every time (~1 s a bands run).
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from salary_explorer import ui

CALLS: list[int] = []


@dataclasses.dataclass(frozen=True)
class Passed:
    table: pd.DataFrame
    made: pd.DataFrame


def pass_through(state: Passed | pd.DataFrame, step: int) -> Passed:
    """Hands back the frame it was given (as the bands state machine does) beside a new one."""
    CALLS.append(step)
    table = state.table if isinstance(state, Passed) else state
    return Passed(table, pd.DataFrame({"step": [step]}))


def test_a_view_is_computed_once_per_distinct_arguments():
    CALLS.clear()
    frame = pd.DataFrame({"a": [1, 2, 3]})
    first = ui.view(pass_through, frame, 1)
    again = ui.view(pass_through, frame, 1)
    assert again is first and CALLS == [1]
    ui.view(pass_through, frame, 2)
    assert CALLS == [1, 2]


def test_a_frame_fed_back_into_its_view_keeps_its_key_so_the_next_run_hits_the_cache():
    CALLS.clear()
    frame = pd.DataFrame({"a": [4, 5, 6]})
    key_before = ui._token(frame)
    state = ui.view(pass_through, frame, 7)
    assert ui._token(state.table) == key_before  # passed through: not re-keyed by the view
    for _ in range(5):  # five reruns feeding the frame it handed back in again
        state = ui.view(pass_through, state.table, 7)
    assert CALLS == [7]  # computed once, then looked up on every rerun
    assert ui._token(state.made)[0] == "view"  # a frame the view made is keyed by the view
