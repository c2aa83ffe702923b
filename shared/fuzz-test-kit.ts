// Test support for the fuzz tests (*.fuzz.test.ts; not a test): their budget, read from the environment, a runner
// around fast-check that reports how many inputs a property tried, and a cutter of bytes into chunks. `npm test` runs
// them small, `npm run fuzz` large.
import { performance } from "node:perf_hooks";
import process from "node:process";
import type { TestContext } from "node:test";
import fc from "fast-check";

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

export const budget = {
  /** Inputs per property (scaled by its weight). */
  runs: envNumber("FUZZ_RUNS", 300),
  /** One input taking longer than this fails the property: it makes the code crawl or hang. */
  inputMs: envNumber("FUZZ_INPUT_MS", 2_000),
  /** A property stops (and passes with the inputs tried so far) after this long. */
  propertyMs: envNumber("FUZZ_PROPERTY_S", 20) * 1000,
  /** Replays a reported failure. */
  seed: process.env.FUZZ_SEED === undefined ? undefined : envNumber("FUZZ_SEED", 0),
};

/**
 * Wraps a synchronous predicate so that one slow input fails it. fast-check's own timeout cannot stop synchronous
 * code; a true infinite loop is stopped by the test runner's --test-timeout (`npm run fuzz`).
 */
export function timed<A extends unknown[]>(predicate: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    const started = performance.now();
    predicate(...args);
    const ms = performance.now() - started;
    if (ms > budget.inputMs) throw new Error(`one input took ${Math.round(ms)} ms (limit ${budget.inputMs} ms)`);
  };
}

/** Checks the property with the budget (runs × weight); reports the inputs tried; fails with the counterexample. */
export async function fuzz<T>(t: TestContext, property: fc.IRawProperty<T>, weight = 1): Promise<void> {
  const started = performance.now();
  const details = await fc.check(property, {
    numRuns: Math.max(1, Math.round(budget.runs * weight)),
    seed: budget.seed,
    plugins: [fc.timeout(budget.inputMs), fc.interruptAfterTimeLimit(budget.propertyMs)],
  });
  const ms = Math.round(performance.now() - started);
  t.diagnostic(`fuzz: ${details.numRuns} inputs in ${ms} ms${details.interrupted ? " (stopped by the time limit)" : ""}`);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\n${String(details.errorInstance).slice(0, 2000)}`);
}

/** Cuts bytes at the given points (any order, repeats and out-of-range allowed; empty chunks too), or byte by byte. */
export function cut(bytes: Uint8Array, points: number[] | "every byte"): Uint8Array[] {
  if (points === "every byte") return Array.from(bytes, (b) => Uint8Array.of(b));
  const at = points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    chunks.push(bytes.slice(from, p));
    from = p;
  }
  return chunks;
}
