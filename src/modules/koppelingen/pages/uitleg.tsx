import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import { ScoreOpbouw, scoreSleutel, uitlegRegels, type OpgeslagenSignaal } from '../../matching/index.ts';

/**
 * Why these two: the engine's explanation as it was when the koppeling was proposed (the snapshot in
 * the koppeling, not today's suggestion). The top reasons for everyone who reads the koppeling; the
 * full breakdown (every signal with its value, weight and contribution) when `volledig`. A koppeling
 * proposed without a suggestion has no explanation, and the page says so.
 */
export { scoreSleutel };

export function Uitleg({ score, signalen, volledig, kop = 'h2' }: { score: number | null; signalen: readonly OpgeslagenSignaal[] | null; volledig: boolean; kop?: 'h2' | 'h3' }) {
  const { t } = useRequestContext<AppEnv>().var;
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
      {volledig ? <ScoreOpbouw signalen={signalen} id="opbouw-caption" /> : null}
    </section>
  );
}
