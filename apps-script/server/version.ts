// The release this code belongs to: build.ts sets it from package.json (the one source); «dev» outside a build.

declare const MARSHRUT_VERSION: string | undefined;

export const VERSION: string = typeof MARSHRUT_VERSION === "undefined" ? "dev" : MARSHRUT_VERSION;

/** «Маршрут 1.0.0»: the menu's «О программе» and the sidebar's footer. */
export const PRODUCT_NAME = `Маршрут ${VERSION}`;
