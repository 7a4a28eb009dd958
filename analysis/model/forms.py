"""Which trend model suits which kind of indicator, and why.

A trend is fitted by OLS on a transformed scale in which the indicator plausibly changes by a
constant amount a year, then transformed back (:mod:`analysis.model.trends`). The scale is chosen
by what the indicator *is* (codebook ``measure``, ``unit`` and code), once, here:

=================== ================================== =========== ==================== ===========================================
kind                indicators                         model       scale z              why
=================== ================================== =========== ==================== ===========================================
population stock    every ``stock`` (population,       loglinear   ln v                 constant compound growth, the exponential
                    hukou, incomes)                                                     extrapolation of population practice
                                                                                        (Smith, Tayman & Swanson 2013, *A
                                                                                        Practitioner's Guide to State and Local
                                                                                        Population Projections*, ch. 6, "EXPO")
bounded share       shares and rates in % of a whole   logistic    ln(v / (100 − v))    a share bounded by 0 and 100 follows an S
                    (urbanisation, coverage,                                            curve; the log-odds change linearly (UN
                    enrolment, unemployment, age                                        DESA, *World Urbanization Prospects 2018*,
                    shares)                                                             Methodology: the urban–rural growth
                                                                                        difference is the slope of the log-odds)
mortality rate      imr, u5mr, nmr, mmr, birth defects loglinear   ln v                 mortality falls at a roughly constant
                                                                                        proportional rate (Lee & Carter 1992,
                                                                                        *JASA* 87:659; UN IGME models log U5MR,
                                                                                        Alkema & New 2014, *Annals of Applied
                                                                                        Statistics* 8:2122)
life expectancy     life expectancy, healthy life      shortfall   ln(C − v), C = 90    gains shrink as the level rises (Raftery,
                    expectancy                                                          Chunn, Gerland & Ševčíková 2013,
                                                                                        *Demography* 50:777); the shortfall from a
                                                                                        ceiling above the best-practice frontier
                                                                                        (Oeppen & Vaupel 2002, *Science* 296:1029:
                                                                                        record life expectancy about 85 years for
                                                                                        both sexes around 2020) decays at a
                                                                                        constant rate
positive rate       tfr, birth and death rates,        loglinear   ln v                 positive by definition: constant
                    household size, beds or doctors                                     proportional change never crosses zero
                    per 1000, density
signed rate         natural growth rates               linear      v                    a difference of two rates, positive or
                                                                                        negative: nothing better is defensible
other               sex ratios, dependency ratios,     linear      v                    no bound within the range observed (the
                    years of schooling, years                                           schooling ceiling of about 16 years is far
                                                                                        off): nothing better is defensible
=================== ================================== =========== ==================== ===========================================

A series a scale cannot take (a share of exactly 0 or 100, a life expectancy at or above the
ceiling, a non-positive rate) is fitted linearly and the row says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Ceiling of the life-expectancy shortfall model (years): above the best-practice frontier.
LIFE_EXPECTANCY_CEILING = 90.0
MORTALITY = ("imr", "u5mr", "nmr", "mmr", "birth_defect_rate")
LIFE_EXPECTANCY = ("life_expectancy", "healthy_life_expectancy", "life_expectancy_male", "life_expectancy_female")
SIGNED = ("natural_growth_rate", "natural_growth_rate_hukou")
POSITIVE_UNITS = ("births per woman", "‰", "per 100000", "persons per household", "persons per km2", "beds per 1000 population",
                  "beds per 1000 older people", "per 1000 population", "places per 1000 population", "persons per 100000",
                  "per 10000 population")


@dataclass(frozen=True)
class Form:
    model: str  # linear, loglinear, logistic, shortfall
    kind: str  # population stock, bounded share, mortality rate, life expectancy, positive rate, signed rate, other
    why: str


FORMS = {
    "population stock": Form("loglinear", "population stock", "constant compound growth (Smith, Tayman & Swanson 2013, ch. 6)"),
    "bounded share": Form("logistic", "bounded share", "log-odds linear in time (UN DESA, World Urbanization Prospects 2018, methodology)"),
    "mortality rate": Form("loglinear", "mortality rate", "constant proportional decline (Lee & Carter 1992; Alkema & New 2014)"),
    "life expectancy": Form("shortfall", "life expectancy", f"shortfall from {LIFE_EXPECTANCY_CEILING:g} years decays at a constant rate (Raftery et al. 2013; Oeppen & Vaupel 2002)"),
    "positive rate": Form("loglinear", "positive rate", "constant proportional change keeps a positive rate above zero"),
    "signed rate": Form("linear", "signed rate", "a difference of two rates, positive or negative: linear, nothing better is defensible"),
    "other": Form("linear", "other", "no bound within the observed range: linear, nothing better is defensible"),
}


def kind_of(code: str, measure: str, unit: str) -> str:
    """The kind of indicator (see the module table)."""
    if measure == "stock":
        return "population stock"
    if code in LIFE_EXPECTANCY:
        return "life expectancy"
    if code in MORTALITY:
        return "mortality rate"
    if code in SIGNED:
        return "signed rate"
    if unit == "%" and measure in ("share", "rate"):
        return "bounded share"
    if unit in POSITIVE_UNITS or code == "household_size":
        return "positive rate"
    return "other"


def form_for(indicator) -> Form:
    """The trend form of a codebook :class:`~analysis.codebook.Indicator`."""
    return FORMS[kind_of(indicator.code, indicator.measure, indicator.unit)]


def cannot_take(model: str, values) -> str:
    """Why ``values`` cannot be put on the model's scale ('' when they can)."""
    values = np.asarray(values, dtype=float)
    if model == "loglinear" and (values <= 0).any():
        return "log-linear needs positive values"
    if model == "logistic" and ((values <= 0) | (values >= 100)).any():
        return "logistic needs shares strictly between 0 and 100"
    if model == "shortfall" and (values >= LIFE_EXPECTANCY_CEILING).any():
        return f"the shortfall model needs values below its ceiling of {LIFE_EXPECTANCY_CEILING:g}"
    return ""


def to_scale(model: str, values):
    """Values on the model's scale (see the module table)."""
    values = np.asarray(values, dtype=float)
    if model == "loglinear":
        return np.log(values)
    if model == "logistic":
        return np.log(values / (100 - values))
    if model == "shortfall":
        return np.log(LIFE_EXPECTANCY_CEILING - values)
    return values


def from_scale(model: str, z):
    """The inverse of :func:`to_scale`."""
    z = np.asarray(z, dtype=float)
    if model == "loglinear":
        return np.exp(z)
    if model == "logistic":
        return 100 / (1 + np.exp(-z))
    if model == "shortfall":
        return LIFE_EXPECTANCY_CEILING - np.exp(z)
    return z
