// A small bundler for the page's own ES modules (an acyclic set of relative imports): each
// module becomes a function scope returning its exports, the entry's code runs at top level.
// Used for the hosted page's one script (www/app.bundle.js: one request instead of eleven,
// which the page's start-up feels on a server speaking HTTP/1.1) and for the single file.
// Usage: node scripts/bundle.mjs   (writes www/app.bundle.js from www/app.js)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Turns the module graph under `entry` into one script; the entry's own code runs at top
 * level. `classic`: the result must also run as a classic script (a worker's), so
 * `import.meta.url` becomes the script's location. `external`: files (paths) the entry
 * imports that stay separate modules: their import statements are kept as they are, so the
 * result must sit in the entry's directory.
 */
export function bundle(entry, { classic = false, external = [] } = {}) {
  const outside = new Set(external.map((file) => resolve(file)));
  const order = [];
  const kept = [];
  const seen = new Map();
  const idOf = (file) => `__module_${seen.get(file)}`;
  const open = new Set();
  const visit = (file) => {
    if (open.has(file)) throw new Error(`${relative(repo, file)}: imports form a cycle, which the bundler does not handle`);
    if (seen.has(file)) return;
    seen.set(file, seen.size);
    open.add(file);
    const source = readFileSync(file, "utf8");
    const deps = [...source.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)";/gms)].map((m) => resolve(dirname(file), m[1]));
    deps.filter((dep) => !outside.has(dep)).forEach(visit);
    open.delete(file);
    order.push({ file, source });
  };
  visit(resolve(entry));
  const bindings = (list) =>
    list
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split(/\s+as\s+/));

  const parts = order.map(({ file, source }) => {
    const name = relative(repo, file);
    // What a function scope cannot keep: a live `let` binding, a second name in one
    // declaration, which the export list below would miss.
    if (/^export\s+(let|var)\s/m.test(source)) throw new Error(`${name}: "export let/var" would lose its live binding; export a const or a function`);
    if (/^export\s+const\s+[\w$]+\s*=[^;\n]*,\s*[\w$]+\s*=/m.test(source)) throw new Error(`${name}: one "export const" per declaration, please`);
    const exports = [];
    let code = source
      .replace(/^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s+"(\.[^"]+)";/gms, (statement, def, named, path) => {
        if (outside.has(resolve(dirname(file), path))) {
          if (file !== resolve(entry)) throw new Error(`${relative(repo, file)}: only the entry may import an external module`);
          kept.push(statement);
          return "";
        }
        const names = [def ? `default: ${def}` : null, ...bindings(named ?? "").map(([a, b]) => (b ? `${a}: ${b}` : a))].filter(Boolean);
        return `const { ${names.join(", ")} } = ${idOf(resolve(dirname(file), path))};`;
      })
      .replace(/^export\s+\{([^}]*)\}\s*from\s+"(\.[^"]+)";/gms, (_, named, path) => {
        const pairs = bindings(named);
        const from = idOf(resolve(dirname(file), path));
        const local = pairs.map(([a]) => `${a}: ${from}_${a}`);
        pairs.forEach(([a, b]) => exports.push([b ?? a, `${from}_${a}`]));
        return `const { ${local.join(", ")} } = ${from};`;
      })
      .replace(/^export\s+\{([^}]*)\};/gm, (_, named) => {
        bindings(named).forEach(([a, b]) => exports.push([b ?? a, a]));
        return "";
      })
      .replace(/^export\s+((?:async\s+)?function\*?|class|const|let)\s+(\w+)/gm, (_, keyword, name) => {
        exports.push([name, name]);
        return `${keyword} ${name}`;
      });
    if (/^\s*(import|export)\s/m.test(code)) throw new Error(`${name}: an import or export the bundler does not handle`);
    if (file === resolve(entry)) return `// ${name}\n${code}`;
    // Each module still finds the files beside it: its own URL, from the bundle's.
    const here = JSON.stringify(relative(dirname(resolve(entry)), file).split("\\").join("/"));
    code = code.replace(/import\.meta\.url/g, `new URL(${here}, import.meta.url).href`);
    const returned = exports.map(([exported, local]) => `${JSON.stringify(exported)}: ${local}`).join(", ");
    return `// ${name}\nconst ${idOf(file)} = (() => {\n${code}\nreturn { ${returned} };\n})();`;
  });
  const joined = [...kept, ...parts].join("\n");
  const result = classic ? joined.replace(/import\.meta\.url/g, "self.location.href") : joined;
  checkSyntax(result, { module: !classic, name: relative(repo, resolve(entry)) });
  return result;
}

/** Throws unless Node parses `code` (as a module, or as a classic script). */
function checkSyntax(code, { module, name }) {
  const dir = mkdtempSync(join(tmpdir(), "bundle-"));
  const file = join(dir, module ? "bundle.mjs" : "bundle.cjs");
  try {
    writeFileSync(file, code);
    execFileSync(process.execPath, ["--check", file], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`the bundle of ${name} does not parse: ${error.stderr?.toString() ?? error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const www = join(repo, "www");
  // boot.js stays its own, first script: it starts compiling the wasm before this one loads.
  const code = bundle(join(www, "app.js"), { external: [join(www, "boot.js")] });
  writeFileSync(join(www, "app.bundle.js"), `// Built by scripts/bundle.mjs from app.js and the modules it imports; do not edit.\n${code}\n`);
  console.log(`built www/app.bundle.js (${(code.length / 1024).toFixed(0)} KB)`);
}
