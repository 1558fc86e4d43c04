import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { isAccount } from '../../../platform/actor.ts';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatMoment } from '../../audit/index.ts';
import { bewerkbareStatussen, kan, openStatussen } from '../lifecycle.ts';
import { isBeoordelaar, isEigenaar, mayTransition, maySeeDetails } from '../policy.ts';
import { aantalBelangstellingen, gebeurtenissenVan } from '../queries.ts';
import { grootte } from './bijlagen.tsx';
import { transitiePaden, type PaginaTransitie } from './transities.tsx';
import { datum, inTaal, Melding, pad, StatusTag, Tekst, titelVan, vraagstukVoor } from './velden.tsx';

/**
 * GET /vraagstukken/:id: the summary for everyone who may see it; the question, the desired result,
 * contact people and attachments only for who may see the details ('na-introductie': after an
 * introduction). The owners and the verbinder see the buttons for the next steps, the verbinder's
 * remark and who did what in the history; everyone else sees the steps and their dates.
 */
export async function detailPage(c: Context<AppEnv>) {
  const { v, resource } = await vraagstukVoor(c);
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const eigenaar = isEigenaar(actor, resource);
  const intern = eigenaar || isBeoordelaar(actor, resource);
  const details = maySeeDetails(actor, resource);
  const [geschiedenis, belangstellingen] = await Promise.all([gebeurtenissenVan(db, v.id), eigenaar ? aantalBelangstellingen(db, v.id) : Promise.resolve(0)]);
  const titel = titelVan(t, locale, v);
  const stappen = (Object.keys(transitiePaden) as PaginaTransitie[]).filter((tr) => kan(tr, v.status) && mayTransition(actor, tr, resource));
  const naam = (r: { naamNl: string; naamEn: string }) => (locale === 'en' ? r.naamEn : r.naamNl);
  const item = (label: string, waarde: Child) => (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{waarde}</dd>
    </div>
  );
  const periode = [v.vroegsteStart ? t('vraagstukken.detail.vanaf', { datum: datum(v.vroegsteStart, locale) }) : '', v.duurWeken ? t('vraagstukken.detail.weken', { count: v.duurWeken }) : ''].filter(Boolean).join(', ');
  const capaciteit = [v.aantalStudenten ? t('vraagstukken.detail.studenten', { count: v.aantalStudenten }) : '', v.aantalTeams ? t('vraagstukken.detail.teams', { count: v.aantalTeams }) : ''].filter(Boolean).join(', ');
  const vraag = inTaal(locale, v.vraagNl, v.vraagEn);
  const resultaat = inTaal(locale, v.resultaatNl, v.resultaatEn);
  return renderPage(
    c,
    { title: titel.tekst, breadcrumbs: [{ label: t('vraagstukken.lijst'), path: '/vraagstukken' }, { label: titel.tekst }] },
    <>
      <h1 class="utrecht-heading-1" lang={titel.lang}>
        {titel.tekst}
      </h1>
      <p class="utrecht-paragraph">
        <StatusTag status={v.status} />
        {v.sluitreden ? ` ${t(`marktplaats.sluitreden.${v.sluitreden}`)}` : ''}
        {v.isDemo ? (
          <>
            {' '}
            <span class="utrecht-status-badge utrecht-status-badge--neutral">{t('marktplaats.demo')}</span>
          </>
        ) : null}
      </p>
      {eigenaar && v.status === 'teruggestuurd' && v.opmerkingVerbinder ? (
        <Melding soort="warning" id="opmerking-verbinder">
          <h2 class="utrecht-heading-2">{t('vraagstukken.detail.opmerkingVerbinder')}</h2>
          <PlainText text={v.opmerkingVerbinder} />
          <p class="utrecht-paragraph">{t('vraagstukken.detail.opmerkingActie')}</p>
        </Melding>
      ) : null}
      {stappen.length > 0 || (eigenaar && bewerkbareStatussen.includes(v.status)) ? (
        <nav aria-label={t('vraagstukken.detail.acties')} class="utrecht-button-group ip-acties">
          {eigenaar && bewerkbareStatussen.includes(v.status) ? (
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={pad(locale, v.id, '/bewerken')}>
              {t('vraagstukken.detail.bewerken')}
            </a>
          ) : null}
          {stappen.map((tr) => (
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={pad(locale, v.id, `/${transitiePaden[tr]}`)}>
              {t(`vraagstukken.transitie.${tr}.knop`)}
            </a>
          ))}
        </nav>
      ) : null}
      {eigenaar ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, '/belangstellingen')}>
            {t('vraagstukken.detail.belangstellingen', { count: belangstellingen })}
          </a>
        </p>
      ) : isAccount(actor) && openStatussen.includes(v.status) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={pad(locale, v.id, '/belangstelling')}>
            {t('vraagstukken.detail.belangstellingTonen')}
          </a>
        </p>
      ) : null}
      {intern ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, '/suggesties')}>
            {t('werkbank.links.suggesties')}
          </a>
          {' · '}
          <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, '/koppelingen')}>
            {t('werkbank.links.koppelingenVraagstuk')}
          </a>
        </p>
      ) : null}
      {v.contextNl || v.contextEn ? (
        <section aria-labelledby="context-kop">
          <h2 class="utrecht-heading-2" id="context-kop">
            {t('vraagstukken.detail.context')}
          </h2>
          <Tekst nl={v.contextNl} en={v.contextEn} />
        </section>
      ) : null}
      <h2 class="utrecht-heading-2">{t('vraagstukken.detail.gegevens')}</h2>
      <dl class="utrecht-data-list ip-data-list">
        {item(
          t('vraagstukken.veld.organisatie'),
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${v.organisatie.slug}`)}>
            {v.organisatie.naam}
          </a>,
        )}
        {v.onderdeel ? item(t('vraagstukken.veld.onderdeel'), v.onderdeel.naam) : null}
        {item(t('vraagstukken.veld.regio'), v.landelijk ? `${v.regio.naam} (${t('marktplaats.landelijk').toLowerCase()})` : v.regio.naam)}
        {item(t('vraagstukken.veld.themas'), v.themas.map(naam).join(', ') || '–')}
        {item(t('vraagstukken.veld.vormen'), v.vormen.map(naam).join(', ') || '–')}
        {item(t('vraagstukken.veld.niveaus'), v.niveaus.map((n) => t(`marktplaats.niveau.${n}`)).join(', ') || '–')}
        {v.diepgang ? item(t('vraagstukken.veld.diepgang'), t(`marktplaats.diepgang.${v.diepgang}`)) : null}
        {periode ? item(t('vraagstukken.detail.periode'), periode) : null}
        {v.deadline ? item(t('vraagstukken.veld.deadline'), datum(v.deadline, locale)) : null}
        {capaciteit ? item(t('vraagstukken.detail.capaciteit'), capaciteit) : null}
        {item(t('vraagstukken.veld.vertrouwelijkheid'), t(`marktplaats.vertrouwelijkheid.${v.vertrouwelijkheid}`))}
        {v.gepubliceerdOp ? item(t('vraagstukken.detail.gepubliceerdOp'), formatMoment(v.gepubliceerdOp, locale)) : null}
      </dl>
      {details ? (
        <>
          {vraag.tekst ? (
            <section aria-labelledby="vraag-kop">
              <h2 class="utrecht-heading-2" id="vraag-kop">
                {t('vraagstukken.detail.vraag')}
              </h2>
              <PlainText text={vraag.tekst} {...(vraag.lang ? { lang: vraag.lang } : {})} />
            </section>
          ) : null}
          {resultaat.tekst ? (
            <section aria-labelledby="resultaat-kop">
              <h2 class="utrecht-heading-2" id="resultaat-kop">
                {t('vraagstukken.detail.resultaat')}
              </h2>
              <PlainText text={resultaat.tekst} {...(resultaat.lang ? { lang: resultaat.lang } : {})} />
            </section>
          ) : null}
          {v.contactpersonen.length > 0 ? (
            <section aria-labelledby="contact-kop">
              <h2 class="utrecht-heading-2" id="contact-kop">
                {t('vraagstukken.veld.contactpersonen')}
              </h2>
              <ul class="utrecht-unordered-list">
                {v.contactpersonen.map((p) => (
                  <li>
                    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/personen/${p.id}`)}>
                      {p.naam}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {v.bijlagen.length > 0 ? (
            <section aria-labelledby="bijlagen-kop">
              <h2 class="utrecht-heading-2" id="bijlagen-kop">
                {t('vraagstukken.bijlagen.kop')}
              </h2>
              <ul class="utrecht-unordered-list">
                {v.bijlagen.map((b) => (
                  <li>
                    <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, `/bijlagen/${b.id}`)}>
                      {b.bestandsnaam}
                    </a>{' '}
                    ({grootte(b.grootte, locale)})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : (
        <Melding soort="info" id="details-verborgen">
          <p class="utrecht-paragraph">{t('vraagstukken.detail.naIntroductie')}</p>
        </Melding>
      )}
      <section aria-labelledby="geschiedenis-kop">
        <h2 class="utrecht-heading-2" id="geschiedenis-kop">
          {t('vraagstukken.geschiedenis.kop')}
        </h2>
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="geschiedenis-kop">
          <table class="utrecht-table utrecht-table--html-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.geschiedenis.wanneer')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.geschiedenis.wat')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.geschiedenis.status')}</th>
                {intern ? <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.geschiedenis.wie')}</th> : null}
                {intern ? <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.geschiedenis.opmerking')}</th> : null}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {geschiedenis.map((g) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{formatMoment(g.op, locale)}</td>
                  <td class="utrecht-table__cell">{t(`vraagstukken.geschiedenis.soort.${g.soort}`)}</td>
                  <td class="utrecht-table__cell">{g.naarStatus ? t(`marktplaats.vraagstukStatus.${g.naarStatus}`) : '–'}</td>
                  {intern ? <td class="utrecht-table__cell">{g.actor ? g.actor.naam : t('vraagstukken.geschiedenis.systeem')}</td> : null}
                  {intern ? (
                    <td class="utrecht-table__cell">
                      <PlainText text={g.opmerking} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>,
  );
}
