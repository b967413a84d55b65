// Access keys: a municipality's key is «<code>.<random>»; only its SHA-256 is stored, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { MUNICIPALITY_CODE } from "../../shared/report/municipalReport.ts";

export const hashKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/**
 * A new key for a municipality: the code in front lets the server find its hash with one read; it is
 * percent-encoded so a Cyrillic code still makes an ASCII key (HTTP headers carry only ASCII safely).
 */
export const issueMunicipalityKey = (code: string): string =>
  `${encodeURIComponent(code)}.${randomBytes(24).toString("base64url")}`;
export const issueRegionalKey = (): string => `region.${randomBytes(32).toString("base64url")}`;

/**
 * The municipality code a key belongs to, if it has the «<code>.<random>» form and the code is a municipality
 * code (checked before it is used as a document id: «a%2Fb» would otherwise name a path `a/b`, «__x__» a reserved
 * id that Firestore refuses after seconds); any other key is a 401 without a read.
 */
export function keyCode(key: string): string | undefined {
  const dot = key.indexOf(".");
  if (dot <= 0 || dot === key.length - 1) return undefined;
  let code: string;
  try {
    code = decodeURIComponent(key.slice(0, dot));
  } catch {
    return undefined;
  }
  return MUNICIPALITY_CODE.test(code) ? code : undefined;
}

/** Whether `key` hashes to `expectedHash` (hex), in constant time. */
export function keyMatches(key: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashKey(key), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

/** The token of an «Authorization: Bearer <token>» header. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(value ?? "");
  return match?.[1];
}
