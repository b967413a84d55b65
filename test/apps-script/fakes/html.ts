// A fake HtmlService: the project's HTML files as outputs with a title.
// https://developers.google.com/apps-script/reference/html/html-service
import type { Platform } from "./platform.ts";

export function fakeHtmlService(platform: Platform, files: Record<string, string>) {
  const output = (content: string) => {
    let title = "";
    let text = content;
    const html = {
      setTitle: (t: string) => ((title = t), html),
      getTitle: () => title,
      append: (more: string) => ((text += more), html),
      getContent: () => text,
      setWidth: () => html,
      setHeight: () => html,
    };
    return html;
  };
  return {
    createHtmlOutputFromFile: (name: string) => {
      platform.guard("html", "HtmlService.createHtmlOutputFromFile");
      const content = files[`${name}.html`];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return output(content);
    },
    createHtmlOutput: (content = "") => (
      platform.guard("html", "HtmlService.createHtmlOutput"),
      output(content)
    ),
  };
}
