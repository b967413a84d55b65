// The add-on runs where its manifest's time zone says (Europe/Moscow); so does this test process, whose Dates the
// fakes read as wall clocks. Imported first by addon.ts, before any Date is made.
process.env.TZ = "Europe/Moscow";
