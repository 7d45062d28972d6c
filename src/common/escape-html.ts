/** Text for HTML: the characters that could open a tag, an entity or close an attribute, escaped. */
export const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
