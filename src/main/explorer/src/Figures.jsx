import { useEffect, useRef, useState } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Quotes } from './Evidence.jsx';
import { KIND, amount, growth } from './format.js';
import { href } from './router.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const COLOUR = { ACTUAL: '#2e86ab', TARGET: '#f4a259' };
const GROWTH = 'growth';

/** The figures about a node: a table (value, unit, period, growth, actual or target, quote) and a chart. */
export function Figures({ edges }) {
  const figures = edges.map((e) => ({ ...e.node, evidence: e.node.evidence?.length ? e.node.evidence : e.evidence }));
  return (
    <section class="figures">
      <h2>Figures 指标 <small>{figures.length}</small></h2>
      <FigureChart figures={figures} />
      <div class="scroll">
        <table>
          <thead>
            <tr><th>metric 指标</th><th>value 数值</th><th>period 时期</th><th>growth 增长</th><th>kind</th><th>evidence 出处</th></tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr data-id={f.id}>
                <td><a href={href('Indicator', f.id)}>{f.metric}</a></td>
                <td class="num">{amount(f.value, f.unit, f.qualifier)}</td>
                <td>{f.period}</td>
                <td class="num">{growth(f.growth)}</td>
                <td><span class={`kind ${f.kind}`}>{KIND[f.kind]} {f.kind}</span></td>
                <td><Quotes list={f.evidence} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What the chart can show: the values of one unit (the most common unit first), or growth in percent. */
function series(figures) {
  const units = new Map();
  for (const f of figures) {
    if (f.value != null && f.unit) units.set(f.unit, (units.get(f.unit) ?? 0) + 1);
  }
  const options = [...units.entries()].sort((a, b) => b[1] - a[1]).map(([unit]) => unit);
  if (figures.some((f) => f.growth != null)) options.push(GROWTH);
  return options;
}

function FigureChart({ figures }) {
  const options = series(figures);
  const [choice, setChoice] = useState(options[0]);
  const canvas = useRef(null);
  const selected = options.includes(choice) ? choice : options[0];

  useEffect(() => {
    if (!selected || !canvas.current) return undefined;
    const rows = figures.filter((f) => (selected === GROWTH ? f.growth != null : f.unit === selected && f.value != null));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((f) => [f.metric.length > 14 ? `${f.metric.slice(0, 13)}…` : f.metric, f.period ?? '']),
        datasets: ['ACTUAL', 'TARGET'].filter((k) => rows.some((f) => f.kind === k)).map((k) => ({
          label: `${KIND[k]} ${k}`,
          backgroundColor: COLOUR[k],
          data: rows.map((f) => (f.kind === k ? (selected === GROWTH ? f.growth : f.value) : null)),
          skipNull: true,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: {
          x: { stacked: true, ticks: { autoSkip: false, maxRotation: 60, font: { size: 11 } } },
          y: { stacked: true, title: { display: true, text: selected === GROWTH ? 'growth 增长 %' : `value 数值 (${selected})` } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [figures, selected]);

  if (!options.length) return null;
  return (
    <div class="chart">
      <label>
        chart 图表{' '}
        <select value={selected} onChange={(e) => setChoice(e.currentTarget.value)}>
          {options.map((o) => <option value={o}>{o === GROWTH ? 'growth 增长 %' : `value 数值 (${o})`}</option>)}
        </select>
      </label>
      <div class="chart-box"><canvas ref={canvas} aria-label="figures chart" /></div>
    </div>
  );
}
