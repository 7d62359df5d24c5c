import type { ReactNode } from 'react';

/**
 * A wide table's box that scrolls sideways on a phone, reachable and scrollable with the keyboard (a named, focusable
 * region). Tables that become cards on a phone (`.data-table--cards`) do not need one.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
