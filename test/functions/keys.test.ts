// Pure parts of the functions: keys and their hashes, canonical content hashes, the Moscow calendar, params.
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../functions/src/config.ts";
import { canonicalJson, contentHash } from "../../functions/src/hash.ts";
import { bearerToken, hashKey, issueMunicipalityKey, keyCode, keyMatches } from "../../functions/src/keys.ts";
import { moscowMonth, previousMonth } from "../../functions/src/calendar.ts";

describe("keys", () => {
  it("carry their municipality code and match only their own hash", () => {
    const key = issueMunicipalityKey("odin");
    const other = issueMunicipalityKey("odin");
    expect(key).not.toBe(other);
    expect(keyCode(key)).toBe("odin");
    expect(keyMatches(key, hashKey(key))).toBe(true);
    expect(keyMatches(other, hashKey(key))).toBe(false);
    expect(keyMatches(key, "not-a-hash")).toBe(false);
  });

  it("read the code back from odd keys without throwing", () => {
    expect(keyCode("garbage")).toBeUndefined();
    expect(keyCode(".secret")).toBeUndefined();
    expect(keyCode("odin.")).toBeUndefined();
    expect(keyCode("%E0%A4%A.secret")).toBeUndefined();
    expect(keyCode(issueMunicipalityKey("odn-Одн"))).toBe("odn-Одн");
  });

  it("are taken from «Authorization: Bearer …» only", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken(["Bearer x"])).toBe("x");
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe("contentHash", () => {
  it("does not depend on key order, does on values", () => {
    expect(canonicalJson({ b: [1, { d: 2, c: null }], a: "x" })).toBe('{"a":"x","b":[1,{"c":null,"d":2}]}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
  });
});

describe("the Moscow calendar of the schedule", () => {
  it("takes the month that has just ended in Moscow", () => {
    expect(previousMonth(new Date("2026-12-01T03:00:00Z"))).toBe("2026-11"); // 06:00 MSK on 1 December
    expect(previousMonth(new Date("2026-12-31T21:30:00Z"))).toBe("2026-12"); // already 1 January in Moscow
    expect(previousMonth(new Date("2027-01-01T03:00:00Z"))).toBe("2026-12");
    expect(moscowMonth(new Date("2026-11-30T20:59:59Z"))).toBe("2026-11");
    expect(moscowMonth(new Date("2026-11-30T21:00:00Z"))).toBe("2026-12");
  });
});

describe("readConfig", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("applies defaults and splits the recipients", () => {
    delete process.env.REGION_ID;
    delete process.env.REGION_NAME;
    process.env.REPORT_RECIPIENTS = " a@region.ru; b@region.ru,не-адрес ";
    expect(readConfig()).toEqual({
      regionId: "region",
      regionName: "",
      recipients: ["a@region.ru", "b@region.ru"],
      bucket: "",
    });
    process.env.REGION_ID = "Moscow-Oblast";
    expect(readConfig().regionId).toBe("moscow-oblast");
    process.env.REGION_ID = "../etc";
    expect(readConfig().regionId).toBe("region");
  });
});
