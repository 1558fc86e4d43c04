import type { Context } from 'hono';
import { ForbiddenError } from '../../../platform/errors.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { isBeoordelaar, isEigenaar } from '../../vraagstukken/index.ts';
import { kanBeantwoorden } from '../policy.ts';
import { belangstellingenVoorVraagstuk } from '../queries.ts';
import { AanbodVerwijzing, Dag, pad, PersoonNaam, StatusBadge, Titel, titelTekst, zichtbaarVraagstuk } from './components.tsx';

/**
 * GET /vraagstukken/:id/belangstellingen: every interest in one vraagstuk, for its owners (who
 * answer) and its beoordelaars (who follow it). Others may see the vraagstuk but not who is
 * interested (403); a vraagstuk they may not see does not exist for them (404).
 */
export async function voorVraagstukPage(c: Context<AppEnv>) {
  const kern = await zichtbaarVraagstuk(c);
  const actor = c.var.actor;
  const eigenaar = isEigenaar(actor, kern);
  if (!eigenaar && !isBeoordelaar(actor, kern)) throw new ForbiddenError();
  const { t } = c.var;
  const items = await belangstellingenVoorVraagstuk(c.var.deps.database.db, kern.id);
  const vraagstukTitel = titelTekst(c, kern.titelNl, kern.titelEn);
  const title = t('belangstellingen.voorVraagstuk.titel', { vraagstuk: vraagstukTitel });
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('belangstellingen.crumbs.vraagstukken'), path: '/vraagstukken' },
        { label: vraagstukTitel, path: `/vraagstukken/${kern.id}` },
        { label: t('belangstellingen.voorVraagstuk.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">
        {t('belangstellingen.voorVraagstuk.kop')} <Titel nl={kern.titelNl} en={kern.titelEn} />
      </h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${kern.id}`)}>
          {t('belangstellingen.terugNaarVraagstuk')}
        </a>
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('belangstellingen.voorVraagstuk.leeg')} />
      ) : (
        <>
          <p class="utrecht-paragraph">{t('belangstellingen.voorVraagstuk.aantal', { count: items.length })}</p>
          <ul class="ip-results">
            {items.map((b) => (
              <li class="ip-result">
                <h2 class="utrecht-heading-2 ip-result__title">
                  <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${b.id}`)}>
                    <PersoonNaam persoon={b.persoon} />
                  </a>
                </h2>
                <p class="utrecht-paragraph ip-result__meta">
                  <StatusBadge status={b.status} /> · {t('belangstellingen.getoondOp')} <Dag op={b.createdAt} />
                </p>
                <p class="utrecht-paragraph">
                  {t('belangstellingen.veld.aanbod')}: <AanbodVerwijzing aanbod={b.aanbod} />
                </p>
                <PlainText text={b.motivatie} />
                {eigenaar && kanBeantwoorden(b.status) ? (
                  <p class="utrecht-paragraph">
                    <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${b.id}/beantwoorden`)}>
                      {t('belangstellingen.voorVraagstuk.beantwoord', { naam: b.persoon.verwijderd ? t('belangstellingen.verwijderdePersoon') : b.persoon.naam })}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>,
  );
}
