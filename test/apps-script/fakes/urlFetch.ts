// A fake UrlFetchApp: the manifest's allowlist, the size limits of a call, HTTP errors unless muted.
// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
import { allowlisted } from "./manifest.ts";
import type { Platform } from "./platform.ts";

/**
 * "URL Fetch response size 50 MB / call", "URL Fetch POST size 50 MB / call", "URL Fetch URL length 2 KB / call".
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const FETCH_LIMITS = {
  responseBytes: 50 * 1024 * 1024,
  payloadBytes: 50 * 1024 * 1024,
  urlBytes: 2 * 1024,
};

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType: string;
  payload: string;
}
export type FetchHandler = (request: FetchRequest) => { code: number; body: string };

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string;
  muteHttpExceptions?: boolean;
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

export function fakeUrlFetchApp(platform: Platform, requests: FetchRequest[], handler: () => FetchHandler) {
  return {
    fetch: (url: string, params: FetchParams = {}) => {
      platform.guard("fetch", "UrlFetchApp.fetch");
      const allowlist = platform.manifest.urlFetchWhitelist;
      // https://developers.google.com/apps-script/manifest/allowlist-url: "script projects can't access URLs that
      // have not been added to the allowlist" (the wording of the error is the fake's).
      if (allowlist && !allowlisted(url, allowlist))
        throw new Error(
          `Exception: The script is not allowed to fetch ${url}: it is not in the manifest's urlFetchWhitelist.`,
        );
      if (bytes(url) > FETCH_LIMITS.urlBytes)
        throw new Error(`Exception: Limit Exceeded: URLFetch URL Length.`);
      const payload = String(params.payload ?? "");
      if (bytes(payload) > FETCH_LIMITS.payloadBytes)
        throw new Error("Exception: Limit Exceeded: URLFetch POST Size.");
      const request: FetchRequest = {
        url,
        method: (params.method ?? "get").toLowerCase(),
        headers: { ...params.headers },
        contentType: params.contentType ?? "",
        payload,
      };
      requests.push(request);
      const { code, body } = handler()(request);
      if (bytes(body) > FETCH_LIMITS.responseBytes)
        throw new Error("Exception: Limit Exceeded: URLFetch Response Size.");
      if (code >= 400 && !params.muteHttpExceptions)
        throw new Error(
          `Exception: Request failed for ${url} returned code ${code}. Truncated server response: ${body.slice(0, 100)}`,
        );
      return { getResponseCode: () => code, getContentText: () => body, getHeaders: () => ({}) };
    },
  };
}
