// The speaker page's timeline: an inline SVG bar chart of quotations per month (per year when the months
// would be too many to read), drawn from the API's timeline with an accessible title and description.
import { svg, shortMonth, plural } from './dom.js';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 12, bottom: 40, left: 36 };
const MAX_MONTH_BARS = 48;

/** Months from first to last with zero-count gaps filled: [{period: "2018-07", count}]. */
function monthlySeries(timeline) {
  const counts = new Map();
  for (const { period, count } of timeline) {
    const m = /^(\d{4})-(\d{2})/.exec(period || '');
    if (m) counts.set(`${m[1]}-${m[2]}`, (counts.get(`${m[1]}-${m[2]}`) || 0) + count);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  let [year, month] = keys[0].split('-').map(Number);
  const [lastYear, lastMonth] = keys[keys.length - 1].split('-').map(Number);
  const series = [];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    series.push({ period, label: shortMonth(period), count: counts.get(period) || 0 });
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return series;
}

/** Years from first to last, gaps filled. */
function yearlySeries(timeline) {
  const counts = new Map();
  for (const { period, count } of timeline) {
    const y = Number(/^(\d{4})/.exec(period || '')?.[1]);
    if (y) counts.set(y, (counts.get(y) || 0) + count);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const series = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    series.push({ period: String(y), label: String(y), count: counts.get(y) || 0 });
  }
  return series;
}

/** The chart element for a speaker's timeline. */
export function timelineChart(speaker, timeline) {
  let series = monthlySeries(timeline);
  let unit = 'month';
  if (series.length > MAX_MONTH_BARS) {
    series = yearlySeries(timeline);
    unit = 'year';
  }
  const total = series.reduce((sum, p) => sum + p.count, 0);
  const busiest = series.reduce((best, p) => (p.count > (best?.count ?? -1) ? p : best), null);
  const titleId = `chart-title-${Math.random().toString(36).slice(2)}`;
  const descId = `${titleId}-desc`;
  const chart = svg('svg', {
    class: 'timeline', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMidYMid meet',
  },
  svg('title', { id: titleId }, `Quotations by ${speaker} per ${unit}`),
  svg('desc', { id: descId }, series.length
    ? `${plural(total, 'quotation')} from ${series[0].label} to ${series[series.length - 1].label}; most in ${busiest.label} (${busiest.count}).`
    : 'No dated quotations.'));
  if (!series.length) return chart;

  const max = Math.max(1, ...series.map((p) => p.count));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / series.length;
  const barW = Math.max(1, Math.min(48, slot * 0.72));
  const y = (count) => PAD.top + plotH - (count / max) * plotH;

  // Horizontal grid lines and count labels at 0, half and max.
  const ticks = max >= 2 ? [0, Math.round(max / 2), max] : [0, max];
  for (const t of [...new Set(ticks)]) {
    chart.append(
      svg('line', { class: 'grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(t), y2: y(t) }),
      svg('text', { class: 'axis-label y-label', x: PAD.left - 6, y: y(t), 'text-anchor': 'end' }, String(t)));
  }
  const bars = svg('g', { class: 'bars' });
  series.forEach((p, i) => {
    const x = PAD.left + i * slot + (slot - barW) / 2;
    const h = Math.max(p.count ? 1.5 : 0, PAD.top + plotH - y(p.count));
    bars.append(svg('rect', {
      class: p.count ? 'bar' : 'bar is-empty', x: x.toFixed(2), y: (PAD.top + plotH - h).toFixed(2),
      width: barW.toFixed(2), height: h.toFixed(2), 'data-period': p.period, 'data-count': p.count,
    }, svg('title', {}, `${p.label}: ${plural(p.count, 'quotation')}`)));
  });
  chart.append(bars);
  chart.append(svg('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }));

  // Label at most ~8 periods along the bottom so labels never overlap.
  const every = Math.max(1, Math.ceil(series.length / 8));
  series.forEach((p, i) => {
    if (i % every !== 0 && i !== series.length - 1) return;
    if (i === series.length - 1 && i % every !== 0 && series.length - 1 - (i - (i % every)) < every / 2) return;
    chart.append(svg('text', {
      class: 'axis-label x-label', x: (PAD.left + i * slot + slot / 2).toFixed(2), y: y(0) + 6, 'text-anchor': 'middle',
    }, p.label));
  });
  return chart;
}
