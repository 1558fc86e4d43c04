import { z } from '@hono/zod-openapi';
import { organisatieBronnen } from './schema.ts';

/**
 * The 8-digit prefixes of the OIN-stelsel (Logius, "OIN-Stelsel", chapter Data Architectuur,
 * https://github.com/Logius-standaarden/OIN-Stelsel). The prefix names the register the rest of the
 * number comes from. 00000005 is unassigned and 00000099 marks test OINs, so neither belongs to a
 * real organisatie.
 */
export const oinPrefixen = {
  '00000001': 'RSIN (Handelsregister)',
  '00000002': 'fiscaal nummer (onderdelen van de Staat zonder inschrijving in het Handelsregister)',
  '00000003': 'KvK-nummer (Handelsregister)',
  '00000004': 'SubOIN-register',
  '00000006': 'door Logius uitgegeven OIN-hoofdnummer',
  '00000007': 'BRIN-nummer (DUO)',
  '00000008': 'buitenlandse organisatie',
  '00000009': 'Dezi-nummer zorgaanbieder',
  '00000010': 'TRR-nummer (Belastingdienst)',
  '00000011': 'Dezi-nummer zorgverzekeraar',
} as const;

// Spaces are common in pasted numbers ('00000001 003214345 000'); they carry no meaning.
const withoutSpaces = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/**
 * An Organisatie-identificatienummer: 20 positions, a known prefix, then the number from that
 * register and a suffix. Only the BRIN register (00000007) has letters in its number ('21PB').
 */
export const oinSchema = z
  .string()
  .transform(withoutSpaces)
  .superRefine((oin, ctx) => {
    if (!/^[0-9]{8}[0-9A-Z]{12}$/.test(oin)) {
      ctx.addIssue({ code: 'custom', message: `OIN '${oin}' must be 20 characters: an 8-digit prefix and 12 more` });
      return;
    }
    const prefix = oin.slice(0, 8);
    if (prefix === '00000099') {
      ctx.addIssue({ code: 'custom', message: `OIN '${oin}' is a test OIN (prefix 00000099)` });
    } else if (!(prefix in oinPrefixen)) {
      ctx.addIssue({ code: 'custom', message: `OIN '${oin}' has unknown prefix ${prefix}` });
    } else if (prefix !== '00000007' && !/^[0-9]{12}$/.test(oin.slice(8))) {
      ctx.addIssue({ code: 'custom', message: `OIN '${oin}' may only hold digits after prefix ${prefix}` });
    }
  })
  .openapi({ description: 'Organisatie-identificatienummer (OIN): 20 tekens met een bekend voorvoegsel van 8 cijfers', example: '00000001003214345000' });

/** A BRIN code (instellingscode) of DUO: two digits and two letters or digits, e.g. '21PB'. */
export const brinCodeSchema = z
  .string()
  .transform(withoutSpaces)
  .refine((code) => /^[0-9]{2}[0-9A-Z]{2}$/.test(code), {
    message: 'BRIN code must be 2 digits followed by 2 letters or digits (e.g. 21PB)',
  })
  .openapi({ description: 'BRIN-code (instellingscode) van DUO', example: '21PB' });

/** RIO codes are DUO's own opaque ids: kept as text, only checked for a sane shape. */
export const rioCodeSchema = z
  .string()
  .transform(withoutSpaces)
  .refine((code) => /^[0-9A-Z]{1,20}$/.test(code), { message: 'RIO code must be 1-20 letters or digits' })
  .openapi({ description: 'Code uit het Registratie Instellingen en Opleidingen (RIO) van DUO' });

/**
 * A website the platform may link to: https only. Registers often write 'www.hva.nl' or
 * 'http://...'; both become https, because every Dutch government and education site serves it.
 * A bare origin loses its trailing slash so that the same site is always written the same way.
 */
export const websiteSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value.replace(/^http:/i, 'https:') : `https://${value}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      ctx.addIssue({ code: 'custom', message: `website '${value}' is not a URL` });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: `website '${value}' must be an https URL of a public host` });
      return z.NEVER;
    }
    return url.pathname === '/' && !url.search && !url.hash ? url.origin : url.href;
  })
  .openapi({ description: 'Website van de organisatie (https)', example: 'https://www.logius.nl' });

export const organisatieBronSchema = z
  .enum(organisatieBronnen)
  .openapi({ description: "Herkomst van de gegevens: 'referentie', 'roo' (Register van Overheidsorganisaties), 'duo' of 'handmatig'" });

/** The identifying fields of an organisatie, each optional; for the importers and, later, the edit form. */
export const organisatieIdentificatieSchema = z.object({
  oin: oinSchema.optional(),
  brinCode: brinCodeSchema.optional(),
  rioOnderwijsaanbiederCode: rioCodeSchema.optional(),
  rioOnderwijsbestuurCode: rioCodeSchema.optional(),
  website: websiteSchema.optional(),
});
export type OrganisatieIdentificatie = z.infer<typeof organisatieIdentificatieSchema>;
