// What every entry point does first: read the configuration from the environment, or print the one line that
// names the bad variable and stop.
import { ConfigError, loadConfig, type Config } from "./config.ts";

export function configOrExit(env: Record<string, string | undefined>, exit: (code: number) => never): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`configuration error: ${err.message}`);
    return exit(1);
  }
}
