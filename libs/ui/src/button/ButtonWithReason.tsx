import { ButtonHTMLAttributes, useId } from 'react';

export interface ButtonWithReasonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** Why the button cannot be used now (shown beside it and read with it); `null` when it can be. */
  disabledReason: string | null;
  /** Disabled without a sentence (e.g. while the request it sent is running). */
  busy?: boolean;
}

/** A button that, when disabled, looks disabled and says why next to it (never a silent grey button). */
export function ButtonWithReason({ disabledReason, busy = false, children, ...button }: ButtonWithReasonProps) {
  const reasonId = useId();
  return (
    <div className="button-with-reason">
      <button {...button} disabled={busy || disabledReason !== null} aria-describedby={disabledReason ? reasonId : undefined}>
        {children}
      </button>
      {disabledReason && (
        <p className="why-disabled" id={reasonId}>
          {disabledReason}
        </p>
      )}
    </div>
  );
}
