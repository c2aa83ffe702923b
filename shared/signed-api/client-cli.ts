// `npm run client -- <method> '<data as JSON>' [--token T] [--url U]`: one signed call, reply printed as JSON.
// The AES key comes from IM_AES_KEY (default as the server's); the URL defaults to http://127.0.0.1:$IM_API_PORT/.
import { callSignedApi } from "./client.ts";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run client -- <method> '<data as JSON>' [--token T] [--url U]`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--token" || argv[i] === "--url") options[argv[i].slice(2)] = argv[++i] ?? usage(`${argv[i]} needs a value`);
    else positional.push(argv[i]);
  }
  const [method, json = "{}"] = positional;
  if (!method) usage("method is required");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    usage("data is not valid JSON");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) usage("data must be a JSON object");
  const url = options.url ?? `http://127.0.0.1:${process.env.IM_API_PORT || 8080}/`;
  const key = process.env.IM_AES_KEY || "2108a4c486350f3a";
  const reply = await callSignedApi(url, { method, data: data as Record<string, unknown>, token: options.token }, key);
  console.log(JSON.stringify(reply.body));
  if (reply.body.status !== "1111") process.exitCode = 1;
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`client: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
