import { spawn } from 'node:child_process';

/** Runs `lt-proc` with `args` over one input a line and returns its output lines (one per input line). */
export const ltProc = (args: string[], lines: string[]): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn('lt-proc', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`lt-proc exited with ${code}: ${errors.slice(0, 200)}`));
      else resolve(Buffer.concat(output).toString('utf8').split('\n'));
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
