// Loaded only when the API runs from its TypeScript sources (the test runner), in a worker thread, before the
// worker module itself: compiles .ts files on require with TypeScript's own transpiler (a devDependency; pure
// JavaScript — a native compiler such as SWC, loaded in a second thread of the test process, crashed it) and
// resolves the workspace's path aliases. Compiled files are kept in the system's temporary folder by content.
// The built API never loads this file.
const Module = require('node:module');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

exports.register = function register(aliases) {
  const cache = join(tmpdir(), 'pnq-worker-sources');
  mkdirSync(cache, { recursive: true });
  let ts;
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return resolveFilename.call(this, Object.hasOwn(aliases, request) ? aliases[request] : request, ...rest);
  };
  Module._extensions['.ts'] = (module, filename) => {
    const source = readFileSync(filename, 'utf8');
    const compiled = join(cache, `${createHash('sha256').update(filename).update('\0').update(source).digest('hex')}.js`);
    if (!existsSync(compiled)) {
      ts ??= require('typescript');
      const { outputText } = ts.transpileModule(source, {
        fileName: filename,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          esModuleInterop: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          inlineSourceMap: true,
        },
      });
      const partial = `${compiled}.${process.pid}.${require('node:worker_threads').threadId}`;
      writeFileSync(partial, outputText);
      renameSync(partial, compiled); // whole or absent: another thread may read it at once
    }
    module._compile(readFileSync(compiled, 'utf8'), filename);
  };
};
