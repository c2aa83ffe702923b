// `npm run migrate`: applies the pending migrations to the configured database and exits (for deployments whose
// edges start before any core, or that migrate as a separate step).
import process from "node:process";
import { configOrExit, openDomainOrExit } from "../entry.ts";

const config = configOrExit(process.env, process.exit);
const { close } = await openDomainOrExit(config, { migrate: true }, process.exit);
close();
