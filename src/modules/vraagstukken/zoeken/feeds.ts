import type { Context } from 'hono';
import { and, arrayOverlaps, desc, eq, inArray, isNotNull, ne, or, asc, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AppEnv } from '../../../web/context.ts';
import { inTaal } from '../../../web/components/search-list.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { parseQueryFilter } from '../../../web/query-filter.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { listRegios, listThemas } from '../../taxonomie/index.ts';
import { openStatussen } from '../lifecycle.ts';
import { vraagstukken } from '../schema.ts';
import { vraagstukFilterSchema } from './filter.schema.ts';

/**
 * Feeds of the vraagstukken, for feed readers and calendars: Atom 1.0 and RSS 2.0 of the 50 newest
 * published ones, and an iCalendar (RFC 5545) of the deadlines of the open ones. Public, so only what
 * anyone may see: never 'partners', and of every vraagstuk only the summary (title, context,
 * organisatie, themes), never the question of a 'na-introductie' one. Filterable by ?thema= and
 * ?regio=. Links are absolute (config publicUrl): a feed is read away from the site.
 */

type FeedItem = {
  id: string;
  titelNl: string | null;
  titelEn: string | null;
  contextNl: string | null;
  contextEn: string | null;
  organisatie: string;
  themaCodes: string[];
  deadline: string | null;
  gepubliceerdOp: Date | null;
  updatedAt: Date;
};

async function feedFilter(c: Context<AppEnv>): Promise<{ conditions: SQL[]; labels: string[] }> {
  const { db } = c.var.deps.database;
  const { filter } = parseQueryFilter(vraagstukFilterSchema, c.req.queries(), ['thema', 'regio']);
  const [themas, regios] = await Promise.all([listThemas(db), listRegios(db)]);
  // Open to anyone: public ones and the summaries of 'na-introductie' ones, never 'partners'.
  const conditions: SQL[] = [inArray(vraagstukken.status, [...openStatussen]), ne(vraagstukken.vertrouwelijkheid, 'partners')];
  const labels: string[] = [];
  const thema = (filter.thema ?? []).filter((code) => themas.some((t) => t.code === code));
  if (thema.length) {
    conditions.push(arrayOverlaps(vraagstukken.themaCodes, thema));
    labels.push(...thema.map((code) => themas.find((t) => t.code === code)!).map((t) => (c.var.locale === 'en' ? t.naamEn : t.naamNl)));
  }
  const regio = regios.find((r) => r.code === filter.regio);
  if (regio) {
    conditions.push(or(eq(vraagstukken.regioCode, regio.code), eq(vraagstukken.landelijk, true))!);
    labels.push(regio.naam);
  }
  return { conditions, labels };
}

function selectItems(db: Db) {
  return db
    .select({
      id: vraagstukken.id,
      titelNl: vraagstukken.titelNl,
      titelEn: vraagstukken.titelEn,
      contextNl: vraagstukken.contextNl,
      contextEn: vraagstukken.contextEn,
      organisatie: organisaties.naam,
      themaCodes: vraagstukken.themaCodes,
      deadline: vraagstukken.deadline,
      gepubliceerdOp: vraagstukken.gepubliceerdOp,
      updatedAt: vraagstukken.updatedAt,
    })
    .from(vraagstukken)
    .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId));
}

// XML 1.0 allows no control characters other than tab and newline; the text is checked on input,
// but a feed must never be broken by one.
// eslint-disable-next-line no-control-regex
const xmlIllegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xml = (s: string) =>
  s.replace(xmlIllegal, '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

function present(c: Context<AppEnv>, item: FeedItem, themaNaam: Map<string, string>) {
  const { locale, t } = c.var;
  const base = c.var.deps.config.publicUrl;
  const titel = inTaal(locale, item.titelNl, item.titelEn)?.text ?? t('zoeken.lijst.geenTitel');
  const context = inTaal(locale, item.contextNl, item.contextEn)?.text ?? '';
  return {
    titel,
    samenvatting: `${item.organisatie}${context ? `: ${context}` : ''}`,
    url: `${base}${localizedPath(locale, `/vraagstukken/${item.id}`)}`,
    themas: item.themaCodes.map((code) => themaNaam.get(code)).filter((n) => n !== undefined),
  };
}

async function newest(c: Context<AppEnv>) {
  const { db } = c.var.deps.database;
  const { conditions, labels } = await feedFilter(c);
  const [items, themas] = await Promise.all([
    selectItems(db)
      .where(and(...conditions, isNotNull(vraagstukken.gepubliceerdOp)))
      .orderBy(desc(vraagstukken.gepubliceerdOp), asc(vraagstukken.id))
      .limit(50),
    listThemas(db),
  ]);
  const themaNaam = new Map(themas.map((th) => [th.code, c.var.locale === 'en' ? th.naamEn : th.naamNl]));
  const { t } = c.var;
  const title = labels.length ? t('zoeken.vraagstukken.feedTitelFilter', { filter: labels.join(', ') }) : t('zoeken.vraagstukken.feedTitel');
  return { items, themaNaam, title };
}

/** The address of this feed with its query, absolute (for rel="self" and the feed's id). */
const selfUrl = (c: Context<AppEnv>) => {
  const url = new URL(c.req.url);
  return `${c.var.deps.config.publicUrl}${url.pathname}${url.search}`;
};

export async function atomFeed(c: Context<AppEnv>) {
  const { items, themaNaam, title } = await newest(c);
  const { locale, t } = c.var;
  const updated = (items[0]?.gepubliceerdOp ?? new Date(0)).toISOString();
  const lijst = `${c.var.deps.config.publicUrl}${localizedPath(locale, '/vraagstukken')}`;
  const entries = items.map((item) => {
    const p = present(c, item, themaNaam);
    return `  <entry>
    <id>urn:uuid:${item.id}</id>
    <title>${xml(p.titel)}</title>
    <link rel="alternate" type="text/html" href="${xml(p.url)}"/>
    <published>${item.gepubliceerdOp!.toISOString()}</published>
    <updated>${(item.updatedAt > item.gepubliceerdOp! ? item.updatedAt : item.gepubliceerdOp!).toISOString()}</updated>
    <author><name>${xml(item.organisatie)}</name></author>
${p.themas.map((naam) => `    <category term="${xml(naam)}"/>\n`).join('')}    <summary type="text">${xml(p.samenvatting)}</summary>
  </entry>
`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(selfUrl(c))}</id>
  <title>${xml(title)}</title>
  <subtitle>${xml(t('zoeken.vraagstukken.feedOmschrijving'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(selfUrl(c))}"/>
  <link rel="alternate" type="text/html" href="${xml(lijst)}"/>
  <updated>${updated}</updated>
  <author><name>I-Partnerschap</name></author>
${entries.join('')}</feed>
`;
  return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
}

export async function rssFeed(c: Context<AppEnv>) {
  const { items, themaNaam, title } = await newest(c);
  const { locale, t } = c.var;
  const lijst = `${c.var.deps.config.publicUrl}${localizedPath(locale, '/vraagstukken')}`;
  const entries = items.map((item) => {
    const p = present(c, item, themaNaam);
    return `    <item>
      <title>${xml(p.titel)}</title>
      <link>${xml(p.url)}</link>
      <guid isPermaLink="true">${xml(p.url)}</guid>
      <pubDate>${item.gepubliceerdOp!.toUTCString()}</pubDate>
${p.themas.map((naam) => `      <category>${xml(naam)}</category>\n`).join('')}      <description>${xml(p.samenvatting)}</description>
    </item>
`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(lijst)}</link>
    <description>${xml(t('zoeken.vraagstukken.feedOmschrijving'))}</description>
    <language>${locale === 'en' ? 'en-gb' : 'nl-nl'}</language>
    <atom:link href="${xml(selfUrl(c))}" rel="self" type="application/rss+xml"/>
${items[0]?.gepubliceerdOp ? `    <lastBuildDate>${items[0].gepubliceerdOp.toUTCString()}</lastBuildDate>\n` : ''}${entries.join('')}  </channel>
</rss>
`;
  return c.body(body, 200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, newlines as \n. */
export const icsText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\n/g, '\\n');

/** RFC 5545 3.1: lines of at most 75 octets, continued on the next line after CRLF and a space; never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation line starts with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDate = (ymd: string) => ymd.replaceAll('-', '');
const icsStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const nextDay = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function deadlinesIcs(c: Context<AppEnv>) {
  const { db } = c.var.deps.database;
  const { t, locale } = c.var;
  const { conditions } = await feedFilter(c);
  const [items, themas] = await Promise.all([
    selectItems(db)
      .where(and(...conditions, isNotNull(vraagstukken.deadline)))
      .orderBy(asc(vraagstukken.deadline), asc(vraagstukken.id))
      .limit(2000),
    listThemas(db),
  ]);
  const themaNaam = new Map(themas.map((th) => [th.code, locale === 'en' ? th.naamEn : th.naamNl]));
  const host = new URL(c.var.deps.config.publicUrl).hostname;
  const stamp = icsStamp(new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//I-Partnerschap//Vraagstukken//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(t('zoeken.vraagstukken.icsNaam'))}`];
  for (const item of items) {
    const p = present(c, item, themaNaam);
    lines.push(
      'BEGIN:VEVENT',
      // Stable: the same vraagstuk is the same event however often the calendar is fetched.
      `UID:vraagstuk-${item.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icsStamp(item.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icsDate(item.deadline!)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(item.deadline!))}`,
      `SUMMARY:${icsText(t('zoeken.vraagstukken.icsDeadline', { titel: p.titel }))}`,
      `DESCRIPTION:${icsText(`${p.samenvatting}\n\n${p.url}`)}`,
      `URL:${p.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  const body = `${lines.map(fold).join('\r\n')}\r\n`;
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'inline; filename="vraagstukken-deadlines.ics"',
    'Cache-Control': 'public, max-age=300',
  });
}
