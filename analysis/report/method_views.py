"""Views of the ambition methods for the ambition and methods pages: age structure against the
cohort projection, the migration population targets imply, the figures the audit rejects, the
trend forms, tolerances and empirical bands. Like :mod:`analysis.report.views`, every function
reads the committed pipeline tables and computes nothing the pipeline does not."""

from __future__ import annotations

import pandas as pd

from analysis.codebook import load_codebook
from analysis.demography import metrics
from analysis.report import links, words
from analysis.report.links import Segment
from analysis.report.output import with_sources
from analysis.report.views import label, own_place, plan_labels, table


def cohort_targets() -> pd.DataFrame:
    """Age-structure figures against the Hamilton–Perry projection (and, for the nation, UN WPP)."""
    ambition = table("ambition")
    rows = ambition[ambition["judged_against"] == "cohort projection"]
    labels = plan_labels()
    return pd.DataFrame(
        {
            "Plan": rows["plan_id"].map(lambda p: labels.get(p, p.replace("reference: ", "National: "))),
            "Indicator": rows["indicator"].map(label), "Year": rows["year"], "Figure": rows["target_text"],
            "Cohort projection": ["" if pd.isna(v) else f"{v:.4g}" + ("" if pd.isna(b) else f" ± {b:.2f}" if b < 100 else f" ± {b:.0f}") for v, b in zip(rows["cohort_projection"], rows["cohort_band"])],
            "UN WPP": [f"{v:.4g}" if not pd.isna(v) else "" for v in rows["wpp_projection"]],
            "Class": rows["class"], "Against WPP": rows["class_against_wpp"], "Reason": rows["reason"],
        }
    ).reset_index(drop=True)


def cohort_projections(measures=("share_0_14", "share_15_64", "share_60plus", "share_65plus", "dependency_total")) -> pd.DataFrame:
    """The Hamilton–Perry projections of each place (census 2020 and 2025–2035), WPP beside the nation's."""
    frame = table("cohort")
    rows = frame[frame["measure"].isin(measures)]
    wide = rows.pivot_table(index=["entity", "measure"], columns="year", values="value").reset_index()
    wide.columns = [str(c) for c in wide.columns]
    wide["Indicator"] = wide["measure"].map(label)
    wpp = rows[rows["entity_code"] == "100000"].pivot_table(index="measure", columns="year", values="wpp_value")
    wide["UN WPP 2030"] = [f"{wpp.loc[m, 2030]:.4g}" if e == "中国" and m in wpp.index and not pd.isna(wpp.loc[m, 2030]) else "" for e, m in zip(wide["entity"], wide["measure"])]
    return wide.rename(columns={"entity": "Place", "2020": "Census 2020"})[["Place", "Indicator", "Census 2020", "2025", "2030", "2035", "UN WPP 2030"]].round(2)


def cohort_anchors() -> list[str]:
    """How each place's child–woman ratios were anchored on births after 2020 (from ``cohort.csv``)."""
    frame = table("cohort")
    rows = frame[(frame["year"] == 2030) & (frame["measure"] == "share_0_14")]
    return [f"{entity}: {basis.split('; ', 1)[1].rstrip(')')}" for entity, basis in zip(rows["entity"], rows["basis"])]


def _span(low: float, high: float, digits: int = 2) -> str:
    """``1.11–1.15`` (one value when both round alike)."""
    a, b = f"{low:.{digits}f}", f"{high:.{digits}f}"
    return a if a == b else f"{a}–{b}"


def _ages_2010(starts: list[int]) -> str:
    """The ages in 2010 of the cohorts of the 2020 groups ``starts`` (ten years younger):
    ``15–39`` for a run of five-year groups, else the groups listed."""
    starts = sorted(starts)
    if all(b - a == 5 for a, b in zip(starts, starts[1:])):
        return f"{starts[0] - 10}–{starts[-1] - 6}"
    return words.join([f"{s - 10}–{s - 6}" for s in starts])


def census_coverage() -> dict[str, str]:
    """The change in census coverage 2010 → 2020 that the cohort projection corrects, in words,
    from the model (:mod:`analysis.model.cohort`): the survival of the cohorts aged 0–39 in 2010
    (UN WPP 2022's estimates, the pinned data set: :func:`~analysis.model.cohort.survival`), the
    nation's census ratios of the children's cohort (:data:`~analysis.model.cohort.CHILDREN_GROUPS`'s
    first, aged 0–4 in 2010) and of the women's cohorts counted below their survival, and what
    leaving the adults' coverage change in did to the nation's total
    (:meth:`~analysis.model.cohort.Projections.coverage_effect`, on the observations table the
    model read). Keys: ``survival``, ``survival_ages``, ``children``, ``children_ages``,
    ``children_reading``, ``women``, ``women_ages``, ``women_reading``, ``adults_loss``,
    ``gap_2025``."""
    from analysis.model import cohort

    survival, counted = cohort.survival(), cohort.census_ratios()
    child = cohort.CHILDREN_GROUPS[0]
    children = [counted[sex][child] for sex in sorted(counted)]
    adults = [start for start in cohort.COVERAGE_GROUPS if start not in cohort.CHILDREN_GROUPS]
    below = [start for start in adults if counted["female"][start] < survival[start]]
    women = [counted["female"][start] for start in below]
    effect = cohort.Projections(table("observations")).coverage_effect()
    gap = effect.children_only_gap_2025
    return {
        "survival": _span(min(survival.values()), max(survival.values()), 3), "survival_ages": _ages_2010(list(survival)),
        "children": _span(min(children), max(children)), "children_ages": _ages_2010([child]),
        "children_reading": "the 2010 census missed young children" if min(children) > max(survival.values()) else "no more than their survival",
        "women": _span(min(women), max(women)) if women else "", "women_ages": _ages_2010(below) if below else "",
        "women_reading": "the 2020 census counted fewer young adults",
        "adults_loss": f"{abs(round(effect.adults_loss_2030, -1)):,.0f}万",
        "adults_loss_direction": "loss" if effect.adults_loss_2030 > 0 else "gain",
        "gap_2025": f"{words.fixed(abs(gap), 1)}% {'below' if gap < 0 else 'above'}",
    }


def cohort_backtest() -> pd.DataFrame:
    frame = table("cohort_backtest")
    return pd.DataFrame({"Back-test": frame["test"], "Indicator": frame["measure"].map(label), "Places": frame["n_units"],
                         "Mean error": frame["mean_error"].round(2), "Median |error|": frame["median_abs_error"].round(2),
                         "80th pct |error|": frame["p80_abs_error"].round(2), "Largest |error|": frame["max_abs_error"].round(2)})


def cohort_recent() -> str:
    """The nation's cohort projection against the NBS figures after 2020 (``cohort_backtest.csv``,
    the ``nation, 2020 census → …`` rows), in words."""
    from analysis.model import cohort

    frame = table("cohort_backtest")
    said = []
    for when in ("end-2024", "mid-2025"):
        rows = frame[frame["test"] == cohort.RECENT_TEST.format(when=when)].set_index("measure")["mean_error"]
        parts = [f"the total {words.signed(rows['pop_resident'], 2)}%" if measure == "pop_resident" else f"{label(measure).lower()} {words.signed(rows[measure], 2)} points"
                 for measure in rows.index]
        said.append(f"{', '.join(parts)} at {when.replace('end-', 'the end of ').replace('mid-', 'mid-')}")
    return "; ".join(said)


def migration_table() -> pd.DataFrame:
    """Population targets: the net migration they imply against the net migration observed."""
    ambition = own_place(table("ambition"))
    rows = ambition[(ambition["indicator"] == "pop_resident") & ambition["baseline"].notna()]
    per = lambda v: "" if pd.isna(v) else f"{v:+.2f}"  # noqa: E731
    return pd.DataFrame(
        {
            "Plan": rows["plan_id"].map(plan_labels()), "Year": rows["year"], "Target (万)": rows["target_text"],
            "Baseline (万)": [f"{b:g} ({int(y)})" for b, y in zip(rows["baseline"], rows["base_year"])],
            "Natural increase (‰)": [f"{v:.3g}" if not pd.isna(v) else "" for v in rows["natural_increase_rate"]],
            "Implied net migration (万/yr)": rows["implied_net_migration_per_year"].map(per),
            "at the official rate (万/yr)": rows["implied_net_migration_per_year_at_official_rate"].map(per),
            "Range over every rate (万/yr)": [f"{per(lo)} to {per(hi)}" if not pd.isna(lo) and hi > lo else per(lo) for lo, hi in zip(rows["implied_net_migration_low"], rows["implied_net_migration_high"])],
            "Past net migration (万/yr)": [f"{per(v)} ({p})" if not pd.isna(v) else "" for v, p in zip(rows["past_net_migration_per_year"], rows["past_migration_period"])],
            "2010–2020 census (万/yr)": rows["census_net_migration_per_year_2010_2020"].map(per),
            "Census change (%/yr)": rows["census_change_2010_2020"].map(per),
            "Framing": rows["population_framing"],
        }
    ).reset_index(drop=True)


def rejected_inputs() -> pd.DataFrame:
    """The plan figures the audit rejects, left out of the trend series, per series."""
    ambition = own_place(table("ambition"))
    rows = ambition[ambition["rejected_inputs"] != ""].drop_duplicates(["plan_id", "indicator"])
    return pd.DataFrame({"Plan": rows["plan_id"].map(plan_labels()), "Indicator": rows["indicator"].map(label),
                         "Left out": rows["rejected_inputs"], "Baseline used": [f"{b:g} ({o})" if not pd.isna(b) else "" for b, o in zip(rows["baseline"], rows["baseline_origin"])]}).reset_index(drop=True)


def forms_table() -> pd.DataFrame:
    """The trend form of each kind of indicator, with its reason (analysis/model/forms.py)."""
    from analysis.model import forms

    codebook = load_codebook()
    used = sorted({code for code in table("ambition")["indicator"]})
    members = {kind: [code for code in used if forms.kind_of(code, codebook[code].measure, codebook[code].unit) == kind and not metrics.is_neutral(code)] for kind in forms.FORMS}
    return pd.DataFrame([{"Kind": kind, "Model": form.model, "Why": form.why, "Indicators here": ", ".join(members[kind])} for kind, form in forms.FORMS.items()])


def tolerance_table() -> pd.DataFrame:
    """The tolerance of each unit (and the indicators with their own), from analysis/demography/metrics.py."""
    rows = [{"Applies to": "stocks (population, incomes)", "Tolerance": f"±{metrics.RELATIVE_TOLERANCE:.0%} of the target"}]
    rows += [{"Applies to": key.replace("_", " "), "Tolerance": f"±{value:g}"} for key, value in metrics.POINT_TOLERANCE.items()]
    rows.append({"Applies to": "any other unit", "Tolerance": f"±{metrics.DEFAULT_POINT_TOLERANCE:g}"})
    rows.append({"Applies to": "sensitivity", "Tolerance": ", ".join(f"{name.replace('_', ' ')} ×{factor:g}" for name, factor in metrics.TOLERANCE_FACTORS.items())})
    return pd.DataFrame(rows)


def bands_view() -> pd.DataFrame:
    frame = table("bands")
    return pd.DataFrame({"Indicator": frame["indicator"].map(label), "Scale": frame["model"], "Units": frame["units"], "n": frame["n_units"],
                         "Period": frame["period"], "Half-width a year": frame["halfwidth_per_year"].map(lambda v: f"{v:.4f}"),
                         "10th / 90th pct error": [f"{a:+.4f} / {b:+.4f}" for a, b in zip(frame["p10_error"], frame["p90_error"])], "Use": frame["use"]})


def error_distribution_view() -> pd.DataFrame:
    """The calibrated error distributions of the population trend: signed quantiles by size class
    and horizon (``error_distribution.csv``, back-test rows in ``error_backtest.csv``)."""
    frame = table("error_distribution")
    out = pd.DataFrame({"Size class": frame["size_class"], "Horizon (years)": frame["horizon"], "Errors": frame["n_errors"], "Provinces": frame["n_places"],
                        "Launches": frame["launches"]})
    for column, title in (("q025", "2.5%"), ("q100", "10%"), ("q250", "25%"), ("q500", "median"), ("q750", "75%"), ("q900", "90%"), ("q975", "97.5%")):
        out[title] = frame[column].map(lambda v: f"{v:+.2f}")
    return out


def share_error_distribution_view() -> pd.DataFrame:
    """The own-trend errors of the nation's shares: signed quantiles by indicator and horizon
    (``share_error_distribution.csv``, back-test rows in ``share_error_backtest.csv``)."""
    frame = table("share_error_distribution")
    out = pd.DataFrame({"Indicator": frame["indicator"].map(label), "Horizon (years)": frame["horizon"], "Errors": frame["n_errors"], "Launches": frame["launches"]})
    for column, title in (("q025", "2.5%"), ("q100", "10%"), ("q250", "25%"), ("q500", "median"), ("q750", "75%"), ("q900", "90%"), ("q975", "97.5%")):
        out[title] = frame[column].map(lambda v: f"{v:+.2f}")
    return out


def trajectory_error_distribution_view() -> pd.DataFrame:
    """The errors of the national life-expectancy and IMR trajectories carried forward: signed
    quantiles by indicator and horizon (``trajectory_error_distribution.csv``, back-test rows in
    ``trajectory_error_backtest.csv``)."""
    frame = table("trajectory_error_distribution")
    out = pd.DataFrame({"Indicator": frame["indicator"].map(label), "Horizon (years)": frame["horizon"], "Errors": frame["n_errors"], "Launches": frame["launches"]})
    for column, title in (("q025", "2.5%"), ("q100", "10%"), ("q250", "25%"), ("q500", "median"), ("q750", "75%"), ("q900", "90%"), ("q975", "97.5%")):
        out[title] = frame[column].map(lambda v: f"{v:+.2f}")
    return out


def calibration_view() -> pd.DataFrame:
    """Class against the share of targets met, over every target with a directional outcome."""
    frame = table("calibration")
    return pd.DataFrame({"Class rests on": frame["basis"], "Class": frame["class"], "Targets with an outcome": frame["n_with_outcome"],
                         "Met": frame["n_met"], "Exceeded": frame["n_exceeded"], "Missed": frame["n_missed"],
                         "Share met": frame["share_met"].map(lambda v: f"{v:.0%}"), "Targets": frame["targets"]})


def class_bases() -> dict[str, int]:
    """How many trend judgements rest on the calibrated distribution, the symmetric band, or no band."""
    from analysis.model.calibration import class_basis

    ambition = table("ambition")
    judged = ambition[(ambition["judged_against"] == "trend") & ambition["class"].isin(["reverses trend", "below trend", "on trend", "ambitious", "very ambitious"])]
    counts = judged.apply(class_basis, axis=1).value_counts()
    return {basis: int(counts.get(basis, 0)) for basis in ("calibrated distribution", "symmetric band", "no band")}


def calibrated_indicators() -> str:
    """The indicators whose trend classes rest on a calibrated distribution, named from the ambition table."""
    from analysis.model.calibration import class_basis

    ambition = table("ambition")
    judged = ambition[(ambition["judged_against"] == "trend") & ambition["class"].isin(["reverses trend", "below trend", "on trend", "ambitious", "very ambitious"])]
    codes = judged[judged.apply(class_basis, axis=1) == "calibrated distribution"]["indicator"].value_counts()
    return "; ".join(f"{label(code).lower()} {n}" for code, n in sorted(codes.items(), key=lambda item: (-item[1], item[0])))


def count_bands() -> str:
    """The band of each age-group count judged against the cohort projection (ambition table), in
    words: the count's projection ± band, and the total's part of it from the calibrated
    distribution (``cohort_band``; :func:`analysis.model.calibration.total_relative_error`)."""
    from analysis.model import calibration, cohort

    ambition, projections = table("ambition"), table("cohort")
    counts = ambition[ambition["indicator"].str.startswith("pop_") & (ambition["judged_against"] == "cohort projection") & ambition["cohort_band"].notna()]
    words = []
    for r in counts.sort_values(["plan_id", "indicator", "year"]).to_dict("records"):
        population = projections[(projections["entity"] == r["entity"]) & (projections["year"] == cohort.LAUNCH) & (projections["measure"] == "pop_resident")]["value"].iloc[0]
        total, _ = calibration.total_relative_error(float(population), int(r["year"]) - cohort.LAUNCH)
        words.append(f"{r['entity']}'s {r['target_text']} ({label(r['indicator']).lower()}, {int(r['year'])}) against {r['cohort_projection']:.0f} ± "
                      f"{r['cohort_band']:.0f}万 (the total's part ±{total * 100:.1f}%): {r['class']}")
    return "; ".join(words)


def uncertainty_summary() -> dict:
    """What the trend classes' uncertainty rested on, from the tables the pipeline wrote: the
    calibrated distributions (population, urban share, life expectancy and IMR), the symmetric
    bands kept as context, and the prediction intervals used."""
    from analysis.model.calibration import class_basis

    ambition = table("ambition")
    judged = ambition[(ambition["judged_against"] == "trend") & ambition["class"].isin(["reverses trend", "below trend", "on trend", "ambitious", "very ambitious"])]
    basis = judged.apply(class_basis, axis=1)
    calibrated = judged[basis == "calibrated distribution"]["indicator"].value_counts()
    backtest, shares, trajectories, bands = table("error_backtest"), table("share_error_backtest"), table("trajectory_error_backtest"), table("bands")
    population_band = bands[(bands["indicator"] == "pop_resident") & (bands["use"] == "band")].iloc[0]
    panel = bands[(bands["indicator"] == "urbanization_resident") & (bands["use"] == "band")].iloc[0]
    return {
        "n_judged": len(judged), "n_population": int(calibrated.get("pop_resident", 0)), "n_urban": int(calibrated.get("urbanization_resident", 0)),
        "n_trajectory": int(sum(calibrated.get(code, 0) for code in trajectories["indicator"].unique())),
        "trajectory_errors": len(trajectories), "trajectory_launches": f"{int(trajectories['launch_year'].min())}–{int(trajectories['launch_year'].max())}",
        "trajectory_bases": " and ".join(str(int(k)) for k in sorted((trajectories["launch_year"] - trajectories["base_start"]).unique())),
        "n_symmetric": int((basis == "symmetric band").sum()), "n_no_band": int((basis == "no band").sum()),
        "no_band_indicators": ", ".join(f"{label(code).lower()} {n}" for code, n in sorted(judged[basis == "no band"]["indicator"].value_counts().items(), key=lambda item: (-item[1], item[0]))),
        "n_intervals": int(judged["band_source"].fillna("").str.startswith("80% prediction interval").sum()),
        "population_errors": len(backtest), "provinces": int(backtest["place"].nunique()), "population_horizons": f"1–{int(backtest['horizon'].max())}",
        "population_launches": f"{int(backtest['launch_year'].min())}–{int(backtest['launch_year'].max())}",
        "share_errors": int((shares["indicator"] == "urbanization_resident").sum()), "share_launches": f"{int(shares['launch_year'].min())}–{int(shares['launch_year'].max())}",
        "population_band": float(population_band["halfwidth_per_year"]) * 100, "population_band_units": int(population_band["n_units"]),
        "population_band_period": str(population_band["period"]), "panel_band": float(panel["halfwidth_per_year"]), "panel_units": int(panel["n_units"]),
    }


def sources_table() -> pd.DataFrame:
    """Every source with its origin, licence and attribution, and how many observations it gives."""
    from analysis.sources.provenance import registry

    observations = table("observations")
    counts = observations.groupby("source_id").size()
    frame = registry()
    return pd.DataFrame({
        "Source": frame["source_id"], "What": frame["title"], "Origin": frame["origin"], "Licence": frame["licence"],
        "Attribution": frame["attribution"], "Observations": frame["source_id"].map(counts).fillna(0).astype(int),
    })


def reference_sources() -> pd.DataFrame:
    """Sources of the reference statistics: how many values each gave, for which places and years,
    each linked to its publisher's page."""
    reference = table("reference")
    sources = (
        reference.groupby(["source_title", "confidence"], sort=True)
        .agg(values=("value", "size"), places=("entity", lambda s: "、".join(sorted(set(s)))), years=("year", lambda s: ", ".join(str(y) for y in sorted(set(s)))), url=("source_url", "first"))
        .reset_index()
    )
    frame = sources.rename(columns={"source_title": "Source", "confidence": "Confidence", "values": "Values", "places": "Places", "years": "Years"})[["Source", "Confidence", "Values", "Places", "Years"]]
    return with_sources(frame, "Source", [[Segment(title, (ref,))] if (ref := links.url_ref(url, title)) else None for title, url in zip(sources["source_title"], sources["url"])])


def estimate_versus_census(entity: str = "遂宁市") -> str:
    """The latest pre-census year-end estimate against the census count, for one place."""
    from analysis.model.outcomes import LAST_OBSERVED_YEAR

    reference = table("reference")
    rows = reference[(reference["entity"] == entity) & (reference["indicator"] == "pop_resident") & (reference["role"] == "statistic")]
    census = rows[(rows["statistic"] == "census") & (rows["year"] == LAST_OBSERVED_YEAR)]
    estimates = rows[(rows["statistic"] == "year_end_estimate") & (rows["year"] < LAST_OBSERVED_YEAR)].sort_values("year")
    if census.empty or estimates.empty:
        return ""
    estimate, count = estimates.iloc[-1], census.iloc[0]
    return f"{entity}'s {int(estimate['year'])} year-end estimate ({estimate['value']:g}万) against its {int(count['year'])} census count ({count['value']:.2f}万)"


def _most(share: float) -> str:
    """``most`` above a half, ``half`` at it, ``fewer than half`` below."""
    return "most" if share > 0.5 else "half" if share == 0.5 else "fewer than half"


def _alternatives(lengths: pd.Series) -> str:
    """Base lengths as the first half of a compound adjective: ``5- or 10`` (for ``5- or 10-year``)."""
    values = [str(int(n)) for n in sorted(lengths.unique())]
    return words.join([v + "-" for v in values[:-1]] + values[-1:], "or")


def backtest_design() -> dict:
    """What the back-tests of the calibrated errors covered and which way their errors lean, in
    words, from the back-test tables (``error_backtest.csv``, ``share_error_backtest.csv``,
    ``trajectory_error_backtest.csv``): provinces, launch years, bases and horizons, the years of
    the national series, and the share of negative errors (the trend overshot, or the value ended
    below it)."""
    population, shares, trajectories = table("error_backtest"), table("share_error_backtest"), table("trajectory_error_backtest")
    real_time = population[population["base_vintage"].str.contains("real time")]
    consistent = population[~population.index.isin(real_time.index)]
    urban = shares[shares["indicator"] == "urbanization_resident"]
    out = {
        "provinces": int(population["place"].nunique()),
        "real_time_launch": int(real_time["launch_year"].min()), "real_time_base": int(real_time["base_start"].min()),
        "real_time_horizons": f"1–{int(real_time['horizon'].max())}",
        "consistent_launches": f"{int(consistent['launch_year'].min())}–{int(consistent['launch_year'].max())}",
        "consistent_bases": words.join([words.number(int(n)) for n in sorted((consistent["launch_year"] - consistent["base_start"]).unique())], "or"),
        "consistent_horizons": f"1–{int(consistent['horizon'].max())}",
        "population_negative": float((population["error"] < 0).mean()),
        "urban_first_launch": int(urban["launch_year"].min()), "urban_horizons": f"1–{int(urban['horizon'].max())}",
        "urban_bases": _alternatives(urban["launch_year"] - urban["base_start"]),
    }
    for code in ("life_expectancy", "imr"):
        rows = trajectories[trajectories["indicator"] == code]
        out[f"{code}_years"] = f"{int(rows['base_start'].min())}–{int((rows['launch_year'] + rows['horizon']).max())}"
        out[f"{code}_negative"] = float((rows["error"] < 0).mean())
    out["trajectory_bases"] = _alternatives(trajectories["launch_year"] - trajectories["base_start"])
    out["trajectory_horizons"] = f"1–{int(trajectories['horizon'].max())}"
    out["population_most"], out["imr_most"] = _most(out["population_negative"]), _most(out["imr_negative"])
    return out
