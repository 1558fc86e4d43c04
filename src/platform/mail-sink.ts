import type { AddressInfo } from 'node:net';

/**
 * A local SMTP server that keeps what it receives in memory: the mailbox of development and of the
 * tests, so that no mail leaves the machine. Loaded on demand: production never starts it.
 */
export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; receivedAt: Date };

export type MailSink = {
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Waits for the first mail to `to` (case-insensitive) whose subject matches, received strictly after `since`. */
  waitFor(to: string, options?: { subject?: RegExp; timeoutMs?: number; since?: Date }): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startMailSink(port = 0, host = '127.0.0.1', limit = 200): Promise<MailSink> {
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date(),
          });
          if (messages.length > limit) messages.shift();
          for (const wake of waiters) wake();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  // A forgotten close() must not keep a test process (or a stopping server) alive.
  server.server.unref();
  const actualPort = (server.server.address() as AddressInfo).port;

  const find = (to: string, subject?: RegExp, since?: Date) =>
    messages.find(
      (m) =>
        m.to.includes(to.toLowerCase()) &&
        (!subject || subject.test(m.subject)) &&
        (!since || m.receivedAt > since),
    );

  return {
    url: `smtp://${host}:${actualPort}`,
    port: actualPort,
    messages,
    waitFor(to, options = {}) {
      const { subject, timeoutMs = 5000, since } = options;
      const found = find(to, subject, since);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = find(to, subject, since);
          if (hit) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No mail to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a mail body: the verification, reset or invitation link. */
export function linkIn(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text);
  if (!match) throw new Error(`No link in mail '${mail.subject}'`);
  return match[0];
}
