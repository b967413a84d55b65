// Triggers belong to a user and a document: each spreadsheet a methodist prepares gets its own form-submit trigger.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { formAnswer } from "./books.ts";
import { cell } from "./sheetView.ts";

const withoutRegister = () => sampleSheets().filter((s) => s.name !== "Реестр ИОМ");

describe("triggers per user and document", () => {
  test("a second spreadsheet prepared by the same methodist gets its own form-submit trigger and checks its answers", async () => {
    const first = loadAddon(await builtAddon(), withoutRegister());
    first.call("runAction", "prepare");
    const second = first.as(
      first.google.spreadsheet(withoutRegister(), undefined, "Реестр ИОМ — тестовая копия"),
    );
    second.call("runAction", "prepare");
    expect(second.call<{ triggerCreated: boolean }>("getResult", "prepare").triggerCreated).toBe(true);
    expect(first.triggers.map((t) => [t.kind, t.documentId, t.owner])).toEqual([
      ["ON_FORM_SUBMIT", first.ss.id, first.user],
      ["ON_FORM_SUBMIT", second.ss.id, first.user],
    ]);
    const register = second.ss.sheet("Реестр ИОМ");
    second.submit(register, formAnswer("bad-address"));
    expect(cell(register, "Адрес электронной почты", 2)[1]).toBe("#f4cccc");
  });

  test("another user's trigger in the same file is theirs: preparing again creates one of the methodist's own, once", async () => {
    const env = loadAddon(await builtAddon(), withoutRegister());
    env.google.addTrigger(env.ss, "zavuch@odin.ru", "onFormSubmitHandler", "ON_FORM_SUBMIT");
    env.call("runAction", "prepare");
    env.call("runAction", "prepare");
    expect(env.triggers.map((t) => t.owner).sort()).toEqual([env.user, "zavuch@odin.ru"].sort());
  });

  test("the platform refuses a second trigger of a kind, a clock more often than hourly and a trigger for another file", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const other = env.google.spreadsheet(sampleSheets());
    const make =
      "ScriptApp.newTrigger('onFormSubmitHandler').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create()";
    env.evaluate(make);
    expect(() => env.evaluate(make)).toThrow(
      "Exception: This add-on has created too many form-submit triggers in this document for this Google user account.",
    );
    expect(() => env.evaluate("ScriptApp.newTrigger('x').timeBased().everyMinutes(30).create()")).toThrow(
      /more frequently than once per hour/u,
    );
    expect(() =>
      env.evaluate(`ScriptApp.newTrigger('x').forSpreadsheet('${other.id}').onOpen().create()`),
    ).toThrow(/only create triggers for the document in which they are used/u);
    const counts = env.evaluate(
      "[ScriptApp.getProjectTriggers().length, ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length]",
    );
    expect(counts).toEqual([1, 1]);
  });
});
