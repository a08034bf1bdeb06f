// Every piece of input text reaches the page through these functions: the report must show
// hostile segments (`<script>`, `onerror=`, `javascript:` links) as text and run nothing.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe both between tags and inside a quoted attribute value. Quotes are escaped too,
 * so one function serves both places and no caller can pick the wrong one.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (char) => ENTITIES[char] ?? controlEscape(char));
}

/** Control characters but tab and line breaks (which the page lays out) shown as `\x1b`: told, never acted on. */
function controlEscape(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
