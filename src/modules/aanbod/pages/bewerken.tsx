import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { aanbodInvoerSchema } from '../aanbod.schema.ts';
import { aanbodBewerken } from '../commands/aanbod-bewerken.ts';
import { leesFormulier, naarInvoer, uitAanbod, uitVeldFouten, veldFouten } from './form-waarden.ts';
import { renderFormulier } from './formulier.tsx';
import { aanbodPath, aanbodVoor, commandContext } from './shared.tsx';

const versiePattern = /^[1-9]\d{0,9}$/;

/** GET /aanbod/:id/bewerken: the owner, a coordinator of its organisatie, or a beheerder. */
export async function bewerkenPage(c: Context<AppEnv>) {
  const a = await aanbodVoor(c, { bewerken: true });
  return renderFormulier(c, a.soort, a, { waarden: uitAanbod(a), fieldErrors: {} });
}

/**
 * POST /aanbod/:id/bewerken, based on the hidden versie. The kind stays what it is. A stale save
 * writes nothing: the form comes back with this person's input and the stored version, so saving
 * again is a choice made after reading the message.
 */
export async function bewerkenPost(c: Context<AppEnv>) {
  const a = await aanbodVoor(c, { bewerken: true });
  const { t, locale } = c.var;
  const waarden = { ...(await leesFormulier(c)), soort: a.soort };
  const { invoer, rijVan } = naarInvoer(waarden, a.soort);
  const parsed = aanbodInvoerSchema.safeParse(invoer);
  const fieldErrors = parsed.success ? {} : veldFouten(t, locale, parsed.error.issues, rijVan);
  if (!versiePattern.test(waarden.versie)) fieldErrors.formulier = t('aanbod.fouten.versie');
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return renderFormulier(c, a.soort, a, { waarden, fieldErrors }, 400);
  const result = await aanbodBewerken(c.var.deps.database.db, commandContext(c), { id: a.id, versie: Number(waarden.versie), invoer: parsed.data });
  if (result.ok) {
    flash(c, 'aanbod.flash.opgeslagen');
    return c.redirect(aanbodPath(locale, a.id), 303);
  }
  if (result.reden === 'ongeldig') return renderFormulier(c, a.soort, a, { waarden, fieldErrors: veldFouten(t, locale, uitVeldFouten(result.fouten), rijVan) }, 409);
  return renderFormulier(c, a.soort, a, { waarden: { ...waarden, versie: String(a.versie) }, fieldErrors: {}, verouderd: true }, 409);
}
