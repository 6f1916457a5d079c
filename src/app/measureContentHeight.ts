/*
 * An embed is a column of boxes that stretch to fill its frame (src/styles/embed.css): the page,
 * the view's section and body, and inside some views the figure and its drawing. Their heights
 * follow the frame's, so reporting them to a host that sizes the frame by them would grow it
 * without end. The content's height is added up from what they hold instead.
 */

const px = (value: string) => {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
};

function isInFlow(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.position !== 'absolute' && style.position !== 'fixed';
}

function isColumn(style: CSSStyleDeclaration): boolean {
  return (style.display === 'flex' || style.display === 'inline-flex') && style.flexDirection.startsWith('column');
}

/** The height an SVG asks for in its height attribute (em of its own font size, or pixels), if it says. */
function drawnHeight(svg: SVGSVGElement): number {
  const height = svg.getAttribute('height') ?? '';
  const value = Number.parseFloat(height);
  if (!Number.isFinite(value)) return 0;
  if (height.endsWith('em')) return value * px(getComputedStyle(svg).fontSize);
  return /^[\d.]+(px)?$/.test(height) ? value : 0;
}

/**
 * What a stretched box that is not a column needs: a chart drawn to fill it, the height its SVGs
 * are drawn at otherwise; anything else (a scrolling table), the extent of what it holds, with the
 * room its own sideways scrollbar takes.
 */
function heldHeight(box: HTMLElement, style: CSSStyleDeclaration): number {
  const drawings = [...box.querySelectorAll<SVGSVGElement>('svg[role="group"]')].map(drawnHeight);
  if (drawings.length > 0) return Math.max(...drawings);
  const top = box.getBoundingClientRect().top + px(style.borderTopWidth) + px(style.paddingTop) - box.scrollTop;
  let bottom = top;
  for (const child of box.children) {
    if (!isInFlow(child)) continue;
    bottom = Math.max(bottom, child.getBoundingClientRect().bottom + px(getComputedStyle(child).marginBottom));
  }
  const scrollbar = box.offsetHeight - box.clientHeight - px(style.borderTopWidth) - px(style.borderBottomWidth);
  return bottom - top + Math.max(0, scrollbar);
}

/**
 * The height `box` needs to show all it holds without scrolling, at its present width, whatever
 * height it has been given: a column adds up its items (those that grow, by what they hold); any
 * other stretched box counts what it holds (heldHeight).
 */
export function measureContentHeight(box: HTMLElement): number {
  const style = getComputedStyle(box);
  const edges = px(style.paddingTop) + px(style.paddingBottom) + px(style.borderTopWidth) + px(style.borderBottomWidth);
  if (!isColumn(style)) return edges + heldHeight(box, style);
  const items = [...box.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && isInFlow(child),
  );
  let height = edges + px(style.rowGap) * Math.max(0, items.length - 1);
  for (const item of items) {
    const itemStyle = getComputedStyle(item);
    const grows = px(itemStyle.flexGrow) > 0;
    height += px(itemStyle.marginTop) + px(itemStyle.marginBottom);
    height += grows ? measureContentHeight(item) : item.getBoundingClientRect().height;
  }
  return height;
}
