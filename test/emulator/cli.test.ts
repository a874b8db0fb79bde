import { parseArgs } from '../../emulator/cli';

describe('command line', () => {
  it('reads every option', () => {
    expect(parseArgs(['--port', '0', '--data', 'memory', '--seed', 'demo', '--list-view-threshold', '100', '--today', '2026-11-27'])).toEqual({
      port: 0,
      data: undefined,
      seed: 'demo',
      lists: 'xml',
      listViewThreshold: 100,
      today: '2026-11-27',
      host: '127.0.0.1',
      corsOrigins: [],
    });
    expect(parseArgs(['--host', '0.0.0.0', '--cors-origin', 'http://localhost:3000', '--cors-origin', 'https://a.example'])).toMatchObject({
      host: '0.0.0.0',
      corsOrigins: ['http://localhost:3000', 'https://a.example'],
    });
    expect(parseArgs([]).port).toBe(4321);
  });

  it('rejects bad values with a message', () => {
    expect(() => parseArgs(['--seed', 'all'])).toThrow('--seed must be demo or none');
    expect(() => parseArgs(['--port', 'x'])).toThrow('--port must be 0..65535');
    expect(() => parseArgs(['--list-view-threshold', '0'])).toThrow('positive integer');
    expect(() => parseArgs(['--today', '27-11-2026'])).toThrow('YYYY-MM-DD');
    expect(() => parseArgs(['--nope'])).toThrow(/Unknown option --nope/);
    expect(() => parseArgs(['--port'])).toThrow('--port needs a value');
    expect(() => parseArgs(['--cors-origin', '*'])).toThrow('--cors-origin must be an origin');
    expect(() => parseArgs(['--cors-origin', 'http://localhost:3000/'])).toThrow('--cors-origin must be an origin');
  });
});
