"""The sources stage: official statistics, read from the pinned data sets and the hand-collected facts.

Floor: stage 3 of ingest → extract → **sources** → audit → model → report. It may import the
earlier stages (the gazetteer of :mod:`analysis.ingest.place`), the shared floor
(:mod:`analysis.demography`) and the contracts; never the audit, the model or the report.
:mod:`~analysis.sources.stage` writes ``data/reference/reference.csv`` and
``data/reference/observations.csv``; the audit and the model read those tables, and read the
census panel and the age tables through the readers here.

Readers of the pinned sources (``data/sources/<source>.toml``, files obtained by
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

:mod:`~analysis.sources.reference` tidies the hand-collected reference statistics (codes, roles,
vintages); :mod:`~analysis.sources.observations` assembles every reader into
``data/reference/observations.csv``; :mod:`~analysis.sources.census_panel` gives the census
prefecture panel long.
"""
