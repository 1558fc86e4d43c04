import nodemailer from 'nodemailer';
import type { Logger } from './logger.ts';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * Outgoing mail. `send` queues the message and returns at once: a request never waits for SMTP,
 * so answering takes as long for a known address as for an unknown one (no account enumeration
 * by timing), and a slow mail server does not slow the site. `flush` waits for the queue (shutdown,
 * tests). Failures are logged without the message body (it may hold a token).
 */
export type Mailer = {
  send(message: MailMessage): void;
  flush(): Promise<void>;
};

export function createMailer(options: { smtpUrl: string; from: string; logger: Logger }): Mailer {
  const transport = nodemailer.createTransport(options.smtpUrl);
  const pending = new Set<Promise<void>>();
  return {
    send(message) {
      const job = transport
        .sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text })
        .then(
          () => options.logger.debug({ subject: message.subject }, 'mail sent'),
          (err: unknown) => options.logger.error({ err, subject: message.subject }, 'mail could not be sent'),
        )
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
