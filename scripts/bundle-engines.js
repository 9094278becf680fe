// Bundles each engine's run-time entry points (the worker a run happens in, the benchmark
// session) into a few files under dist/. Loading the engine as ~400 separate ES modules spends
// most of its start-up in module resolution and file system calls; one bundle loads several
// times faster, which every `pyw run`, conformance case and benchmark start-up pays.
//
// engines/engine.js stays outside the bundle, so the classes the harness checks with
// instanceof (BenchmarkError) are the very ones the engine throws.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const engineInterface = join(dist, 'engines', 'engine.js');

const bundles = [
  {
    dir: join(dist, 'engines', 'cpython', 'bundle'),
    input: {
      'run-worker': join(dist, 'engines', 'cpython', 'run-worker.js'),
      'benchmark-session': join(dist, 'engines', 'cpython', 'benchmark-session.js'),
    },
    // From dist/engines/cpython/bundle/ to dist/engines/engine.js.
    engineInterface: '../../engine.js',
  },
];

for (const bundle of bundles) {
  rmSync(bundle.dir, { recursive: true, force: true });
  await build({
    input: bundle.input,
    platform: 'node',
    logLevel: 'warn',
    external: [/^node:/],
    plugins: [{
      name: 'keep-engine-interface-external',
      resolveId(source, importer) {
        if (importer && join(dirname(importer), source) === engineInterface) return { id: bundle.engineInterface, external: true };
        return null;
      },
    }],
    output: { dir: bundle.dir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'engine-[hash].js' },
  });
  console.log(`bundled ${Object.keys(bundle.input).join(', ')} into ${bundle.dir.slice(dist.length + 1)}`);
}
