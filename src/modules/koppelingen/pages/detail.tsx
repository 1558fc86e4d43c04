import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatMoment } from '../../audit/index.ts';
import { maySee } from '../../vraagstukken/index.ts';
import { zijden } from '../koppeling.schema.ts';
import { besluitVan, isMakelaar, isVraagzijde, kanIntrekken, kanIntroduceren, mayIntrekken, mayIntroduceren, openZijden, zijdenVan } from '../policy.ts';
import { koppelingGebeurtenissenVan, samenwerkingConceptVan, type KoppelingGebeurtenis, type KoppelingVolledig } from '../queries.ts';
import { samenwerkingConceptSectie } from './concept.tsx';
import { Dag, Gegeven, KandidaatVerwijzing, koppelingKruimels, koppelingNaam, leesbareKoppeling, pad, PersoonNaam, StatusBadge, Titel, Verwijzing } from './components.tsx';
import { Uitleg } from './uitleg.tsx';

/** What the actor can do now, as links to the confirm forms (the forms check again). */
function acties(c: Context<AppEnv>, k: KoppelingVolledig) {
  const actor = c.var.actor;
  return {
    introduceren: mayIntroduceren(actor, k) && kanIntroduceren(k),
    accepteren: openZijden(actor, k).length > 0,
    afwijzen: openZijden(actor, k).length > 0,
    intrekken: mayIntrekken(actor, k) && kanIntrekken(k),
  };
}

/** The status in a sentence for this reader: whose move it is. */
function statusUitleg(c: Context<AppEnv>, k: KoppelingVolledig): string {
  const { t } = c.var;
  if (k.status !== 'geintroduceerd') return t(`koppelingen.statusUitleg.${k.status}`);
  if (openZijden(c.var.actor, k).length > 0) return t('koppelingen.statusUitleg.wachtOpU');
  const wachtend = zijden.filter((z) => besluitVan(k, z) === null).map((z) => t(`koppelingen.zijde.${z}`));
  return t('koppelingen.statusUitleg.wachtOp', { zijden: wachtend.join(t('koppelingen.en')) });
}

/** The history, oldest first: when, what, who, and the message or reason with it. */
function Geschiedenis({ items }: { items: KoppelingGebeurtenis[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return (
    <section aria-labelledby="geschiedenis-kop">
      <h2 class="utrecht-heading-2" id="geschiedenis-kop">
        {t('koppelingen.geschiedenis.kop')}
      </h2>
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="geschiedenis-kop">
        <table class="utrecht-table utrecht-table--html-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {(['wanneer', 'wat', 'wie', 'opmerking'] as const).map((kolom) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {t(`koppelingen.geschiedenis.${kolom}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {items.map((g) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{formatMoment(g.op, locale)}</td>
                <td class="utrecht-table__cell">{t(`koppelingen.gebeurtenis.${g.soort}`)}</td>
                <td class="utrecht-table__cell">
                  <PersoonNaam persoon={g.actor} />
                </td>
                <td class="utrecht-table__cell">{g.opmerking ? <PlainText text={g.opmerking} /> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * GET /koppelingen/:id: the koppeling as both sides and the verbinder see it: the status in words,
 * the vraagstuk and the candidate, each side's decision with its reason, the message, the engine's
 * explanation (the full breakdown for verbinders, beheerders and the vraagstuk's owners), the history,
 * and once accepted the stored samenwerking-concept event. Buttons for what this reader may do now.
 */
export async function detailPage(c: Context<AppEnv>) {
  const k = await leesbareKoppeling(c);
  const { t } = c.var;
  const actor = c.var.actor;
  const db = c.var.deps.database.db;
  const [geschiedenis, concept] = await Promise.all([koppelingGebeurtenissenVan(db, k.id), samenwerkingConceptVan(db, k.id)]);
  const conceptSectie = concept ? await samenwerkingConceptSectie(c, k, concept) : null;
  const mag = acties(c, k);
  const makelaar = isMakelaar(actor, k);
  const mijnZijden = zijdenVan(actor, k);
  const title = koppelingNaam(c, k);
  const zijdeNaam = { vraagzijde: k.vraagstuk.organisatieNaam, aanbodzijde: null };
  const knop = (actie: keyof typeof mag, primair: boolean) =>
    mag[actie] ? (
      <a class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${primair ? 'primary' : 'secondary'}-action`} href={pad(c, `/koppelingen/${k.id}/${actie}`)}>
        {t(`koppelingen.actie.${actie}.knop`)}
      </a>
    ) : null;
  return renderPage(
    c,
    { title, breadcrumbs: koppelingKruimels(c, k) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {t('koppelingen.veld.status')}: <StatusBadge status={k.status} /> {statusUitleg(c, k)}
      </p>
      {mijnZijden.length > 0 ? <p class="utrecht-paragraph">{t('koppelingen.detail.uwRol', { zijden: mijnZijden.map((z) => t(`koppelingen.zijde.${z}`)).join(t('koppelingen.en')) })}</p> : null}
      {Object.values(mag).some(Boolean) ? (
        <div class="utrecht-button-group">
          {knop('introduceren', true)}
          {knop('accepteren', true)}
          {knop('afwijzen', false)}
          {knop('intrekken', false)}
        </div>
      ) : null}
      <dl class="utrecht-data-list ip-data-list">
        <Gegeven label={t('koppelingen.veld.vraagstuk')}>
          {maySee(actor, k.vraagstuk) ? (
            <Verwijzing href={`/vraagstukken/${k.vraagstuk.id}`}>
              <Titel nl={k.vraagstuk.titelNl} en={k.vraagstuk.titelEn} />
            </Verwijzing>
          ) : (
            <Titel nl={k.vraagstuk.titelNl} en={k.vraagstuk.titelEn} />
          )}{' '}
          ({k.vraagstuk.organisatieNaam})
        </Gegeven>
        <Gegeven label={t('koppelingen.veld.kandidaat')}>
          <KandidaatVerwijzing kandidaat={k.kandidaat} />
        </Gegeven>
        <Gegeven label={t('koppelingen.veld.voorgesteld')}>
          {t(`koppelingen.bron.${k.bron}`)} · <PersoonNaam persoon={k.voorgesteldDoor ? k.personen[k.voorgesteldDoor] : null} />, <Dag op={k.createdAt} />
        </Gegeven>
        {k.geintroduceerdOp ? (
          <Gegeven label={t('koppelingen.veld.geintroduceerd')}>
            <PersoonNaam persoon={k.geintroduceerdDoor ? k.personen[k.geintroduceerdDoor] : null} />, <Dag op={k.geintroduceerdOp} />
          </Gegeven>
        ) : null}
        {k.afgeslotenOp ? (
          <Gegeven label={t('koppelingen.veld.afgesloten')}>
            <Dag op={k.afgeslotenOp} />
          </Gegeven>
        ) : null}
      </dl>

      <h2 class="utrecht-heading-2" id="besluiten-kop">
        {t('koppelingen.besluiten.kop')}
      </h2>
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="besluiten-kop">
        <table class="utrecht-table utrecht-table--html-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {(['partij', 'besluit', 'door', 'reden'] as const).map((kolom) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {t(`koppelingen.besluiten.${kolom}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {zijden.map((z) => {
              const besluit = besluitVan(k, z);
              const door = z === 'vraagzijde' ? k.besluitVraagzijdeDoor : k.besluitAanbodzijdeDoor;
              const op = z === 'vraagzijde' ? k.besluitVraagzijdeOp : k.besluitAanbodzijdeOp;
              const reden = z === 'vraagzijde' ? k.redenVraagzijde : k.redenAanbodzijde;
              return (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {t(`koppelingen.zijdeKop.${z}`)}: {zijdeNaam[z] ?? <KandidaatVerwijzing kandidaat={k.kandidaat} metSoort={false} />}
                  </th>
                  <td class="utrecht-table__cell">{t(`koppelingen.besluit.${besluit ?? 'geen'}`)}</td>
                  <td class="utrecht-table__cell">
                    {door && op ? (
                      <>
                        <PersoonNaam persoon={k.personen[door]} />, <Dag op={op} />
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td class="utrecht-table__cell">{reden ? <PlainText text={reden} /> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{t('koppelingen.veld.toelichting')}</h2>
      {k.toelichting ? <PlainText text={k.toelichting} /> : <p class="utrecht-paragraph">{t('koppelingen.detail.geenToelichting')}</p>}

      <Uitleg score={k.score} signalen={k.signalen} volledig={makelaar || isVraagzijde(actor, k.vraagstuk)} />

      {conceptSectie}

      <Geschiedenis items={geschiedenis} />

      <ul class="utrecht-unordered-list ip-link-list">
        {makelaar || isVraagzijde(actor, k.vraagstuk) ? (
          <li>
            <Verwijzing href={`/vraagstukken/${k.vraagstuk.id}/koppelingen`}>{t('koppelingen.detail.alleVoorVraagstuk')}</Verwijzing>
          </li>
        ) : null}
        <li>
          <Verwijzing href="/account/koppelingen">{t('koppelingen.detail.naarOverzicht')}</Verwijzing>
        </li>
      </ul>
    </>,
  );
}
