// Builds the portal's front end into ../wwwroot (git-ignored): css/app.css from styles/app.scss, js/app.js
// bundled by esbuild (WebAssembly build, no native binary) from scripts/app.mjs with only the GOV.UK Frontend
// components it imports, and GOV.UK Frontend's images in assets/images/ (never its fonts: see styles/app.scss).
//   node build.mjs install   npm ci, when node_modules is missing or older than package-lock.json
//   node build.mjs           compile and copy
// MSBuild runs both (CoachRegister.Web.csproj). Several builds of the Web project can run at once (the test
// projects reference it), so each step holds a lock folder and re-checks its work once it has the lock: a
// second build waits for the first instead of deleting node_modules under it.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(here, "..", "wwwroot");
const lockDir = join(here, "node_modules.lock");
const installedMarker = join(here, "node_modules", ".package-lock.json");
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");

async function withLock(work) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock left by a build that was killed is stale after two minutes; a real install takes seconds.
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 120_000) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 180_000) throw new Error(`Timed out waiting for ${lockDir}`);
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function installIsCurrent() {
  const marker = statSync(installedMarker, { throwIfNoEntry: false });
  return marker !== undefined && marker.mtimeMs >= statSync(join(here, "package-lock.json")).mtimeMs;
}

async function install() {
  if (installIsCurrent()) return;
  await withLock(() => {
    if (installIsCurrent()) return;
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    // sass's optional file watcher is a native module that the build never uses.
    execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--omit=optional"], {
      cwd: here,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
  });
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function build() {
  const sass = await import("sass");
  // The same as `sass --pkg-importer=node --style=compressed --no-source-map styles/app.scss`.
  const result = sass.compile(join(here, "styles", "app.scss"), {
    style: "compressed",
    importers: [new sass.NodePackageImporter(here)],
  });
  if (/GDS Transport/i.test(result.css)) {
    throw new Error("The compiled CSS names GDS Transport: only GOV.UK may use that font.");
  }

  const esbuild = await import("esbuild-wasm");
  const bundle = await esbuild.build({
    entryPoints: [join(here, "scripts", "app.mjs")],
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
    write: false,
  });
  await esbuild.stop();

  await withLock(() => {
    writeAtomically(join(wwwroot, "js", "app.js"), bundle.outputFiles[0].contents);
    cpSync(join(govuk, "assets", "images"), join(wwwroot, "assets", "images"), { recursive: true });
    // Written last: MSBuild compares its time with the sources to decide whether to build again.
    writeAtomically(join(wwwroot, "css", "app.css"), result.css);
  });
}

await (process.argv[2] === "install" ? install() : build());
