import { useRequestContext } from 'hono/jsx-renderer';
import { catalogueTree, type Tree } from '../../platform/i18n.ts';
import type { AppEnv } from '../context.ts';

/**
 * Renders a content page's sections from the catalogue: each section has a `title` and numbered
 * paragraphs; a paragraph key that starts with 'li' becomes a list item.
 */
export function CatalogueSections({ at }: { at: string }) {
  const { locale } = useRequestContext<AppEnv>().var;
  const sections = catalogueTree(locale, at);
  return (
    <>
      {Object.entries(sections).map(([id, section]) =>
        typeof section === 'string' ? null : <Section id={id} section={section} />,
      )}
    </>
  );
}

function Section({ id, section }: { id: string; section: Tree }) {
  const entries = Object.entries(section).filter(([k]) => k !== 'title');
  const paragraphs = entries.filter(([k]) => !k.startsWith('li'));
  const items = entries.filter(([k]) => k.startsWith('li'));
  return (
    <section aria-labelledby={`sectie-${id}`}>
      <h2 class="utrecht-heading-2" id={`sectie-${id}`}>
        {String(section.title)}
      </h2>
      {paragraphs.map(([, text]) => (
        <p class="utrecht-paragraph">{String(text)}</p>
      ))}
      {items.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {items.map(([, text]) => (
            <li>{String(text)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
