// What the shared core uses beyond ECMAScript and Apps Script's V8 lacks: structuredClone (for plain JSON data).
const scope = globalThis as { structuredClone?: <T>(value: T) => T };
if (typeof scope.structuredClone !== "function")
  scope.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
