import { describe, expect, it } from 'vitest';
import { casablancaDateTime, renderInvitationMail, renderResetMail } from './account-mail.renderer';

const LINK = 'https://pnq.example.ma/invitation#AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
const invitation = {
  name: 'Nadia Nouvelle',
  email: 'new@mcinet.gov.ma',
  inviter: 'Amina Alaoui',
  role: 'EDITOR' as const,
  organisation: 'IMANOR',
  link: LINK,
  expiresAt: new Date('2026-12-12T09:30:00Z'),
  ssoLabel: null,
};

describe('account mails', () => {
  it.each([
    [
      'fr',
      'PNQ Tracker — votre invitation au suivi de la Politique nationale de la qualité',
      'en tant qu’éditeur pour IMANOR',
      'jusqu’au 12/12/2026 10:30',
      'ltr',
    ],
    ['en', 'PNQ Tracker — your invitation to follow the National Quality Policy', 'as an editor for IMANOR', 'until 12/12/2026 10:30', 'ltr'],
    ['ar', 'PNQ Tracker — دعوتكم لتتبع السياسة الوطنية للجودة', 'بصفة محرر لـ IMANOR', 'إلى غاية 12/12/2026 10:30', 'rtl'],
  ] as const)('invites in %s, with the link until its expiry in Casablanca time', (language, subject, role, until, dir) => {
    const mail = renderInvitationMail({ ...invitation, language });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(role);
    expect(mail.text).toContain(until);
    expect(mail.text).toContain(LINK);
    expect(mail.html).toContain(`dir="${dir}"`);
    expect(mail.html).toContain(`<a href="${LINK}">`);
  });

  it('masks the link in the copy the mail log keeps', () => {
    const mail = renderInvitationMail({ ...invitation, language: 'fr' });
    expect(mail.maskedText).not.toContain('#AbCd');
    expect(mail.maskedHtml).not.toContain('#AbCd');
    expect(mail.maskedText).toContain('[lien personnel, envoyé au seul destinataire]');
    expect(mail.maskedText.replace('[lien personnel, envoyé au seul destinataire]', LINK)).toBe(mail.text);
  });

  it('names the secretariat when the command line invites, and offers single sign-on when it is on', () => {
    const mail = renderInvitationMail({ ...invitation, language: 'fr', inviter: null, role: 'ADMIN', organisation: null, ssoLabel: 'Annuaire MIC' });
    expect(mail.text).toContain(
      'Le secrétariat du CSNCA vous invite à suivre la Politique nationale de la qualité (PNQ) dans PNQ Tracker, en tant qu’administrateur',
    );
    expect(mail.text).toContain('« Annuaire MIC »');
  });

  it('escapes what people typed in the HTML version', () => {
    expect(renderInvitationMail({ ...invitation, language: 'fr', name: 'A <b>&</b> B' }).html).toContain('Bonjour A &lt;b&gt;&amp;&lt;/b&gt; B,');
  });

  it('writes the reset mail with its one-hour link', () => {
    const mail = renderResetMail({ language: 'fr', name: 'Nadia', email: 'new@mcinet.gov.ma', link: LINK, expiresAt: new Date('2026-12-12T09:30:00Z') });
    expect(mail.subject).toBe('PNQ Tracker — réinitialisation de votre mot de passe');
    expect(mail.text).toContain('valable jusqu’au 12/12/2026 10:30');
    expect(mail.text).toContain('votre mot de passe reste le même');
  });

  it.each([
    ['2026-12-12T09:30:00Z', '12/12/2026 10:30'],
    ['2026-06-30T23:59:00Z', '01/07/2026 00:59'],
    ['2026-03-01T23:59:00Z', '01/03/2026 23:59'], // Ramadan: Morocco is on UTC+0
  ])('writes %s as %s in Casablanca', (at, written) => {
    expect(casablancaDateTime(new Date(at))).toBe(written);
  });
});
