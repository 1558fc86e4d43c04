import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { uitlegRegels, type OpgeslagenSignaal } from '../../matching/index.ts';
import type { AandachtVraagstuk, KandidaatVerwijzing, NieuweSuggestie, VraagstukVerwijzing, WerkbankKoppeling } from './queries.ts';
import { Dag } from '../pages/components.tsx';

/** The tables of the werkbank's sections: each a caption, column headers with scope, one row per item. */

/** Text in the page's language, else the other one, with the lang attribute it then needs. */
function inTaal(locale: Locale, nl: string | null, en: string | null): { tekst: string | null; lang: string | undefined } {
  const eigen = locale === 'en' ? en : nl;
  if (eigen) return { tekst: eigen, lang: undefined };
  const ander = locale === 'en' ? nl : en;
  return { tekst: ander, lang: ander ? (locale === 'en' ? 'nl' : 'en') : undefined };
}

/** A score of 0..1 as a rounded percentage with a words label (never colour alone). */
export const scoreSleutel = (score: number) => (score >= 0.7 ? 'sterk' : score >= 0.5 ? 'goed' : score >= 0.3 ? 'redelijk' : 'zwak');

export function Score({ score }: { score: number }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <>{t('werkbank.score.weergave', { procent: Math.round(score * 100), label: t(`werkbank.score.${scoreSleutel(score)}`) })}</>;
}

function Tabel({ id, caption, kolommen, children }: { id: string; caption: string; kolommen: string[]; children: Child }) {
  return (
    <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby={id}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id={id}>
          {caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {kolommen.map((k) => (
              <th class="utrecht-table__header-cell" scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

const Cel = ({ children }: { children: Child }) => <td class="utrecht-table__cell">{children}</td>;

function Link({ href, children, lang }: { href: string; children: Child; lang?: string | undefined }) {
  const { locale } = useRequestContext<AppEnv>().var;
  return (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, href)} lang={lang}>
      {children}
    </a>
  );
}

/** The vraagstuk as the row header: its title linked to its page, and its organisatie. */
function VraagstukKop({ v }: { v: VraagstukVerwijzing }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const titel = inTaal(locale, v.titelNl, v.titelEn);
  return (
    <th class="utrecht-table__header-cell" scope="row">
      <Link href={`/vraagstukken/${v.id}`} lang={titel.lang}>
        {titel.tekst ?? t('werkbank.zonderTitel')}
      </Link>
      <br />
      <span class="ip-result__meta">{v.organisatieNaam}</span>
    </th>
  );
}

function Kandidaat({ k }: { k: KandidaatVerwijzing }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const titel = inTaal(locale, k.titelNl, k.titelEn);
  const naam = titel.tekst ?? t('werkbank.zonderTitel');
  return (
    <>
      {t(`werkbank.kandidaatSoort.${k.soort}`)}:{' '}
      {k.pad ? (
        <Link href={k.pad} lang={titel.lang}>
          {naam}
        </Link>
      ) : (
        <span lang={titel.lang}>{naam}</span>
      )}
      {k.organisatieNaam ? ` (${k.organisatieNaam})` : ''}
    </>
  );
}

/** The link to a koppeling's page, named after the vraagstuk so that a list of them is distinguishable. */
function KoppelingLink({ k }: { k: WerkbankKoppeling }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <Link href={`/koppelingen/${k.id}`}>{t('werkbank.actie.openen')}</Link>;
}

export function AandachtTabel({ items, id, caption }: { items: AandachtVraagstuk[]; id: string; caption: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  const k = (s: string) => t(`werkbank.kolom.${s}`);
  return (
    <Tabel id={id} caption={caption} kolommen={[k('vraagstuk'), k('status'), k('wachtSinds'), k('suggesties'), k('belangstelling'), k('actie')]}>
      {items.map((v) => (
        <tr class="utrecht-table__row">
          <VraagstukKop v={v} />
          <Cel>{t(`marktplaats.vraagstukStatus.${v.status}`)}</Cel>
          <Cel>
            <Dag op={v.sinds} />
          </Cel>
          <Cel>{String(v.suggesties)}</Cel>
          <Cel>{t(v.belangstelling ? 'werkbank.ja' : 'werkbank.nee')}</Cel>
          <Cel>
            <Link href={`/vraagstukken/${v.id}/suggesties`}>{t('werkbank.actie.suggesties')}</Link>
          </Cel>
        </tr>
      ))}
    </Tabel>
  );
}

export function VoorgesteldTabel({ items, id, caption }: { items: WerkbankKoppeling[]; id: string; caption: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  const k = (s: string) => t(`werkbank.kolom.${s}`);
  return (
    <Tabel id={id} caption={caption} kolommen={[k('vraagstuk'), k('kandidaat'), k('score'), k('waarom'), k('voorgesteldOp'), k('actie')]}>
      {items.map((r) => (
        <tr class="utrecht-table__row">
          <VraagstukKop v={r.vraagstuk} />
          <Cel>
            <Kandidaat k={r.kandidaat} />
          </Cel>
          <Cel>{r.score === null ? '–' : <Score score={r.score} />}</Cel>
          <Cel>
            <Redenen signalen={r.signalen ?? []} />
          </Cel>
          <Cel>
            <Dag op={r.aangemaaktOp} />
          </Cel>
          <Cel>
            <Link href={`/koppelingen/${r.id}/introduceren`}>{t('werkbank.actie.introduceren')}</Link>
            {' · '}
            <KoppelingLink k={r} />
          </Cel>
        </tr>
      ))}
    </Tabel>
  );
}

/** The engine's top reasons (from the stored signals), or a dash when there are none. */
function Redenen({ signalen }: { signalen: readonly OpgeslagenSignaal[] }) {
  const { t } = useRequestContext<AppEnv>().var;
  const regels = uitlegRegels(signalen, t);
  if (regels.length === 0) return <>–</>;
  return (
    <ul class="utrecht-unordered-list">
      {regels.map((r) => (
        <li>{r}</li>
      ))}
    </ul>
  );
}

export function SuggestieTabel({ items, id, caption }: { items: NieuweSuggestie[]; id: string; caption: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  const k = (s: string) => t(`werkbank.kolom.${s}`);
  return (
    <Tabel id={id} caption={caption} kolommen={[k('vraagstuk'), k('kandidaat'), k('score'), k('waarom'), k('actie')]}>
      {items.map((s) => {
        const query = new URLSearchParams({ vraagstuk: s.vraagstuk.id, soort: s.kandidaat.soort, kandidaat: s.kandidaat.id });
        return (
          <tr class="utrecht-table__row">
            <VraagstukKop v={s.vraagstuk} />
            <Cel>
              <Kandidaat k={s.kandidaat} />
            </Cel>
            <Cel>
              <Score score={s.score} />
            </Cel>
            <Cel>
              <Redenen signalen={s.signalen} />
            </Cel>
            <Cel>
              <Link href={`/koppelingen/nieuw?${query.toString()}`}>{t('werkbank.actie.introduceren')}</Link>
            </Cel>
          </tr>
        );
      })}
    </Tabel>
  );
}

/** Introduced koppelingen: who still has to answer; for stalled ones also how many days it has been silent. */
export function IntroductieTabel({ items, id, caption, nu }: { items: WerkbankKoppeling[]; id: string; caption: string; nu?: Date }) {
  const { t } = useRequestContext<AppEnv>().var;
  const k = (s: string) => t(`werkbank.kolom.${s}`);
  const kolommen = [k('vraagstuk'), k('kandidaat'), k('geintroduceerdOp'), k('wachtOp'), ...(nu ? [k('dagenStil')] : []), k('actie')];
  return (
    <Tabel id={id} caption={caption} kolommen={kolommen}>
      {items.map((r) => (
        <tr class="utrecht-table__row">
          <VraagstukKop v={r.vraagstuk} />
          <Cel>
            <Kandidaat k={r.kandidaat} />
          </Cel>
          <Cel>{r.geintroduceerdOp ? <Dag op={r.geintroduceerdOp} /> : '–'}</Cel>
          <Cel>{r.wachtOp.length === 0 ? '–' : r.wachtOp.map((z) => t(`werkbank.zijde.${z}`)).join(', ')}</Cel>
          {nu ? <Cel>{t('werkbank.dagen', { count: Math.floor((nu.getTime() - r.laatsteWijziging.getTime()) / 86_400_000) })}</Cel> : null}
          <Cel>
            <KoppelingLink k={r} />
          </Cel>
        </tr>
      ))}
    </Tabel>
  );
}
