import { describe, expect, it } from 'vitest';
import { type Engine, getEngine, listEngines, registerEngine } from './engine.js';

const echo: Engine = {
  name: 'test-echo',
  profile: {
    models: 'nothing',
    execution: 'bytecode-interpreter',
    objects: 'boxed',
    memory: 'host-gc',
    identity: 'sequential',
    gil: false,
  },
  async run(program) {
    return { stdout: new TextDecoder().decode(program.source), stderr: '', exitCode: 0, stats: { wallTimeMs: 0 } };
  },
};

describe('engine registry', () => {
  it('finds a registered engine by name and runs it', async () => {
    registerEngine(echo);
    expect(getEngine('test-echo')).toBe(echo);
    expect(listEngines()).toContain(echo);
    const result = await getEngine('test-echo').run({ source: new TextEncoder().encode('hi'), filename: 'x.py', argv: ['x.py'] });
    expect(result.stdout).toBe('hi');
  });

  it('refuses a duplicate name and explains an unknown one', () => {
    expect(() => registerEngine(echo)).toThrow(/already registered/);
    expect(() => getEngine('nope')).toThrow(/unknown engine 'nope'; known engines: test-echo/);
  });
});
