import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { NotFoundError, ForbiddenError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { EmptyState, ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { apiTokenPrefix } from '../session-middleware.ts';
import type { ApiTokenScope } from '../schema.ts';
import { createToken } from './create-token.ts';
import { findToken, listTokens, tokenStatus } from './queries.ts';
import { revokeToken } from './revoke-token.ts';
import { tokenFormSchema, tokenGeldigheden } from './token.schema.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function actorOf(c: Context<AppEnv>): AccountActor {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  return actor;
}

const formatDate = (locale: Locale, d: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(d);

type FormState = { values: FormValues; fieldErrors: Record<string, string> };

/** GET /account/api-tokens: my tokens and the form for a new one. */
export function tokensPage(c: Context<AppEnv>) {
  return renderTokens(c, { values: { scopeRead: 'on', geldigheid: '90' }, fieldErrors: {} });
}

async function renderTokens(c: Context<AppEnv>, form: FormState, status: ContentfulStatusCode = 200, nieuw?: { naam: string; token: string }) {
  const { t, locale } = c.var;
  const actor = actorOf(c);
  const tokens = await listTokens(c.var.deps.database.db, actor.accountId);
  const title = t('tokens.title');
  const self = localizedPath(locale, '/account/api-tokens');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('tokens.crumbAccount'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('tokens.intro')}</p>
      {nieuw ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <h2 class="utrecht-heading-2">{t('tokens.nieuw.kop', { naam: nieuw.naam })}</h2>
          <p class="utrecht-paragraph">{t('tokens.nieuw.eenmalig')}</p>
          <p class="utrecht-paragraph">
            <label class="utrecht-form-label" for="nieuw-token">
              {t('tokens.nieuw.label')}
            </label>
          </p>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="nieuw-token" type="text" readonly value={nieuw.token} autocomplete="off" />
          <p class="utrecht-paragraph">{t('tokens.nieuw.gebruik', { voorbeeld: 'Authorization: Bearer ipt_…' })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={toSummary(form.fieldErrors, 'token-')} />

      <h2 class="utrecht-heading-2">{t('tokens.lijst.kop')}</h2>
      {tokens.length === 0 ? (
        <EmptyState title={t('tokens.lijst.leeg')} />
      ) : (
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="tokens-tabel">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="tokens-tabel">
              {t('tokens.lijst.caption')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {(['naam', 'prefix', 'scopes', 'verloopt', 'gebruikt', 'status', 'actie'] as const).map((k) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {t(`tokens.lijst.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {tokens.map((tok) => {
                const st = tokenStatus(tok);
                return (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {tok.naam}
                    </th>
                    <td class="utrecht-table__cell">
                      <code>{`${apiTokenPrefix}${tok.prefix}…`}</code>
                    </td>
                    <td class="utrecht-table__cell">{tok.scopes.map((s) => t(`tokens.scope.${s}`)).join(', ')}</td>
                    <td class="utrecht-table__cell">{formatDate(locale, tok.verlooptOp)}</td>
                    <td class="utrecht-table__cell">{tok.laatstGebruiktOp ? formatDate(locale, tok.laatstGebruiktOp) : t('tokens.lijst.nooit')}</td>
                    <td class="utrecht-table__cell">{t(`tokens.status.${st}`)}</td>
                    <td class="utrecht-table__cell">
                      {st === 'ingetrokken' ? (
                        '–'
                      ) : (
                        <a class="utrecht-link utrecht-link--html-a" href={`${self}/${tok.id}/intrekken`}>
                          {t('tokens.lijst.intrekken', { naam: tok.naam })}
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h2 class="utrecht-heading-2">{t('tokens.form.kop')}</h2>
      <form method="post" action={self} novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <TextField
          id="token-naam"
          name="naam"
          label={t('tokens.form.naam')}
          value={form.values.naam ?? ''}
          maxlength={100}
          autocomplete="off"
          error={form.fieldErrors.naam}
        />
        <fieldset
          class={`utrecht-form-fieldset${form.fieldErrors.scopeRead ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby={form.fieldErrors.scopeRead ? 'token-scopeRead-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{t('tokens.form.scopes')}</legend>
          {form.fieldErrors.scopeRead ? (
            <p class="utrecht-form-field-error-message" id="token-scopeRead-fout">
              {form.fieldErrors.scopeRead}
            </p>
          ) : null}
          {(['read', 'write'] as const).map((s) => {
            const name = s === 'read' ? 'scopeRead' : 'scopeWrite';
            return (
              <div class="utrecht-form-field utrecht-form-field--checkbox">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id={`token-${name}`}
                  name={name}
                  value="on"
                  checked={form.values[name] === 'on'}
                  aria-invalid={s === 'read' && form.fieldErrors.scopeRead ? 'true' : undefined}
                />{' '}
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`token-${name}`}>
                  {t(`tokens.scopeUitleg.${s}`)}
                </label>
              </div>
            );
          })}
        </fieldset>
        <SelectField
          id="token-geldigheid"
          name="geldigheid"
          label={t('tokens.form.geldigheid')}
          selected={form.values.geldigheid}
          error={form.fieldErrors.geldigheid}
          options={tokenGeldigheden.map((d) => ({ value: d, label: t('tokens.form.dagen', { count: Number(d) }) }))}
        />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('tokens.form.maak')}
        </button>
      </form>
    </>,
    status,
  );
}

/**
 * POST /account/api-tokens: make a token and show it on this response, once. Not a redirect:
 * the token must not travel in a URL or a cookie, and must not be cached.
 */
export async function tokenMakenPost(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const values = await readForm(c);
  const form = validateForm(c, tokenFormSchema, values, 'token-');
  if (!form.ok) return renderTokens(c, { values, fieldErrors: form.fieldErrors }, 400);
  const scopes: ApiTokenScope[] = form.data.scopeWrite ? ['read', 'write'] : ['read'];
  const { token } = await createToken(
    c.var.deps.database.db,
    { actor, requestId: c.var.requestId },
    { naam: form.data.naam, scopes, dagen: Number(form.data.geldigheid) },
  );
  c.header('Cache-Control', 'no-store');
  return renderTokens(c, { values: { scopeRead: 'on', geldigheid: '90' }, fieldErrors: {} }, 200, { naam: form.data.naam, token });
}

async function ownToken(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  if (!uuidPattern.test(id)) throw new NotFoundError();
  const row = await findToken(c.var.deps.database.db, id);
  if (!row) throw new NotFoundError();
  if (row.accountId !== actorOf(c).accountId) throw new ForbiddenError();
  return row;
}

/** GET /account/api-tokens/:id/intrekken: the confirmation step. */
export async function tokenIntrekkenPage(c: Context<AppEnv>) {
  const row = await ownToken(c);
  const { t, locale } = c.var;
  const title = t('tokens.intrekken.title', { naam: row.naam });
  const self = localizedPath(locale, '/account/api-tokens');
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('tokens.crumbAccount'), path: '/account' },
        { label: t('tokens.title'), path: '/account/api-tokens' },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <form method="post" action={`${self}/${row.id}/intrekken`}>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <p class="utrecht-paragraph">{t('tokens.intrekken.vraag', { naam: row.naam, prefix: `${apiTokenPrefix}${row.prefix}…` })}</p>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t('tokens.intrekken.bevestig')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={self}>
            {t('tokens.intrekken.annuleren')}
          </a>
        </div>
      </form>
    </>,
  );
}

/** POST /account/api-tokens/:id/intrekken */
export async function tokenIntrekkenPost(c: Context<AppEnv>) {
  const row = await ownToken(c);
  const result = await revokeToken(c.var.deps.database.db, { actor: actorOf(c), requestId: c.var.requestId }, row.id);
  flash(c, result.ok ? 'tokens.flash.ingetrokken' : 'tokens.flash.alIngetrokken');
  return c.redirect(localizedPath(c.var.locale, '/account/api-tokens'), 303);
}
