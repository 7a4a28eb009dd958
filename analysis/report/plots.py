"""The report's figures. Each function takes a view from :mod:`analysis.report.views` and returns
a matplotlib figure; the notebooks show it and save it with :func:`analysis.report.output.save_figure`."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import ListedColormap
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.report.style import CLASS_COLOURS, SEVERITY_COLOURS


def coverage_heatmap(counts: pd.DataFrame) -> plt.Figure:
    """Number of extracted values per indicator (rows) and plan (columns)."""
    many = counts.shape[1] > 8
    width = max(7.5, 2.2 + 0.3 * counts.shape[1])
    figure, axes = plt.subplots(figsize=(width, 0.26 * len(counts) + (2.0 if many else 1.2)))
    sns.heatmap(counts.replace(0, np.nan), annot=True, fmt=".0f", cmap="Blues", cbar=False, linewidths=0.5, linecolor="white", ax=axes, annot_kws={"size": 7 if many else 8})
    axes.grid(False)
    axes.set_xlabel("")
    axes.set_ylabel("")
    axes.xaxis.tick_top()  # plan names above the columns, where a long heatmap starts
    axes.tick_params(axis="x", rotation=60 if many else 0, labelsize=8 if many else 9, length=0)
    if many:
        plt.setp(axes.get_xticklabels(), ha="left", rotation_mode="anchor")
    axes.tick_params(axis="y", labelsize=8, length=0)
    axes.set_title("Values extracted per indicator and plan", pad=12)
    return figure


def required_change(frame: pd.DataFrame) -> plt.Figure:
    """Change per year a plan's final target requires, against its history and its trend."""
    indicators = list(dict.fromkeys(frame["indicator"]))
    rows_per_facet = [int((frame["indicator"] == indicator).sum()) for indicator in indicators]
    heights = [0.45 + 0.2 * n for n in rows_per_facet]  # each facet as tall as its plans need
    figure, axes = plt.subplots(len(indicators), 1, figsize=(7.5, sum(heights) + 0.4 * len(indicators) + 0.6), squeeze=False, gridspec_kw={"height_ratios": heights})
    for axis, indicator in zip(axes[:, 0], indicators):
        rows = frame[frame["indicator"] == indicator].sort_values("plan")
        y = np.arange(len(rows))
        axis.scatter(rows["required"], y, color="#c2392b", zorder=3, label="required by the target")
        axis.scatter(rows["historical"], y, marker="|", s=200, color="#333333", zorder=3, label="historical (to the base year)")
        axis.scatter(rows["trend"], y, marker="x", color="#4c9be8", zorder=3, label="trend (to the target year)")
        axis.axvline(0, color="#999999", linewidth=0.8)
        axis.set_yticks(y, rows["plan"])
        axis.set_ylim(-0.7, len(rows) - 0.3)
        axis.set_title(f"{indicator} {rows['name_zh'].iloc[0]} ({rows['unit'].iloc[0]})", loc="left", fontsize=10)
        axis.tick_params(labelsize=8)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=3, fontsize=7, frameon=False)
    figure.tight_layout(rect=(0, 0.03, 1, 1))
    return figure


def ambition_heatmap(matrix: pd.DataFrame) -> plt.Figure:
    """Ambition class per plan and indicator (the plan's final-horizon target)."""
    classes = list(CLASS_COLOURS)
    codes = matrix.apply(lambda column: column.map(lambda value: classes.index(value) if isinstance(value, str) else np.nan))
    figure, axes = plt.subplots(figsize=(max(7.5, 0.55 * matrix.shape[1] + 3), (0.5 if matrix.shape[0] <= 10 else 0.3) * matrix.shape[0] + 1.8))
    sns.heatmap(codes, cmap=ListedColormap([CLASS_COLOURS[c] for c in classes]), vmin=-0.5, vmax=len(classes) - 0.5, cbar=False, linewidths=1, linecolor="white", ax=axes)
    for (row, column), value in np.ndenumerate(matrix.values):
        if isinstance(value, str):
            short = {"already met": "met", "below trend": "below", "on trend": "on", "ambitious": "amb.", "very ambitious": "very", "reverses trend": "rev.",
                     "matches cohort projection": "= coh.", "above cohort projection": "> coh.", "below cohort projection": "< coh.", "not assessable": "n/a"}[value]
            axes.text(column + 0.5, row + 0.5, short, ha="center", va="center", fontsize=7, color="white" if value in ("very ambitious", "reverses trend") else "black")
    axes.set_xlabel("")
    axes.set_ylabel("")
    axes.grid(False)
    axes.tick_params(axis="x", rotation=60, labelsize=8)
    plt.setp(axes.get_xticklabels(), ha="right")
    shown = {value for value in matrix.values.ravel() if isinstance(value, str)}
    axes.legend(handles=[Patch(color=CLASS_COLOURS[c], label=c) for c in classes if c in shown], loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=1, fontsize=7, frameon=False)
    axes.set_title("Each plan's final-horizon target against its trend (age structure: against the cohort projection)")
    return figure


def trend_panels(panels: dict[tuple[str, str], dict[str, pd.DataFrame]], titles: dict[tuple[str, str], str]) -> plt.Figure:
    """Small multiples: history, trend with its 80% interval, and targets coloured by class."""
    keys = [key for key, panel in panels.items() if panel]
    columns = 2 if len(keys) <= 12 else (3 if len(keys) <= 30 else 4)  # facets wrap as the corpus grows
    rows = max(1, int(np.ceil(len(keys) / columns)))
    width = 7.5 if columns <= 3 else 9.5
    figure, axes = plt.subplots(rows, columns, figsize=(width, (2.3 if columns == 2 else 2.0) * rows + 0.6), squeeze=False)
    for axis in axes.flat[len(keys):]:
        axis.set_visible(False)
    for axis, key in zip(axes.flat, keys):
        panel = panels[key]
        points, curve, targets = panel["points"], panel["curve"], panel["targets"]
        axis.plot(curve["year"], curve["projection"], color="#4c9be8", linewidth=1.2, linestyle="--", label="trend")
        if curve["low"].notna().any():
            axis.fill_between(curve["year"], curve["low"], curve["high"], color="#4c9be8", alpha=0.15, linewidth=0, label="80% band")
        for origin, marker in (("plan", "o"), ("derived", "s"), ("reference", "^")):
            subset = points[points["origin"] == origin]
            if len(subset):
                axis.scatter(subset["year"], subset["value"], marker=marker, color="#333333", s=18, zorder=3, label=f"{origin} point")
        for target in targets.to_dict("records"):
            axis.scatter(target["year"], target["target"], marker="D", s=30, color=CLASS_COLOURS[target["class"]], edgecolor="black", linewidth=0.5, zorder=4)
        axis.set_title(titles[key], fontsize=9 if columns == 2 else 7.5, loc="left")
        axis.set_ylabel(panel["axis"]["label"].iloc[0], fontsize=7)
        axis.tick_params(labelsize=7 if columns == 2 else 6)
        axis.xaxis.set_major_locator(MaxNLocator(nbins=6 if columns == 2 else 4, integer=True, steps=[1, 2, 5, 10]))
    shown = {target["class"] for key in keys for target in panels[key]["targets"].to_dict("records")}
    handles = [
        plt.Line2D([], [], color="#4c9be8", linestyle="--", label="trend (preferred model)"),
        Patch(color="#4c9be8", alpha=0.15, label="80% band (prediction interval or empirical)"),
        plt.Line2D([], [], marker="o", color="#333333", linestyle="", label="plan baseline"),
        plt.Line2D([], [], marker="s", color="#333333", linestyle="", label="derived from a stated change"),
        plt.Line2D([], [], marker="^", color="#333333", linestyle="", label="official statistic"),
    ] + [
        plt.Line2D([], [], marker="D", color=colour, markeredgecolor="black", linestyle="", label=f"target: {name}")
        for name, colour in CLASS_COLOURS.items()
        if name in shown
    ]
    figure.legend(handles=handles, loc="lower center", ncol=3, fontsize=7, frameon=False, bbox_to_anchor=(0.5, 0.0))
    figure.tight_layout(rect=(0, min(0.08, 0.9 / figure.get_figheight()), 1, 1))
    return figure


def consistency_bars(counts: pd.DataFrame) -> plt.Figure:
    figure, axes = plt.subplots(figsize=(7, (0.45 if len(counts) <= 10 else 0.28) * len(counts) + 1.2))
    left = np.zeros(len(counts))
    for severity in ("error", "warning", "note"):
        axes.barh(counts.index, counts[severity], left=left, color=SEVERITY_COLOURS[severity], label=severity)
        left += counts[severity].to_numpy()
    axes.set_xlabel("findings")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.legend(fontsize=8, loc="lower right")
    axes.set_title("Consistency findings by plan and severity")
    axes.invert_yaxis()
    return figure


def outcomes_chart(frame: pd.DataFrame) -> plt.Figure:
    """Targets dated up to 2020 against the census: target, trend projection and outcome."""
    columns = 1 if len(frame) <= 12 else 2  # facets wrap as the corpus grows
    rows = max(1, int(np.ceil(len(frame) / columns)))
    figure, axes = plt.subplots(rows, columns, figsize=(7.5, 0.75 * rows + 0.8), squeeze=False)
    colours = {"target": "#f4a442", "trend": "#4c9be8", "outcome": "#333333"}
    for axis in axes.flat[len(frame):]:
        axis.set_visible(False)
    for axis, row in zip(axes.flat, frame.to_dict("records")):
        values = {name: row[name] for name in ("target", "trend", "outcome") if not pd.isna(row[name])}
        span = (max(values.values()) - min(values.values())) or abs(row["outcome"]) * 0.01
        axis.hlines(0, min(values.values()) - span * 0.3, max(values.values()) + span * 0.3, color="#dddddd")
        for name, value in values.items():
            axis.scatter(value, 0, s=55, color=colours[name], zorder=3, label=name, marker="D" if name == "target" else "o")
        axis.set_yticks([])
        axis.set_title(f"{row['label']}, {row['unit']} ({row['year']}): {row['status']}", fontsize=8, loc="left")
        axis.tick_params(labelsize=7)
    handles = [plt.Line2D([], [], marker="D" if name == "target" else "o", color=colour, linestyle="", label=name) for name, colour in colours.items()]
    figure.legend(handles=handles, loc="lower center", ncol=3, fontsize=7, frameon=False)
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    return figure
