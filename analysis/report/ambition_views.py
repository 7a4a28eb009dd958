"""Views of the ambition page: each target against its trend (required against historical change,
the class matrix, the full table, the sensitivity table and one trend panel). Only this page's
views fit a trend (statsmodels), so the other pages start without it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.demography.series import parse
from analysis.model.trends import fit
from analysis.report.indicator_views import COMPARABLE
from analysis.report.links import Segment
from analysis.report.output import with_sources
from analysis.report.views import label, name_zh, origin_refs, own_place, plan_labels, table, target_cells, unit_zh


HEATMAP_ORDER = ("pop_resident", "pop_hukou", "urbanization_resident", "urbanization_hukou", "tfr", "natural_growth_rate", "srb", "share_65plus", "share_60plus", "life_expectancy", "imr", "mmr")


def required_vs_historical() -> pd.DataFrame:
    """One row per plan × comparable indicator: final-horizon target's required change vs history and trend."""
    ambition = own_place(table("ambition"))
    rows = ambition[ambition["indicator"].isin(COMPARABLE) & (ambition["kind"] == "target") & ambition["required_change"].notna()]
    rows = rows.sort_values(["year", "sources"]).groupby(["plan_id", "indicator"]).tail(1)
    return pd.DataFrame(
        {
            "plan": rows["plan_id"].map(plan_labels()),
            "indicator": rows["indicator"].map(label),
            "name_zh": rows["indicator"].map(name_zh),
            "unit": rows["change_unit"],
            "target_year": rows["year"],
            "required": rows["required_change"].astype(float),
            "historical": rows["historical_change"].astype(float),
            "trend": rows["trend_change"].astype(float),
            "class": rows["class"],
        }
    ).reset_index(drop=True)


def ambition_matrix(horizon: str = "final") -> pd.DataFrame:
    """Class of each plan's final-horizon (or 2020) target per indicator, one statement per cell
    (the table's when the table and text differ)."""
    ambition = own_place(table("ambition"))
    rows = ambition[ambition["kind"] == "target"]
    rows = rows[rows["year"] == 2020] if horizon == "2020" else rows
    rows = rows.sort_values(["year", "sources"], ascending=[True, False])
    rows = rows.groupby(["plan_id", "indicator"]).tail(1)
    rows = rows[rows["indicator"].isin(_assessable_indicators(ambition))]
    matrix = rows.pivot(index="plan_id", columns="indicator", values="class")
    first = [code for code in HEATMAP_ORDER if code in matrix.columns]
    matrix = matrix[first + sorted(code for code in matrix.columns if code not in first)]
    matrix.index = [plan_labels()[plan] for plan in matrix.index]
    matrix.columns = [label(code) for code in matrix.columns]
    return matrix.loc[sorted(matrix.index, key=str.casefold)]


def _assessable_indicators(ambition: pd.DataFrame) -> list[str]:
    assessed = ambition[~ambition["class"].isin(["not assessable"])]
    return sorted(set(assessed["indicator"]))


def ambition_table() -> pd.DataFrame:
    """Every assessed target: baseline, required and trend change, projection with its band, class."""
    ambition = own_place(table("ambition"))
    rows = ambition[(ambition["class"] != "not assessable") & (ambition["judged_against"] == "trend")].copy()
    band = [f"{lo:.4g}–{hi:.4g}" if not pd.isna(lo) else "none" for lo, hi in zip(rows["band_low"], rows["band_high"])]
    frame = pd.DataFrame(
        {
            "Plan": rows["plan_id"].map(plan_labels()),
            "Indicator": rows["indicator"].map(label),
            "Year": rows["year"],
            "Kind": rows["kind"],
            "Target": rows["target_text"],
            "Baseline": [f"{b:g} ({int(y)})" for b, y in zip(rows["baseline"], rows["base_year"])],
            "Required / yr": [f"{v:+.3g}{'%' if m == 'stock' else ''}" if not pd.isna(v) else "" for v, m in zip(rows["required_change"], rows["measure"])],  # a slack bound asks for none
            "Trend / yr": [f"{v:+.3g}{'%' if m == 'stock' else ''}" if not pd.isna(v) else "" for v, m in zip(rows["trend_change"], rows["measure"])],
            "Projection": [f"{v:.4g}" if not pd.isna(v) else "" for v in rows["projection"]],
            "Windows": [f"{lo:.4g}–{hi:.4g}" if not pd.isna(lo) and hi > lo else "" for lo, hi in zip(rows["trend_low"], rows["trend_high"])],
            "80% band": band,
            "Ratio": [f"{v:.2f}" if not pd.isna(v) else "" for v in rows["ratio"]],
            "Error percentile": [f"{v:.0f}" if not pd.isna(v) else "" for v in rows["error_percentile"]],
            "Class": rows["class"],
            "By the symmetric band": rows["band_class"],
            "Model": rows["model"] + " · " + rows["data"],
        }
    ).reset_index(drop=True)
    frame = with_sources(frame, "Target", target_cells(rows))
    return with_sources(frame, "Baseline", [[Segment(text, origin_refs(plan_id, origin))] for text, plan_id, origin in zip(frame["Baseline"], rows["plan_id"], rows["baseline_origin"])])


def not_assessable_reasons() -> pd.DataFrame:
    ambition = own_place(table("ambition"))
    rows = ambition[ambition["class"] == "not assessable"]
    reasons = rows["reason"].str.replace(r" \(\d{4}\)", "", regex=True).str.replace(r"^(linear|loglinear|logistic|shortfall) trend not fitted: ", "", regex=True)
    return reasons.value_counts().rename_axis("Reason").reset_index(name="Targets")


def sensitivity_table() -> pd.DataFrame:
    sensitivity = table("sensitivity")
    rows = sensitivity[sensitivity["n_assessed"] > 0].copy()
    columns = {"form_plan_reference": "form · plan+ref", "form_census": "form · census", "linear_plan_reference": "linear · plan+ref",
               "window_since_2010": "since 2010", "window_intercensal": "intercensal", "without_band": "no band", "alternative_baseline": "other baseline",
               "with_rejected_inputs": "rejected inputs", "tolerance_narrow": "tolerance ×½", "tolerance_wide": "tolerance ×2"}
    out = pd.DataFrame({"Plan": rows["plan_id"].map(plan_labels()), "Indicator": rows["indicator"].map(label), "Year": rows["year"], "Target": rows["target_text"], "Headline": rows["class_preferred"],
                        "symmetric band": rows["band_class"]})
    for column, title in columns.items():
        out[title] = rows[column].str.replace(r"^(not assessable|n/a): .*$", "–", regex=True)
    out["Stable"] = np.where(rows["stable"], "yes", "no")
    key = ["plan_id", "indicator", "entity", "year", "kind", "target_text"]
    where = rows[key].merge(table("ambition")[key + ["lines", "sources"]].drop_duplicates(key), on=key, how="left").fillna({"lines": "", "sources": ""})
    return with_sources(out.reset_index(drop=True), "Target", target_cells(where))


def calibrated_bounds(indicator: str, baseline: float, base_year: int, year: int, projection: float) -> tuple[float, float] | None:
    """The 80% band the class of a resident-population target is read in: the 10th and 90th
    percentiles of the back-tested errors of its size class and horizon (``error_distribution.csv``)
    added to the trend's pace, compounded from the baseline; ``None`` for other indicators."""
    from analysis.demography import metrics
    from analysis.model.calibration import CALIBRATED

    if indicator not in CALIBRATED or year <= base_year:
        return None
    errors = table("error_distribution")
    horizon = min(year - base_year, int(errors["horizon"].max()))
    cell = errors[(errors["size_class"] == metrics.size_class(baseline)) & (errors["horizon"] == horizon)].iloc[0]
    pace = ((projection / baseline) ** (1 / (year - base_year)) - 1) * 100
    low, high = metrics.CALIBRATED_CENTRAL
    return tuple(baseline * (1 + (pace + float(cell[column])) / 100) ** (year - base_year) for column in (f"q{round(low * 10):03d}", f"q{round(high * 10):03d}"))


def trend_panel(plan_id: str, indicator: str) -> dict[str, pd.DataFrame]:
    """Points, the preferred trend year by year with its 80% band, and the targets."""
    from analysis.model.uncertainty import band

    ambition = table("ambition")
    rows = ambition[(ambition["plan_id"] == plan_id) & (ambition["indicator"] == indicator) & (ambition["class"] != "not assessable") & ambition["projection"].notna()]
    if rows.empty:
        return {}
    preferred = rows.iloc[0]
    points = parse(preferred["series"])  # the points the ambition table used (without the figures the audit rejects)
    last_target = int(rows["year"].max())
    start = int(preferred["base_year"])
    years = list(range(points[-1].year + 1, last_target + 1))
    result = fit(preferred["model"], points, years)

    def bounds(year, projection):
        interval = projection.intervals.get(0.80)
        if interval:
            return interval
        calibrated = calibrated_bounds(indicator, float(preferred["baseline"]), start, year, projection.mean)
        if calibrated is not None:
            return calibrated
        found = band(indicator, preferred["model"], projection.mean, year - start)
        return found[:2] if found else (np.nan, np.nan)

    curve = pd.DataFrame([{"year": y, "projection": p.mean, "low": bounds(y, p)[0], "high": bounds(y, p)[1]} for y, p in result.projections.items()])
    curve = pd.concat([pd.DataFrame([{"year": points[-1].year, "projection": points[-1].value, "low": np.nan, "high": np.nan}]), curve], ignore_index=True)
    return {
        "axis": pd.DataFrame([{"label": f"{name_zh(indicator)}（{unit_zh(indicator)}）"}]),
        "points": pd.DataFrame([{"year": p.year, "value": p.value, "origin": p.origin.split(" ")[0]} for p in points]),
        "curve": curve,
        "targets": rows[["year", "target", "target_text", "qualifier", "class", "kind"]].astype({"target": float}).reset_index(drop=True),
        "model": pd.DataFrame([{"model": preferred["model"], "data": preferred["data"]}]),
    }
