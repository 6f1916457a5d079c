import { useId } from 'react';

export const CHART_ORDERS = ['members', 'name', 'table'] as const;
export const CHART_MEASURES = ['members', 'share'] as const;
export type ChartOrder = (typeof CHART_ORDERS)[number];
export type ChartMeasure = (typeof CHART_MEASURES)[number];

interface MembershipChartControlsProps {
  order: ChartOrder;
  onOrderChange: (order: ChartOrder) => void;
  measure: ChartMeasure;
  onMeasureChange: (measure: ChartMeasure) => void;
}

const ORDERS: Array<{ value: ChartOrder; label: string }> = [
  { value: 'members', label: 'By membership' },
  { value: 'name', label: 'By name' },
  { value: 'table', label: 'As the table is sorted' },
];

const MEASURES: Array<{ value: ChartMeasure; label: string }> = [
  { value: 'members', label: 'Members' },
  { value: 'share', label: 'Share of known total' },
];

/** How the bars are ordered, and whether they show head counts or shares. */
export function MembershipChartControls({
  order,
  onOrderChange,
  measure,
  onMeasureChange,
}: MembershipChartControlsProps) {
  const orderId = useId();
  const measureName = useId();
  return (
    <div className="chart-controls">
      <div className="chart-controls__order">
        <label htmlFor={orderId}>Order</label>
        <select
          id={orderId}
          value={order}
          onChange={(event) => onOrderChange(ORDERS.find((o) => o.value === event.target.value)?.value ?? 'members')}
        >
          {ORDERS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="radio-group">
        <legend>Show</legend>
        {MEASURES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name={measureName}
              value={value}
              checked={measure === value}
              onChange={() => onMeasureChange(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
