import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import type { OpgeslagenSignaal } from '../schema.ts';
import { signaalNaam, signaalOmschrijving } from '../uitleg.ts';

/** A score of 0..1 in words, so that its meaning never rests on a number or a colour alone. */
export const scoreSleutel = (score: number) => (score >= 0.7 ? 'sterk' : score >= 0.5 ? 'goed' : score >= 0.3 ? 'redelijk' : 'zwak');

/** The full breakdown: every signal with its value, weight, contribution and what it means. */
export function ScoreOpbouw({ signalen, id, naam }: { signalen: readonly OpgeslagenSignaal[]; id: string; naam?: string | undefined }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const getal = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const procent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 });
  const punten = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const k = (s: string) => t(`werkbank.opbouw.${s}`);
  return (
    <details class="ip-score-opbouw">
      <summary>{t('werkbank.opbouw.samenvatting')}</summary>
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby={id}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" id={id}>
            {naam ? t('werkbank.opbouw.caption', { kandidaat: naam }) : t('werkbank.opbouw.captionAlgemeen')}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {['signaal', 'waarde', 'gewicht', 'bijdrage', 'omschrijving'].map((kolom) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {k(kolom)}
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
                <td class="utrecht-table__cell">{t('werkbank.opbouw.punten', { punten: punten.format(s.bijdrage * 100) })}</td>
                <td class="utrecht-table__cell">{signaalOmschrijving(s, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="utrecht-paragraph">{t('werkbank.opbouw.uitleg')}</p>
    </details>
  );
}
