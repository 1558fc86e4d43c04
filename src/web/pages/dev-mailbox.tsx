import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { renderPage } from '../render.tsx';

/**
 * /ontwikkeling/mail, development only: the mails the local sink received, newest first, so that a
 * developer can follow verification, reset and invitation links without a mail server. Never
 * mounted in production or tests (see app.ts).
 */
export function devMailboxPage(c: Context<AppEnv>) {
  const messages = [...(c.var.deps.mailSink?.messages ?? [])].reverse();
  const title = 'Mailbox (ontwikkeling)';
  return renderPage(
    c,
    { title },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        Zonder SMTP_URL gaat de mail van deze ontwikkelomgeving naar een lokale mailbox; dit zijn de laatste {messages.length}{' '}
        berichten. In productie bestaat deze pagina niet.
      </p>
      {messages.map((m, i) => (
        <article class="ip-dev-mail" aria-labelledby={`mail-${i}`}>
          <h2 class="utrecht-heading-2" id={`mail-${i}`}>
            {m.subject}
          </h2>
          <p class="utrecht-paragraph">
            Aan {m.to.join(', ')}, {m.receivedAt.toISOString()}
          </p>
          <pre class="ip-dev-mail__text">{m.text}</pre>
        </article>
      ))}
    </>,
  );
}
