import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import { hasTranslation } from '../../../platform/i18n.ts';
import { localizedPath } from '../../../web/paths.ts';
import { isScrubbed } from '../anonymise.ts';
import type { AuditRow } from '../queries.ts';
import { formatMoment } from '../time.ts';

/**
 * Audit entries as a table: when (Dutch time, in the page language), who, what, on which object,
 * and the changed fields with before → after. Used by the beheerder's log and by a person's own
 * logbook. The table scrolls sideways on small screens inside a focusable region (WCAG 2.1.1).
 */
export function AuditTable(props: {
  rows: AuditRow[];
  caption: string;
  id: string;
  linkAccounts?: boolean;
  showBetreft?: boolean;
  /** In a person's own logbook: their own actions say 'u zelf'. */
  selfId?: string;
}) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby={props.id}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id={props.id}>
          {props.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('audit.kolom.wanneer')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('audit.kolom.wie')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('audit.kolom.actie')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('audit.kolom.object')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('audit.kolom.wijzigingen')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.rows.map((row) => (
            <AuditTableRow row={row} linkAccounts={props.linkAccounts ?? false} showBetreft={props.showBetreft ?? false} selfId={props.selfId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditTableRow(props: { row: AuditRow; linkAccounts: boolean; showBetreft: boolean; selfId: string | undefined }) {
  const { row, linkAccounts, showBetreft } = props;
  const { t, locale } = useRequestContext<AppEnv>().var;
  const changes = Object.entries(row.wijzigingen);
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        <time datetime={row.op.toISOString()}>{formatMoment(row.op, locale)}</time>
      </th>
      <td class="utrecht-table__cell">
        {props.selfId && row.actorId === props.selfId ? (
          t('audit.uZelf')
        ) : (
          <AccountName id={row.actorId} naam={row.actorNaam} verwijderd={row.actorVerwijderd} link={linkAccounts} />
        )}
      </td>
      <td class="utrecht-table__cell">
        {actionLabel(row.actie, t, locale)}
        {hasTranslation(locale, actionKey(row.actie)) ? (
          <>
            {' '}
            <code>({row.actie})</code>
          </>
        ) : null}
      </td>
      <td class="utrecht-table__cell">
        {row.objectType} <code>{row.objectId}</code>
        {showBetreft && row.betreftAccountId ? (
          <>
            <br />
            {t('audit.betreft')}{' '}
            <AccountName id={row.betreftAccountId} naam={row.betreftNaam} verwijderd={row.betreftVerwijderd} link={linkAccounts} />
          </>
        ) : null}
      </td>
      <td class="utrecht-table__cell">
        {changes.length === 0 ? (
          t('audit.geenWijzigingen')
        ) : (
          <ul class="utrecht-unordered-list">
            {changes.map(([field, change]) => (
              <li>
                <code>{field}</code>:{' '}
                {isScrubbed(change) ? (
                  <em>{t('audit.geanonimiseerd')}</em>
                ) : (
                  <>
                    <Value value={change.voor} /> → <Value value={change.na} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

const actionKey = (actie: string) => `audit.acties.${actie.replace(/\./g, '_')}`;

/** The action in words when the catalogue knows it, else its code. */
function actionLabel(actie: string, t: AppEnv['Variables']['t'], locale: AppEnv['Variables']['locale']) {
  return hasTranslation(locale, actionKey(actie)) ? t(actionKey(actie)) : <code>{actie}</code>;
}

function Value({ value }: { value: unknown }) {
  const { t } = useRequestContext<AppEnv>().var;
  if (value === null || value === undefined || value === '') return <em>{t('audit.leeg')}</em>;
  // Secrets are masked by recordAudit: the log only says that they changed.
  if (value === '***') return <em>{t('audit.geheim')}</em>;
  return <span>{typeof value === 'string' ? value : JSON.stringify(value)}</span>;
}

/** A person's name; 'systeem' without an account, 'verwijderde gebruiker' once deleted. */
export function AccountName({ id, naam, verwijderd, link }: { id: string | null; naam: string | null; verwijderd: boolean; link: boolean }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  if (id === null) return <em>{t('audit.systeem')}</em>;
  if (verwijderd || naam === null) return <em>{t('audit.verwijderdeGebruiker')}</em>;
  if (!link) return <>{naam}</>;
  return (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/beheer/accounts/${id}`)}>
      {naam}
    </a>
  );
}
