/*
 * Checks that run inside an embed's document (passed to evaluate as functions, so they carry no
 * imports): whether the view is shown whole in its frame, and the height its content takes.
 */

/**
 * What keeps the embed from being shown whole in its frame, one line each: a scrollbar (the page or
 * any box in it that scrolls), an SVG element whose box leaves the frame, a title or source line
 * out of view or covered.
 */
export function findFitProblems(): string[] {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const problems: string[] = [];
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ').join('.')}` : ''}`;
  const root = document.documentElement;
  if (root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth) {
    problems.push(
      `the page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`,
    );
  }
  for (const element of document.querySelectorAll('body *')) {
    const style = getComputedStyle(element);
    const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
    if (scrolls && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
      problems.push(
        `${name(element)} scrolls: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
      );
    }
  }
  // What is drawn: shapes and text. A group's box is the union of its children's, which are
  // checked themselves (and Firefox measures a group holding a stretched inner <svg> too wide).
  for (const element of document.querySelectorAll('svg *:not(g, svg, title, desc)')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) {
      const text = element.textContent?.trim().slice(0, 40) ?? '';
      problems.push(
        `${name(element)} "${text}" at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} leaves ${width}×${height}`,
      );
    }
  }
  for (const selector of ['h1', '.source-line']) {
    const element = document.querySelector(selector);
    if (element === null) {
      problems.push(`no ${selector}`);
      continue;
    }
    const box = element.getBoundingClientRect();
    const inside =
      box.top >= 0 && box.left >= 0 && box.bottom <= height + 0.5 && box.right <= width + 0.5 && box.height > 0;
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
    if (!inside || atCentre === null || !element.contains(atCentre)) {
      problems.push(`${selector} is not in view: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${height}`);
    }
  }
  return problems;
}

/**
 * The height the embed's content takes, worked out from what is drawn: the lowest box that holds
 * no other (an SVG counts as one) plus the paddings below it, less the room a chart stretched to
 * fill its frame was given beyond the height it is drawn at otherwise. Also says whether any part
 * of the content is scrolled out of view.
 */
export function measureOwnHeight(): { own: number; hidden: string[] } {
  const embed = document.querySelector('.embed');
  const body = document.querySelector('.embed .view-section__body');
  if (embed === null || body === null) return { own: NaN, hidden: ['no embed'] };
  const px = (value: string) => Number.parseFloat(value) || 0;
  let bottom = 0;
  for (const element of embed.querySelectorAll('*')) {
    if (element.closest('svg') !== null && element.tagName.toLowerCase() !== 'svg') continue;
    const leaf = element.tagName.toLowerCase() === 'svg' || element.children.length === 0;
    const style = getComputedStyle(element);
    // checkVisibility: the content of a closed <details> is laid out when asked for, but not shown.
    if (!leaf || style.position === 'absolute' || style.position === 'fixed' || !element.checkVisibility()) continue;
    const box = element.getBoundingClientRect();
    if (box.height > 0) bottom = Math.max(bottom, box.bottom + px(style.marginBottom));
  }
  bottom += px(getComputedStyle(body).paddingBottom) + px(getComputedStyle(embed).paddingBottom);
  const chart = document.querySelector('.chart-wrapper--fit svg.bar-chart');
  let stretch = 0;
  if (chart !== null) {
    const drawn = px(chart.getAttribute('height') ?? '') * px(getComputedStyle(chart).fontSize);
    stretch = chart.getBoundingClientRect().height - drawn;
  }
  const hidden = [document.documentElement, ...embed.querySelectorAll('*')]
    .filter((element) => {
      const style = getComputedStyle(element);
      const scrolls = element === document.documentElement || /auto|scroll/.test(style.overflowY);
      return scrolls && element.scrollHeight > element.clientHeight + 1;
    })
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollHeight} in ${element.clientHeight}`,
    );
  return { own: bottom + window.scrollY - stretch, hidden };
}
