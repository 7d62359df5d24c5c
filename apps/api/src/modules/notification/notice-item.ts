import type { NoticeKind } from '@pnq/domain';

/** One line of a digest, as stored (jsonb) in the notification and the mail, and shown in the bell. */
export interface NoticeItem {
  kind: NoticeKind;
  /** The action's reference (e.g. 1-2.1.1); null for organisation- and plan-level lines. */
  ref: string | null;
  /** The action's title, or the campaign's message. */
  title: string | null;
  /** DUE_SOON: days left; OVERDUE / ESCALATION: days late. */
  days: number | null;
  /** The action's due date, or the campaign's deadline. */
  dueDate: string | null;
  /** Owner organisation(s) (escalations, organisation without editor). */
  organisation: string | null;
  /** NO_ACTIVE_EDITOR: open actions owned; STALE_TOTAL: stale actions in the plan. */
  count: number | null;
}

export function noticeItem(kind: NoticeKind, fields: Partial<Omit<NoticeItem, 'kind'>> = {}): NoticeItem {
  return { kind, ref: null, title: null, days: null, dueDate: null, organisation: null, count: null, ...fields };
}
