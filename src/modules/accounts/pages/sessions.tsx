import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { isAccount } from '../../../platform/actor.ts';
import { recordAudit } from '../../audit/index.ts';
import { clearSessionCookie, sessionSettings } from '../session-middleware.ts';
import { endAllSessions, endSession, listSessions, purgeExpiredSessions } from '../sessions.ts';
import { formatDateTime } from './format.ts';

/** POST /uitloggen: ends this session. */
export async function logout(c: Context<AppEnv>) {
  const { db } = c.var.deps.database;
  if (c.var.session) await endSession(db, c.var.session.hash);
  clearSessionCookie(c);
  flash(c, 'accounts.uitloggen.gelukt');
  return c.redirect(localizedPath(c.var.locale, '/'), 303);
}

/** GET /account/sessies: where I am logged in, and the button to log out everywhere. */
export async function sessionsPage(c: Context<AppEnv>) {
  const { t, locale, actor, session } = c.var;
  if (!isAccount(actor)) throw new Error('gate');
  const { db } = c.var.deps.database;
  await purgeExpiredSessions(db, sessionSettings(c));
  const rows = await listSessions(db, actor.accountId);
  const title = t('accounts.sessies.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('accounts.overzicht.titel'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('accounts.sessies.intro')}</p>
      <table class="utrecht-table ip-table">
        <caption class="utrecht-table__caption">{t('accounts.sessies.caption', { count: rows.length })}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('accounts.sessies.apparaat')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('accounts.sessies.methode')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('accounts.sessies.sinds')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('accounts.sessies.laatstActief')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((row) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                {row.apparaat ?? t('accounts.sessies.onbekendApparaat')}
                {row.tokenHash === session?.hash ? ` (${t('accounts.sessies.dezeSessie')})` : ''}
              </td>
              <td class="utrecht-table__cell">{row.methode.startsWith('oidc:') ? t('accounts.sessies.sso') : t('accounts.sessies.wachtwoord')}</td>
              <td class="utrecht-table__cell">{formatDateTime(row.aangemaaktOp, locale)}</td>
              <td class="utrecht-table__cell">{formatDateTime(row.laatstActiefOp, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PostForm action="/account/sessies/overal-uitloggen">
        <p class="utrecht-paragraph">{t('accounts.sessies.overalUitleg')}</p>
        <SubmitButton label={t('accounts.sessies.overalKnop')} variant="secondary" />
      </PostForm>
    </>,
  );
}

/** POST /account/sessies/overal-uitloggen: every session of the account ends, this one too. */
export async function logoutEverywhere(c: Context<AppEnv>) {
  const { actor } = c.var;
  if (!isAccount(actor)) throw new Error('gate');
  const { db } = c.var.deps.database;
  const ended = await db.transaction(async (tx) => {
    const n = await endAllSessions(tx, actor.accountId);
    await recordAudit(tx, {
      actor,
      actie: 'account.overal-uitgelogd',
      objectType: 'account',
      objectId: actor.accountId,
      betreftAccountId: actor.accountId,
      na: { sessiesBeeindigd: n },
      requestId: c.var.requestId,
    });
    return n;
  });
  clearSessionCookie(c);
  c.var.deps.logger.info({ sessions: ended }, 'logged out everywhere');
  flash(c, 'accounts.sessies.overalGelukt');
  return c.redirect(localizedPath(c.var.locale, '/inloggen'), 303);
}
