// Peer side of bench_openair_peer.py: parse OpenAir files with @openaip/openair-parser and print JSON.
// Usage: node openair_peer.js <node_modules dir> <repeat> <file> [<file> ...]
// For each file: OpenAir version 1.0 first, then 2.0 if 1.0 fails (the parser is strict about the version);
// parse time is the best of <repeat> runs of parse() + toGeojson(), measured inside node (no start-up).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [modulesDir, repeatArg, ...files] = process.argv.slice(2);
const entry = path.join(modulesDir, '@openaip', 'openair-parser', 'dist', 'index.js');
const { Parser } = await import(pathToFileURL(entry).href);
const repeat = Math.max(1, parseInt(repeatArg, 10) || 1);

function runOnce(file, version) {
    const parser = new Parser({ version });
    const t0 = performance.now();
    const { success, error } = parser.parse(file);
    const geojson = success ? parser.toGeojson() : null;
    const ms = performance.now() - t0;
    return { success, error, geojson, ms };
}

const out = [];
for (const file of files) {
    const attempts = [];
    let best = null;
    let version = null;
    for (const v of ['1.0', '2.0']) {
        let r;
        try {
            r = runOnce(file, v);
        } catch (e) {
            r = { success: false, error: { errorMessage: String(e && e.message ? e.message : e) }, ms: 0 };
        }
        const message = r.error ? (r.error.errorMessage || String(r.error)) : null;
        const line = r.error && r.error.lineNumber !== undefined ? r.error.lineNumber : null;
        attempts.push({ version: v, success: r.success, error: message, line });
        if (r.success) {
            best = r;
            version = v;
            break;
        }
    }
    let ms = best ? best.ms : null;
    if (best) {
        for (let i = 1; i < repeat; i++) ms = Math.min(ms, runOnce(file, version).ms);
    }
    out.push({
        file,
        success: !!best,
        version,
        attempts,
        parse_ms: ms,
        features: best ? best.geojson.features.map((f) => ({
            name: f.properties.name,
            class: f.properties.class,
            upper: f.properties.upperCeiling,
            lower: f.properties.lowerCeiling,
            type: f.geometry.type,
            coordinates: f.geometry.coordinates,
        })) : [],
    });
}
process.stdout.write(JSON.stringify(out));
