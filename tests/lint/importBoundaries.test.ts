// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import boundaries in eslint.config.js', () => {
  it('refuses a view importing another view, by the alias or by a relative path', async () => {
    const file = 'src/views/chart/Example.ts';
    await expect(refusals(file, "export { Timeline } from '@/views/timeline/Timeline';\n")).resolves.toHaveLength(1);
    await expect(refusals(file, "export { Timeline } from '../timeline/Timeline';\n")).resolves.toHaveLength(1);
  });

  it("lets a view's own files import each other, and any layer below", async () => {
    const file = 'src/views/chart/Example.ts';
    await expect(refusals(file, "export { MembershipPlot } from './MembershipPlot';\n")).resolves.toEqual([]);
    await expect(refusals(file, "export { formatCount } from '@/derive/format';\n")).resolves.toEqual([]);
  });

  it('refuses a view importing the app, and derive/ importing a view', async () => {
    await expect(
      refusals('src/views/table/Example.ts', "export { PAGES } from '@/app/pages';\n"),
    ).resolves.toHaveLength(1);
    const fromDerive = "export { Timeline } from '@/views/timeline/Timeline';\n";
    await expect(refusals('src/derive/example.ts', fromDerive)).resolves.toHaveLength(1);
  });
});
