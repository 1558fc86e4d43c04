import type { Config } from '../../platform/config.ts';
import { translator, type Locale } from '../../platform/i18n.ts';
import type { Mailer } from '../../platform/mail.ts';
import { localizedPath } from '../../web/paths.ts';

/** The mails of this module, each in the recipient's language, with absolute links. */

const link = (config: Config, locale: Locale, path: string) => `${config.publicUrl}${localizedPath(locale, path)}`;

export function mailUitnodiging(
  mailer: Mailer,
  config: Config,
  input: { to: string; locale: Locale; token: string; organisatie: string; rol: 'coordinator' | 'lid'; door: string; dagen: number },
): void {
  const t = translator(input.locale);
  mailer.send({
    to: input.to,
    subject: t('lidmaatschappen.mail.uitnodiging.onderwerp', { organisatie: input.organisatie }),
    text: t('lidmaatschappen.mail.uitnodiging.tekst', {
      link: link(config, input.locale, `/uitnodigingen/${input.token}`),
      organisatie: input.organisatie,
      rol: t(`lidmaatschappen.rol.${input.rol}`),
      door: input.door,
      dagen: input.dagen,
    }),
  });
}

export function mailNieuwVerzoek(
  mailer: Mailer,
  config: Config,
  input: { to: string; locale: Locale; slug: string; organisatie: string; aanvrager: string },
): void {
  const t = translator(input.locale);
  mailer.send({
    to: input.to,
    subject: t('lidmaatschappen.mail.verzoek.onderwerp', { organisatie: input.organisatie }),
    text: t('lidmaatschappen.mail.verzoek.tekst', {
      link: link(config, input.locale, `/organisaties/${input.slug}/leden`),
      organisatie: input.organisatie,
      aanvrager: input.aanvrager,
    }),
  });
}

export function mailBesluit(
  mailer: Mailer,
  config: Config,
  input: { to: string; locale: Locale; organisatie: string; besluit: 'goedkeuren' | 'afwijzen' },
): void {
  const t = translator(input.locale);
  mailer.send({
    to: input.to,
    subject: t(`lidmaatschappen.mail.besluit.${input.besluit}.onderwerp`, { organisatie: input.organisatie }),
    text: t(`lidmaatschappen.mail.besluit.${input.besluit}.tekst`, {
      link: link(config, input.locale, '/account/organisaties'),
      organisatie: input.organisatie,
    }),
  });
}
