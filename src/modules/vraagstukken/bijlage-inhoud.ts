import { vraagstukLimieten } from './vraagstuk.schema.ts';

/**
 * Attachments are recognised by their bytes, never by the name or the type the browser claims:
 * a PDF starts with '%PDF-'; a DOCX is a ZIP holding '[Content_Types].xml' and 'word/document.xml';
 * an ODT is a ZIP whose first entry is an uncompressed 'mimetype' holding the ODF text type. The ZIP
 * structure is read here (end of central directory, central directory, first local header) so that
 * no dependency is needed and a file merely named .docx is refused.
 */
export const bijlageSoorten = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;
export type BijlageSoort = keyof typeof bijlageSoorten;

export type Herkenning = { ok: true; soort: BijlageSoort; mediatype: string } | { ok: false; reden: 'type' | 'te-groot' | 'leeg' };

const odtMimetype = 'application/vnd.oasis.opendocument.text';
const latin1 = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The names in a ZIP's central directory, or undefined when the bytes are no well-formed ZIP. */
export function zipNamen(b: Uint8Array): string[] | undefined {
  if (b.length < 22) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus at most a 65535-byte comment.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const aantal = view.getUint16(eocd + 10, true);
  const grootte = view.getUint32(eocd + 12, true);
  const begin = view.getUint32(eocd + 16, true);
  if (aantal === 0 || begin + grootte > eocd) return undefined;
  const namen: string[] = [];
  let at = begin;
  for (let n = 0; n < aantal; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const naamLengte = view.getUint16(at + 28, true);
    const extraLengte = view.getUint16(at + 30, true);
    const commentaarLengte = view.getUint16(at + 32, true);
    const lokaal = view.getUint32(at + 42, true);
    if (at + 46 + naamLengte > eocd || lokaal + 30 > b.length || view.getUint32(lokaal, true) !== 0x04034b50) return undefined;
    namen.push(new TextDecoder().decode(b.subarray(at + 46, at + 46 + naamLengte)));
    at += 46 + naamLengte + extraLengte + commentaarLengte;
  }
  return namen;
}

/** The first entry of the ZIP (by its local header at offset 0), with its stored bytes when uncompressed. */
function eersteItem(b: Uint8Array): { naam: string; inhoud: Uint8Array | undefined } | undefined {
  if (b.length < 30) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) return undefined;
  const methode = view.getUint16(8, true);
  const lengte = view.getUint32(18, true);
  const naamLengte = view.getUint16(26, true);
  const extraLengte = view.getUint16(28, true);
  const start = 30 + naamLengte + extraLengte;
  if (start > b.length) return undefined;
  const naam = latin1(b, 30, 30 + naamLengte);
  const inhoud = methode === 0 && start + lengte <= b.length ? b.subarray(start, start + lengte) : undefined;
  return { naam, inhoud };
}

export function herkenBijlage(b: Uint8Array): Herkenning {
  if (b.length === 0) return { ok: false, reden: 'leeg' };
  if (b.length > vraagstukLimieten.bijlageBytes) return { ok: false, reden: 'te-groot' };
  if (b.length >= 5 && latin1(b, 0, 5) === '%PDF-') return { ok: true, soort: 'pdf', mediatype: bijlageSoorten.pdf };
  const namen = zipNamen(b);
  if (!namen) return { ok: false, reden: 'type' };
  const eerste = eersteItem(b);
  if (eerste?.naam === 'mimetype' && eerste.inhoud && new TextDecoder().decode(eerste.inhoud) === odtMimetype) {
    return { ok: true, soort: 'odt', mediatype: bijlageSoorten.odt };
  }
  if (namen.includes('[Content_Types].xml') && namen.includes('word/document.xml')) return { ok: true, soort: 'docx', mediatype: bijlageSoorten.docx };
  return { ok: false, reden: 'type' };
}

// Control characters, and the bidirectional overrides that can make 'rapport\u202Efdp.exe' read as 'rapport.exe.pdf'.
// eslint-disable-next-line no-control-regex
const onzichtbaar = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const maxNaam = 150;

/**
 * A file name safe to store and to send back: no folders (a browser may send 'C:\\x\\y.pdf'), no
 * control or direction characters, at most 150 characters, and ending in the extension of what the
 * file really is.
 */
export function schoonBestandsnaam(naam: string, soort: BijlageSoort): string {
  const basis = naam.split(/[/\\]/).pop() ?? '';
  let schoon = basis.normalize('NFC').replace(onzichtbaar, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const extensie = `.${soort}`;
  if (!schoon.toLowerCase().endsWith(extensie)) schoon = `${schoon || 'bijlage'}${extensie}`;
  if (schoon.length > maxNaam) schoon = `${[...schoon.slice(0, -extensie.length)].slice(0, maxNaam - extensie.length).join('').trimEnd()}${extensie}`;
  return schoon === extensie ? `bijlage${extensie}` : schoon;
}
