// The per-process connection caps: the total, and the optional per-address one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ConnectionBudget } from "./connection-budget.ts";

test("the total cap: places are refused when full and taken again once released", () => {
  const budget = new ConnectionBudget(2);
  assert.deepEqual([budget.take("a"), budget.take("a"), budget.take("b")], [true, true, false]);
  budget.release("a");
  assert.equal(budget.open, 1);
  assert.equal(budget.take("b"), true);
});

test("the per-address cap, when set, limits one address without limiting the others", () => {
  const budget = new ConnectionBudget(10, 2);
  assert.deepEqual([budget.take("a"), budget.take("a"), budget.take("a"), budget.take("b")], [true, true, false, true]);
  budget.release("a");
  assert.equal(budget.take("a"), true);
  assert.equal(budget.open, 3);
});

test("no per-address cap by default: clients behind one NAT share an address", () => {
  const budget = new ConnectionBudget(100);
  for (let i = 0; i < 100; i++) assert.equal(budget.take("10.0.0.1"), true);
  assert.equal(budget.take("10.0.0.1"), false);
});
