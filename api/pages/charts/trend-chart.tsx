/** An agent's daily mean score as an inline SVG line chart (y: 0–100, x: dates). */

export interface TrendChartProps {
  points: { date: string; meanScore: number; scoredCalls: number }[];
  width?: number;
  height?: number;
  emptyLabel: string;
}

const PAD = { left: 36, right: 12, top: 10, bottom: 24 };

export function TrendChart({ points, width = 540, height = 200, emptyLabel }: TrendChartProps) {
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const y = (score: number) => PAD.top + innerH * (1 - score / 100);
  const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const first = points.length ? dayMs(points[0].date) : 0;
  const span = points.length > 1 ? dayMs(points[points.length - 1].date) - first : 1;
  // A single day sits in the middle rather than on the axis.
  const x = (d: string) => PAD.left + (points.length > 1 ? (innerW * (dayMs(d) - first)) / span : innerW / 2);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.meanScore).toFixed(1)}`).join(' ');
  return (
    <svg class="trend-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="score trend">
      {[0, 25, 50, 75, 100].map((g) => (
        <g>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(g)} y2={y(g)} stroke="#e4e7eb" stroke-width="1" />
          <text x={PAD.left - 6} y={y(g) + 4} font-size="10" text-anchor="end" fill="#616e7c">{g}</text>
        </g>
      ))}
      {points.length === 0 && (
        <text x={width / 2} y={height / 2} text-anchor="middle" fill="#9aa5b1" font-size="12">{emptyLabel}</text>
      )}
      {points.length > 1 && <path d={path} fill="none" stroke="#1c64f2" stroke-width="2" />}
      {points.map((p) => (
        <circle cx={x(p.date)} cy={y(p.meanScore)} r="3.5" fill="#1c64f2">
          <title>{`${p.date}: ${p.meanScore.toFixed(1)} (${p.scoredCalls})`}</title>
        </circle>
      ))}
      {points.length > 0 && (
        <g font-size="10" fill="#616e7c">
          <text x={x(points[0].date)} y={height - 6} text-anchor={points.length > 1 ? 'start' : 'middle'}>{points[0].date}</text>
          {points.length > 1 && <text x={x(points[points.length - 1].date)} y={height - 6} text-anchor="end">{points[points.length - 1].date}</text>}
        </g>
      )}
    </svg>
  );
}
