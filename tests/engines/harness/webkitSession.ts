import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, Key, WebElement } from 'selenium-webdriver';
import type { EngineSession, KeyName, Viewport } from './EngineSession';
import { findAllScript, installRecorder, type Target } from './pageScripts';
import { createQueries, screenshotPath, waitForElement } from './sessionTools';

const KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  PageDown: Key.PAGE_DOWN,
};

interface WebKitOptions {
  /** Where WebKitWebDriver listens (started on its Xvfb display by the global setup). */
  driverUrl: string;
  miniBrowser: string;
  downloadDirectory: string;
}

/**
 * WebKitGTK's MiniBrowser over classic WebDriver (selenium-webdriver talking to WebKitWebDriver).
 * Classic WebDriver has no console and no script before the page's own, so the recorder (CSP
 * violations, console.error, uncaught errors) is installed as soon as the page has loaded.
 */
export async function startWebKitSession({
  driverUrl,
  miniBrowser,
  downloadDirectory,
}: WebKitOptions): Promise<EngineSession> {
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    })
    .build();
  const run = (expression: string): Promise<unknown> => driver.executeScript(`return ${expression};`);
  const queries = createQueries(run);
  const find = (target: Target) =>
    waitForElement(target, async () => {
      const element: unknown = await run(`${findAllScript(target)}[0] ?? null`);
      return element instanceof WebElement ? element : null;
    });

  /*
   * WebDriver sets the window's outer size: grow it by the browser's own frame so the page gets
   * `viewport`. Returns false where GTK will not make the window that narrow (MiniBrowser's
   * toolbar gives it a minimum width, ~450 px here).
   */
  async function setViewport({ width, height }: Viewport): Promise<boolean> {
    await driver.manage().window().setRect({ width, height });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const inner = await run('[window.innerWidth, window.innerHeight]');
      if (!Array.isArray(inner)) throw new Error('no viewport size');
      const [innerWidth = width, innerHeight = height] = inner.map(Number);
      if (innerWidth === width && innerHeight === height) return true;
      const rect = await driver.manage().window().getRect();
      await driver
        .manage()
        .window()
        .setRect({ width: rect.width + width - innerWidth, height: rect.height + height - innerHeight });
      await sleep(50);
    }
    return false;
  }

  /* Set while the page under test is shown in a frame of the viewport's size (see open). */
  let frame: WebElement | null = null;

  async function leaveFrame() {
    if (frame === null) return;
    await driver.switchTo().defaultContent();
    frame = null;
  }

  /*
   * Narrower than the window can be: the page is loaded in an <iframe> of exactly that size at the
   * top left of a blank page, and every command goes to that frame. Its media queries and layout
   * see the frame's width, as they would a window's.
   */
  async function openInFrame(url: string, { width, height }: Viewport) {
    // A fresh blank page each time: loading about:blank over about:blank keeps the old document
    // (and its frame), and the new frame then never leaves about:blank for the driver.
    await driver.get(`about:blank#${Date.now()}`);
    const element: unknown = await driver.executeScript(
      `document.body.replaceChildren();
       document.body.style.margin = '0';
       const frame = document.createElement('iframe');
       frame.style.cssText = 'border: 0; display: block; width: ' + arguments[1] + 'px; height: ' + arguments[2] + 'px';
       frame.src = arguments[0];
       document.body.append(frame);
       return frame;`,
      url,
      width,
      height,
    );
    if (!(element instanceof WebElement)) throw new Error('no frame');
    frame = element;
    await driver.switchTo().frame(element);
    await driver.wait(
      async () => (await run('location.href')) === url && (await run('document.readyState')) === 'complete',
      20_000,
    );
  }

  return {
    engine: 'webkit',
    downloadDirectory,
    ...queries,
    async open(url, viewport = { width: 1280, height: 800 }, { hydrated = true } = {}) {
      await leaveFrame();
      if (await setViewport(viewport)) await driver.get(url);
      else await openInFrame(url, viewport);
      await driver.executeScript(installRecorder, true);
      // The pointer stays where the last test left it: park it in the corner, off every chart mark.
      await driver.actions().move({ x: 0, y: 0 }).perform();
      if (!hydrated) return;
      await driver.wait(
        async () => (await run('document.documentElement.hasAttribute("data-interactive")')) === true,
        20_000,
      );
    },
    async click(target) {
      await (await find(target)).click();
    },
    async focus(target) {
      await driver.executeScript('arguments[0].focus();', await find(target));
    },
    async type(target, text) {
      await (await find(target)).sendKeys(text);
    },
    async enterFrame(target) {
      // Back to the page under test (itself in a frame where the window cannot be that narrow).
      await driver.switchTo().defaultContent();
      if (frame !== null) await driver.switchTo().frame(frame);
      if (target !== null) await driver.switchTo().frame(await find(target));
    },
    async press(key) {
      await driver.actions().sendKeys(KEYS[key]).perform();
    },
    evaluate: run,
    async screenshot(name) {
      const path = screenshotPath(name);
      if (frame === null) {
        writeFileSync(path, await driver.takeScreenshot(), 'base64');
        return path;
      }
      await driver.switchTo().defaultContent();
      writeFileSync(path, await frame.takeScreenshot(), 'base64');
      await driver.switchTo().frame(frame);
      return path;
    },
    async close() {
      await driver.quit();
    },
  };
}
