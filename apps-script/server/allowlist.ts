// The addresses the add-on may fetch: the urlFetchWhitelist it was built with (the region's Cloud Functions).
// https://developers.google.com/apps-script/manifest/allowlist-url

/** Set by build.ts (esbuild `define`) from the build's --functions-url; absent in a build for test deployments. */
declare const MARSHRUT_URL_PREFIXES: readonly string[] | undefined;

export const URL_PREFIXES: readonly string[] =
  typeof MARSHRUT_URL_PREFIXES === "undefined" ? [] : MARSHRUT_URL_PREFIXES;

/**
 * Whether `url` matches a prefix as the platform matches them: equal, or the prefix followed by «/», «?» or «#»
 * (`https://example.com/foo` allows `/foo/bar` and `/foo?x`, not `/foobar`); paths are case-sensitive. Without
 * an allowlist every address is allowed.
 */
export function allowedUrl(url: string, prefixes: readonly string[] = URL_PREFIXES): boolean {
  if (prefixes.length === 0) return true;
  return prefixes.some(
    (prefix) =>
      url === prefix ||
      (url.startsWith(prefix) && (prefix.endsWith("/") || "/?#".includes(url.charAt(prefix.length)))),
  );
}

/** Why `prefix` cannot be an allowlist entry (https, a full domain, a non-empty path), or undefined when it can. */
export function prefixProblem(prefix: string): string | undefined {
  const match = /^https:\/\/([^/?#]+)(\/[^?#]*)?$/u.exec(prefix);
  if (!match) return "адрес должен начинаться с https://";
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(match[1]!))
    return "нужен полный домен, например europe-west3-проект.cloudfunctions.net";
  if (!match[2]) return "нужен путь: хотя бы «/» после домена";
  return undefined;
}
