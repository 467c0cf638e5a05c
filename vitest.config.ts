/// <reference types="vitest/config" />
import path from 'node:path';
import { getViteConfig } from 'astro/config';

// getViteConfig lets unit tests import src/content.config.ts (it needs Astro's virtual modules).
const jsonReport = process.env.VITEST_JSON_REPORT;

export default getViteConfig({
  test: {
    // Tests never read content/ (the CX team's sample room): what reads "the content" by default
    // (references in the schemas, the validator) reads the room fixture instead.
    env: { CONTENT_DIR: path.resolve('tests/fixtures/room') },
    // .ci/run reads the counts from a JSON report; people read the default one.
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
