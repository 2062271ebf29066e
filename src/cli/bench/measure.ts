/**
 * Runs a command in its own process group and measures what a user waits for and what
 * the machine must hold: wall time, and the peak of the summed resident memory of every
 * process in the group (npm, node, worker processes, the Pagefind binary), sampled from
 * /proc. Summing RSS counts shared pages once per process, so it errs on the high side,
 * the same way for both sites.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measurement {
  wallSeconds: number;
  peakBytes: number;
}

export interface Run extends Measurement {
  /** What the command printed, stdout and stderr interleaved (empty when `verbose`). */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Show the command's output (otherwise it is kept and shown only on failure). */
  verbose?: boolean;
}

const SAMPLE_INTERVAL_MS = 100;
const PAGE_SIZE = 4096;

async function groupResidentBytes(groupId: number): Promise<number> {
  let total = 0;
  const pids = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    pids.map(async (pid) => {
      if (!/^\d+$/.test(pid)) return;
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces) start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== groupId) return; // field 5: process group id
        const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
        total += Number(statm.split(' ')[1]) * PAGE_SIZE; // resident pages
      } catch {
        // The process ended between listing and reading: nothing to count.
      }
    }),
  );
  return total;
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true, // its own process group, so every descendant can be found and counted
    stdio: options.verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let peakBytes = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && child.pid !== undefined) {
      peakBytes = Math.max(peakBytes, await groupResidentBytes(child.pid));
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_INTERVAL_MS));
    }
  })();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  sampling = false;
  await sampler;
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd}:\n${output.join('').slice(-4000)}`,
    );
  }
  return { wallSeconds, peakBytes, output: output.join('') };
}

/** Several steps measured as one: times add up, the peak is the highest of any step. */
export function combine(steps: Measurement[]): Measurement {
  return {
    wallSeconds: steps.reduce((sum, step) => sum + step.wallSeconds, 0),
    peakBytes: Math.max(0, ...steps.map((step) => step.peakBytes)),
  };
}
