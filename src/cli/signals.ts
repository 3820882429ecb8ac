import { abandonOutputs } from '../output/sink.js';
import { abandonSpills } from '../table/spill.js';
import { restoreCursor } from './tty.js';

// Ctrl-C, kill and a closed terminal end a run at once: temporary output files and the table's
// spilled per-fact state are removed, the cursor is shown again, and the signal is raised again
// with its default action, so the process ends by the signal (status 128+N, as a shell expects) without tearing down worker
// threads in the middle of a native jieba call (which aborts the process: Napi::Error).
// SIGPIPE stays ignored, as Node has it: a closed pipe shows up as EPIPE on the write instead.

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let installed = false;

export function cleanUpOnInterrupt(): void {
  if (installed) return;
  installed = true;
  process.on('exit', restoreCursor);
  for (const signal of INTERRUPTS) {
    const handler = () => {
      abandonOutputs();
      abandonSpills();
      restoreCursor();
      for (const s of INTERRUPTS) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}
