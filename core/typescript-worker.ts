// Starts a worker thread on one of our TypeScript modules. A thread does not inherit the module hooks of the thread
// that starts it, so it registers tsx (the loader the server runs under) before it imports the module.
import { Worker, type WorkerOptions } from "node:worker_threads";

const tsxApi = import.meta.resolve("tsx/esm/api");

export function startTypeScriptWorker(module: URL, options: WorkerOptions = {}): Worker {
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
