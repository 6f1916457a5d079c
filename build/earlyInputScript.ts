import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { minify, transformWithOxc, type Plugin } from 'vite';
import { pageBase } from './pageBase.ts';
import { projectPath } from './projectPath.ts';

const SOURCE = projectPath('src/earlyInput.ts');

/**
 * src/earlyInput.ts records clicks and typing until the page is hydrated, for the app to replay.
 * It must run before the page can be used, so it is a classic script in <head>, after the
 * stylesheet (both download at once, and the paint waits for the stylesheet anyway). It is a file
 * of its own, as the policy allows no inline script: minified and named after its content.
 */
export function earlyInputScript(): Plugin {
  let base = './';
  let fileName = '';
  let code = '';
  return {
    name: 'kokko-roren:early-input',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      const script = await transformWithOxc(await readFile(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
      const minified = await minify(SOURCE, script.code, { module: false, compress: true, mangle: true });
      if (minified.errors.length > 0) {
        throw new Error(`early input: ${minified.errors.map((error) => error.message).join('; ')}`);
      }
      code = minified.code;
      fileName = `assets/early-input-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_, { path }) => [
        { tag: 'script', attrs: { src: `${pageBase(base, path)}${fileName}` }, injectTo: 'head' },
      ],
    },
  };
}
