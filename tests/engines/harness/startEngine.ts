import { afterAll, beforeAll, inject } from 'vitest';
import type { EngineName, EngineSession } from './EngineSession';
import { startFirefoxSession } from './firefoxSession';
import { startWebKitSession } from './webkitSession';

function startSession(engine: EngineName): Promise<EngineSession> {
  if (engine === 'firefox') return startFirefoxSession(inject('firefoxPath'));
  return startWebKitSession({
    driverUrl: inject('webkitDriverUrl'),
    miniBrowser: inject('miniBrowserPath'),
    downloadDirectory: inject('webkitDownloadDirectory'),
  });
}

/**
 * One browser of `engine` for a describe block: started before its tests, closed after. Returns
 * a getter, since the session exists only once beforeAll has run.
 */
export function startEngine(engine: EngineName): () => EngineSession {
  let session: EngineSession | undefined;
  beforeAll(async () => {
    session = await startSession(engine);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (session === undefined) throw new Error(`${engine} is not running yet`);
    return session;
  };
}
