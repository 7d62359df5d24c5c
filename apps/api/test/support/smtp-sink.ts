import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  language: string | null;
}

export interface SmtpSink {
  port: number;
  /** Every mail accepted so far, parsed. */
  received: ReceivedMail[];
  to(address: string): ReceivedMail[];
  /** The next mail to this address is refused (550), as a full mailbox would. */
  refuseNext(address: string): void;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that accepts every mail and keeps it, parsed (no TLS, no auth). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (!refused.delete(to)) return callback();
      const error = Object.assign(new Error('Mailbox full'), { responseCode: 552 });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          for (const address of to) {
            received.push({
              to: address,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              language: (parsed.headers.get('content-language') as string | undefined) ?? null,
            });
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    to: (address) => received.filter((m) => m.to === address),
    refuseNext: (address) => void refused.add(address),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
