// A scripted engine for the runner's own tests, registered as 'test-scripted' when imported.
//
// It does not run Python: the program is a list of directives, one a line, and the engine does
// what they say, so a test can make an engine pass, differ on a chosen line, throw, kill its
// process or never answer. Directives: `out TEXT` and `err TEXT` (a line on stdout or stderr),
// `exit N`, `stdin` (echo standard input to stdout), `argv` (print argv joined by spaces), `pid` (the
// worker process's id), `throw
// MESSAGE` (engine.run rejects), `die` (the process exits abruptly with code 70), `hang`.

import { type Engine, registerEngine } from '../../engines/engine.js';

export const scriptedEngine: Engine = {
  name: 'test-scripted',
  profile: {
    models: 'nothing (a test double)', execution: 'bytecode-interpreter', objects: 'boxed',
    memory: 'host-gc', identity: 'sequential', gil: false,
  },
  async run(program, options) {
    let stdout = '';
    let stderr = '';
    let exitCode = 0;
    for (const line of new TextDecoder().decode(program.source).split('\n')) {
      const [op, ...rest] = line.split(' ');
      const text = rest.join(' ');
      if (op === 'out') stdout += `${text}\n`;
      else if (op === 'err') stderr += `${text}\n`;
      else if (op === 'exit') exitCode = Number(text);
      else if (op === 'stdin') stdout += options?.stdin ?? '';
      else if (op === 'argv') stdout += `${program.argv.join(' ')}\n`;
      else if (op === 'pid') stdout += `${process.pid}\n`;
      else if (op === 'throw') throw new Error(text);
      else if (op === 'die') process.exit(70);
      else if (op === 'hang') await new Promise(() => setInterval(() => {}, 1000));
    }
    return { stdout, stderr, exitCode, stats: { wallTimeMs: 0 } };
  },
};

registerEngine(scriptedEngine);
