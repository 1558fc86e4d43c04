import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Actor } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { RadioGroup, TextAreaField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import type { Db } from '../../../db/client.ts';
import type { ActieResult, CommandContext } from '../commands/context.ts';
import { koppelingBeslissen } from '../commands/koppeling-beslissen.ts';
import { koppelingIntrekken } from '../commands/koppeling-intrekken.ts';
import { koppelingIntroduceren } from '../commands/koppeling-introduceren.ts';
import { accepterenSchema, afwijzenSchema, introducerenSchema, intrekkenSchema, koppelingLimieten, zijden, type Zijde } from '../koppeling.schema.ts';
import { kanIntrekken, kanIntroduceren, mayBeslissen, mayIntrekken, mayIntroduceren, openZijden } from '../policy.ts';
import type { KoppelingVolledig } from '../queries.ts';
import { commandContext, Gegeven, KandidaatVerwijzing, koppelingKruimels, leesbareKoppeling, Melding, pad, StatusBadge, Titel, versieUit } from './components.tsx';
import { Uitleg } from './uitleg.tsx';

/**
 * The four steps of a koppeling as confirm forms (GET shows, POST does): introduceren (the verbinder,
 * with the message to both sides), accepteren and afwijzen (a side, with a reason; required to
 * decline; someone on both sides says for which), intrekken (the proposer or the verbinder). Each
 * posts the version it showed: a stale form writes nothing and shows what is stored now.
 */
export type Actie = 'introduceren' | 'accepteren' | 'afwijzen' | 'intrekken';
export const koppelingActies: readonly Actie[] = ['introduceren', 'accepteren', 'afwijzen', 'intrekken'];

type Config = {
  mag: (actor: Actor, k: KoppelingVolledig) => boolean;
  kan: (actor: Actor, k: KoppelingVolledig) => boolean;
  veld: 'toelichting' | 'reden';
  schema: z.ZodType<{ toelichting?: string | null | undefined; reden?: string | null | undefined; zijde?: Zijde | null | undefined }>;
  run: (db: Db, ctx: CommandContext, input: { id: string; versie: number; data: { toelichting?: string | null | undefined; reden?: string | null | undefined; zijde?: Zijde | null | undefined } }) => Promise<ActieResult>;
};

const configs: Record<Actie, Config> = {
  introduceren: {
    mag: mayIntroduceren,
    kan: (_actor, k) => kanIntroduceren(k),
    veld: 'toelichting',
    schema: introducerenSchema,
    run: (db, ctx, i) => koppelingIntroduceren(db, ctx, { id: i.id, versie: i.versie, invoer: { toelichting: i.data.toelichting } }),
  },
  accepteren: {
    mag: mayBeslissen,
    kan: (actor, k) => openZijden(actor, k).length > 0,
    veld: 'reden',
    schema: accepterenSchema,
    run: (db, ctx, i) => koppelingBeslissen(db, ctx, { id: i.id, versie: i.versie, besluit: 'geaccepteerd', invoer: i.data }),
  },
  afwijzen: {
    mag: mayBeslissen,
    kan: (actor, k) => openZijden(actor, k).length > 0,
    veld: 'reden',
    schema: afwijzenSchema,
    run: (db, ctx, i) => koppelingBeslissen(db, ctx, { id: i.id, versie: i.versie, besluit: 'afgewezen', invoer: i.data }),
  },
  intrekken: {
    mag: mayIntrekken,
    kan: (_actor, k) => kanIntrekken(k),
    veld: 'reden',
    schema: intrekkenSchema,
    run: (db, ctx, i) => koppelingIntrekken(db, ctx, { id: i.id, versie: i.versie, reden: i.data.reden }),
  },
};

const prefix = 'actie-';
type Waarden = { versie: string; tekst: string; zijde: string };
type State = { waarden: Waarden; fieldErrors: Record<string, string>; fout?: 'verouderd' | 'niet-mogelijk' | undefined };

/** The koppeling in the path, if this person may take this step: unreadable 404, not theirs 403. */
async function voorActie(c: Context<AppEnv>, actie: Actie): Promise<KoppelingVolledig> {
  const k = await leesbareKoppeling(c);
  if (!configs[actie].mag(c.var.actor, k)) throw new ForbiddenError();
  return k;
}

export function actiePage(actie: Actie) {
  return async (c: Context<AppEnv>) => {
    const k = await voorActie(c, actie);
    const tekst = actie === 'introduceren' ? (k.toelichting ?? '') : '';
    return renderForm(c, actie, k, { waarden: { versie: String(k.versie), tekst, zijde: '' }, fieldErrors: {} });
  };
}

export function actiePost(actie: Actie) {
  return async (c: Context<AppEnv>) => {
    const config = configs[actie];
    const k = await voorActie(c, actie);
    const values = await readForm(c);
    const waarden: Waarden = { versie: values.versie ?? '', tekst: values[config.veld] ?? '', zijde: values.zijde ?? '' };
    if (!config.kan(c.var.actor, k)) return renderForm(c, actie, k, { waarden, fieldErrors: {}, fout: 'niet-mogelijk' }, 409);
    const form = validateForm(c, config.schema, { [config.veld]: waarden.tekst, ...(waarden.zijde ? { zijde: waarden.zijde } : {}) }, prefix);
    if (!form.ok) return renderForm(c, actie, k, { waarden, fieldErrors: form.fieldErrors }, 400);
    const versie = versieUit(waarden.versie);
    const db = c.var.deps.database.db;
    const result: ActieResult = versie === undefined ? { ok: false, reden: 'verouderd' } : await config.run(db, commandContext(c), { id: k.id, versie, data: form.data });
    if (result.ok) {
      flash(c, `koppelingen.flash.${actie}`);
      return c.redirect(pad(c, `/koppelingen/${k.id}`), 303);
    }
    if (result.reden === 'ongeldig') {
      return renderForm(c, actie, k, { waarden, fieldErrors: Object.fromEntries(result.fouten.map((f) => [f.veld, c.var.t(f.key)])) }, 400);
    }
    // Nothing written: show what is stored now; the form keeps this person's text.
    const nu = await leesbareKoppeling(c);
    return renderForm(c, actie, nu, { waarden: { ...waarden, versie: String(nu.versie) }, fieldErrors: {}, fout: result.reden }, 409);
  };
}

function renderForm(c: Context<AppEnv>, actie: Actie, k: KoppelingVolledig, state: State, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const config = configs[actie];
  const title = t(`koppelingen.actie.${actie}.titel`);
  const detailPad = pad(c, `/koppelingen/${k.id}`);
  const w = state.waarden;
  const e = state.fieldErrors;
  const open = openZijden(c.var.actor, k);
  const kiesZijde = (actie === 'accepteren' || actie === 'afwijzen') && open.length > 1;
  const kan = config.kan(c.var.actor, k);
  const summary = toSummary(e, prefix).map((x) => (x.field === `${prefix}zijde` ? { ...x, field: `${prefix}zijde-0` } : x));
  const limiet = config.veld === 'toelichting' ? koppelingLimieten.toelichting : koppelingLimieten.reden;
  return renderPage(
    c,
    { title, breadcrumbs: koppelingKruimels(c, k, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {state.fout === 'verouderd' ? (
        <Melding soort="error" id="verouderd">
          <h2 class="utrecht-heading-2">{t('koppelingen.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('koppelingen.verouderd.uitleg')}</p>
        </Melding>
      ) : null}
      <dl class="utrecht-data-list ip-data-list">
        <Gegeven label={t('koppelingen.veld.vraagstuk')}>
          <Titel nl={k.vraagstuk.titelNl} en={k.vraagstuk.titelEn} /> ({k.vraagstuk.organisatieNaam})
        </Gegeven>
        <Gegeven label={t('koppelingen.veld.kandidaat')}>
          <KandidaatVerwijzing kandidaat={k.kandidaat} />
        </Gegeven>
        <Gegeven label={t('koppelingen.veld.status')}>
          <StatusBadge status={k.status} />
        </Gegeven>
      </dl>
      {actie !== 'introduceren' && k.toelichting ? (
        <>
          <h2 class="utrecht-heading-2">{t('koppelingen.veld.toelichting')}</h2>
          <PlainText text={k.toelichting} />
        </>
      ) : null}
      {actie === 'accepteren' || actie === 'introduceren' ? <Uitleg score={k.score} signalen={k.signalen} volledig={false} /> : null}
      {!kan ? (
        <>
          <Melding soort={status === 200 ? 'info' : 'error'} id="melding">
            <p class="utrecht-paragraph">{t('koppelingen.actie.nietMeer', { status: t(`koppelingen.status.${k.status}`) })}</p>
          </Melding>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
              {t('koppelingen.terugNaarKoppeling')}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t(`koppelingen.actie.${actie}.formKop`)}</h2>
          <p class="utrecht-paragraph">{t(`koppelingen.actie.${actie}.uitleg`)}</p>
          <ErrorSummary errors={summary} />
          <PostForm action={`/koppelingen/${k.id}/${actie}`}>
            <input type="hidden" name="versie" value={w.versie} />
            {kiesZijde ? (
              <RadioGroup
                id={`${prefix}zijde`}
                name="zijde"
                legend={t('koppelingen.actie.zijde')}
                options={zijden.map((z) => ({ value: z, label: t(`koppelingen.zijde.${z}`) }))}
                checked={w.zijde}
                error={e.zijde}
              />
            ) : null}
            <TextAreaField
              id={`${prefix}${config.veld}`}
              name={config.veld}
              label={t(`koppelingen.actie.${actie}.veld`)}
              hint={t(`koppelingen.actie.${actie}.hint`, { max: String(limiet) })}
              value={w.tekst}
              error={e[config.veld]}
              maxlength={limiet}
              rows={6}
            />
            <div class="utrecht-button-group">
              <SubmitButton label={t(`koppelingen.actie.${actie}.bevestig`)} variant={actie === 'afwijzen' || actie === 'intrekken' ? 'warning' : 'primary'} />
              <a class="utrecht-link utrecht-link--html-a" href={detailPad}>
                {t('koppelingen.annuleren')}
              </a>
            </div>
          </PostForm>
        </>
      )}
    </>,
    status,
  );
}
