import { describe, expect, it } from 'vitest';
import { noticeItem } from '../notification/notice-item';
import { renderMail } from './reminder-mail.renderer';

const items = [
  noticeItem('OVERDUE', { ref: '1-2.1.1', title: 'Définir une stratégie <nationale>', days: 15, dueDate: '2025-12-31' }),
  noticeItem('DUE_SOON', { ref: '1-2.2.4', title: 'Réviser', days: 7, dueDate: '2026-01-22' }),
];

describe('renderMail', () => {
  it.each([
    ['fr', 'PNQ — 2 actions d’IMANOR à suivre (15/01/2026)', 'En retard (1)', 'échéance 31/12/2025, en retard de 15 jours', 'ltr'],
    ['en', 'PNQ — 2 actions of IMANOR to follow up (15/01/2026)', 'Overdue (1)', 'due 31/12/2025, 15 days late', 'ltr'],
    ['ar', 'PNQ — 2 إجراءات لـ IMANOR تتطلب المتابعة (15/01/2026)', 'متأخرة (1)', 'الأجل 31/12/2025، متأخرة بـ 15 يوما', 'rtl'],
  ] as const)('writes the digest in %s', (language, subject, section, line, dir) => {
    const mail = renderMail({
      kind: 'DIGEST',
      language,
      recipientName: 'Éditeur',
      organisation: 'IMANOR',
      date: '2026-01-15',
      items,
      publicUrl: 'https://pnq.test',
    });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(section);
    expect(mail.text).toContain(line);
    expect(mail.text).toContain('https://pnq.test/actions/1-2.1.1');
    expect(mail.text).toContain('https://pnq.test/my-actions');
    expect(mail.html).toContain(`dir="${dir}"`);
  });

  it.each([
    ['IMANOR', 'd’IMANOR'],
    ['ARAC', 'd’ARAC'],
    ['SEMAC', 'de SEMAC'],
    ['LPEE-LNM', 'de LPEE-LNM'],
  ])('writes “%s” with its French article', (organisation, written) => {
    const mail = renderMail({ kind: 'DIGEST', language: 'fr', recipientName: 'X', organisation, date: '2026-01-15', items, publicUrl: 'https://pnq.test' });
    expect(mail.subject).toBe(`PNQ — 2 actions ${written} à suivre (15/01/2026)`);
  });

  it('escapes what comes from the plan in the HTML version', () => {
    const mail = renderMail({
      kind: 'DIGEST',
      language: 'fr',
      recipientName: 'A & B',
      organisation: 'IMANOR',
      date: '2026-01-15',
      items,
      publicUrl: 'https://pnq.test',
    });
    expect(mail.html).toContain('stratégie &lt;nationale&gt;');
    expect(mail.html).toContain('Bonjour A &amp; B,');
    expect(mail.html).not.toContain('<nationale>');
  });
});
