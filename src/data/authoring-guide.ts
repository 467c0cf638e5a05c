/**
 * docs/authoring.md's field reference, regenerated from the schemas (`npm run docs:fields`) and
 * formatted as the repository's Prettier formats it, so the guide's test can compare it exactly.
 */
import { format, resolveConfig } from 'prettier';
import { fieldReference, withFieldReference } from '../lib/authoring/contract-fields';
import { referenceSections } from './authoring';

/** The guide's text with its generated field reference brought up to date. */
export async function withCurrentFieldReference(guide: string, guidePath: string): Promise<string> {
  const options = (await resolveConfig(guidePath)) ?? {};
  const updated = withFieldReference(guide, fieldReference(referenceSections));
  return format(updated, { ...options, filepath: guidePath });
}
