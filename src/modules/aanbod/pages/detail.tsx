import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { isAccount } from '../../../platform/actor.ts';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { PlainText } from '../../../web/components/plain-text.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatDay } from '../../audit/index.ts';
import { magNaarStatus, mayEditAanbod } from '../policy.ts';
import type { AanbodVolledig } from '../queries.ts';
import { aanbodPath, aanbodVoor, inTaal, langeDatum, Rij, titelVan } from './shared.tsx';

const euro = (bedrag: number, locale: Locale) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(bedrag);

/**
 * GET /aanbod/:id: everything about one item. Published: everyone; a concept or archived item
 * only for those who may edit it (others get 404). The owner's name shows only when their profile
 * is public or the visitor may edit the item. User text is plain text, escaped, in its own language.
 */
export async function detailPage(c: Context<AppEnv>) {
  const a = await aanbodVoor(c);
  const { t, locale, actor } = c.var;
  const beheren = mayEditAanbod(actor, a);
  const titel = titelVan(locale, a);
  const beschrijving = inTaal(locale, a.beschrijvingNl, a.beschrijvingEn);
  const vragen = inTaal(locale, a.geschikteVragenNl, a.geschikteVragenEn);
  const naam = (n: { naamNl: string; naamEn: string }) => (locale === 'en' ? n.naamEn : n.naamNl);
  const link = (href: string, text: string) => (
    <a class="utrecht-link utrecht-link--html-a" href={href}>
      {text}
    </a>
  );
  return renderPage(
    c,
    { title: titel.text, breadcrumbs: [{ label: t('aanbod.detail.crumb'), path: '/aanbod' }, { label: titel.text }] },
    <>
      <h1 class="utrecht-heading-1" lang={titel.lang}>
        {titel.text}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t(`marktplaats.aanbodSoort.${a.soort}`)}
        {a.organisatie ? ` · ${a.organisatie.naam}` : ''}
      </p>
      {a.isDemo ? (
        <div class="utrecht-alert utrecht-alert--info ip-empty-state">
          <p class="utrecht-paragraph">{t('marktplaats.demo')}</p>
        </div>
      ) : null}
      {a.status !== 'gepubliceerd' ? (
        <div class="utrecht-alert utrecht-alert--warning ip-empty-state">
          <p class="utrecht-paragraph">
            <strong>{t(`marktplaats.aanbodStatus.${a.status}`)}</strong>: {t(`aanbod.detail.statusUitleg.${a.status}`)}
          </p>
        </div>
      ) : null}
      <PlainText text={beschrijving.text} {...(beschrijving.lang ? { lang: beschrijving.lang } : {})} />

      <h2 class="utrecht-heading-2">{t('aanbod.detail.kopGegevens')}</h2>
      <dl class="utrecht-data-list ip-data-list">
        <Rij label={t('aanbod.veld.soort')}>{t(`marktplaats.aanbodSoort.${a.soort}`)}</Rij>
        {beheren ? <Rij label={t('aanbod.veld.status')}>{t(`marktplaats.aanbodStatus.${a.status}`)}</Rij> : null}
        <Rij label={t('aanbod.veld.organisatie')}>{a.organisatie ? link(localizedPath(locale, `/organisaties/${a.organisatie.slug}`), a.organisatie.naam) : null}</Rij>
        <Rij label={t('aanbod.veld.onderdeel')}>
          {a.onderdeel && a.organisatie ? link(localizedPath(locale, `/organisaties/${a.organisatie.slug}/onderdelen/${a.onderdeel.slug}`), a.onderdeel.naam) : null}
        </Rij>
        <Rij label={t(a.soort === 'gastdocent' ? 'aanbod.veld.gastdocent' : 'aanbod.veld.eigenaar')}>
          {a.eigenaar ? (a.eigenaar.profielOpenbaar ? link(localizedPath(locale, `/personen/${a.eigenaar.id}`), a.eigenaar.naam) : a.eigenaar.naam) : null}
        </Rij>
        <Rij label={t('aanbod.veld.themas')}>{a.themas.map(naam).join(', ')}</Rij>
        <Rij label={t('aanbod.veld.vormen')}>{a.vormen.map(naam).join(', ')}</Rij>
        <Rij label={t('aanbod.veld.niveaus')}>{a.niveaus.map((n) => t(`marktplaats.niveau.${n}`)).join(', ')}</Rij>
        <Rij label={t('aanbod.veld.regio')}>{a.regio ? a.regio.naam : t('marktplaats.landelijk')}</Rij>
        <Rij label={t('aanbod.veld.opleiding')}>{a.opleiding}</Rij>
        <Rij label={t('aanbod.veld.opdrachtsoort')}>{a.opdrachtsoort ? t(`marktplaats.opdrachtsoort.${a.opdrachtsoort}`) : null}</Rij>
        <Rij label={t('aanbod.veld.vakgebied')}>{a.vakgebied}</Rij>
        <Rij label={t('aanbod.veld.formaat')}>{a.formaat ? t(`marktplaats.formaat.${a.formaat}`) : null}</Rij>
        <Rij label={t(a.soort === 'studenten' ? 'aanbod.veld.aantalStudentenGroep' : 'aanbod.veld.aantalStudenten')}>{a.aantalStudenten === null ? null : String(a.aantalStudenten)}</Rij>
        <Rij label={t('aanbod.veld.aantalTeams')}>{a.aantalTeams === null ? null : String(a.aantalTeams)}</Rij>
        <Rij label={t('aanbod.veld.intakeDeadline')}>{a.intakeDeadline ? langeDatum(a.intakeDeadline, locale) : null}</Rij>
        <Rij label={t('aanbod.veld.kosten')}>{a.kostenEuro === null ? null : a.kostenEuro === 0 ? t('aanbod.detail.gratis') : euro(a.kostenEuro, locale)}</Rij>
        <Rij label={t('aanbod.veld.aanmelden')}>
          {a.aanmeldUrl ? (
            <a class="utrecht-link utrecht-link--html-a" href={a.aanmeldUrl} rel="nofollow ugc noopener">
              {a.aanmeldUrl}
            </a>
          ) : null}
        </Rij>
        <Rij label={t('aanbod.veld.gepubliceerdOp')}>{a.gepubliceerdOp ? formatDay(a.gepubliceerdOp, locale) : null}</Rij>
      </dl>

      {vragen.text ? (
        <section aria-labelledby="geschikte-vragen">
          <h2 class="utrecht-heading-2" id="geschikte-vragen">
            {t('aanbod.detail.kopGeschikteVragen')}
          </h2>
          <PlainText text={vragen.text} {...(vragen.lang ? { lang: vragen.lang } : {})} />
        </section>
      ) : null}

      {a.periodes.length > 0 ? <PeriodeTabel a={a} locale={locale} /> : null}

      {beheren ? (
        <section aria-labelledby="beheren">
          <h2 class="utrecht-heading-2" id="beheren">
            {t('aanbod.detail.kopBeheren')}
          </h2>
          <ul class="utrecht-unordered-list">
            <li>{link(aanbodPath(locale, a.id, '/bewerken'), t('aanbod.detail.bewerken'))}</li>
            <li>{link(aanbodPath(locale, a.id, '/suggesties'), t('werkbank.links.passendeVraagstukken'))}</li>
            {magNaarStatus(a.status, 'gepubliceerd') ? <li>{link(aanbodPath(locale, a.id, '/publiceren'), t(a.status === 'gearchiveerd' ? 'aanbod.detail.opnieuwPubliceren' : 'aanbod.detail.publiceren'))}</li> : null}
            {magNaarStatus(a.status, 'gearchiveerd') ? <li>{link(aanbodPath(locale, a.id, '/archiveren'), t('aanbod.detail.archiveren'))}</li> : null}
            <li>{link(aanbodPath(locale, a.id, '/verwijderen'), t('aanbod.detail.verwijderen'))}</li>
          </ul>
        </section>
      ) : null}

      {isAccount(actor) ? (
        <div class="utrecht-alert utrecht-alert--info ip-empty-state">
          <p class="utrecht-paragraph">{t(beheren ? 'aanbod.detail.koppelenEigen' : 'aanbod.detail.koppelenAnder')}</p>
          <p class="utrecht-paragraph">
            {beheren ? link(localizedPath(locale, '/vraagstukken'), t('aanbod.detail.zoekVraagstukken')) : link(localizedPath(locale, '/aanbod/nieuw'), t('aanbod.mijn.toevoegen'))}
          </p>
        </div>
      ) : null}

      <p class="utrecht-paragraph ip-back">{link(localizedPath(locale, '/aanbod'), t('aanbod.detail.terug'))}</p>
    </>,
  );
}

/** The periods as a table, with long dates; the label (as people say it) heads each row. */
function PeriodeTabel({ a, locale }: { a: AanbodVolledig; locale: Locale }) {
  const { t } = useRequestContext<AppEnv>().var;
  const cell = 'utrecht-table__cell';
  return (
    <section aria-labelledby="periodes-titel">
      <h2 class="utrecht-heading-2" id="periodes-titel">
        {t(`aanbod.detail.kopPeriodes.${a.soort}`)}
      </h2>
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="periodes-titel">
        <table class="utrecht-table utrecht-table--html-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.periodeLabel')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.periodeSoort')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.van')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.tot')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {a.periodes.map((p) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {p.label}
                </th>
                <td class={cell}>{t(`marktplaats.periodeSoort.${p.soort}`)}</td>
                <td class={cell}>
                  <time datetime={p.van}>{langeDatum(p.van, locale)}</time>
                </td>
                <td class={cell}>
                  <time datetime={p.tot}>{langeDatum(p.tot, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
