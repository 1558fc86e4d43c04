import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { formatDay } from '../../audit/index.ts';
import type { MyData } from './my-data.ts';

/**
 * The read-only parts of "Mijn gegevens": what is stored, grouped as in the JSON download. Dates in
 * Dutch time, written in the page language; nothing is shown that the person cannot act on or
 * recognise (no hashes, no external subject ids).
 */
type Data = NonNullable<MyData>;

function Item({ label, children }: { label: string; children: Child }) {
  return (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function useFormat() {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return { t, locale, day: (d: Date | null) => (d ? formatDay(d, locale) : t('mijnGegevens.nvt')) };
}

function None({ text }: { text: string }) {
  return <p class="utrecht-paragraph">{text}</p>;
}

export function AccountSection({ data }: { data: Data }) {
  const { t, locale, day } = useFormat();
  const a = data.account;
  return (
    <Section id="account" title={t('mijnGegevens.account.title')}>
      <dl class="utrecht-data-list ip-data-list">
        <Item label={t('mijnGegevens.account.email')}>
          {a.email}{' '}
          (<a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/email')}>
            {t('mijnGegevens.account.emailWijzigen')}
          </a>)
        </Item>
        <Item label={t('mijnGegevens.account.naam')}>{a.naam}</Item>
        <Item label={t('mijnGegevens.account.persoonstype')}>
          {a.persoonstype ? t(`mijnGegevens.persoonstype.${a.persoonstype}`) : t('mijnGegevens.nvt')}
        </Item>
        <Item label={t('mijnGegevens.account.taal')}>{t(`mijnGegevens.taal.${a.taal}`)}</Item>
        <Item label={t('mijnGegevens.account.profielOpenbaar')}>{a.profielOpenbaar ? t('mijnGegevens.ja') : t('mijnGegevens.nee')}</Item>
        <Item label={t('mijnGegevens.account.aangemaakt')}>{day(a.aangemaaktOp)}</Item>
        <Item label={t('mijnGegevens.account.geverifieerd')}>{day(a.emailGeverifieerdOp)}</Item>
        <Item label={t('mijnGegevens.account.tweedeFactor')}>
          {a.tweedeFactorAanSinds ? t('mijnGegevens.account.aanSinds', { datum: day(a.tweedeFactorAanSinds) }) : t('mijnGegevens.account.uit')}
        </Item>
        <Item label={t('mijnGegevens.account.wachtwoord')}>
          {a.heeftWachtwoord ? t('mijnGegevens.account.wachtwoordJa') : t('mijnGegevens.account.wachtwoordNee')}
        </Item>
      </dl>
    </Section>
  );
}

export function MembershipSections({ data }: { data: Data }) {
  const { t, locale, day } = useFormat();
  const org = (slug: string, naam: string) => (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${slug}`)}>
      {naam}
    </a>
  );
  return (
    <>
      <Section id="lidmaatschappen" title={t('mijnGegevens.lidmaatschappen.title')}>
        {data.lidmaatschappen.length === 0 ? (
          <None text={t('mijnGegevens.lidmaatschappen.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.lidmaatschappen.map((l) => (
              <li>
                {org(l.slug, l.organisatie)}: {t(`mijnGegevens.rol.${l.rol}`)}, {t('mijnGegevens.sinds', { datum: day(l.sinds) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="platformrollen" title={t('mijnGegevens.platformrollen.title')}>
        {data.platformrollen.length === 0 ? (
          <None text={t('mijnGegevens.platformrollen.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.platformrollen.map((r) => (
              <li>
                {t(`mijnGegevens.platformrol.${r.rol}`)}
                {r.regio ? ` (${r.regio})` : ''}, {t('mijnGegevens.sinds', { datum: day(r.sinds) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="verzoeken" title={t('mijnGegevens.verzoeken.title')}>
        {data.lidmaatschapsverzoeken.length === 0 ? (
          <None text={t('mijnGegevens.verzoeken.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.lidmaatschapsverzoeken.map((v) => (
              <li>
                {org(v.slug, v.organisatie)}: {t(`mijnGegevens.verzoekStatus.${v.status}`)}, {day(v.aangemaaktOp)}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="uitnodigingen" title={t('mijnGegevens.uitnodigingen.title')}>
        {data.uitnodigingen.length === 0 ? (
          <None text={t('mijnGegevens.uitnodigingen.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.uitnodigingen.map((u) => (
              <li>
                {org(u.slug, u.organisatie)}: {t(`mijnGegevens.rol.${u.rol}`)}, {t(`mijnGegevens.uitnodigingStatus.${u.status}`)},{' '}
                {day(u.aangemaaktOp)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function LoginSections({ data }: { data: Data }) {
  const { t, locale, day } = useFormat();
  return (
    <>
      <Section id="inlogkoppelingen" title={t('mijnGegevens.externeIdentiteiten.title')}>
        {data.externeIdentiteiten.length === 0 ? (
          <None text={t('mijnGegevens.externeIdentiteiten.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.externeIdentiteiten.map((e) => (
              <li>
                {e.provider}, {t('mijnGegevens.sinds', { datum: day(e.sinds) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="api-tokens" title={t('mijnGegevens.apiTokens.title')}>
        {data.apiTokens.length === 0 ? (
          <None text={t('mijnGegevens.apiTokens.geen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {data.apiTokens.map((k) => (
              <li>
                {k.naam} (<code>{k.prefix}…</code>):{' '}
                {t('mijnGegevens.apiTokens.details', { aangemaakt: day(k.aangemaaktOp), verloopt: day(k.verlooptOp) })}
                {k.ingetrokkenOp ? ` ${t('mijnGegevens.apiTokens.ingetrokken', { datum: day(k.ingetrokkenOp) })}` : ''}
              </li>
            ))}
          </ul>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/api-tokens')}>
            {t('mijnGegevens.apiTokens.beheren')}
          </a>
        </p>
      </Section>
      <Section id="sessies" title={t('mijnGegevens.sessies.title')}>
        <p class="utrecht-paragraph">
          {t('mijnGegevens.sessies.aantal', { count: data.sessies.actief })}{' '}
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/sessies')}>
            {t('mijnGegevens.sessies.beheren')}
          </a>
        </p>
      </Section>
    </>
  );
}

/** The person's vraagstukken, aanbod, interests and saved searches (collectMarktplaats). */
export function MarktplaatsSections({ data }: { data: Data }) {
  const { t, locale, day } = useFormat();
  const m = data.marktplaats;
  const titel = (nl: string | null, en: string | null) => (locale === 'en' ? (en ?? nl) : (nl ?? en)) ?? '';
  const link = (path: string, text: string) => (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, path)}>
      {text}
    </a>
  );
  return (
    <>
      <Section id="marktplaats-vraagstukken" title={t('mijnGegevens.marktplaats.vraagstukken')}>
        {m.vraagstukken.length === 0 ? (
          <None text={t('mijnGegevens.marktplaats.geenVraagstukken')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {m.vraagstukken.map((v) => (
              <li>
                {link(`/vraagstukken/${v.id}`, titel(v.titelNl, v.titelEn))} ({v.organisatie}): {t(`marktplaats.vraagstukStatus.${v.status}`)};{' '}
                {v.aangemaakt ? t('mijnGegevens.marktplaats.aangemaakt', { datum: day(v.createdAt) }) : t('mijnGegevens.marktplaats.contactpersoon')}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="marktplaats-aanbod" title={t('mijnGegevens.marktplaats.aanbod')}>
        {m.aanbod.length === 0 ? (
          <None text={t('mijnGegevens.marktplaats.geenAanbod')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {m.aanbod.map((a) => (
              <li>
                {link(`/aanbod/${a.id}`, titel(a.titelNl, a.titelEn))}: {t(`marktplaats.aanbodSoort.${a.soort}`)}, {t(`marktplaats.aanbodStatus.${a.status}`)}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="marktplaats-belangstelling" title={t('mijnGegevens.marktplaats.belangstellingen')}>
        {m.belangstellingen.length === 0 ? (
          <None text={t('mijnGegevens.marktplaats.geenBelangstellingen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {m.belangstellingen.map((b) => (
              <li>
                {link(`/belangstellingen/${b.id}`, titel(b.vraagstukTitelNl, b.vraagstukTitelEn))}: {t(`marktplaats.belangstellingStatus.${b.status}`)},{' '}
                {t('mijnGegevens.sinds', { datum: day(b.createdAt) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="marktplaats-koppelingen" title={t('mijnGegevens.marktplaats.koppelingen')}>
        {m.koppelingen.length === 0 ? (
          <None text={t('mijnGegevens.marktplaats.geenKoppelingen')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {m.koppelingen.map((k) => (
              <li>
                {link(`/koppelingen/${k.id}`, titel(k.vraagstukTitelNl, k.vraagstukTitelEn))}: {t(`koppelingen.status.${k.status}`)},{' '}
                {t('mijnGegevens.sinds', { datum: day(k.createdAt) })}
                {k.uwBesluit ? <> · {t('mijnGegevens.marktplaats.uwBesluit', { besluit: t(`koppelingen.besluit.${k.uwBesluit}`) })}</> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="marktplaats-zoekopdrachten" title={t('mijnGegevens.marktplaats.zoekopdrachten')}>
        {m.zoekopdrachten.length === 0 ? (
          <None text={t('mijnGegevens.marktplaats.geenZoekopdrachten')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {m.zoekopdrachten.map((z) => (
              <li>{link(`/${z.lijst}?${z.zoekopdracht}`, z.naam)}</li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
