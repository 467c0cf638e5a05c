import { describe, expect, it } from 'vitest';
import { unreadableFile } from './unreadable-files';

describe('unreadableFile', () => {
  it('names the file the editor could not parse, and why', () => {
    const report = new Error(
      'content/stories/broken.md could not be parsed due to YAMLParseError: Flow sequence must end with a ] at line 1, column 17:',
    );
    expect(unreadableFile([report])).toEqual({
      file: 'content/stories/broken.md',
      reason: 'YAMLParseError: Flow sequence must end with a ] at line 1, column 17',
    });
  });

  it('ignores every other report', () => {
    expect(unreadableFile(['Failed to load resource', new Error('offline')])).toBeUndefined();
  });
});
