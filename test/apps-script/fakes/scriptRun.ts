// google.script.run's rule for what crosses between the sidebar and the server, arguments and results alike.
// https://developers.google.com/apps-script/guides/html/reference/run: "Legal parameters are JavaScript primitives
// like a Number, Boolean, String, or null, as well as JavaScript objects and arrays that are composed of
// primitives, objects and arrays. … Requests fail if you attempt to pass a Date, Function, DOM element besides a
// form, or other prohibited type, including prohibited types inside objects or arrays. Objects that create
// circular references will also fail, and undefined fields within arrays become null."

/** A plain object of any realm: its prototype is some realm's Object.prototype, or null. */
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The message the failure handler gets (the platform names the first illegal property). */
const illegal = (path: string) => new Error(`Failed due to illegal value in property: ${path || "0"}`);

/**
 * The value as the other side receives it (undefined array items become null, undefined fields are dropped), or
 * the error the call fails with.
 */
export function passScriptRun(value: unknown, path = "", seen = new Set<object>()): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object") throw illegal(path);
  if (seen.has(value)) throw illegal(path);
  seen.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item, i) =>
        item === undefined ? null : passScriptRun(item, path ? `${path}.${i}` : String(i), seen),
      );
    if (!isPlainObject(value)) throw illegal(path);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) out[key] = passScriptRun(item, path ? `${path}.${key}` : key, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
