import { describe, expect, it } from 'vitest';
import { loadConfig } from './app.config';

describe('loadConfig — reminders and mail', () => {
  it('keeps mails in the outbox and runs reminders at 07:00 by default', () => {
    const config = loadConfig({}, '/srv/pnq');
    expect(config).toMatchObject({ smtp: null, remindersEnabled: true, remindersTime: '07:00', publicUrl: 'http://localhost:3000' });
    expect(loadConfig({ NODE_ENV: 'test' }).remindersEnabled).toBe(false);
  });

  it('reads the SMTP server, port 587 by default and 465 when secure', () => {
    expect(loadConfig({ SMTP_HOST: 'smtp.gov.ma', SMTP_USER: 'pnq', SMTP_PASSWORD: 'secret', SMTP_FROM: 'PNQ <pnq@gov.ma>' })).toMatchObject({
      smtp: { host: 'smtp.gov.ma', port: 587, secure: false, user: 'pnq', password: 'secret' },
      mailFrom: 'PNQ <pnq@gov.ma>',
    });
    expect(loadConfig({ SMTP_HOST: 'smtp.gov.ma', SMTP_SECURE: 'true' }).smtp).toMatchObject({ port: 465, secure: true, user: null });
  });

  it.each([
    [{ PNQ_REMINDERS_TIME: '7h' }, /PNQ_REMINDERS_TIME must be HH:MM/],
    [{ SMTP_HOST: 'smtp.gov.ma', SMTP_USER: 'pnq' }, /SMTP_USER and SMTP_PASSWORD go together/],
    [{ SMTP_HOST: 'smtp.gov.ma', SMTP_PORT: '99999' }, /SMTP_PORT must be a port number/],
    [{ PNQ_PUBLIC_URL: 'pnq.gov.ma' }, /PNQ_PUBLIC_URL must start with http/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('drops the trailing slash of the public URL', () => {
    expect(loadConfig({ PNQ_PUBLIC_URL: 'https://pnq.gov.ma/' }).publicUrl).toBe('https://pnq.gov.ma');
  });
});
