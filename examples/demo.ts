/**
 * `pnpm demo`: starts the sandbox on a free port, runs every journey in ./journeys whose vendor it
 * serves, prints what each did, and exits non-zero if any failed. It imports the packages by name
 * as a user would, so it runs their built output (dist), not their sources.
 *
 * Usage: tsx examples/demo.ts [journey-name...]
 */
import { readdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Sandbox } from "@trustplane/sandbox";
import type { Journey } from "./journey.js";

const here = dirname(fileURLToPath(import.meta.url));
const JOURNEY_TIMEOUT_MS = 60_000;

type Outcome = "passed" | "failed" | "skipped";

async function main(): Promise<number> {
  const started = performance.now();
  const only = process.argv.slice(2);

  // Named imports resolve through each package's exports (default conditions): the dist build.
  const sandboxModule = await importBuilt<typeof import("@trustplane/sandbox")>("@trustplane/sandbox");
  if (!sandboxModule) return 1;
  const journeys = await loadJourneys(only);
  if (journeys.length === 0) {
    console.error(only.length ? `No journey named ${only.join(", ")}` : "No journeys in examples/journeys");
    return 1;
  }

  const sandbox: Sandbox = await sandboxModule.startSandbox({ port: 0 });
  const outcomes: Outcome[] = [];
  try {
    console.log(
      `trustplane demo: sandbox at ${sandbox.url} serving ${sandbox.vendors.map((v) => v.prefix).join(", ") || "nothing"}`,
    );
    console.log(`packages: ${["@trustplane/core", "@trustplane/sandbox"].map(resolvedFile).join(", ")}`);
    for (const s of sandbox.skipped)
      console.log(`note: ${s.packageName} exports ./mocks but is not served: ${s.reason}`);

    for (const loaded of journeys) {
      if ("error" in loaded) {
        console.log(`\n✗ ${loaded.file}: cannot load: ${describe(loaded.error)}`);
        outcomes.push("failed");
        continue;
      }
      const { journey } = loaded;
      const vendor = sandbox.vendors.find((v) => v.prefix === journey.prefix);
      if (!vendor) {
        const why =
          sandbox.skipped.find((s) => s.prefix === journey.prefix)?.reason ?? "no installed package serves it";
        console.log(`\n- ${journey.title}\n  skipped: the sandbox does not serve "${journey.prefix}" (${why})`);
        outcomes.push("skipped");
        continue;
      }
      outcomes.push(await runJourney(journey, vendor.connection));
    }
  } finally {
    await sandbox.close();
  }

  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const failed = count("failed");
  console.log(
    `\n${failed ? "✗" : "✓"} ${outcomes.length} ${outcomes.length === 1 ? "journey" : "journeys"}: ${count("passed")} passed, ${failed} failed, ${count("skipped")} skipped in ${seconds(performance.now() - started)}`,
  );
  return failed ? 1 : 0;
}

async function runJourney(journey: Journey, connection: Record<string, unknown>): Promise<Outcome> {
  console.log(`\n▸ ${journey.title} [${journey.name}]`);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${JOURNEY_TIMEOUT_MS / 1000} s`)),
        JOURNEY_TIMEOUT_MS,
      );
    });
    await Promise.race([journey.run({ connection, log: (line) => console.log(`  ${line}`) }), timeout]);
    console.log(`✓ ${journey.name} passed in ${seconds(performance.now() - started)}`);
    return "passed";
  } catch (error) {
    console.log(`✗ ${journey.name} failed after ${seconds(performance.now() - started)}: ${describe(error)}`);
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}

type Loaded = { file: string; journey: Journey } | { file: string; error: unknown };

/** Every journeys/*.ts (sorted), or only those named on the command line. */
async function loadJourneys(only: string[]): Promise<Loaded[]> {
  const dir = join(here, "journeys");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort();
  const loaded: Loaded[] = [];
  for (const file of files) {
    if (only.length && !only.includes(file.replace(/\.ts$/, ""))) continue;
    try {
      const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: Partial<Journey> };
      const journey = module.default;
      if (!journey || typeof journey.run !== "function" || !journey.name || !journey.title || !journey.prefix) {
        throw new Error("the default export must be { name, title, prefix, run(ctx) }");
      }
      loaded.push({ file, journey: journey as Journey });
    } catch (error) {
      loaded.push({ file, error });
    }
  }
  return loaded;
}

/** Imports a workspace package by name, explaining what to do when it has not been built. */
async function importBuilt<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    console.error(
      `Cannot import ${name} (${describe(error)}).\nBuild the packages first: pnpm demo does (turbo run build).`,
    );
    return undefined;
  }
}

/** Which file a package name resolves to, relative to the repository: proof the builds are used. */
function resolvedFile(name: string): string {
  const file = fileURLToPath(import.meta.resolve(name));
  return `${name} -> ${relative(join(here, ".."), file)}`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`demo runner failed: ${describe(error)}`);
  return 1;
});
