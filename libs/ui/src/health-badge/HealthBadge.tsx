import type { Health } from '@pnq/domain';

/** The badge's tones are the action healths. */
export type HealthTone = Health;

const SYMBOL: Record<HealthTone, string> = {
  DONE: '✓',
  CANCELLED: '⊘',
  OVERDUE: '!',
  AT_RISK: '▲',
  ON_TRACK: '●',
  STALE: '…',
  UNSCHEDULED: '?',
};

/** Health as a badge: a symbol and a word as well as a colour, never colour alone. */
export function HealthBadge({ health, label }: { health: HealthTone; label: string }) {
  return (
    <span className={`health-badge health-badge--${health.toLowerCase()}`}>
      <span aria-hidden="true">{SYMBOL[health]}</span> {label}
    </span>
  );
}
