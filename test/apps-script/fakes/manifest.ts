// The built appsscript.json as the platform reads it: declared scopes, the script's time zone, the fetch allowlist.
// https://developers.google.com/apps-script/manifest

export interface Manifest {
  readonly timeZone: string;
  readonly oauthScopes: readonly string[];
  /** undefined: no allowlist (allowed for test deployments only). */
  readonly urlFetchWhitelist?: readonly string[];
}

export function parseManifest(text: string): Manifest {
  const json = JSON.parse(text) as Partial<Manifest>;
  if (!Array.isArray(json.oauthScopes)) throw new Error("fake: the manifest declares no oauthScopes");
  return {
    timeZone: json.timeZone ?? "America/New_York",
    oauthScopes: json.oauthScopes,
    ...(json.urlFetchWhitelist ? { urlFetchWhitelist: json.urlFetchWhitelist } : {}),
  };
}

/**
 * Whether `url` is allowed by an allowlist: the prefix equals the URL or the URL is "the same or a child" of it
 * (`https://example.com/foo` matches `/foo`, `/foo/bar`, `/foo?bar`, `/foo#bar`, not `/foobar`); paths match
 * case-sensitively; `https://*.example.com/` matches subdomains.
 * https://developers.google.com/apps-script/manifest/allowlist-url
 */
export function allowlisted(url: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => {
    const wildcard = prefix.startsWith("https://*.");
    const pattern = wildcard
      ? new RegExp(`^https://[^/?#]+\\.${escape(prefix.slice("https://*.".length))}`, "u")
      : new RegExp(`^${escape(prefix)}`, "u");
    const match = pattern.exec(url);
    if (!match) return false;
    const next = url.charAt(match[0].length);
    return next === "" || prefix.endsWith("/") || "/?#".includes(next);
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
