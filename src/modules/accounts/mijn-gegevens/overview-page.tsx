import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { refuseAnonymous } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { AccountSection, LoginSections, MarktplaatsSections, MembershipSections } from './data-sections.tsx';
import { collectMyData, type MyData } from './my-data.ts';
import { ProfielForm, ZichtbaarheidForm, profielSchema, zichtbaarheidSchema, type ProfielFormState } from './profile-forms.tsx';
import { setProfileVisibility } from './set-profile-visibility.ts';
import { updateProfile, type Profile } from './update-profile.ts';

/** /account/gegevens: everything stored about me, with the forms to correct it. */
type View = {
  profiel?: ProfielFormState;
  errors?: FieldError[];
  /** A save was refused because the account changed meanwhile: the values stored now. */
  verouderd?: Profile;
};

async function renderOverview(c: Context<AppEnv>, actor: AccountActor, view: View = {}, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const data = await collectMyData(c.var.deps.database.db, actor.accountId);
  if (!data) return renderErrorPage(c, 404);
  const a = data.account;
  const profiel: ProfielFormState = view.profiel ?? {
    values: { naam: a.naam, persoonstype: a.persoonstype ?? '', taal: a.taal, versie: String(a.versie) },
    fieldErrors: {},
  };
  const title = t('mijnGegevens.title');
  const link = (path: string, label: string) => (
    <li>
      <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, path)}>
        {label}
      </a>
    </li>
  );
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('mijnGegevens.mijnAccount'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('mijnGegevens.intro')}</p>
      <ErrorSummary errors={view.errors ?? []} />
      {view.verouderd ? <StaleNotice huidig={view.verouderd} /> : null}
      <nav aria-labelledby="uw-rechten">
        <h2 class="utrecht-heading-2" id="uw-rechten">
          {t('mijnGegevens.rechten.title')}
        </h2>
        <ul class="utrecht-unordered-list">
          {link('/account/gegevens/download', t('mijnGegevens.rechten.download'))}
          {link('/account/gegevens/logboek', t('mijnGegevens.rechten.logboek'))}
          {link('/account/verwijderen', t('mijnGegevens.rechten.verwijderen'))}
          {link('/privacy', t('mijnGegevens.rechten.privacy'))}
        </ul>
      </nav>
      <AccountSection data={data} />
      <ProfielForm state={profiel} />
      <ZichtbaarheidSection data={data} />
      <MembershipSections data={data} />
      <MarktplaatsSections data={data} />
      <LoginSections data={data} />
    </>,
    status,
  );
}

function ZichtbaarheidSection({ data }: { data: NonNullable<MyData> }) {
  return <ZichtbaarheidForm openbaar={data.account.profielOpenbaar} versie={data.account.versie} />;
}
/** What is stored now, so the person can compare it with what they typed before saving again. */
function StaleNotice({ huidig }: { huidig: Profile }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <div class="utrecht-alert utrecht-alert--warning ip-empty-state">
      <p class="utrecht-paragraph">{t('mijnGegevens.profiel.verouderdUitleg')}</p>
      <dl class="utrecht-data-list ip-data-list">
        <div class="ip-data-list__item">
          <dt>{t('mijnGegevens.profiel.naam')}</dt>
          <dd>{huidig.naam}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('mijnGegevens.profiel.persoonstype')}</dt>
          <dd>{huidig.persoonstype ? t(`mijnGegevens.persoonstype.${huidig.persoonstype}`) : t('mijnGegevens.nvt')}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('mijnGegevens.profiel.taal')}</dt>
          <dd>{t(`mijnGegevens.taal.${huidig.taal}`)}</dd>
        </div>
      </dl>
    </div>
  );
}

export async function overviewPage(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  return renderOverview(c, actor);
}

export async function saveProfile(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const { t, locale } = c.var;
  const values = await readForm(c);
  const result = validateForm(c, profielSchema, values, 'profiel-');
  if (!result.ok) {
    return renderOverview(c, actor, { profiel: { values, fieldErrors: result.fieldErrors }, errors: result.errors }, 400);
  }
  const { versie, ...profiel } = result.data;
  const outcome = await updateProfile(c.var.deps.database.db, { actor, versie, profiel, requestId: c.var.requestId });
  if (!outcome.ok) {
    // Nothing was written. The form keeps what the person typed, now on the current version, so a
    // second save is a choice made after seeing what changed.
    return renderOverview(
      c,
      actor,
      {
        profiel: { values: { ...values, versie: String(outcome.huidig.versie) }, fieldErrors: {} },
        errors: [{ field: 'profiel-formulier', message: t('mijnGegevens.profiel.verouderd') }],
        verouderd: outcome.huidig,
      },
      409,
    );
  }
  flash(c, 'mijnGegevens.profiel.opgeslagen');
  return c.redirect(localizedPath(locale, '/account/gegevens'), 303);
}

export async function saveVisibility(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const { t, locale } = c.var;
  const values = await readForm(c);
  const parsed = zichtbaarheidSchema.safeParse(values);
  if (!parsed.success) {
    return renderOverview(c, actor, { errors: [{ field: 'openbaar-profiel', message: t('mijnGegevens.openbaar.ongeldig') }] }, 400);
  }
  const outcome = await setProfileVisibility(c.var.deps.database.db, {
    actor,
    versie: parsed.data.versie,
    openbaar: parsed.data.openbaar === 'ja',
    requestId: c.var.requestId,
  });
  if (!outcome.ok) {
    return renderOverview(c, actor, { errors: [{ field: 'openbaar-profiel', message: t('mijnGegevens.openbaar.verouderd') }] }, 409);
  }
  flash(c, parsed.data.openbaar === 'ja' ? 'mijnGegevens.openbaar.aangezet' : 'mijnGegevens.openbaar.uitgezet');
  return c.redirect(localizedPath(locale, '/account/gegevens'), 303);
}
