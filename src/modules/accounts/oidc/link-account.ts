import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import type { OidcProviderConfig } from '../../../platform/config.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen } from '../../lidmaatschappen/index.ts';
import { organisatieDomeinen, organisaties } from '../../organisaties/index.ts';
import { accounts, externeIdentiteiten } from '../schema.ts';
import { endAllSessions } from '../sessions.ts';
import { persoonstypeFor, type MappedIdentity } from './claims.ts';

export type SsoLoginRefusal = 'verwijderd' | 'geen-email' | 'email-niet-geverifieerd';
export type SsoLoginResult =
  | { ok: true; accountId: string; tweedeFactorAan: boolean; nieuwAccount: boolean; organisatieId: string | undefined }
  | { ok: false; reden: SsoLoginRefusal };

type Organisatie = { id: string; slug: string; soort: string };

/**
 * The organisatie a login lands in: the one that registered the home-organisation domain, limited
 * to the provider's own organisaties when it lists them. A provider that serves exactly one
 * organisatie (e.g. a ministry's own login) needs no domain claim.
 */
export async function organisatieFor(
  db: Db,
  provider: OidcProviderConfig,
  thuisDomein: string | undefined,
): Promise<Organisatie | undefined> {
  const columns = { id: organisaties.id, slug: organisaties.slug, soort: organisaties.soort };
  if (thuisDomein) {
    const [row] = await db
      .select(columns)
      .from(organisatieDomeinen)
      .innerJoin(organisaties, eq(organisaties.id, organisatieDomeinen.organisatieId))
      .where(
        and(
          eq(organisatieDomeinen.domein, thuisDomein),
          provider.organisaties.length > 0 ? inArray(organisaties.slug, provider.organisaties) : undefined,
        ),
      )
      .limit(1);
    return row;
  }
  if (provider.organisaties.length === 1) {
    const [row] = await db.select(columns).from(organisaties).where(eq(organisaties.slug, provider.organisaties[0]!)).limit(1);
    return row;
  }
  return undefined;
}

/** The person logging in acts on their own data: the audit log names them as the actor. */
function selfActor(account: { id: string; naam: string; email: string | null; persoonstype: string | null }): AccountActor {
  return {
    kind: 'account',
    accountId: account.id,
    naam: account.naam,
    email: account.email ?? '',
    persoonstype: account.persoonstype,
    platformrollen: [],
    lidmaatschappen: [],
    via: 'sessie',
    scopes: [],
    tweedeFactorAan: false,
    tweedeFactorVereist: false,
  };
}

/**
 * Finds or makes the account for a login at a provider, in one transaction with its audit entries.
 * - A known identity (provider + subject) is that account; only its last use is updated.
 * - A new identity whose e-mail address has an account is linked to it, but only when the provider
 *   vouches for the address (email_verified): otherwise anyone could claim someone else's account.
 * - Otherwise a new account with the fewest attributes: e-mail, name, person type; no password.
 * Then the person becomes a member ('lid', bron 'sso') of the organisatie the login maps to, if not yet.
 */
export async function loginWithIdentity(
  db: Db,
  input: { provider: OidcProviderConfig; identity: MappedIdentity; locale: Locale; requestId?: string | undefined },
): Promise<SsoLoginResult> {
  const { provider, identity, requestId } = input;
  return db.transaction(async (tx): Promise<SsoLoginResult> => {
    const organisatie = await organisatieFor(tx, provider, identity.thuisDomein);
    const [link] = await tx
      .select({ accountId: externeIdentiteiten.accountId })
      .from(externeIdentiteiten)
      .where(and(eq(externeIdentiteiten.provider, provider.id), eq(externeIdentiteiten.subject, identity.subject)))
      .limit(1);

    let account: typeof accounts.$inferSelect | undefined;
    let nieuwAccount = false;
    if (link) {
      [account] = await tx.select().from(accounts).where(eq(accounts.id, link.accountId)).limit(1);
      if (!account || account.verwijderdOp) return { ok: false, reden: 'verwijderd' };
      await tx
        .update(externeIdentiteiten)
        .set({ laatstGebruiktOp: new Date() })
        .where(and(eq(externeIdentiteiten.provider, provider.id), eq(externeIdentiteiten.subject, identity.subject)));
    } else {
      if (!identity.email) return { ok: false, reden: 'geen-email' };
      [account] = await tx.select().from(accounts).where(eq(accounts.email, identity.email)).limit(1);
      if (account) {
        if (!identity.emailVerified) return { ok: false, reden: 'email-niet-geverifieerd' };
        if (!account.emailGeverifieerdOp) {
          // Someone registered this address without confirming it; the provider just proved who owns
          // it. The unconfirmed password may be a squatter's: it goes, and so do its sessions.
          const voor = { emailGeverifieerdOp: null, wachtwoordHash: account.wachtwoordHash };
          const na = { emailGeverifieerdOp: new Date(), wachtwoordHash: null };
          await tx.update(accounts).set({ ...na, updatedAt: new Date() }).where(eq(accounts.id, account.id));
          await endAllSessions(tx, account.id);
          await recordAudit(tx, {
            actor: selfActor(account),
            actie: 'account.email-geverifieerd',
            objectType: 'account',
            objectId: account.id,
            betreftAccountId: account.id,
            voor,
            na: { ...na, via: `oidc:${provider.id}` },
            requestId,
          });
        }
      } else {
        const values = {
          email: identity.email,
          naam: identity.naam ?? identity.email.split('@')[0]!,
          persoonstype: persoonstypeFor(identity.affiliaties, organisatie?.soort),
          taal: input.locale,
          emailGeverifieerdOp: identity.emailVerified ? new Date() : null,
        };
        [account] = await tx.insert(accounts).values(values).returning();
        nieuwAccount = true;
        await recordAudit(tx, {
          actor: selfActor(account!),
          actie: 'account.aangemaakt',
          objectType: 'account',
          objectId: account!.id,
          betreftAccountId: account!.id,
          voor: null,
          na: { ...values, bron: `oidc:${provider.id}` },
          requestId,
        });
      }
      await tx.insert(externeIdentiteiten).values({ provider: provider.id, subject: identity.subject, accountId: account!.id });
      await recordAudit(tx, {
        actor: selfActor(account!),
        actie: 'externe-identiteit.gekoppeld',
        objectType: 'externe-identiteit',
        objectId: `${provider.id}:${identity.subject}`,
        betreftAccountId: account!.id,
        voor: null,
        na: { provider: provider.id, subject: identity.subject, accountId: account!.id },
        requestId,
      });
    }

    const person = account!;
    if (organisatie) {
      const [made] = await tx
        .insert(lidmaatschappen)
        .values({ accountId: person.id, organisatieId: organisatie.id, rol: 'lid', bron: 'sso' })
        .onConflictDoNothing()
        .returning({ id: lidmaatschappen.id });
      if (made) {
        await recordAudit(tx, {
          actor: selfActor(person),
          actie: 'lidmaatschap.aangemaakt',
          objectType: 'lidmaatschap',
          objectId: made.id,
          betreftAccountId: person.id,
          voor: null,
          na: { accountId: person.id, organisatieId: organisatie.id, rol: 'lid', bron: 'sso' },
          requestId,
        });
      }
    }
    return { ok: true, accountId: person.id, tweedeFactorAan: person.totpAanSinds !== null, nieuwAccount, organisatieId: organisatie?.id };
  });
}
