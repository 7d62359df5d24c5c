/**
 * A person's browser without the browser: follows redirects by hand and keeps cookies per host, so a test can walk
 * the single sign-on round trip (PNQ Tracker → identity provider's sign-in page → back) over real HTTP.
 */
export class CookieWalker {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jars.get(target.host) ?? new Map<string, string>();
    this.jars.set(target.host, jar);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        'user-agent': 'CookieWalker/1.0 (test)',
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const [name, value] = [pair.slice(0, index).trim(), pair.slice(index + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until a page that is not one; returns it and the URLs visited. */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ response: Response; visited: string[] }> {
    const visited = [url];
    let response = await this.request(url, init);
    while (response.status >= 300 && response.status < 400 && visited.length < 20) {
      const next = new URL(response.headers.get('location')!, visited[visited.length - 1]).href;
      visited.push(next);
      response = await this.request(next);
    }
    return { response, visited };
  }
}
