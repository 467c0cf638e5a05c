/**
 * Runs the real build (scripts/build.mjs) of a benchmark copy as a child process and measures it:
 * wall-clock seconds, and memory from /proc, sampled every 50 ms over the build's whole process
 * tree (the build script starts the validator, Astro and then the search index step as Node
 * processes, and that step starts Pagefind's own binary): the peak of the tree's summed resident
 * memory, and the largest single process's high-water mark (VmHWM, which the kernel keeps exactly).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEnv } from '../support/project-copy.ts';

export interface BuildMetrics {
  seconds: number;
  /** Peak of the summed RSS of the build's processes alive at the same moment. */
  peakTreeBytes: number;
  /** The largest peak RSS (VmHWM) of any one process of the build. */
  peakProcessBytes: number;
}

/** `VmRSS:  1234 kB` → bytes; 0 when the process is gone or the field is missing. */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The process and all its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // it has exited
    }
    for (const task of tasks) {
      const children = readText(`/proc/${pid}/task/${task}/children`).trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    }
  }
  return found;
}

export class BuildFailed extends Error {}

/** Builds `root` (a project copy) into `outDir`, measuring time and memory. */
export function measureBuild(root: string, outDir: string): Promise<BuildMetrics> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, ['scripts/build.mjs', outDir], {
      cwd: root,
      env: buildEnv({ ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakTreeBytes = 0;
    const highWater = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let tree = 0;
      for (const pid of processTree(child.pid)) {
        const status = readText(`/proc/${pid}/status`);
        tree += statusBytes(status, 'VmRSS');
        highWater.set(pid, Math.max(highWater.get(pid) ?? 0, statusBytes(status, 'VmHWM')));
      }
      peakTreeBytes = Math.max(peakTreeBytes, tree);
    };
    const timer = setInterval(sample, 50);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - began) / 1000;
      if (code !== 0) {
        reject(new BuildFailed(`The build in ${root} failed (exit ${code}):\n${output}`));
        return;
      }
      resolve({ seconds, peakTreeBytes, peakProcessBytes: Math.max(0, ...highWater.values()) });
    });
  });
}

export interface SiteMetrics {
  bytes: number;
  files: number;
  htmlPages: number;
  /** pagefind/: the index, its fragments and Pagefind's scripts. */
  searchIndexBytes: number;
  /** /display/index.html: the wall page. */
  displayHtmlBytes: number;
  /** /display/wall.json: the wall's index (the slides' text is in wall-<n>.json beside it). */
  displayDataBytes: number;
  displayDataGzipBytes: number;
  /** /quotes/index.html: the first page of the longest list. */
  quotesHtmlBytes: number;
  largestHtml: { page: string; bytes: number };
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(file);
    return entry.isFile() ? [{ file, bytes: statSync(file).size }] : [];
  });
}

export function measureSite(siteDir: string): SiteMetrics {
  const files = filesUnder(siteDir);
  const html = files.filter(({ file }) => file.endsWith('.html'));
  const largest = html.reduce((big, page) => (page.bytes > big.bytes ? page : big), {
    file: siteDir,
    bytes: 0,
  });
  const displayData = readFileSync(path.join(siteDir, 'display', 'wall.json'));
  const pagefindDir = `${path.join(siteDir, 'pagefind')}${path.sep}`;
  const sum = (list: { bytes: number }[]) => list.reduce((total, { bytes }) => total + bytes, 0);
  return {
    bytes: sum(files),
    files: files.length,
    htmlPages: html.length,
    searchIndexBytes: sum(files.filter(({ file }) => file.startsWith(pagefindDir))),
    displayHtmlBytes: statSync(path.join(siteDir, 'display', 'index.html')).size,
    displayDataBytes: displayData.length,
    displayDataGzipBytes: gzipSync(displayData).length,
    quotesHtmlBytes: statSync(path.join(siteDir, 'quotes', 'index.html')).size,
    largestHtml: {
      page: `/${path.relative(siteDir, largest.file).split(path.sep).join('/')}`,
      bytes: largest.bytes,
    },
  };
}
