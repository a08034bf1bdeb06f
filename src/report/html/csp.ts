// The page runs under a Content-Security-Policy that allows exactly its own inline style and
// script (by hash) and nothing else: no network, no other scripts, no inline event handlers.
import { createHash } from 'node:crypto';

/** The CSP source expression for one inline `<script>` or `<style>` body. */
function hashSource(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inline: { style: string; script: string }): string {
  return [
    "default-src 'none'",
    `style-src ${hashSource(inline.style)}`,
    `script-src ${hashSource(inline.script)}`,
    // Nothing is loaded, but a data: image is harmless, and base/form targets stay closed.
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
