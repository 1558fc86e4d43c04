import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymous, type AccountActor } from '../../platform/actor.ts';
import { can, lidmaatschapActies } from './policy.ts';

const org = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const person = (over: Partial<AccountActor> = {}): AccountActor => ({
  kind: 'account',
  accountId: '33333333-3333-4333-8333-333333333333',
  naam: 'P',
  email: 'p@example.org',
  persoonstype: 'docent',
  platformrollen: [],
  lidmaatschappen: [],
  via: 'sessie',
  scopes: ['read', 'write'],
  tweedeFactorAan: false,
  tweedeFactorVereist: false,
  ...over,
});
const beheer = ['leden-bekijken', 'uitnodigen', 'verzoek-beslissen', 'lid-verwijderen', 'rol-wijzigen'] as const;

describe('lidmaatschappen policy', () => {
  it('refuses anonymous for everything', () => {
    for (const a of lidmaatschapActies) assert.equal(can(anonymous, a, { organisatieId: org }), false, a);
  });
  it('lets a coordinator of the organisatie, and a beheerder, manage members; not a coordinator elsewhere or a lid', () => {
    const coordinator = person({ lidmaatschappen: [{ organisatieId: org, rol: 'coordinator' }] });
    const elsewhere = person({ lidmaatschappen: [{ organisatieId: other, rol: 'coordinator' }] });
    const lid = person({ lidmaatschappen: [{ organisatieId: org, rol: 'lid' }] });
    const beheerder = person({ platformrollen: [{ rol: 'beheerder', regioCode: null }] });
    for (const a of beheer) {
      assert.equal(can(coordinator, a, { organisatieId: org }), true, a);
      assert.equal(can(beheerder, a, { organisatieId: org }), true, a);
      assert.equal(can(elsewhere, a, { organisatieId: org }), false, a);
      assert.equal(can(lid, a, { organisatieId: org }), false, a);
    }
  });
  it('lid-worden for non-members, verlaten for members', () => {
    const lid = person({ lidmaatschappen: [{ organisatieId: org, rol: 'lid' }] });
    assert.equal(can(person(), 'lid-worden', { organisatieId: org }), true);
    assert.equal(can(lid, 'lid-worden', { organisatieId: org }), false);
    assert.equal(can(lid, 'verlaten', { organisatieId: org }), true);
    assert.equal(can(person(), 'verlaten', { organisatieId: org }), false);
  });
});
