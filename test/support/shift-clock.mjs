// A Node preload that moves the wall clock: every `Date` in the process reads the real time plus
// CLOCK_SHIFT_MS milliseconds (which may be negative). Monotonic time (performance.now, timers) is
// untouched. Put it in NODE_OPTIONS so that every process of a test run gets it, the vitest
// workers and the processes the tests spawn (test/e2e/harness.ts forwards NODE_OPTIONS and
// CLOCK_SHIFT_MS to them):
//
//   CLOCK_SHIFT_MS=86400000 NODE_OPTIONS="--import=$PWD/test/support/shift-clock.mjs" npx vitest run
//
// `npm run test:shifted` does this with a shift derived from the commit (scripts/test-shifted.mjs).
// A suite that passes under any shift does not depend on today's date or the time of day.
const shift = Number(process.env.CLOCK_SHIFT_MS ?? 0);
if (!Number.isFinite(shift)) throw new Error(`CLOCK_SHIFT_MS must be a number of milliseconds; got "${process.env.CLOCK_SHIFT_MS}"`);

if (shift !== 0) {
  const RealDate = globalThis.Date;
  const shiftedNow = () => RealDate.now() + shift;
  // A function, not a class, so that `Date()` without `new` keeps working (it returns a string).
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(shiftedNow()).toString();
    // Reflect.construct keeps subclasses (`class X extends Date`) working.
    return Reflect.construct(RealDate, args.length === 0 ? [shiftedNow()] : args, new.target);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = shiftedNow;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  Object.defineProperty(ShiftedDate, 'name', { value: 'Date' });
  globalThis.Date = ShiftedDate;
}
