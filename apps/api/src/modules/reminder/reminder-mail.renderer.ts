import { Language, NOTICE_KINDS, NoticeKind, textDirection } from '@pnq/domain';
import { escapeHtml } from '../notification/mail-html';
import { NoticeItem } from '../notification/notice-item';
import type { NotificationKind } from '../notification/notification-kind';
import { MAIL_MESSAGES } from './reminder-mail.messages';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface DigestMail {
  kind: NotificationKind;
  language: Language;
  recipientName: string;
  /** DIGEST: the owner organisation's short name. */
  organisation?: string;
  /** The run date (DIGEST, SECRETARIAT_DIGEST) or the campaign's date. */
  date: string;
  items: readonly NoticeItem[];
  /** CAMPAIGN: the secretariat's own words. */
  message?: string;
  publicUrl: string;
}

/** 2026-01-15 → 15/01/2026, the way dates are written in Morocco. */
export function dmy(date: string | null): string | null {
  return date ? date.split('-').reverse().join('/') : null;
}

/** Renders a reminder mail, plain text and HTML, in the recipient's language, with a link to each action and to "My actions". */
export function renderMail(mail: DigestMail): MailContent {
  const m = MAIL_MESSAGES[mail.language];
  const date = dmy(mail.date)!;
  const actionUrl = (ref: string) => `${mail.publicUrl}/actions/${encodeURIComponent(ref)}`;
  const myActionsUrl = `${mail.publicUrl}/my-actions`;
  const preferencesUrl = `${mail.publicUrl}/preferences`;
  const actionCount = new Set(mail.items.filter((i) => i.ref).map((i) => i.ref)).size;

  const subject =
    mail.kind === 'DIGEST'
      ? m.digestSubject(mail.organisation ?? '', actionCount, date)
      : mail.kind === 'SECRETARIAT_DIGEST'
        ? m.secretariatSubject(date)
        : m.campaignSubject(dmy(mail.items[0]?.dueDate ?? null) ?? '');
  const intro =
    mail.kind === 'DIGEST'
      ? m.digestIntro(mail.organisation ?? '', date)
      : mail.kind === 'SECRETARIAT_DIGEST'
        ? m.secretariatIntro(date)
        : (mail.message ?? '');

  const sections = NOTICE_KINDS.filter((kind) => kind !== 'CAMPAIGN')
    .map((kind) => ({ kind, items: mail.items.filter((i) => i.kind === kind) }))
    .filter((section) => section.items.length > 0);
  const describe = (kind: NoticeKind, item: NoticeItem) => m.line[kind]({ ...item, dueDate: dmy(item.dueDate) });
  const heading = (item: NoticeItem) => [item.ref, item.title].filter(Boolean).join(' — ') || item.organisation || '';

  const text = [
    m.greeting(mail.recipientName),
    '',
    intro,
    ...sections.flatMap(({ kind, items }) => [
      '',
      `${m.sections[kind]} (${items.length})`,
      ...items.flatMap((item) => [`- ${[heading(item), describe(kind, item)].filter(Boolean).join(' : ')}`, ...(item.ref ? [`  ${actionUrl(item.ref)}`] : [])]),
    ]),
    '',
    `${m.myActions} : ${myActionsUrl}`,
    `${m.preferences} : ${preferencesUrl}`,
    '',
    '--',
    m.footer,
    '',
  ].join('\n');

  const htmlItem = (kind: NoticeKind, item: NoticeItem) => {
    const label = escapeHtml(heading(item));
    const linked = item.ref ? `<a href="${escapeHtml(actionUrl(item.ref))}">${label}</a>` : `<strong>${label}</strong>`;
    return `<li>${label ? `${linked} : ` : ''}${escapeHtml(describe(kind, item))}</li>`;
  };
  const html = [
    `<!doctype html><html lang="${mail.language}" dir="${textDirection(mail.language)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a">`,
    `<p>${escapeHtml(m.greeting(mail.recipientName))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      ({ kind, items }) =>
        `<h2 style="font-size:16px">${escapeHtml(m.sections[kind])} (${items.length})</h2><ul>${items.map((i) => htmlItem(kind, i)).join('')}</ul>`,
    ),
    `<p><a href="${escapeHtml(myActionsUrl)}">${escapeHtml(m.myActions)}</a> · <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(m.preferences)}</a></p>`,
    `<p style="color:#555;font-size:12px">${escapeHtml(m.footer)}</p>`,
    `</body></html>`,
  ].join('\n');

  return { subject, text, html };
}
