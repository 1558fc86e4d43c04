import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlainText } from './plain-text.tsx';

const html = async (text: string) => String(await (<div><PlainText text={text} /></div>));

test('paragraphs on blank lines, line breaks kept', async () => {
  const out = await html('Eerste alinea\nregel twee\n\nTweede alinea');
  assert.equal(out, '<div><p class="utrecht-paragraph">Eerste alinea<br/>regel twee</p><p class="utrecht-paragraph">Tweede alinea</p></div>');
});

test('links become anchors; trailing punctuation stays text', async () => {
  const out = await html('Zie https://www.example.nl/rapport?id=1. Of niet.');
  assert.match(out, /<a class="utrecht-link" href="https:\/\/www.example.nl\/rapport\?id=1" rel="nofollow ugc noopener">https:\/\/www.example.nl\/rapport\?id=1<\/a>\. Of niet\./);
});

test('markup is escaped, javascript: is never a link', async () => {
  const out = await html('<script>alert(1)</script> javascript:alert(1) "https://x.nl/"><b>');
  assert.ok(!out.includes('<script>'));
  assert.ok(!out.includes('<b>'));
  assert.ok(!out.includes('href="javascript'));
  assert.match(out, /&lt;script&gt;/);
});
