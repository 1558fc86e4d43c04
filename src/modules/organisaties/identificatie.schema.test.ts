import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brinCodeSchema, oinSchema, websiteSchema } from './identificatie.schema.ts';
import { plaatsnaam, plaatsProvincieLookup, provincieNaam } from './import/plaats.ts';
import { voortgangsbalk } from './import/voortgang.ts';

describe('identifiers of an organisatie', () => {
  it('accepts OINs with a known prefix and refuses the rest', () => {
    assert.equal(oinSchema.parse('00000001 822477348 000'), '00000001822477348000');
    assert.equal(oinSchema.parse('00000003273300000000'), '00000003273300000000');
    assert.equal(oinSchema.parse('0000000721PB00000000'), '0000000721PB00000000', 'a BRIN-based OIN has letters');
    for (const [oin, reden] of [
      ['0000000182247734800', /20 characters/],
      ['00000005822477348000', /unknown prefix 00000005/],
      ['00000099822477348000', /test OIN/],
      ['000000018224773480AB', /only hold digits/],
    ] as const) {
      assert.match(oinSchema.safeParse(oin).error?.issues[0]?.message ?? '', reden);
    }
  });

  it('accepts BRIN codes and normalises websites to https', () => {
    assert.equal(brinCodeSchema.parse('21pb'), '21PB');
    assert.equal(brinCodeSchema.safeParse('2PBX').success, false);
    assert.equal(websiteSchema.parse('www.hva.nl'), 'https://www.hva.nl');
    assert.equal(websiteSchema.parse('http://www.logius.nl/'), 'https://www.logius.nl');
    assert.equal(websiteSchema.parse('https://www.rijksoverheid.nl/ministeries/bzk'), 'https://www.rijksoverheid.nl/ministeries/bzk');
    assert.equal(websiteSchema.safeParse('ftp://x.nl').success, false);
    assert.equal(websiteSchema.safeParse('localhost').success, false);
  });

  it('writes places and provincies as the reference does', () => {
    assert.equal(plaatsnaam("'S-HERTOGENBOSCH"), "'s-Hertogenbosch");
    assert.equal(plaatsnaam('ALPHEN AAN DEN RIJN'), 'Alphen aan den Rijn');
    assert.equal(plaatsnaam("'S-GRAVENHAGE"), 'Den Haag');
    assert.equal(plaatsnaam('De Bilt'), 'De Bilt');
    const bekend = ['Fryslân', 'Zuid-Holland', 'Noord-Brabant'];
    assert.equal(provincieNaam('Friesland', bekend), 'Fryslân');
    assert.equal(provincieNaam('https://identifier.overheid.nl/tooi/id/provincie/pv28', bekend), 'Zuid-Holland');
    assert.equal(provincieNaam('noord-brabant', bekend), 'Noord-Brabant');
    assert.equal(provincieNaam('Atlantis', bekend), undefined);
    const lookup = plaatsProvincieLookup(
      [{ naam: 'Zuid-Holland', hoofdstad: 'Den Haag' }],
      [{ provincie: 'Gelderland', steden: ['Wageningen', 'Dronten'] }, { provincie: 'Flevoland', steden: ['Wageningen'] }],
    );
    assert.equal(lookup("'s-Gravenhage"), 'Zuid-Holland');
    assert.equal(lookup('Dronten'), undefined, 'only the main place counts');
    assert.equal(lookup('Wageningen'), undefined, 'a place in two provincies is not guessed');
  });

  it('draws a progress bar only on a terminal', () => {
    const geschreven: string[] = [];
    const stream = { isTTY: true, write: (s: string) => geschreven.push(s) } as unknown as NodeJS.WriteStream;
    const balk = voortgangsbalk(stream, { vanaf: 10, breedte: 10 });
    for (let i = 1; i <= 1000; i++) balk.update(i, 1000);
    balk.klaar();
    assert.equal(geschreven.length, 102, 'once per percent (0 to 100), and a newline at the end');
    assert.match(geschreven.at(-2) ?? '', /\[#{10}\] 100% 1000\/1000 organisaties/);
    const pijp = { isTTY: false, write: () => assert.fail('no bar in a pipe') } as unknown as NodeJS.WriteStream;
    voortgangsbalk(pijp).update(500, 1000);
  });
});
