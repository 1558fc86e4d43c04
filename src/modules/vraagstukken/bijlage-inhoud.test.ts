import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { herkenBijlage, schoonBestandsnaam, zipNamen } from './bijlage-inhoud.ts';
import { maakZip, voorbeeld } from './test-helpers.ts';
import { vraagstukLimieten } from './vraagstuk.schema.ts';

describe('attachments are recognised by their content', () => {
  it('accepts PDF, DOCX and ODT', () => {
    assert.deepEqual(herkenBijlage(voorbeeld.pdf()), { ok: true, soort: 'pdf', mediatype: 'application/pdf' });
    assert.equal((herkenBijlage(voorbeeld.docx()) as { soort: string }).soort, 'docx');
    assert.equal((herkenBijlage(voorbeeld.odt()) as { soort: string }).soort, 'odt');
    assert.deepEqual(zipNamen(voorbeeld.docx()), ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  it('refuses text, other ZIPs, other ODF types, broken ZIPs, empty and too large files', () => {
    assert.deepEqual(herkenBijlage(new TextEncoder().encode('Gewoon tekst, hernoemd naar .pdf')), { ok: false, reden: 'type' });
    assert.deepEqual(herkenBijlage(maakZip([{ naam: 'a.txt', inhoud: 'x' }])), { ok: false, reden: 'type' });
    // A spreadsheet (ODS) is an ODF file too, but not a text document.
    assert.deepEqual(herkenBijlage(maakZip([{ naam: 'mimetype', inhoud: 'application/vnd.oasis.opendocument.spreadsheet' }])), { ok: false, reden: 'type' });
    // An XLSX has [Content_Types].xml but no word/document.xml.
    assert.deepEqual(herkenBijlage(maakZip([{ naam: '[Content_Types].xml', inhoud: '<Types/>' }, { naam: 'xl/workbook.xml', inhoud: '<x/>' }])), { ok: false, reden: 'type' });
    const docx = voorbeeld.docx();
    assert.deepEqual(herkenBijlage(docx.subarray(0, docx.length - 30)), { ok: false, reden: 'type' }, 'a truncated ZIP');
    assert.deepEqual(herkenBijlage(new Uint8Array([0x50, 0x4b, 0x03, 0x04])), { ok: false, reden: 'type' });
    assert.deepEqual(herkenBijlage(new Uint8Array()), { ok: false, reden: 'leeg' });
    const groot = new Uint8Array(vraagstukLimieten.bijlageBytes + 1);
    groot.set(new TextEncoder().encode('%PDF-'));
    assert.deepEqual(herkenBijlage(groot), { ok: false, reden: 'te-groot' });
    const precies = groot.subarray(0, vraagstukLimieten.bijlageBytes);
    assert.equal(herkenBijlage(precies).ok, true, 'exactly the limit is fine');
  });

  it('sanitises file names: no folders, no control or direction characters, the real extension, at most 150 characters', () => {
    assert.equal(schoonBestandsnaam('C:\\Users\\x\\Rapport 2026.pdf', 'pdf'), 'Rapport 2026.pdf');
    assert.equal(schoonBestandsnaam('../../etc/passwd', 'pdf'), 'passwd.pdf');
    assert.equal(schoonBestandsnaam('a\u0000b\u202Efdp.exe', 'docx'), 'abfdp.exe.docx');
    assert.equal(schoonBestandsnaam('  ', 'odt'), 'bijlage.odt');
    assert.equal(schoonBestandsnaam('.pdf', 'pdf'), 'pdf.pdf', 'no hidden files');
    assert.equal(schoonBestandsnaam('Notitie.PDF', 'pdf'), 'Notitie.PDF');
    const lang = schoonBestandsnaam(`${'é'.repeat(300)}.pdf`, 'pdf');
    assert.equal(lang.length, 150);
    assert.ok(lang.endsWith('.pdf'));
  });
});
