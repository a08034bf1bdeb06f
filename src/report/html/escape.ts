// Every piece of input text reaches the page through these functions: the report must show
// hostile segments (`<script>`, `onerror=`, `javascript:` links) as text and run nothing.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe both between tags and inside a quoted attribute value. Quotes are escaped too,
 * so one function serves both places and no caller can pick the wrong one.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
