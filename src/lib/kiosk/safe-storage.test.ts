import { describe, expect, it } from 'vitest';
import { safeStorage } from './safe-storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('storage on a locked-down screen', () => {
  it('stores and reads back when storage works', () => {
    const storage = safeStorage(memoryStorage);
    const memory = memoryStorage();
    const same = safeStorage(() => memory);
    same.setItem('a', '1');
    expect(same.getItem('a')).toBe('1');
    same.removeItem('a');
    expect(same.getItem('a')).toBeNull();
    expect(storage.getItem('missing')).toBeNull();
  });

  it('forgets instead of throwing when storage is blocked', () => {
    const blocked = safeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => blocked.setItem('a', '1')).not.toThrow();
    expect(blocked.getItem('a')).toBeNull();
    expect(() => blocked.removeItem('a')).not.toThrow();
  });
});
