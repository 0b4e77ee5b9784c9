/**
 * Charts for printed reports, drawn as SVG strings in the core: vector graphics in the PDF at any zoom, and no DOM
 * or React needed (the core renders reports in plain Node). Labels are escaped; text uses the page's font, so
 * Chinese labels print in the bundled CJK font.
 */
import { escapeHtml, trusted, type SafeHtml } from './html';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartOptions {
  /** Read by screen readers and shown nowhere else. */
  readonly title: string;
  /** How an axis tick and a value are written (amounts in yuan, counts). */
  readonly format?: (value: number) => string;
  readonly height?: number;
}

const WIDTH = 680;
const PALETTE = ['#1f4e79', '#e07b39', '#4f9a6b', '#8c5fb0', '#c0504d', '#7f8c8d'];
const PAD = { top: 16, right: 30, bottom: 34, left: 64 } as const;

const esc = (text: string) => escapeHtml(text);
const num = (n: number) => (Math.round(n * 10) / 10).toString();

/** A round axis maximum and step: 0, 2 000, 4 000 … rather than 0, 1 837, 3 674. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.2 };
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return { max: Math.ceil(max / step) * step, step };
}

function frame(options: ChartOptions, inner: string, legend: readonly string[]): SafeHtml {
  const height = options.height ?? 240;
  const legendRow =
    legend.length > 1
      ? legend
          .map(
            (name, i) =>
              `<g transform="translate(${PAD.left + i * 110},${height - 8})"><rect width="10" height="10" y="-9" fill="${PALETTE[i % PALETTE.length]}"/><text x="14" font-size="10">${esc(name)}</text></g>`,
          )
          .join('')
      : '';
  return trusted(
    `<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" font-family="inherit" font-size="10" fill="#333"><title>${esc(options.title)}</title>${inner}${legendRow}</svg></div>`,
  );
}

interface Plot {
  readonly x0: number;
  readonly y0: number;
  readonly w: number;
  readonly h: number;
  readonly max: number;
  readonly y: (v: number) => number;
}

function plotArea(options: ChartOptions, max: number, legend: boolean): Plot {
  const height = options.height ?? 240;
  const scale = niceScale(max);
  const x0 = PAD.left;
  const y0 = PAD.top;
  const w = WIDTH - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom - (legend ? 14 : 0);
  return { x0, y0, w, h, max: scale.max, y: (v) => y0 + h - (Math.max(0, v) / scale.max) * h };
}

function yAxis(plot: Plot, format: (n: number) => string): string {
  const { step } = niceScale(plot.max);
  let out = '';
  for (let v = 0; v <= plot.max + step / 2; v += step) {
    const y = num(plot.y(v));
    out += `<line x1="${plot.x0}" x2="${plot.x0 + plot.w}" y1="${y}" y2="${y}" stroke="#dde3ea" stroke-width="0.6"/>`;
    out += `<text x="${plot.x0 - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${esc(format(v))}</text>`;
  }
  return out;
}

function xLabels(plot: Plot, labels: readonly string[]): string {
  const band = plot.w / Math.max(1, labels.length);
  // Long category names are shortened so neighbours never overlap; the table beside the chart has them whole.
  const chars = Math.max(2, Math.floor(band / 9));
  return labels
    .map((label, i) => {
      const text = [...label].length > chars ? [...label].slice(0, chars - 1).join('') + '…' : label;
      return `<text x="${num(plot.x0 + band * (i + 0.5))}" y="${plot.y0 + plot.h + 14}" text-anchor="middle">${esc(text)}</text>`;
    })
    .join('');
}

const defaultFormat = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Bars side by side per label, one colour per series (purchases per month, a bar per year). */
export function groupedBarChart(
  labels: readonly string[],
  series: readonly ChartSeries[],
  options: ChartOptions,
): SafeHtml {
  const format = options.format ?? defaultFormat;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const plot = plotArea(options, max, series.length > 1);
  const band = plot.w / Math.max(1, labels.length);
  const barW = (band * 0.75) / Math.max(1, series.length);
  let bars = '';
  series.forEach((s, si) => {
    labels.forEach((_, i) => {
      const v = s.values[i] ?? 0;
      if (v <= 0) return;
      const x = plot.x0 + band * i + band * 0.125 + barW * si;
      const y = plot.y(v);
      bars += `<rect x="${num(x)}" y="${num(y)}" width="${num(barW)}" height="${num(plot.y0 + plot.h - y)}" fill="${PALETTE[si % PALETTE.length]}"/>`;
    });
  });
  const axis = `<line x1="${plot.x0}" x2="${plot.x0 + plot.w}" y1="${plot.y0 + plot.h}" y2="${plot.y0 + plot.h}" stroke="#666" stroke-width="0.8"/>`;
  return frame(
    options,
    yAxis(plot, format) + bars + axis + xLabels(plot, labels),
    series.map((s) => s.name),
  );
}

/** One bar per label. */
export function barChart(labels: readonly string[], values: readonly number[], options: ChartOptions): SafeHtml {
  return groupedBarChart(labels, [{ name: options.title, values }], options);
}

/** One line per series over the labels (satisfaction by month, counts over time). */
export function lineChart(labels: readonly string[], series: readonly ChartSeries[], options: ChartOptions): SafeHtml {
  const format = options.format ?? defaultFormat;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const plot = plotArea(options, max, series.length > 1);
  const band = plot.w / Math.max(1, labels.length);
  const x = (i: number) => num(plot.x0 + band * (i + 0.5));
  const lines = series
    .map((s, si) => {
      const colour = PALETTE[si % PALETTE.length];
      const points = s.values.map((v, i) => `${x(i)},${num(plot.y(v))}`).join(' ');
      const dots = s.values.map((v, i) => `<circle cx="${x(i)}" cy="${num(plot.y(v))}" r="2.2" fill="${colour}"/>`);
      return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="1.6"/>${dots.join('')}`;
    })
    .join('');
  const axis = `<line x1="${plot.x0}" x2="${plot.x0 + plot.w}" y1="${plot.y0 + plot.h}" y2="${plot.y0 + plot.h}" stroke="#666" stroke-width="0.8"/>`;
  return frame(
    options,
    yAxis(plot, format) + axis + lines + xLabels(plot, labels),
    series.map((s) => s.name),
  );
}

/**
 * Pareto chart: bars in the order given (largest first, as an ABC table lists them) and the cumulative share as a
 * line on a 0–100 % axis at the right.
 */
export function paretoChart(labels: readonly string[], values: readonly number[], options: ChartOptions): SafeHtml {
  const format = options.format ?? defaultFormat;
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  const max = Math.max(0, ...values);
  const plot = plotArea(options, max, false);
  const band = plot.w / Math.max(1, labels.length);
  let bars = '';
  values.forEach((v, i) => {
    if (v <= 0) return;
    const y = plot.y(v);
    bars += `<rect x="${num(plot.x0 + band * i + band * 0.15)}" y="${num(y)}" width="${num(band * 0.7)}" height="${num(plot.y0 + plot.h - y)}" fill="${PALETTE[0]}"/>`;
  });
  let running = 0;
  const share = values.map((v) => {
    running += Math.max(0, v);
    return total > 0 ? running / total : 0;
  });
  const yShare = (s: number) => plot.y0 + plot.h - s * plot.h;
  const points = share.map((s, i) => `${num(plot.x0 + band * (i + 0.5))},${num(yShare(s))}`).join(' ');
  const dots = share.map(
    (s, i) => `<circle cx="${num(plot.x0 + band * (i + 0.5))}" cy="${num(yShare(s))}" r="2.2" fill="${PALETTE[1]}"/>`,
  );
  let right = '';
  for (let p = 0; p <= 100; p += 25) {
    right += `<text x="${plot.x0 + plot.w + 4}" y="${num(yShare(p / 100))}" dominant-baseline="middle" font-size="9">${p}%</text>`;
  }
  const axis = `<line x1="${plot.x0}" x2="${plot.x0 + plot.w}" y1="${plot.y0 + plot.h}" y2="${plot.y0 + plot.h}" stroke="#666" stroke-width="0.8"/>`;
  const line = `<polyline points="${points}" fill="none" stroke="${PALETTE[1]}" stroke-width="1.6"/>${dots.join('')}`;
  return frame(options, yAxis(plot, format) + bars + axis + line + right + xLabels(plot, labels), []);
}
