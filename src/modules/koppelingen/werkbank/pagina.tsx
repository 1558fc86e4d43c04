import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { isAccount, isBeheerder, isVerbinder } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { pageParam } from '../../../platform/zod-helpers.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import { SelectField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { leesConfiguratie } from '../../matching/index.ts';
import { listRegios } from '../../taxonomie/index.ts';
import {
  nieuweSuggesties,
  stagnatieGrens,
  stagnerendeIntroducties,
  vraagstukkenZonderAandacht,
  voorgesteldeKoppelingen,
  wachtendeIntroducties,
  type Lijst,
  type Pagina,
} from './queries.ts';
import { AandachtTabel, IntroductieTabel, SuggestieTabel, VoorgesteldTabel } from './tabellen.tsx';

/**
 * GET /verbinder/werkbank: what waits for the verbinder in one regio, in four sections (the
 * sections of issue 6): vraagstukken that need attention, koppelingen and suggestions to review,
 * introductions waiting for an answer, and introductions that stall. The overview shows a few rows
 * of each with the total; "toon alle" opens one section on its own, a page at a time (?sectie=).
 * A verbinder sees their own regio(s); a beheerder chooses any regio (?regio=, a plain GET form).
 */

const secties = ['aandacht', 'voorgesteld', 'suggesties', 'wachtend', 'stagnerend'] as const;
type Sectie = (typeof secties)[number];
const isSectie = (s: string | undefined): s is Sectie => (secties as readonly string[]).includes(s ?? '');

/** Rows per section in the overview, and per page when one section is shown. */
const kort = 5;
const paginaGrootte = 25;
/** New suggestions: only those the engine is fairly sure of, at most three per vraagstuk. */
const suggestieDrempel = 0.5;
const perVraagstuk = 3;

export async function werkbankPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  if (!isAccount(actor) || !(isBeheerder(actor) || isVerbinder(actor))) throw new ForbiddenError();
  const { db } = c.var.deps.database;

  const alle = await listRegios(db);
  const eigen = actor.platformrollen.filter((r) => r.rol === 'verbinder' && r.regioCode).map((r) => r.regioCode!);
  const toegestaan = isBeheerder(actor) ? alle : alle.filter((r) => eigen.includes(r.code));
  const gevraagd = c.req.query('regio');
  const regio = gevraagd ? toegestaan.find((r) => r.code === gevraagd) : (toegestaan.find((r) => eigen.includes(r.code)) ?? toegestaan[0]);
  // A regio that is not theirs (or does not exist) is nothing to show.
  if (!regio) throw new NotFoundError();

  const sectieParam = c.req.query('sectie');
  const sectie = isSectie(sectieParam) ? sectieParam : undefined;
  const pageNr = pageParam.safeParse(c.req.query('page') ?? undefined);
  const huidig = sectie && pageNr.success ? pageNr.data : 1;
  const pagina = (s: Sectie): Pagina => (sectie === s ? { limiet: paginaGrootte, offset: (huidig - 1) * paginaGrootte } : { limiet: kort, offset: 0 });

  const config = await leesConfiguratie(db);
  const nu = new Date();
  const grens = stagnatieGrens(nu, config.stagnatieDagen);
  const [aandacht, voorgesteld, suggesties, wachtend, stagnerend] = await Promise.all([
    vraagstukkenZonderAandacht(db, regio.code, pagina('aandacht')),
    voorgesteldeKoppelingen(db, regio.code, pagina('voorgesteld')),
    nieuweSuggesties(db, regio.code, { drempel: suggestieDrempel, perVraagstuk }, pagina('suggesties')),
    wachtendeIntroducties(db, regio.code, grens, pagina('wachtend')),
    stagnerendeIntroducties(db, regio.code, grens, pagina('stagnerend')),
  ]);

  const basis = (extra: Record<string, string> = {}) => `${localizedPath(locale, '/verbinder/werkbank')}?${new URLSearchParams({ regio: regio.code, ...extra }).toString()}`;
  const toon = (s: Sectie) => !sectie || sectie === s;

  /** One list: its table, or an empty state; then "toon alle" (overview) or the page links (one section). */
  const lijst = <T,>(s: Sectie, l: Lijst<T>, caption: string, tabel: (caption: string) => Child) => {
    if (l.totaal === 0) return <EmptyState title={t(`werkbank.sectie.${s}.leeg`)} />;
    return (
      <>
        {tabel(caption)}
        {sectie ? (
          <Pagination page={huidig} totalPages={Math.ceil(l.totaal / paginaGrootte)} />
        ) : l.totaal > kort ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={basis({ sectie: s })}>
              {t(`werkbank.sectie.${s}.toonAlle`, { count: l.totaal })}
            </a>
          </p>
        ) : null}
      </>
    );
  };

  const title = t('werkbank.titel');
  const totalen: Record<Sectie, number> = { aandacht: aandacht.totaal, voorgesteld: voorgesteld.totaal, suggesties: suggesties.totaal, wachtend: wachtend.totaal, stagnerend: stagnerend.totaal };
  const kop = (s: Sectie) => t(`werkbank.sectie.${s}.kop`, { count: totalen[s] });
  /** A section, named by its own heading in the overview and by the page heading when shown alone. */
  const Deel = ({ id, children }: { id: string; children: Child }) => <section aria-labelledby={sectie ? 'werkbank-kop' : id}>{children}</section>;
  return renderPage(
    c,
    {
      title: sectie ? `${kop(sectie)} – ${title}` : title,
      breadcrumbs: sectie ? [{ label: title, path: `/verbinder/werkbank?regio=${encodeURIComponent(regio.code)}` }, { label: kop(sectie) }] : [{ label: title }],
    },
    <>
      <h1 class="utrecht-heading-1" id="werkbank-kop">
        {sectie ? kop(sectie) : title}
      </h1>
      <p class="utrecht-paragraph">{t('werkbank.uitleg', { regio: regio.naam })}</p>
      {toegestaan.length > 1 ? (
        <form method="get" action={localizedPath(locale, '/verbinder/werkbank')} class="ip-filter">
          <SelectField id="werkbank-regio" name="regio" label={t('werkbank.regio')} options={toegestaan.map((r) => ({ value: r.code, label: r.naam }))} selected={regio.code} />
          {sectie ? <input type="hidden" name="sectie" value={sectie} /> : null}
          <div class="ip-filter__actions">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t('werkbank.toonRegio')}
            </button>
          </div>
        </form>
      ) : null}
      {sectie ? (
        <p class="utrecht-paragraph ip-back">
          <a class="utrecht-link utrecht-link--html-a" href={basis()}>
            {t('werkbank.terug')}
          </a>
        </p>
      ) : (
        <nav aria-labelledby="werkbank-inhoud">
          <h2 class="utrecht-heading-2" id="werkbank-inhoud">
            {t('werkbank.inhoud')}
          </h2>
          <ul class="utrecht-unordered-list ip-link-list">
            <li>
              <a class="utrecht-link utrecht-link--html-a" href="#sectie-aandacht">
                {kop('aandacht')}
              </a>
            </li>
            <li>
              <a class="utrecht-link utrecht-link--html-a" href="#sectie-beoordelen">
                {t('werkbank.sectie.beoordelen.kop', { count: voorgesteld.totaal + suggesties.totaal })}
              </a>
            </li>
            <li>
              <a class="utrecht-link utrecht-link--html-a" href="#sectie-wachtend">
                {kop('wachtend')}
              </a>
            </li>
            <li>
              <a class="utrecht-link utrecht-link--html-a" href="#sectie-stagnerend">
                {kop('stagnerend')}
              </a>
            </li>
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/verbinder/vraagstukken')}>
                {t('werkbank.beoordelingswachtrij')}
              </a>
            </li>
          </ul>
        </nav>
      )}

      {toon('aandacht') ? (
        <Deel id="sectie-aandacht">
          {sectie ? null : (
            <h2 class="utrecht-heading-2" id="sectie-aandacht">
              {kop('aandacht')}
            </h2>
          )}
          <p class="utrecht-paragraph">{t('werkbank.sectie.aandacht.uitleg')}</p>
          {lijst('aandacht', aandacht, kop('aandacht'), (caption) => <AandachtTabel items={aandacht.items} id="tabel-aandacht" caption={caption} />)}
        </Deel>
      ) : null}

      {toon('voorgesteld') || toon('suggesties') ? (
        <Deel id="sectie-beoordelen">
          {sectie ? null : (
            <h2 class="utrecht-heading-2" id="sectie-beoordelen">
              {t('werkbank.sectie.beoordelen.kop', { count: voorgesteld.totaal + suggesties.totaal })}
            </h2>
          )}
          {toon('voorgesteld') ? (
            <>
              {sectie ? null : <h3 class="utrecht-heading-3">{kop('voorgesteld')}</h3>}
              <p class="utrecht-paragraph">{t('werkbank.sectie.voorgesteld.uitleg')}</p>
              {lijst('voorgesteld', voorgesteld, kop('voorgesteld'), (caption) => <VoorgesteldTabel items={voorgesteld.items} id="tabel-voorgesteld" caption={caption} />)}
            </>
          ) : null}
          {toon('suggesties') ? (
            <>
              {sectie ? null : <h3 class="utrecht-heading-3">{kop('suggesties')}</h3>}
              <p class="utrecht-paragraph">{t('werkbank.sectie.suggesties.uitleg', { procent: Math.round(suggestieDrempel * 100), aantal: perVraagstuk })}</p>
              {lijst('suggesties', suggesties, kop('suggesties'), (caption) => <SuggestieTabel items={suggesties.items} id="tabel-suggesties" caption={caption} />)}
            </>
          ) : null}
        </Deel>
      ) : null}

      {toon('wachtend') ? (
        <Deel id="sectie-wachtend">
          {sectie ? null : (
            <h2 class="utrecht-heading-2" id="sectie-wachtend">
              {kop('wachtend')}
            </h2>
          )}
          <p class="utrecht-paragraph">{t('werkbank.sectie.wachtend.uitleg', { count: config.stagnatieDagen })}</p>
          {lijst('wachtend', wachtend, kop('wachtend'), (caption) => <IntroductieTabel items={wachtend.items} id="tabel-wachtend" caption={caption} />)}
        </Deel>
      ) : null}

      {toon('stagnerend') ? (
        <Deel id="sectie-stagnerend">
          {sectie ? null : (
            <h2 class="utrecht-heading-2" id="sectie-stagnerend">
              {kop('stagnerend')}
            </h2>
          )}
          <p class="utrecht-paragraph">{t('werkbank.sectie.stagnerend.uitleg', { count: config.stagnatieDagen })}</p>
          {lijst('stagnerend', stagnerend, kop('stagnerend'), (caption) => <IntroductieTabel items={stagnerend.items} id="tabel-stagnerend" caption={caption} nu={nu} />)}
        </Deel>
      ) : null}
    </>,
  );
}
