// Share link lengths: the compact codec (#s=) against lz-string, plain deflate and the browser's
// CompressionStream on the same states. The TypeScript sources load through Vite's module runner
// (`runnerImport`, no build step); `node e2e/bench/bench-codec.mjs` runs it alone.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync, strToU8 } from 'fflate';
import lzString from 'lz-string';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async (file) =>
  (await runnerImport(`/${file}`, { root, configFile: false, logLevel: 'silent' })).module;

const base64UrlLength = (bytes) => Buffer.from(bytes).toString('base64url').length;

async function compressionStreamLength(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return base64UrlLength(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Link lengths (characters) per case and codec; the others count their encoded text alone. */
export async function benchCodec() {
  const { encodeShareLink } = await load('src/lib/share-link/codec.ts');
  const { SHARE_LINK_CASES } = await load('src/lib/share-link/codec-cases.ts');
  const { examplePayload } = await load('src/schema/example-payload.ts');
  const { encodePlainLink } = await load('src/lib/share-link/plain-link.ts');
  const payloadOnly = ({ name, state }) => ({
    name: `${name} (payload only)`,
    state: () => ({ payload: state().payload }),
  });
  const cases = [
    { name: 'documented payload (payload only)', state: () => ({ payload: examplePayload() }) },
    ...SHARE_LINK_CASES.flatMap((c) => [c, payloadOnly(c)]),
  ];
  const results = {};
  for (const { name, state } of cases) {
    const json = JSON.stringify(state());
    results[name] = {
      compact: encodeShareLink(state()).length,
      lzString: lzString.compressToEncodedURIComponent(json).length,
      deflate: base64UrlLength(deflateSync(strToU8(json), { level: 9 })),
      compressionStream: await compressionStreamLength(json),
      plainJsonLink: encodePlainLink(state()).length,
    };
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchCodec());
}
