import { useRequestContext } from 'hono/jsx-renderer';
import type { Db } from '../../../db/client.ts';
import type { AppEnv } from '../../../web/context.ts';
import { AccountName, formatMoment, listAuditEntries, type AuditRow } from '../../audit/index.ts';
import { audit } from '../commands/configuratie-opslaan.ts';
import { signalen } from '../configuratie.ts';
import { signaalNaam } from '../uitleg.ts';

/** How many changes the page shows; the full history is in the audit log (/beheer/audit). */
export const geschiedenisLengte = 20;

export async function geschiedenis(db: Db): Promise<AuditRow[]> {
  const { items } = await listAuditEntries(db, { actie: audit.actie, objectType: audit.objectType }, { page: 1, pageSize: geschiedenisLengte });
  return items;
}

const getal = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** The changes of the settings, newest first: per change who, when, and each changed value before → after. */
export function Geschiedenis({ rows }: { rows: AuditRow[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const nummer = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const wijzigingen = (row: AuditRow): string[] => {
    const regels: string[] = [];
    const g = row.wijzigingen.gewichten;
    if (g) {
      const voor = (g.voor ?? {}) as Record<string, unknown>;
      const na = (g.na ?? {}) as Record<string, unknown>;
      for (const s of signalen) {
        if (getal(voor[s]) !== getal(na[s])) regels.push(`${signaalNaam(s, t)}: ${nummer.format(getal(voor[s]))} → ${nummer.format(getal(na[s]))}`);
      }
    }
    const d = row.wijzigingen.stagnatieDagen;
    if (d) regels.push(t('algoritme.beheer.geschiedenis.stagnatieDagen', { voor: String(d.voor), na: String(d.na) }));
    return regels;
  };
  return (
    <section aria-labelledby="geschiedenis-titel">
      <h2 class="utrecht-heading-2" id="geschiedenis-titel">
        {t('algoritme.beheer.geschiedenis.title')}
      </h2>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t('algoritme.beheer.geschiedenis.leeg')}</p>
      ) : (
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="geschiedenis-caption">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="geschiedenis-caption">
              {t('algoritme.beheer.geschiedenis.caption', { aantal: rows.length })}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.geschiedenis.wanneer')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.geschiedenis.wie')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.geschiedenis.wat')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((row) => {
                const regels = wijzigingen(row);
                return (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      <time datetime={row.op.toISOString()}>{formatMoment(row.op, locale)}</time>
                    </th>
                    <td class="utrecht-table__cell">
                      <AccountName id={row.actorId} naam={row.actorNaam} verwijderd={row.actorVerwijderd} link={true} />
                    </td>
                    <td class="utrecht-table__cell">
                      {regels.length === 0 ? (
                        t('algoritme.beheer.geschiedenis.geenWijziging')
                      ) : (
                        <ul class="utrecht-unordered-list">
                          {regels.map((r) => (
                            <li>{r}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
