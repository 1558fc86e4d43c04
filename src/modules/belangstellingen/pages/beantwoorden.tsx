import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ForbiddenError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { RadioGroup, TextAreaField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { belangstellingAntwoordSchema, belangstellingBesluiten, belangstellingLimieten } from '../belangstelling.schema.ts';
import { belangstellingBeantwoorden } from '../commands/belangstelling-beantwoorden.ts';
import { kanBeantwoorden, mayAnswerBelangstelling } from '../policy.ts';
import type { BelangstellingVolledig } from '../queries.ts';
import { AanbodVerwijzing, commandContext, Gegeven, leesbareBelangstelling, Melding, pad, PersoonNaam, StatusBadge, versieUit } from './components.tsx';
import { belangstellingKruimels } from './detail.tsx';

const prefix = 'antwoord-';

type Waarden = { versie: string; besluit: string; antwoord: string };
type State = { waarden: Waarden; fieldErrors: Record<string, string>; verouderd?: boolean };

/** The interest in the path, if this person may answer it: unreadable 404, not an owner 403. */
async function teBeantwoorden(c: Context<AppEnv>): Promise<BelangstellingVolledig> {
  const b = await leesbareBelangstelling(c);
  if (!mayAnswerBelangstelling(c.var.actor, b)) throw new ForbiddenError();
  return b;
}

/** GET /belangstellingen/:id/beantwoorden */
export async function beantwoordenPage(c: Context<AppEnv>) {
  const b = await teBeantwoorden(c);
  return renderForm(c, b, { waarden: { versie: String(b.versie), besluit: '', antwoord: '' }, fieldErrors: {} });
}

/** POST /belangstellingen/:id/beantwoorden: versie-checked; a stale answer writes nothing. */
export async function beantwoordenPost(c: Context<AppEnv>) {
  const b = await teBeantwoorden(c);
  const values = await readForm(c);
  const waarden: Waarden = { versie: values.versie ?? '', besluit: values.besluit ?? '', antwoord: values.antwoord ?? '' };
  if (!kanBeantwoorden(b.status)) return renderForm(c, b, { waarden, fieldErrors: {} }, 409);
  const form = validateForm(c, belangstellingAntwoordSchema, waarden, prefix);
  if (!form.ok) return renderForm(c, b, { waarden, fieldErrors: form.fieldErrors }, 400);
  const versie = versieUit(waarden.versie);
  const result = versie === undefined ? ({ ok: false, reden: 'verouderd' } as const) : await belangstellingBeantwoorden(c.var.deps.database.db, commandContext(c), { id: b.id, versie, antwoord: form.data });
  if (result.ok) {
    flash(c, `belangstellingen.flash.${form.data.besluit}`);
    return c.redirect(pad(c, `/belangstellingen/${b.id}`), 303);
  }
  // Stale or no longer open: nothing written. Show the stored state; the form keeps this person's input.
  const nu = await leesbareBelangstelling(c);
  return renderForm(c, nu, { waarden: { ...waarden, versie: String(nu.versie) }, fieldErrors: {}, verouderd: result.reden === 'verouderd' }, 409);
}

function renderForm(c: Context<AppEnv>, b: BelangstellingVolledig, state: State, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const title = t('belangstellingen.beantwoorden.titel');
  const v = state.waarden;
  const e = state.fieldErrors;
  const detailPad = pad(c, `/belangstellingen/${b.id}`);
  const summary = toSummary(e, prefix).map((x) => (x.field === `${prefix}besluit` ? { ...x, field: `${prefix}besluit-0` } : x));
  return renderPage(
    c,
    { title, breadcrumbs: belangstellingKruimels(c, b, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {state.verouderd ? (
        <Melding soort="error" id="verouderd">
          <h2 class="utrecht-heading-2">{t('belangstellingen.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('belangstellingen.verouderd.uitlegAntwoord')}</p>
        </Melding>
      ) : null}
      <dl class="utrecht-data-list ip-data-list">
        <Gegeven label={t('belangstellingen.veld.persoon')}>
          <PersoonNaam persoon={b.persoon} />
        </Gegeven>
        <Gegeven label={t('belangstellingen.veld.aanbod')}>
          <AanbodVerwijzing aanbod={b.aanbod} />
        </Gegeven>
        <Gegeven label={t('belangstellingen.veld.status')}>
          <StatusBadge status={b.status} />
        </Gegeven>
      </dl>
      <h2 class="utrecht-heading-2">{t('belangstellingen.veld.motivatie')}</h2>
      <PlainText text={b.motivatie} />
      {!kanBeantwoorden(b.status) ? (
        <>
          <Melding soort={status === 200 ? 'info' : 'error'}>
            <p class="utrecht-paragraph">{t('belangstellingen.beantwoorden.nietMeer', { status: t(`marktplaats.belangstellingStatus.${b.status}`) })}</p>
          </Melding>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
              {t('belangstellingen.terugNaarBelangstelling')}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t('belangstellingen.beantwoorden.uwAntwoord')}</h2>
          <ErrorSummary errors={summary} />
          <PostForm action={`/belangstellingen/${b.id}/beantwoorden`}>
            <input type="hidden" name="versie" value={v.versie} />
            <RadioGroup
              id={`${prefix}besluit`}
              name="besluit"
              legend={t('belangstellingen.veld.besluit')}
              options={belangstellingBesluiten.map((besluit) => ({ value: besluit, label: t(`belangstellingen.besluit.${besluit}`), hint: t(`belangstellingen.besluitUitleg.${besluit}`) }))}
              checked={v.besluit}
              error={e.besluit}
            />
            <TextAreaField
              id={`${prefix}antwoord`}
              name="antwoord"
              label={t('belangstellingen.beantwoorden.bericht')}
              hint={t('belangstellingen.beantwoorden.berichtHint', { max: String(belangstellingLimieten.antwoord) })}
              value={v.antwoord}
              error={e.antwoord}
              maxlength={belangstellingLimieten.antwoord}
              rows={6}
            />
            <div class="utrecht-button-group">
              <SubmitButton label={t('belangstellingen.beantwoorden.versturen')} />
              <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
                {t('belangstellingen.annuleren')}
              </a>
            </div>
          </PostForm>
        </>
      )}
    </>,
    status,
  );
}
