// Reading a push-API request's fields: each reader refuses a missing or ill-typed field with an input error that
// names it (teamtalk.md §10.1).
import { clip } from "../../shared/domain/errors.ts";
import { maxIdsPerRequest } from "../../shared/domain/groups.ts";
import { badInput } from "./replies.ts";

export type Fields = Record<string, unknown>;

export function id(fields: Fields, name: string): number {
  const value = fields[name];
  if (value === undefined || value === null) throw badInput(`${name} is missing`);
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw badInput(`${name} must be a positive whole number`);
  return value as number;
}

/** 1 to 1000 ids, duplicates dropped. */
export function idList(fields: Fields, name: string): number[] {
  const value = fields[name];
  if (!Array.isArray(value)) throw badInput(`${name} must be a list of user ids`);
  if (value.length === 0) throw badInput(`${name} is empty`);
  if (value.length > maxIdsPerRequest) throw badInput(`${name} holds more than ${maxIdsPerRequest} ids`);
  return [...new Set(value.map((v, i) => id({ [`${name}[${i}]`]: v }, `${name}[${i}]`)))];
}

export function text(fields: Fields, name: string, fallback?: string): string {
  const value = fields[name] ?? fallback;
  if (typeof value !== "string") throw badInput(`${name} must be a string`);
  return value;
}

export function oneOf<T extends number>(fields: Fields, name: string, allowed: readonly T[]): T {
  const value = fields[name];
  if (!allowed.includes(value as T))
    throw badInput(`${name} must be one of ${allowed.join(", ")}, got ${clip(JSON.stringify(value) ?? "nothing")}`);
  return value as T;
}
