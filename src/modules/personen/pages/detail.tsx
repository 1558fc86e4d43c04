import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { can } from '../policy.ts';
import { loadPubliekProfiel } from '../profiel-queries.ts';
import { expertiseIn } from './list.tsx';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /personen/:accountId: one public profile. A private, deleted or unknown one is the same 404, so
 * the page never tells whether an account exists. No e-mail address: contact goes through the
 * links the person chose to publish.
 */
export async function personDetailPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const accountId = c.req.param('accountId') ?? '';
  if (!uuidPattern.test(accountId)) return renderErrorPage(c, 404);
  const profiel = await loadPubliekProfiel(c.var.deps.database.db, accountId);
  if (!profiel || !can(c.var.actor, 'bekijken', profiel)) return renderErrorPage(c, 404);

  const expertise = expertiseIn(locale, profiel);
  const other = locale === 'en' ? profiel.expertiseNl : profiel.expertiseEn;
  const today = new Date().toISOString().slice(0, 10);
  const periodes = profiel.beschikbaarheden.filter((b) => b.tot >= today);
  const datum = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const listTitle = t('personen.list.title');
  const section = (id: string, title: string, body: unknown) => (
    <section aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {body}
    </section>
  );

  return renderPage(
    c,
    { title: profiel.naam, breadcrumbs: [{ label: listTitle, path: '/personen' }, { label: profiel.naam }] },
    <>
      <h1 class="utrecht-heading-1">{profiel.naam}</h1>
      {profiel.persoonstype ? <p class="utrecht-paragraph utrecht-paragraph--lead">{t(`mijnGegevens.persoonstype.${profiel.persoonstype}`)}</p> : null}

      {section(
        'affiliaties',
        t('personen.detail.affiliaties'),
        profiel.affiliaties.length ? (
          <ul class="utrecht-unordered-list">
            {profiel.affiliaties.map((a) => (
              <li>
                <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${a.organisatieSlug}`)}>
                  {a.organisatieNaam}
                </a>
                {a.onderdeelNaam ? `, ${a.onderdeelNaam}` : ''}
                {a.rol ? ` (${a.rol})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t('personen.detail.leeg')}</p>
        ),
      )}

      {section(
        'expertise',
        t('personen.detail.expertise'),
        <>
          {profiel.themas.length ? (
            <p class="utrecht-paragraph">
              <strong>{t('personen.detail.themas')}</strong>{' '}
              {profiel.themas.map((th, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a class="utrecht-link utrecht-link--html-a" href={`${localizedPath(locale, '/personen')}?thema=${encodeURIComponent(th.code)}`}>
                    {locale === 'en' ? th.naamEn : th.naamNl}
                  </a>
                </>
              ))}
            </p>
          ) : null}
          {profiel.trefwoorden.length ? (
            <p class="utrecht-paragraph">
              <strong>{t('personen.detail.trefwoorden')}</strong> {profiel.trefwoorden.join(', ')}
            </p>
          ) : null}
          {expertise ? (
            <div lang={expertise.lang === locale ? undefined : expertise.lang}>
              {paragraphs(expertise.text).map((p) => (
                <p class="utrecht-paragraph">{p}</p>
              ))}
            </div>
          ) : null}
          {expertise && expertise.lang === locale && other ? (
            <details>
              <summary>{t('personen.detail.andereTaal')}</summary>
              <div lang={locale === 'en' ? 'nl' : 'en'}>
                {paragraphs(other).map((p) => (
                  <p class="utrecht-paragraph">{p}</p>
                ))}
              </div>
            </details>
          ) : null}
          {!expertise && !profiel.themas.length && !profiel.trefwoorden.length ? <p class="utrecht-paragraph">{t('personen.detail.leeg')}</p> : null}
        </>,
      )}

      {section(
        'beschikbaarheid',
        t('personen.detail.beschikbaarheid'),
        periodes.length ? (
          <ul class="utrecht-unordered-list">
            {periodes.map((b) => (
              <li>
                {t('personen.detail.periode', { van: datum(b.van), tot: datum(b.tot) })}
                {b.toelichting ? `: ${b.toelichting}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t('personen.detail.geenPeriodes')}</p>
        ),
      )}

      {profiel.talen.length
        ? section('talen', t('personen.detail.talen'), <p class="utrecht-paragraph">{profiel.talen.map((code) => t(`personen.taal.${code}`)).join(', ')}</p>)
        : null}

      {profiel.links.length
        ? section(
            'links',
            t('personen.detail.links'),
            <ul class="utrecht-unordered-list">
              {profiel.links.map((l) => (
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href={l.url} rel="nofollow noopener noreferrer ugc">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>,
          )
        : null}

      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/personen')}>
          {t('personen.detail.terug')}
        </a>
      </p>
    </>,
  );
}
