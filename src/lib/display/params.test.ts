import { describe, expect, it } from 'vitest';
import { chromeShift, readDisplayParams, SCREEN_KEY } from './params';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const failingStorage = {
  getItem: (): string | null => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
};

let invented = 0;
const invent = () => `screen-${++invented}`;

describe('speed', () => {
  it('plays at the speed asked for', () => {
    expect(readDisplayParams('?speed=2', undefined, invent).speed).toBe(2);
    expect(readDisplayParams('?speed=0.5', undefined, invent).speed).toBe(0.5);
  });

  it('plays at normal speed when the speed is missing or makes no sense', () => {
    for (const search of [
      '',
      '?speed=',
      '?speed=fast',
      '?speed=0',
      '?speed=-2',
      '?speed=Infinity',
    ]) {
      expect(readDisplayParams(search, undefined, invent).speed, search).toBe(1);
    }
  });
});

describe('screen name', () => {
  it('uses ?screen= when given, and does not store it', () => {
    const storage = memoryStorage({ [SCREEN_KEY]: 'stored' });
    expect(readDisplayParams('?screen=%20lobby%20', storage, invent).screen).toBe('lobby');
    expect(storage.values.get(SCREEN_KEY)).toBe('stored');
  });

  it('falls back to the name this browser stored', () => {
    const storage = memoryStorage({ [SCREEN_KEY]: 'floor-2' });
    expect(readDisplayParams('?screen=', storage, invent).screen).toBe('floor-2');
    expect(readDisplayParams('', storage, invent).screen).toBe('floor-2');
  });

  it('invents a name once and keeps it across reloads', () => {
    const storage = memoryStorage();
    const first = readDisplayParams('', storage, invent).screen;
    expect(first).toMatch(/^screen-\d+$/);
    expect(storage.values.get(SCREEN_KEY)).toBe(first);
    expect(readDisplayParams('', storage, invent).screen).toBe(first);
  });

  it('still names the screen when storage is disabled or missing', () => {
    expect(readDisplayParams('', failingStorage, invent).screen).toMatch(/^screen-\d+$/);
    expect(readDisplayParams('', undefined, invent).screen).toMatch(/^screen-\d+$/);
  });
});

describe('chromeShift', () => {
  it('moves the chrome a little on each slide and cycles', () => {
    const shifts = Array.from({ length: 14 }, (_, count) => chromeShift(count));
    expect(shifts[0]).toEqual({ x: 0, y: 0 });
    expect(new Set(shifts.slice(0, 7).map(({ x, y }) => `${x},${y}`)).size).toBe(7);
    expect(shifts.slice(7)).toEqual(shifts.slice(0, 7));
    for (let count = 0; count < 100; count++) {
      expect(chromeShift(count)).not.toEqual(chromeShift(count + 1));
    }
  });

  it('stays within 4 pixels either way', () => {
    for (let count = 0; count < 1000; count++) {
      const { x, y } = chromeShift(count);
      expect(Math.abs(x)).toBeLessThanOrEqual(4);
      expect(Math.abs(y)).toBeLessThanOrEqual(4);
    }
  });
});
