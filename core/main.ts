// `npm run core`: the core alone (the JSON socket and delivery), for deployments that run the edge elsewhere. Any
// number of core processes may share one database; IM_WORKERS of them (one per CPU by default) are started here.
import { runCoreProcess } from "./core-process.ts";

await runCoreProcess();
