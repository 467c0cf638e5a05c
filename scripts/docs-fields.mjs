// npm run docs:fields: regenerates the field reference in docs/authoring.md from the schemas'
// own descriptions (src/content.config.ts). A unit test fails when the guide is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importProjectModule, projectRoot } from './project-module.mjs';

const guidePath = path.join(projectRoot, 'docs', 'authoring.md');
const { withCurrentFieldReference } = await importProjectModule('src/data/authoring-guide.ts');
const current = readFileSync(guidePath, 'utf8');
const updated = await withCurrentFieldReference(current, guidePath);
if (updated === current) {
  console.log('docs/authoring.md: the field reference is up to date.');
} else {
  writeFileSync(guidePath, updated);
  console.log('docs/authoring.md: field reference updated.');
}
