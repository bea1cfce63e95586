// The allowed imports of src/ (README "Architecture"), checked by `npm run lint` in `npm test`:
//   cli → procedures → kit → render → core, each layer importing only those below it;
//   a procedure uses another only through that procedure's api.ts; a command never imports another command;
//   no cycles. Type-only imports count for the layers, not for cycles.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Files that import each other in a loop: move what both need down a level.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment:
        'src/core is the records system: it knows nothing of rendering, the kit, procedures or the command line.',
      from: { path: '^src/core/' },
      to: { path: '^src/(render|kit|procedures|cli)/' },
    },
    {
      name: 'render-draws-models',
      severity: 'error',
      comment: 'src/render draws plain models (forms, reports): it imports only core.',
      from: { path: '^src/render/' },
      to: { path: '^src/(kit|procedures|cli)/' },
    },
    {
      name: 'kit-knows-no-procedure',
      severity: 'error',
      comment:
        'src/kit is the contract every procedure stands on: it imports core and render, never a procedure or the CLI.',
      from: { path: '^src/kit/' },
      to: { path: '^src/(procedures|cli)/' },
    },
    {
      name: 'procedures-know-no-cli',
      severity: 'error',
      comment: 'Procedures are mounted by the CLI; they use the kit (src/kit), never src/cli.',
      from: { path: '^src/procedures/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'procedures-meet-through-api',
      severity: 'error',
      comment:
        "A procedure uses another only through that procedure's api.ts. The registry (procedures/index.ts) is read by the CLI, and by validate's worker thread (which cannot be handed functions).",
      from: { path: '^src/procedures/([^/]+)/', pathNot: '^src/procedures/system/validate-worker\\.ts$' },
      to: {
        path: '^src/procedures/',
        pathNot: ['^src/procedures/$1/', '^src/procedures/[^/]+/api\\.ts$'],
      },
    },
    {
      name: 'commands-are-leaves',
      severity: 'error',
      comment:
        'A command never imports another command: what two commands share moves to the procedure (or up a level).',
      from: { path: '^src/procedures/[^/]+/commands/' },
      to: { path: '^src/procedures/[^/]+/commands/' },
    },
    {
      name: 'library-code-imports-no-command',
      severity: 'error',
      comment:
        "Only a procedure's manifest (index.ts) names its commands (lazily); its library files never import them.",
      from: {
        path: '^src/procedures/[^/]+/',
        pathNot: ['^src/procedures/[^/]+/commands/', '^src/procedures/[^/]+/index\\.ts$'],
      },
      to: { path: '^src/procedures/[^/]+/commands/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/core/types\\.gen\\.ts$' },
  },
};
