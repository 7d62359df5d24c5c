export interface PlanRefProps {
  /** A plan reference: an action (1-2.1.1), a project (1-2.1) or an axis (1-2). */
  value: string;
}

/**
 * A plan reference, isolated left to right: inside Arabic text the bidi algorithm would otherwise show « 1-2.1 » as
 * « 2.1-1 » (its digits turn Arabic numbers after Arabic letters); it never wraps across lines either.
 */
export function PlanRef({ value }: PlanRefProps) {
  return (
    <bdi dir="ltr" className="ref">
      {value}
    </bdi>
  );
}
