import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Interface strings live in locales/<locale>/<namespace>.json. A key is '<namespace>.<path>',
 * e.g. 'common.nav.organisaties'. Plurals: a key with 'one' and 'other' children is chosen by
 * the `count` parameter. Placeholders: {name}.
 */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

export type Tree = { [key: string]: string | Tree };
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export const localesDir = fileURLToPath(new URL('../../locales', import.meta.url));

function loadCatalogue(locale: Locale): Tree {
  const dir = path.join(localesDir, locale);
  const tree: Tree = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    tree[path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree;
  }
  return tree;
}

const catalogues: Record<Locale, Tree> = { nl: loadCatalogue('nl'), en: loadCatalogue('en') };

/** All keys of a catalogue, flattened: used by the completeness test. */
export function catalogueKeys(locale: Locale): string[] {
  const keys: string[] = [];
  const walk = (node: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') keys.push(prefix + k);
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(catalogues[locale], '');
  return keys.sort();
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  nl: new Intl.PluralRules('nl'),
  en: new Intl.PluralRules('en'),
};
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL'),
  en: new Intl.NumberFormat('en-GB'),
};

export class MissingTranslationError extends Error {}

export function translator(locale: Locale): Translate {
  return (key, params) => {
    let entry = lookup(catalogues[locale], key);
    if (entry !== undefined && typeof entry !== 'string' && params && typeof params.count === 'number') {
      entry = entry[pluralRules[locale].select(params.count)] ?? entry.other;
    }
    if (typeof entry !== 'string') {
      // A missing key is a programming error; the catalogue test catches it before users do.
      if (process.env.NODE_ENV === 'production') return key;
      throw new MissingTranslationError(`Missing translation '${key}' for locale '${locale}'`);
    }
    if (!params) return entry;
    return entry.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numberFormats[locale].format(value) : value;
    });
  };
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** A subtree of the catalogue, in catalogue order: for content pages written as sections of paragraphs. */
export function catalogueTree(locale: Locale, key: string): Tree {
  const node = lookup(catalogues[locale], key);
  if (node === undefined || typeof node === 'string') {
    if (process.env.NODE_ENV === 'production') return {};
    throw new MissingTranslationError(`Missing translation section '${key}' for locale '${locale}'`);
  }
  return node;
}

export function hasTranslation(locale: Locale, key: string): boolean {
  return typeof lookup(catalogues[locale], key) === 'string';
}
