import { type ReactNode, useState } from 'react';

/**
 * A part folded under a summary line, built only once opened: a year of weekly cohorts is thousands
 * of links, which the screen need not render until someone asks for the table.
 */
export function Folded({ summary, children, testId }: { summary: string; children: () => ReactNode; testId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="more" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={testId}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
