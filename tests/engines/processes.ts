/** The processes an engine starts (WebKit's driver and display), and how they are ended. */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/**
 * Every process below `root` (the MiniBrowsers a driver started, and their
 * web processes). Read before the driver goes: once it has, they are no
 * longer its children.
 */
export function descendants(root: number, table = psTable()): number[] {
  const children = new Map<number, number[]>();
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid || ppid === undefined || Number.isNaN(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const pid of children.get(queue.shift()!) ?? []) {
      if (found.includes(pid)) continue;
      found.push(pid);
      queue.push(pid);
    }
  }
  return found;
}

/**
 * Each process's pid and parent's pid, a line each: from `/proc` on Linux
 * (a slim machine may have no `ps`), else from `ps`.
 */
function psTable(): string {
  if (existsSync('/proc/self/stat')) {
    const lines: string[] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
        lines.push(`${name} ${ppid}`);
      } catch {
        // Gone while we looked.
      }
    }
    return lines.join('\n');
  }
  try {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

/**
 * Stops a child we started, and waits for it to go; then ends whatever it had
 * started and left behind (a MiniBrowser that no longer answers). The driver
 * stays in our process group, so a Ctrl-C reaches it as it reaches us.
 */
export function stop(child: ChildProcess): Promise<void> {
  const left = child.pid === undefined ? [] : descendants(child.pid);
  const sweep = () => {
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    sweep();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      sweep();
      resolve();
    });
    child.kill('SIGTERM');
  });
}
