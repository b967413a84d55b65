// The sidebar page, inlined by build.ts: a pasted project has no HTML files, so nothing reads one.

declare const MARSHRUT_SIDEBAR_HTML: string | undefined;

/** The sidebar as HtmlService serves it; empty outside a build (the page is built with the code). */
export const SIDEBAR_HTML: string = typeof MARSHRUT_SIDEBAR_HTML === "undefined" ? "" : MARSHRUT_SIDEBAR_HTML;
