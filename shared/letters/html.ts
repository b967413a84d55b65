// HTML building for letters and the printed ИОМ: every text escaped, styles inline (mail clients drop <style>).
import escapeHtml from "escape-html";

/** A text as HTML: `<script>` in a cell prints as text. */
export const esc = (text: string | number): string => escapeHtml(String(text));

/** Inline styles: the same look in the print dialog, a browser and a mail client. */
export const STYLE = {
  body: "font-family: 'PT Serif', 'Times New Roman', Georgia, serif; font-size: 10.5pt; line-height: 1.3; color: #111; margin: 0 auto; max-width: 190mm;",
  municipality: "margin: 0 0 4pt; text-align: right; font-size: 9pt; color: #444;",
  h1: "margin: 0 0 8pt; font-size: 14pt; text-align: center;",
  h2: "margin: 10pt 0 4pt; font-size: 11.5pt;",
  p: "margin: 3pt 0;",
  table: "width: 100%; border-collapse: collapse; font-size: 9pt;",
  th: "border: 1px solid #555; padding: 2pt 4pt; background: #eee; text-align: left; vertical-align: bottom;",
  td: "border: 1px solid #555; padding: 2pt 4pt; vertical-align: top;",
  factKey: "padding: 1pt 8pt 1pt 0; color: #444; vertical-align: top; white-space: nowrap;",
  factValue: "padding: 1pt 0; vertical-align: top; font-weight: bold;",
  small: "font-size: 8pt; color: #444;",
  signCell: "padding: 14pt 6pt 0 0; vertical-align: bottom;",
  signLine: "padding: 14pt 6pt 0; vertical-align: bottom; border-bottom: 1px solid #111; width: 32%;",
  link: "color: #1a56a8;",
} as const;

export const cell = (tag: "td" | "th", html: string, extra = "") =>
  `<${tag} style="${tag === "td" ? STYLE.td : STYLE.th}${extra}">${html}</${tag}>`;

/** A bordered table whose header row repeats on every printed page. */
export const table = (
  headers: readonly string[],
  rows: readonly string[][],
  widths: readonly string[] = [],
) =>
  `<table style="${STYLE.table}"><thead><tr>${headers
    .map((h, i) => cell("th", esc(h), widths[i] ? ` width: ${widths[i]};` : ""))
    .join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((html) => cell("td", html)).join("")}</tr>`)
    .join("")}</tbody></table>`;

export const paragraph = (html: string, style: string = STYLE.p) => `<p style="${style}">${html}</p>`;

/** A link, only to an http(s) address: anything else (`javascript:…`) prints as text. */
export const link = (url: string, text: string = url) =>
  /^https?:\/\//iu.test(url) ? `<a href="${esc(url)}" style="${STYLE.link}">${esc(text)}</a>` : esc(text);

/** A whole HTML document (no scripts): `css` only for the print variant. */
export const page = (title: string, body: string, css = "") =>
  `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>${esc(title)}</title>${css ? `<style>${css}</style>` : ""}</head>
<body style="${STYLE.body}">${body}</body></html>
`;
