// A runtime Intl without time-zone data (as Node built with small-icu): formatting in any zone but UTC is refused
// with V8's RangeError. Everything else of Intl stays.

export function zonelessIntl(real: typeof Intl = Intl): typeof Intl {
  const Format = real.DateTimeFormat;
  function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const zone = options?.timeZone;
    if (zone !== undefined && !/^(?:utc|etc\/utc)$/iu.test(zone))
      throw new RangeError(`Invalid time zone specified: ${zone}`);
    return new Format(locales, options);
  }
  DateTimeFormat.prototype = Format.prototype;
  DateTimeFormat.supportedLocalesOf = Format.supportedLocalesOf;
  return Object.create(real, { DateTimeFormat: { value: DateTimeFormat } }) as typeof Intl;
}
