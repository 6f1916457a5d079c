const SVG_NS = 'http://www.w3.org/2000/svg';
const VIEWPORT_ATTRIBUTES = ['x', 'y', 'width', 'height', 'viewBox', 'preserveAspectRatio', 'overflow'];

const number = (value: string | null) => Number.parseFloat(value ?? '') || 0;

/**
 * The transform that places a nested <svg>'s content as the <svg> itself did: moved to its x, y
 * and, with a viewBox, scaled to its width and height (stretched where preserveAspectRatio is
 * "none", else fitted and centred, SVG's default). Lengths are in px by now (copyStyles).
 */
function viewportTransform(svg: Element): string {
  const parts = [`translate(${number(svg.getAttribute('x'))} ${number(svg.getAttribute('y'))})`];
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox.every(Number.isFinite)) {
    const [minX = 0, minY = 0, boxWidth = 1, boxHeight = 1] = viewBox;
    const width = number(svg.getAttribute('width'));
    const height = number(svg.getAttribute('height'));
    let [scaleX, scaleY] = [width / boxWidth, height / boxHeight];
    let [offsetX, offsetY] = [0, 0];
    if (svg.getAttribute('preserveAspectRatio') !== 'none') {
      const scale = Math.min(scaleX, scaleY);
      [offsetX, offsetY] = [(width - boxWidth * scale) / 2, (height - boxHeight * scale) / 2];
      [scaleX, scaleY] = [scale, scale];
    }
    parts.push(`translate(${offsetX} ${offsetY})`, `scale(${scaleX} ${scaleY})`, `translate(${-minX} ${-minY})`);
  }
  return parts.join(' ');
}

/**
 * Replaces every nested <svg> under `root` with a <g> that places its content the same way. A
 * nested <svg> is a viewport, and some tools clip to it whatever its overflow says (Inkscape 1.2's
 * PDF export cut the first and last year labels and the top of the first lane’s arrow in half).
 */
export function flattenViewports(root: Element): void {
  for (const svg of [...root.querySelectorAll('svg')].reverse()) {
    const group = svg.ownerDocument.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', viewportTransform(svg));
    for (const { name, value } of [...svg.attributes]) {
      if (!VIEWPORT_ATTRIBUTES.includes(name)) group.setAttribute(name, value);
    }
    group.append(...svg.childNodes);
    svg.replaceWith(group);
  }
}
