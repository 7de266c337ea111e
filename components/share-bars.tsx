interface ShareBarsProps {
  label: string;
  items: { id: string; label: string; share: number }[];
}

/** Horizontal bars as a labelled list: the numbers are text, so screen readers get the same picture. */
export function ShareBars({ label, items }: ShareBarsProps) {
  return (
    <ul className="share-bars" aria-label={label}>
      {items.map((item) => {
        const percent = Math.round(item.share * 100);
        return (
          <li key={item.id}>
            <span className="bar-label">{item.label}</span>
            <span className="bar-track" aria-hidden="true"><span className="bar-fill" style={{ width: `${Math.max(percent, 2)}%` }} /></span>
            <span className="bar-value">{percent}%</span>
          </li>
        );
      })}
    </ul>
  );
}
