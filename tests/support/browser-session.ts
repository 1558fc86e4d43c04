import type { Hono } from 'hono';

/**
 * A minimal browser for app.request(): keeps cookies, reads the CSRF token out of the last page,
 * posts forms with it, and can follow redirects. For tests of flows across several pages.
 */
export class BrowserSession {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  constructor(private readonly app: Hono<never> | { request: Hono['request'] }) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string): Promise<{ res: Response; text: string }> {
    const res = await this.app.request(path, { headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { res, text };
  }

  /** Posts a form with the CSRF token of the last page (fetching `path` first if none was seen). */
  async post(path: string, fields: Record<string, string>, options: { csrf?: string | null } = {}): Promise<{ res: Response; text: string }> {
    if (this.csrf === undefined && options.csrf === undefined) await this.get('/');
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null && csrf !== undefined) body.set('_csrf', csrf);
    const res = await this.app.request(path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    this.remember(res);
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { res, text };
  }

  /** GET the Location of a redirect response (relative or absolute). */
  async follow(res: Response): Promise<{ res: Response; text: string }> {
    const location = res.headers.get('location');
    if (!location) throw new Error(`Not a redirect: ${res.status}`);
    const url = new URL(location, 'http://localhost');
    return this.get(url.pathname + url.search);
  }
}
