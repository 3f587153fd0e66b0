// scripts/serve.mjs sends what a good static host sends: the Brotli copy to a browser that
// takes Brotli, gzip to one that takes only gzip (made on the spot when no copy is
// fresh), the file as it is otherwise; the bytes decoded are the file's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, utimesSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve } from "../../scripts/serve.mjs";

/** GET `path` with `encoding` accepted: resolves to the headers and the raw body. */
function get(port, path, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { "accept-encoding": encoding } : {};
    request({ host: "127.0.0.1", port, path, headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

test("compressed copies go to the browsers that take them, and decode to the file", async () => {
  const root = mkdtempSync(join(tmpdir(), "serve-"));
  const script = Buffer.from("export const words = " + JSON.stringify("a sentence of words ".repeat(500)) + ";\n");
  writeFileSync(join(root, "app.js"), script);
  writeFileSync(join(root, "app.js.br"), brotliCompressSync(script));
  const server = await serve(root, 0);
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  try {
    const br = await get(port, "/app.js", "gzip, deflate, br");
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(br.headers.vary, "accept-encoding");
    assert.deepEqual(brotliDecompressSync(br.body), script);

    const gzip = await get(port, "/app.js", "gzip");
    assert.equal(gzip.headers["content-encoding"], "gzip", "no .gz copy: gzip made on the spot");
    assert.deepEqual(gunzipSync(gzip.body), script);
    assert.ok(gzip.body.length < script.length / 4);

    const plain = await get(port, "/app.js", null);
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.deepEqual(plain.body, script);

    // A copy older than its file is stale: never sent.
    const older = new Date(Date.now() - 60_000);
    utimesSync(join(root, "app.js.br"), older, older);
    const stale = await get(port, "/app.js", "br, gzip");
    assert.equal(stale.headers["content-encoding"], "gzip");
    assert.deepEqual(gunzipSync(stale.body), script);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
