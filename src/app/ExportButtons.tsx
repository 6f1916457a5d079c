import { useEffect, useId, useState, type RefObject } from 'react';
import { downloadFile } from '@/charts/downloadFile';
import { createSlideSvg, createStandaloneSvg, SLIDE_SIZE } from '@/charts/export/exportSvg';
import { renderPng } from '@/charts/export/renderPng';
import type { ExportInfo } from './describeView';

interface ExportButtonsProps {
  /** The chart's SVG, filled by the chart's frame (ChartSvgContext). */
  chartRef: RefObject<SVGSVGElement | null>;
  /** The title written into the picture, with the export info's source line. */
  title: string;
  exportInfo: ExportInfo;
}

const SCALES = [1, 2, 3];

/**
 * Download SVG, PNG at 1x/2x/3x (its pixel size shown), a 1920×1080 slide as PNG, and Copy image
 * where the browser allows.
 */
export function ExportButtons({ chartRef, title, exportInfo }: ExportButtonsProps) {
  const { source, fileName } = exportInfo;
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState('');
  const scaleId = useId();
  const drawn = () => {
    const element = chartRef.current;
    if (element === null) throw new Error('the chart is not drawn yet');
    return element;
  };
  const standalone = () => createStandaloneSvg(drawn(), title, source);
  const [pixels, setPixels] = useState('');
  // The PNG's size in pixels, for the button: measured once the chart is drawn, and per scale.
  useEffect(() => {
    const element = chartRef.current;
    if (element === null) return;
    const { width, height } = createStandaloneSvg(element, title, source);
    setPixels(` (${Math.round(width * scale)}×${Math.round(height * scale)} px)`);
  }, [chartRef, title, source, scale]);
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
            downloadFile(
              `${fileName}-slide.png`,
              await renderPng(createSlideSvg(drawn(), title, source), 1),
              'image/png',
            );
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
