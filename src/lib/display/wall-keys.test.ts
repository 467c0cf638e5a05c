import { describe, expect, it, vi } from 'vitest';
import { handleWallKey, wallCommand, type WallControls } from './wall-keys';

const press = (
  key: string,
  modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
  preventDefault: vi.fn(),
});

function fakeControls() {
  const done: string[] = [];
  const controls: WallControls = {
    next: () => done.push('next'),
    previous: () => done.push('previous'),
    togglePause: () => done.push('togglePause'),
    toggleFullscreen: () => done.push('toggleFullscreen'),
  };
  return { controls, done };
}

describe('wallCommand', () => {
  it('maps the arrows, space and f to the wall', () => {
    expect(['ArrowRight', 'ArrowLeft', ' ', 'f'].map((key) => wallCommand(press(key)))).toEqual([
      'next',
      'previous',
      'togglePause',
      'toggleFullscreen',
    ]);
  });

  it('leaves every other key, and any key with Alt, Ctrl or ⌘, to the browser', () => {
    const others = ['F', 'Enter', 'ArrowUp', 'constructor', 'toString'].map((key) => press(key));
    const held = [
      press('f', { ctrlKey: true }),
      press('ArrowLeft', { altKey: true }),
      press(' ', { metaKey: true }),
    ];
    expect([...others, ...held].map(wallCommand)).toEqual(Array(8).fill(undefined));
  });
});

describe('handleWallKey', () => {
  it('runs the command and keeps the browser from acting on the key', () => {
    const { controls, done } = fakeControls();
    const space = press(' ');
    handleWallKey(press('ArrowRight'), controls);
    handleWallKey(space, controls);
    handleWallKey(press('f'), controls);
    expect(done).toEqual(['next', 'togglePause', 'toggleFullscreen']);
    expect(space.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets the browser have keys that are not the wall’s', () => {
    const { controls, done } = fakeControls();
    const find = press('f', { ctrlKey: true });
    const tab = press('Tab');
    handleWallKey(find, controls);
    handleWallKey(tab, controls);
    expect(done).toEqual([]);
    expect(find.preventDefault).not.toHaveBeenCalled();
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the browser have every key before the wall plays', () => {
    const space = press(' ');
    handleWallKey(space, undefined);
    expect(space.preventDefault).not.toHaveBeenCalled();
  });
});
