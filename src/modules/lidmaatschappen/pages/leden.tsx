import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount } from '../../../platform/actor.ts';
import { EmptyState, ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { clientIp } from '../../../web/client-ip.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { checkRateLimit } from '../../accounts/index.ts';
import { uitnodigen, uitnodigingGeldigDagen } from '../commands/uitnodigen.ts';
import { ledenQuerySchema, uitnodigingFormSchema } from '../lidmaatschap.schema.ts';
import { mailUitnodiging } from '../mails.ts';
import { listLeden, listOpenUitnodigingen, listOpenVerzoeken, type OrganisatieKop } from '../queries.ts';
import { organisatieRollen } from '../schema.ts';
import { CsrfField, formatDate, ledenPath, organisatieVoor } from './components.tsx';

const pageSize = 25;

type InviteState = { values: FormValues; fieldErrors: Record<string, string> };

/** GET /organisaties/:slug/leden: members, the invitation form, open invitations and open requests. */
export async function ledenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'leden-bekijken');
  return renderLeden(c, organisatie, { values: { rol: 'lid' }, fieldErrors: {} });
}

async function renderLeden(c: Context<AppEnv>, organisatie: OrganisatieKop, invite: InviteState, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const query = ledenQuerySchema.safeParse(c.req.query());
  const { page, sort } = query.success ? query.data : { page: 1, sort: 'naam' as const };
  const [{ items, total }, open, verzoeken] = await Promise.all([
    listLeden(db, organisatie.id, { page, pageSize, sort }),
    listOpenUitnodigingen(db, organisatie.id),
    listOpenVerzoeken(db, organisatie.id),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const title = t('lidmaatschappen.leden.title', { organisatie: organisatie.naam });
  const path = (rest = '') => ledenPath(locale, organisatie.slug, rest);
  const errors = toSummary(invite.fieldErrors, 'uitnodiging-');

  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('lidmaatschappen.crumbs.organisaties'), path: '/organisaties' },
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('lidmaatschappen.leden.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary errors={errors} />

      <section aria-labelledby="leden-kop">
        <h2 class="utrecht-heading-2" id="leden-kop">
          {t('lidmaatschappen.leden.ledenKop')}
        </h2>
        <p class="utrecht-paragraph">{t('lidmaatschappen.leden.aantal', { count: total })}</p>
        {total > 1 ? (
          <form method="get" action={path()} class="ip-filter">
            <SelectField
              id="leden-sort"
              name="sort"
              label={t('lidmaatschappen.leden.sort')}
              selected={sort}
              options={(['naam', '-naam', 'sinds', '-sinds'] as const).map((s) => ({ value: s, label: t(`lidmaatschappen.sort.${s}`) }))}
            />
            <div class="ip-filter__actions">
              <button class="utrecht-button utrecht-button--secondary-action" type="submit">
                {t('lidmaatschappen.leden.sorteer')}
              </button>
            </div>
          </form>
        ) : null}
        {items.length === 0 ? (
          <EmptyState title={t('lidmaatschappen.leden.leeg')} />
        ) : (
          <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="leden-tabel">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption" id="leden-tabel">
                {t('lidmaatschappen.leden.caption', { organisatie: organisatie.naam })}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t('lidmaatschappen.veld.naam')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('lidmaatschappen.veld.persoonstype')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('lidmaatschappen.veld.rol')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('lidmaatschappen.veld.sinds')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {items.map((lid) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      <a class="utrecht-link utrecht-link--html-a" href={path(`/${lid.id}`)}>
                        {lid.naam}
                      </a>
                    </th>
                    <td class="utrecht-table__cell">{lid.persoonstype ? t(`lidmaatschappen.persoonstype.${lid.persoonstype}`) : '–'}</td>
                    <td class="utrecht-table__cell">{t(`lidmaatschappen.rol.${lid.rol}`)}</td>
                    <td class="utrecht-table__cell">{formatDate(locale, lid.sinds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={page} totalPages={totalPages} />
      </section>

      <section aria-labelledby="uitnodigen-kop">
        <h2 class="utrecht-heading-2" id="uitnodigen-kop">
          {t('lidmaatschappen.uitnodigen.kop')}
        </h2>
        <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodigen.uitleg', { dagen: uitnodigingGeldigDagen })}</p>
        <form method="post" action={path('/uitnodigingen')} novalidate>
          <CsrfField />
          <TextField
            id="uitnodiging-email"
            name="email"
            label={t('lidmaatschappen.veld.email')}
            value={invite.values.email ?? ''}
            maxlength={254}
            autocomplete="off"
            error={invite.fieldErrors.email}
          />
          <SelectField
            id="uitnodiging-rol"
            name="rol"
            label={t('lidmaatschappen.veld.rol')}
            selected={invite.values.rol}
            error={invite.fieldErrors.rol}
            options={organisatieRollen.map((r) => ({ value: r, label: t(`lidmaatschappen.rol.${r}`) }))}
          />
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('lidmaatschappen.uitnodigen.verstuur')}
          </button>
        </form>
      </section>

      <section aria-labelledby="uitnodigingen-kop">
        <h2 class="utrecht-heading-2" id="uitnodigingen-kop">
          {t('lidmaatschappen.uitnodigingen.kop')}
        </h2>
        {open.length === 0 ? (
          <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodigingen.geen')}</p>
        ) : (
          <ul class="utrecht-unordered-list">
            {open.map((u) => (
              <li>
                {t('lidmaatschappen.uitnodigingen.regel', {
                  email: u.email,
                  rol: t(`lidmaatschappen.rol.${u.rol}`),
                  datum: formatDate(locale, u.verlooptOp),
                })}{' '}
                <a class="utrecht-link utrecht-link--html-a" href={path(`/uitnodigingen/${u.id}/intrekken`)}>
                  {t('lidmaatschappen.uitnodigingen.intrekken', { email: u.email })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="verzoeken-kop">
        <h2 class="utrecht-heading-2" id="verzoeken-kop">
          {t('lidmaatschappen.verzoeken.kop')}
        </h2>
        {verzoeken.length === 0 ? (
          <p class="utrecht-paragraph">{t('lidmaatschappen.verzoeken.geen')}</p>
        ) : (
          <ul class="ip-results">
            {verzoeken.map((v) => (
              <li class="ip-result">
                <h3 class="utrecht-heading-3 ip-result__title">{v.naam}</h3>
                <p class="utrecht-paragraph ip-result__meta">
                  {v.email ?? ''}
                  {v.persoonstype ? ` · ${t(`lidmaatschappen.persoonstype.${v.persoonstype}`)}` : ''}
                  {` · ${t('lidmaatschappen.verzoeken.op', { datum: formatDate(locale, v.createdAt) })}`}
                </p>
                {v.toelichting ? <p class="utrecht-paragraph">{v.toelichting}</p> : null}
                <form method="post" action={path(`/verzoeken/${v.id}`)} class="utrecht-button-group">
                  <CsrfField />
                  <button class="utrecht-button utrecht-button--primary-action" type="submit" name="besluit" value="goedkeuren">
                    {t('lidmaatschappen.verzoeken.goedkeuren', { naam: v.naam })}
                  </button>
                  <button class="utrecht-button utrecht-button--secondary-action" type="submit" name="besluit" value="afwijzen">
                    {t('lidmaatschappen.verzoeken.afwijzen', { naam: v.naam })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>,
    status,
  );
}

/** POST /organisaties/:slug/leden/uitnodigingen: invite someone by e-mail. */
export async function uitnodigingVersturen(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'uitnodigen');
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const values = await readForm(c);
  const form = validateForm(c, uitnodigingFormSchema, values, 'uitnodiging-');
  if (!form.ok) return renderLeden(c, organisatie, { values, fieldErrors: form.fieldErrors }, 400);

  const limit = await checkRateLimit(db, 'uitnodiging', { ip: clientIp(c), account: actor.email });
  if (!limit.allowed) {
    const minuten = Math.ceil(limit.retryAfterSeconds / 60);
    c.header('Retry-After', String(limit.retryAfterSeconds));
    return renderLeden(c, organisatie, { values, fieldErrors: { email: t('lidmaatschappen.fouten.teVeel', { minuten }) } }, 429);
  }

  const result = await uitnodigen(db, { actor, requestId: c.var.requestId }, { organisatieId: organisatie.id, ...form.data });
  if (!result.ok) {
    return renderLeden(c, organisatie, { values, fieldErrors: { email: t('lidmaatschappen.fouten.alLid') } }, 409);
  }
  // The invitee reads the mail in their own language when we know it, else in the inviter's.
  mailUitnodiging(c.var.deps.mailer, c.var.deps.config, {
    to: form.data.email,
    locale: result.taal ?? locale,
    token: result.token,
    organisatie: organisatie.naam,
    rol: form.data.rol,
    door: actor.naam,
    dagen: uitnodigingGeldigDagen,
  });
  flash(c, 'lidmaatschappen.flash.uitgenodigd');
  return c.redirect(ledenPath(locale, organisatie.slug), 303);
}
