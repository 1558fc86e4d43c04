import type { Context } from 'hono';
import { translator, type Locale, type Params } from '../../platform/i18n.ts';
import type { AppEnv } from '../../web/context.ts';
import { localizedPath } from '../../web/paths.ts';

/**
 * The account mails, in the recipient's language: subject and text from
 * accounts.mail.<name>.{onderwerp,tekst}, with {link} an absolute URL to a page in that language.
 */
export function sendAccountMail(
  c: Context<AppEnv>,
  to: string,
  locale: Locale,
  name: string,
  params: Params & { pad?: string } = {},
): void {
  const { config, mailer } = c.var.deps;
  const t = translator(locale);
  const { pad, ...rest } = params;
  const link = pad ? `${config.publicUrl}${localizedPath(locale, pad)}` : '';
  mailer.send({
    to,
    subject: t(`accounts.mail.${name}.onderwerp`),
    text: `${t(`accounts.mail.${name}.tekst`, { ...rest, link, site: config.publicUrl })}\n\n-- \n${t('accounts.mail.afzender')}`,
  });
}
