import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import { translator, type Locale, type Translate } from '../../platform/i18n.ts';
import { localizedPath } from '../../web/paths.ts';
import { leesConfiguratie, signalen, type Gewichten, type Signaal } from './configuratie.ts';
import { signaalNaam } from './uitleg.ts';

/**
 * The matching algorithm described in the fields of the Algoritmeregister publication standard 1.0
 * (design/standards.md), as data: /algoritme renders it and /api/v1/algoritmes returns it. It is
 * built from the live configuration on every request, so that the weight table and the date of the
 * last change describe the algorithm as it runs, not as it once was. The texts come from the
 * 'algoritme' locale namespace (nl and en). Long text fields are plain text: paragraphs separated by
 * a blank line, list items on lines that start with '- ' (the register accepts the same).
 */
export const algoritmeId = 'matching';
export const registerSchema = 'Algoritmeregister publicatiestandaard 1.0';
/** The day the matching was taken into use (ADR 010). */
export const begindatum = '2026-11-28';

export type AlgoritmeGewicht = {
  signaal: Signaal;
  naam: string;
  omschrijving: string;
  gewicht: number;
  /** The weight's share of the sum of all weights, in percent (one decimal): what it counts for in the score. */
  aandeel: number;
};

export type AlgoritmeEntry = {
  id: typeof algoritmeId;
  algemeneInformatie: {
    naam: string;
    korteOmschrijving: string;
    organisatie: string;
    thema: string;
    status: 'In gebruik' | 'In ontwikkeling' | 'Buiten gebruik';
    begindatum: string;
    einddatum: string | null;
    contactgegevens: string;
    linkNaarPubliekspagina: string;
  };
  verantwoordGebruik: {
    doelEnImpact: string;
    afwegingen: string;
    menselijkeTussenkomst: string;
    risicobeheer: string;
    wettelijkeBasis: string;
    verwerkingsregister: string;
    impacttoetsen: string;
  };
  werking: {
    gegevens: string;
    technischeWerking: string;
    gewichten: AlgoritmeGewicht[];
    /** When the weights were last saved (the configuration row's bijgewerktOp). */
    gewichtenGewijzigdOp: string;
    leverancier: string;
    linkNaarBroncode: string;
  };
  metadata: { taal: Locale; schema: typeof registerSchema; bronId: string; zoektermen: string[] };
};

/** Shares in percent with one decimal; all weights 0 cannot be saved, but a share of 0 is then the honest answer. */
export function aandelen(gewichten: Gewichten): Record<Signaal, number> {
  const som = signalen.reduce((n, s) => n + gewichten[s], 0);
  return Object.fromEntries(signalen.map((s) => [s, som > 0 ? Math.round((gewichten[s] / som) * 1000) / 10 : 0])) as Record<Signaal, number>;
}

export async function algoritmeregisterEntry(db: Db, opties: { locale: Locale; publicUrl: string }): Promise<AlgoritmeEntry> {
  const { locale, publicUrl } = opties;
  const t = translator(locale);
  const r = (key: string) => t(`algoritme.register.${key}`);
  const configuratie = await leesConfiguratie(db);
  const deel = aandelen(configuratie.gewichten);
  const gewichten = signalen.map((s) => ({
    signaal: s,
    naam: signaalNaam(s, t),
    omschrijving: t(`algoritme.signalen.${s}`),
    gewicht: configuratie.gewichten[s],
    aandeel: deel[s],
  }));
  const procent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  const gewichtenZin = t('algoritme.register.technischeWerking.gewichten', {
    lijst: [...gewichten].sort((a, b) => b.aandeel - a.aandeel).map((g) => `${g.naam} ${procent.format(g.aandeel)}%`).join(', '),
  });
  return {
    id: algoritmeId,
    algemeneInformatie: {
      naam: r('naam'),
      korteOmschrijving: r('korteOmschrijving'),
      organisatie: r('organisatie'),
      thema: r('thema'),
      status: 'In gebruik',
      begindatum,
      einddatum: null,
      contactgegevens: r('contactgegevens'),
      linkNaarPubliekspagina: `${publicUrl}${localizedPath(locale, '/algoritme')}`,
    },
    verantwoordGebruik: {
      doelEnImpact: alinea(t, 'doelEnImpact', ['p1', 'p2']),
      afwegingen: alinea(t, 'afwegingen', ['p1', 'p2', 'p3']),
      menselijkeTussenkomst: alinea(t, 'menselijkeTussenkomst', ['p1', 'p2', 'p3']),
      risicobeheer: lijst(t, 'risicobeheer', ['bias', 'regio', 'populariteit', 'privacy', 'vertrouwelijk', 'uitleg', 'gewichten']),
      wettelijkeBasis: alinea(t, 'wettelijkeBasis', ['p1', 'p2']),
      verwerkingsregister: alinea(t, 'verwerkingsregister', ['p1']),
      impacttoetsen: punten(t, 'impacttoetsen', ['dpia', 'iama', 'evaluatie']),
    },
    werking: {
      gegevens: lijst(t, 'gegevens', ['vraagstuk', 'aanbod', 'onderdeel', 'persoon', 'eerder']),
      technischeWerking: [alinea(t, 'technischeWerking', ['p1', 'p2', 'p3']), gewichtenZin].join('\n\n'),
      gewichten,
      gewichtenGewijzigdOp: configuratie.bijgewerktOp.toISOString(),
      leverancier: r('leverancier'),
      linkNaarBroncode: broncodeUrl(),
    },
    metadata: {
      taal: locale,
      schema: registerSchema,
      bronId: `i-partnerschap-${algoritmeId}`,
      zoektermen: r('zoektermen')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
  };
}

const alinea = (t: Translate, veld: string, delen: string[]) => delen.map((d) => t(`algoritme.register.${veld}.${d}`)).join('\n\n');
const punten = (t: Translate, veld: string, delen: string[]) => delen.map((d) => `- ${t(`algoritme.register.${veld}.${d}`)}`).join('\n');
const lijst = (t: Translate, veld: string, delen: string[]) => `${t(`algoritme.register.${veld}.intro`)}\n\n${punten(t, veld, delen)}`;

/** A text field as blocks for a page: paragraphs, and runs of '- ' lines as lists. */
export type TekstBlok = { soort: 'alinea'; tekst: string } | { soort: 'lijst'; punten: string[] };
export function tekstBlokken(tekst: string): TekstBlok[] {
  return tekst
    .split(/\n{2,}/)
    .map((blok) => blok.trim())
    .filter(Boolean)
    .map((blok): TekstBlok => {
      const regels = blok.split('\n');
      return regels.every((r) => r.startsWith('- ')) ? { soort: 'lijst', punten: regels.map((r) => r.slice(2)) } : { soort: 'alinea', tekst: blok };
    });
}

let broncode: string | undefined;
/** The repository URL from publiccode.yml (one source of truth for the catalogues and for this entry). */
export function broncodeUrl(): string {
  if (broncode === undefined) {
    let url = '';
    try {
      const yml = readFileSync(new URL('../../../publiccode.yml', import.meta.url), 'utf8');
      url = /^url:\s*["']?([^"'\s#]+)["']?/m.exec(yml)?.[1] ?? '';
    } catch {
      // A deployment without the file still describes the algorithm; the link is then empty.
    }
    broncode = url;
  }
  return broncode;
}
