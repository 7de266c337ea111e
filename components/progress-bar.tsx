interface ProgressBarProps {
  label: string;
  done: number;
  total: number;
}

/** A determinate bar with its label, announced politely to screen readers. */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress" role="status" aria-live="polite">
      <span>{label}</span>
      <progress max={100} value={percent} aria-label={label} />
      <span className="percent">{percent}%</span>
    </div>
  );
}
