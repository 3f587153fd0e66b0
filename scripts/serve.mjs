// A minimal static file server for www/ on 127.0.0.1 (used by `scripts/serve.sh` and
// the end-to-end tests). It sends compressed files as a good static host does: the
// Brotli or gzip copy `scripts/precompress.mjs` wrote beside a file when it is as new as
// the file, else gzip made on the spot (kept in memory). Usage: node scripts/serve.mjs [port] [root]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPRESSIBLE } from "./precompress.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/** Gzip made on the spot, by file, for files without a fresh precompressed copy. */
const gzipped = new Map();

/** The body to send for `file`, compressed as `accepted` (an Accept-Encoding header) allows. */
async function encoded(file, accepted) {
  const { mtimeMs } = await stat(file);
  if (COMPRESSIBLE.has(extname(file))) {
    const accepts = (name) => new RegExp(`\\b${name}\\b`).test(accepted);
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (!accepts(encoding)) continue;
      const copy = await stat(file + suffix).catch(() => null);
      if (copy && copy.mtimeMs >= mtimeMs) return { body: await readFile(file + suffix), encoding };
    }
    if (accepts("gzip")) {
      const kept = gzipped.get(file);
      if (kept?.mtimeMs === mtimeMs) return { body: kept.body, encoding: "gzip" };
      const body = gzipSync(await readFile(file), { level: 6 });
      gzipped.set(file, { mtimeMs, body });
      return { body, encoding: "gzip" };
    }
  }
  return { body: await readFile(file), encoding: null };
}

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const { body, encoding } = await encoded(file, String(request.headers["accept-encoding"] ?? ""));
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", "content-length": body.length };
      if (COMPRESSIBLE.has(extname(file))) headers.vary = "accept-encoding";
      if (encoding) headers["content-encoding"] = encoding;
      response.writeHead(200, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const root = process.argv[3] ?? join(fileURLToPath(new URL("..", import.meta.url)), "www");
  const server = await serve(root, port);
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/ (Ctrl-C to stop)`);
}
