import { useRequestContext } from 'hono/jsx-renderer';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.ts';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { persoonstypes } from '../schema.ts';

/** The profile a person may correct themselves; e-mail and password have their own pages (they need a check). */
export const profielSchema = z.object({
  naam: z
    .string()
    .trim()
    .min(1)
    .max(200)
    // A NUL byte would make PostgreSQL refuse the query: a 400 for the sender, not a 500.
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'mijnGegevens.fouten.tekens' }),
  persoonstype: z.enum(persoonstypes, { message: 'mijnGegevens.fouten.persoonstype' }),
  taal: z.enum(['nl', 'en'], { message: 'mijnGegevens.fouten.taal' }),
  versie: z.coerce.number().int().min(1).max(2_000_000_000),
});

export const zichtbaarheidSchema = z.object({
  openbaar: z.enum(['ja', 'nee']),
  versie: z.coerce.number().int().min(1).max(2_000_000_000),
});

export type ProfielFormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
};

export function ProfielForm({ state }: { state: ProfielFormState }) {
  const c = useRequestContext<AppEnv>();
  const { t, locale } = c.var;
  const { values, fieldErrors } = state;
  return (
    <section aria-labelledby="profiel-formulier">
      <h2 class="utrecht-heading-2" id="profiel-formulier" tabindex={-1}>
        {t('mijnGegevens.profiel.title')}
      </h2>
      <p class="utrecht-paragraph">{t('mijnGegevens.profiel.intro')}</p>
      <form method="post" action={localizedPath(locale, '/account/gegevens')} novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={values.versie ?? ''} />
        <TextField
          id="profiel-naam"
          name="naam"
          label={t('mijnGegevens.profiel.naam')}
          value={values.naam ?? ''}
          maxlength={200}
          autocomplete="name"
          error={fieldErrors.naam}
        />
        <SelectField
          id="profiel-persoonstype"
          name="persoonstype"
          label={t('mijnGegevens.profiel.persoonstype')}
          selected={values.persoonstype}
          error={fieldErrors.persoonstype}
          options={[
            ...(values.persoonstype && (persoonstypes as readonly string[]).includes(values.persoonstype)
              ? []
              : [{ value: '', label: t('mijnGegevens.profiel.kies') }]),
            ...persoonstypes.map((p) => ({ value: p, label: t(`mijnGegevens.persoonstype.${p}`) })),
          ]}
        />
        <SelectField
          id="profiel-taal"
          name="taal"
          label={t('mijnGegevens.profiel.taal')}
          selected={values.taal}
          error={fieldErrors.taal}
          options={[
            { value: 'nl', label: t('mijnGegevens.taal.nl') },
            { value: 'en', label: t('mijnGegevens.taal.en') },
          ]}
        />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('mijnGegevens.profiel.opslaan')}
        </button>
      </form>
    </section>
  );
}

export function ZichtbaarheidForm({ openbaar, versie }: { openbaar: boolean; versie: number }) {
  const c = useRequestContext<AppEnv>();
  const { t, locale } = c.var;
  return (
    <section aria-labelledby="openbaar-profiel">
      <h2 class="utrecht-heading-2" id="openbaar-profiel" tabindex={-1}>
        {t('mijnGegevens.openbaar.title')}
      </h2>
      <p class="utrecht-paragraph">
        <strong>{openbaar ? t('mijnGegevens.openbaar.nuAan') : t('mijnGegevens.openbaar.nuUit')}</strong>
      </p>
      <p class="utrecht-paragraph">{t('mijnGegevens.openbaar.uitleg')}</p>
      <ul class="utrecht-unordered-list">
        <li>{t('mijnGegevens.openbaar.li1')}</li>
        <li>{t('mijnGegevens.openbaar.li2')}</li>
        <li>{t('mijnGegevens.openbaar.li3')}</li>
      </ul>
      <p class="utrecht-paragraph">{t('mijnGegevens.openbaar.nooit')}</p>
      <form method="post" action={localizedPath(locale, '/account/gegevens/openbaar')}>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={String(versie)} />
        <input type="hidden" name="openbaar" value={openbaar ? 'nee' : 'ja'} />
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {openbaar ? t('mijnGegevens.openbaar.uitzetten') : t('mijnGegevens.openbaar.aanzetten')}
        </button>
      </form>
    </section>
  );
}
