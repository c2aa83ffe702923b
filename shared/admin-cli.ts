// `npm run admin -- <user|department> <verb> …`: the administrator's accounts and departments, written straight into
// the configured database (TeamTalk deployments create accounts centrally). Kicks of disabled users go through the
// delivery log, so every core node on the database acts on them; no server needs to run. Results are printed as JSON
// lines; a bad argument or a refused change is one line on stderr and exit code 2.
import process from "node:process";
import { parseArgs } from "node:util";
import { addDepartment, changeDepartment, deleteDepartment, type DepartmentFields, listDepartments } from "./domain/departments.ts";
import type { Domain } from "./domain/context.ts";
import { ImError } from "./domain/errors.ts";
import { addUser, changeUser, disableUser, enableUser, findUser, listUsers, type UserFields } from "./domain/users-admin.ts";
import { configOrExit, openDomainOrExit } from "./entry.ts";
import { createLogger } from "./log.ts";

const usage = `usage: npm run admin -- <command>
  user add (--login NAME | --telephone TEL) --password PW [profile options]
  user set <id|login|telephone> [--login NAME] [--telephone TEL] [--password PW] [profile options]
                                 ("" clears the login name or the telephone; a user keeps one of them)
  user disable <id|login|telephone>   status 3: logins refused, tokens deleted, connections kicked
  user enable <id|login|telephone>
  user list
  department add --name NAME [--parent ID] [--priority N]
  department set <id> [--name NAME] [--parent ID] [--priority N]
  department delete <id>
  department list
profile options: --nickname TEXT --gender 0|1|2 --email ADDRESS --avatar URL --department ID --sign-info TEXT --domain PINYIN
The database is the one the server uses (IM_DATA_DIR, IM_DB_URL, …). Results are JSON lines on stdout.`;

/** A bad command line: printed as one line, exit code 2. */
class UsageError extends Error {}

type Values = Record<string, string | undefined>;

interface Command {
  options: string[];
  /** The name of the one positional argument, if the command takes it. */
  target?: string;
  run(d: Domain, values: Values, target: string): Promise<unknown>;
}

const profileOptions = ["nickname", "gender", "email", "avatar", "department", "sign-info", "domain"];
const userOptions = ["login", "telephone", "password", ...profileOptions];
const departmentOptions = ["name", "parent", "priority"];

/** A whole number given as decimal digits, else a UsageError naming the option. */
function whole(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) throw new UsageError(`--${option} must be a whole number, got ${JSON.stringify(text.slice(0, 64))}`);
  return Number(text);
}

function userFields(v: Values): UserFields {
  return {
    loginName: v.login,
    telephone: v.telephone,
    password: v.password,
    nickname: v.nickname,
    gender: whole("gender", v.gender),
    email: v.email,
    avatar: v.avatar,
    departmentId: whole("department", v.department),
    signInfo: v["sign-info"],
    domain: v.domain,
  };
}

function departmentFields(v: Values): DepartmentFields {
  return { name: v.name, parentId: whole("parent", v.parent), priority: whole("priority", v.priority) };
}

function departmentId(target: string): number {
  const id = /^\d{1,10}$/.test(target) ? Number(target) : 0;
  if (id < 1) throw new UsageError(`the department id must be a positive whole number, got ${JSON.stringify(target.slice(0, 64))}`);
  return id;
}

function requireOption(v: Values, option: string): string {
  const value = v[option];
  if (value === undefined) throw new UsageError(`--${option} is required`);
  return value;
}

const commands: Record<string, Command> = {
  "user add": { options: userOptions, run: (d, v) => addUser(d, userFields(v)) },
  "user set": { options: userOptions, target: "user", run: async (d, v, t) => changeUser(d, await findUser(d, t), userFields(v)) },
  "user disable": { options: [], target: "user", run: async (d, _, t) => disableUser(d, await findUser(d, t)) },
  "user enable": { options: [], target: "user", run: async (d, _, t) => enableUser(d, await findUser(d, t)) },
  "user list": { options: [], run: (d) => listUsers(d) },
  "department add": {
    options: departmentOptions,
    run: (d, v) => addDepartment(d, { ...departmentFields(v), name: requireOption(v, "name") }),
  },
  "department set": {
    options: departmentOptions,
    target: "department id",
    run: (d, v, t) => changeDepartment(d, departmentId(t), departmentFields(v)),
  },
  "department delete": { options: [], target: "department id", run: (d, _, t) => deleteDepartment(d, departmentId(t)) },
  "department list": { options: [], run: (d) => listDepartments(d) },
};

/** The command and its arguments, checked before the database is opened. */
function parse(argv: string[]): { command: Command; values: Values; target: string } {
  const [noun = "", verb = "", ...rest] = argv;
  const command = commands[`${noun} ${verb}`];
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(`${noun} ${verb}`.trim().slice(0, 64))} (npm run admin -- --help)`);
  let parsed: { values: Values; positionals: string[] };
  try {
    const options = Object.fromEntries(command.options.map((o) => [o, { type: "string" as const }]));
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (err) {
    throw new UsageError((err as Error).message.split(". To specify")[0]);
  }
  const wanted = command.target ? 1 : 0;
  if (parsed.positionals.length > wanted)
    throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[wanted].slice(0, 64))}`);
  if (parsed.positionals.length < wanted) throw new UsageError(`${noun} ${verb} needs the ${command.target}`);
  return { command, values: parsed.values, target: parsed.positionals[0] ?? "" };
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return console.log(usage);
  const { command, values, target } = parse(argv);
  const config = configOrExit(process.env, process.exit);
  const log = createLogger(config.logLevel, {}, { write: (line) => console.error(line) }); // stdout is for results
  const { domain, close } = await openDomainOrExit(config, { migrate: true, log }, process.exit);
  try {
    const result = await command.run(domain, values, target);
    for (const item of Array.isArray(result) ? result : [result]) console.log(JSON.stringify(item));
  } finally {
    close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (!(err instanceof UsageError || err instanceof ImError)) throw err;
  console.error(`admin: ${err.message}`);
  process.exitCode = 2;
});
