import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetWeight {
  file: string;
  /** For a lazy chunk: the module it was split at (from Vite's manifest). */
  source?: string;
  gzipKb: number;
}

export interface WeightFigures {
  initialJsKb: number;
  initialCssKb: number;
  initial: AssetWeight[];
  lazy: AssetWeight[];
}

/**
 * Builds the SPA into its own folder, not dist/: an e2e run elsewhere in the tree may be building
 * or serving dist/ at the same moment. The manifest names the module each chunk comes from.
 */
export function buildSpa(outDir: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    // Vite's timing notes would break up the bench's output; a failed build throws with its stderr.
    { stdio: 'pipe' },
  );
}

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** What index.html makes the browser fetch before the first screen: scripts, preloads, stylesheets. */
function initialAssets(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const url = /\b(?:src|href)="\/([^"]+)"/.exec(tag)?.[1];
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    return url && (isScript || rel === 'modulepreload' || rel === 'stylesheet') ? [url] : [];
  });
}

/** Gzip (level 9) size of every file the built SPA loads up front, and of every chunk it loads later. */
export function measureWeight(spaDir: string): WeightFigures {
  const initialFiles = initialAssets(readFileSync(join(spaDir, 'index.html'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(spaDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; src?: string; isDynamicEntry?: boolean }
  >;
  const sourceOf = new Map(
    Object.values(manifest).flatMap((chunk) => (chunk.isDynamicEntry && chunk.src ? [[chunk.file, chunk.src]] : [])),
  );

  const initial = initialFiles.map((file) => ({ file, gzipKb: gzipKb(join(spaDir, file)) }));
  const lazy = readdirSync(join(spaDir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !initialFiles.includes(file))
    .map((file) => ({ file, source: sourceOf.get(file), gzipKb: gzipKb(join(spaDir, file)) }));
  const total = (extension: string) =>
    initial.filter(({ file }) => file.endsWith(extension)).reduce((sum, asset) => sum + asset.gzipKb, 0);

  return {
    initialJsKb: total('.js'),
    initialCssKb: total('.css'),
    initial,
    lazy,
  };
}
