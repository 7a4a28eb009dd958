"""Readers of the pinned sources (``data/sources/<source>.toml``, files obtained by
:mod:`~analysis.sources.registry`) and of the hand-collected facts.

One module per source, each a set of pure functions from the unchanged files to tidy frames in the
shape of the observations table (:data:`analysis.sources.common.COLUMNS`):

* :mod:`~analysis.sources.leiii_census` — 2010 and 2020 census by prefecture (city CSV, two known
  errors corrected) and by county with age × sex (census yearbook tables);
* :mod:`~analysis.sources.census_observations` — census figures of the plan places, their provinces
  and the nation from that panel;
* :mod:`~analysis.sources.pik_population` — provincial year-end resident population 2005–2024;
* :mod:`~analysis.sources.wdi` — World Development Indicators for China;
* :mod:`~analysis.sources.un_wpp` — UN World Population Prospects 2022 for China;
* :mod:`~analysis.sources.communiques` — figures collected by hand from communiqués and yearbooks
  (``data/reference/``), each with its page, address and verbatim quote;
* :mod:`~analysis.sources.registry` — the pins: where each data set is obtained (installed package,
  local mirror, download cache or its pinned address) and the SHA-256 check of every file;
* :mod:`~analysis.sources.provenance` — pins and sidecars as one table: origin, checksums, licence, attribution.

:mod:`analysis.observations` assembles them into ``data/reference/observations.csv``.
"""
