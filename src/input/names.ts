/** Comparison key of a name: trimmed, inner spaces collapsed, case ignored. */
export function nameKey(name: string): string {
  return isPlainName(name) ? name.toLowerCase() : name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Printable ASCII with single inner spaces only: trimming and collapsing would change nothing. */
function isPlainName(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c === 32 && i > 0 && i < last && name.charCodeAt(i + 1) !== 32) continue;
    return false;
  }
  return true;
}
