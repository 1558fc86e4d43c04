import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import { signaalNaam, signaalOmschrijving, uitlegRegels, type OpgeslagenSignaal } from '../../matching/index.ts';

/**
 * Why these two: the engine's explanation as it was when the koppeling was proposed (the snapshot in
 * the koppeling, not today's suggestion). The top reasons for everyone who reads the koppeling; the
 * full breakdown (every signal with its value, weight and contribution) when `volledig`. A koppeling
 * proposed without a suggestion has no explanation, and the page says so.
 */
export const scoreSleutel = (score: number) => (score >= 0.7 ? 'sterk' : score >= 0.5 ? 'goed' : score >= 0.3 ? 'redelijk' : 'zwak');

export function Uitleg({ score, signalen, volledig, kop = 'h2' }: { score: number | null; signalen: readonly OpgeslagenSignaal[] | null; volledig: boolean; kop?: 'h2' | 'h3' }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const Kop = kop;
  const kopClass = `utrecht-heading-${kop.slice(1)}`;
  if (!signalen || signalen.length === 0) {
    return (
      <section aria-labelledby="uitleg-kop">
        <Kop class={kopClass} id="uitleg-kop">
          {t('koppelingen.uitleg.kop')}
        </Kop>
        <p class="utrecht-paragraph">{t('koppelingen.uitleg.geen')}</p>
      </section>
    );
  }
  const regels = uitlegRegels(signalen, t);
  const nf = (opties: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', opties);
  const procent = nf({ style: 'percent', maximumFractionDigits: 0 });
  const getal = nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const punten = nf({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="uitleg-kop">
      <Kop class={kopClass} id="uitleg-kop">
        {t('koppelingen.uitleg.kop')}
      </Kop>
      {score !== null ? (
        <p class="utrecht-paragraph">
          <strong>{t('koppelingen.uitleg.score', { procent: Math.round(score * 100), label: t(`koppelingen.uitleg.sterkte.${scoreSleutel(score)}`) })}</strong>
        </p>
      ) : null}
      {regels.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {regels.map((r) => (
            <li>{r}</li>
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t('koppelingen.uitleg.geenRegels')}</p>
      )}
      {volledig ? (
        <details class="ip-score-opbouw">
          <summary>{t('koppelingen.uitleg.opbouw')}</summary>
          <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="opbouw-caption">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption" id="opbouw-caption">
                {t('koppelingen.uitleg.caption')}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {(['signaal', 'waarde', 'gewicht', 'bijdrage', 'omschrijving'] as const).map((kolom) => (
                    <th class="utrecht-table__header-cell" scope="col">
                      {t(`koppelingen.uitleg.kolom.${kolom}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {signalen.map((s) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {signaalNaam(s.signaal, t)}
                    </th>
                    <td class="utrecht-table__cell">{procent.format(s.waarde)}</td>
                    <td class="utrecht-table__cell">{getal.format(s.gewicht)}</td>
                    <td class="utrecht-table__cell">{t('koppelingen.uitleg.punten', { punten: punten.format(s.bijdrage * 100) })}</td>
                    <td class="utrecht-table__cell">{signaalOmschrijving(s, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
