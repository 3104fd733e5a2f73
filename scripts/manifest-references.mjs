// The places a custom-elements.json names a module: every `path` and `module` string, however deep
// (a module's own path, a declaration's, a mixin's, a re-export's). The manifest config rewrites them
// to the built files; check-package.mjs checks the package has each.

/** Calls `visit(node, key)` for each `path` or `module` string under `node`. */
export function forEachModuleReference(node, visit) {
  if (Array.isArray(node)) return node.forEach(each => forEachModuleReference(each, visit));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') visit(node, key);
    else forEachModuleReference(value, visit);
  }
}
