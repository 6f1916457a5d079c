/** Licences a source may name, written out with their deeds. */
export const LICENCES: Record<string, { name: string; url: string }> = {
  'CC BY-SA 4.0': {
    name: 'Creative Commons Attribution-ShareAlike 4.0 licence',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC BY 4.0': {
    name: 'Creative Commons Attribution 4.0 licence',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
};

/** A licence's deed, where it is one of LICENCES. */
export const licenceUrl = (licence: string): string | null => LICENCES[licence]?.url ?? null;
