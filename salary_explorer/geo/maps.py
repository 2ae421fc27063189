"""Choropleths: the bundled TopoJSON (``data/maps/``, no network) with a region table looked up by code.

The geometry goes inline into the chart once (top-level data of a layered chart); three layers draw it:
every region in grey (no figure: missing, never zero), the regions with a value in colour, and an outline
over the marked ones (a possibly tiny sample, a disputed or unknown figure). Hover shows the region,
the value as readers write it, the period, why it is marked and the source.
"""

from __future__ import annotations

import functools
import json

import altair as alt
import pandas as pd

from ..core.load import DATA_DIR
from .figures import MARKED, PlaceTable

MAP_DIR = DATA_DIR / "maps"
MAPS = {
    "provinces": ("id_provinces_38.topo.json", "provinces", "mercator"),
    "regencies": ("id_regencies_514.topo.json", "regencies", "mercator"),
    "states": ("us_states_51.topo.json", "states", "albersUsa"),
}
# Country-wide maps draw a lighter copy (every third vertex, ``bundle.thin_topology``): at ~7 km a pixel the
# detail is not seen, and the browser parses and draws half the points. A province's regencies use the full one.
LIGHT = {name: file.replace(".topo.json", ".light.topo.json") for name, (file, _, _) in MAPS.items()}
MISSING_FILL = "#d9d9d9"
MARK_STROKE = "#b2182b"
LOOKUP_FIELDS = ("region", "value", "value_text", "period", "status_text", "source", "marked")
OPTIONAL_FIELDS = ("detail", "decree")  # shown on hover when the table has them (imported ads; the floor's decree)


@functools.cache
def topology(name: str, light: bool = False) -> dict:
    """The bundled TopoJSON of ``name`` (``provinces``, ``regencies`` or ``states``; ``light``: the lighter copy
    for a country-wide map), read once per process."""
    file = LIGHT[name] if light else MAPS[name][0]
    with open(MAP_DIR / file, encoding="utf-8") as handle:
        return json.load(handle)


def feature_codes(name: str, light: bool = False) -> list[str]:
    """The join codes of the map's features (Kemendagri codes or FIPS)."""
    _, feature, _ = MAPS[name]
    return [str(g["id"]) for g in topology(name, light)["objects"][feature]["geometries"]]


def _legend_expr(currency: str, lang: str) -> str:
    if currency == "IDR":  # Rp 5 jt / Rp 5.2M: the legend's ticks in millions of Rupiah
        sep = "," if lang == "id" else "."
        suffix = " jt" if lang == "id" else "M"
        return f"'Rp ' + replace(format(datum.value / 1e6, '.1f'), '.', '{sep}') + '{suffix}'"
    if currency == "%":
        return "format(datum.value, '.0%')"
    if currency == "USD":
        return "'$' + format(datum.value, ',.2~f')"
    return "format(datum.value, ',.0f')" if lang == "en" else "replace(format(datum.value, ',.0f'), ',', '.')"


def choropleth(
    table: PlaceTable,
    name: str,
    lang: str,
    labels: dict[str, str],
    *,
    scheme: str = "blues",
    height: int = 420,
    within: str = "",
) -> alt.LayerChart:
    """The map of ``table`` over the ``name`` geometry; ``labels`` are the hover titles in the reader's language
    (keys: region, value, period, status, source, and detail/decree when the table has them). ``within``: only
    the features of one province (a regency map's province view; the projection fits them)."""
    _, feature, projection = MAPS[name]
    rows = table.rows.assign(marked=table.rows["status"].isin(MARKED))
    optional = [c for c in OPTIONAL_FIELDS if c in rows.columns]
    fields = [*LOOKUP_FIELDS, *optional]
    lookup = rows[["code", *fields]].copy()
    lookup["value"] = lookup["value"].astype(object).where(lookup["value"].notna(), None)
    geometry = topology(name, light=not within)
    geo = alt.InlineData(values=geometry, format=alt.TopoDataFormat(type="topojson", feature=feature))
    tooltip = [
        alt.Tooltip("region:N", title=labels["region"]),
        alt.Tooltip("value_text:N", title=labels["value"]),
        *[alt.Tooltip(f"{c}:N", title=labels[c]) for c in optional],
        alt.Tooltip("period:N", title=labels["period"]),
        alt.Tooltip("status_text:N", title=labels["status"]),
        alt.Tooltip("source:N", title=labels["source"]),
    ]
    color = alt.Color(
        "value:Q",
        title=table.unit,
        scale=alt.Scale(scheme=scheme),
        legend=alt.Legend(
            orient="bottom",
            labelExpr=_legend_expr(table.currency, lang),
            gradientLength=260,
            tickMinStep=1 if table.currency == "" else alt.Undefined,  # counts: whole ads, no "3 3 3 4 4 4"
        )
        if rows["value"].notna().any()
        else None,  # no region has a value: no scale to explain (a legend would read "NaN")
    )
    # each region is drawn once: in colour where it has a value, grey where it has none (drawing every
    # region grey beneath the coloured ones would double the browser's work); then outlines over the marked
    base = alt.Chart().mark_geoshape(stroke="white", strokeWidth=0.4)
    missing = base.transform_filter("!isValid(datum.value)").encode(color=alt.value(MISSING_FILL), tooltip=tooltip)
    shapes = base.transform_filter("isValid(datum.value)").encode(color=color, tooltip=tooltip)
    marked = (
        alt.Chart()
        .mark_geoshape(filled=False, stroke=MARK_STROKE, strokeWidth=1.6, strokeDash=[3, 2])
        .transform_filter("datum.marked")
        .encode(tooltip=tooltip)
    )
    layers = alt.layer(missing, shapes, marked, data=geo)
    if within:  # the features of one province only (regencies carry their province's code)
        layers = layers.transform_filter(alt.FieldEqualPredicate(field="properties.prov", equal=within))
    return (
        layers.transform_lookup(lookup="id", from_=alt.LookupData(lookup, "code", fields))
        .project(type=projection)
        .properties(width="container", height=height)
        .configure_view(stroke=None)
    )


def chart_values(chart: alt.LayerChart) -> pd.DataFrame:
    """The region table a map looks up (for tests: the table beside the map must show the same values)."""
    spec = chart.to_dict()
    (transform,) = [tr for tr in spec["transform"] if "lookup" in tr]
    data = transform["from"]["data"]
    values = data["values"] if "values" in data else spec["datasets"][data["name"]]
    return pd.DataFrame(values)
