/**
 * Sentiment over the call as an inline SVG: one line per speaker (−1..1 against call time).
 * Each point is a button-like circle that seeks the audio to that turn.
 */

export interface SentimentCurveProps {
  points: { atS: number; speaker: 'agent' | 'customer'; score: number; label: string }[];
  durationS: number;
  labels: { agent: string; customer: string };
  width?: number;
  height?: number;
}

const PAD = { left: 34, right: 12, top: 10, bottom: 22 };
const COLORS = { agent: '#1c64f2', customer: '#e02424' };

export function SentimentCurve({ points, durationS, labels, width = 540, height = 180 }: SentimentCurveProps) {
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const total = Math.max(durationS, ...points.map((p) => p.atS), 1);
  const x = (s: number) => PAD.left + (innerW * s) / total;
  const y = (v: number) => PAD.top + (innerH * (1 - v)) / 2;
  const line = (speaker: 'agent' | 'customer') =>
    points.filter((p) => p.speaker === speaker).map((p, i) => `${i ? 'L' : 'M'}${x(p.atS).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <svg class="sentiment-curve" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="sentiment">
      {[-1, 0, 1].map((g) => (
        <g>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(g)} y2={y(g)} stroke={g === 0 ? '#bcccdc' : '#e4e7eb'} stroke-dasharray={g === 0 ? '4 3' : undefined} />
          <text x={PAD.left - 6} y={y(g) + 4} font-size="10" text-anchor="end" fill="#616e7c">{g > 0 ? '+1' : String(g)}</text>
        </g>
      ))}
      {(['agent', 'customer'] as const).map((sp) => (
        <g>
          <path d={line(sp)} fill="none" stroke={COLORS[sp]} stroke-width="2" />
          {points.filter((p) => p.speaker === sp).map((p) => (
            <circle cx={x(p.atS)} cy={y(p.score)} r="4" fill={COLORS[sp]} data-seek={p.atS.toFixed(2)} class="seekable">
              <title>{`${labels[sp]} ${p.atS.toFixed(1)} s: ${p.label} ${p.score.toFixed(2)}`}</title>
            </circle>
          ))}
        </g>
      ))}
      <g font-size="10" fill="#616e7c">
        <text x={PAD.left} y={height - 6}>0:00</text>
        <text x={width - PAD.right} y={height - 6} text-anchor="end">{`${Math.floor(total / 60)}:${String(Math.floor(total % 60)).padStart(2, '0')}`}</text>
        <text x={PAD.left + 50} y={height - 6} fill={COLORS.agent}>— {labels.agent}</text>
        <text x={PAD.left + 130} y={height - 6} fill={COLORS.customer}>— {labels.customer}</text>
      </g>
    </svg>
  );
}
