import { useT } from './i18n';

const WIDTH = 300;
const HEIGHT = 80;

/** Events per week as a small SVG column chart, with the same numbers as a table for screen readers. */
export function ActivityChart({ weeks }: { weeks: number[] }) {
  const t = useT();
  const max = Math.max(1, ...weeks);
  const step = WIDTH / weeks.length;
  const total = weeks.reduce((a, b) => a + b, 0);
  return (
    <figure className="activity-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('chartSummary', [String(total), String(weeks.length)])}>
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="axis" />
        {weeks.map((n, i) => {
          const h = (n / max) * (HEIGHT - 6);
          return <rect key={i} x={i * step + step * 0.12} y={HEIGHT - h - 1} width={step * 0.76} height={h} rx={1.5} className="column" />;
        })}
      </svg>
      <figcaption className="help">{t('chartCaption', [String(weeks.length)])}</figcaption>
      <table className="visually-hidden">
        <caption>{t('chartCaption', [String(weeks.length)])}</caption>
        <tbody>
          {weeks.map((n, i) => (
            <tr key={i}><th scope="row">{t('weeksAgo', [String(weeks.length - 1 - i)])}</th><td>{n}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
