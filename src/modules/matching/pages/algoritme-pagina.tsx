import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { formatDay } from '../../audit/index.ts';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { algoritmeregisterEntry, tekstBlokken, type AlgoritmeEntry } from '../algoritmeregister.ts';

/**
 * GET /algoritme (and /en/algoritme): the Algoritmeregister entry as a readable page, one heading per
 * section of the standard and one per field, with the weight table as a real table. No login: the
 * public may see how it is matched.
 */
export async function algoritmePagina(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const entry = await algoritmeregisterEntry(c.var.deps.database.db, { locale, publicUrl: c.var.deps.config.publicUrl });
  const title = t('algoritme.pagina.title');
  const v = (veld: string) => t(`algoritme.pagina.velden.${veld}`);
  const a = entry.algemeneInformatie;
  const link = (href: string) =>
    href ? (
      <a class="utrecht-link utrecht-link--html-a" href={href}>
        {href}
      </a>
    ) : (
      '-'
    );
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }], alternates: [{ href: `/api/v1/algoritmes/${entry.id}`, type: 'application/json', title: t('algoritme.pagina.json') }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('algoritme.pagina.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/algoritmes/${entry.id}`} hreflang={locale} type="application/json">
          {t('algoritme.pagina.json')}
        </a>
      </p>

      <section aria-labelledby="sectie-algemeen">
        <h2 class="utrecht-heading-2" id="sectie-algemeen">
          {t('algoritme.pagina.secties.algemeneInformatie')}
        </h2>
        <dl class="ip-details">
          <dt>{v('naam')}</dt>
          <dd>{a.naam}</dd>
          <dt>{v('korteOmschrijving')}</dt>
          <dd>{a.korteOmschrijving}</dd>
          <dt>{v('organisatie')}</dt>
          <dd>{a.organisatie}</dd>
          <dt>{v('thema')}</dt>
          <dd>{a.thema}</dd>
          <dt>{v('status')}</dt>
          <dd>{t('algoritme.pagina.status.inGebruik')}</dd>
          <dt>{v('begindatum')}</dt>
          <dd>
            <time datetime={a.begindatum}>{formatDay(new Date(`${a.begindatum}T12:00:00Z`), locale)}</time>
          </dd>
          <dt>{v('einddatum')}</dt>
          <dd>{a.einddatum ?? t('algoritme.pagina.geenEinddatum')}</dd>
          <dt>{v('contactgegevens')}</dt>
          <dd>
            <a class="utrecht-link utrecht-link--html-a" href={`mailto:${a.contactgegevens}`}>
              {a.contactgegevens}
            </a>
          </dd>
          <dt>{v('linkNaarPubliekspagina')}</dt>
          <dd>{link(a.linkNaarPubliekspagina)}</dd>
        </dl>
      </section>

      <section aria-labelledby="sectie-verantwoord">
        <h2 class="utrecht-heading-2" id="sectie-verantwoord">
          {t('algoritme.pagina.secties.verantwoordGebruik')}
        </h2>
        {(Object.keys(entry.verantwoordGebruik) as (keyof AlgoritmeEntry['verantwoordGebruik'])[]).map((veld) => (
          <Veld id={veld} titel={v(veld)} tekst={entry.verantwoordGebruik[veld]} />
        ))}
      </section>

      <section aria-labelledby="sectie-werking">
        <h2 class="utrecht-heading-2" id="sectie-werking">
          {t('algoritme.pagina.secties.werking')}
        </h2>
        <Veld id="gegevens" titel={v('gegevens')} tekst={entry.werking.gegevens} />
        <Veld id="technischeWerking" titel={v('technischeWerking')} tekst={entry.werking.technischeWerking} />
        <h3 class="utrecht-heading-3" id="gewichten">
          {v('gewichten')}
        </h3>
        <GewichtenTabel entry={entry} />
        <h3 class="utrecht-heading-3">{v('leverancier')}</h3>
        <p class="utrecht-paragraph">{entry.werking.leverancier}</p>
        <h3 class="utrecht-heading-3">{v('linkNaarBroncode')}</h3>
        <p class="utrecht-paragraph">{link(entry.werking.linkNaarBroncode)}</p>
      </section>

      <section aria-labelledby="sectie-metadata">
        <h2 class="utrecht-heading-2" id="sectie-metadata">
          {t('algoritme.pagina.secties.metadata')}
        </h2>
        <dl class="ip-details">
          <dt>{v('taal')}</dt>
          <dd>{t(`algoritme.pagina.taal.${entry.metadata.taal}`)}</dd>
          <dt>{v('schema')}</dt>
          <dd>{entry.metadata.schema}</dd>
          <dt>{v('bronId')}</dt>
          <dd>
            <code>{entry.metadata.bronId}</code>
          </dd>
          <dt>{v('zoektermen')}</dt>
          <dd>{entry.metadata.zoektermen.join(', ')}</dd>
        </dl>
      </section>
    </>,
  );
}

/** One text field of the standard under its own heading: paragraphs and lists. */
function Veld({ id, titel, tekst }: { id: string; titel: string; tekst: string }) {
  return (
    <>
      <h3 class="utrecht-heading-3" id={id}>
        {titel}
      </h3>
      {tekstBlokken(tekst).map((blok) =>
        blok.soort === 'alinea' ? (
          <p class="utrecht-paragraph">{blok.tekst}</p>
        ) : (
          <ul class="utrecht-unordered-list">
            {blok.punten.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** The live weights: name, what it measures, the weight and its share of the score. */
export function GewichtenTabel({ entry }: { entry: AlgoritmeEntry }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const getal = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const procent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const gewijzigd = new Date(entry.werking.gewichtenGewijzigdOp);
  return (
    <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="gewichten-caption">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id="gewichten-caption">
          {t('algoritme.pagina.tabel.caption', { datum: formatDay(gewijzigd, locale) })}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('algoritme.pagina.tabel.signaal')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('algoritme.pagina.tabel.meet')}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t('algoritme.pagina.tabel.gewicht')}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t('algoritme.pagina.tabel.aandeel')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {entry.werking.gewichten.map((g) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{g.naam}</th>
              <td class="utrecht-table__cell">{g.omschrijving}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{getal.format(g.gewicht)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{`${procent.format(g.aandeel)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
