/**
 * Data a page hands to its island travels as plain JSON in a <script type="application/json">:
 * the browser parses that natively and fast, where island props would be a larger, slower
 * format. `<` is escaped so no text can close the script element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The JSON a page embedded under `id`, or undefined when the document has no such element. */
export function readEmbeddedJson(document: Pick<Document, 'getElementById'>, id: string): unknown {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as unknown) : undefined;
}
