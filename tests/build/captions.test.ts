/**
 * The build writes a timed story's captions and copies its recording, from the calls fixture
 * site (tests/fixtures/calls): one story, turns at 0:00.5, 0:03.6, 0:10.4 and 0:13.3.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/support/project-copy';

const FIXTURE = path.resolve('tests/fixtures/calls');
let project: ProjectCopy;
let site = '';

beforeAll(() => {
  project = copyProject('captions', FIXTURE);
  site = path.join(project.root, 'site');
  const built = project.build(site);
  if (built.status !== 0) throw new Error(`the calls fixture did not build:\n${built.output}`);
});

afterAll(() => project.remove());

describe('a story with a timed recording, built', () => {
  it('has WebVTT captions with a voice per turn and the pause as a cue', () => {
    const vtt = readFileSync(path.join(site, 'stories/the-swallowed-card/captions.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    expect(vtt).toContain(
      '1\n00:00:00.500 --> 00:00:03.000\n<v Customer>A machine swallowed my card this morning.',
    );
    expect(vtt).toContain('3\n00:00:06.400 --> 00:00:10.400\n(4 seconds of silence)');
    expect(vtt).toContain('5\n00:00:13.300 --> 00:00:16.300\n<v Agent>It');
    expect(vtt.match(/-->/g)).toHaveLength(5);
  });

  it('copies the recording beside the page, byte for byte, and links both from it', () => {
    const built = path.join(site, 'stories/the-swallowed-card/the-swallowed-card.m4a');
    expect(existsSync(built)).toBe(true);
    expect(
      readFileSync(built).equals(
        readFileSync(path.join(FIXTURE, 'stories/the-swallowed-card.m4a')),
      ),
    ).toBe(true);
    const page = readFileSync(path.join(site, 'stories/the-swallowed-card/index.html'), 'utf8');
    expect(page).toMatch(/<audio[^>]*controls[^>]*preload="metadata"/);
    expect(page).toContain('href="/stories/the-swallowed-card/captions.vtt"');
  });
});
