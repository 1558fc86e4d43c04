import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { uitnodigingIntrekken } from '../commands/uitnodiging-intrekken.ts';
import { verzoekBeslissen } from '../commands/verzoek-beslissen.ts';
import { besluitFormSchema } from '../lidmaatschap.schema.ts';
import { mailBesluit } from '../mails.ts';
import { findUitnodiging } from '../queries.ts';
import { Confirm, idParam, ledenPath, organisatieVoor } from './components.tsx';

/** GET /organisaties/:slug/leden/uitnodigingen/:id/intrekken: asks before the link stops working. */
export async function uitnodigingIntrekkenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'uitnodigen');
  const id = idParam(c);
  const { t, locale } = c.var;
  const row = await findUitnodiging(c.var.deps.database.db, organisatie.id, id);
  if (!row) throw new NotFoundError();
  const title = t('lidmaatschappen.intrekken.title');
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('lidmaatschappen.leden.crumb'), path: `/organisaties/${organisatie.slug}/leden` },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Confirm
        action={ledenPath(locale, organisatie.slug, `/uitnodigingen/${id}/intrekken`)}
        question={t('lidmaatschappen.intrekken.vraag', { email: row.email, organisatie: organisatie.naam })}
        confirmLabel={t('lidmaatschappen.intrekken.bevestig')}
        cancelHref={ledenPath(locale, organisatie.slug)}
        cancelLabel={t('lidmaatschappen.annuleren')}
      />
    </>,
  );
}

/** POST /organisaties/:slug/leden/uitnodigingen/:id/intrekken */
export async function uitnodigingIntrekkenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'uitnodigen');
  const id = idParam(c);
  const result = await uitnodigingIntrekken(
    c.var.deps.database.db,
    { actor: c.var.actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, uitnodigingId: id },
  );
  flash(c, result.ok ? 'lidmaatschappen.flash.ingetrokken' : 'lidmaatschappen.flash.nietOpen');
  return c.redirect(ledenPath(c.var.locale, organisatie.slug), 303);
}

/** POST /organisaties/:slug/leden/verzoeken/:id: approve or reject a join request. */
export async function verzoekBeslissenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'verzoek-beslissen');
  const id = idParam(c);
  const parsed = besluitFormSchema.safeParse(await readForm(c));
  // Only the two buttons send this field: anything else is a tampered request, not a typo.
  if (!parsed.success) throw new ValidationError([{ name: 'besluit', reason: 'goedkeuren or afwijzen' }]);
  const { besluit } = parsed.data;
  const result = await verzoekBeslissen(
    c.var.deps.database.db,
    { actor: c.var.actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, verzoekId: id, besluit },
  );
  if (result.ok && result.aanvrager.email) {
    mailBesluit(c.var.deps.mailer, c.var.deps.config, {
      to: result.aanvrager.email,
      locale: result.aanvrager.taal,
      organisatie: organisatie.naam,
      besluit,
    });
  }
  flash(c, result.ok ? `lidmaatschappen.flash.${besluit}` : 'lidmaatschappen.flash.nietOpen');
  return c.redirect(ledenPath(c.var.locale, organisatie.slug), 303);
}
