"""Pay by place: official wages and floors by province, regency/city and US state, drawn on maps.

``bundle`` turns the BPS reference tables into ``data/``; ``figures`` builds the aggregated tables
(one row per region) the maps and their tables show; ``maps`` loads the bundled geometry and draws the
Altair choropleths. Imports only ``salary_explorer.core``.
"""
