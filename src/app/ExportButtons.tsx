import { useEffect, useId, useState, type RefObject } from 'react';
import { downloadFile } from '@/charts/downloadFile';
import { createSlideSvg, createStandaloneSvg, SLIDE_SIZE } from '@/charts/export/exportSvg';
import { renderPng } from '@/charts/export/renderPng';

interface ExportButtonsProps {
  /** The element holding the chart's SVG. */
  containerRef: RefObject<HTMLElement | null>;
  /** Title and source written into the picture. */
  title: string;
  source: string;
  /** File name without extension: `kokko-roren-1980-membership-ministry`. */
  fileName: string;
}

const SCALES = [1, 2, 3];

/**
 * Download SVG, PNG at 1x/2x/3x (its pixel size shown), a 1920×1080 slide as PNG, and Copy image
 * where the browser allows.
 */
export function ExportButtons({ containerRef, title, source, fileName }: ExportButtonsProps) {
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState('');
  const scaleId = useId();
  const svg = () => containerRef.current?.querySelector<SVGSVGElement>('svg[role="group"]') ?? null;
  const drawn = () => {
    const element = svg();
    if (element === null) throw new Error('the chart is not drawn yet');
    return element;
  };
  const standalone = () => createStandaloneSvg(drawn(), title, source);
  const [pixels, setPixels] = useState('');
  // The PNG's size in pixels, for the button: measured once the chart is drawn, and per scale.
  useEffect(() => {
    const element = containerRef.current?.querySelector<SVGSVGElement>('svg[role="group"]');
    if (element === null || element === undefined) return;
    const { width, height } = createStandaloneSvg(element, title, source);
    setPixels(` (${Math.round(width * scale)}×${Math.round(height * scale)} px)`);
  }, [containerRef, title, source, scale]);
  const run = async (action: () => Promise<string>) => {
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(`Sorry: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        onClick={() =>
          run(async () => {
            downloadFile(`${fileName}.svg`, standalone().text, 'image/svg+xml');
            return `Saved ${fileName}.svg.`;
          })
        }
      >
        Download SVG
      </button>
      <label htmlFor={scaleId}>PNG size</label>
      <select id={scaleId} value={scale} onChange={(event) => setScale(Number(event.target.value))}>
        {SCALES.map((value) => (
          <option key={value} value={value}>
            {value}x
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() =>
          run(async () => {
            downloadFile(`${fileName}.png`, await renderPng(standalone(), scale), 'image/png');
            return `Saved ${fileName}.png at ${scale}x.`;
          })
        }
      >
        Download PNG{pixels}
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          run(async () => {
            downloadFile(`${fileName}-slide.png`, await renderPng(createSlideSvg(drawn(), title, source), 1), 'image/png');
            return `Saved ${fileName}-slide.png, ${SLIDE_SIZE.width}×${SLIDE_SIZE.height} px.`;
          })
        }
      >
        Download slide (PNG, {SLIDE_SIZE.width}×{SLIDE_SIZE.height} px)
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          run(async () => {
            if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) {
              throw new Error('this browser cannot copy images; use Download PNG');
            }
            const png = renderPng(standalone(), scale);
            await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
            return 'Image copied.';
          })
        }
      >
        Copy image
      </button>
      <span role="status" className="export-buttons__status">
        {status}
      </span>
    </div>
  );
}
