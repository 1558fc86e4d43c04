import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isOvergeslagen, rooRecord } from './roo.ts';
import { RegisterImportError, type ParentRef, type ParsedRegisterFile } from './types.ts';

/**
 * Reads the XML export of the Register van Overheidsorganisaties (exportOO.xml and its parts).
 * The subset read is documented in docs/imports.md. Namespace prefixes are dropped, because the
 * namespace URI changes with every schema version (.../oo/export/2.4.10, 2.6.1, 2.6.9, ...).
 */

type Node = Record<string, unknown>;

const alwaysArray = new Set(['organisatie', 'type', 'adres', 'internetadres', 'afkorting']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Keep every value as text: systeemIds and OINs have leading zeros.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => alwaysArray.has(name),
});

function tekst(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return tekst(node[0]);
  if (node && typeof node === 'object' && '#text' in node) return String((node as Node)['#text']);
  return undefined;
}

function kind(node: unknown, ...pad: string[]): unknown {
  let huidig = node;
  for (const stap of pad) {
    if (Array.isArray(huidig)) huidig = huidig[0];
    if (!huidig || typeof huidig !== 'object') return undefined;
    huidig = (huidig as Node)[stap];
  }
  return huidig;
}

const lijst = (node: unknown): unknown[] => (Array.isArray(node) ? node : node === undefined ? [] : [node]);

/** The visiting address: p:adressen/p:adres with adresType 'Bezoekadres' (2.6.x), or p:contact/p:bezoekAdres (2.4.x). */
function bezoekadres(org: Node): { plaats?: string; provincie?: string } {
  const adressen = lijst(kind(org, 'adressen', 'adres')) as Node[];
  const adres = adressen.find((a) => tekst(a.adresType)?.toLowerCase() === 'bezoekadres') ?? adressen[0];
  if (adres) return { plaats: tekst(adres.woonplaats) ?? tekst(adres.plaats), provincie: tekst(adres.provincie) };
  const oud = kind(org, 'contact', 'bezoekAdres', 'adres') as Node | undefined;
  return { plaats: tekst(oud?.plaats) ?? tekst(oud?.woonplaats), provincie: tekst(oud?.provincie) };
}

export function leesRooXml(xml: string, bestand: string): ParsedRegisterFile {
  // A DOCTYPE can declare entities that expand without bound; the export never has one.
  if (/<!DOCTYPE/i.test(xml)) throw new RegisterImportError(undefined, 'a DOCTYPE is not allowed in the XML', bestand);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new RegisterImportError(`regel ${valid.err.line}, kolom ${valid.err.col}`, `not valid XML: ${valid.err.msg}`, bestand);
  }
  const root = (parser.parse(xml) as Node).overheidsorganisaties as Node | undefined;
  if (!root || typeof root !== 'object') {
    throw new RegisterImportError('/', 'the root element must be p:overheidsorganisaties', bestand);
  }
  const result: ParsedRegisterFile = { bestand, records: [], overgeslagen: [], waarschuwingen: [] };

  // Depth first in document order, so that a parent always comes before the organisaties nested in it.
  const bezoek = (organisaties: unknown, pad: string, ouder: ParentRef | undefined) => {
    (lijst(kind(organisaties, 'organisatie')) as Node[]).forEach((org, i) => {
      const waar = `${pad}/organisatie[${i + 1}]`;
      const systeemId = (org['@_systeemId'] as string | undefined) ?? tekst(kind(org, 'systemId', 'systemId'));
      const relatie = org.relatieMetMinisterie;
      const relatieRef =
        relatie === undefined
          ? undefined
          : { naam: tekst(relatie), tooi: (kind(relatie, '@_resourceIdentifierTOOI') as string | undefined) ?? undefined };
      const record = rooRecord(
        {
          systeemId,
          naam: tekst(org.naam),
          afkorting: tekst(org.afkorting),
          types: (lijst(kind(org, 'types', 'type')).map(tekst).filter(Boolean) as string[]),
          oin: tekst(org.oin) ?? tekst(kind(org, 'identificatiecodes', 'oin')),
          website: tekst(kind(org, 'contact', 'internetadressen', 'internetadres', 'url')) ?? tekst(kind(org, 'contact', 'internet')),
          ...bezoekadres(org),
          tooi: org['@_resourceIdentifierTOOI'] as string | undefined,
          eindDatum: tekst(org.eindDatum),
          // Nesting says more than relatieMetMinisterie: an agentschap nested in its ministry.
          parent: ouder ?? relatieRef,
        },
        waar,
        bestand,
        result.waarschuwingen,
      );
      if (isOvergeslagen(record)) result.overgeslagen.push(record);
      else result.records.push(record);
      // Organisaties nested in a skipped one (a directie) hang under the nearest one taken in.
      const volgendeOuder = isOvergeslagen(record) ? ouder : { bronId: record.bronId };
      bezoek(org.organisaties, `${waar}/organisaties`, volgendeOuder);
    });
  };
  bezoek(root.organisaties, '/overheidsorganisaties/organisaties', undefined);
  if (result.records.length === 0 && result.overgeslagen.length === 0) {
    throw new RegisterImportError('/overheidsorganisaties', 'no p:organisaties/p:organisatie elements found', bestand);
  }
  return result;
}
