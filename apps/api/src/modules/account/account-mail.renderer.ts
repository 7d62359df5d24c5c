import { Language, Role, textDirection } from '@pnq/domain';
import { escapeHtml } from '../notification/mail-html';
import { ACCOUNT_MAIL_MESSAGES, AccountMailMessages } from './account-mail.messages';

/** A mail with a personal link, rendered twice: with the link (sent) and with it masked (what the mail log keeps when SMTP sends it). */
export interface RenderedAccountMail {
  subject: string;
  text: string;
  html: string;
  maskedText: string;
  maskedHtml: string;
}

export interface InvitationMail {
  language: Language;
  name: string;
  email: string;
  /** Who invites ("Amina Alaoui (secrétariat du CSNCA)"); null: the command line, said as the secretariat. */
  inviter: string | null;
  role: Role;
  organisation: string | null;
  link: string;
  expiresAt: Date;
  /** The single sign-on button's label, when it is on. */
  ssoLabel: string | null;
}

export interface ResetMail {
  language: Language;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
}

/** 2026-12-12T09:30Z → "12/12/2026 10:30" in Casablanca time (the way dates are written in Morocco). */
export function casablancaDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Africa/Casablanca',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Paragraphs of text, one of which is the link: plain text and HTML, each with the link and with it masked. */
function render(language: Language, subject: string, paragraphs: readonly (string | { link: string })[], m: AccountMailMessages): RenderedAccountMail {
  const text = (masked: boolean) => `${paragraphs.map((p) => (typeof p === 'string' ? p : masked ? m.maskedLink : p.link)).join('\n\n')}\n\n--\n${m.footer}\n`;
  const html = (masked: boolean) =>
    [
      `<!doctype html><html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      `<body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a">`,
      ...paragraphs.map((p) =>
        typeof p === 'string'
          ? `<p>${escapeHtml(p)}</p>`
          : masked
            ? `<p><em>${escapeHtml(m.maskedLink)}</em></p>`
            : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a></p>`,
      ),
      `<p style="color:#555;font-size:12px">${escapeHtml(m.footer)}</p>`,
      `</body></html>`,
    ].join('\n');
  return { subject, text: text(false), html: html(false), maskedText: text(true), maskedHtml: html(true) };
}

export function renderInvitationMail(mail: InvitationMail): RenderedAccountMail {
  const m = ACCOUNT_MAIL_MESSAGES[mail.language];
  return render(
    mail.language,
    m.invitationSubject,
    [
      m.greeting(mail.name),
      m.invitationIntro(mail.inviter ?? m.secretariat, m.asRole[mail.role], mail.organisation),
      m.invitationAction(casablancaDateTime(mail.expiresAt)),
      { link: mail.link },
      ...(mail.ssoLabel ? [m.invitationSso(mail.ssoLabel)] : []),
      m.yourLogin(mail.email),
      m.invitationIgnore,
    ],
    m,
  );
}

export function renderResetMail(mail: ResetMail): RenderedAccountMail {
  const m = ACCOUNT_MAIL_MESSAGES[mail.language];
  return render(
    mail.language,
    m.resetSubject,
    [m.greeting(mail.name), m.resetIntro(mail.email), m.resetAction(casablancaDateTime(mail.expiresAt)), { link: mail.link }, m.resetIgnore],
    m,
  );
}
