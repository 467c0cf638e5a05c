/**
 * The benchmark's generated content (scripts/bench/generate-content.ts) must be content the site
 * accepts: it passes the real validator with no error and no warning (schemas, references,
 * privacy guard), in the proportions and shapes the benchmark promises, the same for a seed.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countsFor,
  generateContent,
  TAGS,
  writeContent,
} from '../../scripts/bench/generate-content.ts';
import { contractSchemas } from '../../src/data/authoring';
import { readFrontMatter } from '../../src/lib/shared/front-matter';
import { parseStoryBody, transcriptTurns } from '../../src/lib/catalog/transcript';
import { validateContent } from '../../src/lib/authoring/validate';
import { readContentFolder } from '../../src/lib/authoring/validate/files';
import { ROOM } from '../support/fixture-sites';

const ITEMS = 300;
const content = generateContent(ITEMS, 42);
const root = mkdtempSync(path.join(tmpdir(), 'customer-room-bench-content-'));
writeContent(root, content, path.join(ROOM, 'personas'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const markdown = (kind: string) =>
  content.files
    .filter((file) => file.path.startsWith(`${kind}/`) && file.path.endsWith('.md'))
    .map((file) => readFrontMatter(file.text ?? '', file.path));

describe('generated benchmark content', () => {
  it('passes the content check with no error and no warning', () => {
    const problems = validateContent(readContentFolder(root, 'content'), {
      schemas: contractSchemas,
      now: new Date(),
    });
    expect(problems).toEqual([]);
  });

  it('is 5% personas, 35% stories and 60% quotes', () => {
    expect(countsFor(5000)).toEqual({ personas: 250, stories: 1750, quotes: 3000 });
    expect(countsFor(100)).toEqual({ personas: 5, stories: 35, quotes: 60 });
    const files = (kind: string) =>
      readdirSync(path.join(root, kind)).filter((file) => file.endsWith('.md')).length;
    expect({
      personas: files('personas'),
      stories: files('stories'),
      quotes: files('quotes'),
    }).toEqual(countsFor(ITEMS));
    expect(content.counts).toEqual(countsFor(ITEMS));
  });

  it('gives every story a transcript of 10 to 20 turns', () => {
    const stories = markdown('stories');
    expect(stories).toHaveLength(countsFor(ITEMS).stories);
    for (const { body } of stories) {
      const turns = transcriptTurns(parseStoryBody(body)).length;
      expect(turns).toBeGreaterThanOrEqual(10);
      expect(turns).toBeLessThanOrEqual(20);
    }
  });

  it('writes sentences of realistic length and tags from a fixed vocabulary', () => {
    const prose = markdown('stories')
      .flatMap(({ body }) => body.split('\n\n').filter((paragraph) => !paragraph.startsWith('**')))
      .join(' ');
    const sentences = prose.split(/(?<=[.?!…])\s+/).filter(Boolean);
    const words = sentences.map((sentence) => sentence.split(/\s+/).length);
    const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(mean).toBeGreaterThan(10);
    expect(mean).toBeLessThan(25);
    const tags = ['personas', 'stories', 'quotes'].flatMap((kind) =>
      markdown(kind).flatMap(({ data }) => data.tags as string[]),
    );
    expect(new Set(tags).size).toBeGreaterThan(10);
    expect(tags.every((tag) => (TAGS as readonly string[]).includes(tag))).toBe(true);
  });

  it('is the same for the same seed, and different for another', () => {
    expect(generateContent(50, 42)).toEqual(generateContent(50, 42));
    expect(generateContent(50, 43).files).not.toEqual(generateContent(50, 42).files);
  });
});
