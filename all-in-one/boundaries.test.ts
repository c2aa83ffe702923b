// The design's boundaries, read from the import statements: core and edge meet only in the database (neither
// imports the other; shared imports neither), `npm run core` loads no Hono, and the edge app needs no disk or socket.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { repoRoot } from "../test-kit/processes.ts";

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The specifiers a file imports: repo-relative paths for our files, bare names for packages and builtins. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(repoRoot, file), "utf8");
  return [...text.matchAll(importPattern)].map((m) => {
    const spec = m[1] ?? m[2];
    return spec.startsWith(".") ? relative(repoRoot, resolve(repoRoot, dirname(file), spec)) : spec;
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(folder, f));
}

/** Every module reachable from the entry, ours and packages (packages are not followed). */
function graphOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith(".ts")) for (const spec of importsOf(file)) visit(spec);
  };
  visit(entry);
  return seen;
}

const crossings = (folder: string, forbidden: string[]) =>
  filesUnder(folder).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden.some((f) => spec.startsWith(`${f}/`)))
      .map((spec) => `${file} imports ${spec}`),
  );

test("nothing under core/ imports edge/, and nothing under edge/ imports core/", () => {
  assert.deepEqual(crossings("core", ["edge"]), []);
  assert.deepEqual(crossings("edge", ["core"]), []);
});

test("nothing under shared/ imports core/ or edge/", () => {
  assert.deepEqual(crossings("shared", ["core", "edge", "all-in-one"]), []);
});

test("only tests (and the contract suites they run) import the test kit", () => {
  const product = ["core", "edge", "shared"]
    .flatMap((f) => crossings(f, ["test-kit"]))
    .filter((line) => !/\.(test|contract)\.ts$/.test(line.split(" ")[0]));
  assert.deepEqual(product, []);
});

test("the core process (npm run core) loads no Hono and no edge module", () => {
  const graph = [...graphOf("core/main.ts")];
  assert.ok(graph.includes("core/json-socket/session.ts"), "the graph is followed");
  assert.deepEqual(
    graph.filter((m) => m === "hono" || m.startsWith("hono/") || m.startsWith("@hono/") || m.startsWith("edge/")),
    [],
  );
});

test("the edge app needs neither the local disk nor raw sockets, and never reads migrations/", () => {
  const graph = [...graphOf("edge/app.ts")];
  assert.ok(graph.includes("edge/signed-api/route.ts"), "the graph is followed");
  const banned = ["node:fs", "node:fs/promises", "node:net", "node:child_process", "shared/db/migrate.ts"];
  assert.deepEqual(
    graph.filter((m) => banned.includes(m)),
    [],
  );
});

test("the checker sees a forbidden import when there is one", () => {
  assert.ok(importsOf("all-in-one/main.ts").includes("edge/app.ts"), "the all-in-one launcher composes the edge");
  assert.ok(importsOf("all-in-one/main.ts").includes("core/core-process.ts"), "and the core");
});
