// Small generated attachments for the tests of this module (no fixture files needed).

/** A tiny ZIP (stored entries, with CRCs), built here so that the tests need no fixture files. */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

export function maakZip(entries: { naam: string; inhoud: string }[]): Uint8Array {
  const enc = new TextEncoder();
  const lokaal: Uint8Array[] = [];
  const centraal: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const naam = enc.encode(e.naam);
    const data = enc.encode(e.inhoud);
    const crc = crc32(data);
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, data.length, true);
    h.setUint32(22, data.length, true);
    h.setUint16(26, naam.length, true);
    lokaal.push(new Uint8Array(h.buffer), naam, data);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, naam.length, true);
    c.setUint32(42, offset, true);
    centraal.push(new Uint8Array(c.buffer), naam);
    offset += 30 + naam.length + data.length;
  }
  const cdGrootte = centraal.reduce((n, p) => n + p.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cdGrootte, true);
  eocd.setUint32(16, offset, true);
  const delen = [...lokaal, ...centraal, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(delen.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of delen) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const voorbeeld = {
  pdf: () => new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  docx: () => maakZip([{ naam: '[Content_Types].xml', inhoud: '<Types/>' }, { naam: '_rels/.rels', inhoud: '<Relationships/>' }, { naam: 'word/document.xml', inhoud: '<w:document/>' }]),
  odt: () => maakZip([{ naam: 'mimetype', inhoud: 'application/vnd.oasis.opendocument.text' }, { naam: 'content.xml', inhoud: '<office:document-content/>' }]),
};
