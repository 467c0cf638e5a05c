/**
 * Sveltia CMS leaves out a content file it cannot parse and only says so on the console, as
 * `Error: content/stories/x.md could not be parsed due to YAMLParseError: …`. This reads the file
 * name and the reason from such a report, so /admin/ can list the file for the editor to see.
 */
const UNPARSED = /(\S+) could not be parsed due to ([^\n]*)/;

export interface UnreadableFile {
  file: string;
  reason: string;
}

/** The file a console report is about, or undefined when it is about something else. */
export function unreadableFile(report: readonly unknown[]): UnreadableFile | undefined {
  for (const part of report) {
    const text = part instanceof Error ? part.message : typeof part === 'string' ? part : '';
    const match = UNPARSED.exec(text);
    if (match?.[1]) return { file: match[1], reason: (match[2] ?? '').replace(/:$/, '') };
  }
  return undefined;
}
