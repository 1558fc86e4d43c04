import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ForbiddenError } from '../../../platform/errors.ts';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { belangstellingIntrekken } from '../commands/belangstelling-intrekken.ts';
import { kanIntrekken, mayWithdrawBelangstelling } from '../policy.ts';
import type { BelangstellingVolledig } from '../queries.ts';
import { commandContext, leesbareBelangstelling, Melding, pad, Titel, versieUit } from './components.tsx';
import { belangstellingKruimels } from './detail.tsx';

type Fout = 'bevestig' | 'verouderd' | 'niet-mogelijk';

/** The interest in the path, if this person may withdraw it: unreadable 404, not theirs 403. */
async function intrekbaar(c: Context<AppEnv>): Promise<BelangstellingVolledig> {
  const b = await leesbareBelangstelling(c);
  if (!mayWithdrawBelangstelling(c.var.actor, b)) throw new ForbiddenError();
  return b;
}

/** GET /belangstellingen/:id/intrekken: asks first. */
export async function intrekkenPage(c: Context<AppEnv>) {
  const b = await intrekbaar(c);
  return renderConfirm(c, b, kanIntrekken(b.status) ? undefined : 'niet-mogelijk');
}

/** POST /belangstellingen/:id/intrekken: only with bevestig=ja and the version the person saw. */
export async function intrekkenPost(c: Context<AppEnv>) {
  const b = await intrekbaar(c);
  const values = await readForm(c);
  if (!kanIntrekken(b.status)) return renderConfirm(c, b, 'niet-mogelijk', 409);
  if (values.bevestig !== 'ja') return renderConfirm(c, b, 'bevestig', 400);
  const versie = versieUit(values.versie);
  const result = versie === undefined ? ({ ok: false, reden: 'verouderd' } as const) : await belangstellingIntrekken(c.var.deps.database.db, commandContext(c), { id: b.id, versie });
  if (result.ok) {
    flash(c, 'belangstellingen.flash.ingetrokken');
    return c.redirect(pad(c, `/belangstellingen/${b.id}`), 303);
  }
  // Nothing written: ask again about what is stored now.
  const nu = await leesbareBelangstelling(c);
  return renderConfirm(c, nu, kanIntrekken(nu.status) ? result.reden : 'niet-mogelijk', 409);
}

function renderConfirm(c: Context<AppEnv>, b: BelangstellingVolledig, fout: Fout | undefined, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const title = t('belangstellingen.intrekken.titel');
  const detailPad = pad(c, `/belangstellingen/${b.id}`);
  return renderPage(
    c,
    { title, breadcrumbs: belangstellingKruimels(c, b, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {fout ? (
        <Melding soort={fout === 'niet-mogelijk' && status === 200 ? 'info' : 'error'} id="melding">
          <p class="utrecht-paragraph">{t(`belangstellingen.intrekken.fout.${fout}`, { status: t(`marktplaats.belangstellingStatus.${b.status}`) })}</p>
        </Melding>
      ) : null}
      {kanIntrekken(b.status) ? (
        <PostForm action={`/belangstellingen/${b.id}/intrekken`}>
          <input type="hidden" name="bevestig" value="ja" />
          <input type="hidden" name="versie" value={String(b.versie)} />
          <p class="utrecht-paragraph">
            {t('belangstellingen.intrekken.vraag')} <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} />
          </p>
          <p class="utrecht-paragraph">{t('belangstellingen.intrekken.gevolg')}</p>
          <div class="utrecht-button-group">
            <SubmitButton label={t('belangstellingen.intrekken.bevestig')} variant="warning" />
            <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
              {t('belangstellingen.annuleren')}
            </a>
          </div>
        </PostForm>
      ) : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
            {t('belangstellingen.terugNaarBelangstelling')}
          </a>
        </p>
      )}
    </>,
    status,
  );
}
