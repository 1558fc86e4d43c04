import type { Child } from 'hono/jsx';
/**
 * User-written plain text as HTML: paragraphs on blank lines, line breaks kept, and http(s) links
 * made clickable. Everything else is text, escaped by hono/jsx: no markup from users, ever.
 * Links open in the same tab and carry rel="nofollow ugc" (user content, not our endorsement).
 */
const urlPattern = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

function withLinks(line: string) {
  const parts: Child[] = [];
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(line.slice(last, start));
    parts.push(
      <a class="utrecht-link" href={match[0]} rel="nofollow ugc noopener">
        {match[0]}
      </a>,
    );
    last = start + match[0].length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}

export function PlainText({ text, lang }: { text: string | null | undefined; lang?: string }) {
  if (!text) return null;
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => (
        <p class="utrecht-paragraph" lang={lang}>
          {p.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {withLinks(line)}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
