import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oidcProviderLinks } from '../index.ts';
import { affiliationsOf, mapClaims, persoonstypeFor } from './claims.ts';
import { safeReturnPath } from './flow-cookie.ts';

describe('OIDC claim mapping (SURFconext-compatible)', () => {
  it('accepts both spellings of the affiliation claim, as a string or an array', () => {
    assert.deepEqual(affiliationsOf({ eduperson_affiliation: ['student', 'member'] }), ['student', 'member']);
    assert.deepEqual(affiliationsOf({ eduperson_affiliation: 'faculty' }), ['faculty']);
    assert.deepEqual(affiliationsOf({ edu_person_affiliations: ['employee'] }), ['employee']);
    assert.deepEqual(affiliationsOf({ edu_person_affiliations: 'staff' }), ['staff']);
    assert.deepEqual(affiliationsOf({ eduperson_affiliation: ['student'], edu_person_affiliations: ['employee', 'student'] }).sort(), [
      'employee',
      'student',
    ]);
  });

  it('strips the scope of scoped values and ignores case, blanks and non-strings', () => {
    assert.deepEqual(affiliationsOf({ eduperson_affiliation: ['Student@HvA.nl', 'member@hva.nl'] }), ['student', 'member']);
    assert.deepEqual(affiliationsOf({ edu_person_affiliations: 'employee@minbzk.nl' }), ['employee']);
    assert.deepEqual(affiliationsOf({ eduperson_scoped_affiliation: ['faculty@uu.nl'] }), ['faculty']);
    assert.deepEqual(affiliationsOf({ eduperson_affiliation: ['', '  ', 42, null] }), []);
    assert.deepEqual(affiliationsOf({}), []);
  });

  it('maps affiliations and the kind of organisatie to a person type', () => {
    assert.equal(persoonstypeFor(['student', 'member'], 'hogeschool'), 'student');
    assert.equal(persoonstypeFor(['faculty', 'employee'], 'universiteit'), 'docent');
    assert.equal(persoonstypeFor(['employee'], 'rijksorganisatie'), 'ambtenaar');
    assert.equal(persoonstypeFor(['staff'], 'rijksorganisatie'), 'ambtenaar');
    assert.equal(persoonstypeFor(['employee'], 'hogeschool'), 'anders');
    assert.equal(persoonstypeFor(['staff'], undefined), 'anders');
    assert.equal(persoonstypeFor(['faculty'], undefined), 'docent');
    assert.equal(persoonstypeFor(['member', 'alum'], 'hogeschool'), null);
    assert.equal(persoonstypeFor([], 'rijksorganisatie'), null);
  });

  it('reads name, e-mail and home organisation', () => {
    const mapped = mapClaims({
      sub: 'abc',
      given_name: 'Sanne',
      family_name: 'de  Student',
      email: 'Sanne@HvA.nl',
      email_verified: 'true',
      schac_home_organization: 'HVA.NL',
      eduperson_affiliation: 'student@hva.nl',
    });
    assert.deepEqual(mapped, {
      subject: 'abc',
      email: 'sanne@hva.nl',
      emailVerified: true,
      naam: 'Sanne de Student',
      thuisDomein: 'hva.nl',
      affiliaties: ['student'],
    });
    assert.equal(mapClaims({ sub: 'x', name: 'Bram Beleid', given_name: 'B' }).naam, 'Bram Beleid');
    assert.equal(mapClaims({ sub: 'x' }).naam, undefined);
    assert.equal(mapClaims({ sub: 'x', email: 'geen-adres' }).email, undefined);
    assert.equal(mapClaims({ sub: 'x', email: 'a@b.nl', email_verified: false }).emailVerified, false);
    assert.equal(mapClaims({ sub: 'x', email: 'a@b.nl' }).emailVerified, false);
    assert.equal(mapClaims({ sub: 'x', schac_home_organization: ['uu.nl'] }).thuisDomein, 'uu.nl');
  });

  it('keeps only local return paths', () => {
    assert.equal(safeReturnPath('/organisaties?zoek=x'), '/organisaties?zoek=x');
    assert.equal(safeReturnPath('/en/account'), '/en/account');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'account', '', undefined, '/a\nb']) {
      assert.equal(safeReturnPath(bad), undefined, String(bad));
    }
  });

  it('lists a login link per configured provider', () => {
    const links = oidcProviderLinks({
      oidcProviders: [
        { id: 'surfconext', naam: 'SURFconext', issuer: 'https://connect.surfconext.nl', clientId: 'c', clientSecret: 's', scopes: ['openid'], organisaties: [] },
      ],
    });
    assert.deepEqual(links, [{ id: 'surfconext', naam: 'SURFconext', path: '/inloggen/oidc/surfconext' }]);
  });
});
