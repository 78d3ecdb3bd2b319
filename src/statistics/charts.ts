// Charts as SVG text, drawn on the server by Apache ECharts (renderer "svg", ssr: true): the
// report embeds them inline, so it needs no script and no network, prints as vector graphics,
// and /stats turns the same SVG into a PNG (resvg) for Telegram. Hidden counts (null) are left
// out of a chart, never drawn as zero.
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

export interface Series {
  name: string;
  data: (number | null)[];
}

export interface BarChart {
  title?: string;
  categories: string[];
  series: Series[];
  stacked?: boolean;
  /** Bars grow to the right, categories read top to bottom (long names: regions, questions). */
  horizontal?: boolean;
  /** Shown in the middle when there is nothing to draw. */
  emptyText: string;
  width?: number;
  height?: number;
}

const FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
/** Colour-blind-safe (Okabe–Ito), distinct in greyscale print too. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export function barChartSvg(chart: BarChart): string {
  const width = chart.width ?? 760;
  const height = chart.height ?? (chart.horizontal ? Math.max(220, 60 + chart.categories.length * 26) : 320);
  const hasData = chart.series.some((series) => series.data.some((value) => value !== null && value > 0));
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  const categoryAxis = {
    type: "category" as const,
    data: chart.categories,
    inverse: chart.horizontal === true,
    axisLabel: chart.horizontal
      ? { width: 260, overflow: "truncate" as const, interval: 0 }
      : { width: 110, overflow: "break" as const, interval: 0, hideOverlap: true },
  };
  const valueAxis = { type: "value" as const, minInterval: 1 };
  instance.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    backgroundColor: "#ffffff",
    title: chart.title ? { text: chart.title, left: "center", textStyle: { fontSize: 15 } } : undefined,
    // Above the plot: a legend that wraps onto several lines must not cover the axis labels.
    legend: chart.series.length > 1 ? { top: chart.title ? 34 : 0, type: "plain" } : undefined,
    grid: {
      left: chart.horizontal ? 270 : 50,
      right: 30,
      top: (chart.title ? 45 : 15) + legendRows(chart.series) * 24,
      bottom: 35,
    },
    xAxis: chart.horizontal ? valueAxis : categoryAxis,
    yAxis: chart.horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((series) => ({
      type: "bar",
      name: series.name,
      data: series.data.map((value) => (value === null ? "-" : value)),
      stack: chart.stacked ? "all" : undefined,
      label: chart.stacked
        ? undefined
        : { show: true, position: chart.horizontal ? "right" : "top", fontSize: 10 },
    })),
    graphic: hasData
      ? undefined
      : [
          {
            type: "text",
            left: "center",
            top: "middle",
            style: { text: chart.emptyText, fontSize: 14, fill: "#666" },
          },
        ],
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return svg;
}

/** Lines the legend may wrap onto (ECharts places it; room is left for two items a line). */
function legendRows(series: readonly Series[]): number {
  return series.length < 2 ? 0 : Math.ceil(series.length / 2);
}

/** The SVG as a PNG, at `scale` times its size; fonts come from the system (DejaVu on Debian). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const rendered = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  return Buffer.from(rendered.asPng());
}
