// A link in the sidebar that selects a range of the spreadsheet (a finding's cell, an organisation's row).
import { call } from "./client.ts";
import { h } from "./dom.ts";
import { showError } from "./feedback.ts";

export const cellLink = (sheet: string, a1: string, text: string, className = "where") =>
  h(
    "a",
    {
      class: className,
      href: "#",
      onclick: (e: Event) => (e.preventDefault(), void call("goToCell", sheet, a1).catch(showError)),
    },
    text,
  );
