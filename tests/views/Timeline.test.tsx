import { act, screen, waitFor, within } from '@testing-library/react';
import { renderExplorer } from '../fixtures/renderExplorer';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from './expectSvgSnapshot';

const renderAt = (search = '') => renderExplorer(search);

function timeline() {
  return screen.getByRole('figure', { name: /Timeline/ });
}

function stepPanel() {
  return screen.getByRole('region', { name: 'Step through the history' });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the timeline', () => {
  it('is a figure named Timeline whose events are labelled focusable marks in date order', () => {
    renderAt();
    expect(timeline()).toHaveAccessibleName(/Timeline of Kokko Roren, 1975–2019/);
    const events = within(timeline())
      .getAllByRole('img')
      .filter((mark) => !mark.getAttribute('aria-label')?.startsWith('Branch'));
    expect(events.map((mark) => mark.getAttribute('aria-label'))).toEqual([
      '1 October 1975: Kokko Roren founded',
      '1980: The 1980 membership table',
      '20 November 1987: Private-sector Rengo founded',
      '26 July 1988: Sohyo votes to dissolve',
      '20 October 1989: Japan Central Federation (Kokko Soren) founded',
      '21 November 1989: Sohyo dissolves',
      '21 November 1989: The new RENGO formed',
      '21 November 1989: Zenroren founded, with Kokko Roren',
      '11 September 2011: Four founding unions merge',
      '2019: 60,454 members',
    ]);
    expect(events.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('draws both fork branches, focusable and labelled with name and confederation', () => {
    renderAt();
    const stays = within(timeline()).getByRole('img', {
      name: /^Branch: Kokko Roren · in Zenroren, from 21 November 1989/,
    });
    const leaves = within(timeline()).getByRole('img', {
      name: /^Branch \(disputed\): Kokko Soren · to RENGO, from 20 October 1989/,
    });
    for (const branch of [stays, leaves]) expect(branch).toHaveAttribute('tabindex', '0');
    act(() => leaves.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Sources disagree on whether Kokko Soren split from Kokko Roren',
    );
  });

  it('shows each membership figure with its basis in its mark, label, title and the list', () => {
    renderAt();
    const labels = [...timeline().querySelectorAll('.timeline-point text')].map((text) => text.textContent);
    expect(labels).toEqual([
      '87,112',
      '138,503',
      '141,152 incl. observers',
      '75,039 excl. observers, derived',
      '72,178 excl. observers',
      'about 89,900 incl. observers',
      '60,454',
    ]);
    expect(timeline().querySelectorAll('.timeline-point--observers-included')).toHaveLength(2);
    expect(timeline().querySelectorAll('.timeline-point--observers-excluded')).toHaveLength(2);
    expect(timeline().querySelectorAll('.timeline-point.is-derived')).toHaveLength(1);
    expect(
      within(timeline()).getByText(
        '30 June 1993: 141,152 members. Observer unions included. The count includes the 17 observer unions.',
        {
          selector: 'title',
        },
      ),
    ).toBeInTheDocument();
    const legend = within(timeline()).getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Square: with observers');
    expect(legend).toHaveTextContent('Diamond: without observers');
    expect(legend).toHaveTextContent('Hollow: derived');
    const list = screen.getByText('Membership figures as a list').closest('details');
    expect(list).toHaveTextContent(
      '30 June 2012: 75,039 members (derived). Observer unions excluded. Derived: the 2013 figure of 72,178 plus the fall of 2,861',
    );
    expect(list).toHaveTextContent('30 June 2013: about 89,900 members. Observer unions included.');
  });

  it('carries the note on how the sources disagree about the fork', () => {
    renderAt();
    expect(within(timeline()).getByText(/On the fork:/).parentElement).toHaveTextContent(
      'calls the two rival federations',
    );
  });

  it('steps with Previous and Next, showing the current event large and writing step= to the URL', async () => {
    const user = renderAt();
    expect(stepPanel()).toHaveTextContent('Event 1 of 10');
    expect(within(stepPanel()).getByRole('button', { name: /Previous/ })).toBeDisabled();
    for (let step = 0; step < 4; step += 1) await user.click(within(stepPanel()).getByRole('button', { name: /Next/ }));
    expect(stepPanel()).toHaveTextContent('Event 5 of 10');
    expect(stepPanel()).toHaveTextContent('20 October 1989');
    expect(stepPanel()).toHaveTextContent('Disputed: Sources disagree');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('kokko-soren-founded'));
    expect(within(timeline()).getByRole('img', { name: /^20 October 1989/ })).toHaveAttribute('tabindex', '0');
  });

  it('does not step, nor write step= to the URL, when an event only takes the focus', async () => {
    const user = renderAt();
    act(() =>
      within(timeline())
        .getByRole('img', { name: /^1 October 1975/ })
        .focus(),
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('87,112 members at its formation');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.search).toBe('');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('membership-1980'));
  });

  it('walks the events with the arrow keys, Home and End', async () => {
    const user = renderAt();
    act(() =>
      within(timeline())
        .getByRole('img', { name: /^1 October 1975/ })
        .focus(),
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('87,112 members at its formation');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(timeline()).getByRole('img', { name: /^21 November 1989: Sohyo dissolves/ })).toHaveFocus();
    expect(stepPanel()).toHaveTextContent('Sohyo dissolves at an extraordinary convention');
    await user.keyboard('{End}');
    expect(stepPanel()).toHaveTextContent('Largest affiliates today:');
    await user.keyboard('{Home}{ArrowLeft}');
    expect(stepPanel()).toHaveTextContent('Event 1 of 10');
  });

  it('lists all eight of today’s largest affiliates after the last event, with their Japanese names and notes', async () => {
    const user = renderAt('?step=membership-2019');
    const items = within(within(stepPanel()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/note.*$/, '').trim())).toEqual([
      'All Economy, Trade and Industry Labor Union',
      "All Health and Welfare Ministry Workers' Union 全厚生職員労働組合",
      "All Japan National Hospital Workers' Union",
      "All Judiciary Administration Employees' Union 全司法労働組合",
      "Labour Ministry Workers' Union 全労働省労働組合",
      'Labour Union of MLIT, JMA and Affiliates 国土交通労働組合',
      "Justice Ministry Employees' Union 全法務省労働組合",
      "National Tax Collectors' Union 全国税労働組合",
    ]);
    // The two with no Japanese name in any source read are shown without one, and say why they have no founding union.
    await user.hover(within(items[0] as HTMLElement).getByText('note'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('No source links it to the founding union Zenshoko.');
    await user.hover(within(items[4] as HTMLElement).getByText('note'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('“Labor” in its table of founding unions');
    expect(stepPanel()).toHaveTextContent('it is not complete and gives no date');
    // The text alternative carries the same list.
    const list = screen.getByText('Events as a list').closest('details') as HTMLElement;
    expect(within(list).getByText('全労働省労働組合')).toHaveAttribute('lang', 'ja');
  });

  it('opens at the step named in the URL, and ignores an unknown one', () => {
    renderAt('?step=zenroren-founded');
    expect(stepPanel()).toHaveTextContent('Event 8 of 10');
    expect(stepPanel()).toHaveTextContent('Zenroren founded, with Kokko Roren');
  });

  it('falls back to the first event for a step that does not exist', () => {
    renderAt('?step=no-such-event');
    expect(stepPanel()).toHaveTextContent('Event 1 of 10');
  });

  it('marks the event that names the highlighted union', () => {
    renderAt('?highlight=Zenkisho');
    expect(within(timeline()).getByRole('img', { name: /^11 September 2011/ })).toHaveClass('is-highlighted');
    expect(within(timeline()).getByRole('img', { name: /^1980/ })).not.toHaveClass('is-highlighted');
  });

  it('lists the events in order as its text alternative', () => {
    renderAt();
    const list = screen.getByText('Events as a list').closest('details');
    const items = within(list as HTMLElement)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent('1 October 1975: Kokko Roren founded.');
  });

  it('draws the same SVG as its snapshot', async () => {
    renderAt();
    const svg = timeline().querySelector('svg');
    if (svg === null) throw new Error('no svg');
    await expectSvgSnapshot(svg, 'timeline');
  });
});

describe('what became of Kokko Soren', () => {
  it('is said beside the timeline where its lane ends, with its sources', () => {
    renderAt();
    const note = within(timeline()).getByText('Kokko Soren:').parentElement;
    expect(note).toHaveTextContent(
      'Joined the Japan Public Sector Union (国公関連労働組合連合会, 国公連合), founded in October 2001, and dissolved into it in 2011.',
    );
    expect(note).toHaveTextContent('Japan Public Sector Union (English Wikipedia)');
  });
});
