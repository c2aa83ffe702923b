// What every entry point does first: read the configuration from the environment and open the domain, or print the
// one line that says what is wrong (a bad variable, a schema behind the code) and stop.
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { openDomain, SchemaBehindError, type OpenDomain, type OpenOptions } from "./domain/open-domain.ts";

export function configOrExit(env: Record<string, string | undefined>, exit: (code: number) => never): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`configuration error: ${err.message}`);
    return exit(1);
  }
}

/** Opens the domain, or prints the one line that says why it cannot be (a schema behind this code) and stops. */
export async function openDomainOrExit(config: Config, options: OpenOptions, exit: (code: number) => never): Promise<OpenDomain> {
  try {
    return await openDomain(config, options);
  } catch (err) {
    if (!(err instanceof SchemaBehindError)) throw err;
    console.error(err.message);
    return exit(1);
  }
}
