"""The report's figures. Each function takes a view from :mod:`analysis.report.views` and returns
a matplotlib figure; the notebooks show it and save it with :func:`analysis.report.output.save_figure`."""

from __future__ import annotations

import matplotlib.pyplot as plt
import math

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import ListedColormap
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.report.style import CLASS_COLOURS, FIGURE_HEIGHT, FIGURE_WIDTH, OUTCOME_COLOURS, SEVERITY_COLOURS
from analysis.report import words

WIDTH = FIGURE_WIDTH - 0.25  # the figure as drawn: saving with a tight box adds 0.1 in on each side
ROW = 0.165  # inches per row of a heatmap or dot plot with 8 pt labels


def coverage_heatmap(counts: pd.DataFrame) -> plt.Figure:
    """Number of extracted values per indicator (rows) and plan (columns). A list too long for
    one printed page runs on in a second block beside the first, each with the plan names above."""
    blocks = 1 if len(counts) * ROW <= FIGURE_HEIGHT - 1.3 else 2
    per_block = int(np.ceil(len(counts) / blocks))
    header = 0.12 + 0.065 * max(len(str(name)) for name in counts.columns)  # plan names, rotated
    figure, axes = plt.subplots(1, blocks, figsize=(WIDTH, ROW * per_block + header + 0.3), squeeze=False, layout="constrained")
    top = np.nanmax(counts.to_numpy(dtype=float)) if counts.size else 1
    for block, axis in enumerate(axes[0]):
        part = counts.iloc[block * per_block:(block + 1) * per_block]
        sns.heatmap(part.replace(0, np.nan), annot=True, fmt=".0f", cmap="Blues", vmin=0, vmax=top, cbar=False, linewidths=0.5, linecolor="white", ax=axis, annot_kws={"size": 8})
        axis.grid(False)
        axis.set_xlabel("")
        axis.set_ylabel("")
        axis.xaxis.tick_top()  # plan names above the columns, where a long heatmap starts
        axis.tick_params(axis="x", rotation=90, labelsize=8, length=0)
        axis.tick_params(axis="y", labelsize=8, length=0, rotation=0)
        axis.set_yticks(np.arange(len(part)) + 0.5, part.index)
        if len(part) < per_block:
            axis.set_ylim(per_block, 0)  # the same row height in both blocks
    return figure


def required_change(frame: pd.DataFrame) -> plt.Figure:
    """Change per year a plan's final target requires, against its history and its trend."""
    indicators = list(dict.fromkeys(frame["indicator"]))
    rows_per_facet = [int((frame["indicator"] == indicator).sum()) for indicator in indicators]
    heights = [0.35 + ROW * n for n in rows_per_facet]  # each facet as tall as its plans need
    figure, axes = plt.subplots(len(indicators), 1, figsize=(WIDTH, sum(heights) + 0.28 * len(indicators) + 0.4), squeeze=False,
                                gridspec_kw={"height_ratios": heights}, layout="constrained")
    for axis, indicator in zip(axes[:, 0], indicators):
        rows = frame[frame["indicator"] == indicator].sort_values("plan")
        y = np.arange(len(rows))
        axis.scatter(rows["required"], y, color="#c2392b", zorder=3, label="required by the target")
        axis.scatter(rows["historical"], y, marker="|", s=200, color="#333333", zorder=3, label="historical (to the base year)")
        axis.scatter(rows["trend"], y, marker="x", color="#4c9be8", zorder=3, label="trend (to the target year)")
        axis.axvline(0, color="#999999", linewidth=0.8)
        axis.set_yticks(y, rows["plan"])
        axis.set_ylim(-0.7, len(rows) - 0.3)
        axis.set_title(f"{indicator} {rows['name_zh'].iloc[0]} ({rows['unit'].iloc[0]})", loc="left", fontsize=9)
        axis.tick_params(labelsize=8, pad=1)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="outside lower center", ncol=3, fontsize=8, frameon=False)
    return figure


def ambition_heatmap(matrix: pd.DataFrame) -> plt.Figure:
    """Ambition class per indicator (rows) and plan (columns) of the plan's final-horizon target,
    drawn at the printed text width: indicators down the side, plans across the top."""
    classes = list(CLASS_COLOURS)
    cells = matrix.T  # indicators as rows: the long list runs down the page, not across it
    codes = cells.apply(lambda column: column.map(lambda value: classes.index(value) if isinstance(value, str) else np.nan))
    many = cells.shape[1] > 6
    shown = [c for c in classes if c in {value for value in cells.values.ravel() if isinstance(value, str)}]
    legend_rows = int(np.ceil(len(shown) / 2))
    figure, axes = plt.subplots(figsize=(WIDTH, 0.3 * cells.shape[0] + (1.4 if many else 0.6) + 0.22 * legend_rows), layout="constrained")
    sns.heatmap(codes, cmap=ListedColormap([CLASS_COLOURS[c] for c in classes]), vmin=-0.5, vmax=len(classes) - 0.5, cbar=False, linewidths=1, linecolor="white", ax=axes)
    short = {"already met": "met", "below trend": "below", "on trend": "on", "ambitious": "amb.", "very ambitious": "very", "reverses trend": "rev.",
             "matches cohort projection": "= coh.", "above cohort projection": "> coh.", "below cohort projection": "< coh.", "not assessable": "n/a"}
    for (row, column), value in np.ndenumerate(cells.values):
        if isinstance(value, str):
            axes.text(column + 0.5, row + 0.5, short[value], ha="center", va="center", fontsize=8, color="white" if value in ("very ambitious", "reverses trend") else "black")
    axes.set_xlabel("")
    axes.set_ylabel("")
    axes.grid(False)
    axes.xaxis.tick_top()
    axes.tick_params(axis="x", rotation=60 if many else 0, labelsize=8.5, length=0)
    if many:
        plt.setp(axes.get_xticklabels(), ha="left", rotation_mode="anchor")
    else:
        plt.setp(axes.get_xticklabels(), va="baseline")  # on one line: "Luzhou" (no descender) sat lower than "Chongqing"
    axes.tick_params(axis="y", rotation=0, labelsize=8.5, length=0)
    figure.legend(handles=[Patch(color=CLASS_COLOURS[c], label=c) for c in shown], loc="outside lower center", ncol=2, fontsize=8, frameon=False)
    return figure


def trend_panels(panels: dict[tuple[str, str], dict[str, pd.DataFrame]], row_labels: dict[str, str], column_labels: dict[str, str]) -> plt.Figure:
    """Small multiples in a grid, one row per plan and one column per indicator, labelled once at
    the left and at the top (no title per panel): history, trend with its 80% band, and targets
    coloured by class. ``panels`` is keyed by (plan, indicator); an empty panel is left blank."""
    keys = [key for key, panel in panels.items() if panel]
    plans = [plan for plan in row_labels if any(key[0] == plan for key in keys)]
    indicators = [code for code in column_labels if any(key[1] == code for key in keys)]
    legend_rows = 3
    figure, axes = plt.subplots(len(plans), len(indicators), figsize=(WIDTH, 1.3 * len(plans) + 0.35 + 0.2 * legend_rows), squeeze=False, layout="constrained")
    for row, plan in enumerate(plans):
        for column, code in enumerate(indicators):
            axis = axes[row, column]
            panel = panels.get((plan, code))
            if not panel:
                axis.set_visible(False)
                continue
            points, curve, targets = panel["points"], panel["curve"], panel["targets"]
            axis.plot(curve["year"], curve["projection"], color="#4c9be8", linewidth=1.2, linestyle="--")
            if curve["low"].notna().any():
                axis.fill_between(curve["year"], curve["low"], curve["high"], color="#4c9be8", alpha=0.15, linewidth=0)
            for origin, marker in (("plan", "o"), ("derived", "s"), ("reference", "^")):
                subset = points[points["origin"] == origin]
                if len(subset):
                    axis.scatter(subset["year"], subset["value"], marker=marker, color="#333333", s=16, zorder=3)
            for target in targets.to_dict("records"):
                axis.scatter(target["year"], target["target"], marker="D", s=30, color=CLASS_COLOURS[target["class"]], edgecolor="black", linewidth=0.5, zorder=4)
            axis.tick_params(labelsize=8, pad=1)
            axis.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True, steps=[1, 2, 5, 10]))
            axis.yaxis.set_major_locator(MaxNLocator(nbins=4))
            if row == 0 or not any(panels.get((plans[r], code)) for r in range(row)):
                axis.set_title(f"{column_labels[code]} ({panel['axis']['label'].iloc[0]})", fontsize=9, fontweight="bold")
            if column == 0 or not panels.get((plan, indicators[0])):
                axis.set_ylabel(row_labels[plan], fontsize=9, fontweight="bold")
    shown = {target["class"] for key in keys for target in panels[key]["targets"].to_dict("records")}
    handles = [
        plt.Line2D([], [], color="#4c9be8", linestyle="--", label="trend (preferred model)"),
        Patch(color="#4c9be8", alpha=0.15, label="80% band"),
        plt.Line2D([], [], marker="o", color="#333333", linestyle="", label="plan baseline"),
        plt.Line2D([], [], marker="s", color="#333333", linestyle="", label="derived from a stated change"),
        plt.Line2D([], [], marker="^", color="#333333", linestyle="", label="official statistic"),
    ] + [
        plt.Line2D([], [], marker="D", color=colour, markeredgecolor="black", linestyle="", label=f"target: {name}")
        for name, colour in CLASS_COLOURS.items()
        if name in shown
    ]
    figure.legend(handles=handles, loc="outside lower center", ncol=3, fontsize=8, frameon=False)
    return figure


def consistency_bars(counts: pd.DataFrame) -> plt.Figure:
    figure, axes = plt.subplots(figsize=(WIDTH, (0.4 if len(counts) <= 10 else ROW + 0.05) * len(counts) + 1.0), layout="constrained")
    left = np.zeros(len(counts))
    for severity in ("error", "warning", "note"):
        axes.barh(counts.index, counts[severity], left=left, color=SEVERITY_COLOURS[severity], label=severity)
        left += counts[severity].to_numpy()
    axes.set_xlabel("findings", fontsize=9)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.tick_params(labelsize=8.5)
    axes.legend(fontsize=8.5, loc="lower right")
    axes.set_title("Consistency findings by plan and severity", fontsize=10)
    axes.invert_yaxis()
    return figure


def _wrap(text: str, width: int) -> str:
    """Wrap a title at spaces to ``width`` display columns (a CJK character takes two)."""
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}".strip()
        if line and sum(2 if ord(ch) > 0x2E7F else 1 for ch in candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return "\n".join([*lines, line])


def outcomes_chart(frame: pd.DataFrame) -> plt.Figure:
    """Targets dated up to 2020 against the official outcome, one small panel per target: the range
    in which the target counts as met (shaded), the target, the trend projection and the outcome,
    or the official figures either side that bound it. Titles sit on lines of their own above each
    panel."""
    columns = 2
    rows = max(1, int(np.ceil(len(frame) / columns)))
    figure, axes = plt.subplots(rows, columns, figsize=(WIDTH, 0.82 * rows + 0.55), squeeze=False, layout="constrained")
    colours = {"target": "#f4a442", "trend": "#4c9be8", "outcome": "#333333"}
    for axis in axes.flat[len(frame):]:
        axis.set_visible(False)
    for axis, row in zip(axes.flat, frame.to_dict("records")):
        shown = [row[name] for name in ("target", "trend", "outcome", "bound_low", "bound_high") if not pd.isna(row[name])]
        shown += [edge for edge in (row["met_low"], row["met_high"]) if np.isfinite(edge)]
        span = (max(shown) - min(shown)) or abs(row["target"]) * 0.02 or 1.0
        low, high = min(shown) - 0.2 * span, max(shown) + 0.2 * span
        axis.set_xlim(low, high)
        axis.set_ylim(-1, 1)
        axis.axvspan(max(row["met_low"], low), min(row["met_high"], high), color=colours["target"], alpha=0.22, linewidth=0)
        if not pd.isna(row["bound_low"]):
            axis.errorbar([(row["bound_low"] + row["bound_high"]) / 2], [0], xerr=[[(row["bound_high"] - row["bound_low"]) / 2]], fmt="none",
                          ecolor=colours["outcome"], elinewidth=2, capsize=4, zorder=3)
        if not pd.isna(row["trend"]):
            axis.scatter(row["trend"], 0, s=40, color=colours["trend"], zorder=4)
        if not pd.isna(row["outcome"]):
            axis.scatter(row["outcome"], 0, s=40, color=colours["outcome"], zorder=5)
        axis.scatter(row["target"], 0, s=45, marker="D", color=colours["target"], edgecolor="black", linewidth=0.5, zorder=4)
        axis.set_yticks([])
        axis.grid(axis="y", visible=False)
        axis.xaxis.set_major_locator(MaxNLocator(nbins=4))
        axis.tick_params(labelsize=8, pad=1)
        title = _wrap(f"{row['source']} · {row['indicator']}", 44) + f"\n{row['unit']}, {row['year']}: {row['status']}"
        axis.set_title(title, fontsize=8.5, loc="left", fontweight="normal", linespacing=1.15)
    handles = [
        plt.Line2D([], [], marker="D", color=colours["target"], markeredgecolor="black", linestyle="", label="target"),
        Patch(color=colours["target"], alpha=0.22, label="met within (tolerance, floor or ceiling)"),
        plt.Line2D([], [], marker="o", color=colours["trend"], linestyle="", label="trend projection"),
        plt.Line2D([], [], marker="o", color=colours["outcome"], linestyle="", label="official outcome"),
        plt.Line2D([], [], marker="|", markersize=10, color=colours["outcome"], linewidth=2, label="outcome between official figures"),
    ]
    figure.legend(handles=handles, loc="outside lower center", ncol=2, fontsize=8, frameon=False)
    return figure


def targets_against_outcomes(frame: pd.DataFrame) -> plt.Figure:
    """The front page's figure: every target dated up to the census year that has an official
    outcome, one row each, the outcome's distance from the target in % of the target, coloured by
    the verdict; the shaded bar is where the target counts as met, a black bar an outcome known
    only from the official figures either side."""
    rows = frame.assign(
        deviation=100 * (frame["outcome"] - frame["target"]) / frame["target"].abs(),
        low=100 * (frame["bound_low"] - frame["target"]) / frame["target"].abs(),
        high=100 * (frame["bound_high"] - frame["target"]) / frame["target"].abs(),
        met_from=100 * (frame["met_low"] - frame["target"]) / frame["target"].abs(),
        met_to=100 * (frame["met_high"] - frame["target"]) / frame["target"].abs(),
    )
    rows = rows.assign(order=rows["deviation"].fillna((rows["low"] + rows["high"]) / 2)).sort_values("order", ascending=False).reset_index(drop=True)
    shown = np.concatenate([rows[c].dropna().to_numpy() for c in ("deviation", "low", "high")] + [[-5.0, 5.0]])
    left, right = 1.25 * shown.min(), 1.25 * shown.max()
    figure, axes = plt.subplots(figsize=(WIDTH, ROW * 1.25 * len(rows) + 1.3), layout="constrained")
    y = np.arange(len(rows))
    for k, row in rows.iterrows():
        axes.barh(k, min(row["met_to"], right) - max(row["met_from"], left), left=max(row["met_from"], left), height=0.6, color="#dddddd", zorder=1)
        if not pd.isna(row["low"]):
            axes.errorbar([(row["low"] + row["high"]) / 2], [k], xerr=[[(row["high"] - row["low"]) / 2]], fmt="none", ecolor=OUTCOME_COLOURS[row["status"]], elinewidth=2.5, capsize=3, zorder=3)
        else:
            axes.scatter(row["deviation"], k, s=36, color=OUTCOME_COLOURS[row["status"]], edgecolor="black", linewidth=0.4, zorder=3)
    axes.axvline(0, color="#555555", linewidth=0.8, zorder=2)
    axes.set_xscale("symlog", linthresh=5, linscale=1.5)  # a few % and a hundred % on one axis
    axes.set_xlim(left, right)
    axes.xaxis.set_major_formatter(plt.FuncFormatter(lambda value, _: words.minus(f"{value:+g}") if value else "0"))
    axes.set_yticks(y, [f"{source} · {indicator} ({year})" for source, indicator, year in zip(rows["source"], rows["indicator"], rows["year"])])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.tick_params(axis="both", labelsize=8, pad=1)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel("official outcome minus target, % of the target", fontsize=8.5)
    by_colour: dict[str, list[str]] = {}
    for verdict in OUTCOME_COLOURS:
        if verdict in set(rows["status"]):
            by_colour.setdefault(OUTCOME_COLOURS[verdict], []).append(verdict)
    handles = [plt.Line2D([], [], marker="o", color=colour, markeredgecolor="black", markeredgewidth=0.4, linestyle="", label=" / ".join(verdicts))
               for colour, verdicts in by_colour.items()]
    handles.append(Patch(color="#dddddd", label="met within"))
    figure.legend(handles=handles, loc="outside lower center", ncol=min(4, len(handles)), fontsize=8, frameon=False)
    return figure


#: The most plans the fared figure shows in one column at the labels' height within the page; more go in two columns.
FARED_ONE_COLUMN = 40
#: How much narrower the two-column figure is drawn, so that its second column of labels keeps it within the page.
TWO_COLUMN_MARGIN = 0.3


def fared_chart(frame: pd.DataFrame, limit: float) -> plt.Figure:
    """How the plans fared at a glance: one row per plan, each of its targets with an official
    outcome as a small dot at its signed log error ln(target / outcome), the plan's median as one
    large mark, and the naive forecast's errors as open circles; right of zero the plan aimed above
    what happened. Rows run from the plan whose median aimed highest down to the lowest. The axis
    runs from ``-limit`` to ``limit`` (dotted lines); a mark beyond it is drawn past the dotted line
    as a triangle pointing out, and a median beyond it has its value printed beside it (the page
    lists every mark beyond)."""
    order = frame.groupby("plan")["log_error"].median().sort_values(ascending=False)
    # one column of rows while the plans fit the page's height (FIGURE_HEIGHT) at the labels' own height, else two
    # side by side (the first half of the order on the left): rows a quarter wider than the labels need where room allows
    columns = 1 if len(order) <= FARED_ONE_COLUMN else 2
    per_column = math.ceil(len(order) / columns)
    row = max(ROW, min(ROW * 1.25, (FIGURE_HEIGHT - 0.25 - 1.3) / max(per_column, 1)))  # 0.25: as WIDTH
    # two columns of labels run wider than one: the figure is drawn narrower by what they add (TWO_COLUMN_MARGIN)
    width = WIDTH - (TWO_COLUMN_MARGIN if columns == 2 else 0.0)
    figure, panels = plt.subplots(1, columns, figsize=(width, row * per_column + 1.3), layout="constrained", squeeze=False)
    levels = {"nation": "#4c72b0", "province": "#dd8452", "prefecture": "#55a868", "county": "#8172b3"}

    edge = limit * 1.1  # where a mark beyond the axis is drawn: clear of a mark just inside it

    def draw(axes, values, k, beyond_text=False, **style):
        values = np.asarray(values, dtype=float)
        inside = np.abs(values) <= limit
        axes.scatter(values[inside], [k] * int(inside.sum()), **style)
        for v in values[~inside]:
            x = edge if v > 0 else -edge
            axes.scatter([x], [k], **{**style, "marker": ">" if v > 0 else "<"})
            if beyond_text:
                axes.annotate(words.signed(v, 2), (x, k), xytext=(-7 if v > 0 else 7, 0), textcoords="offset points",
                              ha="right" if v > 0 else "left", va="center", fontsize=8, color="#333333")

    for c, axes in enumerate(panels[0]):
        plans = list(order.index[c * per_column:(c + 1) * per_column])
        for k, plan in enumerate(plans):
            rows = frame[frame["plan"] == plan]
            colour = levels.get(rows["level"].iloc[0], "#777777")
            draw(axes, rows["log_error"], k, s=14, color=colour, alpha=0.6, zorder=3)
            draw(axes, rows["naive_log_error"].dropna(), k, s=22, facecolor="none", edgecolor="#333333", linewidth=0.7, zorder=2)
            draw(axes, [order[plan]], k, beyond_text=True, s=70, marker="D", color=colour, edgecolor="black", linewidth=0.5, zorder=4)
        axes.axvline(0, color="#555555", linewidth=0.8, zorder=1)
        for x in (-limit, limit):
            axes.axvline(x, color="#999999", linewidth=0.6, linestyle=":", zorder=1)
        axes.set_xlim(-edge * 1.05, edge * 1.05)
        axes.set_yticks(np.arange(len(plans)), plans)
        axes.set_ylim(per_column - 0.5, -0.5)
        axes.tick_params(axis="both", labelsize=8, pad=1)
        axes.grid(axis="y", visible=False)
        axes.set_xlabel("signed log error ln(target / outcome)", fontsize=8.5)
    handles = [plt.Line2D([], [], marker="D", color=c, markeredgecolor="black", linestyle="", label=f"{level} plan: median")
               for level, c in levels.items() if level in set(frame["level"])]
    handles += [plt.Line2D([], [], marker="o", color="#777777", alpha=0.6, linestyle="", label="one target"),
                plt.Line2D([], [], marker="o", markerfacecolor="none", markeredgecolor="#333333", linestyle="", label="naive forecast")]
    figure.legend(handles=handles, loc="outside lower center", ncol=3, fontsize=8, frameon=False)
    return figure
