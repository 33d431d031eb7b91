// Builds one test page per editor from the real npm packages into dist/
// (gitignored). Only the test pages are bundled; the extension is not.
// Usage: node tests/browser/pages/build.mjs
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');
const dist = join(here, 'dist');
mkdirSync(dist, { recursive: true });
const template = readFileSync(join(here, 'template.html'), 'utf8');
const editors = readdirSync(src).filter((f) => f.endsWith('.js') && !f.startsWith('_')).map((f) => basename(f, '.js'));

await build({
  entryPoints: editors.map((e) => join(src, `${e}.js`)),
  bundle: true,
  outdir: dist,
  format: 'iife',
  target: 'chrome120',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  loader: { '.css': 'css' },
});

for (const editor of editors) {
  const css = existsSync(join(dist, `${editor}.css`)) ? `<link rel="stylesheet" href="${editor}.css">` : '';
  writeFileSync(join(dist, `${editor}.html`), template.replaceAll('{{editor}}', editor).replace('{{css}}', css));
}
console.log(`built ${editors.length} pages: ${editors.join(', ')}`);

// Site pages (sites/<site>.html + .js): each site's compose structure around
// the real editor framework it uses, wrapped in sites/_shell.html.
const sitesSrc = join(here, 'sites');
const sitesDist = join(dist, 'sites');
mkdirSync(sitesDist, { recursive: true });
const sites = readdirSync(sitesSrc).filter((f) => f.endsWith('.html') && !f.startsWith('_')).map((f) => basename(f, '.html'));
await build({
  entryPoints: sites.map((s) => join(sitesSrc, `${s}.js`)),
  bundle: true,
  outdir: sitesDist,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  loader: { '.css': 'css' },
});
const shell = readFileSync(join(sitesSrc, '_shell.html'), 'utf8');
writeFileSync(join(sitesDist, '_site.css'), readFileSync(join(sitesSrc, '_site.css')));
for (const site of sites) {
  const css = existsSync(join(sitesDist, `${site}.css`)) ? `<link rel="stylesheet" href="${site}.css">` : '';
  const body = readFileSync(join(sitesSrc, `${site}.html`), 'utf8');
  writeFileSync(join(sitesDist, `${site}.html`), shell.replaceAll('{{site}}', site).replace('{{css}}', css).replace('{{body}}', () => body));
}
console.log(`built ${sites.length} site pages: ${sites.join(', ')}`);
