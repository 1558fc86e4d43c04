import type { Context } from 'hono';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { isBeoordelaar, isEigenaar, maySee } from '../../vraagstukken/index.ts';
import { isBelangstellende, kanBeantwoorden, kanIntrekken, mayAnswerBelangstelling, mayWithdrawBelangstelling } from '../policy.ts';
import type { BelangstellingVolledig } from '../queries.ts';
import { AanbodVerwijzing, Dag, Gegeven, leesbareBelangstelling, pad, PersoonNaam, StatusBadge, Titel, titelTekst } from './components.tsx';

/** Breadcrumbs of the pages about one belangstelling: through "my interests", which both sides have. */
export function belangstellingKruimels(c: Context<AppEnv>, b: BelangstellingVolledig, laatste?: string) {
  const { t } = c.var;
  const hier = t('belangstellingen.detail.titel', { vraagstuk: titelTekst(c, b.vraagstuk.titelNl, b.vraagstuk.titelEn) });
  return [
    { label: t('belangstellingen.crumbs.account'), path: '/account' },
    { label: t('belangstellingen.mijn.titel'), path: '/account/belangstellingen' },
    ...(laatste ? [{ label: hier, path: `/belangstellingen/${b.id}` }, { label: laatste }] : [{ label: hier }]),
  ];
}

/**
 * GET /belangstellingen/:id: the interest as both sides see it: the vraagstuk, the person, the
 * aanbod, the motivation, the status and the answer; the owner may answer, the person may withdraw.
 * The person's e-mail address is shown to the vraagstuk's owners and beoordelaars, so that they can
 * reach them (the form says so before it is sent).
 */
export async function detailPage(c: Context<AppEnv>) {
  const b = await leesbareBelangstelling(c);
  const { t } = c.var;
  const actor = c.var.actor;
  const eigen = isBelangstellende(actor, b);
  const vanEigenaarKant = isEigenaar(actor, b.vraagstuk) || isBeoordelaar(actor, b.vraagstuk);
  const title = t('belangstellingen.detail.titel', { vraagstuk: titelTekst(c, b.vraagstuk.titelNl, b.vraagstuk.titelEn) });
  const beantwoorden = mayAnswerBelangstelling(actor, b) && kanBeantwoorden(b.status);
  const intrekken = mayWithdrawBelangstelling(actor, b) && kanIntrekken(b.status);
  return renderPage(
    c,
    { title, breadcrumbs: belangstellingKruimels(c, b) },
    <>
      <h1 class="utrecht-heading-1">
        {t('belangstellingen.detail.kop')} <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} />
      </h1>
      <p class="utrecht-paragraph">
        <StatusBadge status={b.status} /> {t(eigen ? `belangstellingen.statusUitleg.eigen.${b.status}` : `belangstellingen.statusUitleg.eigenaar.${b.status}`)}
      </p>
      <dl class="utrecht-data-list ip-data-list">
        <Gegeven label={t('belangstellingen.veld.vraagstuk')}>
          {maySee(actor, b.vraagstuk) ? (
            <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${b.vraagstuk.id}`)}>
              <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} />
            </a>
          ) : (
            <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} />
          )}
        </Gegeven>
        <Gegeven label={t('belangstellingen.veld.persoon')}>
          <PersoonNaam persoon={b.persoon} />
          {vanEigenaarKant && b.persoon.email ? (
            <>
              {' '}
              (<a class="utrecht-link utrecht-link--html-a" href={`mailto:${b.persoon.email}`}>{b.persoon.email}</a>)
            </>
          ) : null}
        </Gegeven>
        <Gegeven label={t('belangstellingen.veld.aanbod')}>
          <AanbodVerwijzing aanbod={b.aanbod} />
        </Gegeven>
        <Gegeven label={t('belangstellingen.veld.getoondOp')}>
          <Dag op={b.createdAt} />
        </Gegeven>
        {b.beantwoordOp ? (
          <Gegeven label={t('belangstellingen.veld.beantwoordOp')}>
            <Dag op={b.beantwoordOp} />
          </Gegeven>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{t('belangstellingen.veld.motivatie')}</h2>
      <PlainText text={b.motivatie} />
      <h2 class="utrecht-heading-2">{t('belangstellingen.veld.antwoord')}</h2>
      {b.antwoord ? <PlainText text={b.antwoord} /> : <p class="utrecht-paragraph">{t(b.beantwoordOp ? 'belangstellingen.detail.antwoordZonderTekst' : 'belangstellingen.detail.nogGeenAntwoord')}</p>}
      {beantwoorden || intrekken ? (
        <div class="utrecht-button-group">
          {beantwoorden ? (
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={pad(c, `/belangstellingen/${b.id}/beantwoorden`)}>
              {t('belangstellingen.detail.beantwoorden')}
            </a>
          ) : null}
          {intrekken ? (
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={pad(c, `/belangstellingen/${b.id}/intrekken`)}>
              {t('belangstellingen.detail.intrekken')}
            </a>
          ) : null}
        </div>
      ) : null}
      <ul class="utrecht-unordered-list ip-link-list">
        {vanEigenaarKant ? (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${b.vraagstuk.id}/belangstellingen`)}>
              {t('belangstellingen.detail.alleVoorVraagstuk')}
            </a>
          </li>
        ) : null}
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={pad(c, '/account/belangstellingen')}>
            {t('belangstellingen.detail.naarOverzicht')}
          </a>
        </li>
      </ul>
    </>,
  );
}
