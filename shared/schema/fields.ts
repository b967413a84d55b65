// Field constructors: a field's header names, its kind (how a cell is parsed) and the zod schema of its parsed value.
import * as z from "zod/mini";
import { ISO_DATE, ISO_DATE_TIME } from "../dates.ts";

export type FieldKind =
  | "text"
  | "email"
  | "fio"
  | "url"
  | "date"
  | "dateTime"
  | "yesNo"
  | "number"
  | "enum"
  | "enumList"
  | "topics";

/** Which date range a date field accepts (spec §3 `date`). */
export type DateRange = "default" | "birth";

export interface FieldDef<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly kind: FieldKind;
  /** Header names as the spec writes them; the first is the one the product writes. */
  readonly names: readonly string[];
  readonly required: boolean;
  readonly schema: S;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** Whether the minimum itself is excluded (hours > 0). */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
  readonly dateRange?: DateRange;
  /** A completion date that may not lie after the report date (`date.future`). */
  readonly notInFuture?: boolean;
}

interface Options {
  readonly required?: boolean;
}

type Optional<S extends z.ZodMiniType, O extends Options> = O extends { required: true }
  ? S
  : z.ZodMiniOptional<S>;

function make<S extends z.ZodMiniType, O extends Options>(
  kind: FieldKind,
  names: readonly string[],
  schema: S,
  options: O,
  extra: Partial<Omit<FieldDef, "kind" | "names" | "required" | "schema">> = {},
): FieldDef<Optional<S, O>> {
  const required = options.required === true;
  return {
    ...extra,
    kind,
    names,
    required,
    schema: (required ? schema : z.optional(schema)) as unknown as Optional<S, O>,
  };
}

const isoDate = z.string().check(z.regex(ISO_DATE));

export const text = <O extends Options = object>(names: readonly string[], options = {} as O) =>
  make("text", names, z.string().check(z.minLength(1)), options);

export const email = <O extends Options = object>(names: readonly string[], options = {} as O) =>
  make("email", names, z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u)), options);

export const fio = <O extends Options = object>(names: readonly string[], options = {} as O) =>
  make("fio", names, z.string().check(z.minLength(3)), options);

export const url = <O extends Options = object>(names: readonly string[], options = {} as O) =>
  make("url", names, z.string().check(z.regex(/^https?:\/\//iu)), options);

export const date = <O extends Options = object>(
  names: readonly string[],
  options = {} as O,
  extra: { dateRange?: DateRange; notInFuture?: boolean } = {},
) => make("date", names, isoDate, options, extra);

export const dateTime = <O extends Options = object>(names: readonly string[], options = {} as O) =>
  make("dateTime", names, z.string().check(z.regex(ISO_DATE_TIME)), options);

/** да/нет: never missing (empty = нет). */
export const yesNo = (names: readonly string[]): FieldDef<z.ZodMiniBoolean> => ({
  kind: "yesNo",
  names,
  required: false,
  schema: z.boolean(),
});

export const number = <O extends Options = object>(
  names: readonly string[],
  range: { min: number; max: number; integer?: boolean; minExclusive?: boolean },
  options = {} as O,
) => {
  const schema = (range.integer ? z.int() : z.number()).check(
    range.minExclusive ? z.gt(range.min) : z.gte(range.min),
    z.lte(range.max),
  );
  return make("number", names, schema, options, range);
};

export const oneOf = <const T extends readonly [string, ...string[]], O extends Options = object>(
  names: readonly string[],
  values: T,
  options = {} as O,
) => make("enum", names, z.enum(values), options, { values });

export const listOf = <const T extends readonly [string, ...string[]], O extends Options = object>(
  names: readonly string[],
  values: T,
  options = {} as O,
) => make("enumList", names, z.array(z.enum(values)).check(z.minLength(1)), options, { values });

/** Free text of `;`-separated topics. */
export const topics = (names: readonly string[]) =>
  make("topics", names, z.array(z.string().check(z.minLength(1))), {} as object);
